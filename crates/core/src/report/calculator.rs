//! The calculator at the top: the line under each field (its error, a warning, or what was read), the results
//! heading and which amount the metrics are on, and how "Ad credits" meets the credit wallet.

use rust_decimal::Decimal;

use super::{Format, Note, Tone};
use crate::field::{Field, Kind};
use crate::parse::{currency_sign, ParseError};
use crate::l10n::Msg;
use crate::typical::Typical;
use crate::value::Undefined;
use crate::wallet::{totals, Day};
use crate::{Currency, Draft, Inputs, Metric, Metrics, Ratio, Unit};

/// The line under a field, most important first: its parse error; a currency sign that is not the scenario's
/// currency; a warning about the figures; else, when what was typed is not already plain digits and does not read
/// as written, what it was read as ("= $12,000.00").
pub fn field_message(draft: &Draft, inputs: &Inputs, metrics: &Metrics, field: Field, f: &impl Format) -> Option<Note> {
    match inputs.error(field) {
        // An empty required field (a new or cleared calculator) asks quietly; text that does not read is an error.
        Some(ParseError::Empty) => return Some(Note::new(Tone::Quiet, "empty", ParseError::Empty.words(number(f)))),
        Some(error) => return Some(Note::new(Tone::Error, "error", error.words(number(f)))),
        None => {}
    }
    let text = draft.text(field).trim();
    if field.is_money() {
        if let Some((sign, _)) = currency_sign(text).filter(|(_, meant)| !meant.contains(&inputs.currency)) {
            let read = read_as(inputs, field, f).unwrap_or_default();
            let said = Msg::SignIgnored.fill(&[inputs.currency.code(), sign, &read]);
            return Some(Note::new(Tone::Warning, "warning", said));
        }
    }
    if let Some(warning) = metrics.warnings_for(field).next() {
        let tone = if warning.is_note() { Tone::Quiet } else { Tone::Warning };
        let dollars = |v: Decimal| f.money(v, Currency::Usd);
        return Some(Note::new(tone, "warning", warning.words(number(f), dollars)));
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

/// A number as the page writes it, for words that carry an example or a limit.
fn number(f: &impl Format) -> impl Fn(Decimal) -> String + '_ {
    |v| f.number(v)
}

/// The results heading: with a total spend the metrics are on the whole spend, credits and cash together.
pub fn results_heading(inputs: &Inputs) -> &'static str {
    if matches!(inputs.spend, Ok(Some(_))) {
        Msg::ResultsSpend.text()
    } else {
        Msg::ResultsCredits.text()
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
            Basis::Credits(credits) => Msg::BasisCredits.fill(&[&money(credits)]),
            Basis::Spend { spend, cash, .. } if cash.is_zero() => Msg::BasisAllCredits.fill(&[&money(spend)]),
            Basis::Spend { spend, credit, cash } => Msg::BasisSpend.fill(&[&money(spend), &money(credit), &money(cash)]),
            Basis::SpendOnly { spend, why } => Msg::BasisSpendOnly.fill(&[&money(spend), &why.to_string()]),
            Basis::Unknown(why) => Msg::BasisUnknown.fill(&[&why.to_string()]),
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
        .then(|| (Msg::UseAvailable.fill(&[&shown]), available.normalize().to_string()));
    let note = typed
        .filter(|credits| *credits > available)
        .map(|_| Note::new(Tone::Quiet, "wallet", Msg::MoreThanWallet.fill(&[&shown])));
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
    /// The sentence, with the typical range and its source in its places.
    const fn msg(self) -> Msg {
        match self {
            Standing::FarBelow => Msg::FarBelowTypical,
            Standing::Below => Msg::BelowTypical,
            Standing::Above => Msg::AboveTypical,
            Standing::FarAbove => Msg::FarAboveTypical,
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
    let (low, high) = match metric.unit() {
        Unit::Money => (f.amount(typical.low, Currency::Usd), f.amount(typical.high, Currency::Usd)),
        _ => (f.percent(typical.low.normalize()), f.percent(typical.high.normalize())),
    };
    let range = Msg::Range.fill(&[&low, &high]);
    let text = standing.msg().fill(&[&range, Msg::TypicalSource.text()]);
    Some(Note::new(Tone::Quiet, "plausibility", text))
}
