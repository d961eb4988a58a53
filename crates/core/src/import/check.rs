//! TikTok's figures against the exact ones: for every row and the total row, CPC, CPM, CTR and cost per
//! conversion computed exactly from that row's sums and rounded as TikTok rounds (half up to 2 decimals; CTR in
//! percent; for zero-decimal currencies the money figures also in whole units, truncated or rounded — either is
//! accepted), compared with TikTok's own columns; and whether the rows add up to the total row.

use rust_decimal::Decimal;

use super::{Import, Meaning, Row, TikTok};
use crate::report::{Format, Note, Tone};
use crate::{Currency, Ratio};

/// The most disagreements listed one by one.
pub const MAX_LISTED: usize = 50;

/// One of TikTok's rounded figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Cpc,
    Cpm,
    Ctr,
    Cpa,
}

impl Figure {
    pub const ALL: [Figure; 4] = [Figure::Cpc, Figure::Cpm, Figure::Ctr, Figure::Cpa];

    pub const fn label(self) -> &'static str {
        match self {
            Figure::Cpc => "CPC",
            Figure::Cpm => "CPM",
            Figure::Ctr => "CTR",
            Figure::Cpa => "Cost per conversion",
        }
    }

    /// The counts it is computed from (numerator, denominator).
    const fn inputs(self) -> (Meaning, Meaning) {
        match self {
            Figure::Cpc => (Meaning::Cost, Meaning::Clicks),
            Figure::Cpm => (Meaning::Cost, Meaning::Impressions),
            Figure::Ctr => (Meaning::Clicks, Meaning::Impressions),
            Figure::Cpa => (Meaning::Cost, Meaning::Conversions),
        }
    }

    fn of(self, t: &TikTok) -> Option<Decimal> {
        match self {
            Figure::Cpc => t.cpc,
            Figure::Cpm => t.cpm,
            Figure::Ctr => t.ctr,
            Figure::Cpa => t.cpa,
        }
    }

    /// The exact value from sums (CTR in percent); `None` when the denominator is zero.
    fn exact(self, cost: Decimal, impressions: Decimal, clicks: Decimal, conversions: Decimal) -> Option<Ratio> {
        match self {
            Figure::Cpc => Ratio::new(cost, clicks),
            Figure::Cpm => Ratio::new(cost.checked_mul(Decimal::ONE_THOUSAND)?, impressions),
            Figure::Ctr => Ratio::new(clicks.checked_mul(Decimal::ONE_HUNDRED)?, impressions),
            Figure::Cpa => Ratio::new(cost, conversions),
        }
    }
}

/// Whether TikTok's `shown` value is `exact` under TikTok's rounding.
pub fn agrees(figure: Figure, exact: Option<Ratio>, shown: Decimal, currency: Currency) -> bool {
    let Some(exact) = exact else {
        // A zero denominator is written 0.
        return shown.is_zero();
    };
    let Some(two) = exact.round(2) else { return false };
    if shown == two {
        return true;
    }
    if figure != Figure::Ctr && currency.minor_units() == 0 {
        let truncated = two.trunc();
        let rounded = Ratio::from(two).round(0);
        return shown == truncated || Some(shown) == rounded || Some(shown) == exact.round(0);
    }
    false
}

/// A figure TikTok shows differently from the exact one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// The row's number in the file.
    pub row: usize,
    /// Whether it is the total row.
    pub total: bool,
    pub figure: Figure,
    pub currency: Currency,
    pub tiktok: Decimal,
    /// The exact value (CTR in percent); `None` for a zero denominator.
    pub exact: Option<Ratio>,
}

/// Whether the rows add up to the total row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sums {
    /// The file has no total row.
    NoTotal,
    /// The rows are in several currencies: a total adds them, so it is not compared.
    MixedCurrencies,
    /// Every summed column matches the total row (masked counts allowing a few short).
    AddUp { row: usize },
    /// These columns do not: (what, the rows' sum, the total row's value).
    Differ { row: usize, columns: Vec<(Meaning, Decimal, Decimal)>, skipped: usize },
}

/// The whole check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub currency: Currency,
    /// Whether the file has any of TikTok's CPC, CPM, CTR, cost-per-conversion columns.
    pub has_figures: bool,
    /// Data rows with at least one figure compared, and those where every figure agreed.
    pub compared: usize,
    pub agreeing: usize,
    /// The total row's figures compared, and whether all agreed.
    pub total_compared: bool,
    /// The first [`MAX_LISTED`] disagreements (rows and the total row), and how many rows disagree in all.
    pub disagreements: Vec<Disagreement>,
    pub disagreeing: usize,
    pub sums: Sums,
    /// "Total of N results" against the rows read (N, rows read plus skipped), when they differ.
    pub row_count: Option<(u64, usize)>,
}

struct Line<'a> {
    number: usize,
    currency: Currency,
    cost: Decimal,
    impressions: Decimal,
    clicks: Decimal,
    conversions: Decimal,
    tiktok: &'a TikTok,
    masked: &'a [Meaning],
}

impl<'a> From<&'a Row> for Line<'a> {
    fn from(r: &'a Row) -> Line<'a> {
        Line {
            number: r.number,
            currency: r.currency,
            cost: r.cost,
            impressions: r.impressions,
            clicks: r.clicks,
            conversions: r.conversions,
            tiktok: &r.tiktok,
            masked: &r.masked,
        }
    }
}

/// The figures of one line that disagree, or `None` when none was compared.
fn line(l: &Line<'_>, total: bool) -> Option<Vec<Disagreement>> {
    let mut compared = false;
    let mut out = Vec::new();
    for figure in Figure::ALL {
        let Some(shown) = figure.of(l.tiktok) else { continue };
        let (a, b) = figure.inputs();
        if l.masked.contains(&a) || l.masked.contains(&b) {
            continue;
        }
        compared = true;
        let exact = figure.exact(l.cost, l.impressions, l.clicks, l.conversions);
        if !agrees(figure, exact, shown, l.currency) {
            out.push(Disagreement { row: l.number, total, figure, currency: l.currency, tiktok: shown, exact });
        }
    }
    compared.then_some(out)
}

/// Checks `import` (see the module notes).
pub fn check(import: &Import) -> Check {
    let currencies = import.currencies();
    let currency = currencies.first().copied().unwrap_or_default();
    let has_figures =
        [Meaning::Cpc, Meaning::Cpm, Meaning::Ctr, Meaning::Cpa].into_iter().any(|m| import.mapping.get(m).is_some());
    let (mut compared, mut agreeing, mut disagreeing) = (0_usize, 0_usize, 0_usize);
    let mut disagreements = Vec::new();
    let note = |found: Vec<Disagreement>, disagreements: &mut Vec<Disagreement>| {
        for d in found {
            if disagreements.len() < MAX_LISTED {
                disagreements.push(d);
            }
        }
    };
    for row in &import.rows {
        if let Some(found) = line(&Line::from(row), false) {
            compared = compared.saturating_add(1);
            if found.is_empty() {
                agreeing = agreeing.saturating_add(1);
            } else {
                disagreeing = disagreeing.saturating_add(1);
                note(found, &mut disagreements);
            }
        }
    }
    let sum = |f: &dyn Fn(&Row) -> Decimal| import.rows.iter().fold(Decimal::ZERO, |a, r| a.saturating_add(f(r)));
    let masked = |m: Meaning| import.rows.iter().filter(|r| r.masked.contains(&m)).count();
    let mut total_compared = false;
    let sums = match &import.total {
        None => Sums::NoTotal,
        Some(_) if currencies.len() > 1 => Sums::MixedCurrencies,
        Some(t) => {
            let sums = [
                (Meaning::Cost, t.cost, sum(&|r| r.cost)),
                (Meaning::NetCost, t.net_cost, sum(&|r| r.net_cost.unwrap_or_default())),
                (Meaning::Impressions, t.impressions, sum(&|r| r.impressions)),
                (Meaning::Clicks, t.clicks, sum(&|r| r.clicks)),
                (Meaning::Conversions, t.conversions, sum(&|r| r.conversions)),
                (Meaning::Revenue, t.revenue, sum(&|r| r.revenue.unwrap_or_default())),
            ];
            let columns: Vec<(Meaning, Decimal, Decimal)> = sums
                .into_iter()
                .filter_map(|(m, total, rows)| {
                    let total = total.filter(|_| import.mapping.get(m).is_some())?;
                    // A masked count is at most 4 (`<5`), counted as 0: the total may be that much more.
                    let slack = Decimal::from(masked(m)).saturating_mul(Decimal::from(4));
                    let short = total.saturating_sub(rows);
                    (short.is_sign_negative() && !short.is_zero() || short > slack).then_some((m, rows, total))
                })
                .collect();
            // The total row's own figures, from its own sums.
            let none: [Meaning; 0] = [];
            if let (Some(cost), Some(impressions), Some(clicks), Some(conversions)) =
                (t.cost, t.impressions, t.clicks, t.conversions)
            {
                let l = Line {
                    number: t.number,
                    currency,
                    cost,
                    impressions,
                    clicks,
                    conversions,
                    tiktok: &t.tiktok,
                    masked: &none,
                };
                if let Some(found) = line(&l, true) {
                    total_compared = true;
                    note(found, &mut disagreements);
                }
            }
            if columns.is_empty() {
                Sums::AddUp { row: t.number }
            } else {
                Sums::Differ { row: t.number, columns, skipped: import.skipped_count }
            }
        }
    };
    let read = import.rows.len().saturating_add(import.skipped_count);
    let row_count = import
        .total
        .as_ref()
        .and_then(|t| t.stated_rows)
        .filter(|&n| u64::try_from(read).ok() != Some(n))
        .map(|n| (n, read));
    Check { currency, has_figures, compared, agreeing, total_compared, disagreements, disagreeing, sums, row_count }
}

/// What the check says. `words` gives the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// "TikTok's figures agree with the exact ones on 5,928 of 5,928 rows."
    Agree {
        agreeing: usize,
        compared: usize,
    },
    /// Some rows (or the total row) disagree: the count, then each figure with both values.
    Disagree {
        agreeing: usize,
        compared: usize,
        listed: Vec<Disagreement>,
        disagreeing: usize,
    },
    /// No CPC, CPM, CTR or cost-per-conversion column.
    NoFigures,
    AddUp {
        row: usize,
    },
    Differ {
        row: usize,
        columns: Vec<(Meaning, Decimal, Decimal)>,
        skipped: usize,
        currency: Currency,
    },
    NoTotal,
    MixedCurrencies,
    /// The total row's "N results" is not the number of rows read.
    RowCount {
        stated: u64,
        read: usize,
    },
}

impl Check {
    /// Every sentence, in order: the figures, then the sums, then the row count.
    pub fn said(&self) -> Vec<Said> {
        let mut out = Vec::new();
        if !self.has_figures {
            out.push(Said::NoFigures);
        } else if self.disagreements.is_empty() {
            out.push(Said::Agree { agreeing: self.agreeing, compared: self.compared });
        } else {
            out.push(Said::Disagree {
                agreeing: self.agreeing,
                compared: self.compared,
                listed: self.disagreements.clone(),
                disagreeing: self.disagreeing,
            });
        }
        out.push(match &self.sums {
            Sums::NoTotal => Said::NoTotal,
            Sums::MixedCurrencies => Said::MixedCurrencies,
            Sums::AddUp { row } => Said::AddUp { row: *row },
            Sums::Differ { row, columns, skipped } => {
                Said::Differ { row: *row, columns: columns.clone(), skipped: *skipped, currency: self.currency }
            }
        });
        if let Some((stated, read)) = self.row_count {
            out.push(Said::RowCount { stated, read });
        }
        out
    }

    /// The notes the preview shows.
    pub fn notes(&self, format: &impl Format) -> Vec<Note> {
        self.said().iter().map(|s| s.note(format)).collect()
    }
}

fn value(figure_money: bool, v: Decimal, currency: Currency, format: &impl Format) -> String {
    if figure_money {
        format.money(v, currency)
    } else {
        format.percent(v)
    }
}

/// One disagreement in words: "row 12, CPC: TikTok $0.36, exact $0.3478".
pub fn disagreement_words(d: &Disagreement, format: &impl Format) -> String {
    let money = d.figure != Figure::Ctr;
    let exact = d
        .exact
        .and_then(|r| r.round(4))
        .map_or_else(|| "none (nothing to divide by)".to_string(), |v| value(money, v, d.currency, format));
    let which = if d.total {
        format!("the total row ({})", format.number(Decimal::from(d.row)))
    } else {
        format!("row {}", format.number(Decimal::from(d.row)))
    };
    format!("{which}, {}: TikTok {}, exact {exact}", d.figure.label(), value(money, d.tiktok, d.currency, format))
}

impl Said {
    pub const fn key(&self) -> &'static str {
        match self {
            Said::Agree { .. } => "agree",
            Said::Disagree { .. } => "disagree",
            Said::NoFigures => "no-figures",
            Said::AddUp { .. } => "add-up",
            Said::Differ { .. } => "differ",
            Said::NoTotal => "no-total",
            Said::MixedCurrencies => "mixed-currencies",
            Said::RowCount { .. } => "row-count",
        }
    }

    pub const fn tone(&self) -> Tone {
        match self {
            Said::Agree { .. } | Said::AddUp { .. } => Tone::Plain,
            Said::Disagree { .. } | Said::Differ { .. } | Said::RowCount { .. } => Tone::Warning,
            Said::NoFigures | Said::NoTotal | Said::MixedCurrencies => Tone::Quiet,
        }
    }

    pub fn words(&self, format: &impl Format) -> String {
        let n = |n: usize| format.number(Decimal::from(n));
        let rows = |n: usize| if n == 1 { "row" } else { "rows" };
        match self {
            Said::Agree { agreeing, compared } => {
                format!(
                    "TikTok's figures agree with the exact ones on {} of {} {}.",
                    n(*agreeing),
                    n(*compared),
                    rows(*compared)
                )
            }
            Said::Disagree { agreeing, compared, listed, disagreeing } => {
                let each: Vec<String> = listed.iter().map(|d| disagreement_words(d, format)).collect();
                let more = disagreeing.saturating_sub(listed.iter().filter(|d| !d.total).count());
                let tail = if more > 0 { format!("; and {} more {}", n(more), rows(more)) } else { String::new() };
                format!(
                    "TikTok's figures agree with the exact ones on {} of {} {}; they differ on {}{tail}.",
                    n(*agreeing),
                    n(*compared),
                    rows(*compared),
                    each.join("; ")
                )
            }
            Said::NoFigures => {
                "The file has no CPC, CPM, CTR or cost per conversion column to check TikTok's figures against.".into()
            }
            Said::AddUp { row } => format!("The rows add up to the total row (row {}).", n(*row)),
            Said::Differ { row, columns, skipped, currency } => {
                let each: Vec<String> = columns
                    .iter()
                    .map(|(m, rows, total)| {
                        let v = |d: Decimal| match m {
                            Meaning::Cost | Meaning::NetCost | Meaning::Revenue => format.money(d, *currency),
                            _ => format.number(d),
                        };
                        format!("{} {} in the rows, {} in the total", m.label(), v(*rows), v(*total))
                    })
                    .collect();
                let why = if *skipped > 0 {
                    format!(" (the {} skipped {} are not in the sums)", n(*skipped), rows(*skipped))
                } else {
                    String::new()
                };
                format!("The rows do not add up to the total row (row {}){why}: {}.", n(*row), each.join("; "))
            }
            Said::NoTotal => "The file has no total row to check the sums against.".into(),
            Said::MixedCurrencies => {
                "The total row adds several currencies together, so the sums are not checked against it.".into()
            }
            Said::RowCount { stated, read } => format!(
                "The total row counts {} results; the file has {} {} under the header.",
                format.number(Decimal::from(*stated)),
                n(*read),
                rows(*read)
            ),
        }
    }

    pub fn note(&self, format: &impl Format) -> Note {
        Note::new(self.tone(), self.key(), self.words(format))
    }
}
