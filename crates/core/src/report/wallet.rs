//! "Credit wallet": what the wallet holds today, how the campaign daily budget spends it (earliest expiry first) and
//! what expires unused, decided and worded here.
//!
//! - Only grants whose every part reads are counted; if any does not, the wallet says so instead of adding up part
//!   of it.
//! - A credit's expiry date is the last day it can be used (`crate::wallet` says why): usable from the day received
//!   through that date, expired from the day after. Every sentence, the field's label and hint
//!   (`rows::Part::Expires`, `rows::row_message`) and the calendar event (`report::calendar`) name that same day.
//! - The wallet runs on the plan: the daily budget is the campaign's, or the ad group's when that is the only daily
//!   budget given; the campaign's total is the plan's Budget ("Plan a campaign"), not the calculator's Total spend
//!   (that is what an earlier campaign spent). With neither daily budget it still says which daily budget spends
//!   every credit by its last day ([`crate::wallet::daily_to_spend_all`], rounded up to the currency's minor units).

use rust_decimal::Decimal;

use super::{Figure, Format, Note, Tone};
use crate::wallet::{daily_to_spend_all, plan, totals, Day, Grant, Plan, Source};
use crate::{display, Currency, Inputs, ParseError, Ratio};

/// What the wallet section shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WalletReport {
    /// Available today, expiring within 7 and 30 days (empty when there is nothing to add up).
    pub figures: Vec<Figure>,
    /// How long the credits last at the daily budget.
    pub lasting: Option<Note>,
    /// The grants in the order the budget spends them.
    pub order: Vec<String>,
    /// Why something is not shown, what expires unused.
    pub notes: Vec<Note>,
}

/// A sentence of the wallet, as a typed case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    NoGrants,
    BadGrants,
    /// A credit's amount is still empty (a new row), and nothing else is wrong: nothing is marked yet.
    AmountsMissing,
    TooLarge,
    NoBudget,
    /// None of the credits can be spent from today (all expired, or received later).
    NothingSpendable,
    /// At `budget` a day the credits cover `days` days of budget (rounded for display: 7.5), and cash is needed
    /// from `cash_from` (`None`: the credits pay for the whole campaign).
    Covers {
        budget: Decimal,
        days: Decimal,
        today: Day,
        cash_from: Option<Day>,
    },
    /// A campaign with a total spend and a daily budget runs `days` days, through `end`.
    Campaign {
        spend: Decimal,
        budget: Decimal,
        days: u32,
        end: Day,
    },
    /// The campaign would run longer than the plan looks ahead (ten years).
    CampaignTooLong {
        spend: Decimal,
        budget: Decimal,
    },
    /// Every credit is spent before it expires.
    NothingUnused,
    /// A grant in the spending order that has already expired: `last_day` has passed.
    Expired {
        n: usize,
        source: Source,
        last_day: Day,
    },
    /// A grant in the spending order: how much of it the budget spends, and its last usable day (its expiry date).
    Spent {
        n: usize,
        source: Source,
        spent: Decimal,
        of: Decimal,
        until: Day,
    },
    /// `left` of grant `n` is still unspent after its last usable day, `last_day`; `campaign_ends` when the
    /// campaign's total spend is reached first (otherwise the daily budget does not reach it in time).
    ExpiresUnused {
        n: usize,
        source: Source,
        left: Decimal,
        last_day: Day,
        campaign_ends: bool,
    },
    /// In all, `lost` expires unused (said when more than one grant does).
    TotalUnused(Decimal),
    /// `daily` a day (the least, rounded up to the currency's minor units) spends every credit by its last day; the
    /// last credit is spent on `by`.
    UsesAll {
        daily: Decimal,
        by: Day,
    },
    /// The plan's `budget` is less than the `credits` that can still be used: some expires unused whatever the daily
    /// budget.
    PlanBelowCredits {
        budget: Decimal,
        credits: Decimal,
    },
}

impl Said {
    pub fn words(self, f: &impl Format, currency: Currency) -> String {
        let money = |amount| f.amount(amount, currency);
        match self {
            Said::NoGrants => "Add the credits you hold to see what is available and when it expires.".into(),
            Said::BadGrants => "Correct the credits marked above to see the totals.".into(),
            Said::AmountsMissing => "Enter each credit's amount to see the totals.".into(),
            Said::TooLarge => "These amounts are too large to add up.".into(),
            Said::NoBudget => {
                "Enter a daily budget (the campaign's or an ad group's) to see how long your credits last.".into()
            }
            Said::NothingSpendable => "None of these credits can be spent from today.".into(),
            Said::Covers { budget, days, today, cash_from } => {
                let covered = format!(
                    "At {} a day, your credits cover {} {}",
                    money(budget),
                    f.number(days),
                    if days == Decimal::ONE { "day" } else { "days" }
                );
                match cash_from {
                    None => format!("{covered}: all of the campaign."),
                    Some(day) if day <= today => format!("{covered}, so cash pays from {}.", f.date(day)),
                    Some(day) => format!(
                        "{covered}: in full through {}, with cash from {}.",
                        f.date(day.saturating_sub(1)),
                        f.date(day)
                    ),
                }
            }
            Said::Campaign { spend, budget, days, end } => format!(
                "The {} campaign runs {days} {} at {} a day, through {}.",
                money(spend),
                if days == 1 { "day" } else { "days" },
                money(budget),
                f.date(end)
            ),
            Said::CampaignTooLong { spend, budget } => {
                format!("The {} campaign runs more than ten years at {} a day.", money(spend), money(budget))
            }
            Said::NothingUnused => "Nothing expires unused.".into(),
            Said::Expired { n, source, last_day } => {
                format!("Credit {n} ({}): expired; its last day was {}.", source.label(), f.date(last_day))
            }
            Said::Spent { n, source, spent, of, until } => format!(
                "Credit {n} ({}): {} of {} spent; last day to use {}.",
                source.label(),
                money(spent),
                money(of),
                f.date(until)
            ),
            Said::ExpiresUnused { n, source, left, last_day, campaign_ends } => format!(
                "{} of credit {n} ({}) expires unused after its last day, {}: {}.",
                money(left),
                source.label(),
                f.date(last_day),
                if campaign_ends { "the campaign ends first" } else { "the budget does not reach it in time" }
            ),
            Said::TotalUnused(lost) => format!("In all, {} expires unused.", money(lost)),
            Said::UsesAll { daily, by } => {
                format!("{} a day uses all of your credits by {}.", f.money(daily, currency), f.date(by))
            }
            Said::PlanBelowCredits { budget, credits } => format!(
                "The plan's {} budget is less than the {} of credits you can still use: {} expires unused whatever \
                 the daily budget.",
                money(budget),
                money(credits),
                money(credits.saturating_sub(budget))
            ),
        }
    }

    const fn tone(self) -> Tone {
        match self {
            Said::ExpiresUnused { .. } | Said::TotalUnused(_) => Tone::Warning,
            Said::PlanBelowCredits { .. } => Tone::Warning,
            Said::Covers { .. }
            | Said::UsesAll { .. }
            | Said::Campaign { .. }
            | Said::CampaignTooLong { .. }
            | Said::NothingUnused
            | Said::NothingSpendable
            | Said::Expired { .. }
            | Said::Spent { .. } => Tone::Plain,
            _ => Tone::Quiet,
        }
    }

    const fn key(self) -> &'static str {
        match self {
            Said::Covers { .. } | Said::NothingSpendable => "lasting",
            Said::Campaign { .. } | Said::CampaignTooLong { .. } => "campaign",
            Said::ExpiresUnused { .. } | Said::TotalUnused(_) | Said::NothingUnused => "unused",
            Said::UsesAll { .. } | Said::PlanBelowCredits { .. } => "needed",
            _ => "nothing",
        }
    }

    fn note(self, f: &impl Format, currency: Currency) -> Note {
        Note::new(self.tone(), self.key(), self.words(f, currency))
    }
}

/// The wallet's report on `today`.
pub fn report(inputs: &Inputs, today: Day, f: &impl Format) -> WalletReport {
    let currency = inputs.currency;
    let quiet = |said: Said| WalletReport { notes: vec![said.note(f, currency)], ..WalletReport::default() };
    if inputs.grants.is_empty() {
        return quiet(Said::NoGrants);
    }
    let Some(grants) = inputs.valid_grants() else {
        // A row whose only gap is its empty amount is being filled in, not wrong.
        let being_filled = inputs.grants.iter().all(|g| {
            g.grant().is_some() || (g.amount == Err(ParseError::Empty) && g.received.is_ok() && g.expires.is_ok())
        });
        return quiet(if being_filled { Said::AmountsMissing } else { Said::BadGrants });
    };
    let Some(t) = totals(&grants, today) else { return quiet(Said::TooLarge) };
    let figure = |key, label, value| Figure { key, label, value: f.amount(value, currency) };
    let figures = vec![
        figure("available", "Available today", t.available),
        figure("expiring-7", "Expiring within 7 days", t.expiring_7),
        figure("expiring-30", "Expiring within 30 days", t.expiring_30),
    ];
    let needed = needed(&grants, today, plan_total(inputs), currency);
    let Some(budget) = daily_budget(inputs) else {
        let notes = [Said::NoBudget].into_iter().chain(needed).map(|s| s.note(f, currency)).collect();
        return WalletReport { figures, notes, ..WalletReport::default() };
    };
    let total = campaign_total(inputs);
    let Some(p) = plan(&grants, today, budget, total) else {
        return WalletReport { figures, notes: vec![Said::TooLarge.note(f, currency)], ..WalletReport::default() };
    };
    let campaign = total.map(|spend| campaign(spend, budget, today));
    let end = match campaign {
        Some(Said::Campaign { end, .. }) => Some(end),
        _ => None,
    };
    let said = plan_said(&grants, &p, today, budget, end);
    WalletReport {
        figures,
        lasting: Some(said.lasting.note(f, currency)),
        order: said.order.iter().map(|s| s.words(f, currency)).collect(),
        notes: campaign.into_iter().chain(said.unused).chain(needed).map(|s| s.note(f, currency)).collect(),
    }
}

/// The daily budget the wallet is spent at: the campaign's, or the ad group's when it is the only daily budget given
/// (a campaign budget that does not read is not replaced by the ad group's). `None` without one above zero.
pub fn daily_budget(inputs: &Inputs) -> Option<Decimal> {
    let daily = match inputs.campaign_daily {
        Ok(None) => inputs.ad_group_daily.ok().flatten(),
        campaign => campaign.ok().flatten(),
    };
    daily.filter(|b| *b > Decimal::ZERO)
}

/// What the credits pay for: the plan's Budget ("Plan a campaign"), when given; otherwise the campaign is open-ended.
pub fn plan_total(inputs: &Inputs) -> Option<Decimal> {
    inputs.budget.ok().flatten()
}

/// What the campaign spends in all: the plan's Budget when given, else the calculator's Total spend (the campaign as
/// typed); open-ended when neither is.
pub fn campaign_total(inputs: &Inputs) -> Option<Decimal> {
    plan_total(inputs).or_else(|| inputs.spend.ok().flatten())
}

/// Which daily budget spends every credit in time, or why none does (the plan's budget is smaller than the credits);
/// nothing when no credit can be spent from today.
pub fn needed(grants: &[Grant], today: Day, total: Option<Decimal>, currency: Currency) -> Option<Said> {
    let usable =
        grants.iter().filter(|g| !g.expired_on(today)).try_fold(Decimal::ZERO, |s, g| s.checked_add(g.amount))?;
    if let Some(budget) = total.filter(|t| *t < usable) {
        return Some(Said::PlanBelowCredits { budget, credits: usable });
    }
    let daily = daily_to_spend_all(grants, today)?.round_up(currency.minor_units())?;
    let by = plan(grants, today, daily, None)?.last_day?;
    Some(Said::UsesAll { daily, by })
}

/// How long a campaign of `spend` runs at `budget` a day from `today`: whole days, the last one partly spent.
pub fn campaign(spend: Decimal, budget: Decimal, today: Day) -> Said {
    // The exact quotient rounded up (a `Decimal` quotient rounds at 28 digits, which could hide a last partial day).
    let days = Ratio::new(spend, budget).and_then(|q| {
        let whole = q.round(0)?;
        let up = if Ratio::from(whole).cmp_exact(&q)?.is_lt() { whole.checked_add(Decimal::ONE)? } else { whole };
        u32::try_from(up).ok()
    });
    match days.filter(|d| (1..=MAX_CAMPAIGN_DAYS).contains(d)) {
        Some(days) => {
            Said::Campaign { spend, budget, days, end: today.saturating_add(i64::from(days)).saturating_sub(1) }
        }
        None => Said::CampaignTooLong { spend, budget },
    }
}

/// The longest campaign spelled out with its end date: ten years.
const MAX_CAMPAIGN_DAYS: u32 = 3652;

/// What the plan says, as typed cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSaid {
    pub lasting: Said,
    pub order: Vec<Said>,
    pub unused: Vec<Said>,
}

/// The sentences of a plan at `budget` a day from `today`; `campaign_end` is the last day of a campaign with a total
/// spend (credit that expires after it was never going to be spent; before it, the budget was too slow).
pub fn plan_said(grants: &[Grant], p: &Plan, today: Day, budget: Decimal, campaign_end: Option<Day>) -> PlanSaid {
    let covered = Ratio::new(p.credit_spent(), budget).and_then(|days| display::round_nonzero(days, 2).ok());
    let lasting = match covered {
        Some(days) if p.days_funded > 0 => {
            Said::Covers { budget, days: days.normalize(), today, cash_from: p.cash_from }
        }
        _ => Said::NothingSpendable,
    };
    let order = p
        .order
        .iter()
        .filter_map(|&i| {
            let (g, spent, n) = (grants.get(i)?, *p.spent.get(i)?, i.saturating_add(1));
            Some(if g.expired_on(today) {
                Said::Expired { n, source: g.source, last_day: g.expires }
            } else {
                Said::Spent { n, source: g.source, spent, of: g.amount, until: g.expires }
            })
        })
        .collect();
    let mut unused: Vec<Said> = p
        .expiring_unused
        .iter()
        .filter_map(|&(i, left, last_day)| {
            let source = grants.get(i)?.source;
            let campaign_ends = campaign_end.is_some_and(|end| end < last_day);
            Some(Said::ExpiresUnused { n: i.saturating_add(1), source, left, last_day, campaign_ends })
        })
        .collect();
    if p.expiring_unused.is_empty() && p.days_funded > 0 {
        unused.push(Said::NothingUnused);
    }
    if p.expiring_unused.len() > 1 {
        let lost = p.expiring_unused.iter().fold(Decimal::ZERO, |sum, (_, left, _)| sum.saturating_add(*left));
        unused.push(Said::TotalUnused(lost));
    }
    PlanSaid { lasting, order, unused }
}
