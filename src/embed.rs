//! Adapter: running inside another site's page (`/embed.html`, inserted by `embed.js`): the host's look (theme,
//! accent colour, background), telling the host page the calculator's height, so its iframe never scrolls, and
//! hearing from it which part of the frame the visitor sees, so the answer bar sits at the bottom of that part.

use adcredit_core::embed::{Background, EmbedOptions, Ignored, Visible};
use leptos::prelude::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver, ResizeObserverEntry};

/// Whether this page is the embedded calculator.
pub fn is_embedded(query: &str) -> bool {
    let path = window().location().pathname().unwrap_or_default();
    path.ends_with("/embed.html") || query.trim_start_matches('?').split('&').any(|p| p == "embed=1")
}

/// Applies the options' look and starts reporting the height; warns in the console about any option ignored.
pub fn apply(options: &EmbedOptions, warnings: &[Ignored]) {
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&warning.to_string()));
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
    if options.background == Background::Transparent {
        let _ = root.set_attribute("data-background", "transparent");
    }
    if let Some(origin) = &options.origin {
        report_height(origin.clone());
        follow_visible(origin.clone());
    }
}

/// Reads `{type: "adcredit:visible", top, bottom}` from the host page (its origin and the parent window only; any
/// other message, or one that does not read, changes nothing) and puts the answer bar's bottom edge there:
/// `--visible-bottom` on the root, which the stylesheet uses once `data-visible` is set.
fn follow_visible(origin: String) {
    let Ok(Some(parent)) = window().parent() else { return };
    let on_message = move |event: MessageEvent| {
        let from_parent = event.source().is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        if event.origin() != origin || !from_parent {
            return;
        }
        let data = event.data();
        // `Reflect::get` fails on a message that is not an object; each field that is absent or of another type is None.
        let field = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let kind = field("type").and_then(|v| v.as_string());
        let number = |key: &str| field(key).and_then(|v| v.as_f64());
        let Some(visible) = Visible::read(kind.as_deref(), number("top"), number("bottom")) else { return };
        let Some(root) = document().document_element() else { return };
        if let Some(html) = root.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.style().set_property("--visible-bottom", &format!("{}px", visible.bottom));
        }
        let _ = root.set_attribute("data-visible", "");
    };
    let callback = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
    let _ = window().add_event_listener_with_callback("message", callback.as_ref().unchecked_ref());
    // Listens for as long as the page is open.
    callback.forget();
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
