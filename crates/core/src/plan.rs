//! "Plan a campaign": from a budget and expected rates to a forecast, and backwards from a goal to the budget it
//! needs (`DOMAIN.md`, Formulas, forecast). Exact inside ([`Ratio`]); counts round to whole numbers only for display.
//!
//! B = budget, CPM in money per 1,000 impressions, c = CTR and v = conversion rate of clicks (both percentages, as
//! typed), a = revenue per conversion. Impressions = B × 1,000 ÷ CPM; clicks = impressions × c ÷ 100; conversions =
//! clicks × v ÷ 100; revenue = conversions × a. Budget for N conversions = N × CPM × 10 ÷ (c × v); for revenue R,
//! the budget for R ÷ a conversions; highest CPM that still reaches ROAS t = c × v × a ÷ (10 × t).

use rust_decimal::Decimal;

use crate::field::Field;
use crate::typical::{Typical, TYPICAL};
use crate::value::{Undefined, Unit, Value};
use crate::{Draft, Inputs, Metric, Ratio};

/// Where the budget of a forecast comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetFrom {
    /// The Budget field.
    Typed,
    /// The calculator's total spend.
    Spend,
    /// The credits (no total spend given).
    Credits,
}

/// A forecast figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Projection {
    Impressions,
    Clicks,
    Conversions,
    Revenue,
    Cpc,
    CostPerConversion,
    Roas,
}

impl Projection {
    pub const ALL: [Projection; 7] = [
        Projection::Impressions,
        Projection::Clicks,
        Projection::Conversions,
        Projection::Revenue,
        Projection::Cpc,
        Projection::CostPerConversion,
        Projection::Roas,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Projection::Impressions => "Projected impressions",
            Projection::Clicks => "Projected clicks",
            Projection::Conversions => "Projected conversions",
            Projection::Revenue => "Projected revenue",
            Projection::Cpc => "CPC",
            Projection::CostPerConversion => "Cost per conversion",
            Projection::Roas => "ROAS",
        }
    }

    /// A stable identifier (test selectors).
    pub const fn key(self) -> &'static str {
        match self {
            Projection::Impressions => "impressions",
            Projection::Clicks => "clicks",
            Projection::Conversions => "conversions",
            Projection::Revenue => "revenue",
            Projection::Cpc => "cpc",
            Projection::CostPerConversion => "cpa",
            Projection::Roas => "roas",
        }
    }

    pub const fn unit(self) -> Unit {
        match self {
            Projection::Impressions | Projection::Clicks | Projection::Conversions => Unit::Count,
            Projection::Revenue | Projection::Cpc | Projection::CostPerConversion => Unit::Money,
            Projection::Roas => Unit::Multiple,
        }
    }
}

/// A goal the budget is solved for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Goal {
    /// The budget that buys the conversions wanted.
    Conversions,
    /// The budget that earns the revenue wanted.
    Revenue,
    /// The highest CPM at which the plan still reaches the ROAS wanted.
    Roas,
}

impl Goal {
    pub const ALL: [Goal; 3] = [Goal::Conversions, Goal::Revenue, Goal::Roas];

    /// The small input the goal is typed into.
    pub const fn field(self) -> Field {
        match self {
            Goal::Conversions => Field::GoalConversions,
            Goal::Revenue => Field::GoalRevenue,
            Goal::Roas => Field::GoalRoas,
        }
    }

    /// What the answer is.
    pub const fn answer(self) -> &'static str {
        match self {
            Goal::Conversions => "Budget needed",
            Goal::Revenue => "Budget needed",
            Goal::Roas => "Highest CPM that still reaches it",
        }
    }

    pub const fn key(self) -> &'static str {
        match self {
            Goal::Conversions => "budget-for-conversions",
            Goal::Revenue => "budget-for-revenue",
            Goal::Roas => "highest-cpm",
        }
    }
}

/// The plan's inputs as read, each a value or why it has none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Forecast {
    pub budget: Result<(Decimal, BudgetFrom), Undefined>,
    pub(crate) cpm: Result<Decimal, Undefined>,
    pub(crate) ctr: Result<Decimal, Undefined>,
    pub(crate) cvr: Result<Decimal, Undefined>,
    aov: Result<Decimal, Undefined>,
    goal_conversions: Result<Decimal, Undefined>,
    goal_revenue: Result<Decimal, Undefined>,
    goal_roas: Result<Decimal, Undefined>,
}

impl Forecast {
    pub fn of(inputs: &Inputs) -> Forecast {
        let budget = match inputs.budget {
            Ok(Some(budget)) => Ok((budget, BudgetFrom::Typed)),
            Ok(None) => match inputs.spend {
                Ok(Some(spend)) => Ok((spend, BudgetFrom::Spend)),
                Ok(None) => inputs.credits.map(|c| (c, BudgetFrom::Credits)).map_err(|_| inputs.why(Field::Credits)),
                Err(_) => Err(inputs.why(Field::Spend)),
            },
            Err(_) => Err(inputs.why(Field::Budget)),
        };
        Forecast {
            budget,
            cpm: inputs.given(Field::PlanCpm),
            ctr: inputs.given(Field::PlanCtr),
            cvr: inputs.given(Field::PlanCvr),
            aov: inputs.given(Field::PlanAov),
            goal_conversions: inputs.given(Field::GoalConversions),
            goal_revenue: inputs.given(Field::GoalRevenue),
            goal_roas: inputs.given(Field::GoalRoas),
        }
    }

    /// A forecast figure, exactly. Each figure asks for its inputs in the order they are on screen (budget, CPM,
    /// CTR, conversion rate, revenue per conversion), and one that has no value because an input is 0 names it
    /// ("— Expected CTR (%) is 0"), never "$0.00" or "no clicks yet".
    pub fn get(&self, projection: Projection) -> Value {
        let (budget, _) = self.budget?;
        let cpm = nonzero(self.cpm, Field::PlanCpm)?;
        let budget = Ratio::from(budget);
        // A figure per unit of budget (CPC, cost per conversion, ROAS) has none at a budget of 0.
        let spent = || if budget.is_zero() { Err(Undefined::Zero(Field::Budget)) } else { Ok(()) };
        let impressions =
            exact(budget.checked_mul(Decimal::ONE_THOUSAND).and_then(|b| b.checked_div(Ratio::from(cpm))))?;
        if projection == Projection::Impressions {
            return Ok(impressions);
        }
        let clicks = exact(impressions.times(rate(self.ctr?)))?;
        match projection {
            Projection::Clicks => return Ok(clicks),
            Projection::Cpc => {
                spent()?;
                nonzero(self.ctr, Field::PlanCtr)?;
                return exact(budget.checked_div(clicks));
            }
            _ => {}
        }
        let conversions = exact(clicks.times(rate(self.cvr?)))?;
        match projection {
            Projection::Conversions => Ok(conversions),
            Projection::CostPerConversion => {
                spent()?;
                nonzero(self.ctr, Field::PlanCtr)?;
                nonzero(self.cvr, Field::PlanCvr)?;
                exact(budget.checked_div(conversions))
            }
            _ => {
                let revenue = exact(conversions.checked_mul(self.aov?))?;
                match projection {
                    Projection::Revenue => Ok(revenue),
                    // Revenue ÷ B: any budget but 0.
                    _ => {
                        spent()?;
                        exact(revenue.checked_div(budget))
                    }
                }
            }
        }
    }

    /// The answer to a goal, exactly: a budget, or the highest CPM. The inputs are asked for in the order they are
    /// on screen (the plan's rates above, then the goal), an input of 0 that leaves no answer named.
    pub fn solve(&self, goal: Goal) -> Value {
        // Budget for N conversions = N × CPM ÷ (1,000 × c × v); for revenue R, the budget for R ÷ a conversions;
        // highest CPM for ROAS t = 1,000 × c × v × a ÷ t (c, v as fractions).
        let cpm = match goal {
            Goal::Roas => None,
            Goal::Conversions | Goal::Revenue => Some(Ratio::from(self.cpm?)),
        };
        let rates = exact(rate(nonzero(self.ctr, Field::PlanCtr)?).times(rate(nonzero(self.cvr, Field::PlanCvr)?)))?;
        let aov = match goal {
            Goal::Conversions => None,
            Goal::Revenue | Goal::Roas => Some(nonzero(self.aov, Field::PlanAov)?),
        };
        let thousand = Ratio::from(Decimal::ONE_THOUSAND);
        match (goal, cpm, aov) {
            (Goal::Conversions, Some(cpm), _) => {
                let wanted = Ratio::from(self.goal_conversions?);
                exact(wanted.times(cpm).and_then(|v| v.checked_div(thousand.times(rates)?)))
            }
            (Goal::Revenue, Some(cpm), Some(aov)) => {
                let conversions = exact(Ratio::from(self.goal_revenue?).checked_div(Ratio::from(aov)))?;
                exact(conversions.times(cpm).and_then(|v| v.checked_div(thousand.times(rates)?)))
            }
            (_, _, Some(aov)) => {
                let wanted = nonzero(self.goal_roas, Field::GoalRoas)?;
                exact(thousand.times(rates).and_then(|v| v.checked_mul(aov)?.checked_div(Ratio::from(wanted))))
            }
            // Every goal has the inputs matched above.
            _ => Err(Undefined::TooLarge),
        }
    }

    /// The calculator's fields filled with this forecast (counts rounded to whole numbers, revenue to the currency's
    /// minor units, the budget as the total spend when it was typed), or `None` while a figure it needs has no value
    /// or one would not fit its field.
    pub fn into_draft(&self, draft: &Draft) -> Option<Draft> {
        let (budget, from) = self.budget.ok()?;
        let whole = |p: Projection| self.get(p).ok()?.round(0).map(|v| v.to_string());
        let mut next = draft.clone();
        next.impressions = whole(Projection::Impressions)?;
        next.clicks = whole(Projection::Clicks)?;
        next.conversions = whole(Projection::Conversions)?;
        // The revenue of the conversions written, at the planned revenue per conversion: the calculator then reads
        // back the plan's own revenue per conversion.
        next.revenue = match (self.get(Projection::Revenue), self.aov) {
            (Ok(_), Ok(aov)) => {
                let conversions: Decimal = next.conversions.parse().ok()?;
                Ratio::from(conversions)
                    .checked_mul(aov)?
                    .round(draft.currency.shown_decimals())?
                    .normalize()
                    .to_string()
            }
            _ => String::new(),
        };
        if from == BudgetFrom::Typed {
            next.spend = budget.normalize().to_string();
        }
        // A forecast beyond what the fields accept (a huge budget at a tiny CPM) is not written into them.
        let read = next.parse();
        let fields = [Field::Impressions, Field::Clicks, Field::Conversions, Field::Revenue, Field::Spend];
        fields.iter().all(|&f| read.error(f).is_none()).then_some(next)
    }
}

/// A percentage (as typed) as a fraction.
fn rate(percent: Decimal) -> Ratio {
    // 100 is not zero: the division always has a value.
    Ratio::new(percent, Decimal::ONE_HUNDRED).unwrap_or(Ratio::from(percent))
}

/// An input that must not be 0 for the figure to have a value.
fn nonzero(value: Result<Decimal, Undefined>, field: Field) -> Result<Decimal, Undefined> {
    value.and_then(|v| if v.is_zero() { Err(Undefined::Zero(field)) } else { Ok(v) })
}

/// An exact step's result, or too large to compute exactly.
fn exact(value: Option<Ratio>) -> Value {
    value.ok_or(Undefined::TooLarge)
}

impl Draft {
    /// Fills the plan's expected CPM, CTR and conversion rate with the calculator's own results (the campaign just
    /// typed): a next plan usually starts there. Each is written as its field reads it (CPM in the currency's minor
    /// units, rates as percentages with 2 decimals, rounded half away from zero); one without a value is left as it
    /// was. Returns whether any was filled.
    pub fn use_result_rates(&mut self, metrics: &crate::Metrics) -> bool {
        let text = |metric: Metric, decimals: u32| {
            let value = metrics.get(metric).ok()?;
            let value = if metric.unit() == Unit::Percent { value.checked_mul(Decimal::ONE_HUNDRED)? } else { value };
            Some(value.round(decimals)?.normalize().to_string())
        };
        let minor = self.currency.minor_units();
        let mut filled = false;
        for (metric, decimals, field) in [
            (Metric::Cpm, minor, &mut self.plan_cpm),
            (Metric::Ctr, 2, &mut self.plan_ctr),
            (Metric::ConversionRateClicks, 2, &mut self.plan_cvr),
        ] {
            if let Some(t) = text(metric, decimals) {
                *field = t;
                filled = true;
            }
        }
        filled
    }

    /// Fills the plan's rates with the typical third-party TikTok figures; the CPM only in US dollars (its typical
    /// figure is in dollars). Returns whether the CPM was filled.
    pub fn use_typical_rates(&mut self) -> bool {
        let figure = |metric: Metric| TYPICAL.iter().find(|t| t.metric == metric).map(|t: &Typical| t.typical);
        let text = |v: Option<Decimal>| v.map(|v| v.normalize().to_string()).unwrap_or_default();
        self.plan_ctr = text(figure(Metric::Ctr));
        self.plan_cvr = text(figure(Metric::ConversionRateClicks));
        let usd = self.currency.is_usd();
        if usd {
            self.plan_cpm = text(figure(Metric::Cpm));
        }
        usd
    }
}
