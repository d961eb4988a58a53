//! Typical third-party figures for TikTok ads (`DOMAIN.md`): TikTok publishes none, so wherever they are used they
//! are labelled as third-party figures, with their sources. Money ranges are in US dollars; rates hold in every
//! currency.

use rust_decimal::Decimal;

use crate::{Metric, Unit};

/// Where the figures come from, as the page says it (a word joiner keeps "2025–26" on one line).
pub const LABEL: &str = "third-party figures, 2025–\u{2060}26";
pub const SOURCES: &str = "calculatecreator.com, affectgroup.com, dashthis.com";

/// A metric's typical range and its typical value. Money in US dollars; rates as percentages (0.9 for 0.9 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Typical {
    pub metric: Metric,
    pub low: Decimal,
    pub high: Decimal,
    pub typical: Decimal,
}

/// `mantissa / 10^scale`, at compile time.
const fn d(mantissa: u32, scale: u32) -> Decimal {
    Decimal::from_parts(mantissa, 0, 0, false, scale)
}

/// CPM $6.50–10 (≈ $8), CPC $0.30–2.50 (≈ $0.80), CTR 0.5–1.5 % (in-feed ≈ 0.9 %), conversion rate of clicks 1–3 %
/// (2 % taken as typical, the middle of the range).
pub const TYPICAL: [Typical; 4] = [
    Typical { metric: Metric::Cpm, low: d(650, 2), high: d(10, 0), typical: d(8, 0) },
    Typical { metric: Metric::Cpc, low: d(30, 2), high: d(250, 2), typical: d(80, 2) },
    Typical { metric: Metric::Ctr, low: d(5, 1), high: d(15, 1), typical: d(9, 1) },
    Typical { metric: Metric::ConversionRateClicks, low: d(1, 0), high: d(3, 0), typical: d(2, 0) },
];

impl Typical {
    /// The typical figures for `metric`, if there are any.
    pub fn of(metric: Metric) -> Option<Typical> {
        TYPICAL.into_iter().find(|t| t.metric == metric)
    }

    /// Whether the figures are money (and so hold only in US dollars).
    pub fn is_money(&self) -> bool {
        self.metric.unit() == Unit::Money
    }
}
