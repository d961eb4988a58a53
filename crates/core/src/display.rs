//! Rounding for display: the only place a metric loses precision, and only on its way to the screen.
//!
//! - Money rounds to the currency's minor units (USD 2, JPY 0), half away from zero.
//! - Percentages round to 2 decimals.
//! - A value that is not zero never shows as zero: when it would, it shows two significant digits instead, trailing
//!   zeros dropped (a CPC of $0.0042 shows as $0.0042 and $0.004 as $0.004, never as $0.00; a CTR of 0.00314 % as
//!   0.0031 %).

use std::cmp::Ordering;

use rust_decimal::Decimal;

use crate::{Currency, Ratio};

/// Percentages show with this many decimals.
pub const PERCENT_DECIMALS: u32 = 2;

/// The most decimals a value is ever shown with; `Intl.NumberFormat` accepts up to 100 and every value within the
/// input caps has its first significant digit well before this (the smallest, $0.01 / 10^13 clicks, at 15).
pub const MAX_DECIMALS: u32 = 20;

/// Rounds `value` to `decimals` places; if that would turn a non-zero value into zero, to two significant digits
/// with trailing zeros dropped. `None` if the value is too large to represent (unreachable within the input caps).
pub fn round_nonzero(value: Ratio, decimals: u32) -> Option<Decimal> {
    let rounded = value.round(decimals)?;
    if !rounded.is_zero() || value.is_zero() {
        return Some(rounded);
    }
    // Find the first significant digit (the first `places` with |value| >= 10^-places), then show one more.
    let mut places = decimals;
    while places < MAX_DECIMALS {
        places = places.checked_add(1)?;
        let unit = Ratio::from(Decimal::new(1, places));
        if value.cmp_exact(&unit)? != Ordering::Less {
            let two_digits = places.checked_add(1)?.min(MAX_DECIMALS);
            return Some(value.round(two_digits)?.normalize());
        }
    }
    Some(rounded)
}

/// A money value rounded for display in `currency`; the result's scale is the number of decimals to show.
pub fn money(value: Ratio, currency: Currency) -> Option<Decimal> {
    round_nonzero(value, currency.minor_units())
}

/// A count (a forecast's impressions, clicks or conversions) rounded to a whole number for display (a non-zero
/// count below one keeps two significant digits: 0.4 conversions is not 0).
pub fn count(value: Ratio) -> Option<Decimal> {
    round_nonzero(value, 0)
}

/// A multiple (ROAS) rounded for display with two decimals (10.00 for 10×).
pub fn multiple(value: Ratio) -> Option<Decimal> {
    round_nonzero(value, PERCENT_DECIMALS)
}

/// A fraction (0.04) as a percentage rounded for display (4.00); the result's scale is the decimals to show.
pub fn percent(fraction: Ratio) -> Option<Decimal> {
    round_nonzero(fraction.checked_mul(Decimal::ONE_HUNDRED)?, PERCENT_DECIMALS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(num: &str, den: &str) -> Ratio {
        Ratio::new(num.parse().unwrap(), den.parse().unwrap()).unwrap()
    }

    fn shown(value: Option<Decimal>) -> String {
        value.map(|v| v.to_string()).unwrap_or_default()
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
        assert_eq!(shown(money(r("0.01", "10000000000000"), Currency::Usd)), "0.000000000000001");
        assert_eq!(
            shown(money(r("1", "3").checked_mul(Decimal::new(1, 19)).unwrap(), Currency::Usd)),
            "0.00000000000000000003"
        );
        assert_eq!(
            shown(money(r("1", "3").checked_mul(Decimal::new(1, 21)).unwrap(), Currency::Usd)),
            "0.00",
            "beyond 20 decimals"
        );
        assert_eq!(shown(percent(r("314", "10000000"))), "0.0031");
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
