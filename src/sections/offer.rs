//! "Is a spend X, get Y offer worth it?": the offer's tiers, the assumptions, and the core's report
//! (`adcredit_core::report::offer`) laid out as a table and verdict lines.

use adcredit_core::report::offer::{partner_tiers_note, report, OfferReport, OfferTable};
use adcredit_core::report::sources;
use adcredit_core::rows::List;
use adcredit_core::{Draft, Field};
use leptos::prelude::*;

use super::list_editor::{focus_row, ListEditor};
use crate::intl::{self, Intl};
use crate::{Calc, Cite, NoteLine, NumberField};

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionOffer;

/// Open from the start when the scenario has an offer's tiers.
pub fn starts_open(d: &Draft) -> bool {
    !d.tiers.is_empty()
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn OfferBody() -> impl IntoView {
    let Calc { draft, inputs, metrics } = Calc::get();
    let no_tiers = Memo::new(move |_| draft.with(|d| d.tiers.is_empty()));
    // TikTok's partner tiers are in US dollars: offered only there, and elsewhere a note says why.
    let not_offered = Memo::new(move |_| draft.with(|d| partner_tiers_note(d.currency)));
    // Worded once per change of what it depends on.
    let offer = Memo::new(move |_| inputs.with(|i| metrics.with(|m| report(i, m, &Intl))));
    let add_partner_tiers = move |_| {
        if let Some(key) = draft.try_update(|d| d.add_partner_tiers()).flatten() {
            focus_row(draft, List::Tiers, key);
        }
    };
    view! {
            <p class="help">
                "Only cash you actually pay counts toward X: not tax, and not spend paid with credits. You get one "
                "tier, the largest your cash reaches. Example: “spend $500, get $500” is a 50% discount if you use "
                "all of the credit; if you use only 60% of it before it expires, it is 300 ÷ (500 + 300) = 37.5%."
            </p>
            <Cite cited=sources::OFFER_TERMS />
            <h3>"The offer's tiers"</h3>
            <ListEditor list=List::Tiers today=intl::today()>
                <Show when=move || no_tiers.get() && not_offered.with(Option::is_none)>
                    <button type="button" class="secondary" on:click=add_partner_tiers>
                        "Use TikTok's partner tiers ($100, $500, $1,500)"
                    </button>
                </Show>
            </ListEditor>
            {move || not_offered.get().map(|note| view! { <NoteLine note /> })}
            <div class="budget-fields">
                {[Field::OfferCash, Field::OfferWindow, Field::OfferUsed]
                    .map(|field| view! { <NumberField field /> })
                    .into_iter()
                    .collect_view()}
            </div>
            <div class="offer-summary" role="status" aria-live="polite">
                {move || match offer.get() {
                    OfferReport::Nothing(note) => view! { <NoteLine note /> }.into_any(),
                    OfferReport::Weighed(t) => tiers_table(t).into_any(),
                }}
            </div>
    }
}

fn tiers_table(t: OfferTable) -> impl IntoView {
    let columns = t.columns.clone();
    let rows = t
        .rows
        .into_iter()
        .map(|row| {
            let labels = columns.clone();
            view! {
                <tr class:best=row.reached>
                    <th scope="row">
                        {row.name}
                        {row.reached.then(|| view! { <span class="badge">"Your tier"</span> })}
                    </th>
                    {row
                        .cells
                        .into_iter()
                        .zip(labels)
                        .map(|((key, text), label)| view! { <td data-cost=key data-label=label>{text}</td> })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view();
    // The one verdict leads (worth it or not); what the next tier takes follows the table.
    let mut verdicts = t.verdicts.into_iter();
    let lead = verdicts.next().map(|note| view! { <div class="offer-lead"><NoteLine note /></div> });
    // On a phone the columns are wider than the screen: the table scrolls sideways on its own (focusable, so the
    // keyboard can scroll it too), never the page.
    view! {
        {lead}
        <div class="table-scroll" tabindex="0" role="region" aria-label="Each tier on your campaign">
            <table class="compare stack tiers-table">
                <caption>"Each tier on your campaign"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Tier"</th>
                        {t.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {verdicts.map(|note| view! { <NoteLine note /> }).collect_view()}
    }
}
