//! "Is a spend X, get Y offer worth it?": the tier table and the verdicts, decided and worded here.
//!
//! - Only cash actually paid counts toward X: the cash typed for the offer, else the cash this scenario pays. When
//!   that cash is not known (a field it depends on does not read), the verdict says why; it is never taken as zero.
//! - The verdicts compare cash with cash: the same cash, beside the campaign's own credit, buys media at the
//!   scenario's rate without the offer, and that media plus the used share of the tier's credit with it. With the
//!   scenario's own cash, "without" is its cash cost per conversion.
//! - When all of the credit is expected to be used, the two discount columns are one.

use rust_decimal::Decimal;

use super::{Format, Note, Tone};
use crate::credits::{weigh, Offer, Rate, Weighed};
use crate::field::Field;
use crate::value::{Undefined, Unit, Value};
use crate::{Currency, Inputs, Metrics};

/// What the offer section shows: a quiet reason why there is nothing to weigh, or the weighed tiers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfferReport {
    Nothing(Note),
    Weighed(OfferTable),
}

/// The tiers at the scenario's rates, and the verdicts under them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferTable {
    /// The column headings after "Tier".
    pub columns: Vec<String>,
    pub rows: Vec<TierRow>,
    pub verdicts: Vec<Note>,
}

/// One tier: its name, whether the cash reaches it, and its cells (a stable key and the text) in column order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierRow {
    pub name: String,
    pub reached: bool,
    pub cells: Vec<(&'static str, String)>,
}

/// Why there is nothing to weigh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nothing {
    NoTiers,
    BadTier,
    BadField,
}

impl Nothing {
    pub const fn words(self) -> &'static str {
        match self {
            Nothing::NoTiers => "Add the offer's tiers to weigh them.",
            Nothing::BadTier => "Correct the tiers marked above to weigh them.",
            Nothing::BadField => "Correct the fields marked above to weigh the offer.",
        }
    }
}

/// A verdict under the table, as a typed case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The scenario's cash per conversion, without any offer.
    Without(Value),
    /// The cash that counts toward X is not known.
    CashUnknown(Undefined),
    /// No cash is paid, so no tier can be reached.
    NoCash,
    /// The cash reaches no tier.
    NoTier(Decimal),
    /// The cash reaches `tier`; with its credit, the cash per conversion is `with`.
    Reached { cash: Decimal, tier: Offer, with: Value },
    /// `missing` more cash reaches `tier`; over a window of `days`, `daily` of spend a day reaches its X after the
    /// `credits` that are spent first.
    Next { missing: Decimal, tier: Offer, window: Option<(u32, Value)>, credits: Option<Decimal> },
}

impl Verdict {
    /// A stable key for the line (`data-note`).
    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Without(_) => "without",
            Verdict::CashUnknown(_) | Verdict::NoCash | Verdict::NoTier(_) | Verdict::Reached { .. } => "reached",
            Verdict::Next { .. } => "next",
        }
    }

    pub fn words(self, f: &impl Format, currency: Currency) -> String {
        let money = |amount| f.amount(amount, currency);
        match self {
            Verdict::Without(v) => {
                format!("Cash per conversion without an offer: {}.", f.value(v, Unit::Money, currency))
            }
            Verdict::CashUnknown(why) => format!("The cash that counts toward X: — {why}."),
            Verdict::NoCash => "You pay no cash here, and only cash counts toward X: no tier is reached.".into(),
            Verdict::NoTier(cash) => format!("Your {} of cash reaches no tier yet.", money(cash)),
            Verdict::Reached { cash, tier, with } => format!(
                "Your {} of cash reaches “{}”. Cash per conversion with its credit: {}.",
                money(cash),
                tier_name(tier, f, currency),
                f.value(with, Unit::Money, currency)
            ),
            Verdict::Next { missing, tier, window, credits } => {
                let mut text = format!("{} more cash reaches “{}”.", money(missing), tier_name(tier, f, currency));
                let daily = |daily| f.value(daily, Unit::Money, currency);
                match (window, credits.filter(|c| !c.is_zero())) {
                    (Some((days, Err(why))), _) => text.push_str(&format!(" Within {days} days: — {why}.")),
                    (Some((days, d)), Some(credits)) => text.push_str(&format!(
                        " Your {} of credits are spent first, so its {} within {days} days takes {} of spend a day.",
                        money(credits),
                        money(tier.spend),
                        daily(d)
                    )),
                    (Some((days, d)), None) => {
                        text.push_str(&format!(" Its {} within {days} days is {} a day.", money(tier.spend), daily(d)))
                    }
                    (None, _) => {}
                }
                text
            }
        }
    }
}

/// "Spend $500.00, get $500.00".
pub fn tier_name(tier: Offer, f: &impl Format, currency: Currency) -> String {
    format!("Spend {}, get {}", f.amount(tier.spend, currency), f.amount(tier.credit, currency))
}

/// The offer section's report for the inputs on screen.
pub fn report(inputs: &Inputs, metrics: &Metrics, f: &impl Format) -> OfferReport {
    match weighed(inputs, metrics) {
        Err(nothing) => OfferReport::Nothing(Note::new(Tone::Quiet, "nothing", nothing.words())),
        Ok((w, window)) => OfferReport::Weighed(table(&w, window, inputs.currency, f)),
    }
}

/// The tiers weighed with the cash that counts, or why they cannot be.
fn weighed(inputs: &Inputs, metrics: &Metrics) -> Result<(Weighed, Option<u32>), Nothing> {
    if inputs.tiers.is_empty() {
        return Err(Nothing::NoTiers);
    }
    let tiers = inputs.valid_tiers().ok_or(Nothing::BadTier)?;
    let (Ok(window), Ok(used), Ok(cash)) = (inputs.offer_window, inputs.offer_used, inputs.offer_cash) else {
        return Err(Nothing::BadField);
    };
    // The cash that counts toward X: as entered, else the cash this scenario pays (or why that is not known).
    let cash = match cash {
        Some(cash) => Ok(cash),
        None => metrics.funding.map(|funding| funding.cash),
    };
    let rate = Rate {
        spend: inputs.spend_value(),
        conversions: inputs.conversions.map_err(|e| Undefined::of_field(Field::Conversions, Some(e))),
        credit_used: metrics.funding.map(|funding| funding.credit_used),
        credits: inputs.given(Field::Credits),
    };
    Ok((weigh(&tiers, used, cash, window, rate), window))
}

fn table(w: &Weighed, window: Option<u32>, currency: Currency, f: &impl Format) -> OfferTable {
    let all_used = w.used == Decimal::ONE;
    let mut columns = vec![if all_used { "Discount".to_string() } else { "Discount, all credit used".to_string() }];
    if !all_used {
        let used = w.used.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE_HUNDRED).normalize();
        columns.push(format!("Discount, {used}% used"));
    }
    columns.extend(["Media bought".to_string(), "Cash per conversion (paying X)".to_string()]);
    let best = w.choice.and_then(|c| c.best);
    let rows = w
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let percent = |v| f.value(v, Unit::Percent, currency);
            let mut cells = vec![("discount", percent(t.discount_full))];
            if !all_used {
                cells.push(("discount-used", percent(t.discount_used)));
            }
            let media = t.media.map_or_else(|| format!("— {}", Undefined::TooLarge), |m| f.amount(m, currency));
            cells.push(("media", media));
            cells.push(("cpa-with-offer", f.value(t.cpa_with, Unit::Money, currency)));
            TierRow { name: tier_name(t.offer, f, currency), reached: best == Some(i), cells }
        })
        .collect();
    let verdicts =
        verdicts(w, window).into_iter().map(|v| Note::new(Tone::Plain, v.key(), v.words(f, currency))).collect();
    OfferTable { columns, rows, verdicts }
}

/// Which verdicts the weighed tiers give, in the order they are read.
pub fn verdicts(w: &Weighed, window: Option<u32>) -> Vec<Verdict> {
    let mut said = vec![Verdict::Without(w.cpa_without)];
    let reached = match (w.cash, w.choice, w.cpa_reached) {
        (Err(why), _, _) => Verdict::CashUnknown(why),
        (Ok(cash), _, _) if cash.is_zero() => Verdict::NoCash,
        (Ok(cash), Some(choice), Some(with)) => match choice.best.and_then(|i| w.tiers.get(i)) {
            Some(t) => Verdict::Reached { cash, tier: t.offer, with },
            None => Verdict::NoTier(cash),
        },
        (Ok(cash), _, _) => Verdict::NoTier(cash),
    };
    said.push(reached);
    if let Some((missing, t)) = w.choice.and_then(|c| c.next).and_then(|(i, missing)| Some((missing, w.tiers.get(i)?)))
    {
        let window = window.zip(t.daily_cash);
        said.push(Verdict::Next { missing, tier: t.offer, window, credits: w.credits });
    }
    said
}

/// Why TikTok's partner tiers are not offered: they are published in US dollars. `None` in a USD scenario.
pub fn partner_tiers_note(currency: Currency) -> Option<Note> {
    (!currency.is_usd()).then(|| {
        let code = currency.code();
        Note::new(
            Tone::Quiet,
            "partner",
            format!("TikTok publishes its partner tiers in US dollars only; type your offer's tiers in {code}."),
        )
    })
}
