//! Saved scenarios: save, open, rename, duplicate, delete with undo, delete all, export and import.
//!
//! The state lives in [`Scenarios`] (signals over core values); every change goes through [`Store::update`],
//! which applies it to what is stored at that moment, so nothing another tab saved is overwritten. The views are in
//! [`panel`] (save bar, notices, export/import) and [`list`] (the saved scenarios).

mod list;
mod panel;

pub use panel::{ScenarioPanel, StartOver};

use adcredit_core::library::clean_name;
use adcredit_core::link::{LinkScenario, Start};
use adcredit_core::report::saved::{copy_name, name_or, new_name, unsaved_work, Replacement, Said};
use adcredit_core::report::stored::{Recovery, Unread};
use adcredit_core::schema;
use adcredit_core::{to_csv, Change, Draft, Library, SaveState, Saved, Scenario};
use leptos::ev;
use leptos::prelude::*;

use crate::files;
use crate::storage::{self, now, Store, Unreadable, SCENARIOS_KEY};

/// A message about the last action, shown at the top of the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    Error(String),
    /// Something was deleted; these scenarios can be put back.
    Undo(String, Vec<Saved>),
    /// Inputs that were saved nowhere were replaced; Undo brings them back (boxed: a draft is large).
    Replaced(String, Box<Snapshot>),
}

/// The inputs on screen, the saved scenario they started from and the name field: what an Undo brings back.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    draft: Draft,
    opened: Option<String>,
    name: String,
}

/// What saving an imported report's groups did, for its Undo: the ids it added, and the saved scenarios it updated,
/// as they were.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedGroups {
    pub added: Vec<String>,
    pub previous: Vec<Saved>,
}

/// What is wrong with storage for as long as the page is open.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageNotice {
    /// Storage is blocked: everything works in memory only.
    Unavailable,
    /// Stored data could not be fully read: what, why and whether a copy is kept, and the text itself.
    Recovered { recovery: Recovery, text: String },
}

/// The saved-scenario state of the page, shared by the calculator (draft) and the scenario panel.
#[derive(Clone, Copy)]
pub struct Scenarios {
    pub draft: RwSignal<Draft>,
    /// The draft's scenario, `None` while a field is not valid: parsed once per change for everything that needs it
    /// (save state, address bar, share link, embed snippet).
    pub scenario: Memo<Option<Scenario>>,
    /// The id of the saved scenario the draft started from.
    pub opened: RwSignal<Option<String>>,
    /// The name field.
    pub name: RwSignal<String>,
    /// The link now in the address bar (kept with the draft, so a reload is told from a shared link), and the one
    /// before it.
    address: RwSignal<Option<String>>,
    previous_address: RwSignal<Option<String>>,
    pub library: RwSignal<Library>,
    pub notice: RwSignal<Option<Notice>>,
    pub storage_notices: RwSignal<Vec<StorageNotice>>,
    /// What the page says about the link it opened (shown above the calculator), until other inputs replace it.
    pub link_notices: RwSignal<Vec<String>>,
    store: StoredValue<Store, LocalStorage>,
    /// The kept inputs a link replaced at start, until the saved scenarios are read (to tell whether they were saved).
    replaced_at_start: StoredValue<Option<Snapshot>>,
    library_loaded: StoredValue<bool>,
}

/// What the storage notice says about stored text that did not read.
fn recovered(what: Unread, (problem, key, text): Unreadable) -> StorageNotice {
    StorageNotice::Recovered { recovery: Recovery { what, problem, backed_up: key.is_some() }, text }
}

impl Scenarios {
    /// The state of the page at start: the inputs (from the skeleton, a link or the kept draft), kept across
    /// reloads. The saved scenarios are read later, by the panel that shows them ([`Scenarios::load_library`]), so
    /// that their JSON code is not needed for the first metric.
    pub fn new(store: Store, start: Start, unread_draft: Option<Unreadable>) -> Scenarios {
        // An unreadable draft that could not be copied aside is not written over.
        let keep_draft = unread_draft.as_ref().is_none_or(|(_, key, _)| key.is_some());
        let storage_notices = if store.is_available() {
            unread_draft.map(|p| recovered(Unread::Draft, p)).into_iter().collect()
        } else {
            vec![StorageNotice::Unavailable]
        };
        let Start { draft, opened, name, address, replaced, notices: link_notices } = start;
        let draft = RwSignal::new(draft);
        let state = Scenarios {
            draft,
            scenario: Memo::new(move |_| draft.with(|d| d.parse().scenario())),
            opened: RwSignal::new(opened),
            name: RwSignal::new(name.unwrap_or_default()),
            address: RwSignal::new(address),
            previous_address: RwSignal::new(None),
            library: RwSignal::new(Library::default()),
            notice: RwSignal::new(None),
            storage_notices: RwSignal::new(storage_notices),
            link_notices: RwSignal::new(link_notices),
            store: StoredValue::new_local(store),
            replaced_at_start: StoredValue::new(replaced.map(|kept| Snapshot {
                draft: kept.draft,
                opened: kept.opened,
                name: String::new(),
            })),
            library_loaded: StoredValue::new(false),
        };
        // Keep the inputs on screen across reloads.
        Effect::new(move |_| {
            if !keep_draft {
                return;
            }
            let draft_state = schema::DraftState {
                draft: state.draft.get(),
                opened: state.opened.get(),
                address: state.address.get(),
                previous_address: state.previous_address.get(),
            };
            state.store.with_value(|s| s.save_draft(&draft_state));
        });
        state
    }

    /// Reads the saved scenarios (copying aside anything unreadable) and follows changes made in other tabs; once,
    /// when the panel first shows. Until then the list is empty, and what needs it (the name of the scenario a
    /// kept draft came from, the Undo for inputs a link replaced at start) is settled here.
    pub fn load_library(&self) {
        if self.library_loaded.get_value() {
            return;
        }
        self.library_loaded.set_value(true);
        let state = *self;
        let loaded = state.store.with_value(|s| s.load(now()));
        if let Some(problem) = loaded.problem.filter(|_| state.store.with_value(Store::is_available)) {
            let kept = loaded.library.len();
            state.storage_notices.update(|n| n.insert(0, recovered(Unread::Library { kept }, problem)));
        }
        if state.name.with_untracked(String::is_empty) {
            let opened = state.opened.get_untracked();
            if let Some(saved) = opened.as_deref().and_then(|id| loaded.library.get(id)) {
                state.name.set(saved.name.clone());
            }
        }
        state.library.set(loaded.library);
        // Another tab saved: show its list without a reload.
        let listener = window_event_listener(ev::storage, move |e| {
            if e.key().is_none_or(|k| k == SCENARIOS_KEY) {
                if let Some(library) = state.store.with_value(Store::reload) {
                    state.library.set(library);
                }
            }
        });
        on_cleanup(move || listener.remove());
        // A link opened at start replaced the inputs kept from the last visit: if those were saved nowhere, Undo
        // brings them back.
        if let Some(kept) = state.replaced_at_start.try_update_value(Option::take).flatten() {
            if state.is_unsaved(&kept) && state.notice.with_untracked(Option::is_none) {
                state.notice.set(Some(Notice::Replaced(Said::Replaced(Replacement::Link).to_string(), Box::new(kept))));
            }
        }
    }

    /// The opened scenario as saved, if it still exists.
    fn opened_saved(&self) -> Option<Saved> {
        let id = self.opened.get()?;
        self.library.with(|l| l.get(&id).cloned())
    }

    /// The link now in the address bar; the one it replaces is kept as the previous one.
    pub fn set_address(&self, address: Option<String>) {
        if self.address.with_untracked(|a| *a != address) {
            self.previous_address.set(self.address.get_untracked());
            self.address.set(address);
        }
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
        let Some(scenario) = self.scenario.get_untracked() else {
            self.notice.set(Some(Notice::Error(Said::NotSaved.to_string())));
            return;
        };
        let existing = if as_new { None } else { self.opened_saved() };
        let typed = self.name.get_untracked();
        let time = now();
        let saved = match existing {
            Some(existing) => Saved { name: name_or(&typed, &existing.name), scenario, updated: time, ..existing },
            None => Saved {
                id: storage::new_id(),
                name: name_or(&typed, &self.library.with_untracked(new_name)),
                scenario,
                created: time,
                updated: time,
            },
        };
        let (id, name) = (saved.id.clone(), saved.name.clone());
        if self.update(|l| l.apply(&Change::Put(saved))).is_some() {
            self.opened.set(Some(id));
            self.name.set(name.clone());
            // A link's "save it to keep it" is done.
            self.link_notices.set(Vec::new());
            self.notice.set(Some(Notice::Info(Said::Saved(&name).to_string())));
        }
    }

    /// Saves scenarios that are not on screen (a compare link's), each under its name, as new ones; returns their ids.
    pub fn save_all(&self, scenarios: Vec<(String, Scenario)>) -> Vec<String> {
        let time = now();
        let saved: Vec<Saved> = scenarios
            .into_iter()
            .map(|(name, scenario)| Saved { id: storage::new_id(), name, scenario, created: time, updated: time })
            .collect();
        let ids: Vec<String> = saved.iter().map(|s| s.id.clone()).collect();
        let count = saved.len();
        let put = self.update(|l| saved.into_iter().for_each(|s| l.apply(&Change::Put(s))));
        if put.is_none() {
            return Vec::new();
        }
        self.notice.set(Some(Notice::Info(Said::SavedFromLink(count).to_string())));
        ids
    }

    /// Saves an imported report's groups, each under its name (campaign, ad group, ad and dates). A saved scenario
    /// with the same name and currency is the same group imported before: it is updated (its id and creation time
    /// kept), not added again. Matched inside [`Store::update`], so against what is stored at that moment.
    pub fn save_groups(&self, groups: Vec<(String, Scenario)>) -> Option<SavedGroups> {
        let time = now();
        self.update(|l| {
            let mut done = SavedGroups { added: Vec::new(), previous: Vec::new() };
            let mut puts = Vec::new();
            for (name, scenario) in groups {
                let same = l.scenarios.iter().find(|s| s.name == name && s.scenario.currency == scenario.currency);
                match same {
                    Some(existing) => {
                        done.previous.push(existing.clone());
                        puts.push(Saved { scenario, updated: time, ..existing.clone() });
                    }
                    None => {
                        let id = storage::new_id();
                        done.added.push(id.clone());
                        puts.push(Saved { id, name, scenario, created: time, updated: time });
                    }
                }
            }
            puts.into_iter().for_each(|s| l.apply(&Change::Put(s)));
            done
        })
    }

    /// Undoes [`Scenarios::save_groups`]: the scenarios it added go, the ones it updated are as they were.
    pub fn undo_groups(&self, done: SavedGroups) -> bool {
        if self.opened.get_untracked().is_some_and(|id| done.added.contains(&id)) {
            self.opened.set(None);
        }
        self.update(|l| {
            l.apply(&Change::Remove(done.added));
            done.previous.into_iter().for_each(|s| l.apply(&Change::Put(s)));
        })
        .is_some()
    }

    /// Writes an imported group's figures (`actual`: currency, spend, credits, impressions, clicks, conversions,
    /// revenue) into the inputs on screen as their actual results, keeping everything else (the plan, budgets,
    /// wallet, the opened scenario and its name); returns what was there, for an Undo.
    pub fn use_actuals(&self, actual: &Draft) -> Snapshot {
        let previous = Snapshot {
            draft: self.draft.get_untracked(),
            opened: self.opened.get_untracked(),
            name: self.name.get_untracked(),
        };
        self.link_notices.set(Vec::new());
        self.draft.update(|d| {
            d.currency = actual.currency;
            d.spend.clone_from(&actual.spend);
            d.credits.clone_from(&actual.credits);
            d.impressions.clone_from(&actual.impressions);
            d.clicks.clone_from(&actual.clicks);
            d.conversions.clone_from(&actual.conversions);
            d.revenue.clone_from(&actual.revenue);
        });
        previous
    }

    /// Puts back inputs an action replaced (its own Undo says so).
    pub fn put_back(&self, snapshot: Snapshot) {
        self.put(snapshot);
    }

    /// The columns picked by hand for a header row (`key`: `import::headers_key`), as `Mapping::encode` wrote them.
    pub fn remembered_columns(&self, key: &str) -> Option<String> {
        self.store.with_value(|s| s.read_columns(key))
    }

    /// Remembers the columns picked by hand for a header row (quietly: a convenience, not saved work).
    pub fn remember_columns(&self, key: &str, mapping: &str) {
        self.store.with_value(|s| s.write_columns(key, mapping));
    }

    /// Whether `snapshot` holds inputs saved nowhere (so replacing them needs an Undo).
    fn is_unsaved(&self, snapshot: &Snapshot) -> bool {
        let opened = snapshot.opened.as_deref().and_then(|id| self.library.with_untracked(|l| l.get(id).cloned()));
        let state = SaveState::of(snapshot.draft.parse().scenario().as_ref(), opened.as_ref());
        unsaved_work(&snapshot.draft, state)
    }

    /// Puts `next` on screen; returns what it replaced when that was saved nowhere (for an Undo). What was said about
    /// an opened link no longer applies.
    fn replace(&self, next: Snapshot) -> Option<Snapshot> {
        self.link_notices.set(Vec::new());
        let previous = Snapshot {
            draft: self.draft.get_untracked(),
            opened: self.opened.get_untracked(),
            name: self.name.get_untracked(),
        };
        let lost = previous.draft != next.draft && self.is_unsaved(&previous);
        self.put(next);
        lost.then_some(previous)
    }

    fn put(&self, snapshot: Snapshot) {
        self.draft.set(snapshot.draft);
        self.opened.set(snapshot.opened);
        self.name.set(snapshot.name);
    }

    /// Says what replaced the inputs, with an Undo when unsaved inputs were replaced.
    fn replaced(&self, what: Replacement, previous: Option<Snapshot>, otherwise: Option<String>) {
        match previous {
            Some(previous) => {
                self.notice.set(Some(Notice::Replaced(Said::Replaced(what).to_string(), Box::new(previous))))
            }
            None => self.notice.set(otherwise.map(Notice::Info)),
        }
    }

    /// Brings back inputs that an open, a link, a reset or a clear replaced.
    pub fn restore(&self, snapshot: Snapshot) {
        self.put(snapshot);
        self.notice.set(Some(Notice::Info(Said::InputsBack.to_string())));
    }

    /// Shows a shared link's scenario as a new, unsaved one (saved scenarios are not touched).
    pub fn open_link(&self, link: LinkScenario, address: &str) {
        let notices = link.page_notices();
        let previous = self.replace(Snapshot { draft: link.draft, opened: None, name: link.name });
        self.link_notices.set(notices);
        self.set_address(Some(address.to_string()));
        self.replaced(Replacement::Link, previous, None);
    }

    pub fn open(&self, saved: &Saved) {
        let previous = self.replace(Snapshot {
            draft: Draft::from(&saved.scenario),
            opened: Some(saved.id.clone()),
            name: saved.name.clone(),
        });
        self.replaced(Replacement::Opened(&saved.name), previous, Some(Said::Opened(&saved.name).to_string()));
    }

    /// "Reset to the example" (`cleared`: "Clear all"), undoable. Both keep the currency on screen, so a scenario
    /// reset to the example compares with the others in the same currency, except "Clear all" on the guide's
    /// example itself: that starts the visitor's own scenario, in their region's currency.
    pub fn start_over(&self, cleared: bool) {
        let (currency, example) = self.draft.with_untracked(|d| (d.currency, *d == Draft::default()));
        let (draft, what) = if cleared {
            let currency = if example { crate::lang::region_currency().unwrap_or(currency) } else { currency };
            (Draft::cleared(currency), Replacement::Cleared)
        } else {
            (Draft { currency, ..Draft::default() }, Replacement::Example)
        };
        let previous = self.replace(Snapshot { draft, opened: None, name: String::new() });
        self.replaced(what, previous, None);
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
            self.notice.set(Some(Notice::Info(Said::Renamed(&name).to_string())));
        }
    }

    pub fn duplicate(&self, saved: &Saved) {
        let time = now();
        let name = copy_name(&saved.name);
        let copy = Saved { id: storage::new_id(), name: name.clone(), created: time, updated: time, ..saved.clone() };
        if self.update(|l| l.apply(&Change::Put(copy))).is_some() {
            self.notice.set(Some(Notice::Info(Said::Duplicated(&name).to_string())));
        }
    }

    /// Deletes `ids`, offering to undo.
    pub fn delete(&self, ids: Vec<String>) {
        let removed: Vec<Saved> =
            self.library.with_untracked(|l| l.scenarios.iter().filter(|s| ids.contains(&s.id)).cloned().collect());
        let message = Said::Deleted(&removed).to_string();
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
            self.notice.set(Some(Notice::Info(Said::Restored(count).to_string())));
        }
    }

    pub fn import(&self, file_name: &str, text: &str) {
        let decoded = schema::decode(text);
        if let Some(problem) = decoded.problem {
            self.notice.set(Some(Notice::Error(Said::NotImported { file: file_name, problem }.to_string())));
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
