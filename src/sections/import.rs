//! "Import your Ads Manager report": a TikTok Ads Manager export (CSV, TSV or XLSX) or a pasted table, read in the
//! browser by the core (`adcredit_core::import`), previewed (what was found, the groups, TikTok's figures checked),
//! then saved as scenarios, compared, or used as the actual results of the scenario on screen. Its own chunk with
//! the core's readers (calamine, zip), fetched when the section opens or its summary is pointed at. Every sentence
//! is the core's; this lays them out.

use std::sync::Arc;

use adcredit_core::import::{self, By, Group, Import, ImportError, Mapping, Outcome, Unmapped, MAX_FILE_BYTES};
use adcredit_core::link::compare::{encode_compare, too_long_to_share};
use adcredit_core::report::compare::MAX_COMPARED;
use adcredit_core::report::saved::{save_imported_label, Said};
use adcredit_core::report::{Format, Note, Tone};
use adcredit_core::{Draft, Scenario};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;

use crate::intl::Intl;
use crate::scenarios::{SavedGroups, Scenarios, Snapshot};
use crate::{address, files, NoteLine};

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionImport;

/// The types the file input offers (TikTok exports CSV and XLSX; a TSV is what a pasted table saved as a file is).
const ACCEPT: &str = ".csv,.tsv,.xlsx,text/csv,text/tab-separated-values,\
                      application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What was read, kept so that columns picked by hand can read it again.
#[derive(Clone, Debug)]
enum Input {
    File { name: String, bytes: Arc<Vec<u8>> },
    Pasted(Arc<String>),
}

impl Input {
    fn bytes(&self) -> &[u8] {
        match self {
            Input::File { bytes, .. } => bytes,
            Input::Pasted(text) => text.as_bytes(),
        }
    }

    fn name(&self) -> &str {
        match self {
            Input::File { name, .. } => name,
            Input::Pasted(_) => "",
        }
    }

    fn read(&self, currency: adcredit_core::Currency) -> Result<Outcome, ImportError> {
        match self {
            Input::File { name, bytes } => import::read(bytes, name, currency),
            Input::Pasted(text) => import::read_pasted(text, currency),
        }
    }
}

/// What the section shows under the inputs.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    Nothing,
    /// A header row whose needed columns are to be picked by hand.
    Unmapped(Arc<Unmapped>),
    /// A report read; the note says when columns picked for the same headers before were used.
    Imported(Arc<Import>, Option<Note>),
}

/// What an Undo puts back.
#[derive(Clone, Debug, PartialEq)]
enum Undo {
    Saved(SavedGroups),
    Actuals(Box<Snapshot>),
}

/// A group as a saved scenario: its sums, with Ad credits 0 when the file has no Net cost (a saved scenario needs a
/// number there; the calculator shows the metrics on the whole spend either way). `None` if a sum does not read as
/// the calculator's field would (more decimals than the currency has).
fn scenario_of(group: &Group) -> Option<Scenario> {
    actual_draft(group).parse().scenario()
}

fn actual_draft(group: &Group) -> Draft {
    let mut draft = group.draft();
    if draft.credits.is_empty() {
        draft.credits = "0".into();
    }
    draft
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn ImportBody(state: Scenarios) -> impl IntoView {
    state.load_library();
    let input = StoredValue::new(None::<Input>);
    let shown = RwSignal::new(Shown::Nothing);
    let error = RwSignal::new(None::<Note>);
    let by = RwSignal::new(By::Campaign);
    let picked = RwSignal::new(Vec::<usize>::new());
    let said = RwSignal::new(None::<String>);
    let undo = RwSignal::new(None::<Undo>);
    let pasted = RwSignal::new(String::new());

    // Reads what was chosen or pasted; a needed column not recognised asks for it, unless columns were picked for
    // the same headers before.
    let show = move |read: Input| {
        let currency = state.draft.with_untracked(|d| d.currency);
        said.set(None);
        undo.set(None);
        picked.set(Vec::new());
        let outcome = read.read(currency);
        let next = match outcome {
            Err(e) => {
                error.set(Some(e.note(&Intl)));
                Shown::Nothing
            }
            Ok(Outcome::Imported(i)) => {
                error.set(None);
                Shown::Imported(Arc::new(i), None)
            }
            Ok(Outcome::Unmapped(u)) => {
                error.set(None);
                let remembered = state.remembered_columns(&u.key).and_then(|t| Mapping::decode(&t));
                match remembered.map(|m| import::read_with_mapping(read.bytes(), read.name(), currency, &m)) {
                    Some(Ok(i)) => Shown::Imported(Arc::new(i), Some(import::Said::Remembered.note(&Intl))),
                    _ => Shown::Unmapped(Arc::new(u)),
                }
            }
        };
        input.set_value(Some(read));
        shown.set(next);
    };
    let on_file = move |ev: ev::Event| {
        let field: HtmlInputElement = event_target(&ev);
        let Some(file) = field.files().and_then(|files| files.get(0)) else { return };
        // Cleared, so that choosing the same file again reads it again.
        field.set_value("");
        let name = file.name();
        // A file's size is a whole number of bytes, exact as f64 far beyond the limit.
        let size = file.size() as u64;
        if size > MAX_FILE_BYTES as u64 {
            input.set_value(None);
            shown.set(Shown::Nothing);
            error.set(Some(ImportError::TooLarge { bytes: usize::try_from(size).unwrap_or(usize::MAX) }.note(&Intl)));
            return;
        }
        spawn_local(async move {
            match files::read_bytes(file).await {
                Some(bytes) => show(Input::File { name, bytes: Arc::new(bytes) }),
                None => {
                    shown.set(Shown::Nothing);
                    error.set(Some(Note::new(Tone::Error, "not-read", Said::NotRead(&name).to_string())));
                }
            }
        });
    };
    let read_pasted = move |_| show(Input::Pasted(Arc::new(pasted.get_untracked())));

    let import = Memo::new(move |_| {
        shown.with(|s| match s {
            Shown::Imported(i, _) => Some(i.clone()),
            _ => None,
        })
    });
    let groups = Memo::new(move |_| {
        let by = by.get();
        import.with(|i| i.as_ref().map(|i| i.groups(by)).unwrap_or_default())
    });
    let savable = Memo::new(move |_| {
        groups.with(|gs| gs.iter().filter_map(|g| scenario_of(g).map(|s| (g.name.clone(), s))).collect::<Vec<_>>())
    });
    let found = Memo::new(move |_| {
        shown.with(|s| match s {
            Shown::Imported(i, remembered) => {
                i.said().iter().map(|s| s.note(&Intl)).chain(remembered.clone()).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        })
    });
    let checked = Memo::new(move |_| import.with(|i| i.as_ref().map(|i| i.check().notes(&Intl)).unwrap_or_default()));
    // A new grouping is a new list: nothing picked.
    Effect::new(move |_| {
        by.track();
        picked.set(Vec::new());
    });
    let picked_groups =
        move || picked.with(|p| groups.with(|gs| p.iter().filter_map(|&i| gs.get(i).cloned()).collect::<Vec<_>>()));

    let save = move |_| {
        let list = savable.get_untracked();
        if let Some(done) = state.save_groups(list) {
            said.set(Some(Said::FromReport { added: done.added.len(), updated: done.previous.len() }.to_string()));
            undo.set(Some(Undo::Saved(done)));
        }
    };
    let compare = move |_| {
        let chosen: Vec<(String, Scenario)> = picked_groups()
            .iter()
            .take(MAX_COMPARED)
            .filter_map(|g| scenario_of(g).map(|s| (g.name.clone(), s)))
            .collect();
        match encode_compare(chosen.iter().map(|(name, s)| (s, name.as_str()))) {
            // Opened the way a compare link pasted into the address bar is: the compare section reads it.
            Ok(link) => address::open_fragment(&link),
            Err(_) => said.set(Some(too_long_to_share())),
        }
    };
    let use_actuals = move |_| {
        let chosen = picked_groups();
        let Some(group) = chosen.first().filter(|_| chosen.len() == 1) else { return };
        let previous = state.use_actuals(&actual_draft(group));
        said.set(Some(Said::UsedAsActuals(&group.name).to_string()));
        undo.set(Some(Undo::Actuals(Box::new(previous))));
    };
    let on_undo = move |_| {
        match undo.get_untracked() {
            Some(Undo::Saved(done)) if state.undo_groups(done.clone()) => {
                said.set(Some(Said::ReportUndone.to_string()));
            }
            Some(Undo::Actuals(previous)) => {
                state.put_back(*previous);
                said.set(Some(Said::InputsBack.to_string()));
            }
            Some(Undo::Saved(_)) | None => {}
        }
        undo.set(None);
    };

    view! {
        <div class="import-inputs">
            <div class="field">
                <label for="report-file">"Choose a report file (CSV, TSV or XLSX)"</label>
                <input
                    id="report-file"
                    type="file"
                    accept=ACCEPT
                    aria-describedby="import-privacy import-error"
                    on:change=on_file
                />
            </div>
            <p id="import-privacy" class="help">"The file never leaves your browser."</p>
            <div id="import-error" class="import-error" role="alert">
                {move || error.get().map(|note| view! { <NoteLine note /> })}
            </div>
            <div class="field paste">
                <label for="import-paste">"…or paste a table"</label>
                <textarea
                    id="import-paste"
                    rows="4"
                    spellcheck="false"
                    aria-describedby="import-paste-hint"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <span id="import-paste-hint" class="hint">
                    "Copy the table in Ads Manager or a spreadsheet, with its header row."
                </span>
            </div>
            <button type="button" class="secondary" on:click=read_pasted>"Read"</button>
        </div>
        {move || {
            shown
                .with(|s| match s {
                    Shown::Unmapped(u) => {
                        let u = u.clone();
                        Some(view! { <ColumnPicker unmapped=u input error shown state /> }.into_any())
                    }
                    _ => None,
                })
        }}
        <Show when=move || import.with(Option::is_some)>
            <div class="import-preview" aria-labelledby="import-preview-heading" role="region">
                <h3 id="import-preview-heading">"Preview"</h3>
                <div class="found">
                    <For each=move || found.get() key=|note| note.text.clone() let:note>
                        <NoteLine note />
                    </For>
                </div>
                <div class="field import-by">
                    <label for="import-by">"Group the rows"</label>
                    <select
                        id="import-by"
                        on:change=move |ev| {
                            let key = event_target_value(&ev);
                            if let Some(b) = By::ALL.into_iter().find(|b| b.key() == key) {
                                by.set(b);
                            }
                        }
                    >
                        {By::ALL
                            .map(|b| {
                                view! { <option value=b.key() selected=move || by.get() == b>{b.label()}</option> }
                            })
                            .into_iter()
                            .collect_view()}
                    </select>
                </div>
                {move || view! { <GroupTable groups=groups.get() picked /> }}
                <div class="checked">
                    <For each=move || checked.get() key=|note| note.text.clone() let:note>
                        <NoteLine note />
                    </For>
                </div>
                <div class="actions import-actions">
                    <button type="button" on:click=save disabled=move || savable.with(Vec::is_empty)>
                        {move || save_imported_label(savable.with(Vec::len))}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=compare
                        disabled=move || picked.with(|p| p.len() < 2)
                        aria-describedby="import-pick-help"
                    >
                        "Compare"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=use_actuals
                        disabled=move || picked.with(|p| p.len() != 1)
                        aria-describedby="import-pick-help"
                    >
                        "Use as actual results"
                    </button>
                </div>
                <p id="import-pick-help" class="help">
                    "Tick two to four rows to compare them, or one to use its figures as the actual results of the "
                    "scenario on screen (its plan is kept)."
                </p>
            </div>
        </Show>
        <div class="import-said" role="status">
            {move || {
                said.get()
                    .map(|text| {
                        view! {
                            <p>
                                {text}
                                {move || {
                                    undo.with(Option::is_some)
                                        .then(|| {
                                            view! {
                                                " "
                                                <button type="button" class="link" on:click=on_undo>"Undo"</button>
                                            }
                                        })
                                }}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// The groups: one row each, with a box to pick it for Compare or Use as actual results.
#[component]
fn GroupTable(groups: Vec<Group>, picked: RwSignal<Vec<usize>>) -> impl IntoView {
    let revenue = groups.iter().any(|g| g.revenue.is_some());
    let credits = groups.iter().any(|g| g.credits.is_some());
    let count = |d: adcredit_core::Decimal| Intl.number(d.normalize());
    let rows = groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            let id = format!("import-group-{i}");
            let money = |d: adcredit_core::Decimal| Intl.amount(d, g.currency);
            let is_picked = move || picked.with(|p| p.contains(&i));
            let at_limit = move || picked.with(|p| p.len() >= MAX_COMPARED && !p.contains(&i));
            let toggle = move |_| {
                picked.update(|p| match p.iter().position(|&x| x == i) {
                    Some(at) => {
                        p.remove(at);
                    }
                    None if p.len() < MAX_COMPARED => p.push(i),
                    None => {}
                })
            };
            view! {
                <tr data-group=g.identity.clone()>
                    <td class="pick-cell">
                        <input id=id.clone() type="checkbox" prop:checked=is_picked disabled=at_limit on:change=toggle />
                    </td>
                    <th scope="row">
                        <label for=id>{g.name.clone()}</label>
                    </th>
                    <td data-cell="spend">{money(g.spend)}</td>
                    <td data-cell="impressions">{count(g.impressions)}</td>
                    <td data-cell="clicks">{count(g.clicks)}</td>
                    <td data-cell="conversions">{count(g.conversions)}</td>
                    {revenue.then(|| view! { <td data-cell="revenue">{g.revenue.map(money).unwrap_or_default()}</td> })}
                    {credits.then(|| view! { <td data-cell="credits">{g.credits.map(money).unwrap_or_default()}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="The report's groups">
            <table class="compare import-groups">
                <caption>"What each scenario would hold"</caption>
                <thead>
                    <tr>
                        <th scope="col">
                            <span class="visually-hidden">"Pick"</span>
                        </th>
                        <th scope="col">"Scenario"</th>
                        <th scope="col">"Spend"</th>
                        <th scope="col">"Impressions"</th>
                        <th scope="col">"Clicks"</th>
                        <th scope="col">"Conversions"</th>
                        {revenue.then(|| view! { <th scope="col">"Revenue"</th> })}
                        {credits.then(|| view! { <th scope="col">"Credits used"</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A needed column the headers did not name: one `<select>` per missing meaning, listing the file's headers with
/// their first values; the choice is remembered for the next file with the same headers.
#[component]
fn ColumnPicker(
    unmapped: Arc<Unmapped>,
    input: StoredValue<Option<Input>>,
    error: RwSignal<Option<Note>>,
    shown: RwSignal<Shown>,
    state: Scenarios,
) -> impl IntoView {
    let chosen = RwSignal::new(unmapped.mapping.clone());
    let key = unmapped.key.clone();
    let read = move |_| {
        let Some(read) = input.get_value() else { return };
        let currency = state.draft.with_untracked(|d| d.currency);
        let mapping = chosen.get_untracked();
        match import::read_with_mapping(read.bytes(), read.name(), currency, &mapping) {
            Ok(i) => {
                state.remember_columns(&key, &mapping.encode());
                error.set(None);
                shown.set(Shown::Imported(Arc::new(i), None));
            }
            Err(e) => error.set(Some(e.note(&Intl))),
        }
    };
    let selects = unmapped
        .missing
        .iter()
        .map(|&meaning| {
            let id = format!("column-{}", meaning.key());
            let options = unmapped
                .columns
                .iter()
                .map(|c| {
                    let text = if c.first_value.trim().is_empty() {
                        c.header.clone()
                    } else {
                        format!("{} (e.g. {})", c.header, c.first_value)
                    };
                    let index = c.index;
                    view! {
                        <option value=index.to_string() selected=move || chosen.with(|m| m.get(meaning) == Some(index))>
                            {text}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for=id.clone()>{meaning.label()}</label>
                    <select
                        id=id
                        on:change=move |ev| {
                            let column = event_target_value(&ev).parse::<usize>().ok();
                            chosen.update(|m| m.set(meaning, column));
                        }
                    >
                        <option value="" selected=move || chosen.with(|m| m.get(meaning).is_none())>
                            "Choose a column"
                        </option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="column-picker">
            <legend>"Columns"</legend>
            <NoteLine note=unmapped.note() />
            <div class="columns">{selects}</div>
            <button type="button" on:click=read>"Read with these columns"</button>
        </fieldset>
    }
}
