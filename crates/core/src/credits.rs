//! Credits and cash (groundwork for the "Credits and cash" issue): how a campaign's spend splits between credits
//! and cash, the metrics on cash, and what a "spend X, get Y" offer is worth. Formulas from `DOMAIN.md`.
//!
//! - TikTok spends free credits before cash: credit used K = min(S, credits), cash C = S − K.
//! - The effective discount of the credits is K / S. Cash CPC = C / L, cash CPA = C / V, cash CPM = C / I × 1000;
//!   with nothing paid they have no value ("— nothing paid"), never $0.00.
//! - An offer "spend X (cash), get Y (credit)" is worth Y / (X + Y) if all of Y is used, u·Y / (X + u·Y) if only a
//!   share u is used before it expires. Only paid cash counts toward X (not tax, not credit-funded spend), and one
//!   tier is awarded: the largest whose X the cash budget reaches.

use rust_decimal::Decimal;

use crate::value::{Undefined, Value};
use crate::Ratio;

/// How a planned spend is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Funding {
    /// Gross spend S (what Ads Manager reports as cost).
    pub spend: Decimal,
    /// Credit used K = min(S, credits available).
    pub credit_used: Decimal,
    /// Cash paid C = S − K (what the advertiser pays out of pocket).
    pub cash: Decimal,
    /// Credit left over after this spend (it may expire unused).
    pub credit_left: Decimal,
}

impl Funding {
    /// Credits first, then cash. `None` only if a subtraction overflows, which non-negative inputs never do.
    pub fn new(spend: Decimal, credits: Decimal) -> Option<Funding> {
        let credit_used = spend.min(credits);
        Some(Funding {
            spend,
            credit_used,
            cash: spend.checked_sub(credit_used)?,
            credit_left: credits.checked_sub(credit_used)?,
        })
    }

    /// The share of spend the credits paid: K / S.
    pub fn discount(&self) -> Value {
        Ratio::new(self.credit_used, self.spend).ok_or(Undefined::NoSpend)
    }

    /// Cash per unit of `count` (clicks, conversions), or per 1,000 impressions when `per_thousand`.
    fn cash_per(&self, count: u64, if_zero: Undefined, per_thousand: bool) -> Value {
        if self.cash.is_zero() {
            return Err(Undefined::NothingPaid);
        }
        let cash = if per_thousand {
            self.cash.checked_mul(Decimal::ONE_THOUSAND).ok_or(Undefined::TooLarge)?
        } else {
            self.cash
        };
        Ratio::new(cash, Decimal::from(count)).ok_or(if_zero)
    }

    /// Cash CPC = C / clicks.
    pub fn cash_cpc(&self, clicks: u64) -> Value {
        self.cash_per(clicks, Undefined::NoClicks, false)
    }

    /// Cash cost per conversion = C / conversions.
    pub fn cash_cpa(&self, conversions: u64) -> Value {
        self.cash_per(conversions, Undefined::NoConversions, false)
    }

    /// Cash CPM = C / impressions × 1000.
    pub fn cash_cpm(&self, impressions: u64) -> Value {
        self.cash_per(impressions, Undefined::NoImpressions, true)
    }
}

/// A "spend X, get Y" offer tier: pay `spend` in cash within the window, receive `credit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    pub spend: Decimal,
    pub credit: Decimal,
}

impl Offer {
    /// The discount on all media bought when a share `used` (0 to 1) of the credit is spent before it expires:
    /// u·Y / (X + u·Y).
    pub fn discount(&self, used: Decimal) -> Value {
        let used_credit = self.credit.checked_mul(used).ok_or(Undefined::TooLarge)?;
        let media = self.spend.checked_add(used_credit).ok_or(Undefined::TooLarge)?;
        Ratio::new(used_credit, media).ok_or(Undefined::NoSpend)
    }

    /// All media the offer buys: X + u·Y.
    pub fn media(&self, used: Decimal) -> Option<Decimal> {
        self.spend.checked_add(self.credit.checked_mul(used)?)
    }
}

/// Which tier a cash budget earns, and what the next one would take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierChoice {
    /// The largest tier the budget reaches (index into the tiers given).
    pub best: Option<usize>,
    /// The next larger tier and the cash still missing to reach it.
    pub next: Option<(usize, Decimal)>,
}

/// One tier is awarded: the one with the largest spend threshold that `cash` reaches. Only paid cash counts, so pass
/// the cash part of the spend (`Funding::cash`), not the gross spend.
pub fn best_tier(tiers: &[Offer], cash: Decimal) -> TierChoice {
    let reached =
        tiers.iter().enumerate().filter(|(_, t)| t.spend <= cash).max_by_key(|(_, t)| t.spend).map(|(i, _)| i);
    let next = tiers
        .iter()
        .enumerate()
        .filter(|(_, t)| t.spend > cash)
        .min_by_key(|(_, t)| t.spend)
        .and_then(|(i, t)| Some((i, t.spend.checked_sub(cash)?)));
    TierChoice { best: reached, next }
}

/// One tier weighed at the scenario's rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierValue {
    pub offer: Offer,
    /// Y / (X + Y): the discount if all of the credit is used.
    pub discount_full: Value,
    /// u·Y / (X + u·Y): the discount with the share of the credit expected to be used.
    pub discount_used: Value,
    /// X + u·Y: all the media the offer buys.
    pub media: Option<Decimal>,
    /// Cash per conversion when exactly X is paid, at the scenario's conversions per unit of spend:
    /// X·S / ((X + u·Y)·V).
    pub cpa_with: Value,
    /// (credits + X) / window: the spend a day that reaches X within the window, the credits being spent before any
    /// cash counts toward X.
    pub daily_cash: Option<Value>,
}

/// An offer's tiers weighed for one cash budget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weighed {
    /// The share of the credit expected to be used, as a fraction (0.6 for 60 %).
    pub used: Decimal,
    /// The cash that counts toward X, or why it is not known.
    pub cash: Result<Decimal, Undefined>,
    pub tiers: Vec<TierValue>,
    /// Which tier that cash reaches (known when the cash is).
    pub choice: Option<TierChoice>,
    /// Cash per conversion without an offer: the cash C' that counts, beside the campaign's own credit K, buys
    /// media at the scenario's rate: C'·S / ((K + C')·V). With C' the scenario's cash, that is its cash cost per
    /// conversion C / V.
    pub cpa_without: Value,
    /// Cash per conversion with the tier reached: the same cash and credit, plus the used share of the tier's
    /// credit Y: C'·S / ((K + C' + u·Y)·V). `None` when no tier is reached.
    pub cpa_reached: Option<Value>,
    /// The credits spent before any cash counts toward X, when known.
    pub credits: Option<Decimal>,
}

/// The scenario's rate, conversions V per spend S, and the credit K it spends besides cash (each a value or why it
/// has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    pub spend: Result<Decimal, Undefined>,
    pub conversions: Result<u64, Undefined>,
    pub credit_used: Result<Decimal, Undefined>,
    /// The credits spent before any cash (the scenario's Ad credits): a tier's X counts only after them.
    pub credits: Result<Decimal, Undefined>,
}

/// Weighs `tiers` for a cash budget `cash` (paid cash only counts toward X), with a share `used_percent` of the
/// credit used (`None`: all of it), at the scenario's `rate`.
pub fn weigh(
    tiers: &[Offer],
    used_percent: Option<Decimal>,
    cash: Result<Decimal, Undefined>,
    window_days: Option<u32>,
    rate: Rate,
) -> Weighed {
    // A percentage from 0 to 100 (checked when parsed) divided by 100 always fits.
    let used = used_percent.and_then(|p| p.checked_div(Decimal::ONE_HUNDRED)).unwrap_or(Decimal::ONE);
    let tiers = tiers
        .iter()
        .map(|&offer| TierValue {
            offer,
            discount_full: offer.discount(Decimal::ONE),
            discount_used: offer.discount(used),
            media: offer.media(used),
            cpa_with: offer
                .credit
                .checked_mul(used)
                .ok_or(Undefined::TooLarge)
                .and_then(|credit| cash_per_conversion(offer.spend, credit, rate)),
            daily_cash: window_days.map(|days| {
                let spend = rate.credits?.checked_add(offer.spend).ok_or(Undefined::TooLarge)?;
                Ratio::new(spend, Decimal::from(days)).ok_or(Undefined::NoDays)
            }),
        })
        .collect::<Vec<_>>();
    let choice = cash.ok().map(|cash| best_tier(&tiers.iter().map(|t| t.offer).collect::<Vec<_>>(), cash));
    let reached = choice.and_then(|c| tiers.get(c.best?));
    let with_credit = |extra: Decimal| {
        let cash = cash?;
        if cash.is_zero() {
            return Err(Undefined::NothingPaid);
        }
        let base = rate.credit_used?.checked_add(extra).ok_or(Undefined::TooLarge)?;
        cash_per_conversion(cash, base, rate)
    };
    let cpa_without = with_credit(Decimal::ZERO);
    let cpa_reached = reached.map(|t| with_credit(t.offer.credit.checked_mul(used).ok_or(Undefined::TooLarge)?));
    Weighed { used, cash, tiers, choice, cpa_without, cpa_reached, credits: rate.credits.ok() }
}

/// C·S / ((C + M)·V): the cash per conversion when `cash` and `more` media paid with credit convert at the
/// scenario's rate of V conversions per S of spend.
fn cash_per_conversion(cash: Decimal, more: Decimal, rate: Rate) -> Value {
    let media = cash.checked_add(more).ok_or(Undefined::TooLarge)?;
    let (spend, conversions) = (rate.spend?, Decimal::from(rate.conversions?));
    if media.is_zero() {
        return Err(Undefined::NoSpend);
    }
    if conversions.is_zero() {
        return Err(Undefined::NoConversions);
    }
    // Exact products (a `Decimal` product rounds beyond 28 digits): C·S and (C + M)·V as fractions.
    let num = Ratio::from(cash).checked_mul(spend).ok_or(Undefined::TooLarge)?;
    let den = Ratio::from(media).checked_mul(conversions).ok_or(Undefined::TooLarge)?;
    num.checked_div(den).ok_or(Undefined::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{display, Currency};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn money(v: Value) -> String {
        v.map(|r| display::money(r, Currency::Usd).unwrap().to_string()).unwrap_or_else(|why| format!("— {why}"))
    }

    fn percent(v: Value) -> String {
        v.map(|r| display::percent(r).unwrap().to_string()).unwrap_or_else(|why| format!("— {why}"))
    }

    #[test]
    fn a_600_campaign_with_100_of_credits() {
        // 50,000 impressions, 2,000 clicks, 500 conversions.
        let f = Funding::new(d("600"), d("100")).unwrap();
        assert_eq!((f.credit_used, f.cash, f.credit_left), (d("100"), d("500"), d("0")));
        assert_eq!(money(f.cash_cpc(2000)), "0.25");
        assert_eq!(money(f.cash_cpa(500)), "1.00");
        assert_eq!(money(f.cash_cpm(50_000)), "10.00");
        assert_eq!(percent(f.discount()), "16.67");
    }

    #[test]
    fn fully_credit_funded_means_nothing_paid() {
        // The seed: $100 of credits, $100 spent.
        let f = Funding::new(d("100"), d("100")).unwrap();
        assert_eq!(f.cash, d("0"));
        assert_eq!(money(f.cash_cpc(2000)), "— nothing paid");
        assert_eq!(percent(f.discount()), "100.00");
        let more_credit_than_spend = Funding::new(d("60"), d("100")).unwrap();
        assert_eq!((more_credit_than_spend.cash, more_credit_than_spend.credit_left), (d("0"), d("40")));
        assert_eq!(percent(Funding::new(d("0"), d("100")).unwrap().discount()), "— nothing spent");
        assert_eq!(money(Funding::new(d("500"), d("0")).unwrap().cash_cpc(0)), "— no clicks yet");
    }

    #[test]
    fn offers() {
        let spend_500_get_500 = Offer { spend: d("500"), credit: d("500") };
        assert_eq!(percent(spend_500_get_500.discount(d("1"))), "50.00");
        assert_eq!(percent(spend_500_get_500.discount(d("0.6"))), "37.50", "300 / (500 + 300)");
        assert_eq!(spend_500_get_500.media(d("0.6")), Some(d("800")));
        let ecwid = Offer { spend: d("100"), credit: d("150") };
        assert_eq!(percent(ecwid.discount(d("1"))), "60.00");
        assert_eq!(percent(Offer { spend: d("0"), credit: d("0") }.discount(d("1"))), "— nothing spent");
        assert_eq!(percent(Offer { spend: d("100"), credit: d("100") }.discount(d("0"))), "0.00");
    }

    /// A campaign paid all in cash (no credit of its own).
    fn rate(spend: &str, conversions: u64) -> Rate {
        Rate { spend: Ok(d(spend)), conversions: Ok(conversions), credit_used: Ok(Decimal::ZERO), credits: Ok(d("0")) }
    }

    #[test]
    fn weighing_tiers_at_the_scenarios_rates() {
        // The help text's example: $600 spent for 500 conversions (CPA $1.20), $700 of cash to pay in 30 days,
        // 60 % of the credit expected to be used, TikTok's partner tiers.
        let tiers = [
            Offer { spend: d("100"), credit: d("100") },
            Offer { spend: d("500"), credit: d("500") },
            Offer { spend: d("1500"), credit: d("1500") },
        ];
        let w = weigh(&tiers, Some(d("60")), Ok(d("700")), Some(30), rate("600", 500));
        assert_eq!(w.choice, Some(TierChoice { best: Some(1), next: Some((2, d("800"))) }));
        let best = w.tiers[1];
        assert_eq!(percent(best.discount_full), "50.00");
        assert_eq!(percent(best.discount_used), "37.50");
        assert_eq!(best.media, Some(d("800")));
        assert_eq!(money(best.cpa_with), "0.75", "500 × 600 / (800 × 500)");
        assert_eq!(w.cpa_reached.map(money).as_deref(), Some("0.84"), "700 × 600 / ((700 + 300) × 500)");
        assert_eq!(money(w.cpa_without), "1.20", "all cash: the cost per conversion");
        assert_eq!(best.daily_cash.map(money).as_deref(), Some("16.67"));
        // The credits are spent before any cash counts toward X: (credits + X) ÷ days.
        let credits_first =
            weigh(&tiers, None, Ok(d("700")), Some(30), Rate { credits: Ok(d("1500")), ..rate("600", 500) });
        assert_eq!(credits_first.tiers[1].daily_cash.map(money).as_deref(), Some("66.67"), "(1,500 + 500) ÷ 30");
        // All of the credit used: the CPA halves.
        assert_eq!(money(weigh(&tiers, None, Ok(d("700")), None, rate("600", 500)).tiers[1].cpa_with), "0.60");
        // Nothing to compare with: the cost per conversion says why.
        let none = weigh(&tiers, None, Ok(d("0")), Some(0), rate("600", 0));
        assert_eq!(money(none.tiers[0].cpa_with), "— no conversions yet");
        assert_eq!(none.tiers[0].daily_cash.map(money).as_deref(), Some("— no days in the window"));
        assert_eq!(none.choice, Some(TierChoice { best: None, next: Some((0, d("100"))) }));
        assert_eq!(none.cpa_reached, None);
        // Cash that is not known reaches no verdict, and never counts as zero.
        let unknown = weigh(&tiers, None, Err(Undefined::Invalid(crate::Field::Credits)), None, rate("600", 5));
        assert_eq!((unknown.choice, unknown.cpa_reached), (None, None));
    }

    #[test]
    fn the_cash_per_conversion_with_the_users_cash_and_the_tiers_credit() {
        // $1,200 spend with $450 of credits: $750 of cash, $16.67 of it per conversion. The cash reaches "spend $500,
        // get $500": the same $750 with the $450 and the $500 buys $1,700 of media, 63.75 conversions at the
        // scenario's rate: 750 × 1,200 ÷ (1,700 × 45) = $11.76 of cash per conversion. (The $500 tier on its own,
        // paying just $500 with no other credit: 500 × 1,200 ÷ (1,000 × 45) = $13.33.)
        let tiers = [Offer { spend: d("500"), credit: d("500") }];
        let with_credits = Rate { credit_used: Ok(d("450")), ..rate("1200", 45) };
        let w = weigh(&tiers, None, Ok(d("750")), None, with_credits);
        assert_eq!(money(w.cpa_without), "16.67");
        assert_eq!(w.cpa_reached.map(money).as_deref(), Some("11.76"));
        assert_eq!(money(w.tiers[0].cpa_with), "13.33");
        // More cash typed than the scenario pays: without an offer it buys media beside the same credit.
        let more = weigh(&tiers, None, Ok(d("1050")), None, with_credits);
        assert_eq!(money(more.cpa_without), "18.67", "1,050 × 1,200 ÷ (1,500 × 45)");
        let bad_rate = Rate { spend: Err(Undefined::Invalid(crate::Field::Spend)), ..with_credits };
        assert_eq!(money(weigh(&tiers, None, Ok(d("750")), None, bad_rate).tiers[0].cpa_with), "— check Total spend");
        let nothing_paid = weigh(&tiers, None, Ok(d("0")), None, with_credits);
        assert_eq!(money(nothing_paid.cpa_without), "— nothing paid");
    }

    #[test]
    fn the_best_tier_for_a_cash_budget() {
        let tiers = [
            Offer { spend: d("100"), credit: d("100") },
            Offer { spend: d("500"), credit: d("500") },
            Offer { spend: d("1500"), credit: d("1500") },
        ];
        assert_eq!(best_tier(&tiers, d("700")), TierChoice { best: Some(1), next: Some((2, d("800"))) });
        assert_eq!(best_tier(&tiers, d("500")), TierChoice { best: Some(1), next: Some((2, d("1000"))) });
        assert_eq!(best_tier(&tiers, d("99.99")), TierChoice { best: None, next: Some((0, d("0.01"))) });
        assert_eq!(best_tier(&tiers, d("2000")), TierChoice { best: Some(2), next: None });
        assert_eq!(best_tier(&[], d("2000")), TierChoice { best: None, next: None });
    }
}
