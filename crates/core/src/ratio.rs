//! Exact fractions of two decimals: metrics are kept as `numerator / denominator` and only rounded for display.
//!
//! `Decimal` division stops at 28 significant digits, so $100 / 3 clicks × 3 clicks would not give back $100.
//! A [`Ratio`] keeps both operands instead, so every metric is exact, and rounding it for display (half away from
//! zero, as spreadsheets and `Intl.NumberFormat` do) is done in integer arithmetic with no intermediate rounding.

use std::cmp::Ordering;

use rust_decimal::Decimal;

/// An exact fraction `num / den` with `den > 0`.
///
/// The derived equality compares the representation (`2/4` is not equal to `1/2`); it is what change detection
/// needs. Compare values with [`Ratio::cmp_exact`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    num: Decimal,
    den: Decimal,
}

impl From<Decimal> for Ratio {
    fn from(value: Decimal) -> Self {
        Ratio { num: value, den: Decimal::ONE }
    }
}

impl Ratio {
    /// `num / den`, or `None` when `den` is zero (a zero denominator has no value).
    pub fn new(num: Decimal, den: Decimal) -> Option<Ratio> {
        match den.cmp(&Decimal::ZERO) {
            Ordering::Equal => None,
            Ordering::Greater => Some(Ratio { num, den }),
            Ordering::Less => {
                Some(Ratio { num: Decimal::ZERO.checked_sub(num)?, den: Decimal::ZERO.checked_sub(den)? })
            }
        }
    }

    pub fn numerator(self) -> Decimal {
        self.num
    }

    pub fn denominator(self) -> Decimal {
        self.den
    }

    pub fn is_zero(self) -> bool {
        self.num.is_zero()
    }

    /// `self × factor`, exactly; `None` on overflow.
    pub fn checked_mul(self, factor: Decimal) -> Option<Ratio> {
        Some(Ratio { num: self.num.checked_mul(factor)?, den: self.den })
    }

    /// `self − other`, exactly (over the product of the denominators); `None` on overflow.
    pub fn checked_sub(self, other: Ratio) -> Option<Ratio> {
        let num = self.num.checked_mul(other.den)?.checked_sub(other.num.checked_mul(self.den)?)?;
        Ratio::new(num, self.den.checked_mul(other.den)?)
    }

    /// `self ÷ other`, exactly; `None` when `other` is zero or a product overflows.
    pub fn checked_div(self, other: Ratio) -> Option<Ratio> {
        Ratio::new(self.num.checked_mul(other.den)?, self.den.checked_mul(other.num)?)
    }

    /// The value with its sign dropped.
    pub fn abs(self) -> Ratio {
        Ratio { num: self.num.abs(), den: self.den }
    }

    /// Compares two values exactly (by cross-multiplying); `None` if a product overflows.
    pub fn cmp_exact(&self, other: &Ratio) -> Option<Ordering> {
        let left = self.num.checked_mul(other.den)?;
        let right = other.num.checked_mul(self.den)?;
        Some(left.cmp(&right))
    }

    /// The value rounded to `decimals` places, half away from zero, with exactly that scale (so `2` at 2 places is
    /// `2.00`). `None` when the result does not fit a `Decimal` or `decimals` exceeds 28.
    pub fn round(self, decimals: u32) -> Option<Decimal> {
        // num / den = (n / 10^ns) / (d / 10^ds) = n · 10^ds / (d · 10^ns); scaled by 10^decimals.
        let numerator = self.num.mantissa().checked_mul(pow10(self.den.scale().checked_add(decimals)?)?)?;
        let denominator = self.den.mantissa().checked_mul(pow10(self.num.scale())?)?;
        let quotient = numerator.checked_div(denominator)?;
        let remainder = numerator.checked_rem(denominator)?;
        // Half away from zero: bump the magnitude when the remainder is at least half the (positive) denominator.
        let rounded = if remainder.unsigned_abs().checked_mul(2)? >= denominator.unsigned_abs() {
            quotient.checked_add(numerator.signum())?
        } else {
            quotient
        };
        Decimal::try_from_i128_with_scale(rounded, decimals).ok()
    }

    /// The value rounded up (toward positive infinity) to `decimals` places, with exactly that scale: the least
    /// amount that is not below it (a budget that must be enough). `None` like [`Ratio::round`].
    pub fn round_up(self, decimals: u32) -> Option<Decimal> {
        let numerator = self.num.mantissa().checked_mul(pow10(self.den.scale().checked_add(decimals)?)?)?;
        let denominator = self.den.mantissa().checked_mul(pow10(self.num.scale())?)?;
        let quotient = numerator.checked_div(denominator)?;
        let remainder = numerator.checked_rem(denominator)?;
        // Truncation goes toward zero: a positive value with a remainder goes one up.
        let positive = (numerator > 0) == (denominator > 0);
        let rounded = if remainder != 0 && positive { quotient.checked_add(1)? } else { quotient };
        Decimal::try_from_i128_with_scale(rounded, decimals).ok()
    }
}

fn pow10(exponent: u32) -> Option<i128> {
    10_i128.checked_pow(exponent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn r(num: &str, den: &str) -> Ratio {
        Ratio::new(d(num), d(den)).unwrap()
    }

    #[test]
    fn round_up_never_gives_less() {
        assert_eq!(r("100", "3").round_up(2), Some(d("33.34")));
        assert_eq!(r("100", "4").round_up(2), Some(d("25.00")), "exact stays");
        assert_eq!(r("50000", "7").round_up(0), Some(d("7143")));
        assert_eq!(r("-100", "3").round_up(2), Some(d("-33.33")), "toward positive infinity");
        assert_eq!(r("1.5", "0.7").round_up(2), Some(d("2.15")));
    }

    #[test]
    fn zero_denominator_has_no_value() {
        assert_eq!(Ratio::new(d("1"), Decimal::ZERO), None);
        assert_eq!(Ratio::new(Decimal::ZERO, d("0.00")), None);
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(r("0.125", "1").round(2), Some(d("0.13")), "banker's rounding would give 0.12");
        assert_eq!(r("0.135", "1").round(2), Some(d("0.14")));
        assert_eq!(r("-0.125", "1").round(2), Some(d("-0.13")));
        assert_eq!(r("1", "8").round(2), Some(d("0.13")));
        assert_eq!(r("1", "3").round(2), Some(d("0.33")));
        assert_eq!(r("2", "3").round(2), Some(d("0.67")));
        assert_eq!(r("100", "3").round(0), Some(d("33")));
        assert_eq!(r("2", "1").round(2).map(|v| v.to_string()), Some("2.00".to_string()));
        assert_eq!(r("1.5", "0.3").round(1), Some(d("5.0")));
        assert_eq!(r("1", "-4").round(2), Some(d("-0.25")));
    }

    #[test]
    fn rounding_reports_overflow_instead_of_panicking() {
        assert_eq!(r("79228162514264337593543950335", "1").round(28), None);
        assert_eq!(r("1", "3").round(29), None);
    }

    #[test]
    fn exact_difference() {
        assert_eq!(r("10", "1").checked_sub(r("5", "2")).unwrap().round(2), Some(d("7.50")));
        assert_eq!(r("1", "3").checked_sub(r("1", "2")).unwrap().round(4), Some(d("-0.1667")));
        assert_eq!(r("-3", "4").abs().round(2), Some(d("0.75")));
    }

    #[test]
    fn exact_comparison() {
        assert_eq!(r("1", "3").checked_mul(d("3")).unwrap().cmp_exact(&Ratio::from(d("1"))), Some(Ordering::Equal));
        assert_eq!(r("1", "2").cmp_exact(&r("2", "4")), Some(Ordering::Equal));
        assert_ne!(r("1", "2"), r("2", "4"), "equality is of the representation");
        assert_eq!(r("1", "3").cmp_exact(&r("1", "2")), Some(Ordering::Less));
    }
}
