//! "Credits and cash": the planned total spend, how it splits into credit and cash, and the gross metrics (what Ads
//! Manager reports) beside the out-of-pocket ones.

use adcredit_core::report::{sources, Format};
use adcredit_core::{Draft, Metric};
use leptos::prelude::*;

use crate::intl::Intl;
use crate::{Calc, Cite};

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionCash;

/// Open from the start when the scenario has a total spend (a link, a saved scenario, a reload): the split is then
/// what the user is after.
pub fn starts_open(d: &Draft) -> bool {
    !d.spend.trim().is_empty()
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn CashBody() -> impl IntoView {
    let Calc { metrics, .. } = Calc::get();
    let shown = move |metric| move || metrics.with(|m| Intl.metric(m, metric));
    view! {
            <p class="help">
                "TikTok spends your free credits before any cash. Enter the total spend above to see what you pay "
                "yourself. Example: a $600 campaign with $100 of credits costs you $500 in cash; at 500 "
                "conversions, Ads Manager reports $1.20 per conversion and you pay $1.00 of it."
            </p>
            <Cite cited=sources::CREDITS_FIRST />
            <div role="status" aria-live="polite">
                <dl class="figures">
                    {Metric::FUNDING
                        .map(|metric| {
                            view! {
                                <div class="figure" data-figure=metric.key()>
                                    <dt>{metric.label()}</dt>
                                    <dd>{shown(metric)}</dd>
                                </div>
                            }
                        })
                        .into_iter()
                        .collect_view()}
                </dl>
                <table class="compare stack">
                    <caption>"Costs and return, gross and out of pocket"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Metric"</th>
                            <th scope="col">"On total spend (Ads Manager)"</th>
                            <th scope="col">"On cash you pay"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {Metric::GROSS_AND_CASH
                            .map(|(gross, cash)| {
                                view! {
                                    <tr>
                                        <th scope="row">{gross.label()}</th>
                                        <td data-cost=gross.key() data-label="On total spend">{shown(gross)}</td>
                                        <td data-cost=cash.key() data-label="On cash you pay">{shown(cash)}</td>
                                    </tr>
                                }
                            })
                            .into_iter()
                            .collect_view()}
                    </tbody>
                </table>
            </div>
    }
}
