//! "Compare scenarios": two to four scenarios side by side, every input and metric a row, the best value of each
//! metric row marked (lower is better for costs, higher for rates, ROAS and profit), and the figures the charts draw.
//! Money is never converted: with mixed currencies the money rows show each value in its own currency, unmarked, and
//! a note says why.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::{Format, Note, Tone};
use crate::value::{Undefined, Unit, Value};
use crate::{Currency, Field, Inputs, Metric, Metrics, Ratio, Scenario};

/// Said above the side-by-side table while it is too wide for the screen and scrolls sideways.
pub const SCROLL_HINT: &str = "Scroll sideways for more →";

/// The most scenarios compared at once.
pub const MAX_COMPARED: usize = 4;

/// Which way a row is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
    /// An input: not ranked.
    Neither,
}

/// A row of the comparison: an input or a metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Credits,
    Spend,
    Impressions,
    Clicks,
    Conversions,
    Revenue,
    Metric(Metric),
}

impl What {
    /// The rows, in order: the inputs, then how the spend is paid, the seed's metrics, the return.
    pub const ROWS: [What; 16] = [
        What::Credits,
        What::Spend,
        What::Metric(Metric::CashPaid),
        What::Impressions,
        What::Clicks,
        What::Conversions,
        What::Revenue,
        What::Metric(Metric::Cpm),
        What::Metric(Metric::Cpc),
        What::Metric(Metric::Ctr),
        What::Metric(Metric::ConversionRateClicks),
        What::Metric(Metric::ConversionRateImpressions),
        What::Metric(Metric::CostPerConversion),
        What::Metric(Metric::Roas),
        What::Metric(Metric::CashRoas),
        What::Metric(Metric::Profit),
    ];

    pub fn label(self) -> &'static str {
        match self {
            What::Credits => Field::Credits.label(),
            What::Spend => Field::Spend.label(),
            What::Impressions => Field::Impressions.label(),
            What::Clicks => Field::Clicks.label(),
            What::Conversions => Field::Conversions.label(),
            What::Revenue => Field::Revenue.label(),
            What::Metric(m) => m.label(),
        }
    }

    pub const fn key(self) -> &'static str {
        match self {
            What::Credits => "credits",
            What::Spend => "spend",
            What::Impressions => "impressions",
            What::Clicks => "clicks",
            What::Conversions => "conversions",
            What::Revenue => "revenue",
            What::Metric(m) => m.key(),
        }
    }

    pub const fn better(self) -> Better {
        match self {
            What::Metric(Metric::Cpm | Metric::Cpc | Metric::CostPerConversion) => Better::Lower,
            What::Metric(
                Metric::Ctr
                | Metric::ConversionRateClicks
                | Metric::ConversionRateImpressions
                | Metric::Roas
                | Metric::CashRoas
                | Metric::Profit,
            ) => Better::Higher,
            _ => Better::Neither,
        }
    }

    const fn unit(self) -> Unit {
        match self {
            What::Credits | What::Spend | What::Revenue => Unit::Money,
            What::Impressions | What::Clicks | What::Conversions => Unit::Count,
            What::Metric(m) => m.unit(),
        }
    }

    /// The exact value of this row for one scenario.
    fn value(self, s: &Scenario, m: &Metrics) -> Value {
        let count = |n: u64| Ok(Ratio::from(Decimal::from(n)));
        match self {
            What::Credits => Ok(Ratio::from(s.credits)),
            What::Spend => m.spend().map(Ratio::from),
            What::Impressions => count(s.impressions),
            What::Clicks => count(s.clicks),
            What::Conversions => count(s.conversions),
            What::Revenue => s.revenue.map(Ratio::from).ok_or(Undefined::Missing(Field::Revenue)),
            What::Metric(metric) => m.get(metric),
        }
    }
}

/// One scenario of the comparison: its name (or "On screen") and its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compared {
    pub name: String,
    pub scenario: Scenario,
}

/// A cell: the value as shown, and whether it is the best of its row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub best: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub what: What,
    pub cells: Vec<Cell>,
}

/// The comparison as the page shows it: the column names, the rows, and what it says about them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub names: Vec<String>,
    pub rows: Vec<Row>,
    pub notes: Vec<Note>,
}

/// Whether every scenario is in the same currency.
fn one_currency(compared: &[Compared]) -> Option<Currency> {
    let first = compared.first()?.scenario.currency;
    compared.iter().all(|c| c.scenario.currency == first).then_some(first)
}

/// The currencies of `compared`, each once, in alphabetical order.
fn currency_codes(compared: &[Compared]) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = compared.iter().map(|c| c.scenario.currency.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// Compares `compared` (two to four scenarios; fewer gives a note, more are cut).
pub fn table(compared: &[Compared], f: &impl Format) -> Table {
    let compared = compared.get(..compared.len().min(MAX_COMPARED)).unwrap_or_default();
    let metrics: Vec<Metrics> = compared.iter().map(|c| Metrics::compute(&Inputs::from(&c.scenario))).collect();
    let same_currency = one_currency(compared).is_some();
    let mut notes = Vec::new();
    if compared.len() < 2 {
        notes.push(Note::new(Tone::Quiet, "pick", "Pick two to four scenarios to compare."));
    }
    // Said only when there are two currencies to name: never "in different currencies ()" before anything is picked.
    let codes = currency_codes(compared);
    if codes.len() > 1 {
        notes.push(Note::new(
            Tone::Warning,
            "currencies",
            format!(
                "These scenarios are in different currencies ({}): amounts are shown each in its own currency and \
                 not ranked; nothing is converted.",
                codes.join(", ")
            ),
        ));
    }
    let rows = What::ROWS
        .iter()
        .map(|&what| {
            let values: Vec<Value> = compared.iter().zip(&metrics).map(|(c, m)| what.value(&c.scenario, m)).collect();
            let ranked = what.better() != Better::Neither && (same_currency || what.unit() != Unit::Money);
            let best = if ranked { best_of(&values, what.better()) } else { None };
            let cells = compared
                .iter()
                .zip(&values)
                .map(|(c, value)| Cell {
                    text: f.value(*value, what.unit(), c.scenario.currency),
                    best: best.is_some_and(|b| value.is_ok_and(|v| v.cmp_exact(&b) == Some(Ordering::Equal))),
                })
                .collect();
            Row { what, cells }
        })
        .collect();
    Table { names: compared.iter().map(|c| c.name.clone()).collect(), rows, notes }
}

/// The best of the values that have one, when at least two do and they are not all equal.
fn best_of(values: &[Value], better: Better) -> Option<Ratio> {
    let defined: Vec<Ratio> = values.iter().filter_map(|v| v.ok()).collect();
    let mut best = *defined.first()?;
    let mut all_equal = true;
    for v in defined.iter().skip(1) {
        let order = v.cmp_exact(&best)?;
        all_equal &= order == Ordering::Equal;
        let wins = match better {
            Better::Lower => order == Ordering::Less,
            Better::Higher => order == Ordering::Greater,
            Better::Neither => false,
        };
        if wins {
            best = *v;
        }
    }
    (defined.len() >= 2 && !all_equal).then_some(best)
}

/// One bar of a chart: the scenario's name, the value as shown, and its length in thousandths of the longest bar
/// (0 for a value with none, or below zero).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub name: String,
    pub text: String,
    pub per_mille: u32,
}

/// The bars of `what` across the compared scenarios (money only when they share a currency: otherwise `None`).
pub fn bars(compared: &[Compared], what: What, f: &impl Format) -> Option<Vec<Bar>> {
    if what.unit() == Unit::Money && one_currency(compared).is_none() {
        return None;
    }
    let values = values_of(compared, what);
    Some(bars_of(compared, &values, what, f))
}

/// The exact value of `what` for each scenario.
fn values_of(compared: &[Compared], what: What) -> Vec<Value> {
    compared.iter().map(|c| what.value(&c.scenario, &Metrics::compute(&Inputs::from(&c.scenario)))).collect()
}

fn bars_of(compared: &[Compared], values: &[Value], what: What, f: &impl Format) -> Vec<Bar> {
    let longest = best_of(values, Better::Higher).or_else(|| values.iter().find_map(|v| v.ok()));
    compared
        .iter()
        .zip(values)
        .map(|(c, value)| Bar {
            name: c.name.clone(),
            text: f.value(*value, what.unit(), c.scenario.currency),
            per_mille: value.ok().zip(longest).map_or(0, |(v, max)| per_mille(v, max)),
        })
        .collect()
}

/// A chart as the page draws it: its bars (none when there is nothing to draw) and, in words, why it draws nothing
/// or which scenario has no bar. A chart is never blank without saying why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub what: What,
    pub bars: Vec<Bar>,
    pub notes: Vec<Note>,
}

/// What a chart says besides its bars, as a typed case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartSaid {
    /// Fewer than two scenarios are picked: nothing to chart yet.
    NothingPicked,
    /// An amount across currencies (`codes`): no chart, since nothing is converted.
    Currencies { what: What, codes: Vec<&'static str> },
    /// No scenario has the figure: each one's name and why.
    NoneHas { what: What, why: Vec<(String, Undefined)> },
    /// This scenario has no value, so no bar, and why.
    NoBar { what: What, name: String, why: Undefined },
    /// This scenario's value is zero or below (a loss), which draws no bar; its value is written beside its name.
    NotAboveZero { what: What, name: String },
    /// No scenario's value is above zero: no bar has a length; each value is written beside its name.
    NoneAboveZero { what: What },
}

impl ChartSaid {
    pub fn words(&self) -> String {
        match self {
            ChartSaid::NothingPicked => "Pick two to four scenarios to see a chart.".into(),
            ChartSaid::Currencies { what, codes } => format!(
                "No chart of {}: these scenarios are in different currencies ({}), and amounts are never converted. \
                 Chart a rate, such as CTR or ROAS, instead.",
                what.label(),
                codes.join(", ")
            ),
            ChartSaid::NoneHas { what, why } => format!(
                "No chart of {}: no scenario has one yet ({}).",
                what.label(),
                why.iter().map(|(name, why)| format!("{name}: {why}")).collect::<Vec<_>>().join("; ")
            ),
            ChartSaid::NoBar { what, name, why } => format!("No {} bar for {name}: {why}.", what.label()),
            ChartSaid::NotAboveZero { what, name } => {
                format!("No {} bar for {name}: it is not above zero (its value is beside its name).", what.label())
            }
            ChartSaid::NoneAboveZero { what } => {
                format!("No bars drawn: no scenario's {} is above zero (each value is beside its name).", what.label())
            }
        }
    }

    pub const fn key(&self) -> &'static str {
        match self {
            ChartSaid::NothingPicked => "chart-nothing-picked",
            ChartSaid::Currencies { .. } => "chart-currencies",
            ChartSaid::NoneHas { .. } => "chart-none",
            ChartSaid::NoBar { .. } => "chart-no-bar",
            ChartSaid::NotAboveZero { .. } | ChartSaid::NoneAboveZero { .. } => "chart-not-above-zero",
        }
    }

    fn note(&self) -> Note {
        Note::new(Tone::Quiet, self.key(), self.words())
    }
}

/// Which chart of `what` the compared scenarios give, and what it says (the cases of [`ChartSaid`], in order).
pub fn chart_said(compared: &[Compared], what: What) -> Vec<ChartSaid> {
    let compared = compared.get(..compared.len().min(MAX_COMPARED)).unwrap_or_default();
    if compared.len() < 2 {
        return vec![ChartSaid::NothingPicked];
    }
    if what.unit() == Unit::Money && one_currency(compared).is_none() {
        return vec![ChartSaid::Currencies { what, codes: currency_codes(compared) }];
    }
    let values = values_of(compared, what);
    let named = || compared.iter().zip(&values).map(|(c, v)| (c.name.clone(), *v));
    let why: Vec<(String, Undefined)> = named().filter_map(|(name, v)| v.err().map(|why| (name, why))).collect();
    if why.len() == compared.len() {
        return vec![ChartSaid::NoneHas { what, why }];
    }
    let zero = Ratio::from(Decimal::ZERO);
    let not_above: Vec<String> = named()
        .filter(|(_, v)| v.is_ok_and(|v| v.cmp_exact(&zero) != Some(Ordering::Greater)))
        .map(|(name, _)| name)
        .collect();
    let mut said: Vec<ChartSaid> = why.into_iter().map(|(name, why)| ChartSaid::NoBar { what, name, why }).collect();
    if not_above.len().saturating_add(said.len()) == compared.len() {
        said.push(ChartSaid::NoneAboveZero { what });
    } else {
        said.extend(not_above.into_iter().map(|name| ChartSaid::NotAboveZero { what, name }));
    }
    said
}

/// The chart of `what` across the compared scenarios: its bars, when it has something to draw, and its notes.
pub fn chart(compared: &[Compared], what: What, f: &impl Format) -> Chart {
    let said = chart_said(compared, what);
    let draws = !said
        .iter()
        .any(|s| matches!(s, ChartSaid::NothingPicked | ChartSaid::Currencies { .. } | ChartSaid::NoneHas { .. }));
    let compared = compared.get(..compared.len().min(MAX_COMPARED)).unwrap_or_default();
    let bars = if draws { bars_of(compared, &values_of(compared, what), what, f) } else { Vec::new() };
    Chart { what, bars, notes: said.iter().map(ChartSaid::note).collect() }
}

/// The funnel of one scenario: impressions, clicks and conversions, each in thousandths of the impressions.
pub fn funnel(scenario: &Scenario, f: &impl Format) -> [(&'static str, String, u32); 3] {
    let n = |v: u64| f.number(Decimal::from(v));
    let share = |part: u64| {
        Ratio::new(Decimal::from(part), Decimal::from(scenario.impressions))
            .map_or(0, |r| per_mille(r, Ratio::from(Decimal::ONE)))
    };
    [
        ("Impressions", n(scenario.impressions), if scenario.impressions > 0 { 1000 } else { 0 }),
        ("Clicks", n(scenario.clicks), share(scenario.clicks)),
        ("Conversions", n(scenario.conversions), share(scenario.conversions)),
    ]
}

/// `value ÷ max` in thousandths, from 0 to 1,000: a value below zero (a loss), or a longest bar that is not above
/// zero, draws nothing; rounding only picks a bar's length in the drawing.
fn per_mille(value: Ratio, max: Ratio) -> u32 {
    if max.cmp_exact(&Ratio::from(Decimal::ZERO)) != Some(Ordering::Greater) {
        return 0;
    }
    let rounded = value.checked_div(max).and_then(|share| share.checked_mul(Decimal::ONE_THOUSAND)?.round(0));
    rounded.and_then(|v| u32::try_from(v.mantissa().clamp(0, 1000)).ok()).unwrap_or(0)
}
