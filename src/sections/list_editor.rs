//! One editor for the lists of a draft (credit grants, offer tiers): keyed rows, so adding or removing a row never
//! rebuilds the others and focus stays where it was. Rows, parts, labels and messages come from the core
//! (`adcredit_core::rows`); this only lays them out.

use adcredit_core::report::Note;
use adcredit_core::rows::{row_message, Input, List, Part, RowField};
use adcredit_core::wallet::{Day, Source};
use adcredit_core::Draft;
use leptos::prelude::*;

use crate::intl::Intl;
use crate::{focus, Calc, Message};

/// The rows of `list` and the button that adds one (new grants are received `today`); `children` are more actions
/// beside that button.
#[component]
pub fn ListEditor(list: List, today: Day, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let Calc { draft, .. } = Calc::get();
    let keys = Memo::new(move |_| draft.with(|d| d.row_keys(list)));
    let add_id = format!("add-{}", list.key());
    let add = move |_| {
        if let Some(key) = draft.try_update(|d| d.add_row(list, today)).flatten() {
            focus_row(draft, list, key);
        }
    };
    view! {
        <div class=format!("{}s", list.key())>
            <For each=move || keys.get() key=|key| *key let:key>
                <Row list key />
            </For>
        </div>
        <p class="actions">
            <button type="button" class="secondary" id=add_id on:click=add>{list.add_label()}</button>
            {children.map(|c| c())}
        </p>
    }
}

/// Moves focus to the first input of the row with `key`, once it is on the page.
pub fn focus_row(draft: RwSignal<Draft>, list: List, key: u64) {
    request_animation_frame(move || {
        let first = list.parts().first().copied();
        if let (Some(row), Some(part)) = (draft.with_untracked(|d| d.row_index(list, key)), first) {
            focus(&input_id(list, row, part));
        }
    });
}

fn input_id(list: List, row: usize, part: Part) -> String {
    format!("{}-{}-{}", list.key(), row.saturating_add(1), part.key())
}

/// One row: a fieldset with each part and a Remove button.
#[component]
fn Row(list: List, key: u64) -> impl IntoView {
    let Calc { draft, .. } = Calc::get();
    let row = Memo::new(move |_| draft.with(|d| d.row_index(list, key)));
    let n = move || row.get().map_or(0, |i| i.saturating_add(1));
    let remove = move |_| {
        draft.update(|d| d.remove_row(list, key));
        // The button pressed is gone: keep keyboard focus in the section.
        focus(&format!("add-{}", list.key()));
    };
    view! {
        <fieldset class=list.key()>
            <legend>{move || format!("{} {}", list.title(), n())}</legend>
            {list.parts().iter().map(|&part| view! { <PartInput list part row /> }).collect_view()}
            <button
                type="button"
                class="link remove"
                on:click=remove
                aria-label=move || format!("Remove {} {}", list.noun(), n())
            >
                "Remove"
            </button>
        </fieldset>
    }
}

/// One labelled input of a row, with its message under it.
#[component]
fn PartInput(list: List, part: Part, row: Memo<Option<usize>>) -> impl IntoView {
    let Calc { draft, inputs, .. } = Calc::get();
    let at = move || row.get().map(|row| RowField { list, row, part });
    let id = Memo::new(move |_| input_id(list, row.get().unwrap_or_default(), part));
    let message_id = Memo::new(move |_| format!("{}-message", id.get()));
    let visited = RwSignal::new(false);
    let text =
        Memo::new(move |_| draft.with(|d| at().and_then(|at| d.row_text(at).map(str::to_owned))).unwrap_or_default());
    let message: Memo<Option<Note>> = Memo::new(move |_| {
        let at = at()?;
        draft.with(|d| inputs.with(|i| row_message(d, i, at, visited.get(), &Intl)))
    });
    let invalid = move || message.with(|m| m.as_ref().is_some_and(|m| m.key == "error")).then_some("true");
    let write = move |ev| {
        let value = event_target_value(&ev);
        if let Some(at) = at() {
            draft.update(|d| d.set_row_text(at, value));
        }
    };
    let control = match part.input() {
        Input::Source => view! {
            <select id=id on:change=write prop:value=text>
                {Source::ALL
                    .map(|s| view! { <option value=s.key() selected=move || text.get() == s.key()>{s.label()}</option> })
                    .into_iter()
                    .collect_view()}
            </select>
        }
        .into_any(),
        input => view! {
            <input
                id=id
                type=if input == Input::Date { "date" } else { "text" }
                inputmode=(input == Input::Money).then_some("decimal")
                autocomplete="off"
                prop:value=text
                on:input=write
                on:blur=move |_| visited.set(true)
                aria-invalid=invalid
                aria-describedby=message_id
            />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{part.label()}</label>
            {control}
            <Message id=message_id note=message.into() />
        </div>
    }
}
