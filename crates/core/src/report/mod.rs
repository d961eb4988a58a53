//! Reports: everything a section says, decided and worded here so that the shell only lays it out.
//!
//! A report is a view model in the sense of crux's `view()`: the shell hands it the parsed inputs, the metrics and a
//! [`Format`] (its `Intl` adapter), and gets back plain values — figures, table cells and [`Note`]s with a [`Tone`] —
//! that it renders without deciding anything. Which sentence is shown, which cash counts, what "expired" means and
//! why a figure has no value are all decided here, and each sentence has a one-line table test (`tests/reports.rs`)
//! written with [`Plain`], the formatter the tests use.
//!
//! Where a new verdict goes: a typed case (an enum variant with the values it needs) in the report of its section,
//! its words in that enum's `words`, and one table test per case, including every "nothing to show because …".

pub mod calculator;
pub mod calendar;
pub mod compare;
pub mod offer;
pub mod plan;
pub mod print;
pub mod profit;
pub mod saved;
pub mod sources;
pub mod stored;
pub mod track;
pub mod wallet;

use rust_decimal::Decimal;

use crate::value::{Unit, Value};
use crate::wallet::{format_date, Day};
use crate::{display, Currency, Metric, Metrics, Ratio};

pub use calculator::{field_message, plausibility, results_basis, results_heading};

/// How numbers and dates are written for people: the host's capability, passed in (fend's `Context` is the model).
/// The shell implements it with `Intl` in the reader's locale; the tests with [`Plain`].
pub trait Format {
    /// An amount already rounded for display (its scale is the number of decimals to show), e.g. "$1,234.50".
    fn money(&self, rounded: Decimal, currency: Currency) -> String;
    /// A percentage already rounded for display (4.00 for 4 %), e.g. "4.00%".
    fn percent(&self, rounded: Decimal) -> String;
    /// A calendar day, e.g. "Nov 30, 2026".
    fn date(&self, day: Day) -> String;
    /// A plain number already rounded for display (its scale is the decimals shown), e.g. "50,000" or "7.5".
    fn number(&self, rounded: Decimal) -> String;

    /// The plural category of `n` in the page's language (the shell asks `Intl.PluralRules`), which picks a
    /// counted sentence's form.
    fn plural(&self, n: Decimal) -> crate::l10n::Plural {
        crate::l10n::Plural::of(crate::l10n::current().lang(), n)
    }

    /// A multiple already rounded for display (10.00 for ten times), e.g. "10.00×": the number, then "×".
    fn multiple(&self, rounded: Decimal) -> String {
        format!("{}×", self.number(rounded))
    }

    /// An exact amount, rounded to the currency's minor units (a non-zero amount never as zero).
    fn amount(&self, value: Decimal, currency: Currency) -> String {
        display::money(Ratio::from(value), currency)
            .map_or_else(|_| format!("{} {value}", currency.code()), |v| self.money(v, currency))
    }

    /// A value already rounded for display as `unit` says: "$0.05", "37.50%", "10.00×", "47.1".
    fn rounded(&self, rounded: Decimal, unit: Unit, currency: Currency) -> String {
        match unit {
            Unit::Money => self.money(rounded, currency),
            Unit::Percent => self.percent(rounded),
            Unit::Multiple => self.multiple(rounded),
            Unit::Count => self.number(rounded),
        }
    }

    /// An exact value, or "— " and why it has none: "$0.05", "37.50%", "— no conversions yet".
    fn value(&self, value: Value, unit: Unit, currency: Currency) -> String {
        match value {
            Ok(v) => match display::shown(v, unit, currency) {
                Ok(rounded) => self.rounded(rounded, unit, currency),
                Err(why) => format!("— {why}"),
            },
            Err(why) => format!("— {why}"),
        }
    }

    /// One of the calculator's metrics as the user reads it.
    fn metric(&self, metrics: &Metrics, metric: Metric) -> String {
        self.value(metrics.get(metric), metric.unit(), metrics.currency)
    }
}

/// A [`Format`] without a browser, close to `Intl`'s en-US output: "$1,234.50" (other currencies "EUR 1,234.50"),
/// "37.50%", and ISO dates. The tests write their expected sentences with it.
pub struct Plain;

impl Format for Plain {
    fn money(&self, rounded: Decimal, currency: Currency) -> String {
        let sign = if rounded.is_sign_negative() { "-" } else { "" };
        let number = self.number(rounded.abs());
        if currency.is_usd() {
            format!("{sign}${number}")
        } else {
            format!("{sign}{} {number}", currency.code())
        }
    }

    fn percent(&self, rounded: Decimal) -> String {
        format!("{rounded}%")
    }

    fn date(&self, day: Day) -> String {
        format_date(day)
    }

    fn number(&self, rounded: Decimal) -> String {
        display::grouped(rounded)
    }
}

/// How a line reads: a quiet aside, a neutral statement, something to double-check, or an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Why there is nothing to show yet, or a hint.
    Quiet,
    /// A plain statement (a verdict, a total).
    Plain,
    /// Worth a second look; never blocks anything.
    Warning,
    /// What was typed cannot be read.
    Error,
}

impl Tone {
    /// The CSS class the shell gives it.
    pub const fn class(self) -> &'static str {
        match self {
            Tone::Quiet => "quiet",
            Tone::Plain => "plain",
            Tone::Warning => "warning",
            Tone::Error => "error",
        }
    }
}

/// One line a report shows: its tone, a stable key (test selectors, `data-note`), and its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub tone: Tone,
    pub key: &'static str,
    pub text: String,
}

impl Note {
    pub fn new(tone: Tone, key: &'static str, text: impl Into<String>) -> Note {
        Note { tone, key, text: text.into() }
    }
}

/// A labelled figure ("Available today: $500.00").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
}
