//! The storage schema's table tests: round trips, what is not given is not written, garbage, newer versions,
//! skipped scenarios, the version-1 fixture, and the draft.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::report::Plain;
use adcredit_core::schema::{decode, decode_draft, encode, encode_draft, Decoded, DraftState, Problem};
use adcredit_core::wallet::Source;
use adcredit_core::{Currency, Draft, GrantDraft, Inputs, Library, Metrics, Saved, Scenario, TierDraft};
fn saved(id: &str, name: &str) -> Saved {
    Saved {
        id: id.into(),
        name: name.into(),
        scenario: Draft::default().parse().scenario().unwrap(),
        created: 1_764_000_000_000,
        updated: 1_764_000_000_001,
    }
}

#[test]
fn round_trip() {
    let lib = Library { scenarios: vec![saved("a1", "Fashion test"), saved("b2", "Broad \"quoted\" ünïcode")] };
    let text = encode(&lib);
    assert!(text.starts_with(
        r#"{"version":4,"scenarios":[{"id":"a1","name":"Fashion test","currency":"USD","credits":"100","#
    ));
    assert_eq!(decode(&text), Decoded { library: lib, problem: None });
}

#[test]
fn empty_library() {
    assert_eq!(encode(&Library::default()), r#"{"version":4,"scenarios":[]}"#);
    assert_eq!(decode(r#"{"version":1,"scenarios":[]}"#).problem, None);
}

#[test]
fn garbage_is_unreadable() {
    for text in [
        "",
        "not json",
        "{",
        "[]",
        "null",
        "42",
        r#"{"scenarios":[]}"#,
        r#"{"version":"1","scenarios":[]}"#,
        r#"{"version":1}"#,
        r#"{"version":0,"scenarios":[]}"#,
        r#"{"version":1,"scenarios":{}}"#,
    ] {
        assert_eq!(decode(text).problem, Some(Problem::Unreadable), "{text}");
        assert!(decode(text).library.is_empty());
    }
}

#[test]
fn a_newer_version_is_named() {
    let decoded = decode(r#"{"version":7,"scenarios":[],"somethingNew":true}"#);
    assert_eq!(decoded.problem, Some(Problem::Newer(7)));
    assert_eq!(Problem::Newer(7).to_string(), "it was written by a newer version of the calculator (format 7)");
}

#[test]
fn bad_scenarios_are_skipped_and_counted_the_rest_kept() {
    let good = encode(&Library { scenarios: vec![saved("ok", "Good")] });
    let items = [
        r#"{"id":"neg","name":"x","currency":"USD","credits":"-5","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
        r#"{"id":"cents","name":"x","currency":"JPY","credits":"5.5","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
        r#"{"id":"big","name":"x","currency":"USD","credits":"1","impressions":10000000000001,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
        r#"{"id":"cur","name":"x","currency":"XXX","credits":"1","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
        r#"{"id":"bad id!","name":"x","currency":"USD","credits":"1","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
        r#"{"id":"ok","name":"duplicate id","currency":"USD","credits":"1","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
        r#""just a string""#,
    ];
    let text = good.replace("]}", &format!(",{}]}}", items.join(",")));
    let decoded = decode(&text);
    assert_eq!(decoded.problem, Some(Problem::Skipped(7)));
    assert_eq!(decoded.library.scenarios.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Good"]);
}

#[test]
fn unknown_fields_are_ignored() {
    let text = r#"{"version":1,"extra":1,"scenarios":[{"id":"a","name":"A","currency":"EUR","credits":"10.5","impressions":1,"clicks":1,"conversions":0,"created":1,"updated":2,"colour":"red"}]}"#;
    let decoded = decode(text);
    assert_eq!(decoded.problem, None);
    assert_eq!(decoded.library.scenarios[0].scenario.credits.to_string(), "10.5");
}

#[test]
fn version_1_fixture_still_loads() {
    // Written when version 1 shipped; never edit it. Later versions must keep loading it through the version steps in `read_scenario`.
    let text = include_str!("fixtures/scenarios-v1.json");
    let decoded = decode(text);
    assert_eq!(decoded.problem, None);
    let names: Vec<&str> = decoded.library.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Seed example", "Fashion audience", "Yen test"]);
    let fashion = decoded.library.get("fashion-7f3a").unwrap();
    assert_eq!(fashion.scenario.credits.to_string(), "1234.5");
    assert_eq!(fashion.scenario.currency, Currency::Eur);
    assert_eq!(
        (fashion.scenario.impressions, fashion.scenario.clicks, fashion.scenario.conversions),
        (1_200_000, 9_870, 321)
    );
    assert_eq!(fashion.updated, 1_764_032_400_000);
    assert_eq!(decoded.library.get("yen").unwrap().scenario.currency, Currency::Jpy);
    // Migrated to version 2: no planned spend (the credits paid for everything), nothing else given.
    let simple = Scenario::simple(Currency::Eur, "1234.5".parse().unwrap(), 1_200_000, 9_870, 321);
    assert_eq!(fashion.scenario, simple);
    // Saved again, it is written as version 2 and reads back the same.
    let again = decode(&encode(&decoded.library));
    assert_eq!(again, Decoded { library: decoded.library, problem: None });
}

fn full() -> Saved {
    let draft = Draft {
        spend: "600".into(),
        campaign_daily: "50".into(),
        ad_group_daily: "20.5".into(),
        ad_group_lifetime: "600".into(),
        schedule_days: "30".into(),
        offer_window: "30".into(),
        offer_used: "62.5".into(),
        offer_cash: "700".into(),
        grants: vec![
            GrantDraft {
                key: Default::default(),
                source: Source::Coupon,
                amount: "400".into(),
                received: "2026-11-25".into(),
                expires: "2026-11-30".into(),
            },
            GrantDraft {
                key: Default::default(),
                source: Source::Referral,
                amount: "100".into(),
                received: "2026-11-20".into(),
                expires: String::new(),
            },
        ],
        tiers: vec![TierDraft { key: Default::default(), spend: "500".into(), credit: "500".into() }],
        ..Draft::default()
    };
    Saved {
        id: "full".into(),
        name: "Everything".into(),
        scenario: draft.parse().scenario().unwrap(),
        created: 1,
        updated: 2,
    }
}

#[test]
fn what_is_not_given_is_not_written() {
    let text = encode(&Library { scenarios: vec![saved("a1", "Seed")] });
    assert_eq!(
        text,
        r#"{"version":4,"scenarios":[{"id":"a1","name":"Seed","currency":"USD","credits":"100","impressions":50000,"clicks":2000,"conversions":500,"created":1764000000000,"updated":1764000000001}]}"#
    );
}

#[test]
fn version_2_round_trip_with_every_field() {
    let lib = Library { scenarios: vec![full()] };
    let text = encode(&lib);
    assert!(text.contains(r#""spend":"600","budget":{"campaign_daily":"50","ad_group_daily":"20.5","ad_group_lifetime":"600","schedule_days":30},"grants":[{"source":"coupon","amount":"400","received":"2026-11-25","expires":"2026-11-30"},{"source":"referral","amount":"100","received":"2026-11-20","expires":"2027-02-18"}],"offer":{"tiers":[{"spend":"500","credit":"500"}],"window_days":30,"used_percent":"62.5","cash":"700"}"#), "{text}");
    assert_eq!(decode(&text), Decoded { library: lib, problem: None });
}

#[test]
fn version_2_values_are_checked_like_typed_ones() {
    let good = encode(&Library { scenarios: vec![full()] });
    for (what, from, to) in [
        ("expiry before receipt", r#""expires":"2026-11-30""#, r#""expires":"2026-11-01""#),
        ("unknown source", r#""source":"coupon""#, r#""source":"lottery""#),
        ("not a date", r#""received":"2026-11-25""#, r#""received":"25.11.2026""#),
        ("percent over 100", r#""used_percent":"62.5""#, r#""used_percent":"101""#),
        ("ten years and a day", r#""window_days":30"#, r#""window_days":3651"#),
        ("negative spend", r#""spend":"600""#, r#""spend":"-600""#),
        ("cents in a tier", r#""credit":"500""#, r#""credit":"500.001""#),
    ] {
        let bad = good.replace(from, to);
        assert_ne!(bad, good, "{what}");
        assert_eq!(decode(&bad).problem, Some(Problem::Skipped(1)), "{what}");
    }
}

#[test]
fn draft_round_trip_keeps_the_text_as_typed() {
    let state = DraftState {
        draft: Draft { clicks: "2,0".into(), currency: Currency::Gbp, ..Draft::default() },
        opened: Some("a1".into()),
        address: Some("v=1&clicks=2".into()),
        previous_address: None,
    };
    assert_eq!(decode_draft(&encode_draft(&state)), Ok(state));
    let state = DraftState { draft: Draft::default(), opened: None, address: None, previous_address: None };
    assert_eq!(decode_draft(&encode_draft(&state)), Ok(state));
    assert_eq!(decode_draft("garbage"), Err(Problem::Unreadable));
    assert_eq!(decode_draft(r#"{"broken": [1, 2,"#), Err(Problem::Unreadable));
    let state =
        DraftState { draft: Draft::from(&full().scenario), opened: None, address: None, previous_address: None };
    assert_eq!(decode_draft(&encode_draft(&state)), Ok(state));
    // A version-1 draft (before the "Credits and cash" fields) reads with those fields empty.
    let v1 =
        r#"{"version":1,"currency":"USD","credits":"100","impressions":"50,000","clicks":"2,000","conversions":"500"}"#;
    let seed_as_typed_then = Draft { impressions: "50,000".into(), clicks: "2,000".into(), ..Draft::default() };
    assert_eq!(decode_draft(v1).map(|s| s.draft), Ok(seed_as_typed_then));
    assert_eq!(
        decode_draft(r#"{"version":9,"currency":"USD","credits":"","impressions":"","clicks":"","conversions":""}"#),
        Err(Problem::Newer(9))
    );
    assert_eq!(
        decode_draft(r#"{"version":9,"whatever":[]}"#),
        Err(Problem::Newer(9)),
        "a newer shape is newer, not garbage"
    );
}

#[test]
fn recovery_notices() {
    use adcredit_core::report::stored::{Recovery, Unread};
    let said = |what, problem, backed_up| Recovery { what, problem, backed_up }.to_string();
    assert_eq!(
        said(Unread::Draft, Problem::Unreadable, true),
        "The inputs kept from your last visit could not be read: it is not a saved-scenarios file this calculator can read. A copy of it is kept unchanged in this browser. The calculator starts from the example."
    );
    assert_eq!(
        said(Unread::Library { kept: 2 }, Problem::Newer(3), false),
        "Some saved data could not be read: it was written by a newer version of the calculator (format 3). It could not be copied aside, so nothing will be saved over it: download it first. The 2 scenarios that could be read are in the list."
    );
    assert_eq!(
        said(Unread::Library { kept: 0 }, Problem::Skipped(1), true).rsplit(". ").next(),
        Some("The list starts empty.")
    );
}

#[test]
fn version_2_fixture_still_loads() {
    // Written by the version-2 encoder when version 3 was begun; never edit it. Later versions must keep loading it.
    let text = include_str!("fixtures/scenarios-v2.json");
    let decoded = decode(text);
    assert_eq!(decoded.problem, None);
    let names: Vec<&str> = decoded.library.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Seed example", "Campaign with credits", "Euro plan"]);
    let campaign = &decoded.library.get("campaign-600").unwrap().scenario;
    assert_eq!(campaign.spend.map(|s| s.to_string()).as_deref(), Some("600"));
    assert_eq!(campaign.grants.len(), 1);
    assert_eq!(campaign.offer.tiers.len(), 2);
    assert_eq!(campaign.offer.used_percent.map(|p| p.to_string()).as_deref(), Some("60"));
    let euro = &decoded.library.get("euro-plan").unwrap().scenario;
    assert_eq!((euro.currency, euro.spend.map(|s| s.to_string())), (Currency::Eur, Some("400.5".into())));
    // Saved again, it reads back the same.
    let again = decode(&encode(&decoded.library));
    assert_eq!(again, Decoded { library: decoded.library, problem: None });
}

#[test]
fn version_3_keeps_revenue_margin_and_target() {
    let mut saved = full();
    let draft = Draft { revenue: "6000".into(), margin: "40".into(), target_profit: "12.5".into(), ..Draft::default() };
    saved.scenario = draft.parse().scenario().unwrap();
    let lib = Library { scenarios: vec![saved] };
    let text = encode(&lib);
    assert!(text.contains(r#""revenue":"6000","margin":"40","target_profit":"12.5""#), "{text}");
    assert_eq!(decode(&text), Decoded { library: lib, problem: None });
    for (from, to) in [(r#""margin":"40""#, r#""margin":"101""#), (r#""revenue":"6000""#, r#""revenue":"-1""#)] {
        assert_eq!(decode(&text.replace(from, to)).problem, Some(Problem::Skipped(1)), "{to}");
    }
}

#[test]
fn version_2_step_adds_no_revenue() {
    // A version-2 document never had these keys; one that has them anyway is read as version 2: without them.
    let text = r#"{"version":2,"scenarios":[{"id":"a","name":"A","currency":"USD","credits":"100","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":2,"spend":"600","revenue":"5"}]}"#;
    let decoded = decode(text);
    assert_eq!(decoded.problem, None);
    let scenario = &decoded.library.scenarios[0].scenario;
    assert_eq!((scenario.spend.map(|s| s.to_string()), scenario.revenue), (Some("600".into()), None));
}

#[test]
fn a_version_2_draft_reads_with_empty_profit_fields() {
    let text = r#"{"version":2,"currency":"USD","credits":"100","impressions":"1","clicks":"1","conversions":"1","spend":"600"}"#;
    let state = decode_draft(text).unwrap();
    assert_eq!(
        (state.draft.spend.as_str(), state.draft.revenue.as_str(), state.draft.margin.as_str()),
        ("600", "", "")
    );
    let typed = Draft { revenue: "1,000 €".into(), margin: "40%".into(), ..Draft::default() };
    let kept = DraftState { draft: typed.clone(), opened: None, address: None, previous_address: None };
    assert_eq!(decode_draft(&encode_draft(&kept)).unwrap().draft, typed, "kept exactly as typed");
}

#[test]
fn version_3_fixture_still_loads() {
    // Written by the version-3 encoder when version 4 was begun; never edit it. Later versions must keep loading it.
    let text = include_str!("fixtures/scenarios-v3.json");
    let decoded = decode(text);
    assert_eq!(decoded.problem, None);
    let names: Vec<&str> = decoded.library.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Seed example", "Campaign that earned", "Yen with margin"]);
    let earned = &decoded.library.get("earned-600").unwrap().scenario;
    let shown = |v: Option<adcredit_core::Decimal>| v.map(|v| v.to_string());
    assert_eq!(
        (shown(earned.revenue), shown(earned.margin), shown(earned.target_profit), shown(earned.spend)),
        (Some("3000".into()), Some("40".into()), Some("10".into()), Some("600".into()))
    );
    let yen = &decoded.library.get("yen-margin").unwrap().scenario;
    assert_eq!((yen.currency, shown(yen.margin)), (Currency::Jpy, Some("33.33".into())));
    let again = decode(&encode(&decoded.library));
    assert_eq!(again, Decoded { library: decoded.library, problem: None });
}

#[test]
fn version_4_keeps_the_plan_and_older_versions_have_none() {
    let draft = Draft {
        budget: "1000".into(),
        plan_cpm: "8".into(),
        plan_ctr: "0.9".into(),
        plan_cvr: "2".into(),
        plan_aov: "50".into(),
        ..Draft::default()
    };
    let saved = Saved { scenario: draft.parse().scenario().unwrap(), ..full() };
    let lib = Library { scenarios: vec![saved] };
    let text = encode(&lib);
    assert!(text.contains(r#""plan":{"budget":"1000","cpm":"8","ctr":"0.9","cvr":"2","aov":"50"}"#), "{text}");
    assert_eq!(decode(&text), Decoded { library: lib, problem: None });
    assert_eq!(decode(&text.replace(r#""ctr":"0.9""#, r#""ctr":"101""#)).problem, Some(Problem::Skipped(1)));
    // A version-3 document never had a plan; one that has it anyway is read as version 3: without it.
    let v3 = text.replace(r#"{"version":4,"#, r#"{"version":3,"#);
    assert_eq!(decode(&v3).library.scenarios[0].scenario.plan, adcredit_core::Plan::default());
}

#[test]
fn version_4_fixture_still_loads_with_plan_and_actual_results() {
    // Written by the version-4 encoder when plan-against-actual was built; never edit it. Later versions must keep
    // loading it.
    let text = include_str!("fixtures/scenarios-v4.json");
    let decoded = decode(text);
    assert_eq!(decoded.problem, None);
    assert_eq!(encode(&decoded.library), text, "exactly what the version-4 encoder writes");
    let spring = Inputs::from(&decoded.library.get("spring-plan").unwrap().scenario);
    let tracking = adcredit_core::report::track::against_plan(&spring, &Metrics::compute(&spring), &Plain);
    assert_eq!(tracking.summary.text, "Against the plan: 6 figures better than planned, 1 worse, 3 as planned.");
    let yen = &decoded.library.get("yen-budget").unwrap().scenario;
    assert_eq!((yen.currency, yen.plan.budget.map(|b| b.to_string())), (Currency::Jpy, Some("200000".into())));
}
