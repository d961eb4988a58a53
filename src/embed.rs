//! Adapter: running inside another site's page (`/embed.html`, inserted by `embed.js`): the host's look (theme,
//! accent colour) and telling the host page the calculator's height, so its iframe never scrolls.

use adcredit_core::embed::EmbedOptions;
use leptos::prelude::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// Whether this page is the embedded calculator.
pub fn is_embedded(query: &str) -> bool {
    let path = window().location().pathname().unwrap_or_default();
    path.ends_with("/embed.html") || query.trim_start_matches('?').split('&').any(|p| p == "embed=1")
}

/// Applies the options' look and starts reporting the height; warns in the console about any option ignored.
pub fn apply(options: &EmbedOptions, warnings: &[String]) {
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(warning));
    }
    let Some(root) = document().document_element() else { return };
    let _ = root.set_attribute("data-embed", "");
    if let Some(theme) = options.theme {
        let _ = root.set_attribute("data-theme", theme.name());
    }
    if let Some(accent) = &options.accent {
        // Through the CSSOM, which a strict style-src allows (a style attribute would not be).
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            let _ = root.style().set_property("--accent", accent);
        }
    }
    if let Some(origin) = &options.origin {
        report_height(origin.clone());
    }
}

/// Posts `{type: "adcredit:height", height}` to the host page, only to its origin (never `*`), whenever the
/// page's height changes.
fn report_height(origin: String) {
    let Ok(Some(parent)) = window().parent() else { return };
    let post = move |_: Vec<ResizeObserverEntry>| {
        let height = document().document_element().map_or(0, |e| e.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"adcredit:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &origin);
    };
    let callback = Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(post);
    if let (Ok(observer), Some(body)) = (ResizeObserver::new(callback.as_ref().unchecked_ref()), document().body()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}
