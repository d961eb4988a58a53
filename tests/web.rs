//! Component tests in a real browser (headless Chromium via wasm-bindgen-test-runner): mount the calculator, type,
//! and read what the user would read.
#![cfg(target_arch = "wasm32")]

use adcredit::Calculator;
use adcredit_core::{Currency, Draft};
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a calculator with `draft` into a fresh element and returns that element.
fn mount(draft: Draft) -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    mount_to(host.clone(), move || view! { <Calculator draft=RwSignal::new(draft) /> }).forget();
    host
}

fn text(host: &HtmlElement, selector: &str) -> String {
    host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

fn metric(host: &HtmlElement, key: &str) -> String {
    text(host, &format!("[data-metric={key}] .value"))
}

/// Types `value` into the field the way a browser reports it: new value, then an `input` event.
async fn type_into(host: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = host.query_selector(&format!("#{id}")).unwrap().unwrap().unchecked_into();
    input.set_value(value);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn shows_the_seed_example() {
    let host = mount(Draft::default());
    tick().await;
    let shown: Vec<String> =
        ["cpm", "cpc", "ctr", "cvr-clicks", "cvr-impressions", "cpa"].map(|k| metric(&host, k)).into();
    assert_eq!(shown, ["$2.00", "$0.05", "4.00%", "25.00%", "1.00%", "$0.20"]);
    let credits: HtmlInputElement = host.query_selector("#credits").unwrap().unwrap().unchecked_into();
    assert_eq!(credits.value(), "100");
}

#[wasm_bindgen_test]
async fn a_bad_field_shows_its_error_and_the_rest_keeps_working() {
    let host = mount(Draft::default());
    type_into(&host, "clicks", "abc").await;
    let clicks = host.query_selector("#clicks").unwrap().unwrap();
    assert_eq!(clicks.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(clicks.get_attribute("aria-describedby").as_deref(), Some("clicks-hint clicks-message"));
    assert_eq!(text(&host, "#clicks-message"), "That is not a number. Use digits, e.g. 1,234.50.");
    assert_eq!(metric(&host, "cpc"), "— check Clicks");
    assert_eq!(metric(&host, "cpm"), "$2.00");

    type_into(&host, "clicks", "40,000").await;
    assert_eq!(clicks.get_attribute("aria-invalid"), None);
    assert_eq!(text(&host, "#clicks-message"), "");
    assert_eq!(metric(&host, "cpc"), "$0.0025", "a non-zero cost never shows as $0.00");
}

#[wasm_bindgen_test]
async fn the_field_keeps_what_was_typed() {
    let host = mount(Draft::default());
    type_into(&host, "credits", "1.234,50").await;
    let credits: HtmlInputElement = host.query_selector("#credits").unwrap().unwrap().unchecked_into();
    assert_eq!(credits.value(), "1.234,50");
    assert_eq!(metric(&host, "cpa"), "$2.47");
}

#[wasm_bindgen_test]
async fn zero_clicks_says_why_there_is_no_cpc() {
    let host = mount(Draft::default());
    type_into(&host, "clicks", "0").await;
    assert_eq!(metric(&host, "cpc"), "— no clicks yet");
    let row = host.query_selector("[data-metric=cpc]").unwrap().unwrap();
    assert!(row.has_attribute("data-undefined"));
}

#[wasm_bindgen_test]
async fn warnings_appear_under_their_field() {
    let host = mount(Draft::default());
    type_into(&host, "clicks", "60000").await;
    assert_eq!(text(&host, "#clicks-message"), "More clicks than impressions: is there a typing mistake?");
    assert_eq!(host.query_selector("#clicks-message").unwrap().unwrap().class_name(), "warning");
    assert_eq!(metric(&host, "ctr"), "120.00%");
}

#[wasm_bindgen_test]
async fn currency_changes_the_minor_units() {
    let host = mount(Draft { credits: "10,000".into(), currency: Currency::Jpy, ..Draft::default() });
    tick().await;
    let select: HtmlSelectElement = host.query_selector("#currency").unwrap().unwrap().unchecked_into();
    assert_eq!(select.value(), "JPY");
    assert_eq!(metric(&host, "cpc"), "¥5");
    assert_eq!(metric(&host, "cpm"), "¥200");

    select.set_value("EUR");
    select.dispatch_event(&Event::new("change").unwrap()).unwrap();
    tick().await;
    assert_eq!(metric(&host, "cpc"), "€5.00");
}
