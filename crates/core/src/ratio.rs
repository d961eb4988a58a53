//! Exact fractions: every metric is kept as `numerator / denominator` and only rounded for display.
//!
//! `Decimal` division stops at 28 significant digits, and so does a `Decimal` product: `checked_mul` rounds a
//! product beyond 28 digits without an error. A [`Ratio`] keeps both terms as 256-bit integers instead (inputs are
//! decimals, so `12.5` is `125 / 10`), so every product, quotient, sum and comparison of inputs is exact, and
//! rounding for display (half away from zero, as spreadsheets and `Intl.NumberFormat` do) is one integer division.
//! An operation whose result would not fit reduces its terms by their greatest common divisor and tries again, so a
//! value is "too large to compute" only when it is: within the input caps no figure comes near 2^255.

use std::cmp::Ordering;

use bnum::types::I256;
use rust_decimal::Decimal;

type Int = I256;

const ZERO: Int = bnum::n!(0);
const ONE: Int = bnum::n!(1);
const TWO: Int = bnum::n!(2);
const TEN: Int = bnum::n!(10);

/// An exact fraction `num / den` with `den > 0`.
///
/// The derived equality compares the representation (`2/4` is not equal to `1/2`); it is what change detection
/// needs. Compare values with [`Ratio::cmp_exact`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio(Terms);

/// The two terms: in 128 bits whenever both fit (nearly always, and far cheaper), else in 256. Always the narrow
/// form when it fits, so that equal terms have equal representations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terms {
    Narrow(i128, i128),
    Wide(Int, Int),
}

impl From<Decimal> for Ratio {
    fn from(value: Decimal) -> Self {
        // A scale is at most 28, so 10^scale fits 128 bits: the fallback is never taken.
        let den = 10_i128.checked_pow(value.scale()).unwrap_or(1);
        Ratio(Terms::Narrow(value.mantissa(), den))
    }
}

impl From<u64> for Ratio {
    fn from(value: u64) -> Self {
        Ratio(Terms::Narrow(i128::from(value), 1))
    }
}

impl Ratio {
    /// `num / den`, or `None` when `den` is zero (a zero denominator has no value).
    pub fn new(num: Decimal, den: Decimal) -> Option<Ratio> {
        Ratio::from(num).checked_div(Ratio::from(den))
    }

    /// The terms in 256 bits.
    fn wide(self) -> (Int, Int) {
        match self.0 {
            Terms::Narrow(num, den) => (wide(num), wide(den)),
            Terms::Wide(num, den) => (num, den),
        }
    }

    /// `num / den` (den > 0) in its narrow form when that fits.
    fn of_wide(num: Int, den: Int) -> Ratio {
        match (narrow(&num), narrow(&den)) {
            (Some(num), Some(den)) => Ratio(Terms::Narrow(num, den)),
            _ => Ratio(Terms::Wide(num, den)),
        }
    }

    pub fn is_zero(self) -> bool {
        self.sign() == Ordering::Equal
    }

    /// Whether the value is below zero.
    pub fn is_negative(self) -> bool {
        self.sign() == Ordering::Less
    }

    /// The sign of the value against zero.
    pub fn sign(self) -> Ordering {
        match self.0 {
            Terms::Narrow(num, _) => num.cmp(&0),
            Terms::Wide(num, _) => num.cmp(&ZERO),
        }
    }

    /// `self × factor`, exactly; `None` if even the reduced product does not fit.
    pub fn checked_mul(self, factor: Decimal) -> Option<Ratio> {
        self.times(Ratio::from(factor))
    }

    /// `self × other`, exactly; `None` if even the reduced product does not fit.
    pub fn times(self, other: Ratio) -> Option<Ratio> {
        if let (Terms::Narrow(a, b), Terms::Narrow(c, d)) = (self.0, other.0) {
            if let (Some(num), Some(den)) = (a.checked_mul(c), b.checked_mul(d)) {
                return Some(Ratio(Terms::Narrow(num, den)));
            }
        }
        let ((a, b), (c, d)) = (self.wide(), other.wide());
        let product = |a: Int, b: Int, c: Int, d: Int| Some(Ratio::of_wide(a.checked_mul(c)?, b.checked_mul(d)?));
        product(a, b, c, d).or_else(|| {
            // Cancel across before multiplying: (a/b) × (c/d) = (a/g1 × c/g2) / (b/g2 × d/g1).
            let (g1, g2) = (gcd(a, d), gcd(c, b));
            product(a.checked_div(g1)?, b.checked_div(g2)?, c.checked_div(g2)?, d.checked_div(g1)?)
        })
    }

    /// `self + other`, exactly; `None` if even the reduced sum does not fit.
    pub fn checked_add(self, other: Ratio) -> Option<Ratio> {
        if let (Terms::Narrow(a, b), Terms::Narrow(c, d)) = (self.0, other.0) {
            let sum = || {
                if b == d {
                    return Some(Ratio(Terms::Narrow(a.checked_add(c)?, b)));
                }
                let num = a.checked_mul(d)?.checked_add(c.checked_mul(b)?)?;
                Some(Ratio(Terms::Narrow(num, b.checked_mul(d)?)))
            };
            if let Some(sum) = sum() {
                return Some(sum);
            }
        }
        let sum = |(a, b): (Int, Int), (c, d): (Int, Int)| {
            let num = a.checked_mul(d)?.checked_add(c.checked_mul(b)?)?;
            Some(Ratio::of_wide(num, b.checked_mul(d)?))
        };
        let (x, y) = (self.wide(), other.wide());
        sum(x, y).or_else(|| sum(reduced(x)?, reduced(y)?))
    }

    /// `self − other`, exactly; `None` if even the reduced difference does not fit.
    pub fn checked_sub(self, other: Ratio) -> Option<Ratio> {
        self.checked_add(other.negated()?)
    }

    /// `self ÷ other`, exactly; `None` when `other` is zero or even the reduced quotient does not fit.
    pub fn checked_div(self, other: Ratio) -> Option<Ratio> {
        let reciprocal = match (other.0, other.sign()) {
            (_, Ordering::Equal) => return None,
            (Terms::Narrow(num, den), Ordering::Greater) => Ratio(Terms::Narrow(den, num)),
            (Terms::Narrow(num, den), Ordering::Less) => Ratio(Terms::Narrow(den.checked_neg()?, num.checked_neg()?)),
            (Terms::Wide(num, den), Ordering::Greater) => Ratio::of_wide(den, num),
            (Terms::Wide(num, den), Ordering::Less) => Ratio::of_wide(den.checked_neg()?, num.checked_neg()?),
        };
        self.times(reciprocal)
    }

    /// The value with its sign dropped.
    pub fn abs(self) -> Ratio {
        if self.is_negative() {
            // The numerator of a value built from decimals is far from the most negative integer: never `None`.
            self.negated().unwrap_or(self)
        } else {
            self
        }
    }

    fn negated(self) -> Option<Ratio> {
        Some(match self.0 {
            Terms::Narrow(num, den) => Ratio(Terms::Narrow(num.checked_neg()?, den)),
            Terms::Wide(num, den) => Ratio::of_wide(num.checked_neg()?, den),
        })
    }

    /// Compares two values exactly (by cross-multiplying); `None` only if even the reduced products overflow.
    pub fn cmp_exact(&self, other: &Ratio) -> Option<Ordering> {
        if let (Terms::Narrow(a, b), Terms::Narrow(c, d)) = (self.0, other.0) {
            if let (Some(left), Some(right)) = (a.checked_mul(d), c.checked_mul(b)) {
                return Some(left.cmp(&right));
            }
        }
        let cross = |(a, b): (Int, Int), (c, d): (Int, Int)| Some(a.checked_mul(d)?.cmp(&c.checked_mul(b)?));
        let (x, y) = (self.wide(), other.wide());
        cross(x, y).or_else(|| cross(reduced(x)?, reduced(y)?))
    }

    /// The value rounded to `decimals` places, half away from zero, with exactly that scale (so `2` at 2 places is
    /// `2.00`). `None` when the result does not fit a `Decimal` (28 decimals, 96 bits) or a step overflows.
    pub fn round(self, decimals: u32) -> Option<Decimal> {
        let narrow_result = match self.0 {
            Terms::Narrow(num, den) => rounded_i128(num, den, decimals),
            Terms::Wide(..) => None,
        };
        let rounded = match narrow_result {
            Some(rounded) => rounded,
            None => {
                let terms = self.wide();
                let rounded = rounded_wide(terms, decimals).or_else(|| rounded_wide(reduced(terms)?, decimals))?;
                narrow(&rounded)?
            }
        };
        Decimal::try_from_i128_with_scale(rounded, decimals).ok()
    }

    /// The value rounded up (toward positive infinity) to `decimals` places, with exactly that scale: the least
    /// amount that is not below it (a budget that must be enough). `None` like [`Ratio::round`].
    pub fn round_up(self, decimals: u32) -> Option<Decimal> {
        // The nearest value is the floor or the ceiling; below the value, it is the floor, and one unit more the
        // ceiling.
        let nearest = self.round(decimals)?;
        if Ratio::from(nearest).cmp_exact(&self)?.is_lt() {
            nearest.checked_add(Decimal::new(1, decimals))
        } else {
            Some(nearest)
        }
    }
}

/// `num × 10^decimals ÷ den` (den > 0) rounded half away from zero, in 128 bits; `None` on overflow.
fn rounded_i128(num: i128, den: i128, decimals: u32) -> Option<i128> {
    let numerator = num.checked_mul(10_i128.checked_pow(decimals)?)?;
    let (quotient, remainder) = (numerator.checked_div(den)?, numerator.checked_rem(den)?);
    // Half away from zero: bump the magnitude when the remainder is at least half the (positive) denominator.
    if remainder.unsigned_abs().checked_mul(2)? >= den.unsigned_abs() {
        quotient.checked_add(numerator.signum())
    } else {
        Some(quotient)
    }
}

/// The same, in 256 bits.
fn rounded_wide((num, den): (Int, Int), decimals: u32) -> Option<Int> {
    let numerator = num.checked_mul(TEN.checked_pow(decimals)?)?;
    let (quotient, remainder) = (numerator.checked_div(den)?, numerator.checked_rem(den)?);
    if remainder.checked_abs()?.checked_mul(TWO)? >= den {
        quotient.checked_add(numerator.signum())
    } else {
        Some(quotient)
    }
}

/// The same fraction in lowest terms.
fn reduced((num, den): (Int, Int)) -> Option<(Int, Int)> {
    let g = gcd(num, den);
    Some((num.checked_div(g)?, den.checked_div(g)?))
}

/// `value` in 256 bits: its little-endian bytes, sign-extended.
fn wide(value: i128) -> Int {
    let mut bytes = if value < 0 { [0xFF; 32] } else { [0; 32] };
    for (to, from) in bytes.iter_mut().zip(value.to_le_bytes()) {
        *to = from;
    }
    Int::from_bytes(bytes)
}

/// `value` in 128 bits, when it fits.
fn narrow(value: &Int) -> Option<i128> {
    let (low, high) = value.as_bytes().split_at(16);
    let low = i128::from_le_bytes(low.try_into().ok()?);
    let fill = if low < 0 { 0xFF } else { 0 };
    high.iter().all(|&b| b == fill).then_some(low)
}

/// The greatest common divisor of `a` and `b` (positive; 1 when both are zero, so that dividing by it is harmless).
fn gcd(a: Int, b: Int) -> Int {
    let (mut a, mut b) = (a.checked_abs().unwrap_or(ONE), b.checked_abs().unwrap_or(ONE));
    while !b.is_zero() {
        // b is not zero, so the remainder exists.
        let r = a.checked_rem(b).unwrap_or(ZERO);
        a = b;
        b = r;
    }
    if a.is_zero() {
        ONE
    } else {
        a
    }
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
        assert_eq!(r("1", "2").checked_div(Ratio::from(Decimal::ZERO)), None);
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
        assert_eq!(r("79228162514264337593543950335", "1").round(28), None, "beyond a Decimal's 96 bits");
        assert_eq!(r("1", "3").round(29), None, "beyond a Decimal's 28 decimals");
    }

    #[test]
    fn exact_difference() {
        assert_eq!(r("10", "1").checked_sub(r("5", "2")).unwrap().round(2), Some(d("7.50")));
        assert_eq!(r("1", "3").checked_sub(r("1", "2")).unwrap().round(4), Some(d("-0.1667")));
        assert_eq!(r("-3", "4").abs().round(2), Some(d("0.75")));
        assert_eq!(r("1", "3").checked_add(r("1", "6")).unwrap().round(2), Some(d("0.50")));
    }

    #[test]
    fn exact_comparison() {
        assert_eq!(r("1", "3").checked_mul(d("3")).unwrap().cmp_exact(&Ratio::from(d("1"))), Some(Ordering::Equal));
        assert_eq!(r("1", "2").cmp_exact(&r("2", "4")), Some(Ordering::Equal));
        assert_ne!(r("1", "2"), r("2", "4"), "equality is of the representation");
        assert_eq!(r("1", "3").cmp_exact(&r("1", "2")), Some(Ordering::Less));
        assert_eq!(r("-1", "3").sign(), Ordering::Less);
    }

    #[test]
    fn products_beyond_28_digits_stay_exact() {
        // A Decimal product of these rounds at 28 significant digits; the fraction keeps every digit.
        let big = r("999999999999.99", "1");
        let product = big.checked_mul(d("999999999999.99")).unwrap().checked_mul(d("999999999999.99")).unwrap();
        let back = product.checked_div(big).unwrap().checked_div(big).unwrap();
        assert_eq!(back.cmp_exact(&big), Some(Ordering::Equal));
        assert_eq!(back.round(2), Some(d("999999999999.99")));
    }

    #[test]
    fn overflow_reduces_before_giving_up() {
        // 10^60 / 10^60 overflows when cross-multiplied unreduced, and is 1 in lowest terms.
        let huge = (0..5).fold(Ratio::from(d("1")), |acc, _| acc.checked_mul(d("1000000000000")).unwrap());
        let one = huge.checked_div(huge).unwrap();
        assert_eq!(one.round(2), Some(d("1.00")));
        assert_eq!(huge.checked_mul(d("1000000000000")).and_then(|v| v.times(huge)), None, "10^132 does not fit");
    }
}
