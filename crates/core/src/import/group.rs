//! Rows summed into groups, each a scenario: one per campaign by default; per ad group, per ad, per day, or the
//! whole report as one. Sums only: every ratio is recomputed from them by the calculator, never averaged.

use std::collections::HashMap;

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use rust_decimal::Decimal;

use super::{Import, Meaning, Row};
use crate::wallet::{date_of, format_date, Day};
use crate::{Currency, Draft};

/// How rows are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum By {
    #[default]
    Campaign,
    AdGroup,
    Ad,
    Day,
    Report,
}

impl By {
    pub const ALL: [By; 5] = [By::Campaign, By::AdGroup, By::Ad, By::Day, By::Report];

    /// The picker's words: "One scenario per campaign", …
    pub const fn label(self) -> &'static str {
        match self {
            By::Campaign => "One scenario per campaign",
            By::AdGroup => "One per ad group",
            By::Ad => "One per ad",
            By::Day => "One per day",
            By::Report => "The whole report as one",
        }
    }

    pub const fn key(self) -> &'static str {
        match self {
            By::Campaign => "campaign",
            By::AdGroup => "ad-group",
            By::Ad => "ad",
            By::Day => "day",
            By::Report => "report",
        }
    }
}

/// One group's sums: what becomes a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// "Spring sale · Apr 1–18, 2026".
    pub name: String,
    /// Campaign, ad group, ad, date range and currency, percent-encoded: the same file imported again gives the
    /// same identity, so the shell updates the saved scenario instead of adding a second one.
    pub identity: String,
    pub currency: Currency,
    pub campaign: Option<String>,
    pub ad_group: Option<String>,
    pub ad: Option<String>,
    /// The first and last day (the rows' dates, else the file name's range).
    pub range: Option<(Day, Day)>,
    pub rows: usize,
    /// Summed Cost (gross, credits included): the scenario's Total spend.
    pub spend: Decimal,
    /// Summed Net cost (what was paid), when the file has the column.
    pub net_cost: Option<Decimal>,
    /// Summed Cost − Net cost (never below zero), when the file has Net cost: the scenario's Ad credits.
    pub credits: Option<Decimal>,
    pub impressions: Decimal,
    pub clicks: Decimal,
    pub conversions: Decimal,
    /// Summed purchase value, when the file has the column.
    pub revenue: Option<Decimal>,
}

impl Group {
    /// The calculator's fields for this group, as plain decimal text (an empty Ad credits when the file has no Net
    /// cost).
    pub fn draft(&self) -> Draft {
        let text = |d: Decimal| d.normalize().to_string();
        let mut draft = Draft::cleared(self.currency);
        draft.spend = text(self.spend);
        draft.credits = self.credits.map(text).unwrap_or_default();
        draft.impressions = text(self.impressions);
        draft.clicks = text(self.clicks);
        draft.conversions = text(self.conversions);
        draft.revenue = self.revenue.map(text).unwrap_or_default();
        draft
    }
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month(m: u32) -> &'static str {
    usize::try_from(m).ok().and_then(|m| m.checked_sub(1)).and_then(|i| MONTHS.get(i)).copied().unwrap_or("")
}

/// A range of days as a scenario name says it: "Apr 1–18, 2026", "Apr 28 – May 3, 2026", "Dec 28, 2025 – Jan 3,
/// 2026", "Apr 1, 2026". (A name, stored with the scenario, so it is in English like the rest of the names.)
pub fn date_range(from: Day, to: Day) -> String {
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (date_of(from), date_of(to)) else {
        return format!("{} – {}", format_date(from), format_date(to));
    };
    if from == to {
        format!("{} {d1}, {y1}", month(m1))
    } else if y1 == y2 && m1 == m2 {
        format!("{} {d1}–{d2}, {y1}", month(m1))
    } else if y1 == y2 {
        format!("{} {d1} – {} {d2}, {y1}", month(m1), month(m2))
    } else {
        format!("{} {d1}, {y1} – {} {d2}, {y2}", month(m1), month(m2))
    }
}

/// The first and last date of `rows`.
pub fn range_of<'a>(rows: impl Iterator<Item = &'a Row>) -> Option<(Day, Day)> {
    rows.filter_map(|r| r.date).fold(None, |acc, d| match acc {
        None => Some((d, d)),
        Some((a, b)) => Some((a.min(d), b.max(d))),
    })
}

type Key = (Currency, Option<String>, Option<String>, Option<String>, Option<Day>);

fn key(row: &Row, by: By) -> Key {
    let n = &row.names;
    match by {
        By::Campaign => (row.currency, n.campaign.clone(), None, None, None),
        By::AdGroup => (row.currency, n.campaign.clone(), n.ad_group.clone(), None, None),
        By::Ad => (row.currency, n.campaign.clone(), n.ad_group.clone(), n.ad.clone(), None),
        By::Day => (row.currency, None, None, None, row.date),
        By::Report => (row.currency, None, None, None, None),
    }
}

/// The rows of `import` summed by `by`, in the order each group first appears.
pub fn groups(import: &Import, by: By) -> Vec<Group> {
    let mut index: HashMap<Key, Vec<&Row>> = HashMap::new();
    let mut order: Vec<Key> = Vec::new();
    for row in &import.rows {
        let k = key(row, by);
        let entry = index.entry(k.clone()).or_default();
        if entry.is_empty() {
            order.push(k);
        }
        entry.push(row);
    }
    let several_currencies = import.currencies().len() > 1;
    let has_net = import.mapping.get(Meaning::NetCost).is_some();
    let has_revenue = import.mapping.get(Meaning::Revenue).is_some();
    let campaigns: Vec<&String> = {
        let mut seen: Vec<&String> = Vec::new();
        for c in import.rows.iter().filter_map(|r| r.names.campaign.as_ref()) {
            if !seen.contains(&c) {
                seen.push(c);
            }
        }
        seen
    };
    order
        .into_iter()
        .filter_map(|k| {
            let rows = index.remove(&k)?;
            let (currency, campaign, ad_group, ad, day) = k;
            let range = range_of(rows.iter().copied()).or(import.file_range);
            let sum = |f: &dyn Fn(&Row) -> Decimal| rows.iter().fold(Decimal::ZERO, |a, r| a.saturating_add(f(r)));
            let spend = sum(&|r| r.cost);
            let net_cost = has_net.then(|| sum(&|r| r.net_cost.unwrap_or(Decimal::ZERO)));
            let credits = net_cost.map(|n| spend.saturating_sub(n).max(Decimal::ZERO));
            let label = match by {
                By::Campaign | By::AdGroup | By::Ad => {
                    let parts: Vec<&str> = [&campaign, &ad_group, &ad].iter().filter_map(|p| p.as_deref()).collect();
                    if parts.is_empty() {
                        "Imported report".to_string()
                    } else {
                        parts.join(" › ")
                    }
                }
                By::Day | By::Report => match campaigns.as_slice() {
                    [only] => (*only).clone(),
                    [] => "Imported report".to_string(),
                    _ => "All campaigns".to_string(),
                },
            };
            let when = match (by, day) {
                (By::Day, Some(d)) => Some(date_range(d, d)),
                _ => range.map(|(a, b)| date_range(a, b)),
            };
            let mut name = when.map_or(label.clone(), |w| format!("{label} · {w}"));
            if several_currencies {
                name = format!("{name} · {}", currency.code());
            }
            let encode = |s: &Option<String>| {
                s.as_deref().map(|s| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()).unwrap_or_default()
            };
            let (from, to) = range.map_or((String::new(), String::new()), |(a, b)| (format_date(a), format_date(b)));
            let identity = format!(
                "by={};campaign={};ad-group={};ad={};from={from};to={to};currency={}",
                by.key(),
                encode(&campaign),
                encode(&ad_group),
                encode(&ad),
                currency.code()
            );
            Some(Group {
                name,
                identity,
                currency,
                campaign,
                ad_group,
                ad,
                range,
                rows: rows.len(),
                spend,
                net_cost,
                credits,
                impressions: sum(&|r| r.impressions),
                clicks: sum(&|r| r.clicks),
                conversions: sum(&|r| r.conversions),
                revenue: has_revenue.then(|| sum(&|r| r.revenue.unwrap_or(Decimal::ZERO))),
            })
        })
        .collect()
}

/// The groups as CSV (name, currency, the sums), for the fuzz target's round trip and for debugging.
pub fn to_csv(groups: &[Group]) -> String {
    let mut out = String::from("Campaign name,Currency,Cost,Net cost,Impressions,Clicks (destination),Conversions\n");
    for g in groups {
        let name = g.campaign.clone().unwrap_or_default().replace('"', "\"\"");
        let plain = |d: Decimal| d.normalize().to_string();
        out.push_str(&format!(
            "\"{name}\",{},{},{},{},{},{}\n",
            g.currency.code(),
            plain(g.spend),
            g.net_cost.map(plain).unwrap_or_default(),
            plain(g.impressions),
            plain(g.clicks),
            plain(g.conversions)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wallet::parse_date;

    #[test]
    fn ranges() {
        let d = |s: &str| parse_date(s).unwrap();
        assert_eq!(date_range(d("2026-04-01"), d("2026-04-18")), "Apr 1–18, 2026");
        assert_eq!(date_range(d("2026-04-28"), d("2026-05-03")), "Apr 28 – May 3, 2026");
        assert_eq!(date_range(d("2025-12-28"), d("2026-01-03")), "Dec 28, 2025 – Jan 3, 2026");
        assert_eq!(date_range(d("2026-04-01"), d("2026-04-01")), "Apr 1, 2026");
    }
}
