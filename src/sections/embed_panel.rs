//! "Embed this calculator": pick the look and the sections offered, see a live preview, copy the snippet for another
//! site.

use adcredit_core::embed::{Background, Offered, Section, Snippet, Theme};
use adcredit_core::Scenario;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address;

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionEmbed;

/// The panel's content (its own chunk in the split build): built when the panel opens, so the live preview runs
/// only while it is open.
#[component]
pub fn EmbedBody(scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let theme = RwSignal::new(None::<Theme>);
    let accent = RwSignal::new(None::<String>);
    let locale = RwSignal::new(String::new());
    let sections = RwSignal::new(Offered::NONE);
    let background = RwSignal::new(Background::Own);
    let status = RwSignal::new("");
    let crate::Calc { draft, .. } = crate::Calc::get();
    let snippet = Memo::new(move |_| Snippet {
        scenario: scenario.get(),
        currency: draft.with(|d| d.currency),
        empty: draft.with(|d| *d == adcredit_core::Draft::cleared(d.currency)),
        theme: theme.get(),
        accent: accent.get(),
        locale: Some(locale.get().trim().to_string()).filter(|l| !l.is_empty()),
        sections: sections.get(),
        background: background.get(),
    });
    let base = StoredValue::new(address::full_app(None));
    let html = move || snippet.with(|s| base.with_value(|base| s.html(base)));
    let preview = move || format!("embed.html?{}", snippet.with(Snippet::preview_query));
    let copy = move |_| {
        let text = html();
        spawn_local(async move {
            let copied = address::copy(&text).await;
            status.set(if copied { "Snippet copied." } else { "Select the snippet and copy it." });
        });
    };
    let on_theme = move |ev| {
        theme.set(match event_target_value(&ev).as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        })
    };
    let on_background = move |ev| {
        background.set(if event_target_value(&ev) == "transparent" { Background::Transparent } else { Background::Own })
    };
    let section_box = move |section: Section| {
        let on_change = move |ev| {
            let checked = event_target_checked(&ev);
            sections.update(|o| *o = if checked { o.with(section) } else { o.without(section) });
        };
        view! {
            <label class="choice">
                <input type="checkbox" value=section.name() on:change=on_change />
                " "
                {title(section)}
            </label>
        }
    };
    view! {
            <p>"Put this calculator on your own site, starting with the figures above. Paste the snippet where it should appear."</p>
            <div class="embed-options">
                <div class="field">
                    <label for="embed-theme">"Theme"</label>
                    <select id="embed-theme" on:change=on_theme>
                        <option value="auto">"Auto (the visitor's setting)"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">"Accent colour"</label>
                    <input id="embed-accent" type="color" value="#c8184a" on:input=move |ev| accent.set(Some(event_target_value(&ev))) />
                </div>
                <div class="field">
                    <label for="embed-locale">"Number format"</label>
                    <input
                        id="embed-locale"
                        type="text"
                        autocomplete="off"
                        placeholder="The visitor's, or e.g. de-DE"
                        on:input=move |ev| locale.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="embed-background">"Background"</label>
                    <select id="embed-background" on:change=on_background>
                        <option value="own">"The calculator's"</option>
                        <option value="transparent">"Transparent (your page's)"</option>
                    </select>
                </div>
            </div>
            <fieldset class="pick embed-sections" aria-describedby="embed-sections-hint">
                <legend>"Sections below the calculator"</legend>
                <p class="hint" id="embed-sections-hint">"Each loads only when a visitor opens it."</p>
                {Section::ALL.map(section_box).into_iter().collect_view()}
            </fieldset>
            <div class="field">
                <label for="embed-snippet">"Snippet"</label>
                <textarea id="embed-snippet" readonly rows="4" prop:value=html></textarea>
            </div>
            <p class="snippet-actions">
                <button type="button" class="secondary" on:click=copy>"Copy snippet"</button>
                <span role="status">{move || status.get()}</span>
            </p>
            <iframe class="embed-preview" title="Preview of the embedded calculator" src=preview></iframe>
    }
}

/// A section's title, as the full page shows it.
fn title(section: Section) -> &'static str {
    match section {
        Section::Cash => super::cash::TITLE.text(),
        Section::Profit => super::profit::TITLE.text(),
        Section::Plan => super::plan::TITLE.text(),
        Section::Wallet => super::wallet::TITLE.text(),
        Section::Offer => super::offer::TITLE.text(),
    }
}
