//! The credit wallet: the grants a user holds, what is available and expiring, how a daily budget spends them
//! (earliest expiry first) and what expires unused; and TikTok's minimum budgets, as warnings under each budget.
//! "Today" is read once from the browser ([`intl::today`]) and handed to the core.

use adcredit_core::wallet::{format_date, plan, totals, Day, Grant, Source};
use adcredit_core::{Currency, Decimal, Draft, Field, GrantDraft, GrantInputs, Inputs, Metrics, ParseError};
use leptos::prelude::*;

use crate::{amount, focus, intl, NumberField, RowInput, Section};

#[component]
pub fn WalletSection(draft: RwSignal<Draft>, inputs: Memo<Inputs>, metrics: Memo<Metrics>) -> impl IntoView {
    let today = intl::today();
    let open = draft.with_untracked(|d| {
        !d.grants.is_empty()
            || [&d.campaign_daily, &d.ad_group_daily, &d.ad_group_lifetime].iter().any(|t| !t.is_empty())
    });
    let count = Memo::new(move |_| draft.with(|d| d.grants.len()));
    // Just what the summary needs, so typing in other fields does not redraw it.
    let wallet = Memo::new(move |_| {
        inputs.with(|i| (i.currency, i.grants.clone(), i.campaign_daily.ok().flatten().filter(|b| *b > Decimal::ZERO)))
    });
    let add = move |_| {
        draft.update(|d| {
            if d.grants.len() < adcredit_core::MAX_GRANTS {
                let received = format_date(today);
                d.grants.push(GrantDraft {
                    source: Source::Promotional,
                    amount: String::new(),
                    received,
                    expires: String::new(),
                });
            }
        })
    };
    view! {
        <Section title="Credit wallet: when your credits run out" open>
            <p class="help">
                "Add each credit you hold. Credits expire, by default 90 days after you receive them, and TikTok "
                "spends them before any cash. With a campaign daily budget, the credit that expires first is spent "
                "first."
            </p>
            <h3>"Your credits"</h3>
            <div class="grants">
                {move || (0..count.get()).map(|i| view! { <GrantRow i draft inputs /> }).collect_view()}
            </div>
            <p>
                <button type="button" class="secondary" id="add-credit" on:click=add>"Add a credit"</button>
            </p>
            <h3>"Budget"</h3>
            <div class="budget-fields">
                {[Field::CampaignDaily, Field::AdGroupDaily, Field::AdGroupLifetime, Field::ScheduleDays]
                    .map(|field| view! { <NumberField field draft inputs metrics /> })
                    .into_iter()
                    .collect_view()}
            </div>
            <div class="wallet-summary" role="status" aria-live="polite">
                {move || wallet.with(|(currency, grants, budget)| summary(*currency, grants, *budget, today))}
            </div>
        </Section>
    }
}

/// What the wallet holds today and how the daily budget spends it.
fn summary(currency: Currency, grants: &[GrantInputs], budget: Option<Decimal>, today: Day) -> AnyView {
    if grants.is_empty() {
        return view! { <p class="quiet">"Add the credits you hold to see what is available and when it expires."</p> }
            .into_any();
    }
    let Some(grants) = grants.iter().map(GrantInputs::grant).collect::<Option<Vec<Grant>>>() else {
        return view! { <p class="quiet">"Correct the credits marked above to see the totals."</p> }.into_any();
    };
    let Some(t) = totals(&grants, today) else {
        return view! { <p class="quiet">"These amounts are too large to add up."</p> }.into_any();
    };
    let plan_view = match budget {
        None => {
            view! { <p class="quiet">"Enter a campaign daily budget to see how long your credits last."</p> }.into_any()
        }
        Some(budget) => plan_summary(&grants, today, budget, currency),
    };
    view! {
        <dl class="figures">
            <div class="figure" data-figure="available">
                <dt>"Available today"</dt>
                <dd>{amount(t.available, currency)}</dd>
            </div>
            <div class="figure" data-figure="expiring-7">
                <dt>"Expiring within 7 days"</dt>
                <dd>{amount(t.expiring_7, currency)}</dd>
            </div>
            <div class="figure" data-figure="expiring-30">
                <dt>"Expiring within 30 days"</dt>
                <dd>{amount(t.expiring_30, currency)}</dd>
            </div>
        </dl>
        {plan_view}
    }
    .into_any()
}

/// How long the credits last at `budget` a day, in which order they are spent, and what expires unused.
fn plan_summary(grants: &[Grant], today: Day, budget: Decimal, currency: Currency) -> AnyView {
    let Some(p) = plan(grants, today, budget) else {
        return view! { <p class="quiet">"These amounts are too large to plan."</p> }.into_any();
    };
    let per_day = amount(budget, currency);
    let lasting = match (p.days_funded, p.last_day) {
        (0, _) | (_, None) => "None of these credits can be spent from today.".to_string(),
        (1, Some(last)) => format!("At {per_day} a day, your credits pay for 1 day: {}.", intl::date(last)),
        (n, Some(last)) => format!("At {per_day} a day, your credits pay for {n} days, through {}.", intl::date(last)),
    };
    let rows = p
        .order
        .iter()
        .copied()
        .filter_map(|i| Some((grants.get(i)?, *p.spent.get(i)?, i)))
        .map(|(g, spent, i)| {
            let (n, source) = (i.saturating_add(1), g.source.label());
            let text = if g.expires <= today {
                format!("Credit {n} ({source}): expired on {}.", intl::date(g.expires))
            } else {
                format!(
                    "Credit {n} ({source}): {} of {} spent; usable until {}.",
                    amount(spent, currency),
                    amount(g.amount, currency),
                    intl::date(g.expires.saturating_sub(1)),
                )
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    let lost: Decimal = p.expiring_unused.iter().map(|(_, a, _)| *a).fold(Decimal::ZERO, |s, a| s.saturating_add(a));
    let warnings = p
        .expiring_unused
        .iter()
        .filter_map(|&(i, left, expires)| {
            let g = grants.get(i)?;
            Some(format!(
                "{} of credit {} ({}) expires unused on {}: the budget does not reach it in time.",
                amount(left, currency),
                i.saturating_add(1),
                g.source.label(),
                intl::date(expires),
            ))
        })
        .map(|text| view! { <p class="warning">{text}</p> })
        .collect_view();
    let total_lost = (p.expiring_unused.len() > 1)
        .then(|| view! { <p class="warning">{format!("In all, {} expires unused.", amount(lost, currency))}</p> });
    view! {
        <p class="lasting">{lasting}</p>
        <p>"Spent in this order (earliest expiry first):"</p>
        <ol class="spend-order">{rows}</ol>
        {warnings}
        {total_lost}
    }
    .into_any()
}

/// One grant: its source, amount, and dates, each with its error under it.
#[component]
fn GrantRow(i: usize, draft: RwSignal<Draft>, inputs: Memo<Inputs>) -> impl IntoView {
    let n = i.saturating_add(1);
    let id = move |part: &str| format!("grant-{n}-{part}");
    // One part of the grant: its text, how to write it back, its error, and a hint for when there is no error.
    let part = move |key: &'static str,
                     label: &'static str,
                     kind: &'static str,
                     read: fn(&GrantDraft) -> &String,
                     write: fn(&mut GrantDraft) -> &mut String,
                     error: fn(&GrantInputs) -> Option<ParseError>,
                     hint: Signal<String>| {
        view! {
            <RowInput
                id=id(key)
                label
                kind
                text=Signal::derive(move || draft.with(|d| d.grants.get(i).map(|g| read(g).clone()).unwrap_or_default()))
                error=Signal::derive(move || inputs.with(|inp| inp.grants.get(i).and_then(error)))
                hint
                on_input=Callback::new(move |value| {
                    draft.update(|d| {
                        if let Some(g) = d.grants.get_mut(i) {
                            *write(g) = value;
                        }
                    })
                })
            />
        }
    };
    // An empty expiry is the default: say which day that is.
    let expires_hint = Signal::derive(move || {
        draft.with(|d| match d.grants.get(i) {
            Some(g) if g.expires.trim().is_empty() => inputs.with(|inp| {
                inp.grants.get(i).and_then(|g| g.expires.ok()).map_or_else(
                    || "Empty: 90 days after it was received.".to_string(),
                    |day| format!("Empty: 90 days, {}.", intl::date(day)),
                )
            }),
            _ => String::new(),
        })
    });
    let no_hint = Signal::derive(String::new);
    let source = Memo::new(move |_| draft.with(|d| d.grants.get(i).map_or(Source::Other, |g| g.source)));
    let on_source = move |ev| {
        if let Some(s) = Source::from_key(&event_target_value(&ev)) {
            draft.update(|d| {
                if let Some(g) = d.grants.get_mut(i) {
                    g.source = s;
                }
            });
        }
    };
    let remove = move |_| {
        draft.update(|d| {
            if i < d.grants.len() {
                d.grants.remove(i);
            }
        });
        // The button pressed is gone: keep keyboard focus in the section.
        focus("add-credit");
    };
    view! {
        <fieldset class="grant">
            <legend>{format!("Credit {n}")}</legend>
            <div class="field">
                <label for=id("source")>"Source"</label>
                <select id=id("source") on:change=on_source prop:value=move || source.get().key()>
                    {Source::ALL
                        .map(|s| view! { <option value=s.key() selected=move || source.get() == s>{s.label()}</option> })
                        .into_iter()
                        .collect_view()}
                </select>
            </div>
            {part("amount", "Amount", "text", |g| &g.amount, |g| &mut g.amount, |g| g.amount.err(), no_hint)}
            {part("received", "Received", "date", |g| &g.received, |g| &mut g.received, |g| g.received.err(), no_hint)}
            {part("expires", "Expires", "date", |g| &g.expires, |g| &mut g.expires, |g| g.expires.err(), expires_hint)}
            <button type="button" class="link remove" on:click=remove aria-label=format!("Remove credit {n}")>
                "Remove"
            </button>
        </fieldset>
    }
}
