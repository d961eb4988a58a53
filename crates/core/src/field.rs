//! The calculator's single-value input fields: their labels, hints, keys and what each holds. At the bottom of the
//! core: every other module may name a field, none of them is needed here.

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

    /// The visible label of the field.
    pub const fn label(self) -> &'static str {
        match self {
            Field::Credits => "Ad credits",
            Field::Impressions => "Impressions",
            Field::Clicks => "Clicks",
            Field::Conversions => "Conversions",
            Field::Revenue => "Revenue",
            Field::Spend => "Total spend",
            Field::CampaignDaily => "Campaign daily budget",
            Field::AdGroupDaily => "Ad group daily budget",
            Field::AdGroupLifetime => "Ad group lifetime budget",
            Field::ScheduleDays => "Days the ad group runs",
            Field::OfferWindow => "Spend window (days)",
            Field::OfferUsed => "Share of the credit used (%)",
            Field::OfferCash => "Cash you will pay",
            Field::Margin => "Gross margin (%)",
            Field::TargetProfit => "Target profit (% of revenue)",
            Field::Budget => "Budget",
            Field::PlanCpm => "Expected CPM",
            Field::PlanCtr => "Expected CTR (%)",
            Field::PlanCvr => "Expected conversion rate (%)",
            Field::PlanAov => "Expected revenue per conversion",
            Field::GoalConversions => "Conversions wanted",
            Field::GoalRevenue => "Revenue wanted",
            Field::GoalRoas => "ROAS wanted (×)",
        }
    }

    /// A line under the label saying what an empty field means, where that needs saying.
    pub const fn hint(self) -> Option<&'static str> {
        match self {
            Field::Clicks => Some("Destination clicks, as Ads Manager counts them for CPC and CTR."),
            Field::Spend => Some("Credits + cash. Empty: the credits paid for everything."),
            Field::Revenue => Some("What the conversions earned in total. Optional."),
            Field::Margin => Some("Revenue left after goods, fees and shipping."),
            Field::TargetProfit => Some("Optional: the profit you aim for."),
            Field::Budget => Some("Empty: the total spend above, else the credits."),
            Field::PlanCtr => Some("Clicks per 100 impressions."),
            Field::PlanCvr => Some("Conversions per 100 clicks."),
            Field::PlanAov => Some("Optional: for the revenue and ROAS."),
            Field::OfferWindow => Some("Usually 14 to 30 days."),
            Field::OfferUsed => Some("Before it expires. Empty: all of it."),
            Field::OfferCash => Some("Empty: the cash paid above."),
            _ => None,
        }
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
    pub const fn wanted(self) -> Option<&'static str> {
        match self {
            Field::Revenue => Some("revenue"),
            Field::Margin => Some("a gross margin"),
            Field::TargetProfit => Some("a target profit"),
            Field::PlanCpm => Some("an expected CPM"),
            Field::PlanCtr => Some("an expected CTR"),
            Field::PlanCvr => Some("an expected conversion rate"),
            Field::PlanAov => Some("a revenue per conversion"),
            Field::GoalConversions => Some("the conversions wanted"),
            Field::GoalRevenue => Some("the revenue wanted"),
            Field::GoalRoas => Some("the ROAS wanted"),
            _ => None,
        }
    }

    /// Whether the field may be left empty.
    pub const fn is_optional(self) -> bool {
        !matches!(self, Field::Credits | Field::Impressions | Field::Clicks | Field::Conversions)
    }
}
