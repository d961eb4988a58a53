//! Saved scenarios: save, open, rename, duplicate, delete with undo, delete all, export and import.
//!
//! The state lives in [`Scenarios`] (signals over core values); every change goes through [`Store::update`],
//! which applies it to what is stored at that moment, so nothing another tab saved is overwritten.

use adcredit_core::library::clean_name;
use adcredit_core::schema::{self, Problem};
use adcredit_core::{display, to_csv, Change, Draft, Inputs, Library, Metric, Metrics, Ratio, SaveState, Saved};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::storage::{self, now, Store, SCENARIOS_KEY};
use crate::{files, intl};

/// A message about the last action, shown at the top of the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    Error(String),
    /// Something was deleted; these scenarios can be put back.
    Undo(String, Vec<Saved>),
}

/// What is wrong with storage for as long as the page is open.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageNotice {
    /// Storage is blocked: everything works in memory only.
    Unavailable,
    /// Stored data could not be fully read: why, where its copy is kept, and the text itself.
    Recovered { problem: Problem, backup_key: Option<String>, text: String },
}

/// The saved-scenario state of the page, shared by the calculator (draft) and the scenario panel.
#[derive(Clone, Copy)]
pub struct Scenarios {
    pub draft: RwSignal<Draft>,
    /// The id of the saved scenario the draft started from.
    pub opened: RwSignal<Option<String>>,
    /// The name field.
    pub name: RwSignal<String>,
    pub library: RwSignal<Library>,
    pub notice: RwSignal<Option<Notice>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    store: StoredValue<Store, LocalStorage>,
}

impl Scenarios {
    /// Loads what is stored (copying aside anything unreadable), keeps the draft across reloads, and follows
    /// changes made in other tabs.
    pub fn new(store: Store, draft: Draft, opened: Option<String>) -> Scenarios {
        let loaded = store.load(now());
        let storage_notice = match loaded.problem {
            _ if !store.is_available() => Some(StorageNotice::Unavailable),
            Some((problem, backup_key, text)) => Some(StorageNotice::Recovered { problem, backup_key, text }),
            None => None,
        };
        let name = opened.as_deref().and_then(|id| loaded.library.get(id)).map(|s| s.name.clone()).unwrap_or_default();
        let state = Scenarios {
            draft: RwSignal::new(draft),
            opened: RwSignal::new(opened),
            name: RwSignal::new(name),
            library: RwSignal::new(loaded.library),
            notice: RwSignal::new(None),
            storage_notice: RwSignal::new(storage_notice),
            store: StoredValue::new_local(store),
        };
        // Keep the inputs on screen across reloads.
        Effect::new(move |_| {
            let draft_state = schema::DraftState { draft: state.draft.get(), opened: state.opened.get() };
            state.store.with_value(|s| s.save_draft(&draft_state));
        });
        // Another tab saved: show its list without a reload.
        let listener = window_event_listener(ev::storage, move |e| {
            if e.key().is_none_or(|k| k == SCENARIOS_KEY) {
                if let Some(library) = state.store.with_value(Store::reload) {
                    state.library.set(library);
                }
            }
        });
        on_cleanup(move || listener.remove());
        state
    }

    /// The opened scenario as saved, if it still exists.
    fn opened_saved(&self) -> Option<Saved> {
        let id = self.opened.get()?;
        self.library.with(|l| l.get(&id).cloned())
    }

    /// Applies `edit` to the stored library; on failure says why and changes nothing.
    fn update<R>(&self, edit: impl FnOnce(&mut Library) -> R) -> Option<R> {
        let current = self.library.get_untracked();
        match self.store.with_value(|s| s.update(&current, now(), edit)) {
            Ok((library, result)) => {
                self.library.set(library);
                Some(result)
            }
            Err(e) => {
                self.notice.set(Some(Notice::Error(e.to_string())));
                None
            }
        }
    }

    /// Saves the inputs on screen: over the opened scenario, or as a new one when `as_new` or none is open.
    pub fn save(&self, as_new: bool) {
        let Some(scenario) = self.draft.with_untracked(|d| d.parse().scenario()) else {
            self.notice.set(Some(Notice::Error("Not saved: fix the fields marked above first.".into())));
            return;
        };
        let existing = if as_new { None } else { self.opened_saved() };
        let typed = clean_name(&self.name.get_untracked());
        let time = now();
        let saved = match existing {
            Some(existing) => Saved { name: typed_or(typed, &existing.name), scenario, updated: time, ..existing },
            None => {
                let count = self.library.with_untracked(Library::len).saturating_add(1);
                let fallback = format!("Scenario {count}");
                Saved {
                    id: storage::new_id(),
                    name: typed_or(typed, &fallback),
                    scenario,
                    created: time,
                    updated: time,
                }
            }
        };
        let (id, name) = (saved.id.clone(), saved.name.clone());
        if self.update(|l| l.apply(&Change::Put(saved))).is_some() {
            self.opened.set(Some(id));
            self.name.set(name.clone());
            self.notice.set(Some(Notice::Info(format!("Saved “{name}”."))));
        }
    }

    pub fn open(&self, saved: &Saved) {
        self.draft.set(Draft::from(&saved.scenario));
        self.opened.set(Some(saved.id.clone()));
        self.name.set(saved.name.clone());
        self.notice.set(Some(Notice::Info(format!("Opened “{}”.", saved.name))));
    }

    pub fn rename(&self, saved: &Saved, name: &str) {
        let name = clean_name(name);
        if name.is_empty() || name == saved.name {
            return;
        }
        let renamed = Saved { name: name.clone(), updated: now(), ..saved.clone() };
        if self.update(|l| l.apply(&Change::Put(renamed))).is_some() {
            if self.opened.get_untracked().as_deref() == Some(&saved.id) {
                self.name.set(name.clone());
            }
            self.notice.set(Some(Notice::Info(format!("Renamed to “{name}”."))));
        }
    }

    pub fn duplicate(&self, saved: &Saved) {
        let time = now();
        let name = clean_name(&format!("{} (copy)", saved.name));
        let copy = Saved { id: storage::new_id(), name: name.clone(), created: time, updated: time, ..saved.clone() };
        if self.update(|l| l.apply(&Change::Put(copy))).is_some() {
            self.notice.set(Some(Notice::Info(format!("Duplicated as “{name}”."))));
        }
    }

    /// Deletes `ids`, offering to undo.
    pub fn delete(&self, ids: Vec<String>) {
        let removed: Vec<Saved> =
            self.library.with_untracked(|l| l.scenarios.iter().filter(|s| ids.contains(&s.id)).cloned().collect());
        let message = match removed.as_slice() {
            [one] => format!("Deleted “{}”.", one.name),
            many => format!("Deleted {} scenarios.", many.len()),
        };
        if self.update(|l| l.apply(&Change::Remove(ids.clone()))).is_some() {
            if self.opened.get_untracked().is_some_and(|id| ids.contains(&id)) {
                self.opened.set(None);
            }
            self.notice.set(Some(Notice::Undo(message, removed)));
        }
    }

    pub fn undo(&self, restore: Vec<Saved>) {
        let count = restore.len();
        let restored = self.update(|l| {
            for saved in restore {
                l.apply(&Change::Put(saved));
            }
        });
        if restored.is_some() {
            let what = if count == 1 { "the scenario".to_string() } else { format!("{count} scenarios") };
            self.notice.set(Some(Notice::Info(format!("Restored {what}."))));
        }
    }

    pub fn import(&self, file_name: &str, text: &str) {
        let decoded = schema::decode(text);
        if let Some(problem) = decoded.problem {
            self.notice
                .set(Some(Notice::Error(format!("Could not import “{file_name}”: {problem}. Nothing was changed."))));
            return;
        }
        if let Some(report) = self.update(|l| l.merge(decoded.library, storage::new_id)) {
            self.notice.set(Some(Notice::Info(report.to_string())));
        }
    }

    pub fn export_json(&self) {
        let text = self.library.with_untracked(schema::encode);
        files::download(&format!("adcredit-scenarios-{}.json", files::today()), "application/json", &text);
    }

    pub fn export_csv(&self) {
        let text = self.library.with_untracked(|l| to_csv(l, files::iso));
        files::download(&format!("adcredit-scenarios-{}.csv", files::today()), "text/csv;charset=utf-8", &text);
    }
}

fn typed_or(typed: String, fallback: &str) -> String {
    if typed.is_empty() {
        fallback.to_string()
    } else {
        typed
    }
}

/// The saved-scenarios panel.
#[component]
pub fn ScenarioPanel(state: Scenarios) -> impl IntoView {
    let save_state = Memo::new(move |_| {
        let opened = state.opened_saved();
        state.draft.with(|d| SaveState::of(d, opened.as_ref()))
    });
    let state_text = move || match save_state.get() {
        SaveState::New => "Not saved yet",
        SaveState::Saved => "Saved",
        SaveState::Changed => "Changed since saved",
    };
    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">"Saved scenarios"</h2>
            <StorageNotices state />
            <form class="save-bar" on:submit=move |ev| {
                ev.prevent_default();
                state.save(false);
            }>
                <div class="field">
                    <label for="scenario-name">"Scenario name"</label>
                    <input
                        id="scenario-name"
                        type="text"
                        autocomplete="off"
                        maxlength="80"
                        placeholder="e.g. Fashion audience"
                        prop:value=move || state.name.get()
                        on:input=move |ev| state.name.set(event_target_value(&ev))
                        aria-describedby="save-state"
                    />
                </div>
                <button type="submit">"Save"</button>
                <Show when=move || save_state.get() != SaveState::New>
                    <button type="button" class="secondary" on:click=move |_| state.save(true)>
                        "Save as new"
                    </button>
                </Show>
                <p id="save-state" class="save-state" data-state=move || format!("{:?}", save_state.get()).to_lowercase()>
                    {state_text}
                </p>
            </form>
            <NoticeLine state />
            <ScenarioList state />
            <ListActions state />
        </section>
    }
}

#[component]
fn StorageNotices(state: Scenarios) -> impl IntoView {
    let download = move |text: String| {
        files::download(&format!("adcredit-unreadable-{}.json", files::today()), "application/json", &text);
    };
    move || {
        state.storage_notice.get().map(|notice| match notice {
            StorageNotice::Unavailable => view! {
                <p class="storage-notice" role="alert">
                    "This browser does not let the calculator keep data here (storage is blocked), so saved scenarios "
                    "last only until you close this page. Export them to keep them."
                </p>
            }
            .into_any(),
            StorageNotice::Recovered { problem, backup_key, text } => {
                let kept = state.library.with_untracked(Library::len);
                let copy = if backup_key.is_some() {
                    "A copy of it is kept unchanged in this browser."
                } else {
                    "It could not be copied aside, so nothing will be saved over it: download it first."
                };
                view! {
                    <div class="storage-notice" role="alert">
                        <p>
                            {format!("Some saved data could not be read: {problem}. {copy} ")}
                            {match kept {
                                0 => "The list starts empty.".to_string(),
                                1 => "The 1 scenario that could be read is in the list.".to_string(),
                                n => format!("The {n} scenarios that could be read are in the list."),
                            }}
                        </p>
                        <button type="button" class="secondary" on:click=move |_| download(text.clone())>
                            "Download the unreadable data"
                        </button>
                    </div>
                }
                .into_any()
            }
        })
    }
}

#[component]
fn NoticeLine(state: Scenarios) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            {move || {
                state.notice.get().map(|notice| match notice {
                    Notice::Info(text) => view! { <p>{text}</p> }.into_any(),
                    Notice::Error(text) => view! { <p class="error">{text}</p> }.into_any(),
                    Notice::Undo(text, restore) => view! {
                        <p>
                            {text} " "
                            <button type="button" class="link" on:click=move |_| state.undo(restore.clone())>"Undo"</button>
                        </p>
                    }
                    .into_any(),
                })
            }}
        </div>
    }
}

/// How many rows the list shows before "Show all": enough for recent work, and quick to draw however many are saved.
const FIRST_ROWS: usize = 50;

/// The list, most recently changed first. One click handler serves every row (event delegation): rows carry
/// `data-id` and their buttons `data-action`, so a list of a thousand needs no thousand closures.
#[component]
fn ScenarioList(state: Scenarios) -> impl IntoView {
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
            fallback=|| view! { <p class="empty">"No saved scenarios yet. Name the inputs above and save them."</p> }
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
    let s = saved.scenario;
    let metrics = Metrics::compute(&Inputs::from(&s));
    let money = |m: Metric| metrics.shown(m).map(|v| intl::money(v, s.currency)).unwrap_or_else(|_| "—".into());
    let credits = display::money(Ratio::from(s.credits), s.currency).map(|v| intl::money(v, s.currency));
    let summary = format!(
        "{} credits · CPC {} · per conversion {}",
        credits.unwrap_or_default(),
        money(Metric::Cpc),
        money(Metric::CostPerConversion)
    );
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
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(el) = input.get_untracked() {
            state.rename(&saved, &el.value());
        }
        renaming.set(None);
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
                        renaming.set(None);
                    }
                }
            />
            <button type="submit">"Save name"</button>
            <button type="button" class="secondary" on:click=move |_| renaming.set(None)>"Cancel"</button>
        </form>
    }
}

#[component]
fn ListActions(state: Scenarios) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let count = move || state.library.with(Library::len);
    let on_file = move |ev: ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let name = file.name();
            match files::read_text(file).await {
                Some(text) => state.import(&name, &text),
                None => state.notice.set(Some(Notice::Error(format!("Could not read “{name}”. Nothing was changed.")))),
            }
        });
    };
    let delete_all = move |_| {
        let ids = state.library.with_untracked(|l| l.scenarios.iter().map(|s| s.id.clone()).collect());
        state.delete(ids);
        confirming.set(false);
    };
    view! {
        <div class="list-actions">
            <button type="button" class="secondary" on:click=move |_| state.export_json()>"Export JSON"</button>
            <button type="button" class="secondary" on:click=move |_| state.export_csv()>"Export CSV"</button>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
            <label for="import-file" class="button secondary">"Import JSON"</label>
            <Show when=move || { count() > 0 }>
                <button type="button" class="secondary danger" on:click=move |_| confirming.set(true)>"Delete all…"</button>
            </Show>
        </div>
        <Show when=move || { confirming.get() && count() > 0 }>
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text">{move || format!("Delete all {} saved scenarios? You can undo this right after.", count())}</p>
                <button type="button" class="danger" on:click=delete_all>{move || format!("Delete all {}", count())}</button>
                <button type="button" class="secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
            </div>
        </Show>
    }
}
