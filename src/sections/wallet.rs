//! The credit wallet: the grants a user holds and the campaign's budgets, with the core's report
//! (`adcredit_core::report::wallet`: what is available and expiring, how the daily budget spends the credits, what
//! expires unused) laid out under them. "Today" is read once from the browser ([`intl::today`]) and handed to the core.

use adcredit_core::link;
use adcredit_core::report::calendar::{self, Which};
use adcredit_core::report::sources;
use adcredit_core::report::wallet::report;
use adcredit_core::rows::List;
use adcredit_core::{Draft, Field};
use leptos::prelude::*;

use super::list_editor::ListEditor;
use crate::intl::{self, Intl};
use crate::{address, files, Calc, Cite, NoteLine, NumberField};

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionWallet;

/// Open from the start when the scenario holds credits or budgets.
pub fn starts_open(d: &Draft) -> bool {
    !d.grants.is_empty() || [&d.campaign_daily, &d.ad_group_daily, &d.ad_group_lifetime].iter().any(|t| !t.is_empty())
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn WalletBody() -> impl IntoView {
    let Calc { draft, inputs, .. } = Calc::get();
    let today = intl::today();
    // Worded once per change; typing in a field the wallet does not read gives an equal report and redraws nothing.
    let wallet = Memo::new(move |_| inputs.with(|i| report(i, today, &Intl)));
    view! {
            <p class="help">
                "Add each credit you hold. Credits expire, by default 90 days after you receive them, and TikTok "
                "spends them before any cash. With a campaign daily budget, the credit that expires first is spent "
                "first."
            </p>
            <Cite cited=sources::DEFAULT_EXPIRY />
            <h3>"Your credits"</h3>
            <ListEditor list=List::Grants today />
            <h3>"Budget"</h3>
            <div class="budget-fields">
                {[Field::CampaignDaily, Field::AdGroupDaily, Field::AdGroupLifetime, Field::ScheduleDays]
                    .map(|field| view! { <NumberField field /> })
                    .into_iter()
                    .collect_view()}
            </div>
            <Cite cited=sources::BUDGET_MINIMUMS />
            <CalendarFiles draft inputs today />
            <div class="wallet-summary" role="status" aria-live="polite">
                {move || {
                    let r = wallet.get();
                    let figures = (!r.figures.is_empty())
                        .then(|| {
                            view! {
                                <dl class="figures">
                                    {r.figures
                                        .into_iter()
                                        .map(|f| {
                                            view! {
                                                <div class="figure" data-figure=f.key>
                                                    <dt>{f.label}</dt>
                                                    <dd>{f.value}</dd>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </dl>
                            }
                        });
                    let order = (!r.order.is_empty())
                        .then(|| {
                            view! {
                                <p>"Spent in this order (earliest expiry first):"</p>
                                <ol class="spend-order">
                                    {r.order.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                </ol>
                            }
                        });
                    view! {
                        {figures}
                        {r.lasting.map(|note| view! { <NoteLine note /> })}
                        {order}
                        {r.notes.into_iter().map(|note| view! { <NoteLine note /> }).collect_view()}
                    }
                }}
            </div>
    }
}

/// The same credits in one file, whatever else the scenario holds: a credit is a real one, so its events are the
/// same events in every scenario (the UID's other parts tell the credits apart).
const CALENDAR_KEY: &str = "adcredit-wallet";

/// "Add to calendar": an `.ics` file with each credit's last day (all of them, or one), written by the core in the
/// browser and downloaded; nothing is sent anywhere.
#[component]
fn CalendarFiles(
    draft: RwSignal<Draft>,
    inputs: Memo<adcredit_core::Inputs>,
    today: adcredit_core::wallet::Day,
) -> impl IntoView {
    let events = Memo::new(move |_| {
        let found = draft.with(|d| inputs.with(|i| calendar::events(d, i, today, Which::All, CALENDAR_KEY, "")));
        let currency = inputs.with(|i| i.currency);
        found
            .map(|events| events.into_iter().map(|e| (e.row, e.summary.words(&Intl, currency))).collect::<Vec<_>>())
            .map_err(|why| why.words(&Intl, currency))
    });
    let download = move |which: Which| {
        // The inputs are already parsed: the scenario comes from them, not from parsing the draft again.
        let link = inputs.with_untracked(|i| i.scenario()).map(|s| address::page_address(Some(&link::encode(&s, ""))));
        // Date.now() is a positive whole number of milliseconds far below 2^53: the conversion is exact.
        let stamp = (js_sys::Date::now() / 1000.0) as i64;
        let text = draft.with_untracked(|d| {
            inputs.with_untracked(|i| {
                calendar::calendar(d, i, today, which, CALENDAR_KEY, link.as_deref().unwrap_or(""), stamp, &Intl)
            })
        });
        if let Ok(text) = text {
            files::download(&calendar::file_name(which), "text/calendar;charset=utf-8", &text);
        }
    };
    view! {
        <div class="calendar-files">
            <h3>"Reminders in your calendar"</h3>
            <p class="help">
                "One file for Google Calendar, Apple Calendar or Outlook: each credit's last day to use, with a "
                "reminder 7 days before. Written in your browser; nothing is sent anywhere. Importing it again "
                "updates the same events."
            </p>
            {move || match events.get() {
                Ok(list) => view! {
                    <div class="calendar-actions">
                        <button type="button" on:click=move |_| download(Which::All)>
                            "Add all to calendar"
                        </button>
                        <ul class="calendar-credits">
                            {list
                                .into_iter()
                                .map(|(row, summary)| {
                                    let label = format!("Add to calendar: {summary}");
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="link"
                                                aria-label=label
                                                data-calendar-row=row
                                                on:click=move |_| download(Which::One(row))
                                            >
                                                {summary}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                }
                .into_any(),
                Err(why) => view! { <p class="quiet" data-note="calendar">{why}</p> }.into_any(),
            }}
        </div>
    }
}
