//! Adapter: the service worker (`static/sw.js`, filled in by the post-build hook), which makes a repeat visit load
//! from the cache and work offline. Registered once the page is idle after start; when a new version takes over a
//! page that an older one served, `updated` runs (the page offers to reload).

use leptos::prelude::{request_idle_callback, window};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::ServiceWorkerContainer;

pub fn register(updated: impl Fn() + 'static) {
    // Absent where the page is not a secure context (plain http on another host): then there is nothing to do.
    let container = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(container) = container.map(JsCast::unchecked_into::<ServiceWorkerContainer>) else { return };
    if container.controller().is_some() {
        let on_change = Closure::<dyn Fn()>::new(updated);
        let _ = container.add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
        // Listens for as long as the page is open.
        on_change.forget();
    }
    request_idle_callback(move || {
        let registering = container.register("/sw.js");
        leptos::task::spawn_local(async move {
            // A refused registration (private mode, a blocked origin) only means no offline copy.
            let _ = JsFuture::from(registering).await;
        });
    });
}
