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
use crate::value::{product, Undefined, Unit, Value};
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

    /// B × c × v: the conversions a budget buys are this ÷ (10 × CPM).
    fn reach(&self, budget: Decimal) -> Result<Decimal, Undefined> {
        let (ctr, cvr) = (self.ctr?, self.cvr?);
        product(product(budget, ctr)?, cvr)
    }

    /// A forecast figure, exactly.
    pub fn get(&self, projection: Projection) -> Value {
        let (budget, _) = self.budget?;
        let cpm = self.cpm?;
        let ten_cpm = product(cpm, Decimal::TEN)?;
        let zero_cpm = || if cpm.is_zero() { Undefined::Zero(Field::PlanCpm) } else { Undefined::TooLarge };
        match projection {
            Projection::Impressions => Ratio::new(product(budget, Decimal::ONE_THOUSAND)?, cpm).ok_or_else(zero_cpm),
            Projection::Clicks => {
                Ratio::new(product(product(budget, Decimal::TEN)?, self.ctr?)?, cpm).ok_or_else(zero_cpm)
            }
            Projection::Conversions => Ratio::new(self.reach(budget)?, ten_cpm).ok_or_else(zero_cpm),
            Projection::Revenue => {
                let reach = self.reach(budget)?;
                Ratio::new(product(reach, self.aov?)?, ten_cpm).ok_or_else(zero_cpm)
            }
            // B ÷ clicks = B × CPM ÷ (10 × B × c): no clicks when the budget or the CTR is 0.
            Projection::Cpc => {
                let clicks = product(product(budget, Decimal::TEN)?, self.ctr?)?;
                Ratio::new(product(budget, cpm)?, clicks).ok_or(Undefined::NoClicks)
            }
            Projection::CostPerConversion => {
                Ratio::new(product(budget, ten_cpm)?, self.reach(budget)?).ok_or(Undefined::NoConversions)
            }
            // Revenue ÷ B = c × v × a ÷ (10 × CPM) for any budget but 0.
            Projection::Roas => {
                let revenue = product(self.reach(budget)?, self.aov?)?;
                if budget.is_zero() {
                    return Err(Undefined::NoSpend);
                }
                Ratio::new(revenue, product(budget, ten_cpm)?).ok_or_else(zero_cpm)
            }
        }
    }

    /// The answer to a goal, exactly: a budget, or the highest CPM.
    pub fn solve(&self, goal: Goal) -> Value {
        let wanted = match goal {
            Goal::Conversions => self.goal_conversions,
            Goal::Revenue => self.goal_revenue,
            Goal::Roas => self.goal_roas,
        }?;
        let (ctr, cvr) = (self.ctr?, self.cvr?);
        let rates = product(ctr, cvr)?;
        let zero_rate = || Undefined::Zero(if ctr.is_zero() { Field::PlanCtr } else { Field::PlanCvr });
        match goal {
            Goal::Conversions => {
                let cpm = self.cpm?;
                Ratio::new(product(product(wanted, cpm)?, Decimal::TEN)?, rates).ok_or_else(zero_rate)
            }
            Goal::Revenue => {
                let (cpm, aov) = (self.cpm?, self.aov?);
                if aov.is_zero() {
                    return Err(Undefined::Zero(Field::PlanAov));
                }
                Ratio::new(product(product(wanted, cpm)?, Decimal::TEN)?, product(rates, aov)?).ok_or_else(zero_rate)
            }
            Goal::Roas => {
                let aov = self.aov?;
                Ratio::new(product(rates, aov)?, product(wanted, Decimal::TEN)?).ok_or(Undefined::Zero(Field::GoalRoas))
            }
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
        next.revenue = match self.get(Projection::Revenue) {
            Ok(revenue) => revenue.round(draft.currency.minor_units())?.normalize().to_string(),
            Err(_) => String::new(),
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

impl Draft {
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
