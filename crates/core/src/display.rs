//! Rounding for display: the only place a metric loses precision, and only on its way to the screen.
//!
//! - Money rounds to the currency's minor units (USD 2, JPY 0), half away from zero.
//! - Percentages round to 2 decimals.
//! - A value that is not zero never shows as zero: when it would, it shows two significant digits instead, trailing
//!   zeros dropped (a CPC of $0.0042 shows as $0.0042 and $0.004 as $0.004, never as $0.00; a CTR of 0.00314 % as
//!   0.0031 %).

use std::cmp::Ordering;

use rust_decimal::Decimal;

use crate::value::{Undefined, Unit};
use crate::{Currency, Ratio};

/// Percentages show with this many decimals.
pub const PERCENT_DECIMALS: u32 = 2;

/// The most decimals a value is ever shown with: a `Decimal`'s 28. Every value within the input caps has its first
/// significant digit well before this (the smallest, a forecast's revenue at the caps, about 10^-21).
pub const MAX_DECIMALS: u32 = 28;

/// Rounds `value` to `decimals` places; if that would turn a non-zero value (of either sign) into zero, to two
/// significant digits with trailing zeros dropped (−$0.003, never −$0.00). `Err(TooLarge)` if the value does not
/// fit a `Decimal`, `Err(TooSmall)` if its first significant digit lies beyond [`MAX_DECIMALS`].
pub fn round_nonzero(value: Ratio, decimals: u32) -> Result<Decimal, Undefined> {
    let rounded = value.round(decimals).ok_or(Undefined::TooLarge)?;
    if !rounded.is_zero() || value.is_zero() {
        return Ok(rounded);
    }
    significant(value, decimals)
}

/// `value` (not zero, below one unit at `after` places) to two significant digits, trailing zeros dropped.
fn significant(value: Ratio, after: u32) -> Result<Decimal, Undefined> {
    let magnitude = value.abs();
    // Find the first significant digit (the first `places` with |value| >= 10^-places), then show one more.
    let mut places = after;
    while places < MAX_DECIMALS {
        places = places.saturating_add(1);
        let unit = Ratio::from(Decimal::new(1, places));
        if magnitude.cmp_exact(&unit).ok_or(Undefined::TooLarge)? != Ordering::Less {
            let two_digits = places.saturating_add(1).min(MAX_DECIMALS);
            return Ok(value.round(two_digits).ok_or(Undefined::TooLarge)?.normalize());
        }
    }
    Err(Undefined::TooSmall)
}

/// A money value rounded for display in `currency` (in the decimals TikTok shows it with: whole rupiah); the result's
/// scale is the number of decimals to show.
pub fn money(value: Ratio, currency: Currency) -> Result<Decimal, Undefined> {
    round_nonzero(value, currency.shown_decimals())
}

/// A count (a forecast's impressions, clicks or conversions, an expectation rather than a tally) rounded for
/// display: one decimal, dropped when it is 0 (47.1, 47); below one, two significant digits (0.63, 0.0042; 0.995
/// shows as 1), so that the figures built on a count agree with the count shown.
pub fn count(value: Ratio) -> Result<Decimal, Undefined> {
    if value.is_zero() || value.abs().cmp_exact(&Ratio::from(Decimal::ONE)) != Some(Ordering::Less) {
        return Ok(value.round(1).ok_or(Undefined::TooLarge)?.normalize());
    }
    significant(value, 0)
}

/// A multiple (ROAS) rounded for display with two decimals (10.00 for 10×).
pub fn multiple(value: Ratio) -> Result<Decimal, Undefined> {
    round_nonzero(value, PERCENT_DECIMALS)
}

/// A fraction (0.04) as a percentage rounded for display (4.00); the result's scale is the decimals to show.
pub fn percent(fraction: Ratio) -> Result<Decimal, Undefined> {
    round_nonzero(fraction.checked_mul(Decimal::ONE_HUNDRED).ok_or(Undefined::TooLarge)?, PERCENT_DECIMALS)
}

/// `value` rounded for display as `unit` says.
pub fn shown(value: Ratio, unit: Unit, currency: Currency) -> Result<Decimal, Undefined> {
    match unit {
        Unit::Money => money(value, currency),
        Unit::Percent => percent(value),
        Unit::Multiple => multiple(value),
        Unit::Count => count(value),
    }
}

/// A number already rounded for display, its thousands grouped with commas and its decimals after a point
/// ("1,234,567.50"): English's way, for text written without a page's `Intl` (logs, files, tests).
pub fn grouped(rounded: Decimal) -> String {
    let text = rounded.to_string();
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && digit.is_ascii_digit() && whole.len().saturating_sub(i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    fraction.map_or(grouped.clone(), |f| format!("{grouped}.{f}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(num: &str, den: &str) -> Ratio {
        Ratio::new(num.parse().unwrap(), den.parse().unwrap()).unwrap()
    }

    fn shown(value: Result<Decimal, Undefined>) -> String {
        value.map(|v| v.to_string()).unwrap_or_else(|why| format!("— {why}"))
    }

    #[test]
    fn money_in_minor_units() {
        assert_eq!(shown(money(r("100", "2000"), Currency::Usd)), "0.05");
        assert_eq!(shown(money(r("100", "50"), Currency::Usd)), "2.00");
        assert_eq!(shown(money(r("0.125", "1"), Currency::Usd)), "0.13");
        assert_eq!(shown(money(r("1000", "3"), Currency::Jpy)), "333");
        assert_eq!(shown(money(r("1000", "2000"), Currency::Jpy)), "1", "half a yen rounds away from zero");
        assert_eq!(shown(money(r("0", "7"), Currency::Usd)), "0.00");
    }

    #[test]
    fn nonzero_never_shows_as_zero() {
        assert_eq!(shown(money(r("0.0042", "1"), Currency::Usd)), "0.0042");
        assert_eq!(shown(money(r("0.004", "1"), Currency::Usd)), "0.004");
        assert_eq!(shown(money(r("1", "300"), Currency::Usd)), "0.0033");
        assert_eq!(shown(money(r("0.00499", "1"), Currency::Usd)), "0.005");
        assert_eq!(shown(money(r("0.00099", "1"), Currency::Usd)), "0.00099");
        assert_eq!(shown(money(r("0.000995", "1"), Currency::Usd)), "0.001");
        assert_eq!(shown(money(r("100", "250000"), Currency::Jpy)), "0.0004");
        assert_eq!(shown(money(r("0.05", "1"), Currency::Krw)), "0.05");
        assert_eq!(shown(money(r("2350000", "1"), Currency::Idr)), "2350000", "whole rupiah");
        assert_eq!(shown(money(r("50000", "3"), Currency::Idr)), "16667");
        assert_eq!(shown(money(r("1500", "2000"), Currency::Idr)), "1", "Rp 0.75 rounds to Rp 1");
        assert_eq!(shown(money(r("150", "2000"), Currency::Idr)), "0.075", "below Rp 1 keeps its digits");
        assert_eq!(shown(money(r("0.01", "10000000000000"), Currency::Usd)), "0.000000000000001");
        assert_eq!(
            shown(money(r("1", "3").checked_mul(Decimal::new(1, 19)).unwrap(), Currency::Usd)),
            "0.000000000000000000033"
        );
        assert_eq!(
            shown(money(r("1", "3").checked_mul(Decimal::new(1, 21)).unwrap(), Currency::Usd)),
            "0.00000000000000000000033"
        );
        assert_eq!(
            shown(money(r("1", "3").checked_mul(Decimal::new(1, 28)).unwrap(), Currency::Usd)),
            "— too small to show",
            "beyond 28 decimals: said, never 0.00"
        );
        assert_eq!(shown(percent(r("314", "10000000"))), "0.0031");
    }

    #[test]
    fn a_negative_value_never_shows_as_zero() {
        assert_eq!(shown(money(r("-0.003001", "1"), Currency::Usd)), "-0.003");
        assert_eq!(shown(money(r("-0.0025", "1"), Currency::Jpy)), "-0.0025");
        assert_eq!(shown(money(r("-0.005", "1"), Currency::Usd)), "-0.01", "half a cent rounds away from zero");
        assert_eq!(shown(money(r("-0.0001", "1"), Currency::Usd)), "-0.0001");
        assert_eq!(shown(money(r("-1", "1000000000000000"), Currency::Usd)), "-0.000000000000001");
        assert_eq!(shown(percent(r("-1", "3000000"))), "-0.000033");
        assert_eq!(shown(multiple(r("-1", "300"))), "-0.0033");
    }

    #[test]
    fn counts_keep_a_decimal_and_two_digits_below_one() {
        assert_eq!(shown(count(r("471039", "10000"))), "47.1");
        assert_eq!(shown(count(r("47", "1"))), "47");
        assert_eq!(shown(count(r("5", "10"))), "0.5");
        assert_eq!(shown(count(r("625", "1000"))), "0.63");
        assert_eq!(shown(count(r("995", "1000"))), "1");
        assert_eq!(shown(count(r("1", "1"))), "1");
        assert_eq!(shown(count(r("105", "100"))), "1.1");
        assert_eq!(shown(count(r("42", "10000"))), "0.0042");
        assert_eq!(shown(count(r("0", "3"))), "0");
    }

    #[test]
    fn percentages_with_two_decimals() {
        assert_eq!(shown(percent(r("2000", "50000"))), "4.00");
        assert_eq!(shown(percent(r("1", "3"))), "33.33");
        assert_eq!(shown(percent(r("2", "3"))), "66.67");
        assert_eq!(shown(percent(r("1", "8000"))), "0.01", "0.0125 % rounds half away from zero");
        assert_eq!(shown(percent(r("3", "2"))), "150.00");
    }
}
