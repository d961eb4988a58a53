//! Share links' table tests: the documented format, forgiving reading, versions (a version-1 link opens unchanged),
//! the "Credits and cash" keys, names, the length limit, and what the page starts with (`Start::choose`).

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::link::{decode, encode, LinkError, LinkNotice, LinkScenario, Start, MAX_LINK_CHARS};
use adcredit_core::schema::DraftState;
use adcredit_core::wallet::Source;
use adcredit_core::{Currency, Draft, GrantDraft, Scenario, TierDraft};
fn seed() -> Scenario {
    Draft::default().parse().scenario().unwrap()
}

fn open(query: &str, fragment: &str) -> LinkScenario {
    decode(query, fragment).unwrap().unwrap()
}

#[test]
fn the_documented_example() {
    let link = encode(&seed(), "Fashion test");
    assert_eq!(link, "v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&name=Fashion%20test");
    let opened = open("", &format!("#{link}"));
    assert_eq!(opened.draft.parse().scenario(), Some(seed()));
    assert_eq!(opened.name, "Fashion test");
    assert_eq!(opened.notices, []);
}

#[test]
fn query_and_fragment_fragment_wins_per_key() {
    let opened = open("?credits=500&currency=EUR&clicks=10", "#clicks=20");
    assert_eq!(opened.draft.credits, "500");
    assert_eq!(opened.draft.currency, Currency::Eur);
    assert_eq!(opened.draft.clicks, "20");
    assert_eq!(opened.draft.impressions, Draft::default().impressions, "a missing key keeps its default");
}

#[test]
fn no_scenario_keys_is_no_link() {
    assert_eq!(decode("", ""), Ok(None));
    assert_eq!(decode("?embed=1", ""), Ok(None));
    assert_eq!(decode("?utm_source=x", "#top"), Ok(None));
}

#[test]
fn bad_values_fall_back_and_are_named() {
    let opened = open("", "credits=abc&clicks=-5&impressions=1e5&conversions=2.5&currency=XYZ");
    assert_eq!(opened.draft, Draft::default());
    assert_eq!(
        opened.notices,
        [
            LinkNotice::Invalid("currency".into()),
            LinkNotice::Invalid("credits".into()),
            LinkNotice::Invalid("impressions".into()),
            LinkNotice::Invalid("clicks".into()),
            LinkNotice::Invalid("conversions".into())
        ]
    );
    assert_eq!(
        LinkNotice::Invalid("clicks".into()).to_string(),
        "The link's “clicks” value could not be read, so the default is shown."
    );
}

#[test]
fn values_use_a_dot_and_no_grouping() {
    assert_eq!(open("", "credits=1234.5").draft.credits, "1234.5");
    assert_eq!(open("", "credits=100.50").draft.credits, "100.5");
    assert_eq!(open("", "credits=1,234").notices, [LinkNotice::Invalid("credits".into())]);
    assert_eq!(open("", "credits=1.234").notices, [LinkNotice::Invalid("credits".into())], "3 decimals in USD");
    assert_eq!(open("", "credits=1.5&currency=JPY").notices, [LinkNotice::Invalid("credits".into())]);
    assert_eq!(open("", "credits=.5").notices, [LinkNotice::Invalid("credits".into())]);
    assert_eq!(open("", "credits=5.").notices, [LinkNotice::Invalid("credits".into())]);
    assert_eq!(open("", "credits=1000000000001").notices, [LinkNotice::Invalid("credits".into())]);
    assert_eq!(open("", "clicks=10000000000001").notices, [LinkNotice::Invalid("clicks".into())]);
    assert_eq!(open("", "clicks=007").draft.clicks, "7");
}

#[test]
fn versions() {
    assert_eq!(open("", "v=1&clicks=5").notices, []);
    assert_eq!(open("", "clicks=5").notices, [], "v missing means version 1");
    assert_eq!(open("", "v=2&clicks=5").notices, []);
    assert_eq!(open("", "v=3&clicks=5").notices, []);
    assert_eq!(open("", "v=4&clicks=5").notices, []);
    let newer = open("", "v=5&clicks=5&colour=red");
    assert_eq!(newer.notices, [LinkNotice::Newer("5".into())]);
    assert_eq!(newer.draft.clicks, "5", "known keys are still used");
    assert_eq!(open("", "v=x&clicks=5").notices, [LinkNotice::Newer("x".into())]);
}

#[test]
fn names() {
    assert_eq!(open("", "name=Fashion+test").name, "Fashion test");
    assert_eq!(open("", "name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").name, "<img src=x onerror=alert(1)>");
    assert_eq!(open("", "name=a%0Ab%00c").name, "abc");
    assert_eq!(open("", &format!("name={}", "x".repeat(200))).name.len(), 80);
    assert_eq!(open("", "name=%FF%FE").name, "\u{fffd}\u{fffd}", "invalid UTF-8 is replaced, not fatal");
    assert_eq!(encode(&seed(), "Fashion & co: 100%/day"), "v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&name=Fashion%20%26%20co%3A%20100%25%2Fday");
    assert!(!encode(&seed(), "").contains("name"));
}

#[test]
fn a_version_1_link_opens_unchanged() {
    // A link shared before version 2: no planned spend, so the credits pay for everything, as they did.
    let opened = open("", "#v=1&credits=250&impressions=30000&clicks=270&conversions=5&currency=EUR&name=Old");
    let expected = Draft {
        credits: "250".into(),
        impressions: "30000".into(),
        clicks: "270".into(),
        conversions: "5".into(),
        currency: Currency::Eur,
        ..Draft::default()
    };
    assert_eq!((opened.draft, opened.name, opened.notices), (expected, "Old".into(), vec![]));
}

#[test]
fn credits_and_cash_keys() {
    let link = "v=2&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&spend=600&daily=50&window=30&used=62.5&g1=coupon~400~2026-11-25~2026-11-30&g2=referral~100~2026-11-20~&t1=500~500&t2=1500~1500";
    let opened = open("", link);
    assert_eq!(opened.notices, []);
    let d = &opened.draft;
    assert_eq!(
        (d.spend.as_str(), d.campaign_daily.as_str(), d.offer_window.as_str(), d.offer_used.as_str()),
        ("600", "50", "30", "62.5")
    );
    assert_eq!(
        d.grants[0],
        GrantDraft {
            key: Default::default(),
            source: Source::Coupon,
            amount: "400".into(),
            received: "2026-11-25".into(),
            expires: "2026-11-30".into()
        }
    );
    assert_eq!(d.grants[1].expires, "", "empty: the default 90 days");
    assert_eq!(
        d.tiers,
        [
            TierDraft { key: Default::default(), spend: "500".into(), credit: "500".into() },
            TierDraft { key: Default::default(), spend: "1500".into(), credit: "1500".into() }
        ]
    );
    let scenario = d.parse().scenario().unwrap();
    let written = link.replace("2026-11-20~", "2026-11-20~2027-02-18").replace("v=2", "v=4");
    assert_eq!(encode(&scenario, ""), written, "written back in full, as version 4");
    for (bad, key) in [
        ("g1=coupon~400~2026-11-25~2026-11-25", "g1"),
        ("g1=lottery~400~2026-11-25~", "g1"),
        ("g2=coupon~4,00~2026-11-25~", "g2"),
        ("g1=coupon~400~2026-11-25", "g1"),
        ("t1=500", "t1"),
        ("t1=500~500~1", "t1"),
        ("used=101", "used"),
        ("used=62.555", "used"),
        ("window=3651", "window"),
        ("spend=-1", "spend"),
    ] {
        let opened = open("", bad);
        assert_eq!(opened.notices, [LinkNotice::Invalid(key.into())], "{bad}");
        assert!(opened.draft.grants.is_empty() && opened.draft.tiers.is_empty(), "{bad}");
    }
    assert!(decode("", "t1=100~100").unwrap().is_some(), "a tier alone is a scenario link");
    assert_eq!(decode("", "t01=100~100&g21=x&gx=1"), Ok(None), "only the keys the reader reads");
}

#[test]
fn too_long_is_refused() {
    let long = format!("credits=1&name={}", "x".repeat(MAX_LINK_CHARS));
    assert_eq!(decode("", &long), Err(LinkError::TooLong));
    assert_eq!(decode(&"a".repeat(1500), &"b".repeat(1500)), Err(LinkError::TooLong));
    assert!(decode("", &"c".repeat(MAX_LINK_CHARS)).is_ok());
}

fn kept(draft: Draft, opened: Option<&str>, address: Option<&str>) -> Option<DraftState> {
    Some(DraftState { draft, opened: opened.map(Into::into), address: address.map(Into::into), previous_address: None })
}

#[test]
fn typed_text_wins() {
    let typed = Draft { credits: "250".into(), ..Draft::default() };
    let start = Start::choose(Some(typed.clone()), "", "#clicks=5", None, false);
    assert_eq!(start.draft, typed);
    assert_eq!(start.notices, Vec::<String>::new());
}

#[test]
fn a_link_opens_as_a_new_scenario() {
    let start =
        Start::choose(Some(Draft::default()), "", "#clicks=5&name=X", kept(Draft::default(), Some("a"), None), false);
    assert_eq!(start.draft.clicks, "5");
    assert_eq!((start.opened, start.name), (None, Some("X".into())));
    assert_eq!(start.notices, ["You opened a shared scenario. Save it to keep it in your list."]);
    assert_eq!(start.address.as_deref(), Some("clicks=5&name=X"));
}

#[test]
fn a_reload_keeps_the_draft_as_typed_and_its_saved_scenario() {
    let draft = Draft { clicks: "2,000".into(), ..Draft::default() };
    let start = Start::choose(
        None,
        "",
        "credits=100&impressions=50000&clicks=2000&conversions=500",
        kept(draft.clone(), Some("a"), None),
        false,
    );
    assert_eq!((start.draft, start.opened, start.name), (draft.clone(), Some("a".into()), None));
    let named = Start::choose(None, "", "clicks=2000&name=Broad", kept(draft, Some("a"), None), false);
    assert_eq!((named.opened, named.name), (Some("a".into()), Some("Broad".into())));
}

#[test]
fn a_quick_reload_shows_the_draft_not_the_older_address() {
    // The draft changed to 2,500 clicks; the address bar still shows the link written before that change.
    let draft = Draft { clicks: "2,500".into(), ..Draft::default() };
    let kept = kept(draft.clone(), Some("a"), Some("v=1&clicks=2000"));
    let start = Start::choose(None, "", "#v=1&clicks=2000", kept.clone(), true);
    assert_eq!((start.draft, start.opened, start.notices), (draft.clone(), Some("a".into()), vec![]));
    // The same address opened again in a new tab (not a reload) is a link: it opens its own values, even though
    // the draft was edited within the moment before the address bar followed it.
    let opened = Start::choose(None, "", "#v=1&clicks=2000", kept, false);
    assert_eq!((opened.draft.clicks.as_str(), opened.opened), ("2000", None));
    assert_eq!(opened.replaced.map(|r| r.draft), Some(draft), "the edit it replaced can be brought back");
}

#[test]
fn no_link_or_a_refused_one_falls_back_to_the_kept_draft() {
    let draft = Draft { clicks: "abc".into(), ..Draft::default() };
    assert_eq!(Start::choose(None, "", "", kept(draft.clone(), None, None), false).draft, draft);
    let long = format!("credits={}", "1".repeat(3000));
    let start = Start::choose(None, "", &long, None, false);
    assert_eq!(start.draft, Draft::default());
    assert_eq!(start.notices, ["This link is longer than 2048 characters, so it was not opened."]);
}

#[test]
fn revenue_margin_and_target_keys() {
    let link =
        "v=3&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&revenue=1000&margin=40&target=12.5";
    let opened = open("", link);
    assert_eq!(opened.notices, []);
    let d = &opened.draft;
    assert_eq!((d.revenue.as_str(), d.margin.as_str(), d.target_profit.as_str()), ("1000", "40", "12.5"));
    assert_eq!(encode(&d.parse().scenario().unwrap(), ""), link.replace("v=3", "v=4"), "a round trip");
    // Not given: not written, and an older link has none of them.
    assert!(!encode(&seed(), "").contains("revenue"));
    let v2 = open("", "v=2&credits=100&impressions=50000&clicks=2000&conversions=500&spend=600");
    assert_eq!((v2.draft.revenue.as_str(), v2.draft.margin.as_str(), v2.notices.len()), ("", "", 0));
    for (bad, key) in [
        ("revenue=-1", "revenue"),
        ("revenue=1,000", "revenue"),
        ("revenue=1.001", "revenue"),
        ("margin=101", "margin"),
        ("margin=40.125", "margin"),
        ("target=abc", "target"),
    ] {
        let opened = open("", bad);
        assert_eq!(opened.notices, [LinkNotice::Invalid(key.into())], "{bad}");
    }
}

#[test]
fn plan_keys() {
    let link = "v=4&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&budget=1000&plan-cpm=8&plan-ctr=1&plan-cvr=2&plan-aov=50";
    let opened = open("", link);
    assert_eq!(opened.notices, []);
    let d = &opened.draft;
    assert_eq!(
        [d.budget.as_str(), d.plan_cpm.as_str(), d.plan_ctr.as_str(), d.plan_cvr.as_str(), d.plan_aov.as_str()],
        ["1000", "8", "1", "2", "50"]
    );
    assert_eq!(encode(&d.parse().scenario().unwrap(), ""), link, "a round trip");
    for (bad, key) in [("plan-ctr=101", "plan-ctr"), ("plan-cpm=-8", "plan-cpm"), ("budget=1,000", "budget")] {
        assert_eq!(open("", bad).notices, [LinkNotice::Invalid(key.into())], "{bad}");
    }
    // Goals are not part of a scenario: not written, so a link never carries them.
    let with_goal = Draft { goal_conversions: "100".into(), ..d.clone() };
    assert!(!encode(&with_goal.parse().scenario().unwrap(), "").contains("goal"));
}

#[test]
fn a_reload_that_started_before_the_page_wrote_its_newest_address_keeps_the_draft() {
    // The page wrote ...conversions=45 to the address, then the user typed 9 and pressed reload; the old page wrote
    // ...conversions=9 (and kept it as its address) while the reload of the older address was already under way.
    let older = "v=4&credits=100&impressions=50000&clicks=2000&conversions=45&currency=USD";
    let newer = "v=4&credits=100&impressions=50000&clicks=2000&conversions=9&currency=USD";
    let typed = Draft { conversions: "9".into(), ..Draft::default() };
    let kept = DraftState {
        draft: typed.clone(),
        opened: None,
        address: Some(newer.into()),
        previous_address: Some(older.into()),
    };
    let start = Start::choose(None, "", older, Some(kept.clone()), true);
    assert_eq!(start.draft, typed, "the page's own older address: the draft stays");
    // Opened as a link (not a reload), the older address is a shared link and opens its own values.
    let start = Start::choose(None, "", older, Some(kept), false);
    assert_eq!(start.draft.conversions, "45");
}

mod compare {
    use super::*;
    use adcredit_core::link::compare::{decode_compare, encode_compare, is_compare, CompareNotice, Linked};

    fn campaign() -> Scenario {
        Draft { spend: "600".into(), impressions: "300000".into(), clicks: "6000".into(), ..Draft::default() }
            .parse()
            .scenario()
            .unwrap()
    }

    fn names(link: &str) -> Vec<String> {
        decode_compare(link).unwrap().unwrap().scenarios.into_iter().map(|l| l.name).collect()
    }

    #[test]
    fn the_documented_example() {
        let (seed, campaign) = (seed(), campaign());
        let link = encode_compare([(&seed, "Seed"), (&campaign, "Spring & summer")]).unwrap();
        assert_eq!(
            link,
            "v=4&compare=2&c1.credits=100&c1.impressions=50000&c1.clicks=2000&c1.conversions=500&c1.currency=USD\
             &c1.name=Seed&c2.credits=100&c2.impressions=300000&c2.clicks=6000&c2.conversions=500&c2.currency=USD\
             &c2.spend=600&c2.name=Spring%20%26%20summer"
        );
        let read = decode_compare(&format!("#{link}")).unwrap().unwrap();
        assert_eq!(read.notices, []);
        assert_eq!(
            read.scenarios,
            [
                Linked { number: 1, name: "Seed".into(), scenario: seed },
                Linked { number: 2, name: "Spring & summer".into(), scenario: campaign },
            ]
        );
    }

    #[test]
    fn at_most_four_are_written_and_read() {
        let s = seed();
        let five = [(&s, "A"), (&s, "B"), (&s, "C"), (&s, "D"), (&s, "E")];
        let link = encode_compare(five).unwrap();
        assert!(link.starts_with("v=4&compare=4&") && !link.contains("c5."), "{link}");
        assert_eq!(names(&format!("{link}&c5.credits=1&c5.name=E")), ["A", "B", "C", "D"]);
    }

    #[test]
    fn only_a_link_with_the_compare_key_is_one() {
        assert!(is_compare("#v=4&compare=2&c1.credits=1"));
        assert!(is_compare("compare"));
        assert!(!is_compare("#v=4&credits=100&name=compare"));
        assert!(!is_compare("#v=4&compared=1&c1.credits=100"));
        assert_eq!(decode_compare("#v=4&credits=100").unwrap(), None);
        assert_eq!(decode("", "#v=4&compare=2&c1.credits=100").unwrap(), None, "not a scenario link");
    }

    #[test]
    fn a_bad_value_falls_back_and_is_named_with_its_scenario() {
        let read = decode_compare("v=4&compare=2&c1.credits=-5&c1.name=A&c2.clicks=ten&c2.name=B").unwrap().unwrap();
        assert_eq!(read.scenarios.len(), 2);
        let said: Vec<String> = read.notices.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "Scenario 1 of the link: The link's “credits” value could not be read, so the default is shown.",
                "Scenario 2 of the link: The link's “clicks” value could not be read, so the default is shown.",
            ]
        );
    }

    #[test]
    fn a_newer_link_says_so_once_and_a_lone_scenario_is_too_few() {
        let read = decode_compare("v=9&compare=2&c1.credits=5&c2.credits=6").unwrap().unwrap();
        assert_eq!(read.notices.iter().filter(|n| matches!(n, CompareNotice::Link(_))).count(), 1);
        assert_eq!(names("v=4&compare=2&c1.credits=5"), ["Scenario 1"]);
        let lone = decode_compare("v=4&compare=2&c1.credits=5").unwrap().unwrap();
        assert_eq!(lone.notices, [CompareNotice::TooFew]);
    }

    #[test]
    fn a_scenario_with_no_key_we_know_is_left_out() {
        let read = decode_compare("v=4&compare=3&c1.credits=5&c2.credits=6&c3.colour=red").unwrap().unwrap();
        assert_eq!(read.scenarios.iter().map(|l| l.number).collect::<Vec<_>>(), [1, 2]);
        let said: Vec<String> = read.notices.iter().map(ToString::to_string).collect();
        assert_eq!(said, ["Scenario 3 of the link could not be read, so it is left out of the comparison."]);
    }

    #[test]
    fn too_long_is_refused_whole_both_ways() {
        let long = format!("v=4&compare=2&c1.credits=1&c1.name={}", "x".repeat(MAX_LINK_CHARS));
        assert_eq!(decode_compare(&long), Err(LinkError::TooLong));
        let s = Draft { grants: vec![], ..Draft::default() }.parse().scenario().unwrap();
        let name = "n".repeat(80);
        let four = [(&s, name.as_str()), (&s, name.as_str()), (&s, name.as_str()), (&s, name.as_str())];
        assert!(encode_compare(four).is_ok(), "four plain scenarios with long names fit");
        // A name of 80 characters outside ASCII is 720 characters in a link (9 per character).
        let wide = "名".repeat(80);
        let four = [(&s, wide.as_str()), (&s, wide.as_str()), (&s, wide.as_str()), (&s, wide.as_str())];
        assert_eq!(encode_compare(four), Err(LinkError::TooLong));
    }
}

#[test]
fn a_compare_link_too_long_to_share_says_what_to_do() {
    assert_eq!(
        adcredit_core::link::compare::too_long_to_share(),
        "These scenarios make a link longer than 2048 characters, which could not be opened: compare fewer of them, \
         or give them shorter names."
    );
}

#[test]
fn a_compare_link_as_the_page_opens_it() {
    use adcredit_core::link::compare::open_compare;
    let refused = open_compare(&format!("#v=4&compare=2&c1.name={}", "x".repeat(MAX_LINK_CHARS)));
    assert_eq!(refused.scenarios, []);
    assert_eq!(
        refused.notices.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["This link is longer than 2048 characters, so it was not opened."]
    );
    assert_eq!(open_compare("#v=4&credits=100"), Default::default());
    let read = open_compare("#v=4&compare=2&c1.credits=5&c1.name=Seed&c2.credits=6");
    assert_eq!(
        read.scenarios.iter().map(|l| l.label()).collect::<Vec<_>>(),
        ["Seed (from the link)", "Scenario 2 (from the link)"]
    );
}
