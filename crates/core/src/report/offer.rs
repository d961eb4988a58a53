//! "Is a spend X, get Y offer worth it?": the tier table and the verdicts, decided and worded here.
//!
//! - Only cash actually paid counts toward X: the cash typed for the offer, else the cash this scenario pays. When
//!   that cash is not known (a field it depends on does not read), the verdict says why; it is never taken as zero.
//! - Every figure is on the user's own campaign (issue 19): the cash that counts (at least the tier's X), beside the
//!   campaign's own credits, buys media at the scenario's rate, plus the used share of the tier's credit. Without an
//!   offer that is the scenario's cash cost per conversion. Only the offer's own discount is on another basis (its
//!   X and Y alone), and its column says so.
//! - One verdict leads: the tier the cash reaches (else the next one, paying the cash it still misses) is worth it
//!   or not by its cash per conversion against the one without, as shown, and the conversions it adds.
//! - When all of the credit is expected to be used, the two discount columns are one.

use rust_decimal::Decimal;

use std::cmp::Ordering;

use super::{Format, Note, Tone};
use crate::credits::{weigh, Offer, Rate, TierValue, Weighed};
use crate::field::Field;
use crate::parse::ParseError;
use crate::value::{Undefined, Unit, Value};
use crate::{display, Ratio};
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
    /// A tier's spend or credit is still empty (a new row) and nothing else is wrong: nothing is marked yet.
    TierMissing,
    BadField,
}

impl Nothing {
    pub const fn words(self) -> &'static str {
        match self {
            Nothing::NoTiers => "Add the offer's tiers to weigh them.",
            Nothing::BadTier => "Correct the tiers marked above to weigh them.",
            Nothing::TierMissing => "Enter each tier's spend and credit to weigh them.",
            Nothing::BadField => "Correct the fields marked above to weigh the offer.",
        }
    }
}

/// Whether the tier weighed pays off per conversion, on the figures as shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Each conversion costs less cash with the tier.
    Worth,
    /// Each conversion costs as much cash as without it (as shown).
    Same,
    /// Each conversion costs more cash with it (the extra cash buys less than it costs).
    NotWorth,
}

/// A verdict under the table, as a typed case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The cash that counts toward X is not known.
    CashUnknown(Undefined),
    /// No cash is paid, so no tier can be reached.
    NoCash,
    /// The one verdict the section leads with: the tier the user's cash reaches, else the next one (paying `extra`
    /// more cash), on the user's own campaign: `with` against `without` (cash per conversion, as shown) and the
    /// conversions `gained`.
    Lead {
        outcome: Outcome,
        tier: Offer,
        cash: Decimal,
        extra: Decimal,
        with: Decimal,
        without: Decimal,
        gained: Ratio,
    },
    /// The lead tier's figures are not known, and why.
    Undecided { tier: Offer, why: Undefined },
    /// `missing` more cash reaches `tier` (the one after the user's); over a window of `days`, `daily` of spend a
    /// day reaches its X after the `credits` that are spent first.
    Next { missing: Decimal, tier: Offer, window: Option<(u32, Value)>, credits: Option<Decimal> },
    /// When the lead is the tier the cash does not reach yet: the pace that reaches it within the window.
    Pace { tier: Offer, days: u32, daily: Value, credits: Option<Decimal> },
}

impl Verdict {
    /// A stable key for the line (`data-note`).
    pub const fn key(self) -> &'static str {
        match self {
            Verdict::CashUnknown(_) | Verdict::NoCash | Verdict::Lead { .. } | Verdict::Undecided { .. } => "verdict",
            Verdict::Next { .. } | Verdict::Pace { .. } => "next",
        }
    }

    /// How the line reads: the lead as a verdict, worth it or not.
    pub const fn tone(self) -> Tone {
        match self {
            Verdict::Lead { outcome: Outcome::Worth, .. } => Tone::Plain,
            Verdict::Lead { outcome: Outcome::NotWorth, .. } => Tone::Warning,
            _ => Tone::Quiet,
        }
    }

    pub fn words(self, f: &impl Format, currency: Currency) -> String {
        let money = |amount| f.amount(amount, currency);
        let shown = |rounded| f.money(rounded, currency);
        let tier_in = |tier| tier_name(tier, f, currency);
        match self {
            Verdict::CashUnknown(why) => format!("The cash that counts toward X: — {why}."),
            Verdict::NoCash => "You pay no cash here, and only cash counts toward X: no tier is reached.".into(),
            Verdict::Lead { outcome, tier, cash, extra, with, without, gained } => {
                let reach = if extra.is_zero() {
                    format!("your {} of cash reaches “{}”", money(cash), tier_in(tier))
                } else {
                    format!("{} more cash reaches “{}”", money(extra), tier_in(tier))
                };
                let then = if extra.is_zero() { "" } else { " then" };
                let gained = more_conversions(gained, f);
                let diff = |a: Decimal, b: Decimal| shown(a.checked_sub(b).unwrap_or_default());
                match outcome {
                    Outcome::Worth => format!(
                        "Worth it: {reach}. Each conversion{then} costs {} of cash instead of {} ({} less), and you \
                         get {gained}.",
                        shown(with),
                        shown(without),
                        diff(without, with)
                    ),
                    Outcome::Same => format!(
                        "No better per conversion: {reach}, and each conversion{then} still costs {} of cash, for \
                         {gained}.",
                        shown(with)
                    ),
                    Outcome::NotWorth => format!(
                        "Not worth it per conversion: {reach}, but each conversion{then} costs {} of cash instead of \
                         {} ({} more), for {gained}.",
                        shown(with),
                        shown(without),
                        diff(with, without)
                    ),
                }
            }
            Verdict::Undecided { tier, why } => format!("Whether “{}” pays: — {why}.", tier_in(tier)),
            Verdict::Next { missing, tier, window, credits } => {
                let mut text = format!("{} more cash reaches “{}”.", money(missing), tier_in(tier));
                if let Some((days, daily)) = window {
                    let pace = pace(tier, days, daily, credits, f, currency);
                    let mut letters = pace.chars();
                    text.push(' ');
                    text.extend(letters.next().map(|c| c.to_ascii_uppercase()));
                    text.push_str(letters.as_str());
                }
                text
            }
            Verdict::Pace { tier, days, daily, credits } => {
                format!("To reach it: {}", pace(tier, days, daily, credits, f, currency))
            }
        }
    }
}

/// "Its $500.00 within 30 days is $16.67 a day." (or with the credits spent first, or why there is no pace).
fn pace(tier: Offer, days: u32, daily: Value, credits: Option<Decimal>, f: &impl Format, currency: Currency) -> String {
    let money = |amount| f.amount(amount, currency);
    match (daily, credits.filter(|c| !c.is_zero())) {
        (Err(why), _) => format!("within {days} days: — {why}."),
        (d, Some(credits)) => format!(
            "your {} of credits are spent first, so its {} within {days} days takes {} of spend a day.",
            money(credits),
            money(tier.spend),
            f.value(d, Unit::Money, currency)
        ),
        (d, None) => {
            format!("its {} within {days} days is {} a day.", money(tier.spend), f.value(d, Unit::Money, currency))
        }
    }
}

/// "20.4 more conversions", "1 more conversion": the conversions gained, as shown.
fn more_conversions(count: Ratio, f: &impl Format) -> String {
    match display::count(count) {
        Ok(shown) if shown == Decimal::ONE => format!("{} more conversion", f.number(shown)),
        Ok(shown) => format!("{} more conversions", f.number(shown)),
        Err(why) => format!("more conversions (— {why})"),
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
    let tiers = inputs.valid_tiers().ok_or_else(|| {
        let empty = |part: &Result<Decimal, ParseError>| matches!(part, Ok(_) | Err(ParseError::Empty));
        let being_filled = inputs.tiers.iter().all(|t| empty(&t.spend) && empty(&t.credit));
        if being_filled {
            Nothing::TierMissing
        } else {
            Nothing::BadTier
        }
    })?;
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
    let mut columns = ["Cash you pay", "Cash per conversion", "More conversions"].map(String::from).to_vec();
    // The offer's own discount is on another basis (its X and Y alone), and says so.
    if all_used {
        columns.push("The offer's own discount".into());
    } else {
        let used = w.used.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE_HUNDRED).normalize();
        columns.push("The offer's own discount, all credit used".into());
        columns.push(format!("The offer's own discount, {used}% used"));
    }
    let best = w.choice.and_then(|c| c.best);
    let rows = w
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let percent = |v| f.value(v, Unit::Percent, currency);
            let mut cells = vec![
                ("cash", f.value(t.cash.map(Ratio::from), Unit::Money, currency)),
                ("cpa", f.value(t.cpa, Unit::Money, currency)),
                ("gained", f.value(t.gained, Unit::Count, currency)),
                ("discount", percent(t.discount_full)),
            ];
            if !all_used {
                cells.push(("discount-used", percent(t.discount_used)));
            }
            TierRow { name: tier_name(t.offer, f, currency), reached: best == Some(i), cells }
        })
        .collect();
    let verdicts =
        verdicts(w, window, currency).into_iter().map(|v| Note::new(v.tone(), v.key(), v.words(f, currency))).collect();
    OfferTable { columns, rows, verdicts }
}

/// Which verdicts the weighed tiers give, in the order they are read: one lead verdict on the user's own campaign
/// (the tier their cash reaches, else the next one), then what the next tier takes.
pub fn verdicts(w: &Weighed, window: Option<u32>, currency: Currency) -> Vec<Verdict> {
    let cash = match w.cash {
        Err(why) => return vec![Verdict::CashUnknown(why)],
        Ok(cash) => cash,
    };
    let Some(choice) = w.choice else { return vec![] };
    let next = choice.next.and_then(|(i, missing)| Some((missing, w.tiers.get(i)?)));
    let pace = |t: &TierValue| window.zip(t.daily_cash);
    if cash.is_zero() {
        let mut said = vec![Verdict::NoCash];
        said.extend(next.map(|(missing, t)| Verdict::Next {
            missing,
            tier: t.offer,
            window: pace(t),
            credits: w.credits,
        }));
        return said;
    }
    let (lead, extra) = match (choice.best.and_then(|i| w.tiers.get(i)), next) {
        (Some(t), _) => (t, Decimal::ZERO),
        (None, Some((missing, t))) => (t, missing),
        (None, None) => return vec![],
    };
    let mut said = vec![lead_verdict(w, lead, cash, extra, currency)];
    match next {
        // The lead is the next tier: only its pace is left to say.
        Some((_, t)) if !extra.is_zero() => {
            said.extend(pace(t).map(|(days, daily)| Verdict::Pace { tier: t.offer, days, daily, credits: w.credits }));
        }
        Some((missing, t)) => said.push(Verdict::Next { missing, tier: t.offer, window: pace(t), credits: w.credits }),
        None => {}
    }
    said
}

/// The lead verdict for tier `t`, reached by the user's `cash` plus `extra`: its cash per conversion against the one
/// without an offer, compared as shown (what reads equal is no better).
fn lead_verdict(w: &Weighed, t: &TierValue, cash: Decimal, extra: Decimal, currency: Currency) -> Verdict {
    let shown = |v: Value| v.and_then(|v| display::money(v, currency));
    let figures = shown(t.cpa).and_then(|with| Ok((with, shown(w.cpa_without)?, t.gained?)));
    match figures {
        Err(why) => Verdict::Undecided { tier: t.offer, why },
        Ok((with, without, gained)) => {
            let outcome = match with.cmp(&without) {
                Ordering::Less => Outcome::Worth,
                Ordering::Equal => Outcome::Same,
                Ordering::Greater => Outcome::NotWorth,
            };
            Verdict::Lead { outcome, tier: t.offer, cash, extra, with, without, gained }
        }
    }
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
