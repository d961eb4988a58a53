//! `cargo bench -p adcredit-core --bench evaluate`: the core's time to evaluate one scenario (parse the four typed
//! fields, compute every metric, round all six for display), natively. Prints figures; asserts nothing.

use std::hint::black_box;
use std::time::Instant;

use adcredit_core::{evaluate, Currency, Draft, Metric};

fn main() {
    let drafts = [
        Draft::default(),
        Draft {
            currency: Currency::Eur,
            credits: "1.234,50 €".into(),
            impressions: "1.2M".into(),
            clicks: "9 870".into(),
            conversions: "321".into(),
            spend: "6.000".into(),
            revenue: "12.345,60".into(),
            margin: "35".into(),
            ..Draft::default()
        },
        Draft { clicks: "abc".into(), ..Draft::default() },
        Draft { credits: "1".into(), impressions: "10,000,000".into(), clicks: "3,000".into(), ..Draft::default() },
    ];
    let rounds: u32 = 50_000;
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..rounds {
            for draft in &drafts {
                let (_, metrics) = evaluate(black_box(draft));
                for metric in Metric::ALL {
                    black_box(metrics.shown(metric)).ok();
                }
            }
        }
        let per = start.elapsed().as_secs_f64() / f64::from(rounds) / drafts.len() as f64;
        best = best.min(per);
    }
    println!(
        "core: {:.2} µs per scenario evaluation (parse {} fields, {} metrics, display rounding; best of 5 runs)",
        best * 1e6,
        adcredit_core::Field::ALL.len(),
        Metric::ALL.len()
    );
}
