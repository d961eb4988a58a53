//! Views more than one section draws: the side-by-side table and the charts of "Compare scenarios", and the
//! plan-against-actual table of "Plan a campaign" (the printed report draws them too), each laying out a core report;
//! and the field a link is copied from by hand where the clipboard is refused ("Copy link", "Copy compare link").

use adcredit_core::report::compare::{Bar, Chart, Table, SCROLL_HINT};
use adcredit_core::report::track::Tracking;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;
use send_wrapper::SendWrapper;
use web_sys::{ResizeObserver, ResizeObserverEntry};

use crate::NoteLine;

/// The link in a read-only field, focused and selected for copying by hand, while `url` holds one.
#[component]
pub fn CopyByHand(url: RwSignal<Option<String>>, id: &'static str, label: &'static str) -> impl IntoView {
    let field = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            let _ = input.focus();
            input.select();
        }
    });
    move || {
        url.get().map(|url| {
            view! {
                <div class="field copy-by-hand">
                    <label for=id>{label}</label>
                    <input id=id type="text" readonly node_ref=field value=url />
                </div>
            }
        })
    }
}

/// Whether a scrolling box holds more than it shows, and on which side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Overflow {
    left: bool,
    right: bool,
}

/// Follows how `scroller` overflows sideways: on every resize (a ResizeObserver, which also reports the first layout)
/// and, through `measure`, on every scroll. Disconnected when the component is dropped.
fn follow_overflow(scroller: NodeRef<html::Div>, overflow: RwSignal<Overflow>) -> impl Fn() + Copy {
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            let (width, shown, left) = (el.scroll_width(), el.client_width(), el.scroll_left());
            overflow.set(Overflow { left: left > 1, right: left.saturating_add(shown) < width.saturating_sub(1) });
        }
    };
    Effect::new(move |_| {
        let Some(el) = scroller.get() else { return };
        let callback =
            Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(move |_: Vec<ResizeObserverEntry>| measure());
        if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
            let kept = SendWrapper::new((observer, callback));
            on_cleanup(move || kept.take().0.disconnect());
        }
    });
    measure
}

/// The scenarios side by side, every input and metric a row, the best of each row marked in words. On a screen too
/// narrow for every column (a phone), the table scrolls sideways: a line above it says so, and the edge that hides
/// columns fades, for as long as there is more to see.
#[component]
pub fn CompareTable(table: Table) -> impl IntoView {
    let scroller = NodeRef::<html::Div>::new();
    let overflow = RwSignal::new(Overflow::default());
    let measure = follow_overflow(scroller, overflow);
    let overflows = move || overflow.get() != Overflow::default();
    view! {
        <p class="scroll-hint" hidden=move || !overflows()>{SCROLL_HINT}</p>
        <div
            class="scroll-frame"
            data-more-left=move || overflow.get().left.then_some("")
            data-more-right=move || overflow.get().right.then_some("")
        >
        <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label="Comparison table"
            node_ref=scroller
            on:scroll=move |_| measure()
        >
            <table class="compare side-by-side">
                <caption>"Scenarios side by side"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        {table.names.into_iter().map(|name| view! { <th scope="col">{name}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr data-row=row.what.key()>
                                    <th scope="row">{row.what.label()}</th>
                                    {row
                                        .cells
                                        .into_iter()
                                        .map(|cell| {
                                            view! {
                                                <td class:best=cell.best>
                                                    {cell.text}
                                                    {cell.best.then(|| view! { " " <span class="best-mark">"best"</span> })}
                                                </td>
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        </div>
    }
}

/// Each planned figure beside the actual one, the difference, the change in % and which way it went, in words.
#[component]
pub fn TrackingTable(tracking: Tracking) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Plan against actual results">
            <table class="compare against-plan">
                <caption class="visually-hidden">"Plan against actual results"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        <th scope="col">"Planned"</th>
                        <th scope="col">"Actual"</th>
                        <th scope="col">"Difference"</th>
                        <th scope="col">"Change"</th>
                        <th scope="col">"Against the plan"</th>
                    </tr>
                </thead>
                <tbody>
                    {tracking
                        .lines
                        .into_iter()
                        .map(|line| {
                            view! {
                                <tr data-tracked=line.tracked.key()>
                                    <th scope="row">{line.tracked.label()}</th>
                                    <td data-label="Planned">{line.planned}</td>
                                    <td data-label="Actual">{line.actual}</td>
                                    <td data-label="Difference">{line.difference}</td>
                                    <td data-label="Change">{line.change}</td>
                                    <td class="versus" data-versus=line.versus.map(|v| v.key())>
                                        {line.versus.map_or("—", |v| v.words())}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A bar per scenario, labelled with its name and value; the whole chart is one image with a text equivalent (the
/// table above holds the same figures).
pub fn bar_chart(title: &'static str, bars: Vec<Bar>) -> impl IntoView {
    let label =
        format!("{title}: {}", bars.iter().map(|b| format!("{} {}", b.name, b.text)).collect::<Vec<_>>().join(", "));
    let row_height = 44;
    let height = bars.len() * row_height;
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <svg role="img" aria-label=label width="100%" height=height.to_string()>
                {bars
                    .into_iter()
                    .enumerate()
                    .map(|(i, bar)| {
                        let y = i * row_height;
                        // The bar takes at most 75% of the width, leaving room for its value.
                        let width = f64::from(bar.per_mille) * 0.075;
                        view! {
                            <text x="0" y=(y + 14).to_string() class="chart-name">{bar.name}</text>
                            <rect x="0" y=(y + 20).to_string() width=format!("{width:.1}%") height="16" rx="3" class="chart-bar" />
                            <text x=format!("{:.1}%", width + 1.0) y=(y + 33).to_string() class="chart-value">{bar.text}</text>
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}

/// A chart of the compared scenarios: its bars when it has any, and what it says (why it draws nothing, which
/// scenario has no bar) in words under it.
pub fn compare_chart(chart: Chart) -> impl IntoView {
    let drawn = (!chart.bars.is_empty()).then(|| bar_chart(chart.what.label(), chart.bars));
    view! {
        {drawn}
        <div class="chart-notes" data-chart=chart.what.key()>
            {chart.notes.into_iter().map(|note| view! { <NoteLine note /> }).collect_view()}
        </div>
    }
}

/// Impressions → clicks → conversions of one scenario, each bar in proportion to the impressions.
pub fn funnel_chart(name: &str, steps: [(&'static str, String, u32); 3]) -> impl IntoView {
    let label = format!(
        "Funnel of {name}: {}",
        steps.iter().map(|(what, n, _)| format!("{n} {}", what.to_lowercase())).collect::<Vec<_>>().join(", ")
    );
    view! {
        <figure class="chart funnel">
            <figcaption>{format!("Funnel: {name}")}</figcaption>
            <svg role="img" aria-label=label width="100%" height="114">
                {steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, (what, n, per_mille))| {
                        let y = i * 38;
                        // A step too small to see keeps a sliver, so it is still drawn.
                        let width = (f64::from(per_mille) * 0.1).max(0.6);
                        view! {
                            <text x="0" y=(y + 13).to_string() class="chart-value">
                                {format!("{n} {}", what.to_lowercase())}
                            </text>
                            <rect x="0" y=(y + 18).to_string() width=format!("{width:.1}%") height="12" rx="3" class="chart-bar" />
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}
