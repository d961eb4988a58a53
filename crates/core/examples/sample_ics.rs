//! Writes a sample "Add to calendar" file for two credits, for `scripts/check-ics.py`:
//! `cargo run -p adcredit-core --example sample_ics -- target/sample.ics`.

use adcredit_core::report::calendar::{calendar, Which};
use adcredit_core::report::Plain;
use adcredit_core::wallet::{parse_date, Source};
use adcredit_core::{Draft, GrantDraft};

fn main() -> std::process::ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "sample.ics".into());
    let draft = Draft {
        grants: vec![
            // No expiry typed: the 90-day default. A long source label and a comma fold and escape.
            GrantDraft::new(Source::PartnerProgramme, "1,500", "2026-11-25", ""),
            GrantDraft::new(Source::Coupon, "400", "2026-11-25", "2026-11-30"),
        ],
        campaign_daily: "50".into(),
        ..Draft::default()
    };
    let today = parse_date("2026-11-25").unwrap_or_default();
    // 2026-11-25T10:30:05Z, as the browser's clock would give it.
    let stamp = 1_795_602_605;
    let link = "https://adcredit.example/#v=1&g1=partner~1500~2026-11-25~&g2=coupon~400~2026-11-25~2026-11-30&daily=50";
    match calendar(&draft, &draft.parse(), today, Which::All, "sample-scenario; “ünïcödé”", link, stamp, &Plain)
    {
        Ok(text) => match std::fs::write(&path, text) {
            Ok(()) => {
                println!("wrote {path}");
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::ExitCode::FAILURE
            }
        },
        Err(why) => {
            eprintln!("no calendar: {why:?}");
            std::process::ExitCode::FAILURE
        }
    }
}
