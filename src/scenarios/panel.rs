//! The saved-scenarios panel: save bar, notices, and the export / import / delete-all actions.

use adcredit_core::{link, Library, SaveState};
use leptos::ev;
use adcredit_core::l10n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;

use super::list::ScenarioList;
use super::{Notice, Scenarios, StorageNotice};
use crate::sections::report::PrintJob;
use crate::sections::views::CopyByHand;
use crate::sections::{self, NOT_PRINTED};
use crate::{address, files};
use adcredit_core::report::saved::Said;

/// The saved-scenarios panel.
#[component]
pub fn ScenarioPanel(state: Scenarios) -> impl IntoView {
    state.load_library();
    let save_state = Memo::new(move |_| {
        let opened = state.opened_saved();
        state.scenario.with(|s| SaveState::of(s.as_ref(), opened.as_ref()))
    });
    let state_text = move || save_state.get().label();
    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{Msg::SavedHeading.text()}</h2>
            <StorageNotices state />
            <form class="save-bar" on:submit=move |ev| {
                ev.prevent_default();
                state.save(false);
            }>
                <div class="field">
                    <label for="scenario-name">{Msg::ScenarioName.text()}</label>
                    <input
                        id="scenario-name"
                        type="text"
                        autocomplete="off"
                        maxlength="80"
                        placeholder=Msg::ScenarioNamePlaceholder.text()
                        prop:value=move || state.name.get()
                        on:input=move |ev| state.name.set(event_target_value(&ev))
                        aria-describedby="save-state"
                    />
                </div>
                <button type="submit">{Msg::Save.text()}</button>
                <Show when=move || save_state.get() != SaveState::New>
                    <button type="button" class="secondary" on:click=move |_| state.save(true)>
                        {Msg::SaveAsNew.text()}
                    </button>
                </Show>
                <ShareLink state />
                <PrintReport state />
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
        state
            .storage_notices
            .get()
            .into_iter()
            .map(|notice| match notice {
                StorageNotice::Unavailable => view! {
                    <p class="storage-notice" role="alert">
                        "This browser does not let the calculator keep data here (storage is blocked), so saved "
                        "scenarios last only until you close this page. Export them to keep them."
                    </p>
                }
                .into_any(),
                StorageNotice::Recovered { recovery, text } => view! {
                    <div class="storage-notice" role="alert">
                        <p>{recovery.to_string()}</p>
                        <button type="button" class="secondary" on:click=move |_| download(text.clone())>
                            "Download the unreadable data"
                        </button>
                    </div>
                }
                .into_any(),
            })
            .collect_view()
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
                    Notice::Replaced(text, previous) => view! {
                        <p>
                            {text} " "
                            <button type="button" class="link" on:click=move |_| state.restore(*previous.clone())>
                                "Undo"
                            </button>
                        </p>
                    }
                    .into_any(),
                })
            }}
        </div>
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
                None => state.notice.set(Some(Notice::Error(Said::NotRead(&name).to_string()))),
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
            <button type="button" class="secondary" on:click=move |_| state.export_json()>{Msg::ExportJson.text()}</button>
            <button type="button" class="secondary" on:click=move |_| state.export_csv()>{Msg::ExportCsv.text()}</button>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
            <label for="import-file" class="button secondary">{Msg::ImportJson.text()}</label>
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

/// "Print report": the scenario on screen as a one-page report, with the link that reopens it.
#[component]
fn PrintReport(state: Scenarios) -> impl IntoView {
    let print = move |_| {
        let Some(scenario) = state.scenario.get_untracked() else {
            state.notice.set(Some(Notice::Error("Not printed: fix the fields marked above first.".into())));
            return;
        };
        let name = state.name.get_untracked();
        let link = address::page_address(Some(&link::encode(&scenario, &name)));
        spawn_local(async move {
            let job = PrintJob::Scenario { name, scenario: Box::new(scenario), link };
            if sections::print(job).await.is_err() {
                state.notice.set(Some(Notice::Error(NOT_PRINTED.into())));
            }
        });
    };
    sections::drop_report_on_change(state);
    // The browser's own Print prints this report too, laid out in its `beforeprint` event.
    sections::prefetch_report();
    let listener = window_event_listener_untyped("beforeprint", move |_| {
        sections::print_now(|| {
            let scenario = state.scenario.get_untracked()?;
            let name = state.name.get_untracked();
            let link = address::page_address(Some(&link::encode(&scenario, &name)));
            Some(PrintJob::Scenario { name, scenario: Box::new(scenario), link })
        });
    });
    on_cleanup(move || listener.remove());
    view! { <button type="button" class="secondary" on:click=print>{Msg::PrintReport.text()}</button> }
}

/// "Copy link": the scenario on screen as a link on the clipboard, or, where the browser refuses, in a field selected
/// for copying by hand.
#[component]
fn ShareLink(state: Scenarios) -> impl IntoView {
    let by_hand = RwSignal::new(None::<String>);
    let copy = move |_| {
        let Some(scenario) = state.scenario.get_untracked() else {
            state.notice.set(Some(Notice::Error("Not shared: fix the fields marked above first.".into())));
            return;
        };
        let url = address::page_address(Some(&link::encode(&scenario, &state.name.get_untracked())));
        spawn_local(async move {
            if address::copy(&url).await {
                by_hand.set(None);
                state.notice.set(Some(Notice::Info("Link copied.".into())));
            } else {
                by_hand.set(Some(url));
                state.notice.set(Some(Notice::Info("Copy the link from the field below.".into())));
            }
        });
    };
    view! {
        <button type="button" class="secondary" on:click=copy>{Msg::CopyLink.text()}</button>
        <CopyByHand url=by_hand id="share-link" label="Link to this scenario" />
    }
}

/// "Reset to the example" and "Clear all": each replaces the inputs on screen, and says so with an Undo in the
/// notice below the save bar when what it replaced was saved nowhere.
#[component]
pub fn StartOver(state: Scenarios) -> impl IntoView {
    view! {
        <p class="start-over">
            <button type="button" class="link" on:click=move |_| state.start_over(false)>{Msg::ResetExample.text()}</button>
            <button type="button" class="link" on:click=move |_| state.start_over(true)>{Msg::ClearAll.text()}</button>
        </p>
    }
}
