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
pub mod embed;
pub mod files;
pub mod intl;
pub mod lang;
pub mod scenarios;
pub mod sections;
pub mod skeleton;
pub mod storage;
pub mod worker;

use adcredit_core::embed::{EmbedOptions, Ignored, Offered, Section};
use adcredit_core::link::compare::is_compare;
use adcredit_core::link::{self, Start};
use adcredit_core::report::calculator::credits_hint;
use adcredit_core::report::{self, Format, Note, Tone};
use adcredit_core::l10n::{Lang, Msg};
use adcredit_core::{Currency, Draft, Field, Inputs, Kind, Metric, Metrics};
use leptos::prelude::*;

use adcredit_core::schema::DraftState;
use intl::Intl;
use scenarios::{Scenarios, StartOver};
use sections::{ComparePanel, EmbedPanel, SavedScenarios, Sections, PRINT_AREA};
use storage::{KeptDraft, Store};

/// Mounts the calculator in place of the static skeleton.
///
/// The inputs start as what was typed into the skeleton while the wasm loaded, else as a shared link in the
/// address, else as the draft kept from the last visit, else as the seed example (see `Start::choose`).
pub fn mount() {
    lang::start();
    let (query, fragment) = address::query_and_fragment();
    if embed::is_embedded(&query) {
        let (root, typed) = skeleton::take_over();
        let (options, mut warnings) = EmbedOptions::from_query(&query);
        if let Some(locale) = &options.locale {
            if !intl::set_locale(locale) {
                warnings.push(Ignored::Locale(locale.clone()));
            }
        }
        embed::apply(&options, &warnings);
        // Embedded: nothing is kept (a host site's frame may not get storage, and should not share it).
        let start = Start::choose(typed, &query, &fragment, None, false);
        let sections = options.sections;
        mount_at(root, move || view! { <Embedded draft=RwSignal::new(start.draft) sections /> });
        worker::register(|| {});
        return;
    }
    let store = Store::open();
    match store.load_draft(storage::now()) {
        KeptDraft::Read(kept, unread_draft) => mount_app(store, kept, unread_draft),
        // Once, after an update: the draft an earlier version kept as JSON (the skeleton stays until it is read).
        // Leptos's executor starts with the first mount, so this task runs on wasm-bindgen's.
        KeptDraft::Json(text) => wasm_bindgen_futures::spawn_local(async move {
            let decoded = storage::read_json_draft(text.clone()).await;
            let (kept, unread_draft) = store.checked_draft(decoded, text, storage::now());
            mount_app(store, kept, unread_draft);
        }),
    }
}

/// Mounts the full page, starting from what was typed into the skeleton, a link, or the kept draft.
fn mount_app(store: Store, kept: Option<DraftState>, unread_draft: Option<storage::Unreadable>) {
    let (root, typed) = skeleton::take_over();
    let (query, fragment) = address::query_and_fragment();
    let start = Start::choose(typed, &query, &fragment, kept, address::is_reload());
    mount_at(root, move || view! { <App store start unread_draft /> });
}

/// Mounts into `root` (the skeleton's `#app`), or into the body where there is none.
fn mount_at<N: IntoView + 'static>(root: Option<web_sys::HtmlElement>, view: impl FnOnce() -> N + 'static) {
    match root {
        Some(root) => mount_to(root, view).forget(),
        None => mount_to_body(view),
    }
}

/// The embedded calculator (`/embed.html`): no page chrome, the sections the host offers, and a link that opens the
/// scenario in the full app.
#[component]
pub fn Embedded(draft: RwSignal<Draft>, #[prop(optional)] sections: Offered) -> impl IntoView {
    let full = move || {
        let shared = draft.with(|d| d.parse().scenario()).map(|s| link::encode(&s, ""));
        address::full_app(shared.as_deref())
    };
    view! {
        <main class="embedded">
            <Calculator draft sections />
            <p class="open-full">
                <a href=full target="_blank" rel="noopener">{Msg::OpenFull.text()}</a>
            </p>
        </main>
    }
}

/// The whole page: heading, calculator, saved scenarios, footer.
#[component]
pub fn App(store: Store, start: Start, unread_draft: Option<storage::Unreadable>) -> impl IntoView {
    // A new version of the calculator took over this page: offer to reload into it.
    let updated = RwSignal::new(false);
    worker::register(move || updated.set(true));
    let state = Scenarios::new(store, start, unread_draft);
    // A compare link is read by the compare section (its own chunk), which it opens; the calculator keeps its inputs.
    let compare_link = RwSignal::new({
        let (_, fragment) = address::query_and_fragment();
        is_compare(&fragment).then_some(fragment)
    });
    // Another link pasted into the address bar of this page (a same-document navigation): open it too.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let (query, fragment) = address::query_and_fragment();
        if is_compare(&fragment) {
            compare_link.set(Some(fragment));
            sections::open_compare_panel();
            return;
        }
        match link::decode(&query, &fragment) {
            Ok(Some(opened)) => {
                state.open_link(opened, fragment.trim_start_matches('#'));
            }
            Ok(None) => {}
            Err(refused) => state.link_notices.set(vec![refused.to_string()]),
        }
    });
    on_cleanup(move || listener.remove());
    // The address bar follows the scenario on screen (no fragment while a field is not valid), so a reload or a
    // copied address reopens it.
    let pending = StoredValue::new_local(None);
    Effect::new(move |_| {
        let shared = state.scenario.with(|s| s.as_ref().map(|s| link::encode(s, &state.name.get())));
        let written = shared.clone();
        pending.update_value(|timer| address::follow(shared, timer, move || state.set_address(written)));
    });
    view! {
        <header class="masthead">
            <LanguagePicker />
            <h1>{Msg::PageHeading.text()}</h1>
            <p class="lede">{Msg::PageLede.text()}</p>
        </header>
        <main>
            {move || {
                let notices = state.link_notices.get();
                (!notices.is_empty())
                    .then(|| {
                        view! {
                            <div class="link-notices" role="status">
                                {notices.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                            </div>
                        }
                    })
            }}
            <Show when=move || updated.get()>
                <div class="link-notices update" role="status">
                    <p>
                        {Msg::UpdateReady.text()} " "
                        <button type="button" class="link" on:click=|_| { let _ = window().location().reload(); }>
                            {Msg::UpdateReload.text()}
                        </button>
                    </p>
                </div>
            </Show>
            <Calculator draft=state.draft full=true>
                <StartOver state />
            </Calculator>
            <SavedScenarios state />
            <ComparePanel state linked=compare_link />
            <EmbedPanel scenario=state.scenario />
        </main>
        <footer class="colophon">
            <p>{Msg::PageFooter.text()}</p>
        </footer>
        <div class="print-report" id=PRINT_AREA></div>
    }
}

/// The language picker in the page header: each language named in itself; choosing one opens its page with the
/// same scenario, and is remembered.
#[component]
fn LanguagePicker() -> impl IntoView {
    let here = lang::current();
    let on_change = move |ev| {
        if let Some(chosen) = Lang::of_tag(&event_target_value(&ev)).filter(|chosen| *chosen != here) {
            lang::choose(chosen);
        }
    };
    view! {
        <div class="language">
            <label for="language">{Msg::LanguageLabel.text()}</label>
            <select id="language" on:change=on_change>
                {Lang::ALL
                    .map(|l| view! { <option value=l.tag() lang=l.tag() selected=l == here>{l.name()}</option> })
                    .into_iter()
                    .collect_view()}
            </select>
        </div>
    }
}

/// The calculator's state, shared by every component below it as one `Copy` context value: what was typed, what it
/// parses to, and the metrics it gives.
#[derive(Clone, Copy)]
pub struct Calc {
    pub draft: RwSignal<Draft>,
    pub inputs: Memo<Inputs>,
    pub metrics: Memo<Metrics>,
}

impl Calc {
    /// The calculator state of the component tree this is called in (provided by [`Calculator`]).
    pub fn get() -> Calc {
        // `Calculator` provides it before any child is built, and only its children call this.
        expect_context::<Calc>()
    }
}

/// The inputs and the metrics they give; with `full`, also every section below (credits and cash, profit, plan,
/// the credit wallet and offers), prefetched when idle; an embed has only the `sections` its host offers (none by
/// default), each fetched when used. `children` go under the inputs.
#[component]
pub fn Calculator(
    draft: RwSignal<Draft>,
    #[prop(optional)] full: bool,
    #[prop(optional)] sections: Offered,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let offered = if full { Offered::ALL } else { sections };
    let inputs = Memo::new(move |_| draft.with(Draft::parse));
    let metrics = Memo::new(move |_| inputs.with(Metrics::compute));
    provide_context(Calc { draft, inputs, metrics });

    view! {
        <form class="calculator" novalidate on:submit=|ev| ev.prevent_default()>
            <section class="inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">{Msg::InputsHeading.text()}</h2>
                <div class="money-row">
                    <NumberField field=Field::Credits />
                    <CurrencySelect />
                </div>
                {offered.has(Section::Wallet).then(|| view! { <WalletHint /> })}
                {[Field::Spend, Field::Impressions, Field::Clicks, Field::Conversions, Field::Revenue]
                    .map(|field| view! { <NumberField field /> })
                    .into_iter()
                    .collect_view()}
                {children.map(|c| c())}
            </section>
            <Results />
            <AnswerBar />
        </form>
        {(!offered.is_empty()).then(|| view! { <Sections draft offered prefetch=full /> })}
    }
}

/// The currency picker.
#[component]
fn CurrencySelect() -> impl IntoView {
    let Calc { draft, .. } = Calc::get();
    let on_change = move |ev| {
        if let Ok(currency) = event_target_value(&ev).parse::<Currency>() {
            draft.update(|d| d.currency = currency);
        }
    };
    view! {
        <div class="field currency">
            <label for="currency">{Msg::CurrencyLabel.text()}</label>
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
pub(crate) fn NumberField(field: Field) -> impl IntoView {
    let Calc { draft, inputs, metrics } = Calc::get();
    let id = field.key();
    let message_id = format!("{id}-message");
    let hint_id = format!("{id}-hint");
    let described_by = if field.hint().is_some() { format!("{hint_id} {message_id}") } else { message_id.clone() };
    let input_mode = if field.kind() == Kind::Days { "numeric" } else { "decimal" };
    // Only this field's text: typing elsewhere does not touch this input.
    let text = Memo::new(move |_| draft.with(|d| d.text(field).to_owned()));
    let message = Memo::new(move |_| {
        draft.with(|d| inputs.with(|i| metrics.with(|m| report::field_message(d, i, m, field, &Intl))))
    });
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
                aria-invalid=move || message.with(|m| m.as_ref().is_some_and(|m| m.tone == Tone::Error)).then_some("true")
                aria-describedby=described_by
            />
            <Message id=message_id note=message.into() />
        </div>
    }
}

/// The line under an input: always there (so a message appearing never moves the fields below), empty when there
/// is nothing to say.
#[component]
pub(crate) fn Message(#[prop(into)] id: Signal<String>, note: Signal<Option<Note>>) -> impl IntoView {
    view! {
        <p id=id class=move || note.with(|n| n.as_ref().map_or("message", |n| n.tone.class()))>
            {move || note.with(|n| n.as_ref().map(|n| n.text.clone()))}
        </p>
    }
}

/// One line of a report, in its tone.
#[component]
pub(crate) fn NoteLine(note: Note) -> impl IntoView {
    view! { <p class=note.tone.class() data-note=note.key>{note.text}</p> }
}

/// Where a TikTok rule stated nearby comes from.
#[component]
pub(crate) fn Cite(cited: report::sources::Cited) -> impl IntoView {
    view! { <p class="source" data-source=cited.key>{cited.text}</p> }
}

/// "Ad credits" beside the credit wallet: a button that uses what the wallet holds today, and a note when more is
/// typed than it holds (both from the core's `credits_hint`). Nothing while the wallet is empty.
#[component]
fn WalletHint() -> impl IntoView {
    let Calc { draft, inputs, .. } = Calc::get();
    let today = intl::today();
    let hint = Memo::new(move |_| inputs.with(|i| credits_hint(i, today, &Intl)));
    move || {
        hint.get().map(|hint| {
            view! {
                <div class="wallet-hint">
                    {hint.note.map(|note| view! { <NoteLine note /> })}
                    {hint
                        .use_available
                        .map(|(label, text)| {
                            let text = StoredValue::new(text);
                            let fill = move |_| draft.update(|d| d.credits = text.get_value());
                            view! { <button type="button" class="link" on:click=fill>{label}</button> }
                        })}
                </div>
            }
        })
    }
}

/// Every metric, or "—" and why it has no value; announced politely as it changes.
#[component]
fn Results() -> impl IntoView {
    let Calc { inputs, metrics, .. } = Calc::get();
    let heading = move || inputs.with(report::results_heading);
    let basis = move || inputs.with(|i| metrics.with(|m| report::results_basis(i, m, &Intl).text));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{heading}</h2>
            <div role="status" aria-live="polite">
            <p class="basis">{basis}</p>
            <dl>
                {Metric::RESULTS
                    .map(|metric| {
                        view! {
                            <div
                                class="metric"
                                data-metric=metric.key()
                                data-undefined=move || metrics.with(|m| m.get(metric).is_err()).then_some("")
                            >
                                <dt>{metric.label()}</dt>
                                <dd class="value">{move || metrics.with(|m| Intl.metric(m, metric))}</dd>
                                <dd class="explanation">{metric.explanation()}</dd>
                                {move || {
                                    metrics
                                        .with(|m| report::plausibility(m, metric, &Intl))
                                        .map(|note| view! { <dd class="plausibility">{note.text}</dd> })
                                }}
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

/// On a phone the results are below the fold while a field has the keyboard: this bar keeps the key figures in view
/// while a calculator field has focus (CSS shows it only then, only on narrow screens, fixed at the bottom so nothing
/// moves). The results region above already announces them, so screen readers skip this copy.
#[component]
fn AnswerBar() -> impl IntoView {
    let Calc { metrics, .. } = Calc::get();
    view! {
        <div class="answer-bar" aria-hidden="true">
            {move || {
                metrics
                    .with(|m| m.answer_figures())
                    .into_iter()
                    .map(|metric| {
                        view! {
                            <span data-answer=metric.key()>
                                {metric.short_label()} " "
                                <b>{move || metrics.with(|m| Intl.metric(m, metric))}</b>
                            </span>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub(crate) fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
