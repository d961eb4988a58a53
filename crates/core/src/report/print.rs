//! "Print report": one scenario, or a comparison, as a page to hand a client — its name and the date, every input
//! given, every metric grouped as the page groups them, the plan against actual results when there is a plan, and
//! the link that reopens it. The charts are drawn by the shell from [`compare::funnel`] and [`compare::bars`].

use rust_decimal::Decimal;

use super::compare::{self, Compared, Table};
use super::track::{against_plan, has_plan, Tracking};
use super::{Figure, Format};
use crate::wallet::Day;
use crate::{Draft, Field, Inputs, Kind, Metric, Metrics, Scenario};

/// A group of metrics under its heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub heading: &'static str,
    pub figures: Vec<Figure>,
}

/// A labelled line of the report ("Ad credits: $100.00").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub label: String,
    pub value: String,
}

/// One scenario's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub title: String,
    /// What the charts call it: its name, or "This scenario".
    pub subject: String,
    /// "Printed Nov 25, 2026".
    pub printed: String,
    pub inputs: Vec<Line>,
    pub groups: Vec<Group>,
    /// The plan against the actual results, when the scenario has a plan.
    pub tracking: Option<Tracking>,
    /// "Open this scenario: https://…", or why there is no link.
    pub link: String,
}

/// A comparison's report: the side-by-side table and the link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonSheet {
    pub title: String,
    pub printed: String,
    pub table: Table,
    pub link: String,
}

/// The title of a report: the scenario's name, or what it is when it has none.
fn title(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        "Ad credit report".to_string()
    } else {
        format!("Ad credit report: {name}")
    }
}

fn printed(today: Day, f: &impl Format) -> String {
    format!("Printed {}", f.date(today))
}

/// The link line: the address that reopens it, or why there is none (a comparison too long for a link).
fn link_line(what: &str, link: Option<&str>) -> String {
    match link {
        Some(link) => format!("Open this {what}: {link}"),
        None => format!("This {what} is too long for a link; save its scenarios to keep it."),
    }
}

/// One scenario's report; `link` is the address that reopens it.
pub fn sheet(name: &str, scenario: &Scenario, today: Day, link: &str, f: &impl Format) -> Sheet {
    let inputs = Inputs::from(scenario);
    let metrics = Metrics::compute(&inputs);
    let figures = |list: &[Metric]| {
        list.iter()
            .map(|&m| Figure { key: m.key(), label: m.label(), value: f.metric(&metrics, m) })
            .collect::<Vec<_>>()
    };
    // "Credits and cash" as its section shows it: how the spend is paid, then each out-of-pocket figure.
    let cash: Vec<Metric> = Metric::FUNDING.into_iter().chain(Metric::GROSS_AND_CASH.map(|(_, cash)| cash)).collect();
    let mut groups = vec![
        Group { heading: "What the credits bought", figures: figures(&Metric::RESULTS) },
        Group { heading: "Credits and cash", figures: figures(&cash) },
    ];
    if scenario.revenue.is_some() {
        groups.push(Group { heading: "Profit and break-even", figures: figures(&Metric::PROFIT) });
    }
    Sheet {
        title: title(name),
        subject: Some(name.trim()).filter(|n| !n.is_empty()).unwrap_or("This scenario").to_string(),
        printed: printed(today, f),
        inputs: input_lines(scenario, f),
        groups,
        tracking: has_plan(&inputs).then(|| against_plan(&inputs, &metrics, f)),
        link: link_line("scenario", Some(link)),
    }
}

/// A comparison's report; `link` is the address that reopens it, `None` when it is too long for one.
pub fn comparison_sheet(compared: &[Compared], today: Day, link: Option<&str>, f: &impl Format) -> ComparisonSheet {
    ComparisonSheet {
        title: "Ad credit report: scenarios compared".to_string(),
        printed: printed(today, f),
        table: compare::table(compared, f),
        link: link_line("comparison", link),
    }
}

/// Every input the scenario gives, as the user would read it: "Ad credits: $100.00", "Gross margin: 40%",
/// "Referral credit: $100.00, received …, last day to use …", "Offer: spend $500.00, get $500.00".
pub fn input_lines(scenario: &Scenario, f: &impl Format) -> Vec<Line> {
    let draft = Draft::from(scenario);
    let currency = scenario.currency;
    let mut lines = vec![Line { label: "Currency".into(), value: currency.code().into() }];
    for field in Field::ALL {
        let text = draft.text(field);
        let Ok(value) = text.parse::<Decimal>() else { continue };
        let value = match field.kind() {
            Kind::Money => f.amount(value, currency),
            Kind::Count => f.number(value),
            Kind::Percent => f.percent(value),
            Kind::Multiple => f.multiple(value),
            Kind::Days => format!("{} days", f.number(value)),
        };
        lines.push(Line { label: field.label().into(), value });
    }
    for grant in &scenario.grants {
        lines.push(Line {
            label: format!("{} credit", grant.source.label()),
            value: format!(
                "{}, received {}, last day to use {}",
                f.amount(grant.amount, currency),
                f.date(grant.received),
                f.date(grant.expires)
            ),
        });
    }
    for tier in &scenario.offer.tiers {
        lines.push(Line {
            label: "Offer".into(),
            value: format!("spend {}, get {}", f.amount(tier.spend, currency), f.amount(tier.credit, currency)),
        });
    }
    lines
}
