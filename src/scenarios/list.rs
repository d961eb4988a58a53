//! The list of saved scenarios, most recently changed first.

use adcredit_core::report::saved;
use adcredit_core::{Library, Saved};
use leptos::ev;
use leptos::html;
use adcredit_core::l10n::Msg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Scenarios;
use crate::intl;

/// How many rows the list shows before "Show all": enough for recent work, and quick to draw however many are saved.
const FIRST_ROWS: usize = 50;

/// The list, most recently changed first. One click handler serves every row (event delegation): rows carry
/// `data-id` and their buttons `data-action`, so a list of a thousand needs no thousand closures.
#[component]
pub(super) fn ScenarioList(state: Scenarios) -> impl IntoView {
    let show_all = RwSignal::new(false);
    let renaming = RwSignal::new(None::<String>);
    let total = move || state.library.with(Library::len);
    let rows = move || {
        let limit = if show_all.get() { usize::MAX } else { FIRST_ROWS };
        state.library.with(|l| l.recent_first().into_iter().take(limit).cloned().collect::<Vec<_>>())
    };
    let on_click = move |ev: ev::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button[data-action]").ok().flatten())
        else {
            return;
        };
        let id = button.closest("[data-id]").ok().flatten().and_then(|row| row.get_attribute("data-id"));
        let Some(saved) = id.and_then(|id| state.library.with_untracked(|l| l.get(&id).cloned())) else { return };
        match button.get_attribute("data-action").as_deref() {
            Some("open") => state.open(&saved),
            Some("rename") => renaming.set(Some(saved.id)),
            Some("duplicate") => state.duplicate(&saved),
            Some("delete") => state.delete(vec![saved.id]),
            _ => {}
        }
    };
    view! {
        <Show
            when=move || { total() > 0 }
            fallback=|| view! { <p class="empty">{Msg::NoSavedYet.text()}</p> }
        >
            <ul class="scenario-list" on:click=on_click>
                <For each=rows key=|s| (s.id.clone(), s.updated, s.name.clone()) let:saved>
                    <ScenarioRow state saved renaming />
                </For>
            </ul>
            <Show when=move || { !show_all.get() && total() > FIRST_ROWS }>
                <button type="button" class="secondary show-all" on:click=move |_| show_all.set(true)>
                    {move || format!("Show all {} scenarios", total())}
                </button>
            </Show>
        </Show>
    }
}

/// One saved scenario: its name (opens it), its key figures, when it changed, and its actions.
#[component]
fn ScenarioRow(state: Scenarios, saved: Saved, renaming: RwSignal<Option<String>>) -> impl IntoView {
    let summary = saved::summary(&saved, &intl::Intl);
    let id = saved.id.clone();
    let is_open = {
        let id = id.clone();
        move || state.opened.with(|o| o.as_deref() == Some(id.as_str()))
    };
    let is_renaming = {
        let id = id.clone();
        move || renaming.with(|r| r.as_deref() == Some(id.as_str()))
    };
    let name = saved.name.clone();
    let heading = {
        let saved = saved.clone();
        move || {
            if is_renaming() {
                view! { <RenameForm state saved=saved.clone() renaming /> }.into_any()
            } else {
                view! { <button type="button" class="name link" data-action="open">{saved.name.clone()}</button> }
                    .into_any()
            }
        }
    };
    view! {
        <li class="scenario" class:open=is_open data-id=id>
            {heading}
            <p class="summary">{summary}</p>
            <p class="changed">"Changed " {intl::date_time(saved.updated)}</p>
            <div class="row-actions">
                <button type="button" class="secondary" data-action="rename" aria-label=format!("Rename {name}")>"Rename"</button>
                <button type="button" class="secondary" data-action="duplicate" aria-label=format!("Duplicate {name}")>"Duplicate"</button>
                <button type="button" class="secondary danger" data-action="delete" aria-label=format!("Delete {name}")>"Delete"</button>
            </div>
        </li>
    }
}

#[component]
fn RenameForm(state: Scenarios, saved: Saved, renaming: RwSignal<Option<String>>) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
            el.select();
        }
    });
    let id = format!("rename-{}", saved.id);
    let current = saved.name.clone();
    // Leaving the form puts the focus back on the scenario's name, where the keyboard user was.
    let done = {
        let row = saved.id.clone();
        move || {
            renaming.set(None);
            let row = row.clone();
            request_animation_frame(move || {
                let name = document().query_selector(&format!("[data-id=\"{row}\"] .name")).ok().flatten();
                if let Some(name) = name.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = name.focus();
                }
            });
        }
    };
    let (cancel, escape) = (done.clone(), done.clone());
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(el) = input.get_untracked() {
            state.rename(&saved, &el.value());
        }
        done();
    };
    view! {
        <form class="rename" on:submit=submit>
            <label for=id.clone() class="visually-hidden">"New name"</label>
            <input
                id=id
                type="text"
                maxlength="80"
                node_ref=input
                value=current
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        escape();
                    }
                }
            />
            <button type="submit">"Save name"</button>
            <button type="button" class="secondary" on:click=move |_| cancel()>"Cancel"</button>
        </form>
    }
}
