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
    assert_eq!(
        line(&t, Tracked::Cpc),
        "— Expected CTR (%) is 0 | $0.05 | — Expected CTR (%) is 0 | — Expected CTR (%) is 0 | —",
        "the plan names its input, never \"no clicks yet\" as if the campaign ran"
    );
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

/// A change in % is a plain percentage at any CPM within the caps (it was "too large to compute").
#[test]
fn a_change_is_a_percentage_at_any_cpm() {
    // ROAS 3.68 actual against 2.83 planned: at CPM $1,000,000,000,000 the revenue per conversion that plans 2.83×
    // is $2,830,000,000 (CTR and conversion rate 100 %).
    let t = seed_against(&[
        ("revenue", "368"),
        ("cpm", "1000000000000"),
        ("ctr", "100"),
        ("cvr", "100"),
        ("aov", "2830000000"),
    ]);
    assert_eq!(line(&t, Tracked::Roas), "2.83× | 3.68× | +0.85× | +30.04% | better than planned");
    let odd = seed_against(&[
        ("revenue", "368"),
        ("cpm", "999999849400.86"),
        ("ctr", "74.91"),
        ("cvr", "49.58"),
        ("aov", "8333247265"),
    ]);
    let roas = odd.lines.iter().find(|l| l.tracked == Tracked::Roas).unwrap();
    assert!(roas.change.ends_with('%') && !roas.change.contains('—'), "{}", roas.change);
}

/// Two figures that read the same are as planned, and counted so: rounding noise is no verdict.
#[test]
fn equal_as_shown_is_as_planned() {
    // CTR 624 / 50,000 = 1.248 % shows as 1.25 %, the plan's own 1.25 %.
    let mut draft = Draft { clicks: "624".into(), plan_cpm: "2".into(), plan_ctr: "1.25".into(), ..Draft::default() };
    draft.revenue = "1000".into();
    let inputs = draft.parse();
    let t = against_plan(&inputs, &Metrics::compute(&inputs), &Plain);
    assert_eq!(line(&t, Tracked::Ctr), "1.25% | 1.25% | -0.002 pts | -0.16% | as planned");
    assert!(t.summary.text.contains("as planned"), "{}", t.summary.text);
    assert!(!t.summary.text.contains("1 worse"), "{}", t.summary.text);
}
