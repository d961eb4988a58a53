//! Export of saved scenarios as CSV: inputs and metrics, one row per scenario, for spreadsheets.
//!
//! RFC 4180 (comma separated, CRLF, fields quoted when needed) with a UTF-8 byte-order mark so Excel reads names
//! correctly. Numbers are plain (`1234.5`, `.` for decimals, no grouping) and rounded as the screen shows them; a
//! metric with no value is an empty cell. A name starting with `=`, `+`, `-` or `@` is prefixed with `'` so a
//! spreadsheet never runs it as a formula.

use crate::library::{Library, Saved};
use crate::plan::{Forecast, Projection};
use crate::{display, Inputs, Metric, Metrics, Unit};

/// The columns before the metrics, and after them.
const INPUTS: [&str; 8] =
    ["Name", "Currency", "Ad credits", "Total spend", "Impressions", "Clicks", "Conversions", "Revenue"];
const AFTER: [&str; 12] = [
    "Gross margin (%)",
    "Target profit (%)",
    "Plan: budget",
    "Plan: CPM",
    "Plan: CTR (%)",
    "Plan: conversion rate (%)",
    "Plan: revenue per conversion",
    "Plan: projected conversions",
    "Plan: projected revenue",
    "Campaign daily budget",
    "Credit grants",
    "Last changed (UTC)",
];

/// The library as CSV; `date` writes a timestamp (milliseconds since 1970 UTC) for the "Last changed" column.
pub fn to_csv(library: &Library, date: impl Fn(u64) -> String) -> String {
    let mut out = String::from("\u{feff}");
    let metrics = Metric::ALL.map(|m| match (m, m.unit()) {
        // The names these columns had before the cash columns were added.
        (Metric::ConversionRateClicks, _) => "Conversion rate, clicks (%)".to_string(),
        (Metric::ConversionRateImpressions, _) => "Conversion rate, impressions (%)".to_string(),
        (_, Unit::Money | Unit::Count) => m.label().to_string(),
        (_, Unit::Percent) => format!("{} (%)", m.label()),
        (_, Unit::Multiple) => format!("{} (×)", m.label()),
    });
    push_row(&mut out, INPUTS.iter().map(|h| h.to_string()).chain(metrics).chain(AFTER.iter().map(|h| h.to_string())));
    for saved in library.recent_first() {
        push_row(&mut out, row(saved, &date));
    }
    out
}

fn row(saved: &Saved, date: &impl Fn(u64) -> String) -> impl Iterator<Item = String> {
    let s = &saved.scenario;
    let metrics = Metrics::compute(&Inputs::from(s));
    let inputs = [
        safe_text(&saved.name),
        s.currency.code().to_string(),
        s.credits.normalize().to_string(),
        s.spend.unwrap_or(s.credits).normalize().to_string(),
        s.impressions.to_string(),
        s.clicks.to_string(),
        s.conversions.to_string(),
        plain(s.revenue),
    ];
    let shown = Metric::ALL.map(|m| metrics.shown(m).map(|v| v.to_string()).unwrap_or_default());
    let forecast = Forecast::of(&Inputs::from(s));
    let projected = |p: Projection| {
        let rounded = forecast.get(p).and_then(|v| display::shown(v, p.unit(), s.currency));
        rounded.map(|v| v.to_string()).unwrap_or_default()
    };
    // Without a plan (no CPM or no rates) the projected columns are empty.
    let after = [
        plain(s.margin),
        plain(s.target_profit),
        plain(s.plan.budget),
        plain(s.plan.cpm),
        plain(s.plan.ctr),
        plain(s.plan.cvr),
        plain(s.plan.aov),
        projected(Projection::Conversions),
        projected(Projection::Revenue),
        plain(s.budget.campaign_daily),
        s.grants.len().to_string(),
        date(saved.updated),
    ];
    inputs.into_iter().chain(shown).chain(after)
}

/// An optional amount as a plain number, or an empty cell.
fn plain(value: Option<rust_decimal::Decimal>) -> String {
    value.map(|v| v.normalize().to_string()).unwrap_or_default()
}

fn safe_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Draft, Scenario};

    fn saved(name: &str, scenario: Scenario, updated: u64) -> Saved {
        Saved { id: format!("id{updated}"), name: name.into(), scenario, created: 0, updated }
    }

    #[test]
    fn one_row_per_scenario_newest_first() {
        let seed = Draft::default().parse().scenario().unwrap();
        let zero = Scenario { clicks: 0, ..seed.clone() };
        let campaign = Scenario {
            spend: Some(600.into()),
            revenue: Some(6000.into()),
            margin: Some(40.into()),
            target_profit: Some(10.into()),
            plan: crate::Plan {
                budget: Some(1000.into()),
                cpm: Some(8.into()),
                ctr: Some(1.into()),
                cvr: Some(2.into()),
                aov: Some(50.into()),
            },
            ..seed.clone()
        };
        let lib = Library {
            scenarios: vec![
                saved("Seed, \"the\" example", seed, 1),
                saved("=cmd()", zero, 2),
                saved("$600", campaign, 3),
            ],
        };
        let csv = to_csv(&lib, |ms| format!("t{ms}"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            concat!(
                r#"Name,Currency,Ad credits,Total spend,Impressions,Clicks,Conversions,Revenue,CPM,CPC,CTR (%),"#,
                r#""Conversion rate, clicks (%)","Conversion rate, impressions (%)",Cost per conversion,"#,
                r#"Credit used,Cash paid,Credit left over,Discount from credits (%),Cash CPM,Cash CPC,"#,
                r#"Cash cost per conversion,ROAS (×),Revenue per conversion,ROAS on cash (×),Profit,"#,
                r#"Profit on the cash you paid,ROI (%),Break-even ROAS (×),Break-even cost per conversion,"#,
                r#"Highest CPC that breaks even,ROAS needed for the target profit (×),Gross margin (%),"#,
                r#"Target profit (%),Plan: budget,Plan: CPM,Plan: CTR (%),Plan: conversion rate (%),"#,
                r#"Plan: revenue per conversion,Plan: projected conversions,Plan: projected revenue,"#,
                r#"Campaign daily budget,Credit grants,Last changed (UTC)"#
            )
        );
        assert_eq!(
            lines[1],
            concat!(
                "$600,USD,100,600,50000,2000,500,6000,12.00,0.30,4.00,25.00,1.00,1.20,100.00,500.00,0.00,16.67,10.00,",
                "0.25,1.00,10.00,12.00,12.00,1800.00,1900.00,300.00,2.50,4.80,1.20,3.33,40,10,1000,8,1,2,50,25,1250.00,,0,t3"
            )
        );
        assert_eq!(
            lines[2],
            "'=cmd(),USD,100,100,50000,0,500,,2.00,,0.00,,1.00,0.20,100.00,0.00,0.00,100.00,,,,,,,,,,,,,,,,,,,,,,,,0,t2"
        );
        assert_eq!(
            lines[3],
            "\"Seed, \"\"the\"\" example\",USD,100,100,50000,2000,500,,2.00,0.05,4.00,25.00,1.00,0.20,100.00,0.00,0.00,100.00,,,,,,,,,,,,,,,,,,,,,,,,0,t1"
        );
        assert_eq!(lines[4], "");
        assert!(csv.starts_with('\u{feff}'));
    }
}
