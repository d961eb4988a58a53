//! "Credits and cash": the planned total spend, how it splits into credit and cash, and the gross metrics (what Ads
//! Manager reports) beside the out-of-pocket ones.

use adcredit_core::{Draft, Field, Inputs, Metric, Metrics};
use leptos::prelude::*;

use crate::{shown, NumberField, Section};

#[component]
pub fn CashSection(draft: RwSignal<Draft>, inputs: Memo<Inputs>, metrics: Memo<Metrics>) -> impl IntoView {
    // Open from the start when the scenario already has a planned spend (a link, a saved scenario, a reload).
    let open = draft.with_untracked(|d| !d.spend.trim().is_empty());
    view! {
        <Section title="Credits and cash: what you pay out of pocket" open>
            <p class="help">
                "TikTok spends your free credits before any cash. Enter the campaign's total budget to see what "
                "you pay yourself. Example: a $600 campaign with $100 of credits costs you $500 in cash; at 500 "
                "conversions, Ads Manager reports $1.20 per conversion and you pay $1.00 of it."
            </p>
            <NumberField field=Field::Spend draft inputs metrics />
            <div role="status" aria-live="polite">
                <dl class="figures">
                    {Metric::FUNDING
                        .map(|metric| {
                            view! {
                                <div class="figure" data-figure=metric.key()>
                                    <dt>{metric.label()}</dt>
                                    <dd>{move || metrics.with(|m| shown(m, metric))}</dd>
                                </div>
                            }
                        })
                        .into_iter()
                        .collect_view()}
                </dl>
                <table class="compare">
                    <caption>"Cost metrics, gross and out of pocket"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Cost"</th>
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
                                        <td data-cost=gross.key()>{move || metrics.with(|m| shown(m, gross))}</td>
                                        <td data-cost=cash.key()>{move || metrics.with(|m| shown(m, cash))}</td>
                                    </tr>
                                }
                            })
                            .into_iter()
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </Section>
    }
}
