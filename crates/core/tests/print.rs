//! "Print report": what the printed page says, one assertion each, written with `Plain`.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::report::compare::Compared;
use adcredit_core::report::print::{comparison_sheet, input_lines, sheet, Sheet};
use adcredit_core::report::Plain;
use adcredit_core::wallet::parse_date;
use adcredit_core::{Draft, GrantDraft, Scenario, TierDraft};

fn scenario(draft: Draft) -> Scenario {
    draft.parse().scenario().unwrap()
}

fn today() -> i64 {
    parse_date("2026-11-25").unwrap()
}

fn seed_sheet(draft: Draft) -> Sheet {
    sheet("Spring", &scenario(draft), today(), "https://example.test/#v=4", &Plain)
}

/// A sheet's figures as "label: value", group by group.
fn figures(s: &Sheet) -> Vec<String> {
    s.groups.iter().flat_map(|g| g.figures.iter().map(|f| format!("{}: {}", f.label, f.value))).collect()
}

#[test]
fn the_seed_report_has_its_name_date_inputs_metrics_and_link() {
    let s = seed_sheet(Draft::default());
    assert_eq!((s.title.as_str(), s.printed.as_str()), ("Ad credit report: Spring", "Printed 2026-11-25"));
    assert_eq!(s.subject, "Spring");
    let inputs: Vec<String> = s.inputs.iter().map(|l| format!("{}: {}", l.label, l.value)).collect();
    assert_eq!(
        inputs,
        ["Currency: USD", "Ad credits: $100.00", "Impressions: 50,000", "Clicks: 2,000", "Conversions: 500"]
    );
    let shown = figures(&s);
    assert!(shown.contains(&"CPC: $0.05".to_string()), "{shown:?}");
    assert!(shown.contains(&"Cost per conversion: $0.20".to_string()), "{shown:?}");
    assert!(shown.contains(&"Cash paid: $0.00".to_string()), "{shown:?}");
    assert_eq!(s.groups.iter().map(|g| g.heading).collect::<Vec<_>>(), ["What the credits bought", "Credits and cash"]);
    assert_eq!(s.tracking, None, "no plan, no plan-against-actual table");
    assert_eq!(s.link, "Open this scenario: https://example.test/#v=4");
}

#[test]
fn revenue_adds_profit_and_a_plan_adds_the_table() {
    let draft = Draft {
        revenue: "1000".into(),
        margin: "40".into(),
        plan_cpm: "2.5".into(),
        plan_ctr: "5".into(),
        ..Draft::default()
    };
    let s = seed_sheet(draft);
    assert_eq!(s.groups.last().unwrap().heading, "Profit and break-even");
    assert!(figures(&s).contains(&"Profit: $300.00".to_string()), "{:?}", figures(&s));
    assert_eq!(
        s.tracking.unwrap().summary.text,
        "Against the plan: 1 figure better than planned, 1 worse, 3 as planned."
    );
}

#[test]
fn every_input_given_is_listed_as_read() {
    let draft = Draft {
        spend: "600".into(),
        margin: "40".into(),
        budget: "1000".into(),
        grants: vec![GrantDraft {
            key: Default::default(),
            source: adcredit_core::wallet::Source::Referral,
            amount: "100".into(),
            received: "2026-11-20".into(),
            expires: "2027-02-18".into(),
        }],
        tiers: vec![TierDraft { key: Default::default(), spend: "500".into(), credit: "250".into() }],
        ..Draft::default()
    };
    let lines: Vec<String> =
        input_lines(&scenario(draft), &Plain).into_iter().map(|l| format!("{}: {}", l.label, l.value)).collect();
    assert!(lines.contains(&"Total spend: $600.00".to_string()), "{lines:?}");
    assert!(lines.contains(&"Gross margin (%): 40%".to_string()), "{lines:?}");
    assert!(lines.contains(&"Budget: $1,000.00".to_string()), "{lines:?}");
    assert!(
        lines.contains(&"Referral credit: $100.00, received 2026-11-20, last day to use 2027-02-18".to_string()),
        "{lines:?}"
    );
    assert_eq!(lines.last().unwrap(), "Offer: spend $500.00, get $250.00");
}

#[test]
fn a_report_without_a_name_and_a_comparison_too_long_for_a_link() {
    let s = sheet(" ", &scenario(Draft::default()), today(), "x", &Plain);
    assert_eq!((s.title.as_str(), s.subject.as_str()), ("Ad credit report", "This scenario"));
    let two = [
        Compared { name: "A".into(), scenario: scenario(Draft::default()) },
        Compared { name: "B".into(), scenario: scenario(Draft { spend: "600".into(), ..Draft::default() }) },
    ];
    let c = comparison_sheet(&two, today(), None, &Plain);
    assert_eq!(c.title, "Ad credit report: scenarios compared");
    assert_eq!(c.table.names, ["A", "B"]);
    assert_eq!(c.link, "This comparison is too long for a link; save its scenarios to keep it.");
    assert_eq!(
        comparison_sheet(&two, today(), Some("https://x/#c"), &Plain).link,
        "Open this comparison: https://x/#c"
    );
}
