//! Adapter: taking over the static skeleton that `index.html` paints before the wasm runs.
//!
//! The skeleton has the app's layout and fields. Whatever the user typed into it while the wasm loaded is carried
//! into the app, then the skeleton is cleared and the app mounts in its place in the same task, so the browser
//! never paints an empty page in between.

use adcredit_core::{Currency, Draft, Field};
use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The element to mount into (the skeleton's `#app`, now empty) and the fields as the skeleton holds them
/// (`None` when there is no skeleton, e.g. in component tests).
pub fn take_over() -> (Option<HtmlElement>, Option<Draft>) {
    let document = document();
    let Some(root) = document.get_element_by_id("app").and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return (None, None);
    };
    let mut draft = Draft::default();
    for field in Field::ALL {
        if let Some(input) = document.get_element_by_id(field.key()).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            *draft.text_mut(field) = input.value();
        }
    }
    if let Some(select) = document.get_element_by_id("currency").and_then(|e| e.dyn_into::<HtmlSelectElement>().ok()) {
        draft.currency = select.value().parse().unwrap_or(Currency::default());
    }
    root.set_inner_html("");
    (Some(root), Some(draft))
}
