//! "Add to calendar": each credit's last day as an all-day event in the user's own calendar, with a reminder 7 days
//! before, decided and worded here; `crate::ics` writes the file.
//!
//! - The event is on the credit's expiry date, the last day it can be used (`crate::wallet`): the same day the
//!   wallet's list and the field's hint name. An empty expiry is the 90-day default, and the event says so.
//! - The reminder is 7 days before (on today when fewer days are left), and its date is written in the description.
//! - When the wallet's plan (its daily budget and the plan's Budget, as `report::wallet` reads them) leaves some of a
//!   credit unspent, the event says how much.
//! - Credits already past their last day give no event.
//! - UIDs are stable: the scenario key, the credit's received date and source, and which of the credits with that
//!   same date and source it is (1 for the first). The amount and the expiry are not part of it, so correcting either
//!   and importing again updates the event instead of adding a second; removing or reordering other credits does not
//!   change it either (a position in the list would).

use rust_decimal::Decimal;

use super::wallet::{campaign, campaign_total, daily_budget, Said as WalletSaid};
use super::Format;
use crate::ics::{self, Alarm, Calendar, Event};
use crate::wallet::{format_date, plan, Day, Grant, Source};
use crate::{Currency, Draft, Inputs};

/// The reminder comes this many days before the last day.
pub const REMINDER_DAYS: u32 = 7;

/// Which credits go in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    All,
    /// One credit, by its row (0 for the first).
    One(usize),
}

/// A sentence of the calendar, as a typed case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// The event's title.
    Summary {
        amount: Decimal,
        source: Source,
    },
    /// What the credit is and its last day; `default` when no expiry was entered.
    LastDay {
        n: usize,
        source: Source,
        amount: Decimal,
        received: Day,
        last_day: Day,
        default: bool,
    },
    /// The reminder's date, `days` before the last day.
    Reminder {
        on: Day,
        days: u32,
    },
    /// At `daily` a day the plan spends all of it in time.
    AllSpent {
        daily: Decimal,
    },
    /// At `daily` a day `left` of it is not spent by its last day: the campaign ends first, or the budget does not
    /// reach it in time.
    Unused {
        daily: Decimal,
        left: Decimal,
        campaign_ends: bool,
    },
    /// The scenario's link.
    Link(String),
    /// The reminder's own words.
    Alarm {
        amount: Decimal,
        source: Source,
        last_day: Day,
    },
    /// Why there is no file.
    NoCredits,
    BadCredits,
    NothingLeft,
    /// A date or the clock is outside what the file can hold (before 1970 or after 9999).
    OutOfRange,
}

impl Said {
    pub fn words(&self, f: &impl Format, currency: Currency) -> String {
        let money = |amount: Decimal| f.amount(amount, currency);
        let credit = |amount: Decimal, source: Source| format!("{} of TikTok {}", money(amount), credit_name(source));
        match self {
            Said::Summary { amount, source } => format!("Last day for {}", credit(*amount, *source)),
            Said::LastDay { n, source, amount, received, last_day, default } => {
                let what = format!(
                    "Credit {n} ({}): {}, received {}. Its last day to use is {}",
                    source.label(),
                    money(*amount),
                    f.date(*received),
                    f.date(*last_day)
                );
                if *default {
                    format!(
                        "{what}: no expiry was entered, so this is TikTok's default, 90 days after it was received."
                    )
                } else {
                    format!("{what}.")
                }
            }
            Said::Reminder { on, days } => match days {
                0 => format!("Reminder: {}, the last day itself.", f.date(*on)),
                1 => format!("Reminder: {}, 1 day before.", f.date(*on)),
                days => format!("Reminder: {}, {days} days before.", f.date(*on)),
            },
            Said::AllSpent { daily } => format!("The plan: at {} a day, all of it is spent in time.", money(*daily)),
            Said::Unused { daily, left, campaign_ends } => format!(
                "The plan: at {} a day, {} of it expires unused ({}).",
                money(*daily),
                money(*left),
                if *campaign_ends { "the campaign ends first" } else { "the budget does not reach it in time" }
            ),
            Said::Link(link) => format!("Scenario: {link}"),
            Said::Alarm { amount, source, last_day } => {
                format!("{}: its last day to use is {}.", credit(*amount, *source), f.date(*last_day))
            }
            Said::NoCredits => "Add the credits you hold to put their last days in your calendar.".into(),
            Said::BadCredits => "Correct the credits marked above to put them in your calendar.".into(),
            Said::NothingLeft => "These credits can no longer be used: there is no last day ahead to add.".into(),
            Said::OutOfRange => "The calendar file could not be made: check this device's date.".into(),
        }
    }
}

/// "referral credit", "credit" for Other: the source as it reads inside a sentence.
fn credit_name(source: Source) -> &'static str {
    match source {
        Source::Promotional => "promotional credit",
        Source::Referral => "referral credit",
        Source::PerformanceReward => "performance reward credit",
        Source::PartnerProgramme => "partner programme credit",
        Source::Coupon => "coupon credit",
        Source::Other => "credit",
    }
}

/// One credit's event, as typed cases (the tests read them; [`calendar`] writes them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditEvent {
    /// The credit's row (0 for the first).
    pub row: usize,
    pub uid: String,
    pub day: Day,
    pub summary: Said,
    /// The description's lines, in order.
    pub lines: Vec<Said>,
    /// The reminder: how many days before, and its words.
    pub alarm: (u32, Said),
}

/// The events for the credits `which` picks, on `today`: every credit still usable today, or why there are none.
pub fn events(
    draft: &Draft,
    inputs: &Inputs,
    today: Day,
    which: Which,
    scenario_key: &str,
    link: &str,
) -> Result<Vec<CreditEvent>, Said> {
    if inputs.grants.is_empty() {
        return Err(Said::NoCredits);
    }
    let grants = inputs.valid_grants().ok_or(Said::BadCredits)?;
    let daily = daily_budget(inputs);
    let spent = daily.and_then(|d| Some((d, plan(&grants, today, d, campaign_total(inputs))?)));
    let campaign_end = match (daily, campaign_total(inputs)) {
        (Some(d), Some(total)) => match campaign(total, d, today) {
            WalletSaid::Campaign { end, .. } => Some(end),
            _ => None,
        },
        _ => None,
    };
    let events: Vec<CreditEvent> = grants
        .iter()
        .enumerate()
        .filter(|&(row, g)| !g.expired_on(today) && (which == Which::All || which == Which::One(row)))
        .map(|(row, g)| {
            let default = draft.grants.get(row).is_some_and(|d| d.expires.trim().is_empty());
            let reminder = g.expires.saturating_sub(i64::from(REMINDER_DAYS)).max(today);
            let days = u32::try_from(g.expires.saturating_sub(reminder)).unwrap_or(REMINDER_DAYS);
            let mut lines = vec![
                Said::LastDay {
                    n: row.saturating_add(1),
                    source: g.source,
                    amount: g.amount,
                    received: g.received,
                    last_day: g.expires,
                    default,
                },
                Said::Reminder { on: reminder, days },
            ];
            if let Some((daily, p)) = &spent {
                let unused = p.expiring_unused.iter().find(|u| u.0 == row);
                lines.push(match unused {
                    Some(&(_, left, last_day)) => Said::Unused {
                        daily: *daily,
                        left,
                        campaign_ends: campaign_end.is_some_and(|end| end < last_day),
                    },
                    None => Said::AllSpent { daily: *daily },
                });
            }
            if !link.is_empty() {
                lines.push(Said::Link(link.into()));
            }
            CreditEvent {
                row,
                uid: uid(scenario_key, &grants, row),
                day: g.expires,
                summary: Said::Summary { amount: g.amount, source: g.source },
                lines,
                alarm: (days, Said::Alarm { amount: g.amount, source: g.source, last_day: g.expires }),
            }
        })
        .collect();
    if events.is_empty() {
        return Err(Said::NothingLeft);
    }
    Ok(events)
}

/// The credit's stable UID: `<scenario key>-<received YYYYMMDD>-<source>-<k>@adcredit`, k counting the credits before
/// it with the same received date and source, from 1.
fn uid(scenario_key: &str, grants: &[Grant], row: usize) -> String {
    let Some(g) = grants.get(row) else { return String::new() };
    let same = grants.iter().take(row).filter(|o| o.received == g.received && o.source == g.source).count();
    format!(
        "{}-{}-{}-{}@adcredit",
        ics::uid_part(scenario_key),
        format_date(g.received).replace('-', ""),
        g.source.key(),
        same.saturating_add(1)
    )
}

/// The `.ics` file for the credits `which` picks: `scenario_key` names the scenario (the UIDs are made from it),
/// `link` is its share link (in each event's URL and description; empty for none), `stamp` is when the file is made
/// (the browser's clock, UTC seconds since 1970). `Err` says why there is no file.
#[allow(clippy::too_many_arguments)]
pub fn calendar(
    draft: &Draft,
    inputs: &Inputs,
    today: Day,
    which: Which,
    scenario_key: &str,
    link: &str,
    stamp: i64,
    f: &impl Format,
) -> Result<String, Said> {
    let currency = inputs.currency;
    let events = events(draft, inputs, today, which, scenario_key, link)?;
    let events = events
        .into_iter()
        .map(|e| Event {
            uid: e.uid,
            day: e.day,
            summary: e.summary.words(f, currency),
            description: e.lines.iter().map(|l| l.words(f, currency)).collect::<Vec<_>>().join("\n"),
            url: (!link.is_empty()).then(|| link.to_string()),
            alarm: Some(Alarm { days_before: e.alarm.0, description: e.alarm.1.words(f, currency) }),
        })
        .collect();
    let calendar = Calendar {
        prodid: "-//Ad Credit Calculator//Credit expiry//EN".into(),
        name: "TikTok ad credits".into(),
        stamp,
        events,
    };
    calendar.write().ok_or(Said::OutOfRange)
}

/// The file's name: `ad-credits.ics`, or `ad-credit-2.ics` for the second credit alone.
pub fn file_name(which: Which) -> String {
    match which {
        Which::All => "ad-credits.ics".into(),
        Which::One(row) => format!("ad-credit-{}.ics", row.saturating_add(1)),
    }
}
