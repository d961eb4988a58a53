//! A scenario: the credits, the results and the plans a user enters, as typed and as parsed.
//!
//! The first four fields are the seed's calculator and are required. Everything else is optional: an empty field
//! means "not given" (an empty planned spend means the credits pay for all of it), and only a field that holds text
//! which does not read is an error.

use rust_decimal::Decimal;

use crate::credits::Offer;
use crate::field::Field;
use crate::parse::{parse_count_in, parse_days, parse_money_in, parse_multiple, parse_percent, ParseError, Reading};
use crate::rows::RowKey;
use crate::value::Undefined;
use crate::wallet::{parse_date, Day, Grant, Source, DEFAULT_EXPIRY_DAYS};
use crate::Currency;

/// A credit grant as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantDraft {
    /// Which row this is while the page is open (not part of the value).
    pub key: RowKey,
    pub source: Source,
    pub amount: String,
    /// `YYYY-MM-DD`.
    pub received: String,
    /// `YYYY-MM-DD`, or empty for [`DEFAULT_EXPIRY_DAYS`] after receipt.
    pub expires: String,
}

/// A "spend X, get Y" tier as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TierDraft {
    /// Which row this is while the page is open (not part of the value).
    pub key: RowKey,
    pub spend: String,
    pub credit: String,
}

/// The most grants and offer tiers a scenario holds (and a link carries).
pub const MAX_GRANTS: usize = 20;
pub const MAX_TIERS: usize = 10;

/// What the user typed, field by field, and the chosen currency. Text is kept as typed: the calculator never
/// reformats a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub currency: Currency,
    pub credits: String,
    pub impressions: String,
    pub clicks: String,
    pub conversions: String,
    pub revenue: String,
    pub spend: String,
    pub campaign_daily: String,
    pub ad_group_daily: String,
    pub ad_group_lifetime: String,
    pub schedule_days: String,
    pub offer_window: String,
    pub offer_used: String,
    pub offer_cash: String,
    pub margin: String,
    pub target_profit: String,
    pub budget: String,
    pub plan_cpm: String,
    pub plan_ctr: String,
    pub plan_cvr: String,
    pub plan_aov: String,
    pub goal_conversions: String,
    pub goal_revenue: String,
    pub goal_roas: String,
    pub grants: Vec<GrantDraft>,
    pub tiers: Vec<TierDraft>,
}

impl Default for Draft {
    /// The seed guide's worked example: $100 of credits → 50,000 impressions, 2,000 clicks, 500 conversions.
    fn default() -> Self {
        Draft {
            currency: Currency::Usd,
            credits: "100".into(),
            // Plain digits, which read the same in every locale ("50,000" is fifty to a German reader).
            impressions: "50000".into(),
            clicks: "2000".into(),
            conversions: "500".into(),
            revenue: String::new(),
            spend: String::new(),
            campaign_daily: String::new(),
            ad_group_daily: String::new(),
            ad_group_lifetime: String::new(),
            schedule_days: String::new(),
            offer_window: String::new(),
            offer_used: String::new(),
            offer_cash: String::new(),
            margin: String::new(),
            target_profit: String::new(),
            budget: String::new(),
            plan_cpm: String::new(),
            plan_ctr: String::new(),
            plan_cvr: String::new(),
            plan_aov: String::new(),
            goal_conversions: String::new(),
            goal_revenue: String::new(),
            goal_roas: String::new(),
            grants: Vec::new(),
            tiers: Vec::new(),
        }
    }
}

impl Draft {
    /// An empty calculator in `currency` ("Clear all").
    pub fn cleared(currency: Currency) -> Draft {
        let mut draft = Draft { currency, grants: Vec::new(), tiers: Vec::new(), ..Draft::default() };
        for field in Field::ALL {
            draft.text_mut(field).clear();
        }
        draft
    }

    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Credits => &self.credits,
            Field::Impressions => &self.impressions,
            Field::Clicks => &self.clicks,
            Field::Conversions => &self.conversions,
            Field::Revenue => &self.revenue,
            Field::Spend => &self.spend,
            Field::CampaignDaily => &self.campaign_daily,
            Field::AdGroupDaily => &self.ad_group_daily,
            Field::AdGroupLifetime => &self.ad_group_lifetime,
            Field::ScheduleDays => &self.schedule_days,
            Field::OfferWindow => &self.offer_window,
            Field::OfferUsed => &self.offer_used,
            Field::OfferCash => &self.offer_cash,
            Field::Margin => &self.margin,
            Field::TargetProfit => &self.target_profit,
            Field::Budget => &self.budget,
            Field::PlanCpm => &self.plan_cpm,
            Field::PlanCtr => &self.plan_ctr,
            Field::PlanCvr => &self.plan_cvr,
            Field::PlanAov => &self.plan_aov,
            Field::GoalConversions => &self.goal_conversions,
            Field::GoalRevenue => &self.goal_revenue,
            Field::GoalRoas => &self.goal_roas,
        }
    }

    pub fn text_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Credits => &mut self.credits,
            Field::Impressions => &mut self.impressions,
            Field::Clicks => &mut self.clicks,
            Field::Conversions => &mut self.conversions,
            Field::Revenue => &mut self.revenue,
            Field::Spend => &mut self.spend,
            Field::CampaignDaily => &mut self.campaign_daily,
            Field::AdGroupDaily => &mut self.ad_group_daily,
            Field::AdGroupLifetime => &mut self.ad_group_lifetime,
            Field::ScheduleDays => &mut self.schedule_days,
            Field::OfferWindow => &mut self.offer_window,
            Field::OfferUsed => &mut self.offer_used,
            Field::OfferCash => &mut self.offer_cash,
            Field::Margin => &mut self.margin,
            Field::TargetProfit => &mut self.target_profit,
            Field::Budget => &mut self.budget,
            Field::PlanCpm => &mut self.plan_cpm,
            Field::PlanCtr => &mut self.plan_ctr,
            Field::PlanCvr => &mut self.plan_cvr,
            Field::PlanAov => &mut self.plan_aov,
            Field::GoalConversions => &mut self.goal_conversions,
            Field::GoalRevenue => &mut self.goal_revenue,
            Field::GoalRoas => &mut self.goal_roas,
        }
    }

    /// Parses every field on its own, so one bad field leaves the others usable.
    /// What was typed is read the way the page's language writes amounts ("1,5 jt" on an Indonesian page).
    pub fn parse(&self) -> Inputs {
        let reading = Reading::of_page();
        let money = |text: &str| optional(text, |t| parse_money_in(t, self.currency, reading));
        let count = |text: &str| parse_count_in(text, reading);
        Inputs {
            currency: self.currency,
            credits: parse_money_in(&self.credits, self.currency, reading),
            impressions: count(&self.impressions),
            clicks: count(&self.clicks),
            conversions: count(&self.conversions),
            revenue: money(&self.revenue),
            spend: money(&self.spend),
            campaign_daily: money(&self.campaign_daily),
            ad_group_daily: money(&self.ad_group_daily),
            ad_group_lifetime: money(&self.ad_group_lifetime),
            schedule_days: optional(&self.schedule_days, parse_days),
            offer_window: optional(&self.offer_window, parse_days),
            offer_used: optional(&self.offer_used, parse_percent),
            offer_cash: money(&self.offer_cash),
            margin: optional(&self.margin, parse_percent),
            target_profit: optional(&self.target_profit, parse_percent),
            budget: money(&self.budget),
            plan_cpm: money(&self.plan_cpm),
            plan_ctr: optional(&self.plan_ctr, parse_percent),
            plan_cvr: optional(&self.plan_cvr, parse_percent),
            plan_aov: money(&self.plan_aov),
            goal_conversions: optional(&self.goal_conversions, count),
            goal_revenue: money(&self.goal_revenue),
            goal_roas: optional(&self.goal_roas, parse_multiple),
            grants: self.grants.iter().map(|g| g.parse(self.currency)).collect(),
            tiers: self.tiers.iter().map(|t| t.parse(self.currency)).collect(),
        }
    }
}

/// An optional field: empty is `None`, anything else must read.
fn optional<T>(text: &str, read: impl Fn(&str) -> Result<T, ParseError>) -> Result<Option<T>, ParseError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        read(text).map(Some)
    }
}

impl GrantDraft {
    pub fn parse(&self, currency: Currency) -> GrantInputs {
        let received = match self.received.trim() {
            "" => Err(ParseError::NoDate),
            text => parse_date(text).ok_or(ParseError::NotADate),
        };
        let expires = match (self.expires.trim(), received) {
            ("", Ok(day)) => Ok(day.saturating_add(DEFAULT_EXPIRY_DAYS)),
            ("", Err(_)) => Err(ParseError::NoDate),
            (text, received) => match parse_date(text) {
                None => Err(ParseError::NotADate),
                Some(day) if received.is_ok_and(|r| day <= r) => Err(ParseError::ExpiresBeforeReceived),
                Some(day) => Ok(day),
            },
        };
        let amount = parse_money_in(&self.amount, currency, Reading::of_page());
        GrantInputs { source: self.source, amount, received, expires }
    }
}

impl TierDraft {
    pub fn parse(&self, currency: Currency) -> TierInputs {
        let reading = Reading::of_page();
        TierInputs { spend: parse_money_in(&self.spend, currency, reading), credit: parse_money_in(&self.credit, currency, reading) }
    }
}

/// A parsed grant: each part a value or the reason it is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantInputs {
    pub source: Source,
    pub amount: Result<Decimal, ParseError>,
    pub received: Result<Day, ParseError>,
    /// The expiry as typed, or the default when left empty.
    pub expires: Result<Day, ParseError>,
}

impl GrantInputs {
    pub fn grant(&self) -> Option<Grant> {
        Some(Grant {
            source: self.source,
            amount: self.amount.ok()?,
            received: self.received.ok()?,
            expires: self.expires.ok()?,
        })
    }
}

/// A parsed offer tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierInputs {
    pub spend: Result<Decimal, ParseError>,
    pub credit: Result<Decimal, ParseError>,
}

impl TierInputs {
    pub fn offer(&self) -> Option<Offer> {
        Some(Offer { spend: self.spend.ok()?, credit: self.credit.ok()? })
    }
}

/// An optional value: `Ok(None)` when left empty.
pub type Optional<T> = Result<Option<T>, ParseError>;

/// The parsed fields: each a value or the reason it is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub currency: Currency,
    pub credits: Result<Decimal, ParseError>,
    pub impressions: Result<u64, ParseError>,
    pub clicks: Result<u64, ParseError>,
    pub conversions: Result<u64, ParseError>,
    pub revenue: Optional<Decimal>,
    pub spend: Optional<Decimal>,
    pub campaign_daily: Optional<Decimal>,
    pub ad_group_daily: Optional<Decimal>,
    pub ad_group_lifetime: Optional<Decimal>,
    pub schedule_days: Optional<u32>,
    pub offer_window: Optional<u32>,
    /// A percentage (60 for 60 %).
    pub offer_used: Optional<Decimal>,
    pub offer_cash: Optional<Decimal>,
    /// Percentages (25 for 25 %).
    pub margin: Optional<Decimal>,
    pub target_profit: Optional<Decimal>,
    /// "Plan a campaign": the budget and the expected rates (CTR and conversion rate as percentages).
    pub budget: Optional<Decimal>,
    pub plan_cpm: Optional<Decimal>,
    pub plan_ctr: Optional<Decimal>,
    pub plan_cvr: Optional<Decimal>,
    pub plan_aov: Optional<Decimal>,
    /// The goals a budget is solved for.
    pub goal_conversions: Optional<u64>,
    pub goal_revenue: Optional<Decimal>,
    pub goal_roas: Optional<Decimal>,
    pub grants: Vec<GrantInputs>,
    pub tiers: Vec<TierInputs>,
}

impl Inputs {
    /// The parse error of `field`, if its text is not a valid value.
    pub fn error(&self, field: Field) -> Option<ParseError> {
        match field {
            Field::Credits => self.credits.err(),
            Field::Impressions => self.impressions.err(),
            Field::Clicks => self.clicks.err(),
            Field::Conversions => self.conversions.err(),
            Field::Revenue => self.revenue.err(),
            Field::Spend => self.spend.err(),
            Field::CampaignDaily => self.campaign_daily.err(),
            Field::AdGroupDaily => self.ad_group_daily.err(),
            Field::AdGroupLifetime => self.ad_group_lifetime.err(),
            Field::ScheduleDays => self.schedule_days.err(),
            Field::OfferWindow => self.offer_window.err(),
            Field::OfferUsed => self.offer_used.err(),
            Field::OfferCash => self.offer_cash.err(),
            Field::Margin => self.margin.err(),
            Field::TargetProfit => self.target_profit.err(),
            Field::Budget => self.budget.err(),
            Field::PlanCpm => self.plan_cpm.err(),
            Field::PlanCtr => self.plan_ctr.err(),
            Field::PlanCvr => self.plan_cvr.err(),
            Field::PlanAov => self.plan_aov.err(),
            Field::GoalConversions => self.goal_conversions.err(),
            Field::GoalRevenue => self.goal_revenue.err(),
            Field::GoalRoas => self.goal_roas.err(),
        }
    }

    /// Why `field` gives no value (call when it gives none): empty, or text that does not read.
    pub fn why(&self, field: Field) -> Undefined {
        Undefined::of_field(field, self.error(field))
    }

    /// The gross spend S, or why it is not known.
    pub fn spend_value(&self) -> Result<Decimal, Undefined> {
        self.gross_spend().map_err(|field| self.why(field))
    }

    /// Every credit grant, when every part of every one reads (the wallet adds up none of them otherwise).
    pub fn valid_grants(&self) -> Option<Vec<Grant>> {
        self.grants.iter().map(GrantInputs::grant).collect()
    }

    /// Every offer tier, when every one reads.
    pub fn valid_tiers(&self) -> Option<Vec<Offer>> {
        self.tiers.iter().map(TierInputs::offer).collect()
    }

    /// The amount a money field holds, if it holds one.
    pub fn money(&self, field: Field) -> Option<Decimal> {
        match field {
            Field::Credits => self.credits.ok(),
            Field::Revenue => self.revenue.ok().flatten(),
            Field::Spend => self.spend.ok().flatten(),
            Field::CampaignDaily => self.campaign_daily.ok().flatten(),
            Field::AdGroupDaily => self.ad_group_daily.ok().flatten(),
            Field::AdGroupLifetime => self.ad_group_lifetime.ok().flatten(),
            Field::OfferCash => self.offer_cash.ok().flatten(),
            _ => None,
        }
    }

    /// The number a count field holds, if it holds one.
    pub fn count(&self, field: Field) -> Option<u64> {
        match field {
            Field::Impressions => self.impressions.ok(),
            Field::Clicks => self.clicks.ok(),
            Field::Conversions => self.conversions.ok(),
            _ => None,
        }
    }

    /// The value an optional field holds, or why it holds none (empty: "add …"; unreadable: "check …").
    pub fn given(&self, field: Field) -> Result<Decimal, Undefined> {
        let value = match field {
            Field::Revenue => self.revenue,
            Field::Margin => self.margin,
            Field::TargetProfit => self.target_profit,
            Field::Budget => self.budget,
            Field::PlanCpm => self.plan_cpm,
            Field::PlanCtr => self.plan_ctr,
            Field::PlanCvr => self.plan_cvr,
            Field::PlanAov => self.plan_aov,
            Field::GoalConversions => self.goal_conversions.map(|n| n.map(Decimal::from)),
            Field::GoalRevenue => self.goal_revenue,
            Field::GoalRoas => self.goal_roas,
            _ => Ok(self.money(field)),
        };
        match value {
            Ok(Some(value)) => Ok(value),
            Ok(None) => Err(Undefined::Missing(field)),
            Err(error) => Err(Undefined::of_field(field, Some(error))),
        }
    }

    /// The gross spend S: the planned spend, or the credits when none is given.
    pub fn gross_spend(&self) -> Result<Decimal, Field> {
        match self.spend {
            Ok(Some(spend)) => Ok(spend),
            Ok(None) => self.credits.map_err(|_| Field::Credits),
            Err(_) => Err(Field::Spend),
        }
    }

    /// The scenario, when every field (and every grant and tier) is valid.
    pub fn scenario(&self) -> Option<Scenario> {
        Some(Scenario {
            currency: self.currency,
            credits: self.credits.ok()?,
            impressions: self.impressions.ok()?,
            clicks: self.clicks.ok()?,
            conversions: self.conversions.ok()?,
            revenue: self.revenue.ok()?,
            spend: self.spend.ok()?,
            budget: Budget {
                campaign_daily: self.campaign_daily.ok()?,
                ad_group_daily: self.ad_group_daily.ok()?,
                ad_group_lifetime: self.ad_group_lifetime.ok()?,
                schedule_days: self.schedule_days.ok()?,
            },
            grants: self.valid_grants()?,
            offer: OfferPlan {
                tiers: self.valid_tiers()?,
                window_days: self.offer_window.ok()?,
                used_percent: self.offer_used.ok()?,
                cash: self.offer_cash.ok()?,
            },
            margin: self.margin.ok()?,
            target_profit: self.target_profit.ok()?,
            plan: Plan {
                budget: self.budget.ok()?,
                cpm: self.plan_cpm.ok()?,
                ctr: self.plan_ctr.ok()?,
                cvr: self.plan_cvr.ok()?,
                aov: self.plan_aov.ok()?,
            },
        })
    }
}

/// The budgets a campaign is planned with (each optional), checked against TikTok's minimums.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Budget {
    /// Also the daily budget that spends the credit wallet (the ad group's when it is the only one given).
    pub campaign_daily: Option<Decimal>,
    pub ad_group_daily: Option<Decimal>,
    pub ad_group_lifetime: Option<Decimal>,
    pub schedule_days: Option<u32>,
}

/// A "spend X, get Y" offer being weighed: its tiers and the assumptions to weigh them with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfferPlan {
    pub tiers: Vec<Offer>,
    pub window_days: Option<u32>,
    /// The share of the credit expected to be used before it expires, as a percentage; `None` means 100.
    pub used_percent: Option<Decimal>,
    /// The cash to be paid in the window; `None` means the scenario's cash paid.
    pub cash: Option<Decimal>,
}

/// A campaign plan: the budget and the rates expected (each optional; CTR and conversion rate as percentages).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub budget: Option<Decimal>,
    pub cpm: Option<Decimal>,
    pub ctr: Option<Decimal>,
    pub cvr: Option<Decimal>,
    pub aov: Option<Decimal>,
}

/// A complete, valid scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub currency: Currency,
    /// The credits available for this campaign.
    pub credits: Decimal,
    pub impressions: u64,
    pub clicks: u64,
    pub conversions: u64,
    /// The total value of the conversions, when given.
    pub revenue: Option<Decimal>,
    /// The planned total spend; `None` means the credits pay for all of it (spend = credits).
    pub spend: Option<Decimal>,
    pub budget: Budget,
    pub grants: Vec<Grant>,
    pub offer: OfferPlan,
    /// The gross margin and the target profit, as percentages of revenue, when given.
    pub margin: Option<Decimal>,
    pub target_profit: Option<Decimal>,
    /// "Plan a campaign".
    pub plan: Plan,
}

impl Scenario {
    /// The seed's shape: credits and results only, nothing else given.
    pub fn simple(currency: Currency, credits: Decimal, impressions: u64, clicks: u64, conversions: u64) -> Scenario {
        Scenario {
            currency,
            credits,
            impressions,
            clicks,
            conversions,
            revenue: None,
            spend: None,
            budget: Budget::default(),
            grants: Vec::new(),
            offer: OfferPlan::default(),
            margin: None,
            target_profit: None,
            plan: Plan::default(),
        }
    }
}

impl From<&Scenario> for Inputs {
    fn from(s: &Scenario) -> Self {
        let grant = |g: &Grant| GrantInputs {
            source: g.source,
            amount: Ok(g.amount),
            received: Ok(g.received),
            expires: Ok(g.expires),
        };
        Inputs {
            currency: s.currency,
            credits: Ok(s.credits),
            impressions: Ok(s.impressions),
            clicks: Ok(s.clicks),
            conversions: Ok(s.conversions),
            revenue: Ok(s.revenue),
            spend: Ok(s.spend),
            campaign_daily: Ok(s.budget.campaign_daily),
            ad_group_daily: Ok(s.budget.ad_group_daily),
            ad_group_lifetime: Ok(s.budget.ad_group_lifetime),
            schedule_days: Ok(s.budget.schedule_days),
            offer_window: Ok(s.offer.window_days),
            offer_used: Ok(s.offer.used_percent),
            offer_cash: Ok(s.offer.cash),
            margin: Ok(s.margin),
            target_profit: Ok(s.target_profit),
            budget: Ok(s.plan.budget),
            plan_cpm: Ok(s.plan.cpm),
            plan_ctr: Ok(s.plan.ctr),
            plan_cvr: Ok(s.plan.cvr),
            plan_aov: Ok(s.plan.aov),
            goal_conversions: Ok(None),
            goal_revenue: Ok(None),
            goal_roas: Ok(None),
            grants: s.grants.iter().map(grant).collect(),
            tiers: s.offer.tiers.iter().map(|t| TierInputs { spend: Ok(t.spend), credit: Ok(t.credit) }).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_draft_is_the_seed_example() {
        let seed = Draft::default().parse().scenario().unwrap();
        assert_eq!(seed, Scenario::simple(Currency::Usd, Decimal::ONE_HUNDRED, 50_000, 2_000, 500));
    }

    #[test]
    fn one_bad_field_leaves_the_others() {
        let draft = Draft { clicks: "abc".into(), ..Draft::default() };
        let inputs = draft.parse();
        assert_eq!(inputs.error(Field::Clicks), Some(ParseError::NotANumber));
        assert_eq!(inputs.error(Field::Credits), None);
        assert_eq!(inputs.impressions, Ok(50_000));
        assert_eq!(inputs.scenario(), None);
    }

    #[test]
    fn money_follows_the_currency() {
        let draft = Draft { credits: "100.50".into(), currency: Currency::Jpy, ..Draft::default() };
        assert_eq!(draft.parse().error(Field::Credits), Some(ParseError::TooManyDecimals(Currency::Jpy)));
    }

    #[test]
    fn text_mut_edits_the_named_field() {
        let mut draft = Draft::default();
        for field in Field::ALL {
            *draft.text_mut(field) = field.key().to_string();
            assert_eq!(draft.text(field), field.key());
        }
    }

    #[test]
    fn optional_fields_may_be_empty_but_not_wrong() {
        let inputs = Draft { spend: "  ".into(), offer_used: "60%".into(), ..Draft::default() }.parse();
        assert_eq!((inputs.spend, inputs.offer_used), (Ok(None), Ok(Some(Decimal::from(60)))));
        assert_eq!(inputs.gross_spend(), Ok(Decimal::ONE_HUNDRED), "no spend given: the credits");
        let inputs = Draft { spend: "$600".into(), ..Draft::default() }.parse();
        assert_eq!(inputs.gross_spend(), Ok(Decimal::from(600)));
        for (field, text, error) in [
            (Field::Spend, "abc", ParseError::NotANumber),
            (Field::ScheduleDays, "3651", ParseError::DaysTooLarge),
            (Field::OfferWindow, "1.5", ParseError::FractionInCount),
            (Field::OfferUsed, "101", ParseError::Percent),
            (Field::OfferUsed, "33.333", ParseError::Percent),
            (Field::OfferCash, "-5", ParseError::Negative),
        ] {
            let mut draft = Draft::default();
            *draft.text_mut(field) = text.into();
            let inputs = draft.parse();
            assert_eq!(inputs.error(field), Some(error), "{field:?} {text}");
            assert_eq!(inputs.scenario(), None);
        }
        let bad_spend = Draft { spend: "x".into(), ..Draft::default() }.parse();
        assert_eq!(bad_spend.gross_spend(), Err(Field::Spend));
    }

    #[test]
    fn grants_read_their_dates_and_default_the_expiry() {
        let grant = |received: &str, expires: &str| {
            GrantDraft {
                key: Default::default(),
                source: Source::Coupon,
                amount: "50".into(),
                received: received.into(),
                expires: expires.into(),
            }
            .parse(Currency::Usd)
        };
        let g = grant("2026-11-25", "");
        assert_eq!((g.received, g.expires), (Ok(20_782), Ok(20_872)), "90 days after receipt");
        assert_eq!(grant("2026-11-25", "2026-12-01").expires, Ok(20_788));
        assert_eq!(grant("2026-11-25", "2026-11-25").expires, Err(ParseError::ExpiresBeforeReceived));
        assert_eq!(grant("", "").received, Err(ParseError::NoDate));
        assert_eq!(grant("25/11/2026", "").received, Err(ParseError::NotADate));
        assert_eq!(grant("2026-11-25", "soon").expires, Err(ParseError::NotADate));
        assert_eq!(grant("2026-11-25", "").grant().map(|g| g.amount), Some(Decimal::from(50)));
    }
}
