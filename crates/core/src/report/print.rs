//! "Print report": one scenario, or a comparison, as a page to hand a client — its name and the date, every input
//! given, every metric grouped as the page groups them, the verdicts the sections give (did it pay, when the credits
//! run out, is the offer worth it: each section's own report, so the words follow it), the plan against actual
//! results when there is a plan, and the link that reopens it. The charts are drawn by the shell from
//! [`compare::funnel`] and [`compare::chart`].
//!
//! A figure with no value because an optional input was left empty ("— add a target profit") is not a figure: it is
//! left out of its group, and the sheet says once what was left out and what would add it
//! ([`Omitted`], "Not included: …"). A figure with no value for a reason in the results ("— no clicks yet") is printed,
//! since that is what the campaign did.

use rust_decimal::Decimal;

use super::compare::{self, Compared, Table};
use super::offer::{self, OfferReport};
use super::track::{against_plan, has_plan, Tracking};
use super::{profit, wallet, Figure, Format, Note, Tone};
use crate::value::Undefined;
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
    /// What the sections conclude, each under its heading (only the sections the scenario fills).
    pub verdicts: Vec<Verdicts>,
    /// The plan against the actual results, when the scenario has a plan.
    pub tracking: Option<Tracking>,
    /// "Not included: …": the figures and verdicts left out for want of an optional input, said once.
    pub not_included: Option<Note>,
    /// "Open this scenario: https://…", or why there is no link.
    pub link: String,
}

/// A section's verdicts under its heading, in its own words (its report's notes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdicts {
    pub heading: &'static str,
    pub notes: Vec<Note>,
}

/// What the sheet leaves out because an optional input is empty, as a typed case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Omitted {
    /// A metric that needs `field` ("ROAS" needs revenue).
    Figure { label: &'static str, field: Field },
    /// Did it pay: the profit verdict needs `field` (a gross margin).
    ProfitVerdict(Field),
    /// How long the credits last: it needs a daily budget (the campaign's or an ad group's).
    CreditsLasting,
}

impl Omitted {
    fn what(self) -> &'static str {
        match self {
            Omitted::Figure { label, .. } => label,
            Omitted::ProfitVerdict(_) => "whether it paid",
            Omitted::CreditsLasting => "how long the credits last",
        }
    }

    /// What would add it: "add revenue", "add a daily budget".
    fn wants(self) -> String {
        match self {
            Omitted::Figure { field, .. } | Omitted::ProfitVerdict(field) => Undefined::Missing(field).to_string(),
            Omitted::CreditsLasting => "add a daily budget".into(),
        }
    }

    /// The one line that says them all, grouped by what would add them, in the order they come on the sheet:
    /// "Not included: ROAS and Revenue per conversion (add revenue); Target ROAS (add a target profit)."
    pub fn words(omitted: &[Omitted]) -> Option<String> {
        let mut by_want: Vec<(String, Vec<&'static str>)> = Vec::new();
        for o in omitted {
            let wants = o.wants();
            match by_want.iter_mut().find(|(w, _)| *w == wants) {
                Some((_, whats)) => whats.push(o.what()),
                None => by_want.push((wants, vec![o.what()])),
            }
        }
        let parts: Vec<String> =
            by_want.iter().map(|(wants, whats)| format!("{} ({wants})", and_list(whats))).collect();
        (!parts.is_empty()).then(|| format!("Not included: {}.", parts.join("; ")))
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The field an empty optional input a value needs, when that is why it has none.
fn wanted(value: &crate::value::Value) -> Option<Field> {
    match value {
        Err(Undefined::Missing(field)) if field.is_optional() => Some(*field),
        _ => None,
    }
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
    let mut omitted = Vec::new();
    let mut figures = |list: &[Metric]| {
        let mut shown = Vec::new();
        for &m in list {
            match wanted(&metrics.get(m)) {
                Some(field) => omitted.push(Omitted::Figure { label: m.label(), field }),
                None => shown.push(Figure { key: m.key(), label: m.label(), value: f.metric(&metrics, m) }),
            }
        }
        shown
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
    groups.retain(|g| !g.figures.is_empty());
    let verdicts = verdicts(scenario, &inputs, &metrics, today, &mut omitted, f);
    Sheet {
        title: title(name),
        subject: Some(name.trim()).filter(|n| !n.is_empty()).unwrap_or("This scenario").to_string(),
        printed: printed(today, f),
        inputs: input_lines(scenario, f),
        groups,
        verdicts,
        tracking: has_plan(&inputs).then(|| against_plan(&inputs, &metrics, f)),
        not_included: Omitted::words(&omitted).map(|text| Note::new(Tone::Quiet, "not-included", text)),
        link: link_line("scenario", Some(link)),
    }
}

/// The verdicts of the sections the scenario fills, from each section's own report: the profit verdict (with
/// revenue), the wallet's sentences (with credits in the wallet), the offer's verdicts (with tiers). What a verdict
/// lacks for want of an optional input goes into `omitted` instead of being printed as a verdict.
fn verdicts(
    scenario: &Scenario,
    inputs: &Inputs,
    metrics: &Metrics,
    today: Day,
    omitted: &mut Vec<Omitted>,
    f: &impl Format,
) -> Vec<Verdicts> {
    let mut said = Vec::new();
    if scenario.revenue.is_some() {
        match profit::Verdict::of(metrics) {
            profit::Verdict::Nothing(why) => {
                // With a complete scenario and revenue, only an empty optional input (the margin) stops the verdict.
                if let Some(field) = wanted(&Err(why)) {
                    omitted.push(Omitted::ProfitVerdict(field));
                }
            }
            profit::Verdict::Outcome { .. } => {
                said.push(Verdicts { heading: "Did it pay?", notes: profit::report(metrics, f) });
            }
        }
    }
    if !scenario.grants.is_empty() {
        let w = wallet::report(inputs, today, f);
        let no_budget = wallet::daily_budget(inputs).is_none();
        if no_budget {
            omitted.push(Omitted::CreditsLasting);
        }
        let order = w.order.into_iter().map(|text| Note::new(Tone::Plain, "order", text));
        // Without a daily budget the wallet's quiet line asks for one; the sheet has said that once already.
        let notes: Vec<Note> = w
            .lasting
            .into_iter()
            .chain(order)
            .chain(w.notes)
            .filter(|n| !(no_budget && n.tone == Tone::Quiet))
            .collect();
        if !notes.is_empty() {
            said.push(Verdicts { heading: "When the credits run out", notes });
        }
    }
    if !scenario.offer.tiers.is_empty() {
        match offer::report(inputs, metrics, f) {
            OfferReport::Weighed(table) => {
                said.push(Verdicts { heading: "Is the offer worth it?", notes: table.verdicts });
            }
            // A complete scenario's tiers and fields all read: nothing to weigh only when there are no tiers.
            OfferReport::Nothing(_) => {}
        }
    }
    said
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
