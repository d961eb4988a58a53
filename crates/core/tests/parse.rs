//! Table tests of the parser: what people type, the ambiguous separators, and every error with its message.
//! (The rule itself is documented in `src/parse.rs`.)

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used)]

use adcredit_core::parse::{
    parse_count, parse_count_in, parse_money, parse_money_in, ParseError, Reading, MAX_COUNT, MAX_MONEY,
};
use adcredit_core::{Currency, Decimal};
use ParseError::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn usd(s: &str) -> Result<Decimal, ParseError> {
    parse_money(s, Currency::Usd)
}

#[test]
fn max_money_is_a_trillion() {
    assert_eq!(MAX_MONEY, Decimal::from(1_000_000_000_000_u64));
}

#[test]
fn money_as_people_type_it() {
    assert_eq!(usd("100"), Ok(d("100")));
    assert_eq!(usd("100.5"), Ok(d("100.5")));
    assert_eq!(usd("$1,234.50"), Ok(d("1234.50")));
    assert_eq!(usd("1 234,50"), Ok(d("1234.50")));
    assert_eq!(usd("1.234,50"), Ok(d("1234.50")));
    assert_eq!(usd("1,234.50"), Ok(d("1234.50")));
    assert_eq!(usd("€100"), Ok(d("100")));
    assert_eq!(usd("  100 "), Ok(d("100")));
    assert_eq!(usd("100 €"), Ok(d("100")));
    assert_eq!(usd("EUR 100"), Ok(d("100")));
    assert_eq!(usd("100usd"), Ok(d("100")));
    assert_eq!(usd("US$ 100"), Ok(d("100")));
    assert_eq!(usd("R$ 50,25"), Ok(d("50.25")));
    assert_eq!(usd("1'234.50"), Ok(d("1234.50")));
    assert_eq!(usd("1\u{a0}234,50"), Ok(d("1234.50")));
    assert_eq!(usd("1\u{202f}234,50"), Ok(d("1234.50")));
    assert_eq!(usd("１００"), Ok(d("100")));
    assert_eq!(usd(".5"), Ok(d("0.5")));
    assert_eq!(usd("5."), Ok(d("5")));
    assert_eq!(usd("0"), Ok(d("0")));
    assert_eq!(usd("0.10"), Ok(d("0.1")));
    assert_eq!(usd("0.100"), Ok(d("0.1")));
    assert_eq!(usd("$1.5k"), Ok(d("1500")));
    assert_eq!(usd("+100"), Ok(d("100")));
    assert_eq!(usd("1,000,000,000,000"), Ok(MAX_MONEY));
}

#[test]
fn a_dash_after_the_separator_means_no_cents() {
    assert_eq!(parse_money("Rp 1.500.000,-", Currency::Idr), Ok(d("1500000")));
    assert_eq!(parse_money("1.500.000,- Rp", Currency::Idr), Ok(d("1500000")));
    assert_eq!(usd("100,–"), Ok(d("100")));
    assert_eq!(usd("100,—"), Ok(d("100")));
    assert_eq!(usd("5.-"), Ok(d("5")));
    assert_eq!(usd("-5,-"), Err(Negative));
    assert_eq!(usd("5-"), Err(Negative), "a dash right after the digits is still a minus");
    assert_eq!(usd(",-"), Err(NotANumber));
}

#[test]
fn ambiguous_separators() {
    assert_eq!(usd("1,234"), Ok(d("1234")), "three digits after a lone comma: thousands");
    assert_eq!(usd("1.234"), Ok(d("1234")), "three digits after a lone dot: thousands");
    assert_eq!(usd("100.500"), Ok(d("100500")));
    assert_eq!(usd("1,5"), Ok(d("1.5")), "one digit after: decimal");
    assert_eq!(usd("12,34"), Ok(d("12.34")), "two digits after: decimal");
    assert_eq!(usd("0,125"), Err(TooManyDecimals(Currency::Usd)), "leading zero: decimal");
    assert_eq!(usd("1234,567"), Err(TooManyDecimals(Currency::Usd)), "four digits before: decimal");
    assert_eq!(usd("1 234,567"), Err(TooManyDecimals(Currency::Usd)), "space grouping: the comma is decimal");
    assert_eq!(usd(",500"), Ok(d("0.5")), "nothing before: decimal");
    assert_eq!(parse_money("1,234", Currency::Jpy), Ok(d("1234")));
    assert_eq!(parse_money("1.234", Currency::Jpy), Ok(d("1234")));
}

#[test]
fn counts_as_people_type_them() {
    assert_eq!(parse_count("50000"), Ok(50_000));
    assert_eq!(parse_count("50,000"), Ok(50_000));
    assert_eq!(parse_count("50 000"), Ok(50_000));
    assert_eq!(parse_count("50.000"), Ok(50_000));
    assert_eq!(parse_count("50k"), Ok(50_000));
    assert_eq!(parse_count("50 K"), Ok(50_000));
    assert_eq!(parse_count("1.2M"), Ok(1_200_000));
    assert_eq!(parse_count("1,2m"), Ok(1_200_000));
    assert_eq!(parse_count("2b"), Ok(2_000_000_000));
    assert_eq!(parse_count("1,234,567"), Ok(1_234_567));
    assert_eq!(parse_count("2.0"), Ok(2));
    assert_eq!(parse_count("0"), Ok(0));
    assert_eq!(parse_count("10,000,000,000,000"), Ok(MAX_COUNT));
}

#[test]
fn errors() {
    assert_eq!(usd(""), Err(Empty));
    assert_eq!(usd("   "), Err(Empty));
    assert_eq!(usd("abc"), Err(NotANumber));
    assert_eq!(usd("$"), Err(NotANumber));
    assert_eq!(usd("k"), Err(NotANumber));
    assert_eq!(usd("1e5"), Err(NotANumber));
    assert_eq!(usd("12abc"), Err(NotANumber));
    assert_eq!(usd("-5"), Err(Negative));
    assert_eq!(usd("−5"), Err(Negative));
    assert_eq!(usd("-$5"), Err(Negative));
    assert_eq!(usd("$-5"), Err(Negative));
    assert_eq!(usd("-abc"), Err(NotANumber));
    assert_eq!(usd("1.005"), Ok(d("1005")));
    assert_eq!(usd("1.2345"), Err(TooManyDecimals(Currency::Usd)));
    assert_eq!(parse_money("100.5", Currency::Jpy), Err(TooManyDecimals(Currency::Jpy)));
    assert_eq!(usd("1,23,4"), Err(Separators));
    assert_eq!(usd("1,234,5"), Err(Separators));
    assert_eq!(usd("1.234.5,6.7"), Err(Separators));
    assert_eq!(usd("1,2.3,4"), Err(Separators));
    assert_eq!(usd("1234,567.5"), Err(Separators));
    assert_eq!(usd("1,000,000,000,000.01"), Err(MoneyTooLarge));
    assert_eq!(usd("999999999999999999999"), Err(MoneyTooLarge));
    assert_eq!(parse_count("10,000,000,000,001"), Err(CountTooLarge));
    assert_eq!(parse_count("99999999999999999999999999999999999999"), Err(CountTooLarge));
    assert_eq!(parse_count("1.5"), Err(FractionInCount));
    assert_eq!(parse_count("0.0000000000000000000000000000001"), Err(FractionInCount));
    assert_eq!(usd("0.0000000000000000000000000000001"), Err(TooManyDecimals(Currency::Usd)));
    assert_eq!(parse_count("1,5"), Err(FractionInCount));
    assert_eq!(parse_count("1.2345k"), Err(FractionInCount));
    assert_eq!(parse_count("-3"), Err(Negative));
}

#[test]
fn negative_zero_is_zero() {
    assert_eq!(usd("-0"), Ok(d("0")));
}

#[test]
fn messages_name_the_rule() {
    assert_eq!(TooManyDecimals(Currency::Jpy).to_string(), "JPY amounts have no decimals.");
    assert_eq!(TooManyDecimals(Currency::Eur).to_string(), "EUR amounts have at most 2 decimals.");
    assert_eq!(NotANumber.to_string(), "That is not a number. Use digits, e.g. 1,234.50.");
}

/// One table line: `text` typed on a page in `reading`, in `currency`, reads as `want`.
fn case(reading: Reading, currency: Currency, text: &str, want: Result<&str, ParseError>) {
    assert_eq!(parse_money_in(text, currency, reading), want.map(d), "{text:?} on the {reading:?} reading");
}

#[test]
fn indonesian_words() {
    use Reading::Indonesian as ID;
    let idr = Currency::Idr;
    case(ID, idr, "1,5 jt", Ok("1500000"));
    case(ID, idr, "1,5jt", Ok("1500000"));
    case(ID, idr, "1,5 JT", Ok("1500000"));
    case(ID, idr, "1,5 juta", Ok("1500000"));
    case(ID, idr, "500 rb", Ok("500000"));
    case(ID, idr, "500 ribu", Ok("500000"));
    case(ID, idr, "50k", Ok("50000"));
    case(ID, idr, "2 miliar", Ok("2000000000"));
    case(ID, idr, "2 milyar", Ok("2000000000"));
    case(ID, idr, "1 triliun", Ok("1000000000000"));
    case(ID, idr, "Rp 1.500.000,-", Ok("1500000"));
    case(ID, idr, "Rp. 1.500.000", Ok("1500000"));
    case(ID, idr, "Rp1.500.000", Ok("1500000"));
    case(ID, idr, "Rp 1.500.000,00", Ok("1500000"));
    case(ID, idr, "Rp 1,5 jt", Ok("1500000"));
    case(ID, idr, "1,5 M", Ok("1500000000"));
    case(ID, idr, "1,5m", Ok("1500000000"));
    case(ID, idr, "Rp 2M", Ok("2000000000"));
    case(ID, idr, "2 B", Err(UnclearSuffix("B")));
    case(ID, idr, "2 mil", Err(UnclearSuffix("mil")));
    case(ID, idr, "2 triliun", Err(MoneyTooLarge));
    case(ID, idr, "1,5 jt5", Err(NotANumber));
    case(ID, idr, "jt", Err(NotANumber));
}

#[test]
fn vietnamese_words() {
    use Reading::Vietnamese as VI;
    let vnd = Currency::Vnd;
    case(VI, vnd, "1,5 tr", Ok("1500000"));
    case(VI, vnd, "1,5tr", Ok("1500000"));
    case(VI, vnd, "1,5 triệu", Ok("1500000"));
    case(VI, vnd, "1,5 trieu", Ok("1500000"));
    case(VI, vnd, "500 nghìn", Ok("500000"));
    case(VI, vnd, "500 ngàn", Ok("500000"));
    case(VI, vnd, "500 nghin", Ok("500000"));
    case(VI, vnd, "500k", Ok("500000"));
    case(VI, vnd, "2 tỷ", Ok("2000000000"));
    case(VI, vnd, "2 tỉ", Ok("2000000000"));
    case(VI, vnd, "2 ty", Ok("2000000000"));
    case(VI, vnd, "1.500.000 đ", Ok("1500000"));
    case(VI, vnd, "1.500.000đ", Ok("1500000"));
    case(VI, vnd, "1.500.000₫", Ok("1500000"));
    case(VI, vnd, "1.500.000 VND", Ok("1500000"));
    case(VI, vnd, "1.500.000 VNĐ", Ok("1500000"));
    case(VI, vnd, "1.500.000 vnđ", Ok("1500000"));
    case(VI, vnd, "1.500.000 đồng", Ok("1500000"));
    case(VI, vnd, "1,5 tr đ", Ok("1500000"));
    case(VI, vnd, "1,5 M", Err(UnclearSuffix("M")));
    case(VI, vnd, "2B", Err(UnclearSuffix("B")));
}

#[test]
fn spanish_words() {
    use Reading::Spanish as ES;
    let mxn = Currency::Mxn;
    case(ES, mxn, "1,5 mil", Ok("1500"));
    case(ES, mxn, "150 mil", Ok("150000"));
    case(ES, mxn, "2 millones", Ok("2000000"));
    case(ES, mxn, "1 millón", Ok("1000000"));
    case(ES, mxn, "1 millon", Ok("1000000"));
    case(ES, mxn, "2 mil millones", Ok("2000000000"));
    case(ES, mxn, "1,5 M", Ok("1500000"));
    case(ES, mxn, "1,5 MM", Ok("1500000"));
    case(ES, mxn, "$ 1.500", Ok("1500"));
    case(ES, mxn, "MX$1,500", Ok("1500"));
    case(ES, mxn, "$1,5 mil", Ok("1500"));
    case(ES, mxn, "2 B", Err(UnclearSuffix("B")));
}

#[test]
fn portuguese_words() {
    use Reading::Portuguese as PT;
    let brl = Currency::Brl;
    case(PT, brl, "1,5 mil", Ok("1500"));
    case(PT, brl, "2 milhões", Ok("2000000"));
    case(PT, brl, "2 milhoes", Ok("2000000"));
    case(PT, brl, "1 milhão", Ok("1000000"));
    case(PT, brl, "1,5 mi", Ok("1500000"));
    case(PT, brl, "R$ 1,5 mi", Ok("1500000"));
    case(PT, brl, "2 bi", Ok("2000000000"));
    case(PT, brl, "1 bilhão", Ok("1000000000"));
    case(PT, brl, "2 bilhões", Ok("2000000000"));
    case(PT, brl, "1,5 MM", Ok("1500000"));
    case(PT, brl, "R$ 1.500,00", Ok("1500"));
    case(PT, brl, "1,5 M", Err(UnclearSuffix("M")));
    case(PT, brl, "2 B", Err(UnclearSuffix("B")));
}

#[test]
fn english_reading_of_the_suffixes() {
    use Reading::English as EN;
    let usd = Currency::Usd;
    case(EN, usd, "1,5 M", Ok("1500000"));
    case(EN, usd, "1.5m", Ok("1500000"));
    case(EN, usd, "2b", Ok("2000000000"));
    case(EN, usd, "2 mil", Err(UnclearSuffix("mil")));
    case(EN, usd, "1,5 MM", Ok("1500000"));
    case(EN, usd, "1,5 jt", Ok("1500000"));
    case(EN, usd, "2 millones", Ok("2000000"));
    assert_eq!(parse_money("2 mil", usd), Err(UnclearSuffix("mil")), "parse_money is the English reading");
    assert_eq!(parse_count("1,5 jt"), Ok(1_500_000));
    assert_eq!(parse_count_in("1,5 M", Reading::Indonesian), Ok(1_500_000_000));
    assert_eq!(parse_count_in("1,5 M", Reading::Portuguese), Err(UnclearSuffix("M")));
    assert_eq!(parse_count_in("1,5 mil", Reading::Portuguese), Ok(1_500));
    assert_eq!(parse_count_in("1,5 rb", Reading::English), Ok(1_500));
}

#[test]
fn the_same_m_by_reading() {
    let m = |reading| parse_money_in("1,5 M", Currency::Usd, reading);
    assert_eq!(
        Reading::ALL.map(m),
        [
            Ok(d("1500000")),
            Ok(d("1500000")),
            Err(UnclearSuffix("M")),
            Ok(d("1500000000")),
            Err(UnclearSuffix("M")),
            Err(UnclearSuffix("M")),
            Err(UnclearSuffix("M")),
        ]
    );
}

#[test]
fn a_word_must_follow_a_number() {
    for reading in Reading::ALL {
        case(reading, Currency::Usd, "mil", Err(NotANumber));
        case(reading, Currency::Usd, "5 abcjt", Err(NotANumber));
        case(reading, Currency::Usd, "5 xm", Err(NotANumber));
        case(reading, Currency::Usd, "jt 5", Err(NotANumber));
    }
}

#[test]
fn arabic_digits_separators_words_and_marks() {
    use Reading::Arabic as AR;
    let usd = Currency::Usd;
    case(AR, usd, "١٥٠٠", Ok("1500"));
    case(AR, usd, "۱۵۰۰", Ok("1500"));
    case(AR, usd, "١٬٥٠٠", Ok("1500"));
    case(AR, usd, "١٬٢٣٤٬٥٦٧٫٥٠", Ok("1234567.50"));
    case(AR, usd, "١٫٥", Ok("1.5"));
    case(AR, usd, "١٫٥٠٠", Ok("1.5"));
    case(AR, usd, "١٫٢٣٤", Err(TooManyDecimals(usd)));
    case(AR, usd, "١٬٥", Err(Separators));
    case(AR, usd, "١٫٥٫٠", Err(Separators));
    case(AR, usd, "١٫٥ ألف", Ok("1500"));
    case(AR, usd, "٥ آلاف", Ok("5000"));
    case(AR, usd, "5 الف", Ok("5000"));
    case(AR, usd, "٢ مليون", Ok("2000000"));
    case(AR, usd, "٥ ملايين", Ok("5000000"));
    case(AR, usd, "٢ مليار", Ok("2000000000"));
    case(AR, usd, "\u{200f}١٥٠٠\u{200e}", Ok("1500"));
    case(AR, usd, "\u{61c}$١٥٠٠", Ok("1500"));
    case(AR, usd, "\u{2067}١٬٥٠٠ $\u{2069}", Ok("1500"));
    case(AR, usd, "١٫٥ M", Err(UnclearSuffix("M")));
    case(AR, usd, "\u{200f}", Err(Empty));
    assert_eq!(adcredit_core::parse::parse_percent("٦٠٪"), Ok(d("60")));
    assert_eq!(adcredit_core::parse::parse_percent("６０％"), Ok(d("60")));
}

#[test]
fn japanese_units_yen_and_full_width() {
    use Reading::Japanese as JA;
    let jpy = Currency::Jpy;
    case(JA, jpy, "150万", Ok("1500000"));
    case(JA, jpy, "1.5万", Ok("15000"));
    case(JA, jpy, "150万円", Ok("1500000"));
    case(JA, jpy, "¥150万", Ok("1500000"));
    case(JA, jpy, "￥150万", Ok("1500000"));
    case(JA, jpy, "150万¥", Ok("1500000"));
    case(JA, jpy, "3億", Ok("300000000"));
    case(JA, jpy, "5千", Ok("5000"));
    case(JA, jpy, "１５０万円", Ok("1500000"));
    case(JA, jpy, "１，５００円", Ok("1500"));
    case(JA, jpy, "１．５万", Ok("15000"));
    case(JA, jpy, "1,500円", Ok("1500"));
    case(JA, jpy, "１．５ｋ", Ok("1500"));
    case(JA, jpy, "＄１５０", Ok("150"));
    case(JA, jpy, "－１５０", Err(Negative));
    case(JA, jpy, "1.5M", Err(UnclearSuffix("M")));
    case(JA, jpy, "１．５Ｍ", Err(UnclearSuffix("M")));
}

#[test]
fn decomposed_accents_read_like_composed_ones() {
    case(Reading::Vietnamese, Currency::Vnd, "2 ty\u{309}", Ok("2000000000"));
    case(Reading::Vietnamese, Currency::Vnd, "1,5 trie\u{323}\u{302}u", Ok("1500000"));
    case(Reading::Portuguese, Currency::Brl, "2 milho\u{303}es", Ok("2000000"));
    case(Reading::Spanish, Currency::Mxn, "1 millo\u{301}n", Ok("1000000"));
}

#[test]
fn japanese_large_units_add_up() {
    use Reading::Japanese as JA;
    let jpy = Currency::Jpy;
    case(JA, jpy, "1億5000万", Ok("150000000"));
    case(JA, jpy, "1億5000万円", Ok("150000000"));
    case(JA, jpy, "¥1億5,000万", Ok("150000000"));
    case(JA, jpy, "1億 5000万", Ok("150000000"));
    case(JA, jpy, "3千万", Ok("30000000"));
    case(JA, jpy, "1億5千万円", Ok("150000000"));
    case(JA, jpy, "1万5千", Ok("15000"));
    case(JA, jpy, "1万2345", Ok("12345"));
    case(JA, jpy, "1兆", Ok("1000000000000"));
    case(JA, jpy, "1兆1", Err(MoneyTooLarge));
    case(JA, jpy, "1.5万5", Ok("15005"));
    case(JA, jpy, "万", Err(NotANumber));
    case(JA, jpy, "5000万1億", Err(NotANumber));
    case(JA, jpy, "1万万", Err(NotANumber));
    case(JA, jpy, "1億万", Err(NotANumber));
    case(JA, jpy, "9999999999999999兆", Err(MoneyTooLarge));
    assert_eq!(parse_count_in("1億5000万", JA), Ok(150_000_000));
    assert_eq!(parse_count("150万"), Ok(1_500_000), "万 means 10^4 on every page");
}
