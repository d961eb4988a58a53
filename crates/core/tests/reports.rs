//! Every sentence the reports say, one line each, written with `Plain` (the shell writes the same through `Intl`).

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use adcredit_core::credits::Offer;
use adcredit_core::report::offer::{self, OfferReport, Outcome, Verdict};
use adcredit_core::report::wallet::{self, Said};
use adcredit_core::report::{field_message, results_basis, results_heading, Format, Note, Plain, Tone};
use adcredit_core::wallet::{parse_date, Source};
use adcredit_core::{Currency, Decimal, Draft, Field, GrantDraft, Metrics, TierDraft, Undefined};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn day(iso: &str) -> i64 {
    parse_date(iso).unwrap()
}

/// The marketer's case: $1,200 spend, $450 credits, 180,000 impressions, 2,100 clicks, 45 conversions.
fn marketer() -> Draft {
    Draft {
        credits: "450".into(),
        impressions: "180000".into(),
        clicks: "2100".into(),
        conversions: "45".into(),
        spend: "1200".into(),
        ..Draft::default()
    }
}

fn partner_tiers(draft: Draft) -> Draft {
    let tier = |x: &str| TierDraft::new(x, x);
    Draft { tiers: vec![tier("100"), tier("500"), tier("1500")], ..draft }
}

/// The offer section's lines: each verdict's key and words, or the quiet reason.
fn offer_lines(draft: &Draft) -> Vec<String> {
    let inputs = draft.parse();
    match offer::report(&inputs, &Metrics::compute(&inputs), &Plain) {
        OfferReport::Nothing(note) => vec![format!("{:?} {}", note.tone, note.text)],
        OfferReport::Weighed(t) => t.verdicts.iter().map(|n| format!("{} {}", n.key, n.text)).collect(),
    }
}

/// A tier row: its name, whether the cash reaches it, and its cells.
type Row = (String, bool, Vec<String>);

fn offer_table(draft: &Draft) -> (Vec<String>, Vec<Row>) {
    let inputs = draft.parse();
    let OfferReport::Weighed(t) = offer::report(&inputs, &Metrics::compute(&inputs), &Plain) else {
        panic!("nothing weighed")
    };
    let rows = t.rows.into_iter().map(|r| (r.name, r.reached, r.cells.into_iter().map(|c| c.1).collect())).collect();
    (t.columns, rows)
}

#[test]
fn offer_leads_with_one_verdict_on_the_users_own_campaign() {
    // The same $750 of cash beside the campaign's $450 of credit: without an offer $1,200 of media, 45 conversions
    // ($16.67 each); with the $500 tier's credit $1,700 of media, 63.75 conversions: 750 × 1,200 ÷ (1,700 × 45).
    assert_eq!(
        offer_lines(&partner_tiers(marketer())),
        [
            "verdict Worth it: your $750.00 of cash reaches “Spend $500.00, get $500.00”. Each conversion costs $11.76 of cash instead of $16.67 ($4.91 less), and you get 18.8 more conversions.",
            "next $750.00 more cash reaches “Spend $1,500.00, get $1,500.00”.",
        ]
    );
}

#[test]
fn offer_nothing_to_weigh() {
    let quiet = |text: &str| vec![format!("Quiet {text}")];
    assert_eq!(offer_lines(&marketer()), quiet("Add the offer's tiers to weigh them."));
    let bad_tier = Draft { tiers: vec![TierDraft::new("500", "lots")], ..marketer() };
    assert_eq!(offer_lines(&bad_tier), quiet("Correct the tiers marked above to weigh them."));
    // A new row, nothing typed in it yet: nothing is marked, so nothing asks to be corrected.
    let new_row = Draft { tiers: vec![TierDraft::new("500", "500"), TierDraft::new("", "")], ..marketer() };
    assert_eq!(offer_lines(&new_row), quiet("Enter each tier's spend and credit to weigh them."));
    let bad_window = Draft { offer_window: "soon".into(), ..partner_tiers(marketer()) };
    assert_eq!(offer_lines(&bad_window), quiet("Correct the fields marked above to weigh the offer."));
}

#[test]
fn offer_cash_that_is_not_known_is_never_zero() {
    // Planned spend 600, Ad credits not a number, no cash typed: the cash that counts is unknown.
    let draft = Draft { spend: "600".into(), credits: "abc".into(), ..partner_tiers(Draft::default()) };
    assert_eq!(offer_lines(&draft), ["verdict The cash that counts toward X: — check Ad credits."]);
}

#[test]
fn offer_reached_none_some_and_all() {
    let cash = |c: &str| offer_lines(&Draft { offer_cash: c.into(), ..partner_tiers(marketer()) });
    // No tier reached: the lead weighs the next one, paying the cent it misses.
    assert_eq!(
        cash("99.99"),
        ["verdict Worth it: $0.01 more cash reaches “Spend $100.00, get $100.00”. Each conversion then costs $4.10 of cash instead of $4.85 ($0.75 less), and you get 3.8 more conversions."]
    );
    assert_eq!(cash("2000").len(), 1, "the largest tier reached: nothing next");
    // The seed: the credits pay for everything, so no cash counts.
    assert_eq!(
        offer_lines(&partner_tiers(Draft::default())),
        [
            "verdict You pay no cash here, and only cash counts toward X: no tier is reached.",
            "next $100.00 more cash reaches “Spend $100.00, get $100.00”.",
        ]
    );
}

#[test]
fn offer_next_tier_with_a_window() {
    let draft = Draft { offer_cash: "700".into(), offer_window: "30".into(), ..partner_tiers(Draft::default()) };
    assert_eq!(
        offer_lines(&draft),
        [
            "verdict Worth it: your $700.00 of cash reaches “Spend $500.00, get $500.00”. Each conversion costs $0.11 of cash instead of $0.18 ($0.07 less), and you get 2,500 more conversions.",
            "next $800.00 more cash reaches “Spend $1,500.00, get $1,500.00”. Your $100.00 of credits are spent first, so its $1,500.00 within 30 days takes $53.33 of spend a day.",
        ]
    );
    let no_days = Draft { offer_window: "0".into(), ..draft.clone() };
    assert_eq!(
        offer_lines(&no_days)[1],
        "next $800.00 more cash reaches “Spend $1,500.00, get $1,500.00”. Within 0 days: — no days in the window."
    );
    // The lead is a tier not reached yet: its pace follows, and nothing repeats the cash it misses.
    let short = Draft { offer_cash: "50".into(), ..draft };
    assert_eq!(
        offer_lines(&short)[1],
        "next To reach it: your $100.00 of credits are spent first, so its $100.00 within 30 days takes $6.67 of spend a day."
    );
}

#[test]
fn offer_table_is_on_the_users_campaign_and_labels_the_offers_own_discount() {
    let (columns, rows) = offer_table(&partner_tiers(marketer()));
    assert_eq!(columns, ["Cash you pay", "Cash per conversion", "More conversions", "The offer's own discount"]);
    assert_eq!(
        rows.iter().map(|r| r.2.clone()).collect::<Vec<_>>(),
        [
            ["$750.00", "$15.38", "3.8", "50.00%"],
            ["$750.00", "$11.76", "18.8", "50.00%"],
            ["$1,500.00", "$11.59", "84.4", "50.00%"],
        ],
        "the tier above the cash is weighed paying its X: 1,500 × 1,200 ÷ ((450 + 1,500 + 1,500) × 45)"
    );
    let (columns, rows) = offer_table(&Draft { offer_used: "60".into(), ..partner_tiers(marketer()) });
    assert_eq!(
        columns,
        [
            "Cash you pay",
            "Cash per conversion",
            "More conversions",
            "The offer's own discount, all credit used",
            "The offer's own discount, 60% used"
        ]
    );
    assert_eq!(rows[0].2, ["$750.00", "$15.87", "2.3", "50.00%", "37.50%"]);
    assert!(!rows[0].1 && rows[1].1 && !rows[2].1, "one tier is awarded: the largest the cash reaches");
    let (_, rows) = offer_table(&Draft { conversions: "0".into(), ..partner_tiers(marketer()) });
    assert_eq!(rows[0].2[1], "— no conversions yet");
}

#[test]
fn offer_in_rupiah_is_one_basis_top_to_bottom() {
    // Issue 19's case: Rp 1.500.000 of credits, Rp 850.000 of cash, "spend 500.000, get 500.000". Every figure is on
    // the campaign with its credits: without the offer Rp 8,854 a conversion, with it Rp 7,301.
    let draft = Draft {
        currency: Currency::Idr,
        credits: "1500000".into(),
        spend: "2350000".into(),
        impressions: "1000000".into(),
        clicks: "10000".into(),
        conversions: "96".into(),
        tiers: vec![TierDraft::new("500000", "500000")],
        ..Draft::default()
    };
    assert_eq!(
        offer_lines(&draft),
        ["verdict Worth it: your IDR 850,000 of cash reaches “Spend IDR 500,000, get IDR 500,000”. Each conversion costs IDR 7,301 of cash instead of IDR 8,854 (IDR 1,553 less), and you get 20.4 more conversions."]
    );
    assert_eq!(offer_table(&draft).1[0].2, ["IDR 850,000", "IDR 7,301", "20.4", "50.00%"]);
}

#[test]
fn offer_verdict_words() {
    let tier = Offer { spend: d("500"), credit: d("500") };
    let w = |v: Verdict| v.words(&Plain, Currency::Usd);
    assert_eq!(
        w(Verdict::CashUnknown(Undefined::Invalid(Field::Spend))),
        "The cash that counts toward X: — check Total spend."
    );
    assert_eq!(
        w(Verdict::Undecided { tier, why: Undefined::NoConversions }),
        "Whether “Spend $500.00, get $500.00” pays: — no conversions yet."
    );
    let lead = |outcome, with: &str| Verdict::Lead {
        outcome,
        tier,
        cash: d("300"),
        extra: d("200"),
        with: d(with),
        without: d("2.00"),
        gained: adcredit_core::Ratio::from(d("1")),
    };
    assert_eq!(
        w(lead(Outcome::NotWorth, "2.50")),
        "Not worth it per conversion: $200.00 more cash reaches “Spend $500.00, get $500.00”, but each conversion then costs $2.50 of cash instead of $2.00 ($0.50 more), for 1 more conversion."
    );
    assert_eq!(
        w(lead(Outcome::Same, "2.00")),
        "No better per conversion: $200.00 more cash reaches “Spend $500.00, get $500.00”, and each conversion then still costs $2.00 of cash, for 1 more conversion."
    );
    assert_eq!(lead(Outcome::NotWorth, "2.50").tone(), Tone::Warning);
    assert_eq!(
        w(Verdict::Pace { tier, days: 10, daily: Ok(adcredit_core::Ratio::from(d("50"))), credits: None }),
        "To reach it: its $500.00 within 10 days is $50.00 a day."
    );
    assert_eq!(
        Verdict::NoCash.words(&Plain, Currency::Jpy),
        "You pay no cash here, and only cash counts toward X: no tier is reached."
    );
}

fn grant(source: Source, amount: &str, received: &str, expires: &str) -> GrantDraft {
    GrantDraft::new(source, amount, received, expires)
}

fn wallet_lines(draft: &Draft, today: &str) -> Vec<String> {
    let r = wallet::report(&draft.parse(), day(today), &Plain);
    let figures = r.figures.iter().map(|f| format!("{} {}", f.label, f.value));
    let notes = |n: &Note| format!("{:?} {}", n.tone, n.text);
    figures.chain(r.lasting.iter().map(notes)).chain(r.order).chain(r.notes.iter().map(notes)).collect()
}

#[test]
fn wallet_nothing_to_show() {
    assert_eq!(
        wallet_lines(&Draft::default(), "2026-11-25"),
        ["Quiet Add the credits you hold to see what is available and when it expires."]
    );
    let bad = Draft { grants: vec![grant(Source::Coupon, "x", "2026-11-25", "")], ..Draft::default() };
    assert_eq!(wallet_lines(&bad, "2026-11-25"), ["Quiet Correct the credits marked above to see the totals."]);
    let no_budget = Draft { grants: vec![grant(Source::Coupon, "50", "2026-11-25", "")], ..Draft::default() };
    assert_eq!(
        wallet_lines(&no_budget, "2026-11-25"),
        [
            "Available today $50.00",
            "Expiring within 7 days $0.00",
            "Expiring within 30 days $0.00",
            "Quiet Enter a daily budget (the campaign's or an ad group's) to see how long your credits last.",
            // $50 to spend in the 91 days from today through 2027-02-23: $0.549… a day, rounded up.
            "Plain $0.55 a day uses all of your credits by 2027-02-23.",
        ]
    );
    let zero_budget = Draft { campaign_daily: "0".into(), ..no_budget.clone() };
    assert_eq!(
        wallet_lines(&zero_budget, "2026-11-25")[3],
        "Quiet Enter a daily budget (the campaign's or an ad group's) to see how long your credits last."
    );
    let expired = Draft { grants: vec![grant(Source::Coupon, "50", "2026-08-01", "2026-11-24")], ..Draft::default() };
    assert_eq!(wallet_lines(&expired, "2026-11-25").len(), 4, "nothing left to spend: no daily budget to suggest");
}

#[test]
fn wallet_two_grants_one_expires_before_the_budget_reaches_it() {
    let draft = Draft {
        grants: vec![
            grant(Source::Promotional, "100", "2026-11-25", ""),
            grant(Source::Coupon, "400", "2026-11-25", "2026-11-30"),
        ],
        campaign_daily: "50".into(),
        ..Draft::default()
    };
    assert_eq!(
        wallet_lines(&draft, "2026-11-25"),
        [
            "Available today $500.00",
            "Expiring within 7 days $400.00",
            "Expiring within 30 days $400.00",
            "Plain At $50.00 a day, your credits cover 8 days: in full through 2026-12-02, with cash from 2026-12-03.",
            "Credit 2 (Coupon): $300.00 of $400.00 spent; last day to use 2026-11-30.",
            "Credit 1 (Promotional offer): $100.00 of $100.00 spent; last day to use 2027-02-23.",
            "Warning $100.00 of credit 2 (Coupon) expires unused after its last day, 2026-11-30: the budget does not reach it in time.",
            // $400 in the 6 days through 2026-11-30 is $66.666… a day: $66.67 spends the coupon by then, and the
            // promotional credit's $100 by 2026-12-02.
            "Plain $66.67 a day uses all of your credits by 2026-12-02.",
        ]
    );
}

#[test]
fn wallet_expired_credits_count_for_nothing() {
    let draft = Draft {
        grants: vec![grant(Source::Other, "75", "2026-08-01", "2026-11-25")],
        campaign_daily: "50".into(),
        ..Draft::default()
    };
    // The day after its expiry date a credit has expired.
    assert_eq!(
        wallet_lines(&draft, "2026-11-26"),
        [
            "Available today $0.00",
            "Expiring within 7 days $0.00",
            "Expiring within 30 days $0.00",
            "Plain None of these credits can be spent from today.",
            "Credit 1 (Other): expired; its last day was 2026-11-25.",
        ]
    );
    // On its expiry date it can still be used: that date is its last day.
    assert_eq!(
        &wallet_lines(&draft, "2026-11-25")[..5],
        [
            "Available today $75.00",
            "Expiring within 7 days $75.00",
            "Expiring within 30 days $75.00",
            "Plain At $50.00 a day, your credits cover 1 day: in full through 2026-11-25, with cash from 2026-11-26.",
            "Credit 1 (Other): $50.00 of $75.00 spent; last day to use 2026-11-25.",
        ]
    );
    assert_eq!(
        wallet_lines(&draft, "2026-11-24")[3],
        "Plain At $50.00 a day, your credits cover 1.5 days: in full through 2026-11-24, with cash from 2026-11-25."
    );
}

#[test]
fn wallet_timeline_of_a_campaign_with_a_plan_budget() {
    // The marketer's case: $300 promotional expiring in 30 days, a $150 referral coupon expiring in 10, and a planned
    // $1,200 campaign at $60 a day. The coupon goes first; $450 of credit is 7.5 days of budget.
    let draft = Draft {
        grants: vec![
            grant(Source::Promotional, "300", "2026-11-25", "2026-12-25"),
            grant(Source::Referral, "150", "2026-11-25", "2026-12-05"),
        ],
        campaign_daily: "60".into(),
        budget: "1200".into(),
        ..Draft::default()
    };
    assert_eq!(
        &wallet_lines(&draft, "2026-11-25")[3..],
        [
            "Plain At $60.00 a day, your credits cover 7.5 days: in full through 2026-12-01, with cash from 2026-12-02.",
            "Credit 2 (Referral): $150.00 of $150.00 spent; last day to use 2026-12-05.",
            "Credit 1 (Promotional offer): $300.00 of $300.00 spent; last day to use 2026-12-25.",
            "Plain The $1,200.00 campaign runs 20 days at $60.00 a day, through 2026-12-14.",
            "Plain Nothing expires unused.",
            // $450 in the 31 days through 2026-12-25 is $14.516… a day.
            "Plain $14.52 a day uses all of your credits by 2026-12-25.",
        ]
    );
    // With a plan, its Budget is the campaign, whatever the calculator's Total spend (an earlier campaign's).
    let planned = Draft { spend: "300".into(), ..draft.clone() };
    assert_eq!(wallet_lines(&planned, "2026-11-25"), wallet_lines(&draft, "2026-11-25"));
    // Without a plan, the calculator's Total spend is the campaign the credits pay for.
    let typed = Draft { budget: String::new(), spend: "300".into(), ..draft.clone() };
    assert_eq!(
        &wallet_lines(&typed, "2026-11-25")[6..],
        [
            "Plain The $300.00 campaign runs 5 days at $60.00 a day, through 2026-11-29.",
            "Warning $150.00 of credit 1 (Promotional offer) expires unused after its last day, 2026-12-25: the campaign ends first.",
            "Plain $14.52 a day uses all of your credits by 2026-12-25."
        ]
    );
    // A $300 campaign ends before the credits do: they cover all of it, and the rest expires unused.
    let short = Draft { budget: "300".into(), ..draft.clone() };
    assert_eq!(
        &wallet_lines(&short, "2026-11-25")[3..4],
        ["Plain At $60.00 a day, your credits cover 5 days: all of the campaign."]
    );
    assert_eq!(
        &wallet_lines(&short, "2026-11-25")[7..],
        [
            "Warning $150.00 of credit 1 (Promotional offer) expires unused after its last day, 2026-12-25: the campaign ends first.",
            "Warning The plan's $300.00 budget is less than the $450.00 of credits you can still use: $150.00 expires unused whatever the daily budget.",
        ]
    );
    // Less than a day of budget: cash from today.
    let small = Draft { campaign_daily: "1000".into(), ..draft };
    assert_eq!(
        wallet_lines(&small, "2026-11-25")[3],
        "Plain At $1,000.00 a day, your credits cover 0.45 days, so cash pays from 2026-11-25."
    );
}

#[test]
fn wallet_campaign_words() {
    use adcredit_core::report::wallet::campaign;
    let w = |s: Said| s.words(&Plain, Currency::Usd);
    assert_eq!(
        w(campaign(d("50"), d("60"), day("2026-11-25"))),
        "The $50.00 campaign runs 1 day at $60.00 a day, through 2026-11-25."
    );
    assert_eq!(
        w(campaign(d("1000000000000"), d("0.01"), 0)),
        "The $1,000,000,000,000.00 campaign runs more than ten years at $0.01 a day."
    );
}

#[test]
fn wallet_more_than_one_credit_expiring_unused_adds_up() {
    let draft = Draft {
        grants: vec![
            grant(Source::Coupon, "400", "2026-11-25", "2026-11-27"),
            grant(Source::Referral, "300", "2026-11-25", "2026-11-28"),
        ],
        campaign_daily: "100".into(),
        ..Draft::default()
    };
    let lines = wallet_lines(&draft, "2026-11-25");
    assert_eq!(
        &lines[6..],
        [
            "Warning $100.00 of credit 1 (Coupon) expires unused after its last day, 2026-11-27: the budget does not reach it in time.",
            "Warning $200.00 of credit 2 (Referral) expires unused after its last day, 2026-11-28: the budget does not reach it in time.",
            "Warning In all, $300.00 expires unused.",
            // $400 by 2026-11-27 is $133.33 a day; with the referral's $300 by 2026-11-28, $700 in 4 days: $175.
            "Plain $175.00 a day uses all of your credits by 2026-11-28.",
        ]
    );
}

#[test]
fn wallet_an_ad_group_budget_counts_when_it_is_the_only_daily_budget() {
    let draft = Draft {
        grants: vec![grant(Source::Coupon, "100", "2026-11-25", "2026-12-31")],
        ad_group_daily: "20".into(),
        ..Draft::default()
    };
    assert_eq!(
        wallet_lines(&draft, "2026-11-25")[3],
        "Plain At $20.00 a day, your credits cover 5 days: in full through 2026-11-29, with cash from 2026-11-30."
    );
    let both = Draft { campaign_daily: "50".into(), ..draft.clone() };
    assert_eq!(
        wallet_lines(&both, "2026-11-25")[3],
        "Plain At $50.00 a day, your credits cover 2 days: in full through 2026-11-26, with cash from 2026-11-27.",
        "the campaign's budget caps what its ad groups spend"
    );
    let unreadable = Draft { campaign_daily: "lots".into(), ..draft };
    assert_eq!(
        wallet_lines(&unreadable, "2026-11-25")[3],
        "Quiet Enter a daily budget (the campaign's or an ad group's) to see how long your credits last.",
        "a campaign budget that does not read is not replaced by the ad group's"
    );
}

#[test]
fn wallet_the_daily_budget_that_uses_every_credit() {
    use adcredit_core::report::wallet::needed;
    use adcredit_core::wallet::Grant;
    let w = |s: Said, currency| s.words(&Plain, currency);
    // Rp 1.500.000 usable for 31 days through 31 December: Rp 48,387.096… a day, rounded up to the minor unit.
    let idr = [Grant {
        source: Source::Referral,
        amount: d("1500000"),
        received: day("2026-12-01"),
        expires: day("2026-12-31"),
    }];
    let said = needed(&idr, day("2026-12-01"), None, Currency::Idr).unwrap();
    assert_eq!(said, Said::UsesAll { daily: d("48387.10"), by: day("2026-12-31") });
    assert_eq!(w(said, Currency::Idr), "IDR 48,387.10 a day uses all of your credits by 2026-12-31.");
    assert_eq!(needed(&idr, day("2027-01-01"), None, Currency::Idr), None, "expired: nothing to spend");
    assert_eq!(
        needed(&idr, day("2026-12-01"), Some(d("1500000")), Currency::Idr),
        Some(Said::UsesAll { daily: d("48387.10"), by: day("2026-12-31") }),
        "a plan budget as large as the credits leaves the answer as it is"
    );
}

#[test]
fn wallet_sentence_words() {
    let w = |s: Said| s.words(&Plain, Currency::Usd);
    assert_eq!(w(Said::TooLarge), "These amounts are too large to add up.");
    assert_eq!(w(Said::TotalUnused(d("0.5"))), "In all, $0.50 expires unused.");
}

fn message(draft: Draft, field: Field) -> Option<(Tone, String)> {
    let inputs = draft.parse();
    field_message(&draft, &inputs, &Metrics::compute(&inputs), field, &Plain).map(|n| (n.tone, n.text))
}

#[test]
fn field_messages() {
    assert_eq!(message(Draft::default(), Field::Clicks), None);
    assert_eq!(
        message(Draft { clicks: "abc".into(), ..Draft::default() }, Field::Clicks),
        Some((Tone::Error, "That is not a number. Use digits, e.g. 1,234.50.".into()))
    );
    assert_eq!(
        message(Draft { clicks: "60000".into(), ..Draft::default() }, Field::Clicks),
        Some((Tone::Warning, "More clicks than impressions: is there a typing mistake?".into()))
    );
    assert_eq!(
        message(Draft { conversions: "2001".into(), ..Draft::default() }, Field::Conversions),
        Some((Tone::Quiet, "More conversions than clicks: fine if view-through conversions are counted.".into()))
    );
}

#[test]
fn what_was_typed_is_read_back_when_it_is_not_plain() {
    let read = |field, text: &str| {
        let mut draft = Draft::default();
        *draft.text_mut(field) = text.into();
        message(draft, field)
    };
    let quiet = |text: &str| Some((Tone::Quiet, text.to_string()));
    assert_eq!(read(Field::Credits, "12k"), quiet("= $12,000.00"));
    assert_eq!(read(Field::Credits, "1,5"), quiet("= $1.50"));
    assert_eq!(read(Field::Impressions, "1.2M"), quiet("= 1,200,000"));
    assert_eq!(read(Field::Impressions, "50 000"), quiet("= 50,000"));
    // Plain digits, or text that already reads as written, need no echo.
    assert_eq!(read(Field::Credits, "100"), None);
    assert_eq!(read(Field::Credits, "100.5"), None);
    assert_eq!(read(Field::Credits, "$1,200.00"), None);
    assert_eq!(read(Field::Impressions, "50,000"), None);
    assert_eq!(read(Field::Credits, "$100"), quiet("= $100.00"));
}

#[test]
fn a_currency_sign_that_is_not_the_scenarios_is_a_warning() {
    let warn = |text: &str| Some((Tone::Warning, text.to_string()));
    let credits =
        |text: &str, currency| message(Draft { credits: text.into(), currency, ..Draft::default() }, Field::Credits);
    assert_eq!(
        credits("1.234,56 €", Currency::Usd),
        warn("This scenario is in USD: € is ignored, and this reads as $1,234.56.")
    );
    assert_eq!(
        credits("EUR 100", Currency::Usd),
        warn("This scenario is in USD: EUR is ignored, and this reads as $100.00.")
    );
    assert_eq!(
        credits("£5", Currency::Eur),
        warn("This scenario is in EUR: £ is ignored, and this reads as EUR 5.00.")
    );
    assert_eq!(credits("$5", Currency::Jpy), warn("This scenario is in JPY: $ is ignored, and this reads as JPY 5."));
    assert_eq!(credits("$5", Currency::Cad), Some((Tone::Quiet, "= CAD 5.00".into())), "$ is a Canadian dollar too");
    assert_eq!(credits("100 €", Currency::Eur), Some((Tone::Quiet, "= EUR 100.00".into())));
}

#[test]
fn the_results_say_which_amount_they_are_on() {
    let basis = |draft: Draft| {
        let inputs = draft.parse();
        results_basis(&inputs, &Metrics::compute(&inputs), &Plain).text
    };
    assert_eq!(basis(Draft::default()), "On $100.00 of credits, which paid for everything (no total spend given).");
    assert_eq!(basis(marketer()), "On a total spend of $1,200.00: $450.00 of credits and $750.00 of cash.");
    assert_eq!(
        basis(Draft { spend: "60".into(), ..Draft::default() }),
        "On a total spend of $60.00, all of it paid with credits."
    );
    assert_eq!(
        basis(Draft { spend: "x".into(), ..Draft::default() }),
        "On a spend that is not known yet — check Total spend."
    );
    assert_eq!(
        basis(Draft { credits: "x".into(), ..Draft::default() }),
        "On a spend that is not known yet — check Ad credits."
    );
    // The spend is typed: the results on it still show, and only the credit and cash split is not known.
    assert_eq!(
        basis(Draft { credits: "x".into(), ..marketer() }),
        "On a total spend of $1,200.00; how much of it credits paid is not known — check Ad credits."
    );
}

#[test]
fn ad_credits_meet_the_wallet() {
    use adcredit_core::report::calculator::credits_hint;
    let hint = |credits: &str, grants: Vec<GrantDraft>| {
        credits_hint(&Draft { credits: credits.into(), grants, ..Draft::default() }.parse(), day("2026-11-25"), &Plain)
    };
    let wallet =
        || vec![grant(Source::Promotional, "300", "2026-11-25", ""), grant(Source::Referral, "650", "2026-11-25", "")];
    assert_eq!(hint("450", vec![]), None, "no wallet");
    assert_eq!(hint("450", vec![grant(Source::Coupon, "x", "2026-11-25", "")]), None, "a wallet that does not read");
    let less = hint("450", wallet()).unwrap();
    assert_eq!(less.use_available, Some(("Use the $950.00 available today".into(), "950".into())));
    assert_eq!(less.note, None, "less than the wallet holds is fine");
    let more = hint("1000", wallet()).unwrap();
    assert_eq!(more.note.map(|n| n.text).as_deref(), Some("More than your wallet holds: $950.00 available today."));
    assert_eq!(
        hint("950", wallet()).unwrap(),
        adcredit_core::report::calculator::CreditsHint { use_available: None, note: None }
    );
}

#[test]
fn what_counts_as_unsaved_work() {
    use adcredit_core::report::saved::unsaved_work;
    use adcredit_core::SaveState;
    assert!(!unsaved_work(&Draft::default(), SaveState::New), "the example");
    assert!(!unsaved_work(&Draft::cleared(Currency::Eur), SaveState::New), "an empty calculator");
    assert!(unsaved_work(&marketer(), SaveState::New));
    assert!(unsaved_work(&marketer(), SaveState::Changed));
    assert!(!unsaved_work(&marketer(), SaveState::Saved));
    let cleared = Draft::cleared(Currency::Usd);
    assert!(Field::ALL.iter().all(|f| cleared.text(*f).is_empty()) && cleared.grants.is_empty());
}

#[test]
fn results_headings() {
    assert_eq!(results_heading(&Draft::default().parse()), "What your credits bought");
    assert_eq!(results_heading(&marketer().parse()), "What your spend bought");
}

#[test]
fn plain_format() {
    assert_eq!(Plain.money(d("1234567.5"), Currency::Usd), "$1,234,567.5");
    assert_eq!(Plain.money(d("-0.05"), Currency::Usd), "-$0.05");
    assert_eq!(Plain.amount(d("100"), Currency::Eur), "EUR 100.00");
    assert_eq!(Plain.value(Err(Undefined::NoClicks), adcredit_core::Unit::Money, Currency::Usd), "— no clicks yet");
}

#[test]
fn saved_scenario_panel_says() {
    use adcredit_core::library::{Library, Saved};
    use adcredit_core::report::saved::{copy_name, name_or, new_name, summary, Said};
    use adcredit_core::schema::Problem;
    use adcredit_core::Scenario;
    let saved = |name: &str, spend: Option<&str>| Saved {
        id: name.into(),
        name: name.into(),
        scenario: Scenario { spend: spend.map(d), ..Scenario::simple(Currency::Usd, d("100"), 50_000, 2_000, 500) },
        created: 0,
        updated: 0,
    };
    let two = [saved("A", None), saved("B", None)];
    assert_eq!(Said::NotSaved.to_string(), "Not saved: fix the fields marked above first.");
    assert_eq!(Said::Saved("Q4").to_string(), "Saved “Q4”.");
    assert_eq!(Said::Opened("Q4").to_string(), "Opened “Q4”.");
    assert_eq!(Said::Renamed("Q4").to_string(), "Renamed to “Q4”.");
    assert_eq!(Said::Duplicated("Q4 (copy)").to_string(), "Duplicated as “Q4 (copy)”.");
    assert_eq!(Said::Deleted(&two[..1]).to_string(), "Deleted “A”.");
    assert_eq!(Said::Deleted(&two).to_string(), "Deleted 2 scenarios.");
    assert_eq!(Said::Restored(1).to_string(), "Restored the scenario.");
    assert_eq!(Said::Restored(2).to_string(), "Restored 2 scenarios.");
    assert_eq!(
        Said::NotImported { file: "x.json", problem: Problem::Unreadable }.to_string(),
        "Could not import “x.json”: it is not a saved-scenarios file this calculator can read. Nothing was changed."
    );
    use adcredit_core::report::saved::Replacement;
    assert_eq!(
        Said::Replaced(Replacement::Opened("Q4")).to_string(),
        "Opened “Q4”. The inputs you had not saved were replaced: Undo brings them back."
    );
    assert_eq!(
        Said::Replaced(Replacement::Link).to_string(),
        "Opened the shared link. The inputs you had not saved were replaced: Undo brings them back."
    );
    assert_eq!(
        Said::Replaced(Replacement::Example).to_string(),
        "Back to the example. The inputs you had not saved were replaced: Undo brings them back."
    );
    assert_eq!(
        Said::Replaced(Replacement::Cleared).to_string(),
        "Cleared every field. The inputs you had not saved were replaced: Undo brings them back."
    );
    assert_eq!(Said::InputsBack.to_string(), "Your inputs are back.");
    assert_eq!(Said::SavedFromLink(1).to_string(), "Saved the scenario from the link.");
    assert_eq!(Said::SavedFromLink(3).to_string(), "Saved the 3 scenarios from the link.");
    assert_eq!(Said::FromReport { added: 2, updated: 0 }.to_string(), "Saved 2 scenarios from the report.");
    assert_eq!(Said::FromReport { added: 1, updated: 0 }.to_string(), "Saved 1 scenario from the report.");
    assert_eq!(
        Said::FromReport { added: 0, updated: 2 }.to_string(),
        "Updated 2 saved scenarios from the report (same campaign and dates)."
    );
    assert_eq!(
        Said::FromReport { added: 1, updated: 3 }.to_string(),
        "Saved 1 new scenario and updated 3 (same campaign and dates) from the report."
    );
    assert_eq!(Said::ReportUndone.to_string(), "Undone: your saved scenarios are as they were before the import.");
    assert_eq!(
        Said::UsedAsActuals("Spring sale · Apr 1–18, 2026").to_string(),
        "The figures of “Spring sale · Apr 1–18, 2026” are in the calculator as its actual results; the plan is kept."
    );
    assert_eq!(adcredit_core::report::saved::save_imported_label(1), "Save 1 scenario");
    assert_eq!(adcredit_core::report::saved::save_imported_label(12), "Save 12 scenarios");
    assert_eq!(Said::NotRead("x.json").to_string(), "Could not read “x.json”. Nothing was changed.");
    use adcredit_core::SaveState;
    assert_eq!(
        [SaveState::New, SaveState::Saved, SaveState::Changed].map(SaveState::label),
        ["Not saved yet", "Saved", "Changed since saved"]
    );
    assert_eq!(name_or("  ", "Scenario 3"), "Scenario 3");
    assert_eq!(name_or(" Q4 ", "Scenario 3"), "Q4");
    assert_eq!(new_name(&Library { scenarios: two.to_vec() }), "Scenario 3");
    assert_eq!(copy_name("Q4"), "Q4 (copy)");
    assert_eq!(summary(&two[0], &Plain), "$100.00 credits · CPC $0.05 · per conversion $0.20");
    assert_eq!(
        summary(&saved("S", Some("600")), &Plain),
        "$100.00 credits · $600.00 spend · CPC $0.30 · per conversion $1.20"
    );
    let mut earned = saved("S", Some("600"));
    earned.scenario.revenue = Some(d("1500"));
    assert_eq!(
        summary(&earned, &Plain),
        "$100.00 credits · $600.00 spend · CPC $0.30 · per conversion $1.20 · ROAS 2.50×"
    );
}

#[test]
fn partner_tiers_are_offered_in_usd_only() {
    use adcredit_core::report::offer::partner_tiers_note;
    assert_eq!(partner_tiers_note(Currency::Usd), None);
    assert_eq!(
        partner_tiers_note(Currency::Jpy).map(|n| n.text).as_deref(),
        Some("TikTok publishes its partner tiers in US dollars only; type your offer's tiers in JPY.")
    );
    let mut yen = Draft { currency: Currency::Jpy, ..Draft::default() };
    assert_eq!(yen.add_partner_tiers(), None);
    assert!(yen.tiers.is_empty(), "never the dollar tiers relabelled");
    let mut usd = Draft::default();
    assert!(usd.add_partner_tiers().is_some());
    assert_eq!(usd.tiers.iter().map(|t| t.spend.as_str()).collect::<Vec<_>>(), ["100", "500", "1500"]);
}

mod profit {
    use super::*;
    use adcredit_core::report::profit::report;
    use adcredit_core::{evaluate, Metric};

    /// The seed example with a revenue, a margin and a target, as typed.
    fn seed(revenue: &str, margin: &str, target: &str) -> Draft {
        Draft { revenue: revenue.into(), margin: margin.into(), target_profit: target.into(), ..Draft::default() }
    }

    fn figures(draft: &Draft, metrics: &[Metric]) -> Vec<String> {
        let (_, m) = evaluate(draft);
        metrics.iter().map(|&metric| Plain.metric(&m, metric)).collect()
    }

    fn said(draft: &Draft) -> Vec<String> {
        let (_, m) = evaluate(draft);
        report(&m, &Plain).into_iter().map(|n| n.text).collect()
    }

    #[test]
    fn roas_and_revenue_per_conversion_in_the_results() {
        let results = [Metric::Roas, Metric::RevenuePerConversion];
        assert_eq!(figures(&seed("1000", "", ""), &results), ["10.00×", "$2.00"]);
        assert_eq!(figures(&seed("", "", ""), &results), ["— add revenue", "— add revenue"]);
        assert_eq!(figures(&seed("abc", "", ""), &results), ["— check Revenue", "— check Revenue"]);
        assert_eq!(figures(&seed("$1,234.56", "", ""), &results), ["12.35×", "$2.47"]);
        assert_eq!(
            figures(&Draft { conversions: "0".into(), ..seed("1000", "", "") }, &results),
            ["10.00×", "— no conversions yet"]
        );
        assert_eq!(
            figures(&Draft { spend: "0".into(), ..seed("1000", "", "") }, &results),
            ["— nothing spent", "$2.00"]
        );
        assert_eq!(figures(&seed("0.01", "", ""), &results), ["0.0001×", "$0.00002"], "never shown as zero");
        assert_eq!(figures(&seed("100000", "", ""), &[Metric::Roas]), ["1,000.00×"]);
    }

    #[test]
    fn every_figure_of_the_section() {
        use Metric::*;
        let all = [Profit, ProfitOnCash, Roi, BreakEvenRoas, BreakEvenCpa, BreakEvenCpc, TargetRoas];
        //                              profit      on cash     ROI        BE ROAS   BE CPA   max CPC  target ROAS
        let seed_40 = ["$300.00", "$400.00", "300.00%", "2.50×", "$0.80", "$0.20", "3.33×"];
        assert_eq!(figures(&seed("1000", "40", "10"), &all), seed_40, "credits paid all: spend $100, cash $0");
        let campaign = Draft { spend: "600".into(), ..seed("1000", "40", "10") };
        assert_eq!(figures(&campaign, &all), ["-$200.00", "-$100.00", "-33.33%", "2.50×", "$0.80", "$0.20", "3.33×"]);
        assert_eq!(
            figures(&seed("1000", "0", "0"), &all)[..4],
            ["-$100.00", "$0.00", "-100.00%", "— no margin to recover the spend"]
        );
        assert_eq!(
            figures(&seed("1000", "100", "25"), &all),
            ["$900.00", "$1,000.00", "900.00%", "1.00×", "$2.00", "$0.50", "1.33×"]
        );
        assert_eq!(figures(&seed("1000", "40", "40"), &[TargetRoas]), ["— the margin is not above the target"]);
        assert_eq!(figures(&seed("1000", "40", "50"), &[TargetRoas]), ["— the margin is not above the target"]);
        assert_eq!(figures(&seed("1000", "40", ""), &[TargetRoas]), ["— add a target profit"]);
        assert_eq!(figures(&seed("1000", "", ""), &all), [(); 7].map(|_| "— add a gross margin"));
        let without_revenue = [Profit, ProfitOnCash, Roi, BreakEvenCpa, BreakEvenCpc];
        assert_eq!(figures(&seed("", "40", ""), &without_revenue), [(); 5].map(|_| "— add revenue"));
        assert_eq!(figures(&seed("", "40", ""), &[BreakEvenRoas]), ["2.50×"], "needs the margin only");
        assert_eq!(figures(&seed("1000", "40.5%", ""), &[BreakEvenRoas]), ["2.47×"]);
        assert_eq!(figures(&seed("1000", "101", ""), &[BreakEvenRoas]), ["— check Gross margin (%)"]);
        let no_clicks = Draft { clicks: "0".into(), conversions: "0".into(), ..seed("1000", "40", "") };
        assert_eq!(figures(&no_clicks, &[BreakEvenCpa, BreakEvenCpc]), ["— no conversions yet", "— no clicks yet"]);
        let nothing_spent = Draft { spend: "0".into(), ..seed("1000", "40", "") };
        assert_eq!(figures(&nothing_spent, &[Profit, Roi]), ["$400.00", "— nothing spent"]);
        let yen = Draft { currency: Currency::Jpy, credits: "10000".into(), ..seed("123457", "33.33", "") };
        assert_eq!(
            figures(&yen, &[Profit, BreakEvenRoas]),
            ["JPY 31,148", "3.00×"],
            "¥41,148.22 − ¥10,000, to the yen"
        );
    }

    #[test]
    fn cash_roas_beside_gross() {
        let campaign = Draft { credits: "100".into(), spend: "600".into(), ..seed("3000", "", "") };
        assert_eq!(figures(&campaign, &[Metric::Roas, Metric::CashRoas]), ["5.00×", "6.00×"]);
        assert_eq!(figures(&seed("3000", "", ""), &[Metric::CashRoas]), ["— nothing paid"], "credits paid it all");
        assert_eq!(figures(&seed("", "", ""), &[Metric::CashRoas]), ["— add revenue"]);
    }

    #[test]
    fn verdicts() {
        let campaign =
            |spend: &str, revenue: &str, margin: &str| Draft { spend: spend.into(), ..seed(revenue, margin, "") };
        assert_eq!(said(&seed("", "", "")), ["No verdict yet: add revenue."]);
        assert_eq!(said(&seed("1000", "", "")), ["No verdict yet: add a gross margin."]);
        assert_eq!(said(&seed("1000", "x", "")), ["No verdict yet: check Gross margin (%)."]);
        assert_eq!(
            said(&Draft { spend: "x".into(), ..seed("1000", "40", "") }),
            ["No verdict yet: check Total spend."]
        );
        assert_eq!(
            said(&seed("1000", "40", "")),
            [
                "Profitable: $300.00 of profit on $100.00 of spend. ROAS 10.00× is 7.50 above the break-even ROAS of 2.50×.",
                "The credits paid for all of the spend: with no cash paid, the profit to you is $400.00."
            ]
        );
        assert_eq!(
            said(&campaign("600", "1000", "40")),
            [
                "Not profitable: a loss of $200.00 on $600.00 of spend. ROAS 1.67× is 0.83 below the break-even ROAS of 2.50×.",
                "On the $500.00 of cash you paid, the loss is $100.00: the credits covered $100.00 of the spend."
            ]
        );
        // The gap is the difference of the figures as shown (3.68 − 2.22), a plain number, not a multiple.
        let shown_gap = said(&campaign("100", "367.5", "44.95"));
        assert!(shown_gap[0].ends_with("ROAS 3.68× is 1.46 above the break-even ROAS of 2.22×."), "{}", shown_gap[0]);
        assert_eq!(
            said(&campaign("600", "1500", "40")),
            [
                "It breaks even: no profit and no loss on $600.00 of spend. ROAS 2.50× is exactly the break-even ROAS.",
                "On the $500.00 of cash you paid, the profit is $100.00: the credits added $100.00."
            ]
        );
        assert_eq!(
            said(&campaign("600", "1000", "0")),
            [
                "Not profitable: a loss of $600.00 on $600.00 of spend. With a gross margin of 0 %, no ROAS breaks even.",
                "On the $500.00 of cash you paid, the loss is $500.00: the credits covered $100.00 of the spend."
            ]
        );
        assert_eq!(
            said(&campaign("0", "1000", "40")),
            ["Profitable: $400.00 of profit on $0.00 of spend."],
            "no credit used"
        );
    }

    #[test]
    fn target_at_or_above_the_margin_is_said_under_the_target() {
        let (inputs, metrics) = evaluate(&seed("1000", "40", "40"));
        let note = field_message(&seed("1000", "40", "40"), &inputs, &metrics, Field::TargetProfit, &Plain).unwrap();
        assert_eq!(
            (note.tone, note.text.as_str()),
            (Tone::Warning, "Not below the gross margin: no ROAS reaches this profit.")
        );
        let (inputs, metrics) = evaluate(&seed("1000", "40", "39.99"));
        assert_eq!(field_message(&seed("1000", "40", "39.99"), &inputs, &metrics, Field::TargetProfit, &Plain), None);
    }

    #[test]
    fn a_margin_below_one_percent_asks_whether_a_fraction_was_meant() {
        let margin = |m: &str| {
            let draft = seed("1000", m, "");
            let (inputs, metrics) = evaluate(&draft);
            field_message(&draft, &inputs, &metrics, Field::Margin, &Plain).map(|n| (n.tone, n.text))
        };
        let warned = |text: &str| Some((Tone::Warning, text.to_string()));
        assert_eq!(margin("0.45"), warned("Below 1 %: did you mean 45 %? The margin is a percentage."));
        assert_eq!(margin("0,5"), warned("Below 1 %: did you mean 50 %? The margin is a percentage."));
        assert_eq!(margin("0.01"), warned("Below 1 %: did you mean 1 %? The margin is a percentage."));
        assert_eq!(margin("1"), None);
        assert_eq!(margin("0"), None, "0 % is a real answer (no margin), said by the figures");
    }
}

mod plausibility {
    use super::*;
    use adcredit_core::report::plausibility;
    use adcredit_core::{evaluate, Metric};

    fn said(draft: Draft, metric: Metric) -> Option<String> {
        let (_, m) = evaluate(&draft);
        plausibility(&m, metric, &Plain).map(|n| n.text)
    }

    /// A draft with these credits, impressions, clicks and conversions (so CPM = credits at 1,000 impressions).
    fn results(credits: &str, impressions: &str, clicks: &str, conversions: &str) -> Draft {
        Draft {
            credits: credits.into(),
            impressions: impressions.into(),
            clicks: clicks.into(),
            conversions: conversions.into(),
            ..Draft::default()
        }
    }

    const CPM: &str = "the typical $6.50–$10.00 for TikTok (third-party figures, 2025–\u{2060}26).";
    const CPC: &str = "the typical $0.30–$2.50 for TikTok (third-party figures, 2025–\u{2060}26).";
    const CTR: &str = "the typical 0.5%–1.5% for TikTok (third-party figures, 2025–\u{2060}26).";
    const CVR: &str = "the typical 1%–3% for TikTok (third-party figures, 2025–\u{2060}26).";

    #[track_caller]
    fn t(draft: Draft, metric: Metric, expected: Option<(&str, &str)>) {
        assert_eq!(said(draft, metric), expected.map(|(how, range)| format!("{how} {range}")));
    }

    #[test]
    fn the_seed_example_is_far_from_typical() {
        t(Draft::default(), Metric::Cpm, Some(("Far below", CPM)));
        t(Draft::default(), Metric::Cpc, Some(("Far below", CPC)));
        t(Draft::default(), Metric::Ctr, Some(("Far above", CTR)));
        t(Draft::default(), Metric::ConversionRateClicks, Some(("Far above", CVR)));
        t(Draft::default(), Metric::CostPerConversion, None);
    }

    #[test]
    fn cpm_at_and_beyond_each_edge() {
        let cpm = |credits: &str| results(credits, "1000", "10", "0");
        t(cpm("3.24"), Metric::Cpm, Some(("Far below", CPM)));
        t(cpm("3.25"), Metric::Cpm, Some(("Below", CPM)));
        t(cpm("6.49"), Metric::Cpm, Some(("Below", CPM)));
        t(cpm("6.50"), Metric::Cpm, None);
        t(cpm("10"), Metric::Cpm, None);
        t(cpm("10.01"), Metric::Cpm, Some(("Above", CPM)));
        t(cpm("20"), Metric::Cpm, Some(("Above", CPM)));
        t(cpm("20.01"), Metric::Cpm, Some(("Far above", CPM)));
    }

    #[test]
    fn cpc_at_and_beyond_each_edge() {
        let cpc = |credits: &str| results(credits, "100000", "100", "0");
        t(cpc("14.99"), Metric::Cpc, Some(("Far below", CPC)));
        t(cpc("15"), Metric::Cpc, Some(("Below", CPC)));
        t(cpc("29.99"), Metric::Cpc, Some(("Below", CPC)));
        t(cpc("30"), Metric::Cpc, None);
        t(cpc("250"), Metric::Cpc, None);
        t(cpc("250.01"), Metric::Cpc, Some(("Above", CPC)));
        t(cpc("500.01"), Metric::Cpc, Some(("Far above", CPC)));
    }

    #[test]
    fn rates_at_and_beyond_each_edge() {
        let ctr = |clicks: &str| results("100", "10000", clicks, "0");
        t(ctr("24"), Metric::Ctr, Some(("Far below", CTR)));
        t(ctr("25"), Metric::Ctr, Some(("Below", CTR)));
        t(ctr("49"), Metric::Ctr, Some(("Below", CTR)));
        t(ctr("50"), Metric::Ctr, None);
        t(ctr("150"), Metric::Ctr, None);
        t(ctr("151"), Metric::Ctr, Some(("Above", CTR)));
        t(ctr("300"), Metric::Ctr, Some(("Above", CTR)));
        t(ctr("301"), Metric::Ctr, Some(("Far above", CTR)));
        let cvr = |conversions: &str| results("100", "100000", "1000", conversions);
        t(cvr("4"), Metric::ConversionRateClicks, Some(("Far below", CVR)));
        t(cvr("9"), Metric::ConversionRateClicks, Some(("Below", CVR)));
        t(cvr("10"), Metric::ConversionRateClicks, None);
        t(cvr("30"), Metric::ConversionRateClicks, None);
        t(cvr("31"), Metric::ConversionRateClicks, Some(("Above", CVR)));
        t(cvr("61"), Metric::ConversionRateClicks, Some(("Far above", CVR)));
    }

    #[test]
    fn money_ranges_in_usd_only_rates_everywhere_and_nothing_without_a_value() {
        let euro = Draft { currency: Currency::Eur, ..Draft::default() };
        t(euro.clone(), Metric::Cpm, None);
        t(euro.clone(), Metric::Cpc, None);
        t(euro, Metric::Ctr, Some(("Far above", CTR)));
        t(results("100", "0", "0", "0"), Metric::Cpm, None);
        t(results("100", "abc", "10", "0"), Metric::Ctr, None);
    }
}

mod plan {
    use super::*;
    use adcredit_core::plan::{Forecast, Goal, Projection};
    use adcredit_core::report::plan::{budget_note, goal, projection, typical_note};

    /// The example: $1,000 at CPM $8, CTR 1 %, conversion rate 2 %, $50 per conversion.
    fn example() -> Draft {
        Draft {
            budget: "1000".into(),
            plan_cpm: "8".into(),
            plan_ctr: "1".into(),
            plan_cvr: "2".into(),
            plan_aov: "50".into(),
            ..Draft::default()
        }
    }

    fn forecast(draft: &Draft) -> Vec<String> {
        let f = Forecast::of(&draft.parse());
        Projection::ALL.iter().map(|&p| projection(&f, p, draft.currency, &Plain)).collect()
    }

    fn goals(draft: &Draft) -> Vec<String> {
        let f = Forecast::of(&draft.parse());
        Goal::ALL.iter().map(|&g| goal(&f, g, draft.currency, &Plain)).collect()
    }

    #[test]
    fn the_example_forecast() {
        //                      impressions clicks  conversions revenue      CPC      per conversion  ROAS
        assert_eq!(forecast(&example()), ["125,000", "1,250", "25", "$1,250.00", "$0.80", "$40.00", "1.25×"]);
        let thin = Draft { budget: "10".into(), ..example() };
        assert_eq!(forecast(&thin)[..4], ["1,250", "12.5", "0.25", "$12.50"], "a count keeps a decimal, never 0");
        let no_aov = Draft { plan_aov: String::new(), ..example() };
        assert_eq!(
            forecast(&no_aov)[3..],
            ["— add a revenue per conversion", "$0.80", "$40.00", "— add a revenue per conversion"]
        );
        let no_cpm = Draft { plan_cpm: String::new(), ..example() };
        assert_eq!(forecast(&no_cpm)[0], "— add an expected CPM");
        let zero_ctr = Draft { plan_ctr: "0".into(), ..example() };
        // No clicks means no conversions and no revenue (true zeros); a cost per click has no value, and says why.
        assert_eq!(
            forecast(&zero_ctr),
            ["125,000", "0", "0", "$0.00", "— Expected CTR (%) is 0", "— Expected CTR (%) is 0", "0.00×"]
        );
        let zero_cvr = Draft { plan_cvr: "0".into(), ..example() };
        assert_eq!(forecast(&zero_cvr)[4..6], ["$0.80", "— Expected conversion rate (%) is 0"]);
        let zero_cpm = Draft { plan_cpm: "0".into(), ..example() };
        assert_eq!(forecast(&zero_cpm), ["— Expected CPM is 0"; 7], "never $0.00");
        let bad = Draft { plan_ctr: "120".into(), ..example() };
        assert_eq!(forecast(&bad)[1], "— check Expected CTR (%)");
        let zero_budget = Draft { budget: "0".into(), ..example() };
        assert_eq!(forecast(&zero_budget)[4..], ["— Budget is 0"; 3]);
        assert_eq!(forecast(&zero_budget)[..4], ["0", "0", "0", "$0.00"]);
    }

    #[test]
    fn the_budget_is_the_field_else_the_spend_else_the_credits() {
        let note = |d: &Draft| budget_note(&Forecast::of(&d.parse()), d.currency, &Plain).map(|n| n.text);
        assert_eq!(note(&example()), None);
        let from_spend = Draft { budget: String::new(), spend: "600".into(), ..example() };
        assert_eq!(note(&from_spend).as_deref(), Some("Budget: the total spend above, $600.00."));
        assert_eq!(forecast(&from_spend)[0], "75,000");
        let from_credits = Draft { budget: String::new(), ..example() };
        assert_eq!(note(&from_credits).as_deref(), Some("Budget: your credits, $100.00 (no total spend is given)."));
        let bad_spend = Draft { budget: String::new(), spend: "x".into(), ..example() };
        assert_eq!(forecast(&bad_spend)[0], "— check Total spend");
    }

    #[test]
    fn solving_for_the_budget() {
        let wanted =
            Draft { goal_conversions: "100".into(), goal_revenue: "10,000".into(), goal_roas: "2".into(), ..example() };
        //                      100 conversions   $10,000 revenue   highest CPM at ROAS 2
        assert_eq!(goals(&wanted), ["$4,000.00", "$8,000.00", "$5.00"]);
        assert_eq!(
            goals(&example()),
            ["— add the conversions wanted", "— add the revenue wanted", "— add the ROAS wanted"]
        );
        let zero_ctr = Draft { plan_ctr: "0".into(), ..wanted.clone() };
        assert_eq!(goals(&zero_ctr), ["— Expected CTR (%) is 0"; 3]);
        // The first input missing in the order of the fields on screen: the rates above before the goal below.
        let no_ctr = Draft { plan_ctr: String::new(), goal_roas: String::new(), ..wanted.clone() };
        assert_eq!(goals(&no_ctr), ["— add an expected CTR"; 3]);
        let zero_cvr = Draft { plan_cvr: "0".into(), ..wanted.clone() };
        assert_eq!(goals(&zero_cvr)[0], "— Expected conversion rate (%) is 0");
        let zero_roas = Draft { goal_roas: "0".into(), ..wanted.clone() };
        assert_eq!(goals(&zero_roas)[2], "— ROAS wanted (×) is 0");
        let no_aov = Draft { plan_aov: String::new(), ..wanted.clone() };
        assert_eq!(goals(&no_aov)[1..], ["— add a revenue per conversion", "— add a revenue per conversion"]);
        let bad = Draft { goal_roas: "2.555".into(), ..wanted };
        assert_eq!(goals(&bad)[2], "— check ROAS wanted (×)");
        assert_eq!(
            bad.parse().error(Field::GoalRoas).map(|e| e.to_string()).as_deref(),
            Some("Enter a multiple from 0 to 1,000 with at most 2 decimals, e.g. 2.5.")
        );
        assert_eq!(Draft { goal_roas: "2.5×".into(), ..example() }.parse().goal_roas, Ok(Some(d("2.5"))));
    }

    #[test]
    fn the_results_rates_fill_the_plan() {
        let mut seed = Draft::default();
        let (_, metrics) = adcredit_core::evaluate(&seed);
        assert!(seed.use_result_rates(&metrics));
        assert_eq!((seed.plan_cpm.as_str(), seed.plan_ctr.as_str(), seed.plan_cvr.as_str()), ("2", "4", "25"));
        // 1.248 % of impressions clicked, 2 of 624 clicks converted: rounded as the fields read them.
        let mut odd = Draft { clicks: "624".into(), conversions: "2".into(), ..Draft::default() };
        let (_, metrics) = adcredit_core::evaluate(&odd);
        odd.use_result_rates(&metrics);
        assert_eq!((odd.plan_ctr.as_str(), odd.plan_cvr.as_str()), ("1.25", "0.32"));
        let mut none = Draft { impressions: "0".into(), clicks: "0".into(), plan_ctr: "3".into(), ..Draft::default() };
        let (_, metrics) = adcredit_core::evaluate(&none);
        assert!(!none.use_result_rates(&metrics), "no impressions: nothing to fill");
        assert_eq!(none.plan_ctr, "3", "left as it was");
    }

    #[test]
    fn typical_figures_fill_the_rates_and_in_usd_the_cpm() {
        let mut usd = Draft::default();
        assert!(usd.use_typical_rates());
        assert_eq!((usd.plan_cpm.as_str(), usd.plan_ctr.as_str(), usd.plan_cvr.as_str()), ("8", "0.9", "2"));
        let mut eur = Draft { currency: Currency::Eur, plan_cpm: "7".into(), ..Draft::default() };
        assert!(!eur.use_typical_rates());
        assert_eq!((eur.plan_cpm.as_str(), eur.plan_ctr.as_str(), eur.plan_cvr.as_str()), ("7", "0.9", "2"));
        let said = typical_note(Currency::Usd, &Plain).text;
        assert!(
            said.starts_with("Typical TikTok figures (third-party figures, 2025–\u{2060}26, from calculatecreator.com"),
            "{said}"
        );
        assert!(said.ends_with("CPM $8.00, CTR 0.9%, conversion rate 2% of clicks."), "{said}");
        assert!(typical_note(Currency::Eur, &Plain)
            .text
            .ends_with(" In EUR only the rates are filled: the typical CPM is in US dollars."));
    }

    #[test]
    fn using_the_forecast_fills_the_calculator() {
        let f = Forecast::of(&example().parse());
        let next = f.into_draft(&example()).unwrap();
        assert_eq!(
            (
                next.impressions.as_str(),
                next.clicks.as_str(),
                next.conversions.as_str(),
                next.revenue.as_str(),
                next.spend.as_str()
            ),
            ("125000", "1250", "25", "1250", "1000")
        );
        let (_, metrics) = adcredit_core::evaluate(&next);
        assert_eq!(Plain.metric(&metrics, adcredit_core::Metric::CostPerConversion), "$40.00", "the calculator agrees");
        let no_cpm = Draft { plan_cpm: String::new(), ..example() };
        assert_eq!(Forecast::of(&no_cpm.parse()).into_draft(&no_cpm), None);
        let huge = Draft { budget: "1000000000000".into(), plan_cpm: "0.01".into(), ..example() };
        assert_eq!(Forecast::of(&huge.parse()).into_draft(&huge), None, "10^17 impressions do not fit the field");
        // The forecast's count is shown with its decimal (47.1, not 47), so the revenue and cost per conversion on
        // it agree with it; what it writes keeps the planned revenue per conversion exactly.
        let rupiah = Draft {
            currency: Currency::Idr,
            budget: "1500000".into(),
            plan_cpm: "31844".into(),
            plan_ctr: "10".into(),
            plan_cvr: "1".into(),
            plan_aov: "90000".into(),
            ..Draft::cleared(Currency::Idr)
        };
        let shown = forecast(&rupiah);
        assert_eq!(shown[2], "47.1");
        let next = Forecast::of(&rupiah.parse()).into_draft(&rupiah).unwrap();
        assert_eq!((next.conversions.as_str(), next.revenue.as_str()), ("47", "4230000"));
        let (_, metrics) = adcredit_core::evaluate(&next);
        assert_eq!(Plain.metric(&metrics, adcredit_core::Metric::RevenuePerConversion), "IDR 90,000");
        let from_credits = Draft { budget: String::new(), plan_aov: String::new(), revenue: "5".into(), ..example() };
        let next = Forecast::of(&from_credits.parse()).into_draft(&from_credits).unwrap();
        assert_eq!((next.spend.as_str(), next.revenue.as_str(), next.impressions.as_str()), ("", "", "12500"));
    }
}

mod compare {
    use super::*;
    use adcredit_core::report::compare::{bars, funnel, table, Compared, What};
    use adcredit_core::Metric;

    fn scenario(name: &str, draft: Draft) -> Compared {
        Compared { name: name.into(), scenario: draft.parse().scenario().unwrap() }
    }

    fn seed() -> Compared {
        scenario("Seed", Draft { revenue: "1000".into(), ..Draft::default() })
    }

    fn campaign() -> Compared {
        scenario(
            "Campaign",
            Draft {
                spend: "600".into(),
                impressions: "300000".into(),
                clicks: "6000".into(),
                revenue: "3000".into(),
                ..Draft::default()
            },
        )
    }

    /// A row as "text*" (* = marked best), one cell per scenario.
    fn row(compared: &[Compared], what: What) -> Vec<String> {
        let t = table(compared, &Plain);
        let row = t.rows.iter().find(|r| r.what == what).unwrap();
        row.cells.iter().map(|c| format!("{}{}", c.text, if c.best { "*" } else { "" })).collect()
    }

    #[test]
    fn the_best_of_each_row_lower_for_costs_higher_for_rates() {
        let two = [seed(), campaign()];
        assert_eq!(row(&two, What::Metric(Metric::Cpc)), ["$0.05*", "$0.10"]);
        assert_eq!(row(&two, What::Metric(Metric::Cpm)), ["$2.00", "$2.00"], "all equal: no best");
        assert_eq!(row(&two, What::Metric(Metric::Ctr)), ["4.00%*", "2.00%"]);
        assert_eq!(row(&two, What::Metric(Metric::Roas)), ["10.00×*", "5.00×"]);
        assert_eq!(
            row(&two, What::Metric(Metric::CashRoas)),
            ["— nothing paid", "6.00×"],
            "one value: nothing to rank"
        );
        assert_eq!(row(&two, What::Spend), ["$100.00", "$600.00"], "inputs are not ranked");
        assert_eq!(row(&two, What::Metric(Metric::Profit)), ["— add a gross margin", "— add a gross margin"]);
        assert_eq!(table(&two, &Plain).names, ["Seed", "Campaign"]);
        assert_eq!(table(&two, &Plain).notes, []);
    }

    #[test]
    fn mixed_currencies_are_shown_each_in_its_own_and_not_ranked() {
        let euro = scenario("Euro", Draft { currency: Currency::Eur, credits: "50".into(), ..Draft::default() });
        let mixed = [seed(), euro];
        assert_eq!(row(&mixed, What::Metric(Metric::Cpc)), ["$0.05", "EUR 0.03"]);
        assert_eq!(
            row(&mixed, What::Metric(Metric::Ctr)),
            ["4.00%", "4.00%"],
            "rates compare across currencies; equal: no best"
        );
        let t = table(&mixed, &Plain);
        assert_eq!(t.notes.len(), 1);
        assert_eq!(t.notes[0].text, "These scenarios are in different currencies (EUR, USD): amounts are shown each in its own currency and not ranked; nothing is converted.");
        assert_eq!(bars(&mixed, What::Metric(Metric::Cpc), &Plain), None, "no money chart across currencies");
        assert!(bars(&mixed, What::Metric(Metric::Ctr), &Plain).is_some());
    }

    #[test]
    fn picking_fewer_than_two_asks_for_more_and_more_than_four_are_cut() {
        assert_eq!(table(&[seed()], &Plain).notes[0].text, "Pick two to four scenarios to compare.");
        let five = [seed(), campaign(), seed(), campaign(), seed()];
        assert_eq!(table(&five, &Plain).names.len(), 4);
    }

    #[test]
    fn bars_and_funnels_are_proportional() {
        let two = [seed(), campaign()];
        let cpc = bars(&two, What::Metric(Metric::Cpc), &Plain).unwrap();
        assert_eq!(
            cpc.iter().map(|b| (b.text.as_str(), b.per_mille)).collect::<Vec<_>>(),
            [("$0.05", 500), ("$0.10", 1000)]
        );
        let no_clicks = scenario("None", Draft { clicks: "0".into(), ..Draft::default() });
        let with_none = bars(&[seed(), no_clicks], What::Metric(Metric::Cpc), &Plain).unwrap();
        assert_eq!((with_none[1].text.as_str(), with_none[1].per_mille), ("— no clicks yet", 0));
        let f = funnel(&seed().scenario, &Plain);
        assert_eq!(
            f.map(|(label, text, w)| format!("{label} {text} {w}")),
            ["Impressions 50,000 1000", "Clicks 2,000 40", "Conversions 500 10"]
        );
        let loss = [
            scenario("A", Draft { revenue: "10".into(), margin: "50".into(), ..Draft::default() }),
            scenario("B", Draft { revenue: "400".into(), margin: "50".into(), ..Draft::default() }),
        ];
        let profit = bars(&loss, What::Metric(Metric::Profit), &Plain).unwrap();
        assert_eq!(
            profit.iter().map(|b| (b.text.as_str(), b.per_mille)).collect::<Vec<_>>(),
            [("-$95.00", 0), ("$100.00", 1000)]
        );
    }
}

/// The line under an empty "Last day to use" field.
fn expiry_hint(draft: &Draft, row: usize) -> String {
    use adcredit_core::rows::{row_message, List, Part, RowField};
    let at = RowField { list: List::Grants, row, part: Part::Expires };
    row_message(draft, &draft.parse(), at, false, &Plain).unwrap().text
}

#[test]
fn the_expiry_date_is_the_last_day_it_can_be_used_everywhere() {
    use adcredit_core::rows::Part;
    assert_eq!(Part::Expires.label(), "Last day to use");
    let draft = Draft {
        grants: vec![grant(Source::Referral, "150", "2026-12-01", "")],
        campaign_daily: "1".into(),
        ..Draft::default()
    };
    // 90 days after 1 December 2026 is 1 March 2027: the hint and the list name that same day. Usable from the day
    // received through that day: 91 days of $1.
    assert_eq!(expiry_hint(&draft, 0), "Empty: 90 days after it was received, so the last day is 2027-03-01.");
    assert_eq!(
        wallet_lines(&draft, "2026-12-01")[4],
        "Credit 1 (Referral): $91.00 of $150.00 spent; last day to use 2027-03-01."
    );
    assert_eq!(
        wallet_lines(&draft, "2026-12-01")[5],
        "Warning $59.00 of credit 1 (Referral) expires unused after its last day, 2027-03-01: the budget does not reach it in time."
    );
    let no_date = Draft { grants: vec![grant(Source::Referral, "150", "", "")], ..Draft::default() };
    assert_eq!(expiry_hint(&no_date, 0), "Empty: the last day is 90 days after it was received.");
}
