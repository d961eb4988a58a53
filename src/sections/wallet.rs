//! The credit wallet: the grants a user holds and the campaign's budgets, with the core's report
//! (`adcredit_core::report::wallet`: what is available and expiring, how the daily budget spends the credits, what
//! expires unused) laid out under them. "Today" is read once from the browser ([`intl::today`]) and handed to the core.

use adcredit_core::report::sources;
use adcredit_core::report::wallet::report;
use adcredit_core::rows::List;
use adcredit_core::{Draft, Field};
use leptos::prelude::*;

use super::list_editor::ListEditor;
use crate::intl::{self, Intl};
use crate::{Calc, Cite, NoteLine, NumberField};

pub const TITLE: &str = "Credit wallet: when your credits run out";

/// Open from the start when the scenario holds credits or budgets.
pub fn starts_open(d: &Draft) -> bool {
    !d.grants.is_empty() || [&d.campaign_daily, &d.ad_group_daily, &d.ad_group_lifetime].iter().any(|t| !t.is_empty())
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn WalletBody() -> impl IntoView {
    let Calc { inputs, .. } = Calc::get();
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
