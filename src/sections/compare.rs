//! "Compare scenarios": pick two to four (saved ones and the one on screen), see every input and metric side by
//! side with the best of each row marked, a bar chart of one metric and each scenario's funnel, drawn as SVG from the
//! core's figures (`report::compare`).

use adcredit_core::link::compare::{encode_compare, open_compare, too_long_to_share};
use adcredit_core::report::compare::{chart, funnel, table, Compared, What, MAX_COMPARED};
use adcredit_core::Metric;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address;
use crate::intl::Intl;
use crate::scenarios::Scenarios;
use crate::NoteLine;

use super::report::PrintJob;
use super::views::{compare_chart, funnel_chart, CompareTable, CopyByHand};
use super::NOT_PRINTED;

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionCompare;

/// The id that stands for the inputs on screen.
const ON_SCREEN: &str = "on-screen";
/// The saved scenarios offered to pick from: the most recently changed.
const PICKABLE: usize = 50;

/// The metrics a chart can show.
const CHARTED: [What; 7] = [
    What::Metric(Metric::Cpc),
    What::Metric(Metric::CostPerConversion),
    What::Metric(Metric::Cpm),
    What::Metric(Metric::Ctr),
    What::Metric(Metric::ConversionRateClicks),
    What::Metric(Metric::Roas),
    What::Metric(Metric::Profit),
];

/// The id of a compare link's scenario `n` among the choices.
fn link_id(n: usize) -> String {
    format!("link-{n}")
}

/// The section's content (its own chunk in the split build). `linked` is a compare link from the address: its
/// scenarios are offered, and picked, until they are saved.
#[component]
pub fn CompareBody(state: Scenarios, linked: RwSignal<Option<String>>) -> impl IntoView {
    state.load_library();
    let picked = RwSignal::new(Vec::<String>::new());
    let charted = RwSignal::new(0_usize);
    let from_link = Memo::new(move |_| linked.with(|l| l.as_deref().map(open_compare).unwrap_or_default()));
    let link_saved = RwSignal::new(false);
    // A (new) compare link: its scenarios are the ones compared.
    Effect::new(move |_| {
        let ids = from_link.with(|c| c.scenarios.iter().map(|l| link_id(l.number)).collect::<Vec<_>>());
        link_saved.set(false);
        picked.set(ids);
    });
    let choices = Memo::new(move |_| {
        let from_link = if link_saved.get() {
            Vec::new()
        } else {
            from_link.with(|c| c.scenarios.iter().map(|l| (link_id(l.number), l.label())).collect::<Vec<_>>())
        };
        let on_screen = state.scenario.with(Option::is_some).then(|| (ON_SCREEN.to_string(), "On screen".to_string()));
        let saved = state.library.with(|l| {
            l.recent_first().into_iter().take(PICKABLE).map(|s| (s.id.clone(), s.name.clone())).collect::<Vec<_>>()
        });
        from_link.into_iter().chain(on_screen).chain(saved).collect::<Vec<_>>()
    });
    // The scenarios picked, each with its id (in the order picked; one deleted meanwhile drops out).
    let picked_scenarios = Memo::new(move |_| {
        picked.with(|ids| {
            ids.iter()
                .filter_map(|id| {
                    let found = if id == ON_SCREEN {
                        state.scenario.get().map(|scenario| Compared { name: "On screen".into(), scenario })
                    } else {
                        let linked = from_link.with(|c| {
                            c.scenarios
                                .iter()
                                .find(|l| link_id(l.number) == *id)
                                .map(|l| Compared { name: l.name.clone(), scenario: l.scenario.clone() })
                        });
                        linked.or_else(|| {
                            state.library.with(|l| {
                                l.get(id).map(|s| Compared { name: s.name.clone(), scenario: s.scenario.clone() })
                            })
                        })
                    };
                    found.map(|c| (id.clone(), c))
                })
                .collect::<Vec<_>>()
        })
    });
    let compared = Memo::new(move |_| picked_scenarios.with(|p| p.iter().map(|(_, c)| c.clone()).collect::<Vec<_>>()));
    // What a compare link carries: the scenario on screen under the name it has in the save bar, if any.
    let shared = Memo::new(move |_| {
        let on_screen = Some(state.name.get()).filter(|n| !n.trim().is_empty()).unwrap_or("Unsaved scenario".into());
        picked_scenarios.with(|p| {
            p.iter()
                .map(|(id, c)| Compared {
                    name: if id == ON_SCREEN { on_screen.clone() } else { c.name.clone() },
                    scenario: c.scenario.clone(),
                })
                .collect::<Vec<_>>()
        })
    });
    let print_failed = RwSignal::new(false);
    super::drop_report_on_change(state);
    // "Save the scenarios from the link": they join the list, and stay compared.
    let save_linked = move |_| {
        let scenarios =
            from_link.with_untracked(|c| c.scenarios.iter().map(|l| (l.name.clone(), l.scenario.clone())).collect());
        let ids = state.save_all(scenarios);
        if !ids.is_empty() {
            let saved_ids: Vec<(String, String)> = from_link
                .with_untracked(|c| c.scenarios.iter().map(|l| link_id(l.number)).zip(ids).collect::<Vec<_>>());
            picked.update(|p| {
                for id in p.iter_mut() {
                    if let Some((_, saved)) = saved_ids.iter().find(|(link, _)| link == id) {
                        *id = saved.clone();
                    }
                }
            });
            link_saved.set(true);
        }
    };
    let shown = Memo::new(move |_| compared.with(|c| table(c, &Intl)));
    let toggle = move |id: String| {
        picked.update(|p| match p.iter().position(|x| *x == id) {
            Some(i) => {
                p.remove(i);
            }
            None if p.len() < MAX_COMPARED => p.push(id),
            None => {}
        })
    };
    view! {
        <div
            role="status"
            aria-live="polite"
            class="link-notices compare-link-notices"
            hidden=move || link_saved.get() || from_link.with(|c| c.notices.is_empty() && c.scenarios.is_empty())
        >
            {move || {
                from_link
                    .with(|c| {
                        (!c.scenarios.is_empty())
                            .then(|| {
                                view! {
                                    <p>
                                        "You opened a comparison from a link. "
                                        <button type="button" class="link" on:click=save_linked>
                                            "Save its scenarios to your list"
                                        </button>
                                    </p>
                                }
                            })
                    })
            }}
            {move || from_link.with(|c| c.notices.iter().map(|n| view! { <p>{n.to_string()}</p> }).collect_view())}
        </div>
        <p class="help">
            "Pick two to four scenarios: the saved ones (the 50 most recently changed) and the one on screen. The "
            "best value of each metric is marked; amounts in different currencies are never converted."
        </p>
        <fieldset class="pick">
            <legend>"Scenarios to compare"</legend>
            <For each=move || choices.get() key=|(id, name)| (id.clone(), name.clone()) let:choice>
                {
                    let (id, name) = choice;
                    let checked_id = id.clone();
                    let limit_id = id.clone();
                    let is_checked = move || picked.with(|p| p.contains(&checked_id));
                    let at_limit = move || picked.with(|p| p.len() >= MAX_COMPARED && !p.contains(&limit_id));
                    view! {
                        <label class="choice">
                            <input
                                type="checkbox"
                                prop:checked=is_checked
                                disabled=at_limit
                                on:change=move |_| toggle(id.clone())
                            />
                            " "
                            {name}
                        </label>
                    }
                }
            </For>
        </fieldset>
        <div role="status" aria-live="polite">
            <For each=move || shown.get().notes key=|note| note.text.clone() let:note>
                <NoteLine note />
            </For>
            <Show when=move || compared.with(|c| c.len() >= 2)>
                {move || view! { <CompareTable table=shown.get() /> }}
                <div class="actions share-comparison">
                    <ShareComparison compared=shared />
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            let compared = shared.get_untracked();
                            let what = CHARTED.get(charted.get_untracked()).copied().unwrap_or(What::Metric(Metric::Cpc));
                            let link = encode_compare(compared.iter().map(|c| (&c.scenario, c.name.as_str())))
                                .ok()
                                .map(|link| address::page_address(Some(&link)));
                            spawn_local(async move {
                                let job = PrintJob::Comparison { compared, charted: what, link };
                                if super::print(job).await.is_err() {
                                    print_failed.set(true);
                                }
                            });
                        }
                    >
                        "Print comparison"
                    </button>
                </div>
                <Show when=move || print_failed.get()>
                    <p class="error" role="alert">{NOT_PRINTED}</p>
                </Show>
                <div class="field chart-pick">
                    <label for="chart-metric">"Chart"</label>
                    <select
                        id="chart-metric"
                        on:change=move |ev| {
                            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                                charted.set(i);
                            }
                        }
                    >
                        {CHARTED
                            .iter()
                            .enumerate()
                            .map(|(i, what)| view! { <option value=i.to_string()>{what.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                {move || {
                    let what = CHARTED.get(charted.get()).copied().unwrap_or(What::Metric(Metric::Cpc));
                    compare_chart(compared.with(|c| chart(c, what, &Intl)))
                }}
                <div class="funnels">
                    {move || {
                        compared
                            .get()
                            .into_iter()
                            .map(|c| funnel_chart(&c.name, funnel(&c.scenario, &Intl)))
                            .collect_view()
                    }}
                </div>
            </Show>
        </div>
    }
}

/// "Copy compare link": the scenarios compared as one link on the clipboard, or, where the browser refuses, in a field
/// selected for copying by hand; a link too long to open is refused with what to do.
#[component]
fn ShareComparison(compared: Memo<Vec<Compared>>) -> impl IntoView {
    let said = RwSignal::new(None::<String>);
    let by_hand = RwSignal::new(None::<String>);
    let copy = move |_| {
        let link = compared.with_untracked(|c| encode_compare(c.iter().map(|c| (&c.scenario, c.name.as_str()))));
        let Ok(link) = link else {
            by_hand.set(None);
            said.set(Some(too_long_to_share()));
            return;
        };
        let url = address::page_address(Some(&link));
        spawn_local(async move {
            if address::copy(&url).await {
                by_hand.set(None);
                said.set(Some("Compare link copied.".into()));
            } else {
                by_hand.set(Some(url));
                said.set(Some("Copy the compare link from the field below.".into()));
            }
        });
    };
    view! {
        <button type="button" class="secondary" on:click=copy>"Copy compare link"</button>
        " "
        <span class="said" role="status">{move || said.get()}</span>
        <CopyByHand url=by_hand id="compare-link" label="Link to this comparison" />
    }
}
