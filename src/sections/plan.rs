//! "Plan a campaign": a budget and expected rates give a forecast, a goal gives the budget it needs, and the
//! forecast can be put into the calculator (undoably). Everything is worded by the core (`plan`, `report::plan`).

use adcredit_core::plan::{Forecast, Goal, Projection};
use adcredit_core::report::plan::{budget_note, goal, projection, typical_note};
use adcredit_core::report::track::against_plan;
use adcredit_core::{Draft, Field};
use leptos::prelude::*;

use crate::intl::Intl;
use crate::{Calc, NoteLine, NumberField};

use super::views::TrackingTable;

pub const TITLE: adcredit_core::l10n::Msg = adcredit_core::l10n::Msg::SectionPlan;

/// Open from the start when the scenario has a plan (a link, a saved scenario, a reload).
pub fn starts_open(d: &Draft) -> bool {
    [&d.budget, &d.plan_cpm, &d.plan_ctr, &d.plan_cvr, &d.plan_aov].iter().any(|t| !t.trim().is_empty())
}

/// The section's content (its own chunk in the split build).
#[component]
pub fn PlanBody() -> impl IntoView {
    let Calc { draft, inputs, metrics } = Calc::get();
    let forecast = Memo::new(move |_| inputs.with(Forecast::of));
    let currency = Memo::new(move |_| draft.with(|d| d.currency));
    let note = Memo::new(move |_| forecast.with(|f| budget_note(f, currency.get(), &Intl)));
    let typical = Memo::new(move |_| typical_note(currency.get(), &Intl));
    // What "Use this forecast" replaced, and what it put there: Undo is offered while the calculator still shows
    // the forecast.
    let used = RwSignal::new(None::<(Draft, Draft)>);
    let undoable = Memo::new(move |_| used.with(|u| u.as_ref().is_some_and(|(_, put)| draft.with(|d| d == put))));
    let next = Memo::new(move |_| forecast.with(|f| draft.with(|d| f.into_draft(d))));
    let use_forecast = move |_| {
        if let Some(next) = next.get_untracked() {
            used.set(Some((draft.get_untracked(), next.clone())));
            draft.set(next);
        }
    };
    let undo = move |_| {
        if let Some((previous, _)) = used.get_untracked() {
            draft.set(previous);
            used.set(None);
        }
    };
    let tracking = Memo::new(move |_| inputs.with(|i| metrics.with(|m| against_plan(i, m, &Intl))));
    let shown = move |p: Projection| move || forecast.with(|f| projection(f, p, currency.get(), &Intl));
    view! {
        <p class="help">
            "From a budget and the rates you expect to what it buys, or from a goal to the budget it needs. New to "
            "TikTok ads? Start from typical figures, then adjust them to what your own campaigns show."
        </p>
        <div class="budget-fields">
            {[Field::Budget, Field::PlanCpm, Field::PlanCtr, Field::PlanCvr, Field::PlanAov]
                .map(|field| view! { <NumberField field /> })
                .into_iter()
                .collect_view()}
        </div>
        {move || note.get().map(|note| view! { <NoteLine note /> })}
        <p class="actions">
            <button type="button" class="secondary" on:click=move |_| draft.update(|d| { d.use_typical_rates(); })>
                "Use typical TikTok figures"
            </button>
            " "
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    let metrics = metrics.get_untracked();
                    draft.update(|d| {
                        d.use_result_rates(&metrics);
                    });
                }
            >
                "Use my results' rates"
            </button>
        </p>
        {move || view! { <NoteLine note=typical.get() /> }}
        <div role="status" aria-live="polite">
            <h3>"Forecast"</h3>
            <dl class="figures">
                {Projection::ALL
                    .map(|p| {
                        view! {
                            <div class="figure" data-projection=p.key()>
                                <dt>{p.label()}</dt>
                                <dd>{shown(p)}</dd>
                            </div>
                        }
                    })
                    .into_iter()
                    .collect_view()}
            </dl>
            <p class="actions">
                <button type="button" on:click=use_forecast disabled=move || next.with(Option::is_none)>
                    "Use this forecast"
                </button>
                <Show when=move || undoable.get()>
                    <span class="used">
                        "The forecast is in the calculator above. "
                        <button type="button" class="link" on:click=undo>"Undo"</button>
                    </span>
                </Show>
            </p>
        </div>
        <h3>"Plan against actual results"</h3>
        <p class="help">
            "Once the campaign has run, type its actual results into the calculator above: each figure of the plan "
            "is set beside them."
        </p>
        <div role="status" aria-live="polite">
            {move || view! { <NoteLine note=tracking.get().summary /> }}
        </div>
        {move || view! { <TrackingTable tracking=tracking.get() /> }}
        <h3>"Solve for the budget"</h3>
        <div class="goals" role="status" aria-live="polite">
            {Goal::ALL
                .map(|g| {
                    view! {
                        <div class="goal">
                            <NumberField field=g.field() />
                            <p class="answer" data-goal=g.key()>
                                {g.answer()} ": "
                                <b>{move || forecast.with(|f| goal(f, g, currency.get(), &Intl))}</b>
                            </p>
                        </div>
                    }
                })
                .into_iter()
                .collect_view()}
        </div>
    }
}
