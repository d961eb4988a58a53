//! "Plan against actual": a line per figure, one assertion each, written with `Plain`.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use adcredit_core::report::track::{against_plan, has_plan, Tracked, Tracking, Versus};
use adcredit_core::report::Plain;
use adcredit_core::{Draft, Metrics};

/// The seed's results with revenue 1,000, against a plan of CPM 2.50, CTR 5 %, conversion rate 20 % and $2 per
/// conversion on the same $100.
fn seed_against(plan: &[(&str, &str)]) -> Tracking {
    let mut draft = Draft { revenue: "1000".into(), ..Draft::default() };
    for &(key, value) in plan {
        let text = value.to_string();
        match key {
            "budget" => draft.budget = text,
            "cpm" => draft.plan_cpm = text,
            "ctr" => draft.plan_ctr = text,
            "cvr" => draft.plan_cvr = text,
            "aov" => draft.plan_aov = text,
            "spend" => draft.spend = text,
            "revenue" => draft.revenue = text,
            other => panic!("no field {other}"),
        }
    }
    let inputs = draft.parse();
    against_plan(&inputs, &Metrics::compute(&inputs), &Plain)
}

const PLAN: [(&str, &str); 4] = [("cpm", "2.50"), ("ctr", "5"), ("cvr", "20"), ("aov", "2")];

/// A line as "planned | actual | difference | change | words".
fn line(t: &Tracking, tracked: Tracked) -> String {
    let l = t.lines.iter().find(|l| l.tracked == tracked).unwrap();
    let words = l.versus.map_or("—", Versus::words);
    format!("{} | {} | {} | {} | {}", l.planned, l.actual, l.difference, l.change, words)
}

#[test]
fn costs_are_better_lower() {
    let t = seed_against(&PLAN);
    assert_eq!(line(&t, Tracked::Cpm), "$2.50 | $2.00 | -$0.50 | -20.00% | better than planned");
    assert_eq!(line(&t, Tracked::CostPerConversion), "$0.25 | $0.20 | -$0.05 | -20.00% | better than planned");
    assert_eq!(line(&t, Tracked::Cpc), "$0.05 | $0.05 | $0.00 | 0.00% | as planned");
}

#[test]
fn rates_conversions_revenue_and_roas_are_better_higher() {
    let t = seed_against(&PLAN);
    assert_eq!(line(&t, Tracked::Ctr), "5.00% | 4.00% | -1.00 pts | -20.00% | worse than planned");
    assert_eq!(line(&t, Tracked::ConversionRate), "20.00% | 25.00% | +5.00 pts | +25.00% | better than planned");
    assert_eq!(line(&t, Tracked::Conversions), "400 | 500 | +100 | +25.00% | better than planned");
    assert_eq!(line(&t, Tracked::Revenue), "$800.00 | $1,000.00 | +$200.00 | +25.00% | better than planned");
    assert_eq!(line(&t, Tracked::Roas), "8.00× | 10.00× | +2.00× | +25.00% | better than planned");
}

#[test]
fn spend_impressions_and_clicks_are_only_more_or_less() {
    let t = seed_against(&PLAN);
    assert_eq!(line(&t, Tracked::Spend), "$100.00 | $100.00 | $0.00 | 0.00% | as planned");
    assert_eq!(line(&t, Tracked::Impressions), "40,000 | 50,000 | +10,000 | +25.00% | more than planned");
    assert_eq!(line(&t, Tracked::Clicks), "2,000 | 2,000 | 0 | 0.00% | as planned");
    let over = seed_against(&[("budget", "80"), ("cpm", "2")]);
    assert_eq!(line(&over, Tracked::Spend), "$80.00 | $100.00 | +$20.00 | +25.00% | more than planned");
    assert_eq!(line(&over, Tracked::Impressions), "40,000 | 50,000 | +10,000 | +25.00% | more than planned");
    let under = seed_against(&[("budget", "125"), ("cpm", "2")]);
    assert_eq!(line(&under, Tracked::Spend), "$125.00 | $100.00 | -$25.00 | -20.00% | less than planned");
}

#[test]
fn the_summary_counts_better_worse_and_as_planned() {
    assert_eq!(
        seed_against(&PLAN).summary.text,
        "Against the plan: 6 figures better than planned, 1 worse, 3 as planned."
    );
    let one = seed_against(&[("cpm", "2.50")]);
    assert_eq!(one.summary.text, "Against the plan: 1 figure better than planned, 0 worse, 1 as planned.");
}

#[test]
fn a_figure_without_a_plan_or_a_result_says_why() {
    let t = seed_against(&[("cpm", "2.50")]);
    assert_eq!(
        line(&t, Tracked::Ctr),
        "— add an expected CTR | 4.00% | — add an expected CTR | — add an expected CTR | —"
    );
    let no_revenue = seed_against(&[("cpm", "2.50"), ("ctr", "5"), ("cvr", "20"), ("aov", "2"), ("revenue", "")]);
    assert_eq!(line(&no_revenue, Tracked::Revenue), "$800.00 | — add revenue | — add revenue | — add revenue | —");
    let typo = seed_against(&[("cpm", "2.5x")]);
    assert_eq!(
        line(&typo, Tracked::Cpm),
        "— check Expected CPM | $2.00 | — check Expected CPM | — check Expected CPM | —"
    );
}

#[test]
fn a_plan_of_zero_has_no_change_in_percent() {
    let t = seed_against(&[("cpm", "2"), ("ctr", "0")]);
    assert_eq!(line(&t, Tracked::Ctr), "0.00% | 4.00% | +4.00 pts | — none planned | better than planned");
    assert_eq!(line(&t, Tracked::Cpc), "— no clicks yet | $0.05 | — no clicks yet | — no clicks yet | —");
}

#[test]
fn nothing_to_compare_without_a_plan() {
    let t = seed_against(&[]);
    assert_eq!(
        t.summary.text,
        "Nothing to compare yet: fill in the plan above, and the actual results in the calculator."
    );
    assert!(!has_plan(&Draft::default().parse()));
    assert!(has_plan(&Draft { plan_ctr: "5".into(), ..Draft::default() }.parse()));
    assert!(has_plan(&Draft { plan_cpm: "x".into(), ..Draft::default() }.parse()), "a typo is still a plan");
}
