//! "Profit and break-even": the gross margin and a target, the figures they give, and the core's verdict
//! (`adcredit_core::report::profit`) on whether the campaign paid.

use adcredit_core::report::{profit, Format};
use adcredit_core::{Draft, Field, Metric};
use leptos::prelude::*;

use crate::intl::Intl;
use crate::{Calc, NoteLine, NumberField};

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionProfit;

/// Open from the start when the scenario has a margin or a target (a link, a saved scenario, a reload).
pub fn starts_open(d: &Draft) -> bool {
    !d.margin.trim().is_empty() || !d.target_profit.trim().is_empty()
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn ProfitBody() -> impl IntoView {
    let Calc { metrics, .. } = Calc::get();
    let notes = Memo::new(move |_| metrics.with(|m| profit::report(m, &Intl)));
    view! {
        <p class="help">
            "Revenue is not profit: what a sale leaves after the cost of goods, fees and shipping is its gross "
            "margin. Example: $1,000 of revenue at a 40% margin keeps $400; on $100 of spend that is $300 of profit, "
            "and any ROAS below 1 ÷ 40% = 2.50× loses money."
        </p>
        <div class="budget-fields">
            {[Field::Margin, Field::TargetProfit].map(|field| view! { <NumberField field /> }).into_iter().collect_view()}
        </div>
        <div role="status" aria-live="polite">
            <div class="profit-verdict">
                <For each=move || notes.get() key=|note| note.text.clone() let:note>
                    <NoteLine note />
                </For>
            </div>
            <dl class="figures">
                {Metric::PROFIT
                    .map(|metric| {
                        view! {
                            <div
                                class="figure"
                                data-figure=metric.key()
                                data-undefined=move || metrics.with(|m| m.get(metric).is_err()).then_some("")
                            >
                                <dt>{metric.label()}</dt>
                                <dd>{move || metrics.with(|m| Intl.metric(m, metric))}</dd>
                                <dd class="explanation">{metric.explanation()}</dd>
                            </div>
                        }
                    })
                    .into_iter()
                    .collect_view()}
            </dl>
        </div>
    }
}
