//! Any text in every field of a draft, in any currency: evaluating it, rounding every metric for display, and
//! building every report never panic; and when the fields make a scenario, its link reopens the same scenario.
//! Every text read on every page language's reading never panics, stays within the caps, and readings disagree
//! only on the Indonesian `M`.
#![no_main]

use adcredit_core::parse::{parse_count_in, parse_money_in, Reading, MAX_COUNT, MAX_MONEY};
use adcredit_core::plan::{Forecast, Goal, Projection};
use adcredit_core::report::{
    self, compare, field_message, offer, plan, print, profit, saved, track, wallet, Format, Plain,
};
use adcredit_core::rows::{row_message, List, RowField};
use adcredit_core::wallet::Source;
use adcredit_core::{evaluate, library, link, Currency, Decimal, Draft, Field, GrantDraft, Metric, TierDraft};
use libfuzzer_sys::fuzz_target;

type Grant<'a> = (u8, &'a str, &'a str, &'a str);

fuzz_target!(|input: (u8, u16, Vec<&str>, Vec<Grant>, Vec<(&str, &str)>)| {
    let (currency, today, texts, grants, tiers) = input;
    let mut draft = Draft {
        currency: Currency::ALL[usize::from(currency) % Currency::ALL.len()],
        grants: grants
            .into_iter()
            .take(adcredit_core::MAX_GRANTS)
            .map(|(s, amount, received, expires)| {
                GrantDraft::new(Source::ALL[usize::from(s) % Source::ALL.len()], amount, received, expires)
            })
            .collect(),
        tiers: tiers.into_iter().take(adcredit_core::MAX_TIERS).map(|(x, y)| TierDraft::new(x, y)).collect(),
        ..Draft::default()
    };
    for text in &texts {
        let english = parse_money_in(text, draft.currency, Reading::English);
        for reading in Reading::ALL {
            let read = parse_money_in(text, draft.currency, reading);
            if let Ok(v) = read {
                assert!(v >= Decimal::ZERO && v <= MAX_MONEY, "{text:?} on {reading:?}: {v}");
                assert!(v.normalize().scale() <= draft.currency.minor_units(), "{text:?} on {reading:?}: {v}");
                if let Ok(e) = english {
                    let miliar = reading == Reading::Indonesian && v == e * Decimal::ONE_THOUSAND;
                    assert!(v == e || miliar, "{text:?}: {v} on {reading:?}, {e} on English");
                }
            }
            if let Ok(n) = parse_count_in(text, reading) {
                assert!(n <= MAX_COUNT, "{text:?} on {reading:?}: {n}");
            }
        }
    }
    for (field, text) in Field::ALL.into_iter().zip(texts) {
        *draft.text_mut(field) = text.to_string();
    }
    let (inputs, metrics) = evaluate(&draft);
    for metric in Metric::ALL {
        let _ = metrics.shown(metric);
        let _ = Plain.metric(&metrics, metric);
    }
    for field in Field::ALL {
        let _ = field_message(&draft, &inputs, &metrics, field, &Plain);
    }
    for list in [List::Grants, List::Tiers] {
        for row in 0..draft.row_keys(list).len() {
            for &part in list.parts() {
                let _ = row_message(&draft, &inputs, RowField { list, row, part }, true, &Plain);
            }
        }
    }
    let today = 20_000 + i64::from(today);
    let _ = report::results_heading(&inputs);
    let _ = report::results_basis(&inputs, &metrics, &Plain);
    let _ = report::calculator::credits_hint(&inputs, today, &Plain);
    let _ = offer::report(&inputs, &metrics, &Plain);
    let _ = offer::partner_tiers_note(draft.currency);
    let _ = wallet::report(&inputs, today, &Plain);
    let _ = profit::report(&metrics, &Plain);
    for metric in Metric::ALL {
        let _ = report::plausibility(&metrics, metric, &Plain);
    }
    let forecast = Forecast::of(&inputs);
    for projection in Projection::ALL {
        let _ = plan::projection(&forecast, projection, draft.currency, &Plain);
    }
    for goal in Goal::ALL {
        let _ = plan::goal(&forecast, goal, draft.currency, &Plain);
    }
    let _ = plan::budget_note(&forecast, draft.currency, &Plain);
    let _ = track::against_plan(&inputs, &metrics, &Plain);
    if let Some(next) = forecast.into_draft(&draft) {
        // What "Use this forecast" writes into the fields always reads.
        for field in [Field::Impressions, Field::Clicks, Field::Conversions, Field::Revenue, Field::Spend] {
            assert!(next.parse().error(field).is_none(), "{field:?} in {next:?}");
        }
    }
    if let Some(scenario) = inputs.scenario() {
        let compared = [
            compare::Compared { name: "a".into(), scenario: scenario.clone() },
            compare::Compared { name: "b".into(), scenario: scenario.clone() },
        ];
        let _ = compare::table(&compared, &Plain);
        let _ = compare::bars(&compared, compare::What::Metric(Metric::Profit), &Plain);
        let _ = compare::funnel(&scenario, &Plain);
        let _ = print::sheet("a", &scenario, today, "link", &Plain);
        let _ = print::comparison_sheet(&compared, today, None, &Plain);
        let saved = library::Saved { id: "x".into(), name: String::new(), scenario, created: 0, updated: 0 };
        let _ = saved::summary(&saved, &Plain);
        let opened = link::decode("", &link::encode(&saved.scenario, "")).expect("a shared link is short enough");
        assert_eq!(opened.map(|o| o.draft.parse().scenario()), Some(Some(saved.scenario)));
    }
});
