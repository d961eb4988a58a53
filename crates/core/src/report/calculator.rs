//! The calculator at the top: the line under each field (its error, a warning, or what was read), the results
//! heading and which amount the metrics are on, and how "Ad credits" meets the credit wallet.

use rust_decimal::Decimal;

use super::{Format, Note, Tone};
use crate::field::{Field, Kind};
use crate::parse::{currency_sign, ParseError};
use crate::typical::{Typical, LABEL};
use crate::value::Undefined;
use crate::wallet::{totals, Day};
use crate::{Currency, Draft, Inputs, Metric, Metrics, Ratio, Unit};

/// The line under a field, most important first: its parse error; a currency sign that is not the scenario's
/// currency; a warning about the figures; else, when what was typed is not already plain digits and does not read
/// as written, what it was read as ("= $12,000.00").
pub fn field_message(draft: &Draft, inputs: &Inputs, metrics: &Metrics, field: Field, f: &impl Format) -> Option<Note> {
    match inputs.error(field) {
        // An empty required field (a new or cleared calculator) asks quietly; text that does not read is an error.
        Some(ParseError::Empty) => return Some(Note::new(Tone::Quiet, "empty", ParseError::Empty.to_string())),
        Some(error) => return Some(Note::new(Tone::Error, "error", error.to_string())),
        None => {}
    }
    let text = draft.text(field).trim();
    if field.is_money() {
        if let Some((sign, _)) = currency_sign(text).filter(|(_, meant)| !meant.contains(&inputs.currency)) {
            let read = read_as(inputs, field, f).unwrap_or_default();
            let said = SignIgnored { sign, currency: inputs.currency, read };
            return Some(Note::new(Tone::Warning, "warning", said.to_string()));
        }
    }
    if let Some(warning) = metrics.warnings_for(field).next() {
        let tone = if warning.is_note() { Tone::Quiet } else { Tone::Warning };
        return Some(Note::new(tone, "warning", warning.to_string()));
    }
    // Plain digits need no echo, and (this runs for every field on every keystroke) no formatting either.
    if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let read = read_as(inputs, field, f)?;
    (read != text).then(|| Note::new(Tone::Quiet, "read", format!("= {read}")))
}

/// A money or count field's value as the reader's format writes it, when it holds one.
fn read_as(inputs: &Inputs, field: Field, f: &impl Format) -> Option<String> {
    match field.kind() {
        Kind::Money => inputs.money(field).map(|v| f.amount(v, inputs.currency)),
        Kind::Count => inputs.count(field).map(|n| f.number(Decimal::from(n))),
        Kind::Days | Kind::Percent | Kind::Multiple => None,
    }
}

/// A currency sign typed with an amount that is not the scenario's currency: the amount is read in the scenario's.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SignIgnored<'a> {
    sign: &'a str,
    currency: Currency,
    read: String,
}

impl std::fmt::Display for SignIgnored<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (code, sign, read) = (self.currency.code(), self.sign, &self.read);
        write!(f, "This scenario is in {code}: {sign} is ignored, and this reads as {read}.")
    }
}

/// The results heading: with a total spend the metrics are on the whole spend, credits and cash together.
pub fn results_heading(inputs: &Inputs) -> &'static str {
    if matches!(inputs.spend, Ok(Some(_))) {
        "What your spend bought"
    } else {
        "What your credits bought"
    }
}

/// Which amount the metrics are on, as a typed case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// No total spend: the credits paid for everything.
    Credits(Decimal),
    /// A total spend, paid with this much credit and this much cash.
    Spend { spend: Decimal, credit: Decimal, cash: Decimal },
    /// A total spend, with the credit and cash it splits into not known (Ad credits do not read).
    SpendOnly { spend: Decimal, why: Undefined },
    /// The amount is not known.
    Unknown(Undefined),
}

impl Basis {
    pub fn of(inputs: &Inputs, metrics: &Metrics) -> Basis {
        match (inputs.spend, metrics.funding) {
            (Ok(Some(spend)), Ok(funding)) => Basis::Spend { spend, credit: funding.credit_used, cash: funding.cash },
            (Ok(None), Ok(funding)) => Basis::Credits(funding.spend),
            (Ok(Some(spend)), Err(why)) => Basis::SpendOnly { spend, why },
            (_, Err(why)) => Basis::Unknown(why),
            (Err(_), _) => Basis::Unknown(inputs.why(Field::Spend)),
        }
    }

    pub fn words(self, f: &impl Format, currency: Currency) -> String {
        let money = |v| f.amount(v, currency);
        match self {
            Basis::Credits(credits) => {
                format!("On {} of credits, which paid for everything (no total spend given).", money(credits))
            }
            Basis::Spend { spend, cash, .. } if cash.is_zero() => {
                format!("On a total spend of {}, all of it paid with credits.", money(spend))
            }
            Basis::Spend { spend, credit, cash } => format!(
                "On a total spend of {}: {} of credits and {} of cash.",
                money(spend),
                money(credit),
                money(cash)
            ),
            Basis::SpendOnly { spend, why } => {
                format!("On a total spend of {}; how much of it credits paid is not known — {why}.", money(spend))
            }
            Basis::Unknown(why) => format!("On a spend that is not known yet — {why}."),
        }
    }
}

/// The line under the results heading.
pub fn results_basis(inputs: &Inputs, metrics: &Metrics, f: &impl Format) -> Note {
    Note::new(Tone::Quiet, "basis", Basis::of(inputs, metrics).words(f, inputs.currency))
}

/// "Ad credits" beside the credit wallet: an offer to use what the wallet holds today, and a note when more credit
/// is typed than the wallet holds (less is fine: several campaigns may draw on one wallet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditsHint {
    /// The button's label and the text it puts into the field (plain digits), when the field differs from it.
    pub use_available: Option<(String, String)>,
    pub note: Option<Note>,
}

/// What the wallet says about "Ad credits" on `today`; `None` while the wallet holds no credit that reads.
pub fn credits_hint(inputs: &Inputs, today: Day, f: &impl Format) -> Option<CreditsHint> {
    if inputs.grants.is_empty() {
        return None;
    }
    let grants = inputs.valid_grants()?;
    let available = totals(&grants, today)?.available;
    let typed = inputs.credits.ok();
    let shown = f.amount(available, inputs.currency);
    let use_available = (typed != Some(available) && !available.is_zero())
        .then(|| (format!("Use the {shown} available today"), available.normalize().to_string()));
    let note = typed
        .filter(|credits| *credits > available)
        .map(|_| Note::new(Tone::Quiet, "wallet", format!("More than your wallet holds: {shown} available today.")));
    Some(CreditsHint { use_available, note })
}

/// Where a metric stands against typical TikTok figures, when outside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Below half the low end of the range.
    FarBelow,
    Below,
    Above,
    /// Above twice the high end.
    FarAbove,
}

impl Standing {
    const fn words(self) -> &'static str {
        match self {
            Standing::FarBelow => "Far below",
            Standing::Below => "Below",
            Standing::Above => "Above",
            Standing::FarAbove => "Far above",
        }
    }

    /// Where `value` (a metric's exact value; a rate as a fraction) stands against `typical`; `None` inside the
    /// range (its ends included) or when a comparison overflows.
    pub fn of(value: Ratio, typical: &Typical) -> Option<Standing> {
        let value = if typical.is_money() { value } else { value.checked_mul(Decimal::ONE_HUNDRED)? };
        let below = |bound: Decimal| Some(value.cmp_exact(&Ratio::from(bound))?.is_lt());
        let above = |bound: Decimal| Some(value.cmp_exact(&Ratio::from(bound))?.is_gt());
        let two = Decimal::TWO;
        if below(typical.low.checked_div(two)?)? {
            Some(Standing::FarBelow)
        } else if below(typical.low)? {
            Some(Standing::Below)
        } else if above(typical.high.checked_mul(two)?)? {
            Some(Standing::FarAbove)
        } else if above(typical.high)? {
            Some(Standing::Above)
        } else {
            None
        }
    }
}

/// A quiet line under a result that is outside typical TikTok figures: "Far below the typical $6.50–$10.00 for
/// TikTok (third-party figures, 2025–26)." Money ranges are in US dollars, so other currencies get none for CPM and
/// CPC; rates are compared in every currency. Never a warning: unusual figures may be right.
pub fn plausibility(metrics: &Metrics, metric: Metric, f: &impl Format) -> Option<Note> {
    let typical = Typical::of(metric)?;
    if typical.is_money() && !metrics.currency.is_usd() {
        return None;
    }
    let standing = Standing::of(metrics.get(metric).ok()?, &typical)?;
    let range = match metric.unit() {
        Unit::Money => format!("{}–{}", f.amount(typical.low, Currency::Usd), f.amount(typical.high, Currency::Usd)),
        _ => format!("{}–{}", f.percent(typical.low.normalize()), f.percent(typical.high.normalize())),
    };
    let text = format!("{} the typical {range} for TikTok ({LABEL}).", standing.words());
    Some(Note::new(Tone::Quiet, "plausibility", text))
}
