//! "Plan against actual": each figure of the plan ("Plan a campaign") beside what the calculator holds, the
//! difference (actual − planned) and that difference in % of the plan, and a word for which way it went: lower is
//! better for costs (CPM, CPC, cost per conversion), higher for rates, conversions, revenue and ROAS (`DOMAIN.md`);
//! the spend, impressions and clicks are only more or less than planned.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::compare::Better;
use super::{Format, Note, Tone};
use crate::plan::{Forecast, Projection};
use crate::value::{Undefined, Unit, Value};
use crate::{display, Field, Inputs, Metric, Metrics, Ratio};

/// A figure tracked against the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tracked {
    Spend,
    Impressions,
    Clicks,
    Conversions,
    Revenue,
    Cpm,
    Ctr,
    ConversionRate,
    Cpc,
    CostPerConversion,
    Roas,
}

impl Tracked {
    pub const ALL: [Tracked; 11] = [
        Tracked::Spend,
        Tracked::Impressions,
        Tracked::Clicks,
        Tracked::Conversions,
        Tracked::Revenue,
        Tracked::Cpm,
        Tracked::Ctr,
        Tracked::ConversionRate,
        Tracked::Cpc,
        Tracked::CostPerConversion,
        Tracked::Roas,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Tracked::Spend => "Spend",
            Tracked::Impressions => "Impressions",
            Tracked::Clicks => "Clicks",
            Tracked::Conversions => "Conversions",
            Tracked::Revenue => "Revenue",
            Tracked::Cpm => "CPM",
            Tracked::Ctr => "CTR",
            Tracked::ConversionRate => "Conversion rate (of clicks)",
            Tracked::Cpc => "CPC",
            Tracked::CostPerConversion => "Cost per conversion",
            Tracked::Roas => "ROAS",
        }
    }

    /// A stable identifier (test selectors).
    pub const fn key(self) -> &'static str {
        match self {
            Tracked::Spend => "spend",
            Tracked::Impressions => "impressions",
            Tracked::Clicks => "clicks",
            Tracked::Conversions => "conversions",
            Tracked::Revenue => "revenue",
            Tracked::Cpm => "cpm",
            Tracked::Ctr => "ctr",
            Tracked::ConversionRate => "cvr",
            Tracked::Cpc => "cpc",
            Tracked::CostPerConversion => "cpa",
            Tracked::Roas => "roas",
        }
    }

    pub const fn better(self) -> Better {
        match self {
            Tracked::Cpm | Tracked::Cpc | Tracked::CostPerConversion => Better::Lower,
            Tracked::Conversions | Tracked::Revenue | Tracked::Ctr | Tracked::ConversionRate | Tracked::Roas => {
                Better::Higher
            }
            Tracked::Spend | Tracked::Impressions | Tracked::Clicks => Better::Neither,
        }
    }

    const fn unit(self) -> Unit {
        match self {
            Tracked::Spend | Tracked::Revenue | Tracked::Cpm | Tracked::Cpc | Tracked::CostPerConversion => Unit::Money,
            Tracked::Impressions | Tracked::Clicks | Tracked::Conversions => Unit::Count,
            Tracked::Ctr | Tracked::ConversionRate => Unit::Percent,
            Tracked::Roas => Unit::Multiple,
        }
    }

    /// The planned value, exactly (rates as fractions, like the metrics).
    fn planned(self, plan: &Forecast) -> Value {
        let percent =
            |rate: Result<Decimal, Undefined>| Ratio::new(rate?, Decimal::ONE_HUNDRED).ok_or(Undefined::TooLarge);
        match self {
            Tracked::Spend => plan.budget.map(|(budget, _)| Ratio::from(budget)),
            Tracked::Cpm => plan.cpm.map(Ratio::from),
            Tracked::Ctr => percent(plan.ctr),
            Tracked::ConversionRate => percent(plan.cvr),
            Tracked::Impressions => plan.get(Projection::Impressions),
            Tracked::Clicks => plan.get(Projection::Clicks),
            Tracked::Conversions => plan.get(Projection::Conversions),
            Tracked::Revenue => plan.get(Projection::Revenue),
            Tracked::Cpc => plan.get(Projection::Cpc),
            Tracked::CostPerConversion => plan.get(Projection::CostPerConversion),
            Tracked::Roas => plan.get(Projection::Roas),
        }
    }

    /// The actual value: what the calculator holds.
    fn actual(self, inputs: &Inputs, metrics: &Metrics) -> Value {
        let count =
            |n: Result<u64, _>, field: Field| n.map(|n| Ratio::from(Decimal::from(n))).map_err(|_| inputs.why(field));
        match self {
            Tracked::Spend => metrics.spend().map(Ratio::from),
            Tracked::Impressions => count(inputs.impressions, Field::Impressions),
            Tracked::Clicks => count(inputs.clicks, Field::Clicks),
            Tracked::Conversions => count(inputs.conversions, Field::Conversions),
            Tracked::Revenue => inputs.given(Field::Revenue).map(Ratio::from),
            Tracked::Cpm => metrics.get(Metric::Cpm),
            Tracked::Ctr => metrics.get(Metric::Ctr),
            Tracked::ConversionRate => metrics.get(Metric::ConversionRateClicks),
            Tracked::Cpc => metrics.get(Metric::Cpc),
            Tracked::CostPerConversion => metrics.get(Metric::CostPerConversion),
            Tracked::Roas => metrics.get(Metric::Roas),
        }
    }
}

/// Which way a figure went against the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Versus {
    Better,
    Worse,
    AsPlanned,
    /// More than planned, for a figure that is neither better nor worse that way (the spend, impressions, clicks).
    More,
    Less,
}

impl Versus {
    pub const fn words(self) -> &'static str {
        match self {
            Versus::Better => "better than planned",
            Versus::Worse => "worse than planned",
            Versus::AsPlanned => "as planned",
            Versus::More => "more than planned",
            Versus::Less => "less than planned",
        }
    }

    /// A stable identifier (the CSS class and test selectors).
    pub const fn key(self) -> &'static str {
        match self {
            Versus::Better => "better",
            Versus::Worse => "worse",
            Versus::AsPlanned => "as-planned",
            Versus::More => "more",
            Versus::Less => "less",
        }
    }

    fn of(order: Ordering, better: Better) -> Versus {
        match (order, better) {
            (Ordering::Equal, _) => Versus::AsPlanned,
            (Ordering::Greater, Better::Higher) | (Ordering::Less, Better::Lower) => Versus::Better,
            (Ordering::Less, Better::Higher) | (Ordering::Greater, Better::Lower) => Versus::Worse,
            (Ordering::Greater, Better::Neither) => Versus::More,
            (Ordering::Less, Better::Neither) => Versus::Less,
        }
    }
}

/// A row of the table: planned, actual, difference, difference in %, and which way it went (none while either
/// value is missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub tracked: Tracked,
    pub planned: String,
    pub actual: String,
    pub difference: String,
    pub change: String,
    pub versus: Option<Versus>,
}

/// The plan against the actual results: a line per figure and a sentence that sums them up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracking {
    pub lines: Vec<Line>,
    pub summary: Note,
}

/// Whether the scenario has a plan to track against: an expected CPM, CTR or conversion rate.
pub fn has_plan(inputs: &Inputs) -> bool {
    [Field::PlanCpm, Field::PlanCtr, Field::PlanCvr].iter().any(|&f| inputs.given(f) != Err(Undefined::Missing(f)))
}

/// The plan of `inputs` against the results the calculator holds.
pub fn against_plan(inputs: &Inputs, metrics: &Metrics, f: &impl Format) -> Tracking {
    let plan = Forecast::of(inputs);
    let currency = inputs.currency;
    let lines: Vec<Line> = Tracked::ALL
        .iter()
        .map(|&tracked| {
            let (planned, actual) = (tracked.planned(&plan), tracked.actual(inputs, metrics));
            let unit = tracked.unit();
            let difference = planned.and_then(|p| actual?.checked_sub(p).ok_or(Undefined::TooLarge));
            let change = planned.and_then(|p| {
                let d = difference?;
                if p.is_zero() {
                    return Err(Undefined::NothingPlanned);
                }
                d.checked_div(p).ok_or(Undefined::TooLarge)
            });
            // Two figures that read the same are as planned: a difference hidden by the rounding is no verdict.
            let same_as_shown = |p: Ratio, a: Ratio| {
                let shown = |v: Ratio| display::shown(v, unit, currency).ok();
                shown(p).is_some() && shown(p) == shown(a)
            };
            Line {
                tracked,
                planned: f.value(planned, unit, currency),
                actual: f.value(actual, unit, currency),
                difference: signed(difference, |d| match unit {
                    // A rate's difference is in percentage points: 1.50% against 1.00% is 0.50 points more.
                    Unit::Percent => display::percent(d).map(|p| format!("{} pts", f.number(p))),
                    _ => display::shown(d, unit, currency).map(|v| f.rounded(v, unit, currency)),
                }),
                change: signed(change, |c| display::percent(c).map(|p| f.percent(p))),
                versus: planned.ok().zip(actual.ok()).and_then(|(p, a)| {
                    let order = if same_as_shown(p, a) { Ordering::Equal } else { a.cmp_exact(&p)? };
                    Some(Versus::of(order, tracked.better()))
                }),
            }
        })
        .collect();
    let summary = summary(&lines, has_plan(inputs));
    Tracking { lines, summary }
}

/// A difference with its sign: "+$0.05", "-25.00%", "0.00%", or "— " and why there is none.
fn signed(value: Value, shown: impl Fn(Ratio) -> Result<String, Undefined>) -> String {
    match value.and_then(|v| Ok((shown(v)?, v.sign()))) {
        Err(why) => format!("— {why}"),
        Ok((text, Ordering::Greater)) => format!("+{text}"),
        Ok((text, _)) => text,
    }
}

/// "Against the plan: 3 figures better, 2 worse, 1 as planned." or why there is nothing to say yet.
fn summary(lines: &[Line], planned: bool) -> Note {
    let counted = |v: Versus| lines.iter().filter(|l| l.versus == Some(v)).count();
    let (better, worse, same) = (counted(Versus::Better), counted(Versus::Worse), counted(Versus::AsPlanned));
    if !planned || lines.iter().all(|l| l.versus.is_none()) {
        return Note::new(
            Tone::Quiet,
            "track",
            "Nothing to compare yet: fill in the plan above, and the actual results in the calculator.",
        );
    }
    let figures = |n: usize| if n == 1 { "1 figure".to_string() } else { format!("{n} figures") };
    let mut parts = vec![format!("{} better than planned", figures(better)), format!("{worse} worse")];
    if same > 0 {
        parts.push(format!("{same} as planned"));
    }
    Note::new(Tone::Plain, "track", format!("Against the plan: {}.", parts.join(", ")))
}
