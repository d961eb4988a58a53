//! Cost metrics, exactly as `DOMAIN.md` defines them, each a value or the reason it has none.
//!
//! S = gross spend (the planned spend, or the credits when none is given), I = impressions, L = clicks,
//! V = conversions. CPM = S / I × 1000 · CPC = S / L · CTR = L / I · conversion rate of clicks = V / L ·
//! conversion rate of impressions (TikTok's "CVR") = V / I · cost per conversion = S / V.
//!
//! Credits are spent first (see [`crate::credits`]): credit used K = min(S, credits), cash C = S − K, and the
//! out-of-pocket metrics are on C: cash CPM, cash CPC, cash cost per conversion, and the discount K / S.

use std::fmt;

use rust_decimal::Decimal;

use crate::credits::Funding;
use crate::l10n::Msg;
use crate::field::Field;
use crate::parse::ParseError;
use crate::scenario::Inputs;
use crate::value::{product, Undefined, Unit, Value};
use crate::wallet::{budget_warnings, BudgetWarning};
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
    CreditUsed,
    CashPaid,
    CreditLeft,
    Discount,
    CashCpm,
    CashCpc,
    CashCpa,
    Roas,
    RevenuePerConversion,
    CashRoas,
    Profit,
    ProfitOnCash,
    Roi,
    BreakEvenRoas,
    BreakEvenCpa,
    BreakEvenCpc,
    TargetRoas,
}

impl Metric {
    pub const ALL: [Metric; 23] = [
        Metric::Cpm,
        Metric::Cpc,
        Metric::Ctr,
        Metric::ConversionRateClicks,
        Metric::ConversionRateImpressions,
        Metric::CostPerConversion,
        Metric::CreditUsed,
        Metric::CashPaid,
        Metric::CreditLeft,
        Metric::Discount,
        Metric::CashCpm,
        Metric::CashCpc,
        Metric::CashCpa,
        Metric::Roas,
        Metric::RevenuePerConversion,
        Metric::CashRoas,
        Metric::Profit,
        Metric::ProfitOnCash,
        Metric::Roi,
        Metric::BreakEvenRoas,
        Metric::BreakEvenCpa,
        Metric::BreakEvenCpc,
        Metric::TargetRoas,
    ];

    /// The seed's six metrics, on gross spend (what Ads Manager reports).
    pub const GROSS: [Metric; 6] = [
        Metric::Cpm,
        Metric::Cpc,
        Metric::Ctr,
        Metric::ConversionRateClicks,
        Metric::ConversionRateImpressions,
        Metric::CostPerConversion,
    ];

    /// The calculator's results: the seed's six, then what the revenue returns.
    pub const RESULTS: [Metric; 8] = [
        Metric::Cpm,
        Metric::Cpc,
        Metric::Ctr,
        Metric::ConversionRateClicks,
        Metric::ConversionRateImpressions,
        Metric::CostPerConversion,
        Metric::Roas,
        Metric::RevenuePerConversion,
    ];

    /// "Profit and break-even": what the revenue leaves after the margin, and where the campaign breaks even.
    pub const PROFIT: [Metric; 7] = [
        Metric::Profit,
        Metric::ProfitOnCash,
        Metric::Roi,
        Metric::BreakEvenRoas,
        Metric::BreakEvenCpa,
        Metric::BreakEvenCpc,
        Metric::TargetRoas,
    ];

    /// How the spend is paid: credit used, cash paid, credit left over, and the discount the credits give.
    pub const FUNDING: [Metric; 4] = [Metric::CreditUsed, Metric::CashPaid, Metric::CreditLeft, Metric::Discount];

    /// Gross cost and return metrics and their out-of-pocket counterparts, side by side.
    pub const GROSS_AND_CASH: [(Metric, Metric); 4] = [
        (Metric::Cpm, Metric::CashCpm),
        (Metric::Cpc, Metric::CashCpc),
        (Metric::CostPerConversion, Metric::CashCpa),
        (Metric::Roas, Metric::CashRoas),
    ];

    /// The figures a user watches while typing (the phone's answer bar).
    pub const KEY: [Metric; 2] = [Metric::Cpc, Metric::CostPerConversion];

    /// A label short enough for the answer bar on a 320 px phone.
    pub fn short_label(self) -> &'static str {
        match self {
            Metric::CostPerConversion => Msg::ShortCostPerConversion.text(),
            Metric::CashCpa => Msg::ShortCashCpa.text(),
            other => other.label(),
        }
    }

    /// The row label in the results panel, in the page's language.
    pub fn label(self) -> &'static str {
        self.label_msg().text()
    }

    pub const fn label_msg(self) -> Msg {
        match self {
            Metric::Cpm => Msg::MetricCpm,
            Metric::Cpc => Msg::MetricCpc,
            Metric::Ctr => Msg::MetricCtr,
            Metric::ConversionRateClicks => Msg::MetricCvrClicks,
            Metric::ConversionRateImpressions => Msg::MetricCvrImpressions,
            Metric::CostPerConversion => Msg::MetricCostPerConversion,
            Metric::CreditUsed => Msg::MetricCreditUsed,
            Metric::CashPaid => Msg::MetricCashPaid,
            Metric::CreditLeft => Msg::MetricCreditLeft,
            Metric::Discount => Msg::MetricDiscount,
            Metric::CashCpm => Msg::MetricCashCpm,
            Metric::CashCpc => Msg::MetricCashCpc,
            Metric::CashCpa => Msg::MetricCashCpa,
            Metric::Roas => Msg::MetricRoas,
            Metric::RevenuePerConversion => Msg::MetricRevenuePerConversion,
            Metric::CashRoas => Msg::MetricCashRoas,
            Metric::Profit => Msg::MetricProfit,
            Metric::ProfitOnCash => Msg::MetricProfitOnCash,
            Metric::Roi => Msg::MetricRoi,
            Metric::BreakEvenRoas => Msg::MetricBreakEvenRoas,
            Metric::BreakEvenCpa => Msg::MetricBreakEvenCpa,
            Metric::BreakEvenCpc => Msg::MetricBreakEvenCpc,
            Metric::TargetRoas => Msg::MetricTargetRoas,
        }
    }

    /// What the metric means, in one line.
    pub fn explanation(self) -> &'static str {
        let about = match self {
            Metric::Cpm => Msg::AboutCpm,
            Metric::Cpc => Msg::AboutCpc,
            Metric::Ctr => Msg::AboutCtr,
            Metric::ConversionRateClicks => Msg::AboutCvrClicks,
            Metric::ConversionRateImpressions => Msg::AboutCvrImpressions,
            Metric::CostPerConversion => Msg::AboutCostPerConversion,
            Metric::CreditUsed => Msg::AboutCreditUsed,
            Metric::CashPaid => Msg::AboutCashPaid,
            Metric::CreditLeft => Msg::AboutCreditLeft,
            Metric::Discount => Msg::AboutDiscount,
            Metric::CashCpm => Msg::AboutCashCpm,
            Metric::CashCpc => Msg::AboutCashCpc,
            Metric::CashCpa => Msg::AboutCashCpa,
            Metric::Roas => Msg::AboutRoas,
            Metric::RevenuePerConversion => Msg::AboutRevenuePerConversion,
            Metric::CashRoas => Msg::AboutCashRoas,
            Metric::Profit => Msg::AboutProfit,
            Metric::ProfitOnCash => Msg::AboutProfitOnCash,
            Metric::Roi => Msg::AboutRoi,
            Metric::BreakEvenRoas => Msg::AboutBreakEvenRoas,
            Metric::BreakEvenCpa => Msg::AboutBreakEvenCpa,
            Metric::BreakEvenCpc => Msg::AboutBreakEvenCpc,
            Metric::TargetRoas => Msg::AboutTargetRoas,
        };
        about.text()
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
            Metric::CreditUsed => "credit-used",
            Metric::CashPaid => "cash-paid",
            Metric::CreditLeft => "credit-left",
            Metric::Discount => "discount",
            Metric::CashCpm => "cash-cpm",
            Metric::CashCpc => "cash-cpc",
            Metric::CashCpa => "cash-cpa",
            Metric::Roas => "roas",
            Metric::RevenuePerConversion => "revenue-per-conversion",
            Metric::CashRoas => "cash-roas",
            Metric::Profit => "profit",
            Metric::ProfitOnCash => "profit-on-cash",
            Metric::Roi => "roi",
            Metric::BreakEvenRoas => "break-even-roas",
            Metric::BreakEvenCpa => "break-even-cpa",
            Metric::BreakEvenCpc => "break-even-cpc",
            Metric::TargetRoas => "target-roas",
        }
    }

    pub const fn unit(self) -> Unit {
        match self {
            Metric::Cpm
            | Metric::Cpc
            | Metric::CostPerConversion
            | Metric::CreditUsed
            | Metric::CashPaid
            | Metric::CreditLeft
            | Metric::CashCpm
            | Metric::CashCpc
            | Metric::CashCpa
            | Metric::RevenuePerConversion
            | Metric::Profit
            | Metric::ProfitOnCash
            | Metric::BreakEvenCpa
            | Metric::BreakEvenCpc => Unit::Money,
            Metric::Ctr
            | Metric::ConversionRateClicks
            | Metric::ConversionRateImpressions
            | Metric::Discount
            | Metric::Roi => Unit::Percent,
            Metric::Roas | Metric::CashRoas | Metric::BreakEvenRoas | Metric::TargetRoas => Unit::Multiple,
        }
    }
}

/// Something worth a second look in the figures entered; never blocks a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// More clicks than impressions: almost certainly a typing mistake.
    ClicksAboveImpressions,
    /// More conversions than impressions.
    ConversionsAboveImpressions,
    /// More conversions than clicks: possible, because view-through conversions count.
    ConversionsAboveClicks,
    /// A planned spend below the credits: some credit is left over (and may expire).
    SpendBelowCredits,
    /// A target profit at or above the gross margin: no ROAS reaches it.
    TargetNotBelowMargin,
    /// A gross margin above 0 but below 1 %: probably a fraction typed for a percentage (0.45 for 45 %); holds the
    /// percentage it would be.
    MarginBelowOnePercent(Decimal),
    /// A budget below TikTok's minimum, shown under `Field` (the budget it is about).
    Budget(BudgetWarning, Field),
}

impl Warning {
    /// The field the warning is shown under.
    pub const fn field(self) -> Field {
        match self {
            Warning::ClicksAboveImpressions => Field::Clicks,
            Warning::ConversionsAboveImpressions | Warning::ConversionsAboveClicks => Field::Conversions,
            Warning::SpendBelowCredits => Field::Spend,
            Warning::TargetNotBelowMargin => Field::TargetProfit,
            Warning::MarginBelowOnePercent(_) => Field::Margin,
            Warning::Budget(_, field) => field,
        }
    }

    /// Whether this is only a note (expected in some campaigns) rather than a likely mistake.
    pub const fn is_note(self) -> bool {
        matches!(
            self,
            Warning::ConversionsAboveClicks
                | Warning::SpendBelowCredits
                | Warning::Budget(BudgetWarning::OtherCurrency, _)
        )
    }
}

impl Warning {
    /// The words, in the page's language, with numbers written by `number` and US dollars by `dollars` (TikTok's
    /// minimum budgets are stated in dollars).
    pub fn words(&self, number: impl Fn(Decimal) -> String, dollars: impl Fn(Decimal) -> String) -> String {
        let said = match self {
            Warning::ClicksAboveImpressions => Msg::WarnClicksAboveImpressions,
            Warning::ConversionsAboveImpressions => Msg::WarnConversionsAboveImpressions,
            Warning::ConversionsAboveClicks => Msg::WarnConversionsAboveClicks,
            Warning::SpendBelowCredits => Msg::WarnSpendBelowCredits,
            Warning::TargetNotBelowMargin => Msg::WarnTargetNotBelowMargin,
            Warning::MarginBelowOnePercent(meant) => return Msg::WarnMarginBelowOne.fill(&[&number(meant.normalize())]),
            Warning::Budget(rule, _) => return rule.words(number, dollars),
        };
        said.text().to_owned()
    }
}

/// The words with English numbers: logs, and tests that need no page.
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(display::grouped, |v| format!("${}", display::grouped(v))))
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
    /// How the gross spend is paid: credits first, then cash.
    pub funding: Result<Funding, Undefined>,
    /// The conversions, for the cash cost per conversion.
    conversions: Result<u64, Undefined>,
    clicks: Result<u64, Undefined>,
    impressions: Result<u64, Undefined>,
    /// The gross spend S, and the optional revenue R, margin m and target profit p (m and p as percentages).
    spend: Result<Decimal, Undefined>,
    revenue: Result<Decimal, Undefined>,
    margin: Result<Decimal, Undefined>,
    target_profit: Result<Decimal, Undefined>,
    pub warnings: Vec<Warning>,
}

impl Metrics {
    /// Computes every metric from whatever fields are valid; checked arithmetic only, so no input can panic.
    pub fn compute(inputs: &Inputs) -> Metrics {
        let spend = inputs.spend_value();
        let funding = spend.and_then(|s| {
            let credits = operand(inputs.credits, Field::Credits)?;
            Funding::new(s, credits).ok_or(Undefined::TooLarge)
        });
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
            funding,
            conversions: inputs.conversions.map_err(|e| Undefined::of_field(Field::Conversions, Some(e))),
            clicks: inputs.clicks.map_err(|e| Undefined::of_field(Field::Clicks, Some(e))),
            impressions: inputs.impressions.map_err(|e| Undefined::of_field(Field::Impressions, Some(e))),
            spend,
            revenue: inputs.given(Field::Revenue),
            margin: inputs.given(Field::Margin),
            target_profit: inputs.given(Field::TargetProfit),
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
            Metric::CreditUsed => Ok(Ratio::from(self.funding?.credit_used)),
            Metric::CashPaid => Ok(Ratio::from(self.funding?.cash)),
            Metric::CreditLeft => Ok(Ratio::from(self.funding?.credit_left)),
            Metric::Discount => self.funding?.discount(),
            Metric::CashCpm => self.funding?.cash_cpm(self.impressions?),
            Metric::CashCpc => self.funding?.cash_cpc(self.clicks?),
            Metric::CashCpa => self.funding?.cash_cpa(self.conversions?),
            Metric::Roas => Ratio::new(self.revenue?, self.spend?).ok_or(Undefined::NoSpend),
            Metric::RevenuePerConversion => per(self.revenue?, self.conversions?, Undefined::NoConversions),
            Metric::CashRoas => {
                let (revenue, funding) = (self.revenue?, self.funding?);
                Ratio::new(revenue, funding.cash).ok_or(Undefined::NothingPaid)
            }
            Metric::Profit => self.profit_over(self.spend, Ok(Decimal::ONE_HUNDRED)),
            Metric::ProfitOnCash => self.profit_over(self.funding.map(|f| f.cash), Ok(Decimal::ONE_HUNDRED)),
            Metric::Roi => {
                let per = self.spend.and_then(|s| product(s, Decimal::ONE_HUNDRED));
                self.profit_over(
                    self.spend,
                    per.and_then(|s| if s.is_zero() { Err(Undefined::NoSpend) } else { Ok(s) }),
                )
            }
            Metric::BreakEvenRoas => Ratio::new(Decimal::ONE_HUNDRED, self.margin?).ok_or(Undefined::NoMargin),
            Metric::BreakEvenCpa => self.kept_per(self.conversions?, Undefined::NoConversions),
            Metric::BreakEvenCpc => self.kept_per(self.clicks?, Undefined::NoClicks),
            Metric::TargetRoas => {
                let (margin, target) = (self.margin?, self.target_profit?);
                let room = margin.checked_sub(target).filter(|r| r.is_sign_positive() && !r.is_zero());
                Ratio::new(Decimal::ONE_HUNDRED, room.ok_or(Undefined::MarginNotAboveTarget)?)
                    .ok_or(Undefined::MarginNotAboveTarget)
            }
        }
    }

    /// 100 × R × m: the revenue the margin keeps, in hundredths (m is a percentage), so that no step divides.
    fn kept(&self) -> Result<Decimal, Undefined> {
        let (revenue, margin) = (self.revenue?, self.margin?);
        product(revenue, margin)
    }

    /// (R × m − `cost`) ÷ `per` × 100: what the revenue keeps after the margin, less a cost (the profit when `per`
    /// is 100, the ROI when it is 100 × S). The revenue and margin are asked for before the cost.
    fn profit_over(&self, cost: Result<Decimal, Undefined>, per: Result<Decimal, Undefined>) -> Value {
        let kept = self.kept()?;
        let cost = product(cost?, Decimal::ONE_HUNDRED)?;
        let per = per?;
        let profit = kept.checked_sub(cost).ok_or(Undefined::TooLarge)?;
        Ratio::new(profit, per).ok_or(Undefined::NoSpend)
    }

    /// R × m per unit of `count` (conversions, clicks).
    fn kept_per(&self, count: u64, if_zero: Undefined) -> Value {
        let kept = self.kept()?;
        let den = product(Decimal::from(count), Decimal::ONE_HUNDRED)?;
        Ratio::new(kept, den).ok_or(if_zero)
    }

    /// `metric` rounded for display: money in the currency's minor units, percentages (4.00 for 4 %) with two
    /// decimals, a non-zero value never as zero. The result's scale is the number of decimals to show.
    pub fn shown(&self, metric: Metric) -> Result<Decimal, Undefined> {
        display::shown(self.get(metric)?, metric.unit(), self.currency)
    }

    /// The gross spend S the metrics are on.
    pub fn spend(&self) -> Result<Decimal, Undefined> {
        self.spend
    }

    /// The figures the phone's answer bar shows: CPC and cost per conversion, and the cash cost per conversion when
    /// cash paid a part of the spend (what the user pays out of pocket is what they watch then).
    pub fn answer_figures(&self) -> Vec<Metric> {
        let mut figures = Metric::KEY.to_vec();
        if self.funding.is_ok_and(|f| !f.cash.is_zero() && !f.credit_used.is_zero()) {
            figures.push(Metric::CashCpa);
        }
        figures
    }

    /// The warnings about one field.
    pub fn warnings_for(&self, field: Field) -> impl Iterator<Item = Warning> + '_ {
        self.warnings.iter().copied().filter(move |w| w.field() == field)
    }
}

fn operand(value: Result<Decimal, ParseError>, field: Field) -> Result<Decimal, Undefined> {
    value.map_err(|e| Undefined::of_field(field, Some(e)))
}

fn count(value: Result<u64, ParseError>, field: Field) -> Result<Decimal, Undefined> {
    operand(value.map(Decimal::from), field)
}

/// `num / count`; a count of zero gives `if_zero`.
fn per(num: Decimal, count: u64, if_zero: Undefined) -> Value {
    Ratio::new(num, Decimal::from(count)).ok_or(if_zero)
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
    let (daily, ad_group, lifetime) = (
        inputs.campaign_daily.ok().flatten(),
        inputs.ad_group_daily.ok().flatten(),
        inputs.ad_group_lifetime.ok().flatten(),
    );
    let days = inputs.schedule_days.ok().flatten();
    for rule in budget_warnings(inputs.currency, daily, ad_group, lifetime.zip(days)) {
        let field = match rule {
            BudgetWarning::CampaignDaily => Field::CampaignDaily,
            BudgetWarning::AdGroupDaily => Field::AdGroupDaily,
            BudgetWarning::AdGroupLifetime { .. } => Field::AdGroupLifetime,
            // Said once, under the first budget given.
            BudgetWarning::OtherCurrency if daily.is_some() => Field::CampaignDaily,
            BudgetWarning::OtherCurrency if ad_group.is_some() => Field::AdGroupDaily,
            BudgetWarning::OtherCurrency => Field::AdGroupLifetime,
        };
        warnings.push(Warning::Budget(rule, field));
    }
    if let Ok(Some(margin)) = inputs.margin {
        if !margin.is_zero() && margin < Decimal::ONE {
            // Within 0..1 with at most 2 decimals, so 100 × margin is at most 99: the product always fits.
            if let Some(meant) = margin.checked_mul(Decimal::ONE_HUNDRED) {
                warnings.push(Warning::MarginBelowOnePercent(meant));
            }
        }
    }
    if let (Ok(Some(margin)), Ok(Some(target))) = (inputs.margin, inputs.target_profit) {
        if target >= margin {
            warnings.push(Warning::TargetNotBelowMargin);
        }
    }
    if let (Ok(Some(spend)), Ok(credits)) = (inputs.spend, inputs.credits) {
        if spend < credits {
            warnings.push(Warning::SpendBelowCredits);
        }
    }
    warnings
}
