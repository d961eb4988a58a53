//! Every word the product says, in each of its languages.
//!
//! A sentence is a [`Msg`]: a typed key whose words each language gives in its own module ([`en`], [`es`],
//! [`pt_br`], [`id`], [`vi`], [`ja`], [`ar`]), each one exhaustive `match` with no wildcard arm, so a message
//! missing in any language does not compile. English is the reference and the only language compiled into the
//! wasm: every other language is a table of its words ([`table`]), written from its module by a native test
//! (`tests/l10n.rs`, committed under `static/l10n/`) and put into that language's pages by the build, so a
//! language costs the English page nothing and its own page no extra request. (The wasm splitter keeps a chunk's
//! string data in the main module, so a language as a lazily loaded chunk would have cost every page its words.)
//!
//! Values go into a sentence through numbered places (`{0}`, `{1}`), so each language orders them as its grammar
//! wants; a count picks its form by the language's plural rules ([`Plural`], through [`Format::plural`]).
//!
//! The language is fixed for the life of a page (choosing another opens that language's page), so it is an
//! ambient value, set once by the shell before anything is shown ([`set`]), rather than an argument of every
//! label: `Field::label()` and the rest keep their signatures. Tests set it per thread.
//!
//! [`Format::plural`]: crate::report::Format::plural

use std::cell::Cell;

mod msg;
pub use msg::Msg;

pub mod en;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
// The other languages' modules: natively only, where their tables are written (the wasm reads those).
#[cfg(not(target_arch = "wasm32"))]
pub mod ar;
#[cfg(not(target_arch = "wasm32"))]
pub mod es;
#[cfg(not(target_arch = "wasm32"))]
pub mod id;
#[cfg(not(target_arch = "wasm32"))]
pub mod ja;
#[cfg(not(target_arch = "wasm32"))]
pub mod pt_br;
#[cfg(not(target_arch = "wasm32"))]
pub mod vi;

use rust_decimal::Decimal;

/// A language the product speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    /// Written for Latin America; numbers follow the visitor's region.
    Es,
    PtBr,
    Id,
    Vi,
    Ja,
    /// Right to left; Gregorian dates and Latin digits (see [`Lang::locale`]).
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 7] = [Lang::En, Lang::Es, Lang::PtBr, Lang::Id, Lang::Vi, Lang::Ja, Lang::Ar];

    /// The BCP 47 tag: `<html lang>`, the page's folder (`/pt-BR/`), `data-lang`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Id => "id",
            Lang::Vi => "vi",
            Lang::Ja => "ja",
            Lang::Ar => "ar",
        }
    }

    /// The language named in itself, as the picker lists it.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Id => "Bahasa Indonesia",
            Lang::Vi => "Tiếng Việt",
            Lang::Ja => "日本語",
            Lang::Ar => "العربية",
        }
    }

    pub const fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// `<html dir>`.
    pub const fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language a BCP 47 tag asks for, matched on its language subtag (`es-MX` → Spanish, `pt-PT` → the
    /// Portuguese we have, `in` → Indonesian's old code), case-insensitively; `None` for one we do not speak.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|lang| {
            let ours = lang.tag().split('-').next().unwrap_or_default();
            primary.eq_ignore_ascii_case(ours) || (*lang == Lang::Id && primary.eq_ignore_ascii_case("in"))
        })
    }

    /// The best language for a visitor whose browser asks for `wanted` (`navigator.languages`, most wanted first):
    /// the first one we speak, else English.
    pub fn best<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Lang {
        wanted.into_iter().find_map(Lang::of_tag).unwrap_or(Lang::En)
    }

    /// The locale numbers, money and dates are written in: the visitor's own tag for this language when they have
    /// one (so Spanish reads `1.234,5` in Argentina and `1,234.5` in Mexico), else the language's usual region.
    ///
    /// Arabic always asks for Latin digits and the Gregorian calendar (`-u-nu-latn-ca-gregory`): TikTok Ads
    /// Manager and the invoices and exports it gives write Latin digits and Gregorian dates in Arabic, ad budgets are
    /// typed with Latin digits, and a figure compared with Ads Manager's must look the same; `ar-SA`'s default
    /// Islamic calendar and `ar-EG`'s Arabic-Indic digits would not.
    pub fn locale<'a>(self, visitor: impl IntoIterator<Item = &'a str>) -> String {
        let own = visitor
            .into_iter()
            .map(str::trim)
            .find(|tag| Lang::of_tag(tag) == Some(self) && tag.contains('-') && is_plain_tag(tag));
        let base = own.map_or_else(
            || {
                match self {
                    Lang::En => "en-US",
                    Lang::Es => "es-419",
                    Lang::PtBr => "pt-BR",
                    Lang::Id => "id-ID",
                    Lang::Vi => "vi-VN",
                    Lang::Ja => "ja-JP",
                    Lang::Ar => "ar",
                }
                .to_owned()
            },
            str::to_owned,
        );
        match self {
            // Only the language and region: an extension of the visitor's own would fight ours.
            Lang::Ar => format!("{}-u-nu-latn-ca-gregory", base.split("-u-").next().unwrap_or("ar")),
            // Brazilian Portuguese whatever the visitor's Portuguese region: the words are Brazilian.
            Lang::PtBr => "pt-BR".to_owned(),
            _ => base,
        }
    }
}

/// A tag of letters, digits and hyphens only, without a Unicode extension (which would override our choices).
fn is_plain_tag(tag: &str) -> bool {
    tag.len() <= 35 && !tag.contains("-u-") && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A plural category (CLDR): which form of a counted sentence a number takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category `Intl.PluralRules` names with this word.
    pub fn of_name(name: &str) -> Plural {
        match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }

    /// CLDR's cardinal rule for `n` as written (its scale counts as visible decimals: "1.0" is not "one" in
    /// English), for the languages we speak. The shell asks `Intl.PluralRules` instead; this is the same rule for
    /// the tests and the printed fallback.
    pub fn of(lang: Lang, n: Decimal) -> Plural {
        let n = n.abs();
        let whole = n.trunc();
        let visible_decimals = n.scale() > 0;
        let is = |v: i64| n == Decimal::from(v);
        let million = Decimal::from(1_000_000);
        let millions = !visible_decimals && !whole.is_zero() && whole.checked_rem(million).is_some_and(|r| r.is_zero());
        match lang {
            Lang::En => {
                if is(1) && !visible_decimals {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            Lang::Es => {
                if is(1) {
                    Plural::One
                } else if millions {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            Lang::PtBr => {
                if whole <= Decimal::ONE {
                    Plural::One
                } else if millions {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            Lang::Id | Lang::Vi | Lang::Ja => Plural::Other,
            Lang::Ar => {
                let hundreds = if n.fract().is_zero() { whole.checked_rem(Decimal::ONE_HUNDRED) } else { None };
                let within = |low: i64, high: i64| {
                    hundreds.is_some_and(|h| h >= Decimal::from(low) && h <= Decimal::from(high))
                };
                if is(0) {
                    Plural::Zero
                } else if is(1) {
                    Plural::One
                } else if is(2) {
                    Plural::Two
                } else if within(3, 10) {
                    Plural::Few
                } else if within(11, 99) {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
        }
    }
}

/// One message's words in one language: one text, or a form per plural category (an empty form falls back to
/// `other`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub other: &'static str,
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

/// Words with no plural forms.
pub const fn t(other: &'static str) -> Text {
    Text { other, zero: "", one: "", two: "", few: "", many: "" }
}

/// A counted sentence with a singular and a plural (English, Spanish, Portuguese).
pub const fn one_other(one: &'static str, other: &'static str) -> Text {
    Text { other, zero: "", one, two: "", few: "", many: "" }
}

/// A counted sentence with all six forms (Arabic), in CLDR's order.
pub const fn six(
    zero: &'static str,
    one: &'static str,
    two: &'static str,
    few: &'static str,
    many: &'static str,
    other: &'static str,
) -> Text {
    Text { other, zero, one, two, few, many }
}

impl Text {
    /// The form for `plural`, else `other`.
    pub const fn form(&self, plural: Plural) -> &'static str {
        let form = match plural {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => self.other,
        };
        if form.is_empty() {
            self.other
        } else {
            form
        }
    }

    /// Every form, `other` first, as a table line keeps them.
    pub const fn forms(&self) -> [&'static str; 6] {
        [self.other, self.zero, self.one, self.two, self.few, self.many]
    }
}

/// The words of one language: English from its module, any other from its table.
#[derive(Debug)]
pub struct Words {
    lang: Lang,
    table: Option<Vec<Text>>,
}

/// English, compiled in.
pub static ENGLISH: Words = Words { lang: Lang::En, table: None };

impl Words {
    pub const fn lang(&self) -> Lang {
        self.lang
    }

    /// The words of `m`.
    pub fn get(&self, m: Msg) -> Text {
        self.table.as_ref().and_then(|table| table.get(m as usize).copied()).unwrap_or_else(|| en::words(m))
    }

    /// Reads a language's table (see [`table`]): its first line names the language, how many messages follow and
    /// the page's direction, then one message per line, its forms separated by tabs. A table for another set of messages (a page from
    /// another build) or another language is refused, and the page stays in English rather than say the wrong
    /// words.
    pub fn read(lang: Lang, text: &'static str) -> Result<Words, TableError> {
        let mut lines = text.split('\n');
        let header = lines.next().unwrap_or_default();
        let expected = header_of(lang);
        if header.trim_end() != expected {
            return Err(TableError::Header);
        }
        let mut table = Vec::with_capacity(Msg::ALL.len());
        for line in lines.take(Msg::ALL.len()) {
            let mut forms = line.split('\t');
            let mut next = || forms.next().unwrap_or_default();
            let other = next();
            if other.is_empty() {
                return Err(TableError::Empty(table.len()));
            }
            table.push(Text { other, zero: next(), one: next(), two: next(), few: next(), many: next() });
        }
        if table.len() != Msg::ALL.len() {
            return Err(TableError::Short(table.len()));
        }
        Ok(Words { lang, table: Some(table) })
    }
}

/// Why a language's table was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableError {
    /// Not this language's table for this build's messages.
    Header,
    /// A message with no words (its line number after the header).
    Empty(usize),
    /// Fewer lines than messages.
    Short(usize),
}

/// The table [`Words::read`] reads: the language, the count and `<html dir>` (the build writes the page's `dir`
/// from it), then every message's forms, in `Msg::ALL`'s order. Words never hold a tab or a line break (a test
/// checks), nor `</` (the table sits in a `<script>`).
pub fn table(lang: Lang, words: impl Fn(Msg) -> Text) -> String {
    let mut out = header_of(lang);
    for &m in Msg::ALL {
        out.push('\n');
        let forms = words(m).forms();
        // Trailing empty forms are left out (`other` is never empty).
        let used = forms.iter().rposition(|f| !f.is_empty()).unwrap_or_default();
        out.push_str(&forms.iter().take(used.saturating_add(1)).copied().collect::<Vec<_>>().join("\t"));
    }
    out
}

/// A table's first line: `pt-BR<TAB>231<TAB>ltr`.
fn header_of(lang: Lang) -> String {
    format!("{}\t{}\t{}", lang.tag(), Msg::ALL.len(), lang.dir())
}

thread_local! {
    static CURRENT: Cell<&'static Words> = const { Cell::new(&ENGLISH) };
}

/// The words of the page's language (English until [`set`]).
pub fn current() -> &'static Words {
    CURRENT.with(Cell::get)
}

/// Makes `words` the page's words. The shell calls it once, before anything is shown.
pub fn set(words: &'static Words) {
    CURRENT.with(|current| current.set(words));
}

impl Msg {
    /// The words, in the page's language (the `other` form of a counted sentence).
    pub fn text(self) -> &'static str {
        current().get(self).other
    }

    /// The words in `lang`, whatever the page's (the picker names each language in itself; tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn text_in(self, lang: Lang) -> &'static str {
        native::words_of(lang)(self).other
    }

    /// The words with `args` in their numbered places.
    pub fn fill(self, args: &[&str]) -> String {
        place(self.text(), args)
    }

    /// The form for `plural` with `args` in their places.
    pub fn count(self, plural: Plural, args: &[&str]) -> String {
        place(current().get(self).form(plural), args)
    }
}

/// [`fill`], each value isolated on a right-to-left page (U+2068 … U+2069): an amount such as "‏2.00 US$" or a range
/// keeps its own order inside an Arabic sentence instead of mixing with the words around it.
fn place(template: &str, args: &[&str]) -> String {
    if !current().lang().is_rtl() {
        return fill(template, args);
    }
    let isolated: Vec<String> = args.iter().map(|arg| format!("\u{2068}{arg}\u{2069}")).collect();
    fill(template, &isolated.iter().map(String::as_str).collect::<Vec<_>>())
}

/// `template` with `{0}`…`{9}` replaced by `args` (a place with no argument stays empty; any other brace is kept).
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(24));
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        // `after` starts with the `{` found: one byte, so these splits are on character boundaries.
        let after = after.get(1..).unwrap_or_default();
        match after.as_bytes() {
            [digit @ b'0'..=b'9', b'}', ..] => {
                out.push_str(args.get(usize::from(digit.saturating_sub(b'0'))).copied().unwrap_or_default());
                rest = after.get(2..).unwrap_or_default();
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The numbered places a text uses, as a bit set (bit `n` for `{n}`): every language must use the same ones.
pub fn places(text: &str) -> u16 {
    let bytes = text.as_bytes();
    bytes.windows(3).fold(0, |set, w| match w {
        [b'{', digit @ b'0'..=b'9', b'}'] => set | 1 << digit.saturating_sub(b'0'),
        _ => set,
    })
}
