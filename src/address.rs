//! Adapter: the page's address (reading a shared link, keeping the address bar on the current scenario) and the
//! clipboard.

use std::time::Duration;

use leptos::prelude::{set_timeout_with_handle, window, TimeoutHandle};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The query string and fragment of the page's address, as the browser has them (`?…`, `#…`, or empty).
pub fn query_and_fragment() -> (String, String) {
    let location = window().location();
    (location.search().unwrap_or_default(), location.hash().unwrap_or_default())
}

/// Whether this page load is a reload (the browser's `PerformanceNavigationTiming.type`): only then is an address
/// that the kept draft wrote the page's own; a link opened any other way opens its own values.
pub fn is_reload() -> bool {
    let entry = window().performance().map(|p| p.get_entries_by_type("navigation").get(0));
    entry.and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str("type")).ok()).and_then(|t| t.as_string())
        == Some("reload".to_string())
}

/// The address to share `link` (or none) at: the app's pages without a language (so the link opens in the
/// recipient's language), with this page's query string.
pub fn page_address(link: Option<&str>) -> String {
    address(crate::lang::base_path(), link)
}

/// This page's own address with `link` as its fragment: what the address bar shows (a reload stays here).
fn own_address(link: Option<&str>) -> String {
    address(window().location().pathname().unwrap_or_default(), link)
}

fn address(path: String, link: Option<&str>) -> String {
    let location = window().location();
    let base = format!("{}{path}{}", location.origin().unwrap_or_default(), location.search().unwrap_or_default());
    match link {
        Some(link) => format!("{base}#{link}"),
        None => base,
    }
}

/// The full calculator's address (the embed page's folder, no query) with `link` as its fragment.
pub fn full_app(link: Option<&str>) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let folder = path.rsplit_once('/').map_or("/", |(folder, _)| folder);
    let base = format!("{}{folder}/", location.origin().unwrap_or_default());
    match link {
        Some(link) => format!("{base}#{link}"),
        None => base,
    }
}

/// Puts the address of `link` in the address bar after a pause in typing, replacing the current history entry:
/// never a new entry per keystroke, and never more than a few writes a second (Safari refuses more than 100 in
/// 30 seconds). `pending` holds the timer of the write not yet done; `written` runs once the address is written.
pub fn follow(link: Option<String>, pending: &mut Option<TimeoutHandle>, written: impl FnOnce() + 'static) {
    if let Some(timer) = pending.take() {
        timer.clear();
    }
    let write = move || {
        let address = own_address(link.as_deref());
        if let Ok(history) = window().history() {
            if history.replace_state_with_url(&JsValue::NULL, "", Some(&address)).is_ok() {
                written();
            }
        }
    };
    *pending = set_timeout_with_handle(write, Duration::from_millis(400)).ok();
}

/// Copies `text` to the clipboard; `false` where the browser does not allow it (insecure page, denied permission,
/// some embedding frames).
pub async fn copy(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Opens `fragment` (a compare link, without `#`) as if it had been pasted into the address bar: the address takes
/// it without a history entry, and the page's `hashchange` listener opens it.
pub fn open_fragment(fragment: &str) {
    let window = leptos::prelude::window();
    let written = window
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{fragment}"))));
    if written.is_ok() {
        if let Ok(event) = web_sys::Event::new("hashchange") {
            let _ = window.dispatch_event(&event);
        }
    }
}
