//! Every language has every message, with the same places for values, a form for each plural category its
//! grammar has, and words of its own; the tables the pages carry are current; the rules that pick a language,
//! a locale and a plural form, one line per case.

use adcredit_core::l10n::native::{table_of, words_of};
use adcredit_core::l10n::{fill, places, Lang, Msg, Plural, TableError, Words};
use adcredit_core::Decimal;
use std::str::FromStr;

const OTHERS: [Lang; 6] = [Lang::Es, Lang::PtBr, Lang::Id, Lang::Vi, Lang::Ja, Lang::Ar];

/// Messages whose words are the same in every language: TikTok's own acronyms, and a range's dash.
const SAME_EVERYWHERE: [Msg; 6] = [Msg::MetricCpm, Msg::MetricCpc, Msg::MetricCtr, Msg::MetricRoas, Msg::MetricRoi, Msg::Range];

fn english(m: Msg) -> adcredit_core::l10n::Text {
    words_of(Lang::En)(m)
}

fn counted(m: Msg) -> bool {
    !english(m).one.is_empty()
}

#[test]
fn every_language_puts_the_same_values_in_each_message() {
    let mut wrong = Vec::new();
    for lang in OTHERS {
        for &m in Msg::ALL {
            let want = places(english(m).other);
            for form in words_of(lang)(m).forms().into_iter().filter(|f| !f.is_empty()) {
                if places(form) != want {
                    wrong.push(format!("{lang:?} {m:?}: {form:?}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "places differ from English:\n{}", wrong.join("\n"));
}

#[test]
fn every_counted_message_has_the_forms_of_each_language() {
    let mut wrong = Vec::new();
    for &m in Msg::ALL {
        for lang in OTHERS {
            let text = words_of(lang)(m);
            let ok = if !counted(m) {
                // A sentence without a count has one text.
                text.forms()[1..].iter().all(|f| f.is_empty())
            } else {
                match lang {
                    Lang::Es | Lang::PtBr => !text.one.is_empty(),
                    Lang::Ar => [text.zero, text.one, text.two, text.few, text.many].iter().all(|f| !f.is_empty()),
                    // No plural forms: one text for every count.
                    Lang::Id | Lang::Vi | Lang::Ja | Lang::En => text.forms()[1..].iter().all(|f| f.is_empty()),
                }
            };
            if !ok {
                wrong.push(format!("{lang:?} {m:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "plural forms missing or not expected:\n{}", wrong.join("\n"));
}

#[test]
fn no_translation_is_left_in_english() {
    let mut same = Vec::new();
    for lang in OTHERS {
        for &m in Msg::ALL {
            let text = words_of(lang)(m).other;
            let has_letters = english(m).other.chars().any(char::is_alphabetic);
            if text == english(m).other && has_letters && !SAME_EVERYWHERE.contains(&m) {
                same.push(format!("{lang:?} {m:?}: {text:?}"));
            }
        }
    }
    assert!(same.is_empty(), "identical to English:\n{}", same.join("\n"));
}

#[test]
fn no_words_break_a_table_line_or_the_page() {
    for lang in Lang::ALL {
        for &m in Msg::ALL {
            for form in words_of(lang)(m).forms() {
                assert!(!form.contains(['\t', '\n', '\r']) && !form.contains("</"), "{lang:?} {m:?}: {form:?}");
                assert_eq!(form.trim(), form, "{lang:?} {m:?} has spaces around it");
            }
        }
    }
}

/// `UPDATE_L10N=1 cargo test --test l10n` writes them after a change of words.
#[test]
fn the_tables_the_pages_carry_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/l10n");
    let mut stale = Vec::new();
    // English's table is not served (its words are compiled in): the end-to-end tests look translations up by it.
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.txt", lang.tag()));
        let table = table_of(lang);
        if std::env::var_os("UPDATE_L10N").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &table).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(table.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale (run UPDATE_L10N=1 cargo test --test l10n): {stale:?}");
}

#[test]
fn a_table_reads_back_to_its_language_and_nothing_else_does() {
    for lang in OTHERS {
        let table: &'static str = Box::leak(table_of(lang).into_boxed_str());
        let read = Words::read(lang, table).unwrap();
        let native = Words::native(lang);
        for &m in Msg::ALL {
            assert_eq!(read.get(m), native.get(m), "{lang:?} {m:?}");
        }
        assert_eq!(Words::read(Lang::Ja, if lang == Lang::Ja { "" } else { table }).unwrap_err(), TableError::Header);
    }
    let short: &'static str = Box::leak(format!("es\t{}\tltr\nUno", Msg::ALL.len()).into_boxed_str());
    assert_eq!(Words::read(Lang::Es, short).unwrap_err(), TableError::Short(1));
    let empty: &'static str = Box::leak(format!("es\t{}\tltr\n\nDos", Msg::ALL.len()).into_boxed_str());
    assert_eq!(Words::read(Lang::Es, empty).unwrap_err(), TableError::Empty(0));
}

#[test]
fn values_go_into_their_places() {
    assert_eq!(fill("On {0}: {1} of credits and {2} of cash.", &["$1", "$2", "$3"]), "On $1: $2 of credits and $3 of cash.");
    assert_eq!(fill("{1} の {0}", &["a", "b"]), "b の a");
    assert_eq!(fill("{0} {3}", &["a"]), "a ");
    assert_eq!(fill("{x} {", &[]), "{x} {");
    assert_eq!(places("{0} and {2}, {0}"), 0b101);
}

#[test]
fn a_visitor_gets_the_first_language_we_speak() {
    let cases: [(&[&str], Lang); 9] = [
        (&["pt-BR", "en"], Lang::PtBr),
        (&["pt-PT"], Lang::PtBr),
        (&["de-DE", "es-MX", "en"], Lang::Es),
        (&["in-ID"], Lang::Id),
        (&["ID"], Lang::Id),
        (&["ja"], Lang::Ja),
        (&["ar-EG", "en"], Lang::Ar),
        (&["de", "fr"], Lang::En),
        (&[], Lang::En),
    ];
    for (wanted, lang) in cases {
        assert_eq!(Lang::best(wanted.iter().copied()), lang, "{wanted:?}");
    }
}

#[test]
fn numbers_follow_the_visitors_region_within_the_language() {
    let cases: [(Lang, &[&str], &str); 9] = [
        (Lang::Es, &["es-AR", "en"], "es-AR"),
        (Lang::Es, &["es"], "es-419"),
        (Lang::Es, &["en-US"], "es-419"),
        (Lang::PtBr, &["pt-PT"], "pt-BR"),
        (Lang::Ar, &["ar-SA"], "ar-SA-u-nu-latn-ca-gregory"),
        (Lang::Ar, &["ar-EG-u-nu-arab"], "ar-u-nu-latn-ca-gregory"),
        (Lang::Ar, &["en"], "ar-u-nu-latn-ca-gregory"),
        (Lang::En, &["en-GB"], "en-GB"),
        (Lang::Id, &["id"], "id-ID"),
    ];
    for (lang, visitor, locale) in cases {
        assert_eq!(lang.locale(visitor.iter().copied()), locale, "{lang:?} {visitor:?}");
    }
}

#[test]
fn a_count_takes_its_languages_plural_form() {
    let d = |s: &str| Decimal::from_str(s).unwrap();
    let cases = [
        (Lang::En, "1", Plural::One),
        (Lang::En, "1.0", Plural::Other),
        (Lang::En, "0", Plural::Other),
        (Lang::Es, "1", Plural::One),
        (Lang::Es, "1000000", Plural::Many),
        (Lang::Es, "2.5", Plural::Other),
        (Lang::PtBr, "0", Plural::One),
        (Lang::PtBr, "1.5", Plural::One),
        (Lang::PtBr, "2", Plural::Other),
        (Lang::Ja, "1", Plural::Other),
        (Lang::Ar, "0", Plural::Zero),
        (Lang::Ar, "1", Plural::One),
        (Lang::Ar, "2", Plural::Two),
        (Lang::Ar, "3", Plural::Few),
        (Lang::Ar, "110", Plural::Few),
        (Lang::Ar, "11", Plural::Many),
        (Lang::Ar, "99", Plural::Many),
        (Lang::Ar, "100", Plural::Other),
        (Lang::Ar, "2.5", Plural::Other),
    ];
    for (lang, n, plural) in cases {
        assert_eq!(Plural::of(lang, d(n)), plural, "{lang:?} {n}");
    }
}

#[test]
fn a_right_to_left_page_isolates_each_value_in_a_sentence() {
    use adcredit_core::l10n::native::with_lang;
    let arabic = with_lang(Lang::Ar, || Msg::BasisCredits.fill(&["US$ 100.00"]));
    assert!(arabic.contains("\u{2068}US$ 100.00\u{2069}"), "{arabic}");
    let portuguese = with_lang(Lang::PtBr, || Msg::BasisCredits.fill(&["US$ 100,00"]));
    assert_eq!(portuguese, "Com base em US$ 100,00 de créditos, que pagaram tudo (gasto total não informado).");
    // Labels and reasons come in the page's language too.
    assert_eq!(with_lang(Lang::Ja, || adcredit_core::Field::Credits.label()), "広告クレジット");
    assert_eq!(with_lang(Lang::Es, || adcredit_core::Undefined::NoClicks.to_string()), Msg::NoClicks.text_in(Lang::Es));
}

#[test]
fn what_is_typed_is_read_the_way_the_pages_language_writes_amounts() {
    use adcredit_core::l10n::native::with_lang;
    use adcredit_core::{Currency, Draft};
    let credits = |lang, text: &str| {
        with_lang(lang, || {
            let draft = Draft { credits: text.into(), currency: Currency::Idr, ..Draft::default() };
            draft.parse().credits.map(|v| v.to_string())
        })
    };
    assert_eq!(credits(Lang::Id, "1,5 jt"), Ok("1500000".into()));
    assert_eq!(credits(Lang::Id, "Rp 1.500.000,-"), Ok("1500000".into()));
    // "M" is *miliar* on an Indonesian page, a million on an English one: never the one silently for the other.
    assert_eq!(credits(Lang::Id, "1,5 M"), Ok("1500000000".into()));
    assert_eq!(credits(Lang::En, "1.5M"), Ok("1500000".into()));
    assert_eq!(credits(Lang::Vi, "1,5 tr"), Ok("1500000".into()));
    assert_eq!(credits(Lang::PtBr, "1,5 mil"), Ok("1500".into()));
    assert!(credits(Lang::En, "2 mil").is_err());
}

#[test]
fn a_new_visitors_currency_follows_their_region() {
    use adcredit_core::Currency;
    let cases = [
        ("id-ID", Some(Currency::Idr)),
        ("es-MX", Some(Currency::Mxn)),
        ("pt-BR", Some(Currency::Brl)),
        ("vi", Some(Currency::Vnd)),
        ("ja", Some(Currency::Jpy)),
        ("de-DE", Some(Currency::Eur)),
        ("en-US", Some(Currency::Usd)),
        ("es-AR", None),
        ("es", None),
        ("ar-SA", None),
        ("zh-Hant-TW", None),
    ];
    for (tag, currency) in cases {
        assert_eq!(Currency::of_locale(tag), currency, "{tag}");
    }
}
