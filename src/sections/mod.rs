//! Everything below the calculator. Each section is closed until the user opens it, and its content is built only
//! then: in the split build (`--features split`, what `make` builds) each body is a `wasm_split` function (the
//! mechanism behind Leptos's `#[lazy]`), compiled into a wasm chunk of its own that the browser fetches the first
//! time the section opens, or earlier when it prefetches; the unsplit build (component tests, clippy) calls the same
//! functions directly. The saved-scenarios panel's views are a chunk too, asked for right after start. Of all this,
//! the main module holds only these frames.
//!
//! A new section: a module here with its `TITLE`, `starts_open` and a body component, one `body!` line below (its
//! chunk and its preload), a `Section` in [`Sections`], and its preload in `prefetch_when_idle`.

pub mod cash;
pub mod compare;
pub mod embed_panel;
pub mod import;
mod list_editor;
pub mod offer;
pub mod plan;
pub mod profit;
pub mod report;
pub(crate) mod views;
pub mod wallet;

use std::future::Future;

use adcredit_core::embed::{Offered, Section as Named};
use adcredit_core::{Draft, Scenario};

use crate::scenarios::{ScenarioPanel, Scenarios};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;
use send_wrapper::SendWrapper;

/// A section's chunk did not arrive (offline, a failed fetch): the section says so and offers to try again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// Defines a section's body: in the split build a `wasm_split` function (its own chunk, `fallible` so a chunk that
/// does not arrive is an error the section shows, not a panic that would stop the page) with a preload function
/// that fetches the chunk without building anything; in the unsplit build a plain function and a preload that does
/// nothing.
macro_rules! body {
    ($name:ident, $preload:ident, $chunk:ident, ($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[cfg_attr(
            feature = "split",
            ::leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                preload(#[allow(dead_code)] $preload),
                fallible
            )
        )]
        fn $name($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
            Ok($view.into_any())
        }

        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), NotLoaded> {
            Ok(())
        }
    };
}

body!(cash_body, preload_cash, cash_section, () => view! { <cash::CashBody /> });
body!(profit_body, preload_profit, profit_section, () => view! { <profit::ProfitBody /> });
body!(plan_body, preload_plan, plan_section, () => view! { <plan::PlanBody /> });
body!(wallet_body, preload_wallet, wallet_section, () => view! { <wallet::WalletBody /> });
body!(offer_body, preload_offer, offer_section, () => view! { <offer::OfferBody /> });
// The saved-scenarios panel's chunk also builds the import section's frame and the link from an empty calculator,
// so that neither is in the main module.
body!(scenarios_body, preload_scenarios, scenarios_section, (state: Scenarios) => view! {
    <ScenarioPanel state />
    <ImportPanel state />
    <ImportFromEmpty state />
});
body!(import_body, preload_import, import_section, (state: Scenarios) => view! {
    <import::ImportBody state />
});
body!(compare_body, preload_compare, compare_section, (state: Scenarios, linked: RwSignal<Option<String>>) => view! {
    <compare::CompareBody state linked />
});
body!(report_body, preload_report, report_section, (job: report::PrintJob) => view! {
    <report::ReportBody job />
});
body!(embed_body, preload_embed, embed_section, (scenario: Memo<Option<Scenario>>) => view! {
    <embed_panel::EmbedBody scenario />
});

/// The unsplit build calls a body directly; as a ready future, it reads like the split build's call.
#[cfg(not(feature = "split"))]
macro_rules! load {
    ($body:expr) => {
        std::future::ready($body)
    };
}

#[cfg(feature = "split")]
macro_rules! load {
    ($body:expr) => {
        $body
    };
}

/// Fetches every section's chunk in the background once the browser is idle after start-up, so that opening one
/// later is instant even on a slow network.
fn prefetch_when_idle() {
    request_idle_callback(|| {
        spawn_local(async {
            // A chunk that does not arrive now is fetched again when its section opens.
            let _ = preload_cash().await;
            let _ = preload_profit().await;
            let _ = preload_plan().await;
            let _ = preload_wallet().await;
            let _ = preload_offer().await;
            let _ = preload_compare().await;
            let _ = preload_embed().await;
        })
    });
}

/// A section's body as it loads (boxed: one `Section` serves the five below, not one copy each).
type Loading = std::pin::Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>>>>;
/// A section's chunk as it is fetched without building anything.
type Preloading = std::pin::Pin<Box<dyn Future<Output = ()>>>;

/// One of the sections below the calculator: its name (for an embed's `data-sections`), title, when it starts open,
/// its body and its preload.
struct Part {
    named: Named,
    title: adcredit_core::l10n::Msg,
    starts_open: fn(&Draft) -> bool,
    load: fn() -> Loading,
    preload: fn() -> Preloading,
}

/// In the page's order. A chunk that does not arrive when preloaded is fetched again when its section opens.
const PARTS: [Part; 5] = [
    Part {
        named: Named::Cash,
        title: cash::TITLE,
        starts_open: cash::starts_open,
        load: || Box::pin(load!(cash_body())),
        preload: || {
            Box::pin(async {
                let _ = preload_cash().await;
            })
        },
    },
    Part {
        named: Named::Profit,
        title: profit::TITLE,
        starts_open: profit::starts_open,
        load: || Box::pin(load!(profit_body())),
        preload: || {
            Box::pin(async {
                let _ = preload_profit().await;
            })
        },
    },
    Part {
        named: Named::Plan,
        title: plan::TITLE,
        starts_open: plan::starts_open,
        load: || Box::pin(load!(plan_body())),
        preload: || {
            Box::pin(async {
                let _ = preload_plan().await;
            })
        },
    },
    Part {
        named: Named::Wallet,
        title: wallet::TITLE,
        starts_open: wallet::starts_open,
        load: || Box::pin(load!(wallet_body())),
        preload: || {
            Box::pin(async {
                let _ = preload_wallet().await;
            })
        },
    },
    Part {
        named: Named::Offer,
        title: offer::TITLE,
        starts_open: offer::starts_open,
        load: || Box::pin(load!(offer_body())),
        preload: || {
            Box::pin(async {
                let _ = preload_offer().await;
            })
        },
    },
];

/// The sections on credits and cash, profit, planning, the wallet and offers that are `offered` (all of them in the
/// full page, the host's choice in an embed); each starts open when the draft already fills it. With `prefetch`
/// (the full page) every chunk is fetched once the browser is idle; otherwise a chunk is fetched only when its
/// section is pointed at, focused or opened, and a section not offered is not on the page at all.
#[component]
pub fn Sections(draft: RwSignal<Draft>, offered: Offered, prefetch: bool) -> impl IntoView {
    if prefetch {
        prefetch_when_idle();
    }
    let parts = PARTS.iter().filter(|p| offered.has(p.named)).map(|p| {
        view! {
            <Section title=p.title.text() open=draft.with_untracked(p.starts_open) load=p.load preload=p.preload />
        }
    });
    view! { <div class="plans">{parts.collect_view()}</div> }
}

/// The saved-scenarios panel: always shown, but not needed for the first metric, so its views (the list, the
/// export/import/delete-all actions, the notices) are a chunk fetched right after start-up. Until it arrives, a
/// placeholder of the empty panel's height keeps what is below from moving into view.
#[component]
pub fn SavedScenarios(state: Scenarios) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    // Asked for once the calculator is on the page, so its chunk never competes with the first metric.
    let started = RwSignal::new(false);
    request_animation_frame(move || started.set(true));
    let placeholder = || view! { <section class="scenarios loading" aria-busy="true"></section> };
    let body = move || {
        attempt.track();
        if !started.get() {
            return placeholder().into_any();
        }
        Suspend::new(SendWrapper::new(async move {
            load!(scenarios_body(state)).await.unwrap_or_else(|NotLoaded| {
                view! {
                    <section class="scenarios" aria-labelledby="scenarios-heading">
                        <h2 id="scenarios-heading">"Saved scenarios"</h2>
                        {not_loaded("Your saved scenarios are safe, but this list", attempt)}
                    </section>
                }
                .into_any()
            })
        }))
        .into_any()
    };
    view! { <Suspense fallback=placeholder>{body}</Suspense> }
}

/// What a part of the page says when its chunk did not arrive (`what` could not load), with a button that fetches it
/// again.
fn not_loaded(what: &'static str, attempt: RwSignal<u32>) -> AnyView {
    view! {
        <p class="not-loaded" role="alert">
            {what}
            " could not load. Check your connection, then "
            <button type="button" class="link" on:click=move |_| attempt.update(|n| *n = n.wrapping_add(1))>
                "try again"
            </button>
            "."
        </p>
    }
    .into_any()
}

/// "Compare scenarios", below the saved scenarios; a compare link at start (`linked`, the address's fragment) opens
/// it, and one pasted later opens it through [`open_compare_panel`]. (Building the section again for a later link
/// cost 1.2 kB brotli of the main module.)
#[component]
pub fn ComparePanel(state: Scenarios, linked: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <Section
            title=compare::TITLE.text()
            open=linked.with_untracked(Option::is_some)
            class="compare-panel"
            load=move || load!(compare_body(state, linked))
            preload=preload_compare
        />
    }
}

/// "Import your Ads Manager report", right after the saved scenarios. Built by the saved-scenarios panel's chunk; its
/// body (with the core's readers) is a chunk of its own, fetched when the section opens or its summary is pointed at
/// or focused, and not when the page is idle: it is the largest chunk, and most visits never import. It is the
/// `Section` frame with a `Suspense` of its own around the body: without it, the body's pending chunk would suspend
/// the saved-scenarios panel's `Suspense` it is built in (the panel would flash back to its placeholder and the
/// focus would be lost).
#[component]
fn ImportPanel(state: Scenarios) -> impl IntoView {
    let is_open = RwSignal::new(false);
    let attempt = RwSignal::new(0_u32);
    let on_toggle = move |ev| is_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    let prefetch = move || {
        spawn_local(async move {
            // A chunk that does not arrive now is fetched again when the section opens.
            let _ = preload_import().await;
        })
    };
    let body = move || {
        attempt.track();
        is_open.get().then(|| {
            Suspend::new(SendWrapper::new(async move {
                load!(import_body(state)).await.unwrap_or_else(|NotLoaded| not_loaded("This section", attempt))
            }))
        })
    };
    view! {
        <details class="import-panel" on:toggle=on_toggle>
            <summary on:pointerenter=move |_| prefetch() on:focus=move |_| prefetch()>{import::TITLE.text()}</summary>
            <Suspense fallback=|| ()>{body}</Suspense>
        </details>
    }
}

/// Under a cleared calculator: a link that opens "Import your Ads Manager report" and focuses it. Put into the
/// calculator's inputs from the saved-scenarios panel's chunk (a portal), so the main module holds none of it.
#[component]
fn ImportFromEmpty(state: Scenarios) -> impl IntoView {
    let empty = Memo::new(move |_| state.draft.with(|d| *d == Draft::cleared(d.currency)));
    let mount = SendWrapper::new(document().query_selector(".calculator .inputs").ok().flatten());
    move || {
        let mount: web_sys::Element = (*mount).clone().filter(|_| empty.get())?;
        Some(view! {
            <leptos::portal::Portal mount=mount>
                <p class="import-from-empty">
                    <button type="button" class="link" on:click=|_| open_import_panel()>
                        "Or start from your Ads Manager report"
                    </button>
                </p>
            </leptos::portal::Portal>
        })
    }
}

/// Opens "Import your Ads Manager report" and moves the focus to it.
pub fn open_import_panel() {
    let panel = document().query_selector("details.import-panel").ok().flatten();
    let Some(details) = panel.and_then(|p| p.dyn_into::<web_sys::HtmlDetailsElement>().ok()) else { return };
    details.set_open(true);
    let summary = details.query_selector("summary").ok().flatten();
    if let Some(summary) = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
        // Focus scrolls it into view; a browser that refuses leaves it open all the same.
        let _ = summary.focus();
    }
}

/// Opens "Compare scenarios" for a compare link pasted into the address bar of the open page: its `toggle` event
/// builds the body, which reads the link.
pub fn open_compare_panel() {
    let panel = document().query_selector("details.compare-panel").ok().flatten();
    if let Some(details) = panel.and_then(|p| p.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
        details.set_open(true);
    }
}

thread_local! {
    /// The report laid out in `#print-report` (its mount handle), if any: dropping it takes it off the page.
    static REPORT: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
}

/// The id of the element the printed report is laid out in (`App` puts it at the end of the page; the print
/// stylesheet shows only it while it holds a report, and never on screen).
pub const PRINT_AREA: &str = "print-report";

/// What a print button says when the report's chunk did not arrive.
pub const NOT_PRINTED: &str = "The report could not load. Check your connection, then try again.";

/// Lays `job` out as the report and opens the print dialog; `Err` when the report's chunk did not arrive. Only the
/// buttons that print call this (from their chunks), so none of it is in the main module.
pub async fn print(job: report::PrintJob) -> Result<(), NotLoaded> {
    let view = load!(report_body(job)).await?;
    REPORT_READY.with(|ready| ready.set(true));
    if lay_out(view) {
        request_animation_frame(crate::files::print);
    }
    Ok(())
}

/// Puts `view` into `#print-report`, replacing any report there; `false` when the page has no such element.
fn lay_out(view: AnyView) -> bool {
    drop_report();
    let area = document().get_element_by_id(PRINT_AREA).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(area) = area else { return false };
    let mounted: Box<dyn std::any::Any> = Box::new(mount_to(area, move || view));
    REPORT.with(|r| *r.borrow_mut() = Some(mounted));
    true
}

thread_local! {
    /// Whether the report's chunk has arrived, so that a report can be laid out at once (`print_now`).
    static REPORT_READY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fetches the report's chunk once the browser is idle, so that the browser's own Print (Ctrl+P, the menu) finds it
/// there (`print_now`). Marks `#print-report` with `data-report="ready"` when it has arrived.
pub fn prefetch_report() {
    request_idle_callback(|| {
        spawn_local(async {
            // A chunk that does not arrive now is fetched again by a print button; meanwhile the browser's own Print
            // prints the page without its inputs (the print stylesheet).
            if preload_report().await.is_ok() {
                REPORT_READY.with(|ready| ready.set(true));
                if let Some(area) = document().get_element_by_id(PRINT_AREA) {
                    let _ = area.set_attribute("data-report", "ready");
                }
            }
        })
    });
}

/// The browser's own Print (its `beforeprint` event): lays the report of `job()` out at once, since the browser lays
/// the page out for print as soon as the event's listeners return, without waiting for anything asynchronous. Only
/// when the report's chunk is already here; a report already on the page (a print button's, which any change
/// drops) is kept. Returns whether a report is on the page; without one the page prints without its inputs.
pub fn print_now(job: impl FnOnce() -> Option<report::PrintJob>) -> bool {
    if REPORT.with(|r| r.borrow().is_some()) {
        return true;
    }
    if !REPORT_READY.with(std::cell::Cell::get) {
        return false;
    }
    let Some(job) = job() else { return false };
    match ready_now(load!(report_body(job))) {
        Some(Ok(view)) => lay_out(view),
        _ => false,
    }
}

/// The output of `future` if it is ready on its first poll: a split function whose chunk has arrived is (its loader
/// is a set `OnceCell`), so the report is built within the `beforeprint` listener.
fn ready_now<F: Future>(future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    }
}

/// Takes the report off the page.
fn drop_report() {
    REPORT.with(|r| r.borrow_mut().take());
}

/// Drops the report when the inputs or the saved scenarios change, so printing from the browser's menu never shows a
/// stale one. Called by each component with a print button, while it is on the page.
pub fn drop_report_on_change(state: Scenarios) {
    Effect::new(move |seen: Option<()>| {
        state.draft.track();
        state.library.track();
        if seen.is_some() {
            drop_report();
        }
    });
}

/// "Embed this calculator", below the saved scenarios.
#[component]
pub fn EmbedPanel(scenario: Memo<Option<Scenario>>) -> impl IntoView {
    view! {
        <Section
            title=embed_panel::TITLE.text()
            open=false
            class="embed-panel"
            load=move || load!(embed_body(scenario))
            preload=preload_embed
        />
    }
}

/// A section a user opens when they need it: its body is loaded and built only while it is open, so a closed
/// section costs neither bytes nor start-up time nor work per keystroke; `open` says whether it starts open. Pointing
/// at or focusing its summary fetches its chunk at once (`preload`); a chunk that does not arrive is said in the
/// section, with a button to try again, and everything else keeps working.
#[component]
fn Section<F, Fut, P, PFut>(
    title: &'static str,
    open: bool,
    load: F,
    preload: P,
    #[prop(default = "plan")] class: &'static str,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
    P: Fn() -> PFut + Copy + Send + Sync + 'static,
    PFut: Future + 'static,
{
    let is_open = RwSignal::new(open);
    // Bumped by "Try again": builds the body afresh, which fetches the chunk again.
    let attempt = RwSignal::new(0_u32);
    let on_toggle = move |ev| is_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    let prefetch = move || {
        spawn_local(async move {
            // A chunk that does not arrive now is fetched again when the section opens.
            let _ = preload().await;
        })
    };
    let body = move || {
        attempt.track();
        is_open.get().then(|| {
            Suspend::new(SendWrapper::new(async move {
                load().await.unwrap_or_else(|NotLoaded| not_loaded("This section", attempt))
            }))
        })
    };
    view! {
        <details class=class open=open on:toggle=on_toggle>
            <summary on:pointerenter=move |_| prefetch() on:focus=move |_| prefetch()>{title}</summary>
            {body}
        </details>
    }
}
