//! Adapter: files in and out (downloads of exports and backups, reading an imported file as text or, for a report,
//! as bytes, and the printed report,
//! which the browser's print dialog also saves as a PDF).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Opens the browser's print dialog (printing, or saving as PDF, what the print stylesheet shows).
pub fn print() {
    // A browser that refuses (a sandboxed frame without allow-modals) prints nothing; the page goes on.
    let _ = leptos::prelude::window().print();
}

/// Offers `text` as a download named `name`. `false` if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return false };
    let document = leptos::prelude::document();
    let clicked = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    // Some browsers read the URL after the click returns: let it go a little later.
    leptos::prelude::set_timeout(move || drop(Url::revoke_object_url(&url)), std::time::Duration::from_secs(30));
    clicked
}

/// The text of a file the user picked; `None` if it cannot be read as text.
pub async fn read_text(file: File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// The bytes of a file the user picked (`File.arrayBuffer()`); `None` if the browser cannot read it.
pub async fn read_bytes(file: File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn today() -> String {
    iso(crate::storage::now()).chars().take(10).collect()
}

/// A timestamp as `YYYY-MM-DD HH:MM:SS` in UTC (spreadsheets read it as a date).
pub fn iso(ms: u64) -> String {
    // Stored timestamps are whole milliseconds below 2^53, exact as f64.
    let text: String = js_sys::Date::new(&JsValue::from_f64(ms as f64)).to_iso_string().into();
    text.chars().take(19).collect::<String>().replace('T', " ")
}
