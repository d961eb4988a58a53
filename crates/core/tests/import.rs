//! The import of Ads Manager reports: each case and each message one line, on fixtures in the real formats
//! (`scripts/make-import-fixtures.py` writes them).

// Test code: a panic here is a failing test, not a dead page.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic, clippy::arithmetic_side_effects)]

use std::io::Write;
use std::time::Instant;

use adcredit_core::import::check::{self, Figure};
use adcredit_core::import::group::{to_csv, By};
use adcredit_core::import::{self, Import, ImportError, Mapping, Meaning, Outcome};
use adcredit_core::report::Plain;
use adcredit_core::{Currency, Decimal, Ratio};
use proptest::prelude::*;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/");
const CSV: &str = "Tiktok Ads_Campaign report_Acme_20260401-20260418.csv";
const XLSX: &str = "Campaign_Acme_20260401-20260418_GMT+0.xlsx";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}{name}")).unwrap()
}

fn imported(bytes: &[u8], name: &str) -> Import {
    match import::read(bytes, name, Currency::Usd) {
        Ok(Outcome::Imported(i)) => i,
        other => panic!("{other:?}"),
    }
}

fn error(bytes: &[u8], name: &str) -> String {
    match import::read(bytes, name, Currency::Usd) {
        Err(e) => format!("{} {e}", e.key()),
        other => panic!("{other:?}"),
    }
}

/// Each group: name, currency, the draft's spend, credits, impressions, clicks, conversions and revenue.
fn groups(i: &Import, by: By) -> Vec<String> {
    i.groups(by)
        .iter()
        .map(|g| {
            let d = g.draft();
            format!(
                "{} | {} | {} {} {} {} {} {}",
                g.name, g.currency, d.spend, d.credits, d.impressions, d.clicks, d.conversions, d.revenue
            )
        })
        .collect()
}

fn said(i: &Import) -> Vec<String> {
    i.said().iter().map(|s| format!("{} {}", s.key(), s.words(&Plain))).collect()
}

fn checked(i: &Import) -> Vec<String> {
    i.check().said().iter().map(|s| format!("{} {}", s.key(), s.words(&Plain))).collect()
}

#[test]
fn csv_with_bom_total_row_dash_zero_and_repeated_header() {
    let i = imported(&fixture(CSV), CSV);
    assert_eq!(
        groups(&i, By::Campaign),
        [
            "Spring sale · Apr 1–18, 2026 | USD | 200 40 61000 600 18 1350",
            "Summer, early · Apr 5, 2026 | USD | 33.33 33.33 5000 7 0 0",
        ]
    );
    assert_eq!(said(&i), ["found 3 rows in USD, Apr 1–18, 2026, by ad group, day by day."]);
    assert_eq!(
        checked(&i),
        [
            "agree TikTok's figures agree with the exact ones on 3 of 3 rows.",
            "add-up The rows add up to the total row (row 5).",
        ]
    );
}

#[test]
fn groups_by_ad_group_day_and_report() {
    let i = imported(&fixture(CSV), CSV);
    assert_eq!(groups(&i, By::AdGroup)[0], "Spring sale › Broad · Apr 1, 2026 | USD | 120.5 40 40000 410 12 900");
    assert_eq!(groups(&i, By::Day).len(), 3);
    assert_eq!(groups(&i, By::Day)[1], "All campaigns · Apr 18, 2026 | USD | 79.5 0 21000 190 6 450");
    assert_eq!(groups(&i, By::Report), ["All campaigns · Apr 1–18, 2026 | USD | 233.33 73.33 66000 607 18 1350"]);
}

#[test]
fn the_same_file_gives_the_same_identities() {
    let a = imported(&fixture(CSV), CSV).groups(By::Campaign);
    let b = imported(&fixture(CSV), CSV).groups(By::Campaign);
    assert_eq!(a.iter().map(|g| &g.identity).collect::<Vec<_>>(), b.iter().map(|g| &g.identity).collect::<Vec<_>>());
    assert_eq!(
        a[1].identity,
        "by=campaign;campaign=Summer%2C%20early;ad-group=;ad=;from=2026-04-05;to=2026-04-05;currency=USD"
    );
}

#[test]
fn korean_headers_full_width_and_whole_won() {
    let i = imported(&fixture("korean.csv"), "korean.csv");
    assert_eq!(groups(&i, By::Campaign), ["봄 세일 · Apr 1–2, 2026 | KRW | 249999 50000 82001 383 10 "]);
    assert_eq!(
        checked(&i),
        [
            "agree TikTok's figures agree with the exact ones on 2 of 2 rows.",
            "add-up The rows add up to the total row (row 4).",
        ]
    );
}

#[test]
fn pasted_tsv_2023_names_and_masked_count() {
    let text = String::from_utf8(fixture("paste.tsv")).unwrap();
    let Outcome::Imported(i) = import::read_pasted(&text, Currency::Usd).unwrap() else { panic!() };
    assert_eq!(i.source, import::Source::Tsv);
    assert_eq!(groups(&i, By::Campaign), ["Always on | EUR | 50  20000 100 4 ", "Retargeting | EUR | 12  3000 30 0 "]);
    assert_eq!(
        said(&i),
        [
            "found 2 rows in EUR, by campaign.",
            "masked TikTok masks small counts as “<5”: 1 count in 1 row is counted as 0, so the sums may be a few short and those rows' ratios are not checked.",
            "no-net-cost The file has no Net cost column, so Ad credits stay empty: the metrics are on the whole spend.",
        ]
    );
    assert_eq!(
        checked(&i),
        [
            "agree TikTok's figures agree with the exact ones on 2 of 2 rows.",
            "no-total The file has no total row to check the sums against.",
        ]
    );
}

#[test]
fn xlsx_wrong_dimension_shared_strings_and_percent_ctr() {
    let i = imported(&fixture(XLSX), XLSX);
    assert_eq!(i.source, import::Source::Xlsx);
    assert_eq!(
        groups(&i, By::Campaign),
        [
            "Spring sale · Apr 1–18, 2026 | USD | 200 40 61000 600 18 ",
            "Summer, early · Apr 1–18, 2026 | USD | 33.33 33.33 5000 7 0 ",
        ]
    );
    assert_eq!(
        checked(&i),
        [
            "agree TikTok's figures agree with the exact ones on 3 of 3 rows.",
            "add-up The rows add up to the total row (row 5).",
        ]
    );
}

#[test]
fn disagreements_are_listed_with_both_values() {
    let text = String::from_utf8(fixture(CSV)).unwrap().replacen(",0.29,3.01,", ",0.30,3.01,", 1);
    let i = imported(text.as_bytes(), CSV);
    assert_eq!(
        checked(&i)[0],
        "disagree TikTok's figures agree with the exact ones on 2 of 3 rows; they differ on row 2, CPC: TikTok $0.30, exact $0.2939."
    );
}

#[test]
fn rows_that_do_not_add_up() {
    let text = String::from_utf8(fixture(CSV)).unwrap().replacen(
        "Total of 3 results,-,-,233.33",
        "Total of 3 results,-,-,233.34",
        1,
    );
    let i = imported(text.as_bytes(), CSV);
    assert_eq!(
        checked(&i)[1],
        "differ The rows do not add up to the total row (row 5): Cost $233.33 in the rows, $233.34 in the total."
    );
}

#[test]
fn tiktok_rounding_rules() {
    let r = |n: &str, d: &str| Ratio::new(n.parse().unwrap(), d.parse().unwrap());
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    assert!(check::agrees(Figure::Cpc, r("1", "8"), d("0.13"), Currency::Usd), "half up");
    assert!(!check::agrees(Figure::Cpc, r("1", "8"), d("0.12"), Currency::Usd));
    assert!(check::agrees(Figure::Cpc, r("1999", "2"), d("999"), Currency::Krw), "whole units, truncated");
    assert!(check::agrees(Figure::Cpc, r("1999", "2"), d("1000"), Currency::Krw), "whole units, rounded");
    assert!(!check::agrees(Figure::Cpc, r("1999", "2"), d("999"), Currency::Usd));
    assert!(check::agrees(Figure::Cpa, None, d("0"), Currency::Usd), "a zero denominator is written 0");
    assert!(!check::agrees(Figure::Cpa, None, d("1"), Currency::Usd));
}

#[test]
fn text_where_a_number_belongs_skips_that_row() {
    let text = String::from_utf8(fixture(CSV)).unwrap().replacen("79.50,79.50,21000", "79.50,79.50,lots", 1);
    let i = imported(text.as_bytes(), CSV);
    assert_eq!(i.rows.len(), 2);
    assert_eq!(
        said(&i)[1],
        "skipped 1 row was skipped, the rest imported: row 3, Impressions: “lots” is not a number."
    );
    assert_eq!(
        checked(&i)[1],
        "differ The rows do not add up to the total row (row 5) (the 1 skipped row are not in the sums): Cost $153.83 in the rows, $233.33 in the total; Net cost $80.50 in the rows, $160.00 in the total; Impressions 45,000 in the rows, 66,000 in the total; Clicks (destination) 417 in the rows, 607 in the total; Conversions 12 in the rows, 18 in the total; Purchase value $900.00 in the rows, $1,350.00 in the total."
    );
}

#[test]
fn two_currencies_are_split() {
    let text = String::from_utf8(fixture(CSV)).unwrap().replacen("0,0,USD", "0,0,EUR", 1);
    let i = imported(text.as_bytes(), CSV);
    assert_eq!(
        groups(&i, By::Campaign).iter().map(|g| g.split(" | ").next().unwrap().to_string()).collect::<Vec<_>>(),
        ["Spring sale · Apr 1–18, 2026 · USD", "Summer, early · Apr 5, 2026 · EUR"]
    );
    assert_eq!(said(&i)[1], "currencies The report mixes 2 currencies (USD, EUR): each currency is imported separately, never added together.");
    assert_eq!(
        checked(&i)[1],
        "mixed-currencies The total row adds several currencies together, so the sums are not checked against it."
    );
}

#[test]
fn no_currency_column_assumes_the_calculators() {
    let text = "Campaign name,Cost,Impressions,Clicks,Conversions\nA,10,1000,10,1\n";
    let i = imported(text.as_bytes(), "x.csv");
    assert_eq!(
        said(&i)[1],
        "assumed-currency The file has no Currency column: the amounts are taken as USD, the calculator's currency."
    );
    assert_eq!(
        checked(&i)[0],
        "no-figures The file has no CPC, CPM, CTR or cost per conversion column to check TikTok's figures against."
    );
}

#[test]
fn unmapped_columns_and_a_manual_mapping() {
    let text = "Campaign name,Spend total,Impressions,Link clicks,Conversions\nA,10,1000,10,1\n";
    let Outcome::Unmapped(u) = import::read(text.as_bytes(), "x.csv", Currency::Usd).unwrap() else { panic!() };
    assert_eq!(u.missing, [Meaning::Cost, Meaning::Clicks]);
    assert_eq!(
        u.note().text,
        "Which column is Cost, Clicks (destination)? This file's headers are not ones we recognise: choose below."
    );
    assert_eq!(u.columns[1].header, "Spend total");
    assert_eq!(u.columns[1].first_value, "10");
    assert_eq!(
        u.key,
        import::headers_key(&text.lines().next().unwrap().split(',').map(String::from).collect::<Vec<_>>())
    );
    let mut mapping = u.mapping.clone();
    mapping.set(Meaning::Cost, Some(1));
    mapping.set(Meaning::Clicks, Some(3));
    let i = import::read_with_mapping(text.as_bytes(), "x.csv", Currency::Usd, &mapping).unwrap();
    assert_eq!(groups(&i, By::Campaign), ["A | USD | 10  1000 10 1 "]);
    let mut bad = Mapping::default();
    bad.set(Meaning::Cost, Some(1));
    let e = import::read_with_mapping(text.as_bytes(), "x.csv", Currency::Usd, &bad).unwrap_err();
    assert_eq!(e.to_string(), "Choose a column for Impressions, Clicks (destination), Conversions.");
    mapping.set(Meaning::Cost, Some(40));
    let e = import::read_with_mapping(text.as_bytes(), "x.csv", Currency::Usd, &mapping).unwrap_err();
    assert_eq!(e.to_string(), "The column chosen for Cost is not in this file: choose it again.");
}

#[test]
fn bad_files_each_say_what_and_where() {
    assert_eq!(error(b"", "a.csv"), "empty The file is empty: there is nothing to import.");
    assert_eq!(error("\u{feff}\n\n".as_bytes(), "a.csv"), "empty The file is empty: there is nothing to import.");
    assert_eq!(
        error(&fixture("renamed-pdf.csv"), "renamed-pdf.csv"),
        "pdf This is a PDF, not a spreadsheet: export the report from TikTok Ads Manager as CSV or XLSX."
    );
    assert_eq!(error(b"hello\nworld\n", "a.csv"), "not-a-report No TikTok Ads Manager header row was found: none of the first rows names Cost, Impressions, Clicks or Conversions.");
    assert_eq!(
        error(b"Cost,Impressions,Clicks,Conversions\n", "a.csv"),
        "no-rows The report has a header row but no rows under it."
    );
    assert_eq!(error(b"\x00\x01\x02binary", "a.csv"), "not-text This file is neither text nor an XLSX workbook: export the report from TikTok Ads Manager as CSV or XLSX.");
    assert_eq!(
        error(b"Cost,Impressions,Clicks,Conversions,Currency\n1,1,1,1,USD\n1,1,1,1,CHF\n", "a.csv"),
        "unknown-currency Row 3, Currency: “CHF” is not a currency this calculator offers (USD, EUR, GBP, CAD, AUD, JPY, KRW, BRL, MXN, IDR, THB, VND)."
    );
    assert_eq!(
        error(&vec![b'a'; import::MAX_FILE_BYTES + 1], "a.csv"),
        "too-large The file is 20.0 MB; the import reads files up to 20 MB. Export a shorter period or fewer columns."
    );
    assert_eq!(
        error(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "report.xlsx"),
        "encrypted The workbook is password-protected: open it, remove the password, save it and import it again."
    );
    assert_eq!(
        error(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "report.xls"),
        "xls This is an Excel 97–2003 (.xls) workbook: save it as .xlsx or .csv and import that."
    );
    assert_eq!(error(b"Cost,Impressions", "report.xlsx"), "damaged The XLSX file is damaged or cut short (it does not begin as a zip archive): download it again from TikTok Ads Manager.");
}

#[test]
fn truncated_xlsx_is_damaged() {
    let e = error(&fixture("truncated.xlsx"), "truncated.xlsx");
    assert!(e.starts_with("damaged The XLSX file is damaged or cut short ("), "{e}");
}

/// A zip archive of one deflated entry, declaring `declared` bytes uncompressed.
fn zip(name: &str, deflated: &[u8], declared: u32, flags: u16) -> Vec<u8> {
    let mut out = Vec::new();
    let header = |out: &mut Vec<u8>, central: bool| {
        out.extend_from_slice(if central { b"PK\x01\x02" } else { b"PK\x03\x04" });
        if central {
            out.extend_from_slice(&20u16.to_le_bytes());
        }
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&flags.to_le_bytes());
        out.extend_from_slice(&8u16.to_le_bytes()); // deflate
        out.extend_from_slice(&[0; 4]); // time, date
        out.extend_from_slice(&0u32.to_le_bytes()); // crc (never reached)
        out.extend_from_slice(&(deflated.len() as u32).to_le_bytes());
        out.extend_from_slice(&declared.to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        if central {
            out.extend_from_slice(&[0; 8]); // comment length, disk, internal attributes
            out.extend_from_slice(&0u32.to_le_bytes()); // external attributes
            out.extend_from_slice(&0u32.to_le_bytes()); // local header offset
        }
        out.extend_from_slice(name.as_bytes());
    };
    header(&mut out, false);
    out.extend_from_slice(deflated);
    let central_start = out.len();
    header(&mut out, true);
    let central_len = out.len() - central_start;
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&(central_len as u32).to_le_bytes());
    out.extend_from_slice(&(central_start as u32).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// A raw deflate stream of `megabytes` MB of zeros: one full-flushed block of 1 MB repeated (about 1 kB each).
fn zeros(megabytes: usize) -> Vec<u8> {
    let mut block = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    block.write_all(&vec![0; 1024 * 1024]).unwrap();
    block.flush().unwrap();
    let one = block.get_ref().clone();
    let mut stream: Vec<u8> = one.repeat(megabytes);
    // A final empty stored block.
    stream.extend_from_slice(&[0x01, 0x00, 0x00, 0xFF, 0xFF]);
    stream
}

#[test]
fn zip_bombs_are_refused() {
    // Declared: 1 GB uncompressed from a few bytes.
    let declared = zip("xl/worksheets/sheet1.xml", &[0x03, 0x00], 1 << 30, 0);
    assert_eq!(
        error(&declared, "bomb.xlsx"),
        "zip-bomb The XLSX file unpacks to more than 50.0 MB (1,024.0 MB or more), far more than a report: it is not read."
    );
    // Actually inflating to 1 GB while declaring 40 MB (under the cap, at a plausible ratio): the zip reader stops
    // at the declared size, and the guard's own count of inflated bytes would stop at 50 MB.
    let stream = zeros(1024);
    assert!(stream.len() < 2 * 1024 * 1024, "{}", stream.len());
    let lying = zip("xl/worksheets/sheet1.xml", &stream, 40 << 20, 0);
    let started = Instant::now();
    assert_eq!(
        error(&lying, "bomb.xlsx"),
        "damaged The XLSX file is damaged or cut short (File is larger than its declared uncompressed size): download it again from TikTok Ads Manager."
    );
    println!("the inflating bomb was refused in {:?}", started.elapsed());
    // An encrypted entry (general purpose flag bit 0).
    let encrypted = zip("xl/workbook.xml", &[0x03, 0x00], 0, 1);
    assert_eq!(
        error(&encrypted, "x.xlsx"),
        "encrypted The workbook is password-protected: open it, remove the password, save it and import it again."
    );
}

#[test]
fn remembered_columns_are_said() {
    assert_eq!(
        import::Said::Remembered.note(&Plain).text,
        "The columns are the ones you chose for a file with these headers before."
    );
}

#[test]
fn error_words_come_from_the_core() {
    assert_eq!(ImportError::NoSheet.note(&Plain).text, "The XLSX file has no worksheet.");
    assert_eq!(
        ImportError::TooManyRows.to_string(),
        "The report has more than 200,000 rows: export it by campaign or for a shorter period."
    );
}

/// Generated reports: 7,000 rows × 13 columns (140 campaigns) and 300 rows × 850 columns, read, grouped and checked.
#[test]
fn large_reports_native_timings() {
    let mut wide = String::from("\u{feff}Campaign name,Cost,Impressions,Clicks (destination),Conversions,CPC (destination),CPM,CTR (destination),Cost per conversion,Net cost,Currency,By Day,Ad group name\n");
    for i in 0..7000 {
        let (cost, imp, clk, conv) = (Decimal::new(1000 + i, 2), 1000 + i, 10 + i % 50, i % 7);
        let r = |n: Decimal, d: i64| {
            if d == 0 {
                "0".to_string()
            } else {
                Ratio::new(n, Decimal::from(d)).unwrap().round(2).unwrap().to_string()
            }
        };
        wide.push_str(&format!(
            "Campaign {},{cost},{imp},{clk},{conv},{},{},{},{},{},USD,2026-04-{:02},Group {}\n",
            i % 140,
            r(cost, clk),
            r(cost * Decimal::from(1000), imp),
            r(Decimal::from(clk * 100), imp),
            r(cost, conv),
            cost / Decimal::from(2),
            1 + i % 28,
            i % 3
        ));
    }
    let started = Instant::now();
    let i = imported(wide.as_bytes(), "big.csv");
    let groups = i.groups(By::Campaign);
    let check = i.check();
    let tall = started.elapsed();
    assert_eq!((i.rows.len(), groups.len(), check.agreeing, check.compared), (7000, 140, 7000, 7000));

    let mut many = String::from("Campaign name,Cost,Impressions,Clicks (destination),Conversions");
    for c in 5..850 {
        many.push_str(&format!(",Metric {c}"));
    }
    many.push('\n');
    for r in 0..300 {
        many.push_str(&format!("Campaign {},{}.5,{},{},{}", r % 20, r, 1000 + r, r, r % 3));
        for c in 5..850 {
            many.push_str(&format!(",{}", c * r));
        }
        many.push('\n');
    }
    let started = Instant::now();
    let i = imported(many.as_bytes(), "wide.csv");
    let groups = i.groups(By::Campaign);
    let _ = i.check();
    let wide_time = started.elapsed();
    assert_eq!((i.rows.len(), groups.len()), (300, 20));
    println!("native (debug build): 7,000 × 13 read+grouped+checked in {tall:?}; 300 × 850 in {wide_time:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for name in ["x.csv", "x.tsv", "x.xlsx"] {
            if let Ok(Outcome::Imported(i)) = import::read(&bytes, name, Currency::Usd) {
                for by in By::ALL {
                    let _ = i.groups(by);
                }
                let _ = i.check().notes(&Plain);
                for s in i.said() {
                    let _ = s.words(&Plain);
                }
            }
        }
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend_from_slice(&bytes);
        let _ = import::read(&zipped, "x.xlsx", Currency::Usd);
    }

    #[test]
    fn any_text_report_never_panics(cells in proptest::collection::vec("[0-9a-z<.,\"\t\n -]{0,8}", 0..40)) {
        let text = format!("Campaign name,Cost,Impressions,Clicks,Conversions,CPC,CTR,Currency\n{}", cells.join(","));
        if let Ok(Outcome::Imported(i)) = import::read(text.as_bytes(), "x.csv", Currency::Usd) {
            let _ = i.groups(By::Campaign);
            let _ = i.check().notes(&Plain);
            // What is imported re-exports to the same sums (as the fuzz target checks on any bytes).
            let groups = i.groups(By::Report);
            if !groups.is_empty() {
                let Ok(Outcome::Imported(again)) = import::read(to_csv(&groups).as_bytes(), "a.csv", Currency::Usd) else {
                    panic!("the re-export does not read")
                };
                let sums = |g: &[import::Group]| g.iter().map(|g| (g.currency, g.spend, g.impressions, g.clicks, g.conversions)).collect::<Vec<_>>();
                prop_assert_eq!(sums(&groups), sums(&again.groups(By::Report)));
            }
        }
    }
}
