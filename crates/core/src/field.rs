//! The calculator's single-value input fields: their labels, hints, keys and what each holds. At the bottom of the
//! core: every other module may name a field, none of them is needed here (but the messages its words are).

use crate::l10n::Msg;

/// A single-value input field of the calculator (grants and offer tiers are lists of their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Credits,
    Impressions,
    Clicks,
    Conversions,
    /// The total value of the conversions (optional): revenue, ROAS and profit.
    Revenue,
    /// The total spend behind the results, credits and cash together; empty means the credits paid for all of it.
    Spend,
    CampaignDaily,
    AdGroupDaily,
    AdGroupLifetime,
    ScheduleDays,
    OfferWindow,
    OfferUsed,
    OfferCash,
    /// The share of revenue left after the cost of goods, fees and shipping (a percentage).
    Margin,
    /// The profit aimed for, as a share of revenue (a percentage).
    TargetProfit,
    /// "Plan a campaign": the budget to forecast (empty: the total spend, else the credits) and the rates expected.
    Budget,
    PlanCpm,
    PlanCtr,
    PlanCvr,
    PlanAov,
    /// Goals to solve the budget for (not part of a saved scenario or a link).
    GoalConversions,
    GoalRevenue,
    GoalRoas,
}

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Money,
    Count,
    Days,
    Percent,
    /// A multiple such as a ROAS (2.5 for 2.5×).
    Multiple,
}

impl Field {
    pub const ALL: [Field; 23] = [
        Field::Credits,
        Field::Impressions,
        Field::Clicks,
        Field::Conversions,
        Field::Revenue,
        Field::Spend,
        Field::CampaignDaily,
        Field::AdGroupDaily,
        Field::AdGroupLifetime,
        Field::ScheduleDays,
        Field::OfferWindow,
        Field::OfferUsed,
        Field::OfferCash,
        Field::Margin,
        Field::TargetProfit,
        Field::Budget,
        Field::PlanCpm,
        Field::PlanCtr,
        Field::PlanCvr,
        Field::PlanAov,
        Field::GoalConversions,
        Field::GoalRevenue,
        Field::GoalRoas,
    ];

    /// The visible label of the field, in the page's language.
    pub fn label(self) -> &'static str {
        self.label_msg().text()
    }

    /// The message of the field's label.
    pub const fn label_msg(self) -> Msg {
        match self {
            Field::Credits => Msg::LabelCredits,
            Field::Impressions => Msg::LabelImpressions,
            Field::Clicks => Msg::LabelClicks,
            Field::Conversions => Msg::LabelConversions,
            Field::Revenue => Msg::LabelRevenue,
            Field::Spend => Msg::LabelSpend,
            Field::CampaignDaily => Msg::LabelCampaignDaily,
            Field::AdGroupDaily => Msg::LabelAdGroupDaily,
            Field::AdGroupLifetime => Msg::LabelAdGroupLifetime,
            Field::ScheduleDays => Msg::LabelScheduleDays,
            Field::OfferWindow => Msg::LabelOfferWindow,
            Field::OfferUsed => Msg::LabelOfferUsed,
            Field::OfferCash => Msg::LabelOfferCash,
            Field::Margin => Msg::LabelMargin,
            Field::TargetProfit => Msg::LabelTargetProfit,
            Field::Budget => Msg::LabelBudget,
            Field::PlanCpm => Msg::LabelPlanCpm,
            Field::PlanCtr => Msg::LabelPlanCtr,
            Field::PlanCvr => Msg::LabelPlanCvr,
            Field::PlanAov => Msg::LabelPlanAov,
            Field::GoalConversions => Msg::LabelGoalConversions,
            Field::GoalRevenue => Msg::LabelGoalRevenue,
            Field::GoalRoas => Msg::LabelGoalRoas,
        }
    }

    /// A line under the label saying what an empty field means, where that needs saying.
    pub fn hint(self) -> Option<&'static str> {
        let hint = match self {
            Field::Clicks => Msg::HintClicks,
            Field::Spend => Msg::HintSpend,
            Field::Revenue => Msg::HintRevenue,
            Field::Margin => Msg::HintMargin,
            Field::TargetProfit => Msg::HintTargetProfit,
            Field::Budget => Msg::HintBudget,
            Field::PlanCtr => Msg::HintPlanCtr,
            Field::PlanCvr => Msg::HintPlanCvr,
            Field::PlanAov => Msg::HintPlanAov,
            Field::OfferWindow => Msg::HintOfferWindow,
            Field::OfferUsed => Msg::HintOfferUsed,
            Field::OfferCash => Msg::HintOfferCash,
            _ => return None,
        };
        Some(hint.text())
    }

    /// A stable identifier (HTML ids, link keys, storage keys).
    pub const fn key(self) -> &'static str {
        match self {
            Field::Credits => "credits",
            Field::Impressions => "impressions",
            Field::Clicks => "clicks",
            Field::Conversions => "conversions",
            Field::Revenue => "revenue",
            Field::Spend => "spend",
            Field::CampaignDaily => "daily",
            Field::AdGroupDaily => "adgroup-daily",
            Field::AdGroupLifetime => "lifetime",
            Field::ScheduleDays => "lifetime-days",
            Field::OfferWindow => "window",
            Field::OfferUsed => "used",
            Field::OfferCash => "cash",
            Field::Margin => "margin",
            Field::TargetProfit => "target",
            Field::Budget => "budget",
            Field::PlanCpm => "plan-cpm",
            Field::PlanCtr => "plan-ctr",
            Field::PlanCvr => "plan-cvr",
            Field::PlanAov => "plan-aov",
            Field::GoalConversions => "goal-conversions",
            Field::GoalRevenue => "goal-revenue",
            Field::GoalRoas => "goal-roas",
        }
    }

    pub const fn kind(self) -> Kind {
        match self {
            Field::Credits
            | Field::Spend
            | Field::CampaignDaily
            | Field::AdGroupDaily
            | Field::AdGroupLifetime
            | Field::OfferCash
            | Field::Revenue
            | Field::Budget
            | Field::PlanCpm
            | Field::PlanAov
            | Field::GoalRevenue => Kind::Money,
            Field::Impressions | Field::Clicks | Field::Conversions | Field::GoalConversions => Kind::Count,
            Field::GoalRoas => Kind::Multiple,
            Field::ScheduleDays | Field::OfferWindow => Kind::Days,
            Field::OfferUsed | Field::Margin | Field::TargetProfit | Field::PlanCtr | Field::PlanCvr => Kind::Percent,
        }
    }

    pub const fn is_money(self) -> bool {
        matches!(self.kind(), Kind::Money)
    }

    /// For an optional field a figure may need, what the figure asks for while it is empty ("— add revenue");
    /// `None` for the others, which say "— enter …".
    pub fn wanted(self) -> Option<&'static str> {
        let wanted = match self {
            Field::Revenue => Msg::WantedRevenue,
            Field::Margin => Msg::WantedMargin,
            Field::TargetProfit => Msg::WantedTargetProfit,
            Field::PlanCpm => Msg::WantedPlanCpm,
            Field::PlanCtr => Msg::WantedPlanCtr,
            Field::PlanCvr => Msg::WantedPlanCvr,
            Field::PlanAov => Msg::WantedPlanAov,
            Field::GoalConversions => Msg::WantedGoalConversions,
            Field::GoalRevenue => Msg::WantedGoalRevenue,
            Field::GoalRoas => Msg::WantedGoalRoas,
            _ => return None,
        };
        Some(wanted.text())
    }

    /// Whether the field may be left empty.
    pub const fn is_optional(self) -> bool {
        !matches!(self, Field::Credits | Field::Impressions | Field::Clicks | Field::Conversions)
    }
}
