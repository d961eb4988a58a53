//! "Add to calendar": which events a wallet gives and their words, one line each, written with `Plain`.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use adcredit_core::report::calendar::{calendar, events, file_name, Said, Which};
use adcredit_core::report::Plain;
use adcredit_core::wallet::{parse_date, Source};
use adcredit_core::{Currency, Draft, GrantDraft};

fn day(iso: &str) -> i64 {
    parse_date(iso).unwrap()
}

const LINK: &str = "https://adcredit.example/#v=1&credits=500";
/// 2026-11-25T10:30:05Z.
const STAMP: i64 = 1_795_602_605;

fn two_credits() -> Draft {
    Draft {
        grants: vec![
            GrantDraft::new(Source::Promotional, "100", "2026-11-25", ""),
            GrantDraft::new(Source::Coupon, "400", "2026-11-25", "2026-11-30"),
        ],
        campaign_daily: "50".into(),
        ..Draft::default()
    }
}

/// Each event as its day, title and description lines.
fn said(draft: &Draft, today: &str, which: Which) -> Result<Vec<(String, String, Vec<String>)>, String> {
    let inputs = draft.parse();
    let w = |s: &Said| s.words(&Plain, inputs.currency);
    events(draft, &inputs, day(today), which, "scenario-7", LINK)
        .map(|events| {
            events
                .iter()
                .map(|e| (adcredit_core::wallet::format_date(e.day), w(&e.summary), e.lines.iter().map(w).collect()))
                .collect()
        })
        .map_err(|why| w(&why))
}

#[test]
fn each_credit_is_an_event_on_its_last_day() {
    let events = said(&two_credits(), "2026-11-25", Which::All).unwrap();
    assert_eq!(
        events[0],
        (
            "2027-02-23".into(),
            "Last day for $100.00 of TikTok promotional credit".into(),
            vec![
                "Credit 1 (Promotional offer): $100.00, received 2026-11-25. Its last day to use is 2027-02-23: no expiry was entered, so this is TikTok's default, 90 days after it was received.".into(),
                "Reminder: 2027-02-16, 7 days before.".into(),
                "The plan: at $50.00 a day, all of it is spent in time.".into(),
                format!("Scenario: {LINK}"),
            ]
        )
    );
    assert_eq!(
        events[1],
        (
            "2026-11-30".into(),
            "Last day for $400.00 of TikTok coupon credit".into(),
            vec![
                "Credit 2 (Coupon): $400.00, received 2026-11-25. Its last day to use is 2026-11-30.".into(),
                "Reminder: 2026-11-25, 5 days before.".into(),
                "The plan: at $50.00 a day, $100.00 of it expires unused (the budget does not reach it in time)."
                    .into(),
                format!("Scenario: {LINK}"),
            ]
        )
    );
}

#[test]
fn one_credit_alone() {
    let one = said(&two_credits(), "2026-11-25", Which::One(1)).unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].1, "Last day for $400.00 of TikTok coupon credit");
    assert_eq!((file_name(Which::All), file_name(Which::One(1))), ("ad-credits.ics".into(), "ad-credit-2.ics".into()));
}

#[test]
fn the_event_without_a_plan_and_when_the_campaign_ends_first() {
    let no_budget = Draft { campaign_daily: String::new(), ..two_credits() };
    assert_eq!(said(&no_budget, "2026-11-25", Which::One(1)).unwrap()[0].2.len(), 3, "no plan line");
    let planned = Draft { budget: "300".into(), ..two_credits() };
    assert_eq!(
        said(&planned, "2026-11-25", Which::One(0)).unwrap()[0].2[2],
        "The plan: at $50.00 a day, $100.00 of it expires unused (the campaign ends first)."
    );
    let no_link = events(&two_credits(), &two_credits().parse(), day("2026-11-25"), Which::All, "k", "").unwrap();
    assert_eq!(no_link[0].lines.len(), 3, "no link line without a link");
}

#[test]
fn no_events_because() {
    assert_eq!(
        said(&Draft::default(), "2026-11-25", Which::All),
        Err("Add the credits you hold to put their last days in your calendar.".into())
    );
    let bad = Draft { grants: vec![GrantDraft::new(Source::Coupon, "x", "2026-11-25", "")], ..Draft::default() };
    assert_eq!(
        said(&bad, "2026-11-25", Which::All),
        Err("Correct the credits marked above to put them in your calendar.".into())
    );
    // The coupon's last day was 2026-11-30: on 2026-12-01 it gives no event, and alone, no file.
    assert_eq!(said(&two_credits(), "2026-12-01", Which::All).unwrap().len(), 1);
    assert_eq!(
        said(&two_credits(), "2026-12-01", Which::One(1)),
        Err("These credits can no longer be used: there is no last day ahead to add.".into())
    );
    // On its last day it is still there, with the reminder on the day itself.
    assert_eq!(
        said(&two_credits(), "2026-11-30", Which::One(1)).unwrap()[0].2[1],
        "Reminder: 2026-11-30, the last day itself."
    );
    let w = |s: Said| s.words(&Plain, Currency::Usd);
    assert_eq!(w(Said::OutOfRange), "The calendar file could not be made: check this device's date.");
    assert_eq!(w(Said::Reminder { on: 0, days: 1 }), "Reminder: 1970-01-01, 1 day before.");
}

#[test]
fn uids_are_stable_across_edits() {
    let uids = |draft: &Draft| -> Vec<String> {
        events(draft, &draft.parse(), day("2026-11-25"), Which::All, "scenario 7", LINK)
            .unwrap()
            .into_iter()
            .map(|e| e.uid)
            .collect()
    };
    let before = uids(&two_credits());
    assert_eq!(before, ["scenario%207-20261125-promotional-1@adcredit", "scenario%207-20261125-coupon-1@adcredit"]);
    // A corrected amount or expiry keeps the UID, so importing again updates the event.
    let mut edited = two_credits();
    edited.grants[1].amount = "450".into();
    edited.grants[1].expires = "2026-12-02".into();
    assert_eq!(uids(&edited), before);
    // Removing the other credit does not change it either.
    let mut removed = two_credits();
    removed.grants.remove(0);
    assert_eq!(uids(&removed), ["scenario%207-20261125-coupon-1@adcredit"]);
    // Two coupons received the same day are told apart by their order.
    let mut twins = two_credits();
    twins.grants.push(GrantDraft::new(Source::Coupon, "5", "2026-11-25", "2026-12-10"));
    assert_eq!(uids(&twins)[2], "scenario%207-20261125-coupon-2@adcredit");
}

#[test]
fn the_hint_the_list_and_the_event_name_the_same_day() {
    use adcredit_core::report::wallet;
    use adcredit_core::rows::{row_message, List, Part, RowField};
    let draft = Draft {
        grants: vec![GrantDraft::new(Source::Referral, "150", "2026-12-01", "")],
        campaign_daily: "50".into(),
        ..Draft::default()
    };
    let inputs = draft.parse();
    let at = RowField { list: List::Grants, row: 0, part: Part::Expires };
    let hint = row_message(&draft, &inputs, at, false, &Plain).unwrap().text;
    let list = wallet::report(&inputs, day("2026-12-01"), &Plain).order[0].clone();
    let event = said(&draft, "2026-12-01", Which::All).unwrap().remove(0);
    assert!(hint.ends_with("the last day is 2027-03-01."), "{hint}");
    assert!(list.ends_with("last day to use 2027-03-01."), "{list}");
    assert_eq!(event.0, "2027-03-01");
    assert!(event.2[0].contains("Its last day to use is 2027-03-01"), "{:?}", event.2);
}

#[test]
fn the_file() {
    let draft = two_credits();
    let text = calendar(&draft, &draft.parse(), day("2026-11-25"), Which::One(1), "s7", LINK, STAMP, &Plain).unwrap();
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
    assert!(lines.iter().all(|l| l.len() <= 75), "{lines:#?}");
    let unfolded = text.replace("\r\n ", "");
    let unfolded: Vec<&str> = unfolded.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(
        unfolded,
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Ad Credit Calculator//Credit expiry//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:TikTok ad credits",
            "BEGIN:VEVENT",
            "UID:s7-20261125-coupon-1@adcredit",
            "DTSTAMP:20261125T103005Z",
            "DTSTART;VALUE=DATE:20261130",
            "DTEND;VALUE=DATE:20261201",
            "SUMMARY:Last day for $400.00 of TikTok coupon credit",
            r"DESCRIPTION:Credit 2 (Coupon): $400.00\, received 2026-11-25. Its last day to use is 2026-11-30.\nReminder: 2026-11-25\, 5 days before.\nThe plan: at $50.00 a day\, $100.00 of it expires unused (the budget does not reach it in time).\nScenario: https://adcredit.example/#v=1&credits=500",
            "URL:https://adcredit.example/#v=1&credits=500",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:$400.00 of TikTok coupon credit: its last day to use is 2026-11-30.",
            "TRIGGER:-P5D",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    );
    assert_eq!(
        calendar(&draft, &draft.parse(), day("2026-11-25"), Which::All, "s7", LINK, -1, &Plain),
        Err(Said::OutOfRange)
    );
}
