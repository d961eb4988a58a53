//! "Print report": one scenario, or the comparison, laid out as a page for the print stylesheet (which shows only
//! this while it is there; `sections::print` puts it on the page and opens the browser's print dialog). Everything
//! it says comes from `report::print`.

use adcredit_core::report::compare::{chart, funnel, Compared, What};
use adcredit_core::report::print::{comparison_sheet, sheet, Group, Line, Verdicts};
use adcredit_core::report::Figure;
use adcredit_core::Scenario;
use leptos::prelude::*;

use crate::intl::{self, Intl};
use crate::NoteLine;

use super::views::{compare_chart, funnel_chart, CompareTable, TrackingTable};

/// What is printed: the scenario on screen, or the scenarios compared (with the metric charted).
#[derive(Clone, Debug)]
pub enum PrintJob {
    Scenario { name: String, scenario: Box<Scenario>, link: String },
    Comparison { compared: Vec<Compared>, charted: What, link: Option<String> },
}

/// The report (its own chunk in the split build), laid out by `sections::print`.
#[component]
pub fn ReportBody(job: PrintJob) -> impl IntoView {
    let today = intl::today();
    match job {
        PrintJob::Scenario { name, scenario, link } => {
            let s = sheet(&name, &scenario, today, &link, &Intl);
            let funnel = funnel_chart(&s.subject, funnel(&scenario, &Intl));
            view! {
                <article class="report">
                    <ReportHeading title=s.title printed=s.printed />
                    <section>
                        <h3>"Inputs"</h3>
                        <Lines lines=s.inputs />
                    </section>
                    {s.groups.into_iter().map(|group| view! { <Figures group /> }).collect_view()}
                    {s.verdicts.into_iter().map(|verdicts| view! { <VerdictLines verdicts /> }).collect_view()}
                    <section class="report-chart">{funnel}</section>
                    {s.tracking.map(|t| {
                        view! {
                            <section>
                                <h3>"Plan against actual results"</h3>
                                <NoteLine note=t.summary.clone() />
                                <TrackingTable tracking=t />
                            </section>
                        }
                    })}
                    {s.not_included.map(|note| view! { <NoteLine note /> })}
                    <p class="report-link">{s.link}</p>
                </article>
            }
            .into_any()
        }
        PrintJob::Comparison { compared, charted, link } => {
            let s = comparison_sheet(&compared, today, link.as_deref(), &Intl);
            let drawn = compare_chart(chart(&compared, charted, &Intl));
            let funnels = compared.iter().map(|c| funnel_chart(&c.name, funnel(&c.scenario, &Intl))).collect_view();
            view! {
                <article class="report">
                    <ReportHeading title=s.title printed=s.printed />
                    {s.table.notes.clone().into_iter().map(|note| view! { <NoteLine note /> }).collect_view()}
                    <CompareTable table=s.table />
                    <section class="report-chart">{drawn}</section>
                    <section class="report-chart funnels">{funnels}</section>
                    <p class="report-link">{s.link}</p>
                </article>
            }
            .into_any()
        }
    }
}

#[component]
fn ReportHeading(title: String, printed: String) -> impl IntoView {
    view! {
        <header class="report-heading">
            <p class="report-app">"TikTok Ads Credit Calculator"</p>
            <h2>{title}</h2>
            <p class="report-date">{printed}</p>
        </header>
    }
}

#[component]
fn Lines(lines: Vec<Line>) -> impl IntoView {
    view! {
        <dl class="report-figures">
            {lines
                .into_iter()
                .map(|l| view! { <div><dt>{l.label}</dt><dd>{l.value}</dd></div> })
                .collect_view()}
        </dl>
    }
}

#[component]
fn Figures(group: Group) -> impl IntoView {
    view! {
        <section>
            <h3>{group.heading}</h3>
            <dl class="report-figures">
                {group
                    .figures
                    .into_iter()
                    .map(|Figure { key, label, value }| {
                        view! { <div data-metric=key><dt>{label}</dt><dd>{value}</dd></div> }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}

/// A section's verdicts, in its words, under its heading.
#[component]
fn VerdictLines(verdicts: Verdicts) -> impl IntoView {
    view! {
        <section class="report-verdicts">
            <h3>{verdicts.heading}</h3>
            {verdicts.notes.into_iter().map(|note| view! { <NoteLine note /> }).collect_view()}
        </section>
    }
}
