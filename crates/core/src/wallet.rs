//! The credit wallet (groundwork for the "Credits and cash" issue): credit grants with their expiry, what is
//! available, what expires soon, and how a daily budget spends them (earliest expiry first) — including what expires
//! unused. Days are whole days since 1970-01-01; "today" comes from the browser, so this stays pure.
//!
//! The expiry date is the last day a grant can be used: it can be spent from the day it is received through its expiry
//! date, and is lost the day after. An empty expiry is 90 days after receipt (TikTok's Incentive Center default).
//!
//! What TikTok means (checked 2026 on its help pages): no TikTok page states the hour a credit stops; what they show
//! is an inclusive range. The Incentive Center sets an ad credit's "effective period", "the default period is 90 days
//! from the operation date" (<https://ads.tiktok.com/help/article/how-to-manage-incentives-in-the-incentive-center>),
//! and Ads Manager's Tools > Payments > Promotions lists each credit's "Valid dates", the range during which it can be
//! spent; unused credit "is forfeited when it expires", once "the expiration date ... passes"
//! (<https://getadcredit.com/question/what-happens-to-unused-tiktok-ad-credit-after-expiration/>, third party). So the
//! date shown is the last day of the range: the credit can still be used on it.

use std::fmt;

use rust_decimal::Decimal;

use crate::l10n::Msg;
use crate::{Currency, Ratio};

/// A day as a count of days since 1970-01-01.
pub type Day = i64;

/// Unless the offer says otherwise, the last day a credit can be used is this many days after it is received.
pub const DEFAULT_EXPIRY_DAYS: i64 = 90;

/// The longest plan simulated: ten years of days.
const MAX_PLAN_DAYS: i64 = 3653;

/// The day of a calendar date (proleptic Gregorian), or `None` for a date that does not exist.
/// Howard Hinnant's `days_from_civil`; years 1970 to 9999 only, so nothing here can overflow.
pub fn day_of(year: i64, month: u32, day: u32) -> Option<Day> {
    let valid_day = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    if !(1970..=9999).contains(&year) || day == 0 || day > valid_day {
        return None;
    }
    let (month, day) = (i64::from(month), i64::from(day));
    let year = if month <= 2 { year.checked_sub(1)? } else { year };
    let era = year.checked_div(400)?;
    let year_of_era = year.checked_sub(era.checked_mul(400)?)?;
    let month_from_march = if month > 2 { month.checked_sub(3)? } else { month.checked_add(9)? };
    let day_of_year =
        (153_i64.checked_mul(month_from_march)?.checked_add(2)?).checked_div(5)?.checked_add(day)?.checked_sub(1)?;
    let day_of_era = year_of_era
        .checked_mul(365)?
        .checked_add(year_of_era.checked_div(4)?)?
        .checked_sub(year_of_era.checked_div(100)?)?
        .checked_add(day_of_year)?;
    era.checked_mul(146_097)?.checked_add(day_of_era)?.checked_sub(719_468)
}

/// The calendar date of a day: (year, month, day). Days before 1970 or after 9999 give `None`.
pub fn date_of(day: Day) -> Option<(i64, u32, u32)> {
    if !(0..=2_932_896).contains(&day) {
        return None;
    }
    let z = day.checked_add(719_468)?;
    let era = z.checked_div(146_097)?;
    let day_of_era = z.checked_sub(era.checked_mul(146_097)?)?;
    let year_of_era = day_of_era
        .checked_sub(day_of_era.checked_div(1460)?)?
        .checked_add(day_of_era.checked_div(36_524)?)?
        .checked_sub(day_of_era.checked_div(146_096)?)?
        .checked_div(365)?;
    let day_of_year = day_of_era.checked_sub(
        year_of_era
            .checked_mul(365)?
            .checked_add(year_of_era.checked_div(4)?)?
            .checked_sub(year_of_era.checked_div(100)?)?,
    )?;
    let mp = day_of_year.checked_mul(5)?.checked_add(2)?.checked_div(153)?;
    let d = day_of_year.checked_sub(mp.checked_mul(153)?.checked_add(2)?.checked_div(5)?)?.checked_add(1)?;
    let m = if mp < 10 { mp.checked_add(3)? } else { mp.checked_sub(9)? };
    let y = year_of_era.checked_add(era.checked_mul(400)?)?.checked_add(i64::from(m <= 2))?;
    Some((y, u32::try_from(m).ok()?, u32::try_from(d).ok()?))
}

/// Reads an ISO 8601 date, `YYYY-MM-DD`, as `<input type="date">` gives it.
pub fn parse_date(text: &str) -> Option<Day> {
    let mut parts = text.trim().split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    day_of(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// A day as an ISO 8601 date, `YYYY-MM-DD` ("" outside 1970–9999, which [`parse_date`] never gives).
pub fn format_date(day: Day) -> String {
    date_of(day).map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")).unwrap_or_default()
}

/// Where a credit grant came from (the guide's ways to earn credits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Promotional,
    Referral,
    PerformanceReward,
    PartnerProgramme,
    Coupon,
    Other,
}

impl Source {
    pub const ALL: [Source; 6] = [
        Source::Promotional,
        Source::Referral,
        Source::PerformanceReward,
        Source::PartnerProgramme,
        Source::Coupon,
        Source::Other,
    ];

    /// A stable identifier (storage, links).
    pub const fn key(self) -> &'static str {
        match self {
            Source::Promotional => "promotional",
            Source::Referral => "referral",
            Source::PerformanceReward => "performance",
            Source::PartnerProgramme => "partner",
            Source::Coupon => "coupon",
            Source::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.key() == key)
    }

    pub const fn label(self) -> &'static str {
        match self {
            Source::Promotional => "Promotional offer",
            Source::Referral => "Referral",
            Source::PerformanceReward => "Performance reward",
            Source::PartnerProgramme => "Partner programme",
            Source::Coupon => "Coupon",
            Source::Other => "Other",
        }
    }
}

/// One grant of credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grant {
    pub source: Source,
    pub amount: Decimal,
    pub received: Day,
    /// Its expiry date: the last day it can be used (lost from the day after).
    pub expires: Day,
}

impl Grant {
    /// A grant whose last usable day is [`DEFAULT_EXPIRY_DAYS`] after it is received.
    pub fn new(source: Source, amount: Decimal, received: Day) -> Grant {
        Grant { source, amount, received, expires: received.saturating_add(DEFAULT_EXPIRY_DAYS) }
    }

    /// Whether it can be spent on `day`: from the day received through its expiry date.
    pub fn usable_on(&self, day: Day) -> bool {
        self.received <= day && day <= self.expires
    }

    /// Whether it can no longer be spent on `day` (its last day has passed).
    pub fn expired_on(&self, day: Day) -> bool {
        self.expires < day
    }
}

/// What the wallet holds on a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Usable today.
    pub available: Decimal,
    /// Usable today and lost within 7 days (its last day is one of the next 7, today included).
    pub expiring_7: Decimal,
    /// Usable today and lost within 30 days.
    pub expiring_30: Decimal,
}

/// Totals on `today`; `None` only if a sum overflows (never within the money cap).
pub fn totals(grants: &[Grant], today: Day) -> Option<Totals> {
    let mut t = Totals::default();
    for g in grants.iter().filter(|g| g.usable_on(today)) {
        t.available = t.available.checked_add(g.amount)?;
        let days_after_today = g.expires.saturating_sub(today);
        if days_after_today < 7 {
            t.expiring_7 = t.expiring_7.checked_add(g.amount)?;
        }
        if days_after_today < 30 {
            t.expiring_30 = t.expiring_30.checked_add(g.amount)?;
        }
    }
    Some(t)
}

/// How a daily budget spends the wallet from today on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Days on which credit pays for some of the budget.
    pub days_funded: u32,
    /// The last such day.
    pub last_day: Option<Day>,
    /// The first day on which credit does not pay for all of that day's budget: cash is needed from then on (`None`
    /// when credit pays for every day of a campaign with a total spend).
    pub cash_from: Option<Day>,
    /// Per grant (same order as given): how much of it the budget spends.
    pub spent: Vec<Decimal>,
    /// The grants (by index) in the order the budget spends them: earliest expiry first.
    pub order: Vec<usize>,
    /// Grants (by index) that expire with credit left: how much, and their last usable day.
    pub expiring_unused: Vec<(usize, Decimal, Day)>,
}

impl Plan {
    /// All the credit the plan spends.
    pub fn credit_spent(&self) -> Decimal {
        self.spent.iter().fold(Decimal::ZERO, |sum, s| sum.saturating_add(*s))
    }
}

/// Spends `daily_budget` each day from `today`, from the usable grant that expires first, until `total` is spent
/// (when a campaign's total spend is given) or no grant is left. `None` if the budget is not positive or a sum
/// overflows.
pub fn plan(grants: &[Grant], today: Day, daily_budget: Decimal, total: Option<Decimal>) -> Option<Plan> {
    if daily_budget <= Decimal::ZERO {
        return None;
    }
    let mut left: Vec<Decimal> = grants.iter().map(|g| g.amount).collect();
    let mut spent = vec![Decimal::ZERO; grants.len()];
    let mut order: Vec<usize> = (0..grants.len()).collect();
    order.sort_by_key(|&i| grants.get(i).map(|g| g.expires));
    // The day after the last usable day of any grant.
    let horizon = grants
        .iter()
        .map(|g| g.expires.saturating_add(1))
        .max()
        .unwrap_or(today)
        .min(today.saturating_add(MAX_PLAN_DAYS));
    let (mut days_funded, mut last_day, mut cash_from) = (0_u32, None, None);
    let mut campaign_left = total;
    let mut day = today;
    while day < horizon && campaign_left.is_none_or(|t| t > Decimal::ZERO) {
        let todays = campaign_left.map_or(daily_budget, |t| t.min(daily_budget));
        let mut budget = todays;
        for &i in &order {
            let (Some(grant), Some(remaining)) = (grants.get(i), left.get_mut(i)) else { continue };
            if budget.is_zero() || remaining.is_zero() || !grant.usable_on(day) {
                continue;
            }
            let take = budget.min(*remaining);
            *remaining = remaining.checked_sub(take)?;
            budget = budget.checked_sub(take)?;
            let total = spent.get_mut(i)?;
            *total = total.checked_add(take)?;
        }
        if budget < todays {
            days_funded = days_funded.saturating_add(1);
            last_day = Some(day);
        }
        if !budget.is_zero() && cash_from.is_none() {
            cash_from = Some(day);
        }
        campaign_left = campaign_left.map(|t| t.saturating_sub(todays));
        day = day.checked_add(1)?;
    }
    // Past the last expiry no credit is left: a campaign still running then (or an open-ended one) pays cash.
    if cash_from.is_none() && campaign_left.is_none_or(|t| t > Decimal::ZERO) {
        cash_from = Some(day);
    }
    let expiring_unused = left
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_zero())
        .filter_map(|(i, l)| Some((i, *l, grants.get(i)?.expires)))
        .filter(|&(_, _, last_day)| last_day >= today)
        .collect();
    Some(Plan { days_funded, last_day, cash_from, spent, order, expiring_unused })
}

/// The smallest daily budget that spends every credit still usable from `today` by its last day, when the budget
/// spends the usable credit that expires first first (as [`plan`] does), exactly; `None` when no credit can be spent
/// from today (or a sum overflows).
///
/// Spending the earliest expiry first is the best order there is (it is earliest-deadline-first scheduling), so a
/// daily budget `b` spends everything exactly when, for every stretch of days from one credit's first usable day
/// (`today` or later) to another's last day, the credits usable only within that stretch add up to at most `b` per
/// day of it. The answer is the largest of those sums per day: at most 20 × 20 stretches.
pub fn daily_to_spend_all(grants: &[Grant], today: Day) -> Option<Ratio> {
    let live: Vec<(Day, Day, Decimal)> = grants
        .iter()
        .filter(|g| !g.expired_on(today) && g.amount > Decimal::ZERO)
        .map(|g| (g.received.max(today), g.expires, g.amount))
        .collect();
    let mut most: Option<Ratio> = None;
    for &(first, _, _) in &live {
        for &(_, last, _) in live.iter().filter(|&&(_, last, _)| last >= first) {
            let within = live
                .iter()
                .filter(|&&(s, e, _)| s >= first && e <= last)
                .try_fold(Decimal::ZERO, |sum, &(_, _, amount)| sum.checked_add(amount))?;
            let days = Decimal::from(last.checked_sub(first)?.checked_add(1)?);
            let per_day = Ratio::new(within, days)?;
            if most.is_none_or(|m| per_day.cmp_exact(&m) == Some(std::cmp::Ordering::Greater)) {
                most = Some(per_day);
            }
        }
    }
    most
}

/// TikTok's minimum budgets (USD), as warnings that never block anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetWarning {
    /// A campaign's daily budget is below $50.
    CampaignDaily,
    /// An ad group's daily budget is below $20.
    AdGroupDaily,
    /// A lifetime ad-group budget is below $20 × the number of days.
    AdGroupLifetime { days: u32 },
    /// The minimums above are in USD; other currencies have their own.
    OtherCurrency,
}

impl BudgetWarning {
    /// The words, with numbers written by `number` and the minimums (US dollars) by `dollars`.
    pub fn words(&self, number: impl Fn(Decimal) -> String, dollars: impl Fn(Decimal) -> String) -> String {
        let twenty = Decimal::from(20);
        match self {
            BudgetWarning::CampaignDaily => Msg::WarnCampaignDaily.fill(&[&dollars(Decimal::from(50))]),
            BudgetWarning::AdGroupDaily => Msg::WarnAdGroupDaily.fill(&[&dollars(twenty)]),
            BudgetWarning::AdGroupLifetime { days } => {
                let days = Decimal::from(*days);
                let plural = crate::l10n::Plural::of(crate::l10n::current().lang(), days);
                let least = days.checked_mul(twenty).unwrap_or(Decimal::MAX);
                Msg::WarnAdGroupLifetime.count(plural, &[&dollars(twenty), &number(days), &dollars(least)])
            }
            BudgetWarning::OtherCurrency => Msg::WarnBudgetOtherCurrency.text().to_owned(),
        }
    }
}

/// The words with English numbers: logs, and tests that need no page.
impl fmt::Display for BudgetWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(crate::display::grouped, |v| format!("${}", crate::display::grouped(v))))
    }
}

/// The warnings for the budgets given (each optional).
pub fn budget_warnings(
    currency: Currency,
    campaign_daily: Option<Decimal>,
    ad_group_daily: Option<Decimal>,
    ad_group_lifetime: Option<(Decimal, u32)>,
) -> Vec<BudgetWarning> {
    let any = campaign_daily.is_some() || ad_group_daily.is_some() || ad_group_lifetime.is_some();
    if !currency.is_usd() {
        return if any { vec![BudgetWarning::OtherCurrency] } else { Vec::new() };
    }
    let mut warnings = Vec::new();
    if campaign_daily.is_some_and(|b| b < Decimal::from(50)) {
        warnings.push(BudgetWarning::CampaignDaily);
    }
    if ad_group_daily.is_some_and(|b| b < Decimal::from(20)) {
        warnings.push(BudgetWarning::AdGroupDaily);
    }
    if let Some((budget, days)) = ad_group_lifetime {
        if budget < Decimal::from(u64::from(days).saturating_mul(20)) {
            warnings.push(BudgetWarning::AdGroupLifetime { days });
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn dates() {
        for (text, day) in [("1970-01-01", 0), ("2000-03-01", 11_017), ("2026-11-25", 20_782), ("2024-02-29", 19_782)] {
            assert_eq!(parse_date(text), Some(day), "{text}");
            assert_eq!(format_date(day), text);
        }
        for bad in ["", "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-11-25", "1969-12-31", "2026-11-25x"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(format_date(-1), "");
        assert_eq!(parse_date("9999-12-31").map(format_date).as_deref(), Some("9999-12-31"));
    }

    #[test]
    fn default_expiry_is_90_days() {
        let g = Grant::new(Source::Referral, d("100"), 20_000);
        assert_eq!(g.expires, 20_090);
        assert!(g.usable_on(20_000) && g.usable_on(20_090) && !g.usable_on(20_091) && !g.usable_on(19_999));
        assert!(!g.expired_on(20_090) && g.expired_on(20_091), "usable on its expiry date, lost the day after");
    }

    #[test]
    fn totals_available_and_expiring() {
        let today = 20_000;
        let grants = [
            Grant { source: Source::Coupon, amount: d("50"), received: 19_990, expires: 20_005 },
            Grant { source: Source::Promotional, amount: d("100"), received: 19_990, expires: 20_020 },
            Grant { source: Source::Referral, amount: d("200"), received: 19_999, expires: 20_089 },
            Grant { source: Source::Other, amount: d("999"), received: 20_001, expires: 20_091 },
            Grant { source: Source::Other, amount: d("7"), received: 19_000, expires: 19_090 },
        ];
        assert_eq!(
            totals(&grants, today),
            Some(Totals { available: d("350"), expiring_7: d("50"), expiring_30: d("150") })
        );
    }

    #[test]
    fn two_grants_one_expires_before_the_budget_reaches_it() {
        // $50 a day from day 0. Grant A: $100, last day 60. Grant B: $400, last day 5.
        // Earliest expiry first: B pays days 0-5 ($300), B expires with $100 left; A pays days 6-7.
        let grants = [
            Grant { source: Source::Promotional, amount: d("100"), received: 0, expires: 60 },
            Grant { source: Source::Coupon, amount: d("400"), received: 0, expires: 5 },
        ];
        let p = plan(&grants, 0, d("50"), None).unwrap();
        assert_eq!(p.spent, [d("100"), d("300")]);
        assert_eq!(p.cash_from, Some(8));
        assert_eq!(p.order, [1, 0], "the grant that expires first is spent first");
        assert_eq!(p.expiring_unused, [(1, d("100"), 5)]);
        assert_eq!((p.days_funded, p.last_day), (8, Some(7)));
    }

    #[test]
    fn a_partly_funded_last_day_counts() {
        let grants = [Grant::new(Source::Referral, d("120"), 0)];
        let p = plan(&grants, 0, d("50"), None).unwrap();
        assert_eq!((p.days_funded, p.last_day, p.expiring_unused.len()), (3, Some(2), 0));
        assert_eq!(p.cash_from, Some(2), "$20 of credit on the third day: cash from then");
        assert_eq!(plan(&grants, 0, d("0"), None), None);
    }

    #[test]
    fn a_campaign_with_a_total_spend_stops_spending_the_wallet() {
        // $450 of credit at $60 a day: 7.5 days of budget. A $1,200 campaign needs cash from day 7.
        let grants = [Grant::new(Source::Promotional, d("450"), 0)];
        let p = plan(&grants, 0, d("60"), Some(d("1200"))).unwrap();
        assert_eq!((p.credit_spent(), p.cash_from, p.days_funded), (d("450"), Some(7), 8));
        // A $300 campaign ends after 5 days: $150 of the credit is left, and expires unused after its last day, day 90.
        let short = plan(&grants, 0, d("60"), Some(d("300"))).unwrap();
        assert_eq!((short.credit_spent(), short.cash_from), (d("300"), None));
        assert_eq!(short.expiring_unused, [(0, d("150"), 90)]);
    }

    #[test]
    fn the_daily_budget_that_spends_every_credit_in_time() {
        // $400 usable days 0-5 and $100 more by day 60: the coupon alone needs $400 / 6 days = $66.67 a day.
        let grants = [
            Grant { source: Source::Promotional, amount: d("100"), received: 0, expires: 60 },
            Grant { source: Source::Coupon, amount: d("400"), received: 0, expires: 5 },
        ];
        let need = daily_to_spend_all(&grants, 0).unwrap();
        assert_eq!(need.round_up(2), Some(d("66.67")));
        assert!(plan(&grants, 0, d("66.67"), None).unwrap().expiring_unused.is_empty());
        assert_eq!(plan(&grants, 0, d("66.66"), None).unwrap().expiring_unused.len(), 1);
        // Two credits that overlap: $300 by day 2 and $300 more by day 3 is $600 in 4 days, $150 a day.
        let overlapping = [
            Grant { source: Source::Coupon, amount: d("300"), received: 0, expires: 2 },
            Grant { source: Source::Referral, amount: d("300"), received: 0, expires: 3 },
        ];
        assert_eq!(daily_to_spend_all(&overlapping, 0).unwrap().round_up(2), Some(d("150.00")));
        // From today on: on day 2, $300 in 1 day, and $300 in 2.
        assert_eq!(daily_to_spend_all(&overlapping, 2).unwrap().round_up(2), Some(d("300.00")));
        // A credit received later is spent only from then: $100 usable days 10-11 needs $50 a day.
        let later = [Grant { source: Source::Other, amount: d("100"), received: 10, expires: 11 }];
        assert_eq!(daily_to_spend_all(&later, 0).unwrap().round_up(2), Some(d("50.00")));
        assert_eq!(daily_to_spend_all(&later, 12), None, "nothing left to spend");
        assert_eq!(daily_to_spend_all(&[], 0), None);
    }

    #[test]
    fn budget_rules_are_warnings_with_the_rule() {
        use BudgetWarning::*;
        assert_eq!(
            budget_warnings(Currency::Usd, Some(d("49.99")), Some(d("20")), Some((d("199"), 10))),
            [CampaignDaily, AdGroupLifetime { days: 10 }]
        );
        assert_eq!(budget_warnings(Currency::Usd, Some(d("50")), Some(d("19")), None), [AdGroupDaily]);
        assert_eq!(budget_warnings(Currency::Eur, Some(d("1")), None, None), [OtherCurrency]);
        assert_eq!(budget_warnings(Currency::Eur, None, None, None), []);
        assert_eq!(
            AdGroupLifetime { days: 10 }.to_string(),
            "TikTok requires a lifetime ad-group budget of at least $20 × the number of days (10 days: $200)."
        );
    }
}
