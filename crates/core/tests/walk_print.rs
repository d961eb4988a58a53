//! What a marketer in Jakarta and an agency in Mexico City found (issue 19), findings 12 and 13: the comparison never
//! shows an empty list or a blank chart without saying why, and the printed report carries the verdicts and prints no
//! reason as if it were a figure. One line per case, written with `Plain`.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::report::compare::{chart, chart_said, table, ChartSaid, Compared, What};
use adcredit_core::report::offer::{self, OfferReport};
use adcredit_core::report::print::{sheet, Omitted, Sheet};
use adcredit_core::report::{profit, Plain, Tone};
use adcredit_core::wallet::{parse_date, Source};
use adcredit_core::{Currency, Draft, Field, GrantDraft, Metric, Metrics, TierDraft, Undefined};

fn compared(name: &str, draft: Draft) -> Compared {
    Compared { name: name.into(), scenario: draft.parse().scenario().unwrap() }
}

fn seed() -> Compared {
    compared("Seed", Draft::default())
}

fn rupiah() -> Compared {
    compared("Jakarta", Draft { currency: Currency::Idr, credits: "1500000".into(), ..Draft::default() })
}

fn said(c: &[Compared], what: What) -> Vec<String> {
    chart_said(c, what).iter().map(ChartSaid::words).collect()
}

const CPC: What = What::Metric(Metric::Cpc);
const ROAS: What = What::Metric(Metric::Roas);
const PROFIT: What = What::Metric(Metric::Profit);

#[test]
fn nothing_picked_names_no_currencies() {
    let notes = |c: &[Compared]| table(c, &Plain).notes.into_iter().map(|n| n.key).collect::<Vec<_>>();
    assert_eq!(notes(&[]), ["pick"], "no \"in different currencies ()\" before anything is picked");
    assert_eq!(notes(&[rupiah()]), ["pick"]);
    assert_eq!(notes(&[seed(), rupiah()]), ["currencies"]);
    assert!(table(&[seed(), rupiah()], &Plain).notes[0].text.contains("(IDR, USD)"));
}

#[test]
fn a_chart_says_why_it_draws_nothing() {
    assert_eq!(said(&[], CPC), ["Pick two to four scenarios to see a chart."]);
    assert_eq!(said(&[seed()], CPC), ["Pick two to four scenarios to see a chart."]);
    assert_eq!(said(&[seed(), rupiah()], CPC), ["No chart of CPC: these scenarios are in different currencies (IDR, USD), and amounts are never converted. Chart a rate, such as CTR or ROAS, instead."]);
    assert_eq!(
        said(&[seed(), compared("B", Draft::default())], ROAS),
        ["No chart of ROAS: no scenario has one yet (Seed: add revenue; B: add revenue)."]
    );
    for (c, what) in [(vec![], CPC), (vec![seed(), rupiah()], CPC), (vec![seed(), seed()], ROAS)] {
        assert_eq!(chart(&c, what, &Plain).bars, [], "nothing drawn: {:?}", said(&c, what));
        assert_eq!(chart(&c, what, &Plain).notes.len(), 1);
    }
}

#[test]
fn a_drawn_chart_says_which_scenario_has_no_bar() {
    let no_clicks = compared("Quiet", Draft { clicks: "0".into(), ..Draft::default() });
    assert_eq!(said(&[seed(), no_clicks.clone()], CPC), ["No CPC bar for Quiet: no clicks yet."]);
    assert_eq!(chart(&[seed(), no_clicks], CPC, &Plain).bars.len(), 2, "the bars are drawn");
    let gain = compared("Gain", Draft { revenue: "400".into(), margin: "50".into(), ..Draft::default() });
    let loss = compared("Loss", Draft { revenue: "10".into(), margin: "50".into(), ..Draft::default() });
    assert_eq!(
        said(&[gain, loss.clone()], PROFIT),
        ["No Profit bar for Loss: it is not above zero (its value is beside its name)."]
    );
    assert_eq!(
        said(&[loss.clone(), loss], PROFIT),
        ["No bars drawn: no scenario's Profit is above zero (each value is beside its name)."]
    );
    assert_eq!(said(&[seed(), seed()], CPC), Vec::<String>::new(), "a full chart says nothing");
    assert_eq!(
        said(&[seed(), rupiah()], What::Metric(Metric::Ctr)),
        Vec::<String>::new(),
        "a rate charts across currencies"
    );
}

fn today() -> i64 {
    parse_date("2026-11-25").unwrap()
}

fn print(draft: Draft) -> Sheet {
    sheet("Spring", &draft.parse().scenario().unwrap(), today(), "https://example.test/#v=4", &Plain)
}

/// Every value printed as a figure.
fn values(s: &Sheet) -> Vec<String> {
    s.groups.iter().flat_map(|g| g.figures.iter().map(|f| format!("{}: {}", f.label, f.value))).collect()
}

fn verdicts(s: &Sheet) -> Vec<(&'static str, Vec<String>)> {
    s.verdicts.iter().map(|v| (v.heading, v.notes.iter().map(|n| n.text.clone()).collect())).collect()
}

fn not_included(s: &Sheet) -> Option<String> {
    s.not_included.as_ref().map(|n| n.text.clone())
}

fn profitable() -> Draft {
    Draft { revenue: "1000".into(), margin: "40".into(), ..Draft::default() }
}

#[test]
fn the_seed_leaves_out_what_needs_revenue_and_says_so_once() {
    let s = print(Draft::default());
    assert!(values(&s).iter().all(|v| !v.contains("— add")), "{:?}", values(&s));
    assert_eq!(not_included(&s).unwrap(), "Not included: ROAS, Revenue per conversion and ROAS on cash (add revenue).");
    assert_eq!(s.not_included.as_ref().unwrap().tone, Tone::Quiet);
    assert_eq!(verdicts(&s), [], "no section filled, no verdict");
}

#[test]
fn a_result_that_is_what_the_campaign_did_is_still_printed() {
    let s = print(Draft { clicks: "0".into(), ..Draft::default() });
    assert!(values(&s).contains(&"CPC: — no clicks yet".to_string()), "{:?}", values(&s));
}

#[test]
fn the_profit_verdict_is_printed_in_the_sections_words() {
    let s = print(profitable());
    let (_, m) = adcredit_core::evaluate(&profitable());
    let words: Vec<String> = profit::report(&m, &Plain).into_iter().map(|n| n.text).collect();
    assert_eq!(verdicts(&s), [("Did it pay?", words.clone())]);
    assert_eq!(
        words[0],
        "Profitable: $300.00 of profit on $100.00 of spend. ROAS 10.00× is 7.50 above the break-even ROAS of 2.50×."
    );
    assert_eq!(not_included(&s).unwrap(), "Not included: ROAS needed for the target profit (add a target profit).");
}

#[test]
fn without_a_margin_neither_profit_figures_nor_a_verdict_are_printed() {
    let s = print(Draft { revenue: "1000".into(), ..Draft::default() });
    assert_eq!(verdicts(&s), []);
    assert_eq!(s.groups.iter().map(|g| g.heading).collect::<Vec<_>>(), ["What the credits bought", "Credits and cash"]);
    assert_eq!(
        not_included(&s).unwrap(),
        "Not included: Profit, Profit on the cash you paid, ROI, Break-even ROAS, Break-even cost per conversion, Highest CPC that breaks even, ROAS needed for the target profit and whether it paid (add a gross margin)."
    );
}

fn grant() -> GrantDraft {
    GrantDraft {
        key: Default::default(),
        source: Source::Referral,
        amount: "100".into(),
        received: "2026-11-20".into(),
        expires: "2026-12-31".into(),
    }
}

#[test]
fn the_wallet_says_when_the_credits_run_out() {
    let s = print(Draft { grants: vec![grant()], campaign_daily: "10".into(), ..Draft::default() });
    assert_eq!(
        verdicts(&s),
        [(
            "When the credits run out",
            vec![
                "At $10.00 a day, your credits cover 10 days: in full through 2026-12-04, with cash from 2026-12-05."
                    .to_string(),
                "Credit 1 (Referral): $100.00 of $100.00 spent; last day to use 2026-12-31.".to_string(),
                "Nothing expires unused.".to_string(),
                "$2.71 a day uses all of your credits by 2026-12-31.".to_string(),
            ]
        )]
    );
}

#[test]
fn without_a_daily_budget_the_wallet_says_what_it_can_and_the_rest_is_not_included() {
    let s = print(Draft { grants: vec![grant()], ..Draft::default() });
    assert_eq!(
        verdicts(&s),
        [("When the credits run out", vec!["$2.71 a day uses all of your credits by 2026-12-31.".to_string()])]
    );
    assert!(
        not_included(&s).unwrap().ends_with("; how long the credits last (add a daily budget)."),
        "{:?}",
        not_included(&s)
    );
}

#[test]
fn the_offer_verdicts_are_the_offer_sections_own() {
    let draft = Draft {
        spend: "600".into(),
        tiers: vec![TierDraft { key: Default::default(), spend: "500".into(), credit: "250".into() }],
        ..Draft::default()
    };
    let s = print(draft.clone());
    let inputs = draft.parse();
    let OfferReport::Weighed(t) = offer::report(&inputs, &Metrics::compute(&inputs), &Plain) else { panic!() };
    assert_eq!(verdicts(&s), [("Is the offer worth it?", t.verdicts.into_iter().map(|n| n.text).collect::<Vec<_>>())]);
}

#[test]
fn omitted_figures_are_grouped_by_what_adds_them() {
    let roas = Omitted::Figure { label: "ROAS", field: Field::Revenue };
    let target = Omitted::Figure { label: "Target ROAS", field: Field::TargetProfit };
    assert_eq!(Omitted::words(&[]), None);
    assert_eq!(Omitted::words(&[roas]).unwrap(), "Not included: ROAS (add revenue).");
    assert_eq!(
        Omitted::words(&[roas, target, Omitted::ProfitVerdict(Field::Revenue)]).unwrap(),
        "Not included: ROAS and whether it paid (add revenue); Target ROAS (add a target profit)."
    );
    assert_eq!(Undefined::Missing(Field::TargetProfit).to_string(), "add a target profit");
}

#[test]
fn nothing_printed_as_a_figure_is_a_reason_for_want_of_an_input() {
    let full = Draft { grants: vec![grant()], campaign_daily: "10".into(), target_profit: "10".into(), ..profitable() };
    for d in [Draft::default(), profitable(), full, Draft { revenue: "5".into(), ..Draft::default() }] {
        let s = print(d);
        for v in values(&s) {
            assert!(!v.contains("— add"), "{v}");
        }
    }
}
