//! Saved scenarios: the in-memory library, the changes the app makes to it, and importing a file into it.
//!
//! Every change is an operation applied to the latest stored library (the app re-reads storage before each write),
//! so two tabs editing different scenarios both keep their edits: the merge is by id, not last writer wins.

use std::fmt;

use rust_decimal::Decimal;

use crate::l10n::Msg;
use crate::scenario::{GrantDraft, TierDraft};
use crate::wallet::format_date;
use crate::{Draft, Scenario};

/// The longest scenario name kept; longer names are cut at a character boundary.
pub const MAX_NAME_CHARS: usize = 80;

/// A scenario saved under a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// Stable and opaque: made by the app when the scenario is first saved, never changed afterwards.
    pub id: String,
    pub name: String,
    pub scenario: Scenario,
    /// Milliseconds since 1970-01-01 UTC.
    pub created: u64,
    /// Milliseconds since 1970-01-01 UTC.
    pub updated: u64,
}

/// Every saved scenario, in the order they were first saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    pub scenarios: Vec<Saved>,
}

/// One edit of the library.
#[derive(Clone, Debug, PartialEq, Eq)]
// One change exists at a time (per click), so boxing the larger variant would save nothing.
#[allow(clippy::large_enum_variant)]
pub enum Change {
    /// Adds the scenario, or replaces the one with its id (save, rename, undo a delete).
    Put(Saved),
    /// Removes the scenarios with these ids (delete, delete all); ids not present are ignored.
    Remove(Vec<String>),
}

impl Library {
    pub fn get(&self, id: &str) -> Option<&Saved> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn len(&self) -> usize {
        self.scenarios.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scenarios.is_empty()
    }

    /// Applies `change` in place.
    pub fn apply(&mut self, change: &Change) {
        match change {
            Change::Put(saved) => match self.scenarios.iter_mut().find(|s| s.id == saved.id) {
                Some(existing) => *existing = saved.clone(),
                None => self.scenarios.push(saved.clone()),
            },
            Change::Remove(ids) => self.scenarios.retain(|s| !ids.contains(&s.id)),
        }
    }

    /// The scenarios, most recently changed first.
    pub fn recent_first(&self) -> Vec<&Saved> {
        let mut list: Vec<&Saved> = self.scenarios.iter().collect();
        list.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.name.cmp(&b.name)));
        list
    }

    /// Merges `incoming` (an imported file) without losing anything: a new id is added; an id already here with the
    /// same content is skipped; an id already here with other content is added as a copy under a new id from
    /// `new_id`.
    pub fn merge(&mut self, incoming: Library, mut new_id: impl FnMut() -> String) -> MergeReport {
        let mut report = MergeReport::default();
        for mut saved in incoming.scenarios {
            match self.get(&saved.id) {
                None => report.added = report.added.saturating_add(1),
                Some(existing) if same_content(existing, &saved) => {
                    report.unchanged = report.unchanged.saturating_add(1);
                    continue;
                }
                Some(_) => {
                    saved.id = new_id();
                    saved.name = clean_name(&format!("{} (imported)", saved.name));
                    report.copies = report.copies.saturating_add(1);
                }
            }
            self.apply(&Change::Put(saved));
        }
        report
    }
}

fn same_content(a: &Saved, b: &Saved) -> bool {
    a.name == b.name && a.scenario == b.scenario
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// New scenarios added.
    pub added: usize,
    /// Scenarios already here, identical: nothing to do.
    pub unchanged: usize,
    /// Scenarios whose id was already here with other content: kept as copies under new ids.
    pub copies: usize,
}

impl fmt::Display for MergeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize| if n == 1 { "scenario" } else { "scenarios" };
        write!(
            f,
            "Imported {} {}",
            self.added.saturating_add(self.copies),
            plural(self.added.saturating_add(self.copies))
        )?;
        if self.copies > 0 {
            write!(f, " ({} kept as copies because a different scenario already had the same id)", self.copies)?;
        }
        if self.unchanged > 0 {
            write!(f, "; {} already here", self.unchanged)?;
        }
        f.write_str(".")
    }
}

/// A name as kept: control characters removed, spaces trimmed, at most [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    let cleaned: String = name.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect();
    cleaned.trim().to_string()
}

/// Whether what is on screen is a saved scenario as saved, a saved one since changed, or not saved at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Not a saved scenario.
    New,
    /// Exactly the opened scenario as saved.
    Saved,
    /// The opened scenario, changed since it was saved (or with a field that is not valid).
    Changed,
}

impl SaveState {
    /// What the save bar says.
    pub fn label(self) -> &'static str {
        match self {
            SaveState::New => Msg::StateNew,
            SaveState::Saved => Msg::StateSaved,
            SaveState::Changed => Msg::StateChanged,
        }
        .text()
    }

    /// The state of what is on screen: its scenario (`None` while a field is not valid) and the scenario it was
    /// opened from.
    pub fn of(on_screen: Option<&Scenario>, opened: Option<&Saved>) -> SaveState {
        match opened {
            None => SaveState::New,
            Some(saved) if on_screen == Some(&saved.scenario) => SaveState::Saved,
            Some(_) => SaveState::Changed,
        }
    }
}

impl From<&Scenario> for Draft {
    /// The fields for a scenario, as plain digits with `.` for decimals and dates as `YYYY-MM-DD`: they parse back
    /// to the same scenario in every locale.
    fn from(s: &Scenario) -> Self {
        let money = |v: Option<Decimal>| v.map(|v| v.normalize().to_string()).unwrap_or_default();
        let days = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        Draft {
            currency: s.currency,
            credits: s.credits.normalize().to_string(),
            impressions: s.impressions.to_string(),
            clicks: s.clicks.to_string(),
            conversions: s.conversions.to_string(),
            revenue: money(s.revenue),
            spend: money(s.spend),
            campaign_daily: money(s.budget.campaign_daily),
            ad_group_daily: money(s.budget.ad_group_daily),
            ad_group_lifetime: money(s.budget.ad_group_lifetime),
            schedule_days: days(s.budget.schedule_days),
            offer_window: days(s.offer.window_days),
            offer_used: money(s.offer.used_percent),
            offer_cash: money(s.offer.cash),
            margin: money(s.margin),
            target_profit: money(s.target_profit),
            budget: money(s.plan.budget),
            plan_cpm: money(s.plan.cpm),
            plan_ctr: money(s.plan.ctr),
            plan_cvr: money(s.plan.cvr),
            plan_aov: money(s.plan.aov),
            goal_conversions: String::new(),
            goal_revenue: String::new(),
            goal_roas: String::new(),
            grants: s
                .grants
                .iter()
                .map(|g| GrantDraft {
                    key: Default::default(),
                    source: g.source,
                    amount: g.amount.normalize().to_string(),
                    received: format_date(g.received),
                    expires: format_date(g.expires),
                })
                .collect(),
            tiers: s
                .offer
                .tiers
                .iter()
                .map(|t| TierDraft {
                    key: Default::default(),
                    spend: t.spend.normalize().to_string(),
                    credit: t.credit.normalize().to_string(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    fn saved(id: &str, name: &str, clicks: u64) -> Saved {
        let mut scenario = Draft::default().parse().scenario().unwrap();
        scenario.clicks = clicks;
        Saved { id: id.into(), name: name.into(), scenario, created: 1, updated: 1 }
    }

    #[test]
    fn put_adds_or_replaces_by_id() {
        let mut lib = Library::default();
        lib.apply(&Change::Put(saved("a", "A", 1)));
        lib.apply(&Change::Put(saved("b", "B", 2)));
        lib.apply(&Change::Put(saved("a", "A renamed", 1)));
        assert_eq!(lib.scenarios.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["A renamed", "B"]);
    }

    #[test]
    fn changes_from_two_tabs_both_survive() {
        // Both tabs loaded {a, b}; tab 1 renames a, tab 2 renames b. Each applies its change to what is stored.
        let mut stored = Library { scenarios: vec![saved("a", "A", 1), saved("b", "B", 2)] };
        stored.apply(&Change::Put(saved("a", "A from tab 1", 1)));
        stored.apply(&Change::Put(saved("b", "B from tab 2", 2)));
        assert_eq!(stored.get("a").unwrap().name, "A from tab 1");
        assert_eq!(stored.get("b").unwrap().name, "B from tab 2");
    }

    #[test]
    fn remove_only_the_ids_named() {
        let mut lib = Library { scenarios: vec![saved("a", "A", 1), saved("b", "B", 2), saved("c", "C", 3)] };
        lib.apply(&Change::Remove(vec!["a".into(), "c".into(), "zzz".into()]));
        assert_eq!(lib.len(), 1);
        assert_eq!(lib.scenarios[0].id, "b");
    }

    #[test]
    fn merge_loses_nothing() {
        let mut lib = Library { scenarios: vec![saved("a", "A", 1), saved("b", "B", 2)] };
        let incoming = Library { scenarios: vec![saved("a", "A", 1), saved("b", "B", 99), saved("c", "C", 3)] };
        let mut n = 0;
        let report = lib.merge(incoming, || {
            n += 1;
            format!("new{n}")
        });
        assert_eq!(report, MergeReport { added: 1, unchanged: 1, copies: 1 });
        assert_eq!(lib.len(), 4);
        assert_eq!(lib.get("b").unwrap().scenario.clicks, 2, "the scenario already here is untouched");
        assert_eq!(lib.get("new1").unwrap().scenario.clicks, 99);
        assert_eq!(lib.get("new1").unwrap().name, "B (imported)");
        assert_eq!(report.to_string(), "Imported 2 scenarios (1 kept as copies because a different scenario already had the same id); 1 already here.");
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  Fashion\u{0} test\n "), "Fashion test");
        assert_eq!(clean_name(&"x".repeat(200)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(clean_name(&"é".repeat(100)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(
            clean_name("<img src=x onerror=alert(1)>"),
            "<img src=x onerror=alert(1)>",
            "text, escaped when shown"
        );
    }

    #[test]
    fn save_state() {
        let s = saved("a", "A", 2000);
        let of = |draft: &Draft, opened| SaveState::of(draft.parse().scenario().as_ref(), opened);
        assert_eq!(of(&Draft::default(), None), SaveState::New);
        assert_eq!(of(&Draft::default(), Some(&s)), SaveState::Saved);
        let changed = Draft { clicks: "2001".into(), ..Draft::default() };
        assert_eq!(of(&changed, Some(&s)), SaveState::Changed);
        let invalid = Draft { clicks: "abc".into(), ..Draft::default() };
        assert_eq!(of(&invalid, Some(&s)), SaveState::Changed);
    }

    #[test]
    fn a_scenario_as_fields_parses_back_to_itself() {
        let mut s = Scenario::simple(Currency::Eur, "1234.5".parse().unwrap(), 1_000_000, 1234, 0);
        let draft = Draft::from(&s);
        assert_eq!(draft.credits, "1234.5");
        assert_eq!(draft.clicks, "1234");
        assert_eq!(draft.spend, "");
        assert_eq!(draft.parse().scenario(), Some(s.clone()));
        s.spend = Some("600".parse().unwrap());
        s.budget.schedule_days = Some(30);
        s.offer.used_percent = Some("62.5".parse().unwrap());
        s.offer.tiers.push(crate::credits::Offer { spend: "500".parse().unwrap(), credit: "500".parse().unwrap() });
        s.grants.push(crate::wallet::Grant::new(crate::wallet::Source::Coupon, "50.5".parse().unwrap(), 20_782));
        let draft = Draft::from(&s);
        assert_eq!((draft.grants[0].received.as_str(), draft.grants[0].expires.as_str()), ("2026-11-25", "2027-02-23"));
        assert_eq!(draft.parse().scenario(), Some(s));
    }

    #[test]
    fn recent_first() {
        let mut a = saved("a", "A", 1);
        a.updated = 5;
        let mut b = saved("b", "B", 1);
        b.updated = 9;
        let lib = Library { scenarios: vec![a, b] };
        assert_eq!(lib.recent_first().iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["b", "a"]);
    }
}
