//! Any bytes as CSV, TSV and XLSX: reading, grouping every way and checking never panic; and what is imported
//! re-exports to the same sums (the campaign groups written as CSV and read again give the same groups' sums).
#![no_main]

use adcredit_core::import::group::{to_csv, By};
use adcredit_core::import::{self, Outcome};
use adcredit_core::report::Plain;
use adcredit_core::Currency;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for name in ["report.csv", "paste.tsv", "report.xlsx"] {
        let Ok(Outcome::Imported(i)) = import::read(bytes, name, Currency::Usd) else { continue };
        for by in By::ALL {
            let _ = i.groups(by);
        }
        let _ = i.check().notes(&Plain);
        for said in i.said() {
            let _ = said.words(&Plain);
        }
        let groups = i.groups(By::Report);
        if groups.is_empty() {
            continue;
        }
        let again = match import::read(to_csv(&groups).as_bytes(), "again.csv", Currency::Usd) {
            Ok(Outcome::Imported(again)) => again.groups(By::Report),
            other => panic!("the re-export does not read: {other:?}"),
        };
        let sums = |g: &[import::Group]| {
            g.iter().map(|g| (g.currency, g.spend, g.impressions, g.clicks, g.conversions)).collect::<Vec<_>>()
        };
        assert_eq!(sums(&groups), sums(&again));
    }
});
