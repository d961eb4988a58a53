//! What a marketer in Jakarta and an agency in Mexico City found (issue 19): one line per finding the core words.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::embed::Snippet;
use adcredit_core::report::wallet::report;
use adcredit_core::report::{Format, Plain};
use adcredit_core::rows::{List, RowField};
use adcredit_core::{evaluate, Currency, Draft, Metric};

fn rupiah(f: fn(&mut Draft)) -> Draft {
    let mut d = Draft::cleared(Currency::Idr);
    f(&mut d);
    d
}

/// 1. Rupiah in whole units, as TikTok shows them; a unit cost below Rp 1 keeps its digits.
#[test]
fn rupiah_without_sen() {
    let d = rupiah(|d| {
        d.credits = "1500000".into();
        d.spend = "2350000".into();
        d.impressions = "4000000".into();
        d.clicks = "3".into();
        d.conversions = "0".into();
    });
    let (_, m) = evaluate(&d);
    assert_eq!(Plain.metric(&m, Metric::CashPaid), "IDR 850,000");
    assert_eq!(Plain.metric(&m, Metric::Cpc), "IDR 783,333");
    assert_eq!(Plain.metric(&m, Metric::Cpm), "IDR 588");
    let cheap = rupiah(|d| {
        d.credits = "1".into();
        d.impressions = "0".into();
        d.clicks = "4".into();
    });
    assert_eq!(Plain.metric(&evaluate(&cheap).1, Metric::Cpc), "IDR 0.25");
    // A value typed with sen (an older link or saved scenario) still reads.
    let sen = rupiah(|d| d.credits = "1500000.50".into());
    assert_eq!(Plain.metric(&evaluate(&sen).1, Metric::CreditUsed), "IDR 1,500,001");
}

/// 14. The phone's answer bar adds the cash cost per conversion when cash paid a part.
#[test]
fn the_answer_bar_shows_the_cash_cost_when_cash_was_paid() {
    let (_, seed) = evaluate(&Draft::default());
    assert_eq!(seed.answer_figures(), [Metric::Cpc, Metric::CostPerConversion], "credits paid for all");
    let (_, mixed) = evaluate(&Draft { spend: "600".into(), ..Draft::default() });
    assert_eq!(mixed.answer_figures(), [Metric::Cpc, Metric::CostPerConversion, Metric::CashCpa]);
}

/// 14. A new credit row asks for its amount; it is not "marked above" before anything is typed.
#[test]
fn a_new_row_asks_for_its_amount() {
    let mut d = Draft::default();
    d.add_row(List::Grants, 20_000);
    let text = |d: &Draft| report(&d.parse(), 20_000, &Plain).notes.iter().map(|n| n.text.clone()).collect::<Vec<_>>();
    assert_eq!(text(&d), ["Enter each credit's amount to see the totals."]);
    d.set_row_text(RowField { list: List::Grants, row: 0, part: adcredit_core::rows::Part::Amount }, "abc".into());
    assert_eq!(text(&d), ["Correct the credits marked above to see the totals."]);
}

/// 8. The snippet of a cleared calculator in pesos carries the currency and an empty start.
#[test]
fn the_snippet_carries_the_currency_and_an_empty_start() {
    let snippet = Snippet { currency: Currency::Mxn, empty: true, ..Snippet::default() };
    assert!(snippet.html("/").starts_with(r#"<div data-adcredit data-currency="MXN" data-start="empty">"#));
}
