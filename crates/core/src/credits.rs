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

/// One tier weighed on the user's own campaign: its credits, the cash that counts (at least the tier's X) and the
/// tier's credit, at the scenario's conversions per unit of spend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierValue {
    pub offer: Offer,
    /// Y / (X + Y): the offer's own discount if all of its credit is used (the offer alone, not the campaign).
    pub discount_full: Value,
    /// u·Y / (X + u·Y): the offer's own discount with the share of its credit expected to be used.
    pub discount_used: Value,
    /// The cash paid with this tier: the cash that counts, or the tier's X when that is more (max(C', X)).
    pub cash: Result<Decimal, Undefined>,
    /// All the campaign's media with this tier: K + cash + u·Y.
    pub media: Result<Decimal, Undefined>,
    /// The campaign's cash per conversion with this tier: cash·S / ((K + cash + u·Y)·V).
    pub cpa: Value,
    /// Conversions beyond those without an offer: (cash − C' + u·Y)·V / S.
    pub gained: Value,
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
        .map(|&offer| {
            let credit = offer.credit.checked_mul(used).ok_or(Undefined::TooLarge);
            let paid = cash.map(|c| c.max(offer.spend));
            // The media credits pay for: the campaign's own credit and the used share of the tier's.
            let credited = rate.credit_used.and_then(|own| own.checked_add(credit?).ok_or(Undefined::TooLarge));
            let media = credited.and_then(|credited| credited.checked_add(paid?).ok_or(Undefined::TooLarge));
            TierValue {
                offer,
                discount_full: offer.discount(Decimal::ONE),
                discount_used: offer.discount(used),
                cash: paid,
                media,
                cpa: (|| {
                    let paid = paid?;
                    if paid.is_zero() {
                        return Err(Undefined::NothingPaid);
                    }
                    cash_per_conversion(paid, credited?, rate)
                })(),
                gained: (|| {
                    let extra = paid?.checked_sub(cash?).ok_or(Undefined::TooLarge)?;
                    let extra = extra.checked_add(credit?).ok_or(Undefined::TooLarge)?;
                    let spend = rate.spend?;
                    if spend.is_zero() {
                        return Err(Undefined::NoSpend);
                    }
                    let conversions = Decimal::from(rate.conversions?);
                    Ratio::from(extra)
                        .checked_mul(conversions)
                        .and_then(|r| r.checked_div(Ratio::from(spend)))
                        .ok_or(Undefined::TooLarge)
                })(),
                daily_cash: window_days.map(|days| {
                    let spend = rate.credits?.checked_add(offer.spend).ok_or(Undefined::TooLarge)?;
                    Ratio::new(spend, Decimal::from(days)).ok_or(Undefined::NoDays)
                }),
            }
        })
        .collect::<Vec<_>>();
    let choice = cash.ok().map(|cash| best_tier(&tiers.iter().map(|t| t.offer).collect::<Vec<_>>(), cash));
    let cpa_without = match cash {
        Ok(c) if c.is_zero() => Err(Undefined::NothingPaid),
        Ok(c) => rate.credit_used.and_then(|k| cash_per_conversion(c, k, rate)),
        Err(why) => Err(why),
    };
    Weighed { used, cash, tiers, choice, cpa_without, credits: rate.credits.ok() }
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

    fn count(v: Value) -> String {
        v.map(|r| display::count(r).unwrap().to_string()).unwrap_or_else(|why| format!("— {why}"))
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
        assert_eq!((best.cash, best.media), (Ok(d("700")), Ok(d("1000"))), "the user's own cash, and the used credit");
        assert_eq!(money(best.cpa), "0.84", "700 × 600 / ((700 + 300) × 500)");
        assert_eq!(count(best.gained), "250", "300 of the tier's credit at 500 conversions per 600");
        assert_eq!(money(w.cpa_without), "1.20", "all cash: the cost per conversion");
        // A tier above the cash is weighed paying its X: 1,500 × 600 / ((1,500 + 900) × 500), 1,700 more media.
        assert_eq!((w.tiers[2].cash, money(w.tiers[2].cpa)), (Ok(d("1500")), "0.75".into()));
        assert_eq!(count(w.tiers[2].gained), "1416.7", "(800 + 900) × 500 ÷ 600");
        assert_eq!(best.daily_cash.map(money).as_deref(), Some("16.67"));
        // The credits are spent before any cash counts toward X: (credits + X) ÷ days.
        let credits_first =
            weigh(&tiers, None, Ok(d("700")), Some(30), Rate { credits: Ok(d("1500")), ..rate("600", 500) });
        assert_eq!(credits_first.tiers[1].daily_cash.map(money).as_deref(), Some("66.67"), "(1,500 + 500) ÷ 30");
        // All of the credit used: 700 × 600 / ((700 + 500) × 500).
        assert_eq!(money(weigh(&tiers, None, Ok(d("700")), None, rate("600", 500)).tiers[1].cpa), "0.70");
        // Nothing to compare with: the cost per conversion says why.
        let none = weigh(&tiers, None, Ok(d("0")), Some(0), rate("600", 0));
        assert_eq!(money(none.tiers[0].cpa), "— no conversions yet");
        assert_eq!(none.tiers[0].daily_cash.map(money).as_deref(), Some("— no days in the window"));
        assert_eq!(none.choice, Some(TierChoice { best: None, next: Some((0, d("100"))) }));
        assert_eq!(money(none.cpa_without), "— nothing paid");
        let no_spend = weigh(&tiers, None, Ok(d("0")), None, rate("0", 0));
        assert_eq!(count(no_spend.tiers[0].gained), "— nothing spent");
        // Cash that is not known reaches no verdict, and never counts as zero.
        let unknown = weigh(&tiers, None, Err(Undefined::Invalid(crate::Field::Credits)), None, rate("600", 5));
        assert_eq!(unknown.choice, None);
        assert_eq!(
            (money(unknown.tiers[0].cpa), money(unknown.cpa_without)),
            ("— check Ad credits".into(), "— check Ad credits".into())
        );
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
        assert_eq!(money(w.tiers[0].cpa), "11.76");
        assert_eq!(count(w.tiers[0].gained), "18.8", "500 × 45 ÷ 1,200 = 18.75");
        // More cash typed than the scenario pays: without an offer it buys media beside the same credit.
        let more = weigh(&tiers, None, Ok(d("1050")), None, with_credits);
        assert_eq!(money(more.cpa_without), "18.67", "1,050 × 1,200 ÷ (1,500 × 45)");
        let bad_rate = Rate { spend: Err(Undefined::Invalid(crate::Field::Spend)), ..with_credits };
        assert_eq!(money(weigh(&tiers, None, Ok(d("750")), None, bad_rate).tiers[0].cpa), "— check Total spend");
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
