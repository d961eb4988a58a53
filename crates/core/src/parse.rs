//! Parsing what people type into a money or a count field.
//!
//! # The rule for `,` and `.`
//! People type `1,234.50` (English), `1.234,50` (German), `1 234,50` (French), `1'234.50` (Swiss) and `$100`.
//! One rule reads them all, without knowing the user's locale:
//!
//! 1. Spaces (also no-break and thin spaces) and apostrophes inside a number are always thousands separators.
//! 2. If both `,` and `.` appear, the one that appears **last** is the decimal separator (`1,234.50`, `1.234,50`).
//! 3. If only one of them appears, more than once, it separates thousands (`1,234,567`, `50.000.000`).
//! 4. If only one of them appears, once, it separates thousands when it has exactly three digits after it and one
//!    to three digits before it, not starting with `0` (`1,234` = 1234, `50.000` = 50000), and no space or
//!    apostrophe grouping is present. Otherwise it is the decimal separator (`1,5` = 1.5, `0.125`, `1 234,5`).
//! 5. Thousands groups must have three digits (`1,23,4` is refused, so is `1,234,5`).
//!
//! Rule 4 is the only guess: `1,234` and `1.234` both mean one thousand two hundred and thirty-four, because in a
//! money field three decimals would be refused anyway and counts have no decimals.
//!
//! Also accepted: a currency symbol or code before or after the number (`$100`, `100 €`, `EUR 100`, `R$ 50`,
//! `Rp. 1.500.000`, `1.500.000 đ`, `150万円`), surrounding spaces, `,-` for "no cents" (`Rp 1.500.000,-`,
//! `100,–`), full-width digits, separators and letters (`１，５００`, `１．５ｋ`), Arabic-Indic and Eastern Arabic
//! digits (`١٥٠٠`, `۱۵۰۰`), with the Arabic separators `٫` (always decimal) and `٬` (always thousands): `١٬٢٣٤٫٥`
//! is 1234.5 and `١٫٢٣٤` is 1.234. Direction marks and zero-width characters that copied text carries (U+200E,
//! U+200F, U+061C, the isolates) are ignored. Nothing is rounded: a value with more decimals than allowed is an
//! error, not a rounded number.
//!
//! # Words for thousand, million, billion
//! A word or letter after the number multiplies it (`50k`, `1,5 jt`, `2 millones`): the separators are read first,
//! by the rule above, so `1,5 jt` is 1.5 million. Which words, in any ASCII letter case and with or without their
//! accents (`WORDS` in the source lists them):
//!
//! 1. A word that means one number in every language is read on every page: `k` and `MM` (thousand, million),
//!    Indonesian `rb`/`ribu`, `jt`/`juta`, `miliar`/`milyar`, `triliun`; Vietnamese `nghìn`/`ngàn`, `tr`/`triệu`,
//!    `tỷ`/`tỉ`; Spanish `millón`/`millones`, `mil millones`; Portuguese `mi`, `milhão`/`milhões`, `bi`,
//!    `bilhão`/`bilhões`; Japanese `千`, `万` (10^4), `億` (10^8), `兆` (10^12), which add up largest first
//!    as Japanese writes them (`1億5000万`, `3千万`); Arabic `ألف`, `مليون`, `مليار`.
//! 2. A suffix that means different numbers in different languages is read by the page's language, a [`Reading`]:
//!    `M` is a million in English and Spanish but a *miliar* (10^9) in Indonesian; `B` is a billion in English but
//!    close to a *billón* (10^12) in Spanish; `mil` is a thousand in Spanish and Portuguese but often a million in
//!    English speech.
//! 3. Where the page's language gives such a suffix no one meaning, it is refused ([`ParseError::UnclearSuffix`])
//!    rather than guessed: `M` in Portuguese (Brazilian accounts write `M` for *mil*), Vietnamese, Japanese and
//!    Arabic; `B` in every language but English; `mil` in English, Indonesian, Vietnamese, Japanese and Arabic.
//!
//! | suffix | English | Spanish | Portuguese | Indonesian | Vietnamese, Japanese, Arabic |
//! |--------|---------|---------|------------|------------|------------------------------|
//! | `M`    | 10^6    | 10^6    | refused    | 10^9       | refused                      |
//! | `B`    | 10^9    | refused | refused    | refused    | refused                      |
//! | `mil`  | refused | 10^3    | 10^3       | refused    | refused                      |
//!
//! The app echoes what an accepted amount was read as under its field (`= Rp 1.500.000.000`), so no reading is
//! silent.

use std::fmt;

use rust_decimal::Decimal;

use crate::l10n::{Lang, Msg};
use crate::Currency;

/// The largest amount of money a field accepts: 10^12 (a trillion).
pub const MAX_MONEY: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 10^12
/// The largest count a field accepts: 10^13.
pub const MAX_COUNT: u64 = 10_000_000_000_000;
/// The most days a budget schedule or an offer window may have: ten years.
pub const MAX_DAYS: u32 = 3650;

/// Why a field's text is not a valid value, in words a person understands (see its `Display`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing but spaces.
    Empty,
    /// Letters or symbols that are not part of a number.
    NotANumber,
    /// Thousands separators in the wrong places, e.g. `1,23,4` or two decimal separators.
    Separators,
    /// A minus sign: amounts and counts cannot be negative.
    Negative,
    /// A count (impressions, clicks, conversions) with a fractional part.
    FractionInCount,
    /// More decimals than the currency has minor units.
    TooManyDecimals(Currency),
    /// Above [`MAX_MONEY`].
    MoneyTooLarge,
    /// Above [`MAX_COUNT`].
    CountTooLarge,
    /// A number of days above [`MAX_DAYS`].
    DaysTooLarge,
    /// A percentage above 100 or with more than 2 decimals.
    Percent,
    /// A required date left empty.
    NoDate,
    /// Not a date as `YYYY-MM-DD`, or a day that does not exist.
    NotADate,
    /// An expiry date on or before the date the credit was received.
    ExpiresBeforeReceived,
    /// A multiple (ROAS) above 1,000 or with more than 2 decimals.
    Multiple,
    /// A suffix that means different numbers in different languages and has no one meaning in the page's
    /// language (`1.5M` on a Portuguese page, `2 mil` on an English one): the suffix as the module documentation
    /// spells it, `M`, `B` or `mil`.
    UnclearSuffix(&'static str),
}

impl ParseError {
    /// The words, in the page's language, with their example numbers written by `number` (the page's format of a
    /// number already rounded for display: "1,234.50" in English, "1.234,50" in Brazilian Portuguese).
    pub fn words(&self, number: impl Fn(Decimal) -> String) -> String {
        let n = |mantissa: i64, scale: u32| number(Decimal::new(mantissa, scale));
        match self {
            ParseError::Empty => Msg::ParseEmpty.text().to_owned(),
            ParseError::NotANumber => Msg::ParseNotANumber.fill(&[&n(123_450, 2)]),
            ParseError::Separators => {
                // The page's way first, then the other way round: both read.
                let ours = n(123_456_750, 2);
                let theirs: String = ours
                    .chars()
                    .map(|c| match c {
                        ',' => '.',
                        '.' => ',',
                        other => other,
                    })
                    .collect();
                Msg::ParseSeparators.fill(&[&ours, &theirs])
            }
            ParseError::Negative => Msg::ParseNegative.text().to_owned(),
            ParseError::FractionInCount => Msg::ParseFractionInCount.text().to_owned(),
            ParseError::TooManyDecimals(c) => match c.minor_units() {
                0 => Msg::ParseNoDecimals.fill(&[c.code()]),
                units => {
                    let plural = crate::l10n::Plural::of(crate::l10n::current().lang(), Decimal::from(units));
                    Msg::ParseDecimals.count(plural, &[c.code(), &units.to_string()])
                }
            },
            ParseError::MoneyTooLarge => Msg::ParseMoneyTooLarge.fill(&[&number(MAX_MONEY)]),
            ParseError::CountTooLarge => Msg::ParseCountTooLarge.fill(&[&number(Decimal::from(MAX_COUNT))]),
            ParseError::DaysTooLarge => Msg::ParseDaysTooLarge.fill(&[&number(Decimal::from(MAX_DAYS))]),
            ParseError::Percent => Msg::ParsePercent.fill(&[&n(60, 0), &n(625, 1)]),
            ParseError::NoDate => Msg::ParseNoDate.text().to_owned(),
            ParseError::NotADate => Msg::ParseNotADate.fill(&["2026-12-31"]),
            ParseError::ExpiresBeforeReceived => Msg::ParseExpiresBeforeReceived.text().to_owned(),
            ParseError::Multiple => Msg::ParseMultiple.fill(&[&n(1000, 0), &n(25, 1)]),
            ParseError::UnclearSuffix(suffix) => Msg::ParseUnclearSuffix.fill(&[suffix, &n(1_500_000, 0)]),
        }
    }
}

/// The words with English numbers ("1,234.50"): logs, and tests that need no page.
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(crate::display::grouped))
    }
}

impl std::error::Error for ParseError {}

/// The page's language, for the few suffixes whose meaning depends on it (see the module documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reading {
    /// `m` million, `b` billion, `mil` refused. What [`parse_money`] and [`parse_count`] read.
    #[default]
    English,
    /// Latin American Spanish: `m` million, `mil` thousand, `b` refused (a *billón* is 10^12).
    Spanish,
    /// Brazilian Portuguese: `mil` thousand, `m` and `b` refused (write `mi`, `bi`).
    Portuguese,
    /// `m` *miliar* (10^9), `b` and `mil` refused.
    Indonesian,
    /// `m`, `b` and `mil` refused.
    Vietnamese,
    /// `m`, `b` and `mil` refused.
    Japanese,
    /// `m`, `b` and `mil` refused.
    Arabic,
}

impl Reading {
    /// How the page's language reads what is typed.
    pub fn of_page() -> Reading {
        match crate::l10n::current().lang() {
            Lang::En => Reading::English,
            Lang::Es => Reading::Spanish,
            Lang::PtBr => Reading::Portuguese,
            Lang::Id => Reading::Indonesian,
            Lang::Vi => Reading::Vietnamese,
            Lang::Ja => Reading::Japanese,
            Lang::Ar => Reading::Arabic,
        }
    }

    pub const ALL: [Reading; 7] = [
        Reading::English,
        Reading::Spanish,
        Reading::Portuguese,
        Reading::Indonesian,
        Reading::Vietnamese,
        Reading::Japanese,
        Reading::Arabic,
    ];
}

/// Parses an amount of money in `currency`: exact, never negative, at most the currency's minor units, at most
/// [`MAX_MONEY`]. The English reading of [`parse_money_in`].
pub fn parse_money(text: &str, currency: Currency) -> Result<Decimal, ParseError> {
    parse_money_in(text, currency, Reading::English)
}

/// [`parse_money`] on a page in another language: `reading` decides the suffixes whose meaning depends on it.
pub fn parse_money_in(text: &str, currency: Currency, reading: Reading) -> Result<Decimal, ParseError> {
    let value = parse_number(text, reading).map_err(|e| match e {
        ParseError::CountTooLarge => ParseError::MoneyTooLarge,
        ParseError::TooManyDecimals(_) => ParseError::TooManyDecimals(currency),
        other => other,
    })?;
    check_money(value, currency)
}

/// The rules every amount of money obeys, however it arrived (typed, stored, in a link): not negative, at most
/// [`MAX_MONEY`], at most the currency's minor units.
pub fn check_money(value: Decimal, currency: Currency) -> Result<Decimal, ParseError> {
    if value.is_sign_negative() {
        return Err(ParseError::Negative);
    }
    if value > MAX_MONEY {
        return Err(ParseError::MoneyTooLarge);
    }
    if value.normalize().scale() > currency.minor_units() {
        return Err(ParseError::TooManyDecimals(currency));
    }
    Ok(value)
}

/// Parses a count (impressions, clicks, conversions): a whole number, never negative, at most [`MAX_COUNT`]. The
/// English reading of [`parse_count_in`].
pub fn parse_count(text: &str) -> Result<u64, ParseError> {
    parse_count_in(text, Reading::English)
}

/// [`parse_count`] on a page in another language: `reading` decides the suffixes whose meaning depends on it.
pub fn parse_count_in(text: &str, reading: Reading) -> Result<u64, ParseError> {
    let value = parse_number(text, reading).map_err(|e| match e {
        ParseError::TooManyDecimals(_) => ParseError::FractionInCount,
        other => other,
    })?;
    if value > Decimal::from(MAX_COUNT) {
        return Err(ParseError::CountTooLarge);
    }
    if !value.fract().is_zero() {
        return Err(ParseError::FractionInCount);
    }
    // The value is whole and within 0..=MAX_COUNT, so it fits a u64; the fallback is never taken.
    u64::try_from(value).map_err(|_| ParseError::CountTooLarge)
}

/// Parses a number of days: a whole number from 0 to [`MAX_DAYS`].
pub fn parse_days(text: &str) -> Result<u32, ParseError> {
    let days = parse_count(text)?;
    check_days(days)
}

/// The rule every number of days obeys, however it arrived.
pub fn check_days(days: u64) -> Result<u32, ParseError> {
    u32::try_from(days).ok().filter(|&d| d <= MAX_DAYS).ok_or(ParseError::DaysTooLarge)
}

/// Parses a percentage from 0 to 100 with at most 2 decimals; a trailing `%` is allowed. Returns the percentage
/// (`60` for "60 %"), not the fraction.
pub fn parse_percent(text: &str) -> Result<Decimal, ParseError> {
    let text = clean(text);
    let text = text.trim();
    let number = text.strip_suffix(['%', '٪']).unwrap_or(text);
    let value = parse_number(number, Reading::English).map_err(|e| match e {
        ParseError::TooManyDecimals(_) | ParseError::CountTooLarge => ParseError::Percent,
        other => other,
    })?;
    check_percent(value)
}

/// The most a multiple (a ROAS) may be.
pub const MAX_MULTIPLE: Decimal = Decimal::ONE_THOUSAND;

/// Parses a multiple such as a ROAS (`2.5`, `2,5`, `2.5x`, `2.5×`): from 0 to 1,000 with at most 2 decimals.
pub fn parse_multiple(text: &str) -> Result<Decimal, ParseError> {
    let text = text.trim();
    let number = text.strip_suffix(['x', 'X', '×']).unwrap_or(text);
    let value = parse_number(number, Reading::English).map_err(|e| match e {
        ParseError::TooManyDecimals(_) | ParseError::CountTooLarge => ParseError::Multiple,
        other => other,
    })?;
    check_multiple(value)
}

/// The rule every multiple obeys, however it arrived.
pub fn check_multiple(value: Decimal) -> Result<Decimal, ParseError> {
    if value.is_sign_negative() {
        return Err(ParseError::Negative);
    }
    if value > MAX_MULTIPLE || value.normalize().scale() > 2 {
        return Err(ParseError::Multiple);
    }
    Ok(value)
}

/// The rule every percentage obeys, however it arrived.
pub fn check_percent(value: Decimal) -> Result<Decimal, ParseError> {
    if value.is_sign_negative() {
        return Err(ParseError::Negative);
    }
    if value > Decimal::ONE_HUNDRED || value.normalize().scale() > 2 {
        return Err(ParseError::Percent);
    }
    Ok(value)
}

/// Currency symbols and prefixes accepted before or after a number, longest first so `US$` wins over `$`.
const SYMBOLS: [&str; 22] = [
    "US$", "CA$", "AU$", "MX$", "R$", "A$", "C$", "Rp.", "Rp", "$", "€", "£", "¥", "￥", "円", "₩", "₫", "VNĐ", "vnđ",
    "đồng", "đ", "฿",
];

/// The currency a sign typed with an amount stands for: `Some` with the currencies it may mean (`$` several, `€`
/// one) when the text carries a symbol or an ISO code, `None` when it carries none.
pub fn currency_sign(text: &str) -> Option<(&'static str, &'static [Currency])> {
    use Currency::*;
    let text = clean(text);
    let mut negative = false;
    let rest = strip_sign(&text, &mut negative);
    for symbol in SYMBOLS {
        if rest.starts_with(symbol) || rest.ends_with(symbol) {
            let meant: &'static [Currency] = match symbol {
                "US$" => &[Usd],
                "CA$" | "C$" => &[Cad],
                "AU$" | "A$" => &[Aud],
                "MX$" => &[Mxn],
                "R$" => &[Brl],
                "Rp" | "Rp." => &[Idr],
                "$" => &[Usd, Cad, Aud, Mxn],
                "€" => &[Eur],
                "£" => &[Gbp],
                "₩" => &[Krw],
                "₫" | "VNĐ" | "vnđ" | "đồng" | "đ" => &[Vnd],
                "฿" => &[Thb],
                _ => &[Jpy],
            };
            return Some((symbol, meant));
        }
    }
    static CODES: [Currency; 12] = Currency::ALL;
    CODES.iter().find_map(|c| {
        let code = c.code();
        let found = strip_prefix_ignore_case(rest, code).or_else(|| strip_suffix_ignore_case(rest, code)).is_some();
        found.then_some((code, std::slice::from_ref(c)))
    })
}

/// More digits than any accepted value has: longer input is refused before any arithmetic.
const MAX_DIGITS: usize = 28;

/// Parses a non-negative number exactly, by the rules in the module documentation.
///
/// Too many digits are reported as [`ParseError::CountTooLarge`] and [`ParseError::TooManyDecimals`] (for USD);
/// the public functions restate them for their field.
fn parse_number(text: &str, reading: Reading) -> Result<Decimal, ParseError> {
    let arabic = text.contains(['٫', '٬']);
    let text = clean(text);
    let mut rest = text.trim();
    if rest.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut negative = false;
    // A sign may stand outside or inside a currency symbol: `-$5`, `$-5`, `5-`.
    for _ in 0..2 {
        rest = strip_no_cents(rest);
        rest = strip_sign(rest, &mut negative);
        rest = strip_currency(rest);
    }
    let value = read_units(rest, reading, arabic)?;
    if negative && !value.is_zero() {
        return Err(ParseError::Negative);
    }
    Ok(value)
}

/// The text with what copied text carries and no one sees dropped (direction marks, zero-width spaces, decomposed
/// accents: `o` + U+0301 reads as `o`), and digits and separators folded to ASCII.
fn clean(text: &str) -> String {
    let invisible = |c: &char| {
        matches!(c, '\u{300}'..='\u{36f}' | '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}')
            || matches!(c, '\u{2066}'..='\u{2069}' | '\u{feff}')
    };
    text.chars().filter(|c| !invisible(c)).map(fold_width).collect()
}

/// The number with its words: Japanese large units add up, largest first (`1億5000万` is 1億 + 5000万, `3千万`
/// is 3千 × 万, `1万5千` is 1万 + 5千); any other word multiplies the number before it.
fn read_units(text: &str, reading: Reading, arabic: bool) -> Result<Decimal, ParseError> {
    let mut total = Decimal::ZERO;
    let mut rest = text;
    let mut below = u64::MAX;
    loop {
        let (head, factor, tail) = match rest.char_indices().find(|&(_, c)| matches!(c, '兆' | '億' | '万')) {
            Some((at, unit)) => {
                let (head, tail) = rest.split_at_checked(at).ok_or(ParseError::NotANumber)?;
                let mut tail = tail.chars();
                tail.next();
                let factor: u64 = match unit {
                    '兆' => 1_000_000_000_000,
                    '億' => 100_000_000,
                    _ => 10_000,
                };
                (head, factor, tail.as_str())
            }
            // Nothing after the last unit (`150万`).
            None if below < u64::MAX && rest.trim().is_empty() => break,
            // The ones after the last unit (`1万5000`), or a number without units.
            None => (rest, 1, ""),
        };
        if factor >= below {
            return Err(ParseError::NotANumber);
        }
        below = factor;
        let (number, times) = strip_multiplier(head.trim(), reading)?;
        let times = times.checked_mul(factor).ok_or(ParseError::CountTooLarge)?;
        let part = Numeral::read(number.trim(), arabic)?.to_decimal(times)?;
        total = total.checked_add(part).ok_or(ParseError::CountTooLarge)?;
        rest = tail;
        if factor == 1 {
            break;
        }
    }
    Ok(total.normalize())
}

/// Folds full-width ASCII (digits, separators, letters and signs typed with East Asian input methods), Arabic-Indic
/// and Eastern Arabic digits, and the Arabic separators (`٫` decimal, `٬` thousands) to ASCII.
fn fold_width(c: char) -> char {
    let shift = |by: u32| char::from_u32(u32::from(c).wrapping_sub(by)).unwrap_or(c);
    match c {
        '\u{ff01}'..='\u{ff5e}' => shift(0xFEE0),
        '٠'..='٩' => shift(0x0630),
        '۰'..='۹' => shift(0x06C0),
        '٫' => '.',
        '٬' => ',',
        '−' | '–' | '—' => '-',
        _ => c,
    }
}

/// `,-` or `.-` after the digits means "no cents" (`Rp 1.500.000,-`, `100,–`, `Fr. 5.-`): not a minus sign.
fn strip_no_cents(text: &str) -> &str {
    let text = text.trim();
    match text.strip_suffix(",-").or_else(|| text.strip_suffix(".-")) {
        Some(rest) if rest.ends_with(|c: char| c.is_ascii_digit()) => rest,
        _ => text,
    }
}

fn strip_sign<'a>(text: &'a str, negative: &mut bool) -> &'a str {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('-').or_else(|| text.strip_suffix('-')) {
        *negative = true;
        rest.trim()
    } else {
        text.strip_prefix('+').unwrap_or(text).trim()
    }
}

fn strip_currency(text: &str) -> &str {
    let text = text.trim();
    for symbol in SYMBOLS {
        if let Some(rest) = text.strip_prefix(symbol).or_else(|| text.strip_suffix(symbol)) {
            return rest.trim();
        }
    }
    for currency in Currency::ALL {
        let code = currency.code();
        if let Some(rest) = strip_prefix_ignore_case(text, code).or_else(|| strip_suffix_ignore_case(text, code)) {
            return rest.trim();
        }
    }
    text
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| text.get(prefix.len()..)).flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let split = text.len().checked_sub(suffix.len())?;
    let tail = text.get(split..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| text.get(..split)).flatten()
}

/// What a word after a number stands for.
#[derive(Clone, Copy)]
enum Means {
    /// The same factor on every page.
    Times(u64),
    /// `m`: million in English and Spanish, *miliar* in Indonesian.
    M,
    /// `b`: billion in English.
    B,
    /// `mil`: thousand in Spanish and Portuguese.
    Mil,
}

impl Means {
    fn factor(self, reading: Reading) -> Result<u64, ParseError> {
        use Reading::*;
        match (self, reading) {
            (Means::Times(factor), _) => Ok(factor),
            (Means::M, English | Spanish) => Ok(1_000_000),
            (Means::M, Indonesian) => Ok(1_000_000_000),
            (Means::B, English) => Ok(1_000_000_000),
            (Means::Mil, Spanish | Portuguese) => Ok(1_000),
            (Means::M, _) => Err(ParseError::UnclearSuffix("M")),
            (Means::B, _) => Err(ParseError::UnclearSuffix("B")),
            (Means::Mil, _) => Err(ParseError::UnclearSuffix("mil")),
        }
    }
}

/// The words accepted after a number (rule 1 of the module documentation, and the three of rule 2), in any letter
/// case for ASCII letters. Accents may be left out (`milhoes`, `trieu`): combining accents are dropped before
/// reading, so decomposed text matches too. (Japanese 万, 億 and 兆 are read by `read_units`.)
#[rustfmt::skip]
const WORDS: [(Means, &[&str]); 7] = [
    (Means::Times(1_000), &["k", "rb", "ribu", "nghìn", "nghin", "ngàn", "ngan", "千", "ألف", "الف", "آلاف"]),
    (Means::Times(1_000_000), &[
        "mm", "millón", "millon", "millones", "mi", "milhão", "milhao", "milhões", "milhoes", "jt", "juta", "tr",
        "triệu", "trieu", "مليون", "ملايين",
    ]),
    (Means::Times(1_000_000_000), &[
        "mil millones", "mil milhões", "mil milhoes", "bi", "bilhão", "bilhao", "bilhões", "bilhoes", "miliar",
        "milyar", "tỷ", "tỉ", "ty", "ti", "مليار", "مليارات",
    ]),
    (Means::Times(1_000_000_000_000), &["triliun"]),
    (Means::M, &["m"]),
    (Means::B, &["b"]),
    (Means::Mil, &["mil"]),
];

/// Strips the longest word of [`WORDS`] that follows a digit or a separator; returns the factor it stands for.
fn strip_multiplier(text: &str, reading: Reading) -> Result<(&str, u64), ParseError> {
    let mut found: Option<(&str, &str, Means)> = None;
    for (means, word) in WORDS.iter().flat_map(|&(means, words)| words.iter().map(move |&w| (means, w))) {
        let Some(rest) = strip_suffix_ignore_case(text, word) else { continue };
        let rest = rest.trim_end();
        let after_number = rest.ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if after_number && found.is_none_or(|(longest, ..)| longest.len() < word.len()) {
            found = Some((word, rest, means));
        }
    }
    match found {
        Some((_, rest, means)) => Ok((rest, means.factor(reading)?)),
        None => Ok((text, 1)),
    }
}

fn is_space_group(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// A number's digits split at its decimal separator, thousands separators removed and checked.
#[derive(Debug)]
struct Numeral<'a> {
    /// Digits before the decimal separator, with group separators still inside.
    integer: &'a str,
    /// Digits after it (possibly empty).
    fraction: &'a str,
}

impl<'a> Numeral<'a> {
    /// `arabic`: the text had `٫` or `٬`, now `.` and `,`: the dot is then the decimal separator, known, not guessed.
    fn read(text: &'a str, arabic: bool) -> Result<Self, ParseError> {
        if !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space_group(c)) {
            return Err(ParseError::NotANumber);
        }
        if !text.chars().any(|c| c.is_ascii_digit()) {
            return Err(ParseError::NotANumber);
        }
        let dots = text.matches('.').count();
        let commas = text.matches(',').count();
        let decimal = match (dots, commas) {
            _ if arabic && dots > 1 => return Err(ParseError::Separators),
            _ if arabic => (dots == 1).then_some('.'),
            (0, 0) => None,
            (_, 0) if dots > 1 => None,
            (0, _) if commas > 1 => None,
            (1, 0) | (0, 1) => {
                let sep = if dots == 1 { '.' } else { ',' };
                single_separator_is_decimal(text, sep).then_some(sep)
            }
            _ => {
                // Both appear: the last one is the decimal separator, and it may appear only once.
                let last = text.chars().rev().find(|&c| c == '.' || c == ',');
                match last {
                    Some('.') if dots == 1 => Some('.'),
                    Some(',') if commas == 1 => Some(','),
                    _ => return Err(ParseError::Separators),
                }
            }
        };
        let (integer, fraction) = match decimal.and_then(|sep| text.split_once(sep)) {
            Some((integer, fraction)) => (integer, fraction),
            None => (text, ""),
        };
        if !fraction.chars().all(|c| c.is_ascii_digit()) {
            return Err(ParseError::Separators);
        }
        check_groups(integer)?;
        Ok(Numeral { integer, fraction })
    }

    /// The exact value times `factor`.
    fn to_decimal(&self, factor: u64) -> Result<Decimal, ParseError> {
        let integer: String = self.integer.chars().filter(char::is_ascii_digit).collect();
        let integer = integer.trim_start_matches('0');
        let fraction = self.fraction.trim_end_matches('0');
        if integer.len() > 16 {
            return Err(ParseError::CountTooLarge);
        }
        if fraction.len() > MAX_DIGITS.saturating_sub(integer.len()) {
            return Err(ParseError::TooManyDecimals(Currency::default()));
        }
        let digits = format!("{}{}", if integer.is_empty() { "0" } else { integer }, fraction);
        let scale = u32::try_from(fraction.len()).map_err(|_| ParseError::NotANumber)?;
        let mantissa: i128 = digits.parse().map_err(|_| ParseError::NotANumber)?;
        let value = Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| ParseError::NotANumber)?;
        value.checked_mul(Decimal::from(factor)).map(|v| v.normalize()).ok_or(ParseError::CountTooLarge)
    }
}

/// Rule 4 of the module documentation: a lone `,` or `.` is a decimal separator unless it looks like `1,234`.
fn single_separator_is_decimal(text: &str, sep: char) -> bool {
    if text.contains(is_space_group) {
        return true;
    }
    let Some((before, after)) = text.split_once(sep) else { return true };
    let groups_thousands =
        after.len() == 3 && (1..=3).contains(&before.len()) && !before.starts_with('0') && !before.is_empty();
    !groups_thousands
}

/// Thousands groups: the first has one to three digits, every later one exactly three.
fn check_groups(integer: &str) -> Result<(), ParseError> {
    let mut groups = integer.split(|c: char| c == '.' || c == ',' || is_space_group(c));
    let first = groups.next().unwrap_or_default();
    let mut grouped = false;
    for group in groups {
        grouped = true;
        if group.len() != 3 {
            return Err(ParseError::Separators);
        }
    }
    if grouped && !(1..=3).contains(&first.len()) {
        return Err(ParseError::Separators);
    }
    Ok(())
}
