//! Cost metrics, exactly as `DOMAIN.md` defines them, each a value or the reason it has none.
//!
//! S = spend (for now the credits used), I = impressions, L = clicks, V = conversions.
//! CPM = S / I × 1000 · CPC = S / L · CTR = L / I · conversion rate of clicks = V / L ·
//! conversion rate of impressions (TikTok's "CVR") = V / I · cost per conversion = S / V.

use std::fmt;

use rust_decimal::Decimal;

use crate::parse::ParseError;
use crate::scenario::{Field, Inputs};
use crate::{display, Currency, Ratio};

/// The metrics the results panel shows, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    Cpm,
    Cpc,
    Ctr,
    ConversionRateClicks,
    ConversionRateImpressions,
    CostPerConversion,
}

/// How a metric is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the scenario's currency.
    Money,
    /// A fraction shown as a percentage.
    Percent,
}

impl Metric {
    pub const ALL: [Metric; 6] = [
        Metric::Cpm,
        Metric::Cpc,
        Metric::Ctr,
        Metric::ConversionRateClicks,
        Metric::ConversionRateImpressions,
        Metric::CostPerConversion,
    ];

    /// The row label in the results panel.
    pub const fn label(self) -> &'static str {
        match self {
            Metric::Cpm => "CPM",
            Metric::Cpc => "CPC",
            Metric::Ctr => "CTR",
            Metric::ConversionRateClicks => "Conversion rate (clicks)",
            Metric::ConversionRateImpressions => "Conversion rate (impressions)",
            Metric::CostPerConversion => "Cost per conversion",
        }
    }

    /// What the metric means, in one line.
    pub const fn explanation(self) -> &'static str {
        match self {
            Metric::Cpm => "Cost per 1,000 impressions",
            Metric::Cpc => "Cost per click",
            Metric::Ctr => "Clicks per impression",
            Metric::ConversionRateClicks => "Conversions per click",
            Metric::ConversionRateImpressions => "Conversions per impression (TikTok's CVR)",
            Metric::CostPerConversion => "Also called CPA",
        }
    }

    /// A stable identifier (HTML ids, test selectors).
    pub const fn key(self) -> &'static str {
        match self {
            Metric::Cpm => "cpm",
            Metric::Cpc => "cpc",
            Metric::Ctr => "ctr",
            Metric::ConversionRateClicks => "cvr-clicks",
            Metric::ConversionRateImpressions => "cvr-impressions",
            Metric::CostPerConversion => "cpa",
        }
    }

    pub const fn unit(self) -> Unit {
        match self {
            Metric::Cpm | Metric::Cpc | Metric::CostPerConversion => Unit::Money,
            Metric::Ctr | Metric::ConversionRateClicks | Metric::ConversionRateImpressions => Unit::Percent,
        }
    }
}

/// Why a metric has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undefined {
    /// The denominator is zero impressions.
    NoImpressions,
    /// The denominator is zero clicks.
    NoClicks,
    /// The denominator is zero conversions.
    NoConversions,
    /// A field the metric needs does not hold a valid value.
    Invalid(Field),
    /// The exact value exceeds what can be computed (unreachable within the input caps).
    TooLarge,
    /// A cost on cash when credits paid for everything.
    NothingPaid,
    /// A share of spend when nothing is spent.
    NoSpend,
}

impl fmt::Display for Undefined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Undefined::NoImpressions => f.write_str("no impressions yet"),
            Undefined::NoClicks => f.write_str("no clicks yet"),
            Undefined::NoConversions => f.write_str("no conversions yet"),
            Undefined::Invalid(field) => write!(f, "check {}", field.label()),
            Undefined::TooLarge => f.write_str("too large to compute"),
            Undefined::NothingPaid => f.write_str("nothing paid"),
            Undefined::NoSpend => f.write_str("nothing spent"),
        }
    }
}

/// A metric's exact value, or why it has none.
pub type Value = Result<Ratio, Undefined>;

/// Something worth a second look in the figures entered; never blocks a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// More clicks than impressions: almost certainly a typing mistake.
    ClicksAboveImpressions,
    /// More conversions than impressions.
    ConversionsAboveImpressions,
    /// More conversions than clicks: possible, because view-through conversions count.
    ConversionsAboveClicks,
}

impl Warning {
    /// The field the warning is shown under.
    pub const fn field(self) -> Field {
        match self {
            Warning::ClicksAboveImpressions => Field::Clicks,
            Warning::ConversionsAboveImpressions | Warning::ConversionsAboveClicks => Field::Conversions,
        }
    }

    /// Whether this is only a note (expected in some campaigns) rather than a likely mistake.
    pub const fn is_note(self) -> bool {
        matches!(self, Warning::ConversionsAboveClicks)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Warning::ClicksAboveImpressions => "More clicks than impressions: is there a typing mistake?",
            Warning::ConversionsAboveImpressions => "More conversions than impressions: is there a typing mistake?",
            Warning::ConversionsAboveClicks => {
                "More conversions than clicks: fine if view-through conversions are counted."
            }
        })
    }
}

/// Every metric of a set of inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metrics {
    pub currency: Currency,
    pub cpm: Value,
    pub cpc: Value,
    pub ctr: Value,
    pub conversion_rate_clicks: Value,
    pub conversion_rate_impressions: Value,
    pub cost_per_conversion: Value,
    pub warnings: Vec<Warning>,
}

impl Metrics {
    /// Computes every metric from whatever fields are valid; checked arithmetic only, so no input can panic.
    pub fn compute(inputs: &Inputs) -> Metrics {
        let spend = operand(inputs.credits, Field::Credits);
        let impressions = count(inputs.impressions, Field::Impressions);
        let clicks = count(inputs.clicks, Field::Clicks);
        let conversions = count(inputs.conversions, Field::Conversions);
        let thousand = Decimal::ONE_THOUSAND;
        Metrics {
            currency: inputs.currency,
            cpm: ratio(
                spend.and_then(|s| s.checked_mul(thousand).ok_or(Undefined::TooLarge)),
                impressions,
                Undefined::NoImpressions,
            ),
            cpc: ratio(spend, clicks, Undefined::NoClicks),
            ctr: ratio(clicks, impressions, Undefined::NoImpressions),
            conversion_rate_clicks: ratio(conversions, clicks, Undefined::NoClicks),
            conversion_rate_impressions: ratio(conversions, impressions, Undefined::NoImpressions),
            cost_per_conversion: ratio(spend, conversions, Undefined::NoConversions),
            warnings: warnings(inputs),
        }
    }

    /// The exact value of `metric`.
    pub fn get(&self, metric: Metric) -> Value {
        match metric {
            Metric::Cpm => self.cpm,
            Metric::Cpc => self.cpc,
            Metric::Ctr => self.ctr,
            Metric::ConversionRateClicks => self.conversion_rate_clicks,
            Metric::ConversionRateImpressions => self.conversion_rate_impressions,
            Metric::CostPerConversion => self.cost_per_conversion,
        }
    }

    /// `metric` rounded for display: money in the currency's minor units, percentages (4.00 for 4 %) with two
    /// decimals, a non-zero value never as zero. The result's scale is the number of decimals to show.
    pub fn shown(&self, metric: Metric) -> Result<Decimal, Undefined> {
        let value = self.get(metric)?;
        let rounded = match metric.unit() {
            Unit::Money => display::money(value, self.currency),
            Unit::Percent => display::percent(value),
        };
        rounded.ok_or(Undefined::TooLarge)
    }

    /// The warnings about one field.
    pub fn warnings_for(&self, field: Field) -> impl Iterator<Item = Warning> + '_ {
        self.warnings.iter().copied().filter(move |w| w.field() == field)
    }
}

fn operand(value: Result<Decimal, ParseError>, field: Field) -> Result<Decimal, Undefined> {
    value.map_err(|_| Undefined::Invalid(field))
}

fn count(value: Result<u64, ParseError>, field: Field) -> Result<Decimal, Undefined> {
    operand(value.map(Decimal::from), field)
}

/// `num / den`; a zero denominator gives `if_zero`. An invalid numerator is reported before the denominator.
fn ratio(num: Result<Decimal, Undefined>, den: Result<Decimal, Undefined>, if_zero: Undefined) -> Value {
    let num = num?;
    Ratio::new(num, den?).ok_or(if_zero)
}

fn warnings(inputs: &Inputs) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let (impressions, clicks, conversions) = (inputs.impressions.ok(), inputs.clicks.ok(), inputs.conversions.ok());
    if let (Some(i), Some(l)) = (impressions, clicks) {
        if l > i {
            warnings.push(Warning::ClicksAboveImpressions);
        }
    }
    if let (Some(i), Some(v)) = (impressions, conversions) {
        if v > i {
            warnings.push(Warning::ConversionsAboveImpressions);
        }
    }
    if let (Some(l), Some(v)) = (clicks, conversions) {
        // Only a note when it is not already explained by the stronger warning above.
        if v > l && !warnings.contains(&Warning::ConversionsAboveImpressions) {
            warnings.push(Warning::ConversionsAboveClicks);
        }
    }
    warnings
}
