//! Adapter: number and date formatting through the browser's `Intl`, in the browser's locale, and today's date from
//! the browser's clock (the core takes "today" as an argument and stays pure).
//!
//! The core has already rounded every value (exactly, half away from zero) and chosen how many decimals it shows;
//! this module only asks the browser to write it the local way ("$1,234.50", "1.234,50 €", "4.00%"). Values cross
//! into JavaScript as decimal strings, which `Intl.NumberFormat` formats exactly: no float ever touches money.

use std::cell::RefCell;
use std::thread::LocalKey;

use adcredit_core::l10n::Plural;
use adcredit_core::wallet::{day_of, format_date, Day};
use adcredit_core::{Currency, Decimal};
use js_sys::{Array, Date, Function, Intl::DateTimeFormat, Intl::NumberFormat, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// What a formatter is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Money(Currency),
    Percent,
    Number,
}

thread_local! {
    /// Formatters already made: making one costs ~50 µs (the first one in a page ~20 ms, while the browser loads its
    /// locale data), using one ~1 µs. A page needs a handful of styles, so a short list beats a map in code size.
    static FORMATTERS: RefCell<Vec<((Style, u32), Function)>> = const { RefCell::new(Vec::new()) };
    /// The date formatters (with and without the time), made on first use.
    static DATE_TIME: RefCell<Option<Function>> = const { RefCell::new(None) };
    static DATE: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// A locale chosen by the page embedding the calculator; the browser's own when `None`.
    static LOCALE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Formats numbers and dates for `locale` (a BCP 47 tag) instead of the browser's locale, if the browser accepts the
/// tag (`Intl.getCanonicalLocales` does not throw); returns whether it did. Call before formatting.
pub fn set_locale(locale: &str) -> bool {
    let intl = js_sys::global().unchecked_into::<Object>();
    let accepted = Reflect::get(&intl, &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"getCanonicalLocales".into()))
        .and_then(|f| f.unchecked_into::<Function>().call1(&JsValue::UNDEFINED, &locale.into()))
        .is_ok();
    if accepted {
        LOCALE.set(Some(locale.to_string()));
    }
    accepted
}

/// The locale list for `Intl`: the chosen locale, or empty for the browser's own.
fn locales() -> Array {
    LOCALE.with_borrow(|l| l.as_deref().map_or_else(Array::new, |l| Array::of1(&JsValue::from_str(l))))
}

/// A moment (milliseconds since 1970 UTC) as a short local date and time, e.g. "Nov 25, 2026, 1:10 AM".
pub fn date_time(ms: u64) -> String {
    let format = date_format(&DATE_TIME, &[("dateStyle", "medium"), ("timeStyle", "short")]);
    // Stored timestamps are whole milliseconds below 2^53, exact as f64.
    let date = Date::new(&JsValue::from_f64(ms as f64));
    format.call1(&JsValue::NULL, &date).ok().and_then(|t| t.as_string()).unwrap_or_default()
}

/// The `Intl.DateTimeFormat(locale, options).format` kept in `cell`, made on first use.
fn date_format(cell: &'static LocalKey<RefCell<Option<Function>>>, options: &[(&str, &str)]) -> Function {
    cell.with_borrow_mut(|cached| {
        cached
            .get_or_insert_with(|| {
                let object = Object::new();
                for (key, value) in options {
                    let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
                }
                DateTimeFormat::new(&locales(), &object).format()
            })
            .clone()
    })
}

/// Today in the browser's time zone, as the core's day number (days since 1970-01-01).
pub fn today() -> Day {
    let now = Date::new_0();
    // getMonth is 0-based; a browser's clock is always within the years the core accepts (1970-9999), and the
    // fallback (the UTC day) is taken only if it were not.
    day_of(i64::from(now.get_full_year()), now.get_month().saturating_add(1), now.get_date())
        .unwrap_or_else(|| (now.get_time() / 86_400_000.0) as Day)
}

/// A day as a medium local date, e.g. "Nov 30, 2026" (the ISO date if the browser cannot format it).
pub fn date(day: Day) -> String {
    let format = date_format(&DATE, &[("dateStyle", "medium"), ("timeZone", "UTC")]);
    // Midnight UTC of the day, formatted in UTC: the same calendar date everywhere. Day numbers within 1970-9999
    // times 86,400,000 stay far below 2^53, exact as f64.
    let date = Date::new(&JsValue::from_f64(day as f64 * 86_400_000.0));
    format.call1(&JsValue::NULL, &date).ok().and_then(|t| t.as_string()).unwrap_or_else(|| format_date(day))
}

/// `value` (already rounded, its scale the decimals to show) as money in `currency`, e.g. "$0.05".
pub fn money(value: Decimal, currency: Currency) -> String {
    format_with(&value, value.scale(), Style::Money(currency)).unwrap_or_else(|| format!("{} {value}", currency.code()))
}

/// A plain number (already rounded, its scale the decimals to show), e.g. "50,000" or "7.5".
pub fn number(value: Decimal) -> String {
    format_with(&value, value.scale(), Style::Number).unwrap_or_else(|| value.to_string())
}

/// `percent` (already rounded, 4.00 meaning 4 %) as a percentage, e.g. "4.00%".
pub fn percent(percent: Decimal) -> String {
    // Intl's percent style multiplies by 100: hand it the fraction. Dividing by 100 only moves the decimal point,
    // so this is exact; the fallback is never taken for values the core produces.
    let fraction = percent.checked_div(Decimal::ONE_HUNDRED).unwrap_or(percent);
    format_with(&fraction, percent.scale(), Style::Percent).unwrap_or_else(|| format!("{percent} %"))
}

/// Formats with exactly `decimals` fraction digits, in `style`.
fn format_with(value: &Decimal, decimals: u32, style: Style) -> Option<String> {
    let style = (style, decimals);
    let cached = FORMATTERS.with_borrow(|f| f.iter().find(|(s, _)| *s == style).map(|(_, f)| f.clone()));
    let format = match cached {
        Some(format) => format,
        None => {
            let format = formatter(style)?;
            FORMATTERS.with_borrow_mut(|f| f.push((style, format.clone())));
            format
        }
    };
    let text = format.call1(&JsValue::NULL, &JsValue::from_str(&value.to_string())).ok()?;
    text.as_string()
}

/// A new `Intl.NumberFormat(locale, options).format` for `style`, in the browser's locale.
fn formatter((style, decimals): (Style, u32)) -> Option<Function> {
    let options = Object::new();
    let set = |key: &str, value: JsValue| Reflect::set(&options, &JsValue::from_str(key), &value).ok();
    match style {
        Style::Money(c) => {
            set("style", "currency".into())?;
            set("currency", c.code().into())?;
        }
        Style::Percent => {
            set("style", "percent".into())?;
        }
        Style::Number => {}
    }
    set("minimumFractionDigits", decimals.into())?;
    set("maximumFractionDigits", decimals.into())?;
    // The options are valid for every value the core produces (a known ISO code, 0..=20 decimals), and an embed
    // locale is checked before use (`EmbedOptions`); Intl falls back to the browser's locale for one it lacks.
    Some(NumberFormat::new(&locales(), &options).format())
}

/// The core's sentences, written the browser's way: reports word themselves through this.
#[derive(Clone, Copy)]
pub struct Intl;

impl adcredit_core::report::Format for Intl {
    fn money(&self, rounded: Decimal, currency: Currency) -> String {
        money(rounded, currency)
    }

    fn percent(&self, rounded: Decimal) -> String {
        percent(rounded)
    }

    fn date(&self, day: Day) -> String {
        date(day)
    }

    fn number(&self, rounded: Decimal) -> String {
        number(rounded)
    }

    fn plural(&self, n: Decimal) -> Plural {
        plural(n)
    }
}

/// The plural category of `n` in the page's locale (`Intl.PluralRules`, its decimals as shown): which form of a
/// counted sentence it takes. The count crosses as a float: it only picks a word, it is never shown.
pub fn plural(n: Decimal) -> Plural {
    let options = Object::new();
    let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &n.scale().into());
    let rules = js_sys::Intl::PluralRules::new(&locales(), &options);
    let value = n.to_string().parse::<f64>().unwrap_or_default();
    rules.select(value).as_string().map_or(Plural::Other, |name| Plural::of_name(&name))
}
