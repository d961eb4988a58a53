//! One-line table tests: typed fields in, every metric as rounded for display out.
//! Undefined metrics read "— reason", as the results panel shows them.

// Test code: a panic or an overflow here is a failing test, not a dead page.
#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::{evaluate, Currency, Draft, Metric, Warning};

/// The six metrics of the typed scenario, in the panel's order, as display strings.
fn shown(currency: Currency, credits: &str, impressions: &str, clicks: &str, conversions: &str) -> [String; 6] {
    let draft = Draft {
        currency,
        credits: credits.into(),
        impressions: impressions.into(),
        clicks: clicks.into(),
        conversions: conversions.into(),
        ..Draft::default()
    };
    let (_, metrics) = evaluate(&draft);
    Metric::GROSS.map(|m| match metrics.shown(m) {
        Ok(v) => v.to_string(),
        Err(why) => format!("— {why}"),
    })
}

fn usd(credits: &str, impressions: &str, clicks: &str, conversions: &str) -> [String; 6] {
    shown(Currency::Usd, credits, impressions, clicks, conversions)
}

#[track_caller]
fn t(actual: [String; 6], expected: [&str; 6]) {
    assert_eq!(actual, expected.map(String::from));
}

#[test]
fn seed_example() {
    //                    credits  impressions clicks  conversions    CPM     CPC    CTR    CVR(clicks) CVR(impr.) CPA
    t(usd("100", "50,000", "2,000", "500"), ["2.00", "0.05", "4.00", "25.00", "1.00", "0.20"]);
    t(usd("$100.00", "50k", "2000", "500"), ["2.00", "0.05", "4.00", "25.00", "1.00", "0.20"]);
}

#[test]
fn typical_campaigns() {
    t(usd("1,000", "125000", "1100", "22"), ["8.00", "0.91", "0.88", "2.00", "0.02", "45.45"]);
    t(usd("250.50", "30k", "270", "5"), ["8.35", "0.93", "0.90", "1.85", "0.02", "50.10"]);
    t(usd("100", "3", "3", "3"), ["33333.33", "33.33", "100.00", "100.00", "100.00", "33.33"]);
}

#[test]
fn half_a_cent_rounds_away_from_zero() {
    t(usd("0.25", "1000", "2", "2"), ["0.25", "0.13", "0.20", "100.00", "0.20", "0.13"]);
}

#[test]
fn tiny_costs_show_their_first_significant_digit() {
    t(usd("1", "10,000,000", "3,000", "0"), ["0.0001", "0.00033", "0.03", "0.00", "0.00", "— no conversions yet"]);
    t(
        usd("0.01", "10,000,000,000,000", "10,000,000,000,000", "1"),
        ["0.000000000001", "0.000000000000001", "100.00", "0.00000000001", "0.00000000001", "0.01"],
    );
}

#[test]
fn zero_denominators_say_why() {
    t(
        usd("100", "0", "0", "0"),
        [
            "— no impressions yet",
            "— no clicks yet",
            "— no impressions yet",
            "— no clicks yet",
            "— no impressions yet",
            "— no conversions yet",
        ],
    );
    t(usd("0", "1000", "10", "1"), ["0.00", "0.00", "1.00", "10.00", "0.10", "0.00"]);
}

#[test]
fn a_bad_field_only_affects_the_metrics_that_need_it() {
    t(
        usd("100", "50,000", "abc", "500"),
        ["2.00", "— check Clicks", "— check Clicks", "— check Clicks", "1.00", "0.20"],
    );
    t(
        usd("abc", "50,000", "2,000", "500"),
        ["— check Ad credits", "— check Ad credits", "4.00", "25.00", "1.00", "— check Ad credits"],
    );
    t(
        // Empty is not wrong, just missing.
        usd("100", "", "2,000", "500"),
        ["— enter Impressions", "0.05", "— enter Impressions", "25.00", "— enter Impressions", "0.20"],
    );
    t(
        usd("999999999999999999999", "1", "1", "1"),
        ["— check Ad credits", "— check Ad credits", "100.00", "100.00", "100.00", "— check Ad credits"],
    );
}

#[test]
fn currencies_without_minor_units() {
    t(shown(Currency::Jpy, "10,000", "50,000", "2,000", "500"), ["200", "5", "4.00", "25.00", "1.00", "20"]);
    t(shown(Currency::Jpy, "1000", "3", "7", "3"), ["333333", "143", "233.33", "42.86", "100.00", "333"]);
    t(shown(Currency::Krw, "5", "10,000", "100", "0"), ["1", "0.05", "1.00", "0.00", "0.00", "— no conversions yet"]);
}

#[test]
fn largest_inputs() {
    t(
        usd("1,000,000,000,000", "1", "1", "1"),
        ["1000000000000000.00", "1000000000000.00", "100.00", "100.00", "100.00", "1000000000000.00"],
    );
}

fn warnings(impressions: &str, clicks: &str, conversions: &str) -> Vec<Warning> {
    let draft = Draft {
        impressions: impressions.into(),
        clicks: clicks.into(),
        conversions: conversions.into(),
        ..Draft::default()
    };
    evaluate(&draft).1.warnings
}

#[test]
fn warnings_never_block() {
    use Warning::*;
    assert_eq!(warnings("50,000", "2,000", "500"), []);
    assert_eq!(warnings("100", "200", "5"), [ClicksAboveImpressions]);
    assert_eq!(warnings("100", "10", "20"), [ConversionsAboveClicks]);
    assert_eq!(warnings("100", "10", "200"), [ConversionsAboveImpressions]);
    assert_eq!(warnings("100", "200", "300"), [ClicksAboveImpressions, ConversionsAboveImpressions]);
    assert_eq!(warnings("100", "abc", "50"), [], "no comparison with a field that has no value");
    assert_eq!(warnings("100", "10", "20").first().map(|w| w.is_note()), Some(true));
    let draft = Draft { impressions: "100".into(), clicks: "200".into(), ..Draft::default() };
    assert_eq!(evaluate(&draft).1.shown(adcredit_core::Metric::Ctr).map(|v| v.to_string()), Ok("200.00".into()));
}

/// Credits and cash: credit used, cash paid, credit left over, discount, then cash CPM, cash CPC, cash CPA.
fn cash(credits: &str, spend: &str, impressions: &str, clicks: &str, conversions: &str) -> [String; 7] {
    let draft = Draft {
        credits: credits.into(),
        spend: spend.into(),
        impressions: impressions.into(),
        clicks: clicks.into(),
        conversions: conversions.into(),
        ..Draft::default()
    };
    let (_, metrics) = evaluate(&draft);
    [
        Metric::CreditUsed,
        Metric::CashPaid,
        Metric::CreditLeft,
        Metric::Discount,
        Metric::CashCpm,
        Metric::CashCpc,
        Metric::CashCpa,
    ]
    .map(|m| match metrics.shown(m) {
        Ok(v) => v.to_string(),
        Err(why) => format!("— {why}"),
    })
}

#[track_caller]
fn c(actual: [String; 7], expected: [&str; 7]) {
    assert_eq!(actual, expected.map(String::from));
}

#[test]
fn credits_first_then_cash() {
    //     credits  spend   impressions clicks conversions   used      cash    left   discount cash CPM cash CPC cash CPA
    // The (and the help text's) example: a $600 campaign with $100 of credits.
    c(cash("100", "600", "50,000", "2,000", "500"), ["100.00", "500.00", "0.00", "16.67", "10.00", "0.25", "1.00"]);
    // No planned spend: the credits pay for everything (the seed), so nothing is paid in cash.
    c(
        cash("100", "", "50,000", "2,000", "500"),
        ["100.00", "0.00", "0.00", "100.00", "— nothing paid", "— nothing paid", "— nothing paid"],
    );
    // Spend below the credits: the rest is left over.
    c(
        cash("100", "60", "50,000", "2,000", "500"),
        ["60.00", "0.00", "40.00", "100.00", "— nothing paid", "— nothing paid", "— nothing paid"],
    );
    // No credits at all: every cost is cash.
    c(
        cash("0", "250", "50,000", "2,000", "0"),
        ["0.00", "250.00", "0.00", "0.00", "5.00", "0.13", "— no conversions yet"],
    );
    c(
        cash("0", "0", "1", "1", "1"),
        ["0.00", "0.00", "0.00", "— nothing spent", "— nothing paid", "— nothing paid", "— nothing paid"],
    );
    c(
        cash("100", "abc", "1", "1", "1"),
        [
            "— check Total spend",
            "— check Total spend",
            "— check Total spend",
            "— check Total spend",
            "— check Total spend",
            "— check Total spend",
            "— check Total spend",
        ],
    );
}

#[test]
fn gross_metrics_are_on_the_total_spend() {
    let draft = Draft { spend: "600".into(), ..Draft::default() };
    let (_, metrics) = evaluate(&draft);
    let gross = Metric::GROSS.map(|m| metrics.shown(m).map(|v| v.to_string()).unwrap_or_default());
    assert_eq!(gross, ["12.00", "0.30", "4.00", "25.00", "1.00", "1.20"]);
    assert_eq!(metrics.warnings, []);
    let below = Draft { spend: "60".into(), ..Draft::default() };
    assert_eq!(evaluate(&below).1.warnings, [Warning::SpendBelowCredits]);
}

#[test]
fn budget_rules_show_under_their_field() {
    use adcredit_core::wallet::BudgetWarning;
    use adcredit_core::Field;
    let draft = Draft {
        campaign_daily: "40".into(),
        ad_group_daily: "$20".into(),
        ad_group_lifetime: "500".into(),
        schedule_days: "30".into(),
        ..Draft::default()
    };
    let (_, metrics) = evaluate(&draft);
    assert_eq!(
        metrics.warnings,
        [
            Warning::Budget(BudgetWarning::CampaignDaily, Field::CampaignDaily),
            Warning::Budget(BudgetWarning::AdGroupLifetime { days: 30 }, Field::AdGroupLifetime),
        ]
    );
    assert_eq!(
        metrics.warnings_for(Field::CampaignDaily).map(|w| w.to_string()).collect::<Vec<_>>(),
        ["TikTok requires a daily budget of at least $50 per campaign."]
    );
    let euros = Draft { currency: Currency::Eur, ad_group_daily: "5".into(), ..Draft::default() };
    let (_, metrics) = evaluate(&euros);
    assert_eq!(metrics.warnings, [Warning::Budget(BudgetWarning::OtherCurrency, Field::AdGroupDaily)]);
    assert!(metrics.warnings[0].is_note());
}
