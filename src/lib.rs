//! The Ad Credit Calculator app: a thin Leptos shell over `adcredit-core`.
//!
//! Components read core values through signals and memos; each browser effect lives in one adapter module
//! ([`intl`] for number and date formatting, [`storage`] for `localStorage`, [`address`] for the page's address and
//! the clipboard, [`files`] for downloads and uploads, [`embed`] for running inside another site's page, [`skeleton`]
//! for taking over the static page).

// The app exists only in the browser; natively this crate is empty so `cargo test` at the root stays fast.
#![cfg(target_arch = "wasm32")]
#![forbid(unsafe_code)]

pub mod address;
pub mod cash;
pub mod embed;
pub mod embed_panel;
pub mod files;
pub mod intl;
pub mod offer;
pub mod scenarios;
pub mod skeleton;
pub mod storage;
pub mod wallet;

use adcredit_core::embed::EmbedOptions;
use adcredit_core::link::{self, Start};
use adcredit_core::{display, Currency, Decimal, Draft, Field, Inputs, Kind, Metric, Metrics, Ratio, Unit, Value};
use leptos::prelude::*;

use embed_panel::EmbedPanel;
use scenarios::{ScenarioPanel, Scenarios};
use storage::Store;

/// Mounts the calculator in place of the static skeleton.
///
/// The inputs start as what was typed into the skeleton while the wasm loaded, else as a shared link in the
/// address, else as the draft kept from the last visit, else as the seed example (see `Start::choose`).
pub fn mount() {
    let (root, typed) = skeleton::take_over();
    let (query, fragment) = address::query_and_fragment();
    if embed::is_embedded(&query) {
        let (options, mut warnings) = EmbedOptions::from_query(&query);
        if let Some(locale) = &options.locale {
            if !intl::set_locale(locale) {
                warnings
                    .push(format!("adcredit embed: ignored the locale {locale:?}, which this browser does not know"));
            }
        }
        embed::apply(&options, &warnings);
        // Embedded: nothing is kept (a host site's frame may not get storage, and should not share it).
        let start = Start::choose(typed, &query, &fragment, None);
        mount_at(root, move || view! { <Embedded draft=RwSignal::new(start.draft) /> });
    } else {
        let store = Store::open();
        let start = Start::choose(typed, &query, &fragment, store.load_draft());
        mount_at(root, move || view! { <App store start /> });
    }
}

/// Mounts into `root` (the skeleton's `#app`), or into the body where there is none.
fn mount_at<N: IntoView + 'static>(root: Option<web_sys::HtmlElement>, view: impl FnOnce() -> N + 'static) {
    match root {
        Some(root) => mount_to(root, view).forget(),
        None => mount_to_body(view),
    }
}

/// The embedded calculator (`/embed.html`): no page chrome, and a link that opens the scenario in the full app.
#[component]
pub fn Embedded(draft: RwSignal<Draft>) -> impl IntoView {
    let full = move || {
        let shared = draft.with(|d| d.parse().scenario()).map(|s| link::encode(&s, ""));
        address::full_app(shared.as_deref())
    };
    view! {
        <main class="embedded">
            <Calculator draft />
            <p class="open-full">
                <a href=full target="_blank" rel="noopener">"Open in full calculator"</a>
            </p>
        </main>
    }
}

/// The whole page: heading, calculator, saved scenarios, footer.
#[component]
pub fn App(store: Store, start: Start) -> impl IntoView {
    let notices = RwSignal::new(start.notices.clone());
    let state = Scenarios::new(store, start);
    // Another link pasted into the address bar of this page (a same-document navigation): open it too.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let (query, fragment) = address::query_and_fragment();
        match link::decode(&query, &fragment) {
            Ok(Some(opened)) => {
                notices.set(opened.page_notices());
                state.open_link(opened, fragment.trim_start_matches('#'));
            }
            Ok(None) => {}
            Err(refused) => notices.set(vec![refused.to_string()]),
        }
    });
    on_cleanup(move || listener.remove());
    // The address bar follows the scenario on screen (no fragment while a field is not valid), so a reload or a
    // copied address reopens it.
    let pending = StoredValue::new_local(None);
    Effect::new(move |_| {
        let shared = state.scenario.with(|s| s.as_ref().map(|s| link::encode(s, &state.name.get())));
        let written = shared.clone();
        pending.update_value(|timer| address::follow(shared, timer, move || state.address.set(written)));
    });
    view! {
        <header class="masthead">
            <h1>"TikTok Ads Credit Calculator"</h1>
            <p class="lede">
                "Enter the credits you used and the results you got or expect. "
                "Every cost metric updates as you type, exact to the cent."
            </p>
        </header>
        <main>
            {move || {
                let notices = notices.get();
                (!notices.is_empty())
                    .then(|| {
                        view! {
                            <div class="link-notices" role="status">
                                {notices.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                            </div>
                        }
                    })
            }}
            <Calculator draft=state.draft full=true />
            <ScenarioPanel state />
            <EmbedPanel scenario=state.scenario />
        </main>
        <footer class="colophon">
            <p>"Runs entirely in your browser: nothing you type is sent anywhere."</p>
        </footer>
    }
}

/// The inputs and the metrics they give; with `full`, also the sections on credits and cash, the credit wallet and
/// offers (the embedded calculator keeps to the seed's simple case).
#[component]
pub fn Calculator(draft: RwSignal<Draft>, #[prop(optional)] full: bool) -> impl IntoView {
    let inputs = Memo::new(move |_| draft.with(Draft::parse));
    let metrics = Memo::new(move |_| inputs.with(Metrics::compute));

    view! {
        <form class="calculator" novalidate on:submit=|ev| ev.prevent_default()>
            <section class="inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">"Credits and results"</h2>
                <div class="money-row">
                    <NumberField field=Field::Credits draft inputs metrics />
                    <CurrencySelect draft />
                </div>
                {[Field::Impressions, Field::Clicks, Field::Conversions]
                    .map(|field| view! { <NumberField field draft inputs metrics /> })
                    .into_iter()
                    .collect_view()}
            </section>
            <Results metrics inputs />
        </form>
        {full
            .then(|| {
                view! {
                    <div class="plans">
                        <cash::CashSection draft inputs metrics />
                        <wallet::WalletSection draft inputs metrics />
                        <offer::OfferSection draft inputs metrics />
                    </div>
                }
            })}
    }
}

/// The currency picker.
#[component]
fn CurrencySelect(draft: RwSignal<Draft>) -> impl IntoView {
    let on_change = move |ev| {
        if let Ok(currency) = event_target_value(&ev).parse::<Currency>() {
            draft.update(|d| d.currency = currency);
        }
    };
    view! {
        <div class="field currency">
            <label for="currency">"Currency"</label>
            <select id="currency" on:change=on_change prop:value=move || draft.with(|d| d.currency.code())>
                {Currency::ALL
                    .map(|c| {
                        view! {
                            <option value=c.code() selected=move || draft.with(|d| d.currency == c)>
                                {c.code()}
                                " — "
                                {c.name()}
                            </option>
                        }
                    })
                    .into_iter()
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled text field that keeps exactly what was typed; its hint, and its error or warning, appear under it.
#[component]
pub(crate) fn NumberField(
    field: Field,
    draft: RwSignal<Draft>,
    inputs: Memo<Inputs>,
    metrics: Memo<Metrics>,
) -> impl IntoView {
    let id = field.key();
    let message_id = format!("{id}-message");
    let hint_id = format!("{id}-hint");
    let described_by = if field.hint().is_some() { format!("{hint_id} {message_id}") } else { message_id.clone() };
    let input_mode = if field.kind() == Kind::Days { "numeric" } else { "decimal" };
    // Only this field's text: typing elsewhere does not touch this input.
    let text = Memo::new(move |_| draft.with(|d| d.text(field).to_owned()));
    let error = Memo::new(move |_| inputs.with(|i| i.error(field)));
    let warning = Memo::new(move |_| metrics.with(|m| m.warnings_for(field).next()));
    let message = move || match (error.get(), warning.get()) {
        (Some(e), _) => Some(("error", e.to_string())),
        (None, Some(w)) => Some((if w.is_note() { "note" } else { "warning" }, w.to_string())),
        (None, None) => None,
    };
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        draft.update(|d| *d.text_mut(field) = value);
    };
    view! {
        <div class="field">
            <label for=id>{field.label()}</label>
            {field.hint().map(|hint| view! { <span class="hint" id=hint_id>{hint}</span> })}
            <input
                id=id
                name=id
                type="text"
                inputmode=input_mode
                autocomplete="off"
                spellcheck="false"
                prop:value=text
                on:input=on_input
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            />
            <p id=message_id class=move || message().map_or("message", |(kind, _)| kind)>
                {move || message().map(|(_, text)| text)}
            </p>
        </div>
    }
}

/// A section below the calculator that a user opens when they need it. Its content is built only while it is open,
/// so a closed section costs neither start-up time nor work per keystroke; `open` says whether it starts open.
#[component]
pub(crate) fn Section(title: &'static str, open: bool, children: ChildrenFn) -> impl IntoView {
    let is_open = RwSignal::new(open);
    let on_toggle = move |ev| is_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    view! {
        <details class="plan" open=open on:toggle=on_toggle>
            <summary>{title}</summary>
            {move || is_open.get().then(|| children())}
        </details>
    }
}

/// A labelled input in a list row (a credit grant, an offer tier): one instantiation for every such input, so each
/// new row kind costs no more wasm. `kind` is "text" (money, `inputmode="decimal"`) or "date".
#[component]
pub(crate) fn RowInput(
    id: String,
    label: &'static str,
    kind: &'static str,
    text: Signal<String>,
    error: Signal<Option<adcredit_core::ParseError>>,
    hint: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let message_id = format!("{id}-message");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type=kind
                inputmode=(kind == "text").then_some("decimal")
                autocomplete="off"
                prop:value=text
                on:input=move |ev| on_input.run(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=message_id.clone()
            />
            <p id=message_id class=move || if error.with(Option::is_some) { "error" } else { "message" }>
                {move || error.get().map_or_else(|| hint.get(), |e| e.to_string())}
            </p>
        </div>
    }
}

/// Every metric, or "—" and why it has no value; announced politely as it changes.
#[component]
fn Results(metrics: Memo<Metrics>, inputs: Memo<Inputs>) -> impl IntoView {
    // With a planned spend the metrics are on the whole spend, credits and cash together.
    let heading = move || {
        if inputs.with(|i| matches!(i.spend, Ok(Some(_)))) {
            "What your spend bought"
        } else {
            "What your credits bought"
        }
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{heading}</h2>
            <div role="status" aria-live="polite">
            <dl>
                {Metric::GROSS
                    .map(|metric| {
                        let value = move || metrics.with(|m| shown(m, metric));
                        view! {
                            <div
                                class="metric"
                                data-metric=metric.key()
                                data-undefined=move || metrics.with(|m| m.get(metric).is_err()).then_some("")
                            >
                                <dt>{metric.label()}</dt>
                                <dd class="value">{value}</dd>
                                <dd class="explanation">{metric.explanation()}</dd>
                            </div>
                        }
                    })
                    .into_iter()
                    .collect_view()}
            </dl>
            </div>
        </section>
    }
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub(crate) fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// An amount of money as the user reads it, in the currency's minor units (a non-zero amount never as zero).
pub(crate) fn amount(value: Decimal, currency: Currency) -> String {
    display::money(Ratio::from(value), currency).map_or_else(|| format!("{value}"), |v| intl::money(v, currency))
}

/// An exact value as the user reads it: "$0.05", "37.50%", or "— no conversions yet".
pub(crate) fn value_text(value: Value, unit: Unit, currency: Currency) -> String {
    match value {
        Ok(v) => match unit {
            Unit::Money => display::money(v, currency).map(|v| intl::money(v, currency)),
            Unit::Percent => display::percent(v).map(intl::percent),
        }
        .unwrap_or_else(|| "— too large to compute".into()),
        Err(why) => format!("— {why}"),
    }
}

/// A metric as the user reads it: "$0.05", "4.00%", or "— no clicks yet".
pub(crate) fn shown(metrics: &Metrics, metric: Metric) -> String {
    match metrics.shown(metric) {
        Ok(value) => match metric.unit() {
            Unit::Money => intl::money(value, metrics.currency),
            Unit::Percent => intl::percent(value),
        },
        Err(why) => format!("— {why}"),
    }
}
