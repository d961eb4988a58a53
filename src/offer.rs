//! "Is a spend X, get Y offer worth it?": an offer's tiers weighed at the scenario's rates, the tier a cash budget
//! reaches, and the cash still missing to the next one.

use adcredit_core::credits::{weigh, Weighed};
use adcredit_core::{Currency, Decimal, Draft, Field, Inputs, Metrics, ParseError, TierDraft, Unit, MAX_TIERS};
use leptos::prelude::*;

use crate::{amount, focus, value_text, NumberField, RowInput, Section};

/// TikTok's US partner tiers (`DOMAIN.md`), offered as a starting point.
const PARTNER_TIERS: [(&str, &str); 3] = [("100", "100"), ("500", "500"), ("1500", "1500")];

#[component]
pub fn OfferSection(draft: RwSignal<Draft>, inputs: Memo<Inputs>, metrics: Memo<Metrics>) -> impl IntoView {
    let open = draft.with_untracked(|d| !d.tiers.is_empty());
    let count = Memo::new(move |_| draft.with(|d| d.tiers.len()));
    // Weighed once per change of what it depends on; typing elsewhere redraws nothing.
    let weighed = Memo::new(move |_| metrics.with(|m| inputs.with(|i| weigh_inputs(i, m))));
    let add = move |_| {
        draft.update(|d| {
            if d.tiers.len() < MAX_TIERS {
                d.tiers.push(TierDraft::default());
            }
        })
    };
    let add_partner_tiers = move |_| {
        draft.update(|d| {
            for (spend, credit) in PARTNER_TIERS {
                if d.tiers.len() < MAX_TIERS {
                    d.tiers.push(TierDraft { spend: spend.into(), credit: credit.into() });
                }
            }
        })
    };
    view! {
        <Section title="Is a “spend X, get Y” offer worth it?" open>
            <p class="help">
                "Only cash you actually pay counts toward X: not tax, and not spend paid with credits. You get one "
                "tier, the largest your cash reaches. Example: “spend $500, get $500” is a 50% discount if you use "
                "all of the credit; if you use only 60% of it before it expires, it is 300 ÷ (500 + 300) = 37.5%."
            </p>
            <h3>"The offer's tiers"</h3>
            <div class="tiers">
                {move || (0..count.get()).map(|i| view! { <TierRow i draft inputs /> }).collect_view()}
            </div>
            <p class="actions">
                <button type="button" class="secondary" id="add-tier" on:click=add>"Add a tier"</button>
                {move || {
                    (count.get() == 0)
                        .then(|| {
                            view! {
                                <button type="button" class="secondary" on:click=add_partner_tiers>
                                    "Use TikTok's partner tiers ($100, $500, $1,500)"
                                </button>
                            }
                        })
                }}
            </p>
            <div class="budget-fields">
                {[Field::OfferCash, Field::OfferWindow, Field::OfferUsed]
                    .map(|field| view! { <NumberField field draft inputs metrics /> })
                    .into_iter()
                    .collect_view()}
            </div>
            <div class="offer-summary" role="status" aria-live="polite">
                {move || weighed.with(|w| w.as_ref().map_or_else(|why| quiet(why), |(w, window, c)| verdicts(w, *window, *c)))}
            </div>
        </Section>
    }
}

fn quiet(text: &'static str) -> AnyView {
    view! { <p class="quiet">{text}</p> }.into_any()
}

/// The tiers weighed, with the window and currency to show them in; or why they cannot be.
fn weigh_inputs(inputs: &Inputs, metrics: &Metrics) -> Result<(Weighed, Option<u32>, Currency), &'static str> {
    if inputs.tiers.is_empty() {
        return Err("Add the offer's tiers to weigh them.");
    }
    let tiers = inputs
        .tiers
        .iter()
        .map(|t| t.offer())
        .collect::<Option<Vec<_>>>()
        .ok_or("Correct the tiers marked above to weigh them.")?;
    let (Ok(spend), Ok(conversions)) = (inputs.gross_spend(), inputs.conversions) else {
        return Err("Correct the fields above to weigh the offer at your rates.");
    };
    let (Ok(window), Ok(used), Ok(cash)) = (inputs.offer_window, inputs.offer_used, inputs.offer_cash) else {
        return Err("Correct the fields marked above to weigh the offer.");
    };
    // The cash that counts toward X: as entered, else the cash this scenario pays.
    let cash = match (cash, &metrics.funding) {
        (Some(cash), _) => cash,
        (None, Ok(funding)) => funding.cash,
        (None, Err(_)) => Decimal::ZERO,
    };
    Ok((weigh(&tiers, used, cash, window, spend, conversions), window, inputs.currency))
}

fn verdicts(w: &Weighed, window: Option<u32>, currency: Currency) -> AnyView {
    view! {
        {table(w, currency)}
        {verdict(w, currency, window)}
    }
    .into_any()
}

fn tier_name(spend: Decimal, credit: Decimal, currency: Currency) -> String {
    format!("Spend {}, get {}", amount(spend, currency), amount(credit, currency))
}

fn table(w: &Weighed, currency: Currency) -> impl IntoView {
    let used = w.used.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE_HUNDRED).normalize();
    let rows = w
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let best = w.choice.best == Some(i);
            view! {
                <tr class:best=best>
                    <th scope="row">
                        {tier_name(t.offer.spend, t.offer.credit, currency)}
                        {best.then(|| view! { <span class="badge">"Your tier"</span> })}
                    </th>
                    <td>{value_text(t.discount_full, Unit::Percent, currency)}</td>
                    <td>{value_text(t.discount_used, Unit::Percent, currency)}</td>
                    <td>{t.media.map_or_else(|| "—".to_string(), |m| amount(m, currency))}</td>
                    <td data-cost="cpa-with-offer">{value_text(t.cpa_with, Unit::Money, currency)}</td>
                </tr>
            }
        })
        .collect_view();
    // On a phone the five columns are wider than the screen: the table scrolls sideways on its own (focusable, so
    // the keyboard can scroll it too), never the page.
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Each tier at your campaign's rates">
        <table class="compare tiers-table">
            <caption>"Each tier at your campaign's rates"</caption>
            <thead>
                <tr>
                    <th scope="col">"Tier"</th>
                    <th scope="col">"Discount, all credit used"</th>
                    <th scope="col">{format!("Discount, {used}% used")}</th>
                    <th scope="col">"Media bought"</th>
                    <th scope="col">"Cash per conversion"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

fn verdict(w: &Weighed, currency: Currency, window: Option<u32>) -> impl IntoView {
    let cash = amount(w.cash, currency);
    let without = format!("Without an offer: {} per conversion.", value_text(w.cpa_without, Unit::Money, currency));
    let reached = match w.choice.best.and_then(|i| w.tiers.get(i)) {
        Some(t) => format!(
            "Your {cash} of cash reaches “{}”: {} per conversion with it.",
            tier_name(t.offer.spend, t.offer.credit, currency),
            value_text(t.cpa_with, Unit::Money, currency)
        ),
        None => format!("Your {cash} of cash reaches no tier yet."),
    };
    let next = w.choice.next.and_then(|(i, missing)| {
        let t = w.tiers.get(i)?;
        let mut text = format!(
            "{} more cash reaches “{}”.",
            amount(missing, currency),
            tier_name(t.offer.spend, t.offer.credit, currency)
        );
        if let (Some(days), Some(daily)) = (window, t.daily_cash) {
            text.push_str(&format!(
                " Its {} within {days} days is {} a day.",
                amount(t.offer.spend, currency),
                value_text(daily, Unit::Money, currency)
            ));
        }
        Some(view! { <p data-verdict="next">{text}</p> })
    });
    view! {
        <p data-verdict="without">{without}</p>
        <p data-verdict="reached">{reached}</p>
        {next}
    }
}

/// One tier: the cash to spend and the credit it earns.
#[component]
fn TierRow(i: usize, draft: RwSignal<Draft>, inputs: Memo<Inputs>) -> impl IntoView {
    let n = i.saturating_add(1);
    let part = move |key: &'static str,
                     label: &'static str,
                     read: fn(&TierDraft) -> &String,
                     write: fn(&mut TierDraft) -> &mut String,
                     error: fn(&adcredit_core::TierInputs) -> Option<ParseError>| {
        view! {
            <RowInput
                id=format!("tier-{n}-{key}")
                label
                kind="text"
                text=Signal::derive(move || draft.with(|d| d.tiers.get(i).map(|t| read(t).clone()).unwrap_or_default()))
                error=Signal::derive(move || inputs.with(|inp| inp.tiers.get(i).and_then(error)))
                hint=Signal::derive(String::new)
                on_input=Callback::new(move |value| {
                    draft.update(|d| {
                        if let Some(t) = d.tiers.get_mut(i) {
                            *write(t) = value;
                        }
                    })
                })
            />
        }
    };
    let remove = move |_| {
        draft.update(|d| {
            if i < d.tiers.len() {
                d.tiers.remove(i);
            }
        });
        // The button pressed is gone: keep keyboard focus in the section.
        focus("add-tier");
    };
    view! {
        <fieldset class="tier">
            <legend>{format!("Tier {n}")}</legend>
            {part("spend", "Spend (cash)", |t| &t.spend, |t| &mut t.spend, |t| t.spend.err())}
            {part("credit", "Get (credit)", |t| &t.credit, |t| &mut t.credit, |t| t.credit.err())}
            <button type="button" class="link remove" on:click=remove aria-label=format!("Remove tier {n}")>
                "Remove"
            </button>
        </fieldset>
    }
}
