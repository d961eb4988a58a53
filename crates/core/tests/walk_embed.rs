//! What a marketer in Jakarta and an agency in Mexico City found (issue 19), findings 9 and 10: the embed's answer
//! bar where the visitor sees it, the sections an embed offers, its transparent background. One line per case.

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use adcredit_core::embed::{Background, EmbedOptions, Ignored, Offered, Section, Snippet, Visible};
use adcredit_core::{Currency, Draft};
use proptest::prelude::*;

const V: Option<&str> = Some("adcredit:visible");

/// A message's type, top and bottom, and what the frame reads from them.
type VisibleCase = (Option<&'static str>, Option<f64>, Option<f64>, Option<Visible>);

fn offered(names: &[Section]) -> Offered {
    names.iter().fold(Offered::NONE, |o, s| o.with(*s))
}

/// 9. Where the answer bar goes: the part of the frame the host says is visible, from the frame's top, in whole pixels.
#[test]
fn the_visible_part_of_the_frame() {
    use Visible as P;
    let cases: &[VisibleCase] = &[
        // The frame's top 844 px are on screen (a phone, the frame at the top of the host's view).
        (V, Some(0.0), Some(844.0), Some(P { top: 0, bottom: 844 })),
        // Scrolled 300 px into the frame, the keyboard leaving 400 px of the host's visual viewport.
        (V, Some(300.0), Some(700.0), Some(P { top: 300, bottom: 700 })),
        // The frame starts 200 px below the top of the view: a negative top is the frame's top.
        (V, Some(-200.0), Some(644.0), Some(P { top: 0, bottom: 644 })),
        // The frame ends above the view's bottom: the stylesheet puts the bar at the frame's end.
        (V, Some(1800.0), Some(2644.0), Some(P { top: 1800, bottom: 2644 })),
        // Fractions of a pixel: inside the visible part.
        (V, Some(10.4), Some(600.7), Some(P { top: 11, bottom: 600 })),
        // The view is above the frame (its bottom above the frame's top): nothing to place.
        (V, Some(-900.0), Some(-56.0), None),
        (V, Some(-900.0), Some(0.4), None),
        // Not in order, empty, not numbers, another message: ignored.
        (V, Some(700.0), Some(300.0), None),
        (V, Some(300.0), Some(300.0), None),
        (V, Some(f64::NAN), Some(300.0), None),
        (V, Some(0.0), Some(f64::INFINITY), None),
        (V, None, Some(300.0), None),
        (V, Some(0.0), None, None),
        (Some("adcredit:height"), Some(0.0), Some(844.0), None),
        (None, Some(0.0), Some(844.0), None),
        // Huge values stay in range.
        (V, Some(-1e300), Some(1e300), Some(P { top: 0, bottom: u32::MAX })),
        (V, Some(1e300), Some(f64::MAX), None),
    ];
    for (kind, top, bottom, expected) in cases {
        assert_eq!(Visible::read(*kind, *top, *bottom), *expected, "{kind:?} {top:?} {bottom:?}");
    }
}

proptest! {
    /// Any numbers: never a panic, and what is read lies inside what was said, top above bottom.
    #[test]
    fn any_visible_message_reads_in_order(top in any::<f64>(), bottom in any::<f64>()) {
        if let Some(v) = Visible::read(V, Some(top), Some(bottom)) {
            prop_assert!(v.top < v.bottom);
            prop_assert!(f64::from(v.bottom) <= bottom && f64::from(v.top) >= top.min(0.0));
        }
    }
}

/// 10a. `sections`: the stable names, any order, case and spaces; unknown names said and skipped.
#[test]
fn the_sections_an_embed_offers() {
    use Section::*;
    let cases: &[(&str, Offered, &[&str])] = &[
        ("", Offered::NONE, &[]),
        ("sections=cash,profit", offered(&[Cash, Profit]), &[]),
        ("sections=cash,profit,plan,wallet,offer", Offered::ALL, &[]),
        // The page's order, whatever the list's; a name twice is once.
        ("sections=offer,cash,offer", offered(&[Cash, Offer]), &[]),
        ("sections=%20Wallet%20,%20PLAN,", offered(&[Plan, Wallet]), &[]),
        ("sections=", Offered::NONE, &[]),
        (
            "sections=cash,bogus",
            offered(&[Cash]),
            &[
                r#"adcredit embed: ignored the unknown section "bogus" in sections (the sections are cash, profit, plan, wallet, offer)"#,
            ],
        ),
        (
            "sections=compare,profit,Import",
            offered(&[Profit]),
            &[
                r#"adcredit embed: ignored the section "compare": it works on saved scenarios, which an embedded calculator does not keep"#,
                r#"adcredit embed: ignored the section "import": it works on saved scenarios, which an embedded calculator does not keep"#,
            ],
        ),
        // Markup in a name is only quoted, and a long one cut.
        (
            "sections=%3Cscript%3E",
            Offered::NONE,
            &[
                r#"adcredit embed: ignored the unknown section "<script>" in sections (the sections are cash, profit, plan, wallet, offer)"#,
            ],
        ),
    ];
    for (query, sections, said) in cases {
        let (options, ignored) = EmbedOptions::from_query(query);
        assert_eq!(options.sections, *sections, "{query}");
        assert_eq!(ignored.iter().map(ToString::to_string).collect::<Vec<_>>(), *said, "{query}");
    }
    let (_, ignored) = EmbedOptions::from_query(&format!("sections={}", "x".repeat(500)));
    assert_eq!(ignored, [Ignored::Section("x".repeat(40))]);
}

/// 10a. Every section has a stable name, and reads back from it.
#[test]
fn each_section_by_its_name() {
    let names: Vec<_> = Section::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(names, ["cash", "profit", "plan", "wallet", "offer"]);
    for section in Section::ALL {
        assert_eq!(Section::from_name(section.name()), Some(section));
    }
    assert_eq!(Section::from_name("compare"), None);
    assert_eq!(Offered::ALL.sections().collect::<Vec<_>>(), Section::ALL);
    assert_eq!(Offered::ALL.without(Section::Plan).names(), "cash,profit,wallet,offer");
    assert!(Offered::NONE.is_empty() && Offered::NONE.names().is_empty());
    assert_eq!(adcredit_core::embed::SECTION_NAMES, Offered::ALL.names().replace(',', ", "));
}

/// 10c. `background`: transparent, or the calculator's own; anything else said and ignored.
#[test]
fn the_background() {
    let cases: &[(&str, Background, &[&str])] = &[
        ("", Background::Own, &[]),
        ("background=transparent", Background::Transparent, &[]),
        ("background=red", Background::Own, &[r#"adcredit embed: ignored the invalid option background="red""#]),
        (
            "background=Transparent",
            Background::Own,
            &[r#"adcredit embed: ignored the invalid option background="Transparent""#],
        ),
    ];
    for (query, background, said) in cases {
        let (options, ignored) = EmbedOptions::from_query(query);
        assert_eq!(options.background, *background, "{query}");
        assert_eq!(ignored.iter().map(ToString::to_string).collect::<Vec<_>>(), *said, "{query}");
    }
}

/// The locale the browser does not know, said the same way.
#[test]
fn a_locale_the_browser_does_not_know() {
    assert_eq!(
        Ignored::Locale("xx-YY".into()).to_string(),
        r#"adcredit embed: ignored the locale "xx-YY", which this browser does not know"#
    );
}

/// 10a, 10c. The snippet carries the sections and the background, after the look, in the loader's order; the
/// preview reads back the same options.
#[test]
fn the_snippet_carries_sections_and_background() {
    let cases: &[(Offered, Background, &str)] = &[
        (Offered::NONE, Background::Own, r#"<div data-adcredit data-currency="MXN" data-start="empty"></div>"#),
        (
            offered(&[Section::Profit, Section::Cash]),
            Background::Own,
            r#"<div data-adcredit data-currency="MXN" data-start="empty" data-sections="cash,profit"></div>"#,
        ),
        (
            Offered::NONE,
            Background::Transparent,
            r#"<div data-adcredit data-currency="MXN" data-start="empty" data-background="transparent"></div>"#,
        ),
        (
            Offered::ALL,
            Background::Transparent,
            r#"<div data-adcredit data-currency="MXN" data-start="empty" data-sections="cash,profit,plan,wallet,offer" data-background="transparent"></div>"#,
        ),
    ];
    for (sections, background, html) in cases {
        let snippet = Snippet {
            currency: Currency::Mxn,
            empty: true,
            sections: *sections,
            background: *background,
            ..Snippet::default()
        };
        assert_eq!(snippet.html("/").lines().next().unwrap(), *html);
        let (options, ignored) = EmbedOptions::from_query(&snippet.preview_query());
        assert_eq!((options.sections, options.background, ignored), (*sections, *background, vec![]));
    }
    // The scenario's values still come first.
    let snippet =
        Snippet { scenario: Draft::default().parse().scenario(), sections: Offered::ALL, ..Snippet::default() };
    assert!(snippet.preview_query().ends_with("&conversions=500&sections=cash,profit,plan,wallet,offer"));
}
