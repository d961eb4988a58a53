//! The values every part of the core shares: an exact value or the reason it has none, and how it is shown. At the
//! bottom of the core (it names only a [`Field`]), so the modules above read top-down: parse → scenario → metrics →
//! reports.

use std::fmt;

use crate::field::Field;
use crate::l10n::Msg;
use crate::parse::ParseError;
use crate::Ratio;

/// How a metric is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the scenario's currency.
    Money,
    /// A fraction shown as a percentage.
    Percent,
    /// A multiple shown with "×" (ROAS: 10.00×).
    Multiple,
    /// A count (a forecast's impressions, clicks, conversions), shown as a whole number.
    Count,
}

/// Why a metric has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undefined {
    /// The denominator is zero impressions.
    NoImpressions,
    /// The denominator is zero clicks.
    NoClicks,
    /// The denominator is zero conversions.
    NoConversions,
    /// A field the metric needs does not hold a valid value.
    Invalid(Field),
    /// A field the metric needs is empty.
    Missing(Field),
    /// The exact value exceeds what can be computed exactly (unreachable within the input caps).
    TooLarge,
    /// A value that is not zero but has no significant digit within the 28 decimals a figure can show.
    TooSmall,
    /// A cost on cash when credits paid for everything.
    NothingPaid,
    /// A share of spend when nothing is spent.
    NoSpend,
    /// A daily amount over a window of zero days.
    NoDays,
    /// A gross margin of 0 %: no sale recovers any spend.
    NoMargin,
    /// A target profit at or above the gross margin: no ROAS reaches it.
    MarginNotAboveTarget,
    /// A rate of 0 in a plan: no budget reaches the goal (or, for a ROAS wanted of 0, any CPM does).
    Zero(Field),
    /// A change in % of a planned figure of 0.
    NothingPlanned,
}

impl fmt::Display for Undefined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (said, field) = match *self {
            Undefined::NoImpressions => (Msg::NoImpressions, ""),
            Undefined::NoClicks => (Msg::NoClicks, ""),
            Undefined::NoConversions => (Msg::NoConversions, ""),
            Undefined::Invalid(field) => (Msg::CheckField, field.label()),
            // An optional field a figure needs asks to be added; a required one to be entered.
            Undefined::Missing(field) => match field.wanted() {
                Some(wanted) => (Msg::AddWanted, wanted),
                None => (Msg::EnterField, field.label()),
            },
            Undefined::TooLarge => (Msg::TooLarge, ""),
            Undefined::TooSmall => (Msg::TooSmall, ""),
            Undefined::NothingPaid => (Msg::NothingPaid, ""),
            Undefined::NoSpend => (Msg::NothingSpent, ""),
            Undefined::NoDays => (Msg::NoDays, ""),
            Undefined::NoMargin => (Msg::NoMargin, ""),
            Undefined::MarginNotAboveTarget => (Msg::MarginNotAboveTarget, ""),
            Undefined::Zero(field) => (Msg::FieldIsZero, field.label()),
            Undefined::NothingPlanned => (Msg::NothingPlanned, ""),
        };
        f.write_str(&said.fill(&[field]))
    }
}

impl Undefined {
    /// Why a value that `field` should give is not there: the field is empty, or holds text that does not read.
    pub fn of_field(field: Field, error: Option<ParseError>) -> Undefined {
        match error {
            Some(ParseError::Empty) => Undefined::Missing(field),
            _ => Undefined::Invalid(field),
        }
    }
}

/// `a × b`, exactly, or too large to compute exactly: the one checked product of two decimals the metrics share.
/// (`Decimal::checked_mul` would round a product beyond 28 significant digits without an error.)
pub(crate) fn product(a: rust_decimal::Decimal, b: rust_decimal::Decimal) -> Result<rust_decimal::Decimal, Undefined> {
    let mut mantissa = a.mantissa().checked_mul(b.mantissa()).ok_or(Undefined::TooLarge)?;
    let mut scale = a.scale().checked_add(b.scale()).ok_or(Undefined::TooLarge)?;
    loop {
        if let Ok(exact) = rust_decimal::Decimal::try_from_i128_with_scale(mantissa, scale) {
            return Ok(exact);
        }
        // Only trailing zeros may go: anything else would round.
        if scale == 0 || mantissa.checked_rem(10) != Some(0) {
            return Err(Undefined::TooLarge);
        }
        mantissa = mantissa.checked_div(10).ok_or(Undefined::TooLarge)?;
        scale = scale.saturating_sub(1);
    }
}

/// A metric's exact value, or why it has none.
pub type Value = Result<Ratio, Undefined>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_product_is_exact_or_too_large() {
        let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
        assert_eq!(product(d("1.5"), d("2.25")), Ok(d("3.375")));
        assert_eq!(product(d("0.0000000000000001"), d("0.0000000000000001")), Err(Undefined::TooLarge));
        assert_eq!(product(d("100000000000000"), d("100000000000000")), Ok(d("10000000000000000000000000000")));
        assert_eq!(product(d("1.10"), d("1000000000000000000000000000")), Ok(d("1100000000000000000000000000")));
        assert_eq!(product(d("123456789012345.67"), d("123456789012345.67")), Err(Undefined::TooLarge));
    }
}
