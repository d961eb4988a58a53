//! The storage schema: how saved scenarios and the draft are written as JSON, and read back from any version.
//!
//! A stored document is a versioned envelope, `{"version":2,"scenarios":[…]}`, with money and percentages as exact
//! decimal strings, counts as whole numbers (all below 2^53, so JavaScript reads them exactly) and dates as
//! `YYYY-MM-DD`. Reading never fails as a whole: [`decode`] returns what it could read and names any problem, so the
//! app can copy the original aside before it writes anything. Older versions are brought up to date scenario by
//! scenario by pure steps, one per version (`StoredScenarioV1` → [`StoredScenario`]); the fixture
//! `tests/fixtures/scenarios-v1.json` is a version-1 document that must load forever.
//!
//! Versions: 1 = credits and results (issue 3). 2 = adds the planned spend, budgets, credit grants and an offer's
//! tiers (the "Credits and cash" issue); a version-1 scenario is a version-2 one with none of them. 3 = adds the
//! revenue, gross margin and target profit ("What the credits earned"); a version-2 scenario is a version-3 one
//! with none of them. 4 = adds a campaign plan ("Plan before you spend": budget and expected rates); a version-3
//! scenario is a version-4 one without a plan. `tests/fixtures/scenarios-v2.json` and `scenarios-v3.json` must load
//! forever too.
//!
//! Export files use the same format, so importing is decoding.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::credits::Offer;
use crate::library::{clean_name, Library, Saved};
use crate::parse::{check_days, check_money, check_percent, MAX_COUNT};
use crate::scenario::{MAX_GRANTS, MAX_TIERS};
use crate::wallet::{format_date, parse_date, Grant, Source};
use crate::{Budget, Currency, Draft, GrantDraft, OfferPlan, Plan, Scenario, TierDraft};

/// The version [`encode`] writes.
pub const VERSION: u64 = 4;

/// Ids are opaque, short and printable.
const MAX_ID_CHARS: usize = 64;

/// What stopped part or all of a stored document from being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON, or not our envelope.
    Unreadable,
    /// Written by a newer version of the calculator.
    Newer(u64),
    /// The envelope was read but this many scenarios in it were not.
    Skipped(usize),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable => f.write_str("it is not a saved-scenarios file this calculator can read"),
            Problem::Newer(v) => write!(f, "it was written by a newer version of the calculator (format {v})"),
            Problem::Skipped(1) => f.write_str("1 scenario in it could not be read"),
            Problem::Skipped(n) => write!(f, "{n} scenarios in it could not be read"),
        }
    }
}

/// A stored document as read: every scenario that could be read, and what went wrong, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub library: Library,
    pub problem: Option<Problem>,
}

/// One scenario as stored in version 1: credits and results only.
#[derive(Deserialize)]
struct StoredScenarioV1 {
    id: String,
    name: String,
    currency: String,
    credits: String,
    impressions: u64,
    clicks: u64,
    conversions: u64,
    created: u64,
    updated: u64,
}

/// One scenario as stored (version 4).
#[derive(Serialize, Deserialize)]
struct StoredScenario {
    id: String,
    name: String,
    currency: String,
    credits: String,
    impressions: u64,
    clicks: u64,
    conversions: u64,
    created: u64,
    updated: u64,
    // What is not given is left out, so a scenario without these costs no more storage than in version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    spend: Option<String>,
    #[serde(default, skip_serializing_if = "StoredBudget::is_empty")]
    budget: StoredBudget,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    grants: Vec<StoredGrant>,
    #[serde(default, skip_serializing_if = "StoredOffer::is_empty")]
    offer: StoredOffer,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revenue: Option<String>,
    /// Percentages of revenue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    margin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target_profit: Option<String>,
    #[serde(default, skip_serializing_if = "StoredPlan::is_empty")]
    plan: StoredPlan,
}

/// A campaign plan as stored (version 4): money and percentages as decimal strings.
#[derive(Serialize, Deserialize, Default)]
struct StoredPlan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    budget: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cpm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ctr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cvr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    aov: Option<String>,
}

impl StoredPlan {
    fn is_empty(&self) -> bool {
        self.budget.is_none() && self.cpm.is_none() && self.ctr.is_none() && self.cvr.is_none() && self.aov.is_none()
    }
}

#[derive(Serialize, Deserialize, Default)]
struct StoredBudget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    campaign_daily: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ad_group_daily: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ad_group_lifetime: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    schedule_days: Option<u64>,
}

impl StoredBudget {
    fn is_empty(&self) -> bool {
        self.campaign_daily.is_none()
            && self.ad_group_daily.is_none()
            && self.ad_group_lifetime.is_none()
            && self.schedule_days.is_none()
    }
}

impl StoredOffer {
    fn is_empty(&self) -> bool {
        self.tiers.is_empty() && self.window_days.is_none() && self.used_percent.is_none() && self.cash.is_none()
    }
}

#[derive(Serialize, Deserialize)]
struct StoredGrant {
    source: String,
    amount: String,
    received: String,
    expires: String,
}

#[derive(Serialize, Deserialize, Default)]
struct StoredOffer {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tiers: Vec<StoredTier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    window_days: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    used_percent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cash: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct StoredTier {
    spend: String,
    credit: String,
}

/// Version 1 → 3: a version-1 scenario had no planned spend (the credits paid for everything), no budgets, no
/// grants, no offer (version 2) and no revenue, margin or target (version 3).
impl From<StoredScenarioV1> for StoredScenario {
    fn from(v1: StoredScenarioV1) -> Self {
        StoredScenario {
            id: v1.id,
            name: v1.name,
            currency: v1.currency,
            credits: v1.credits,
            impressions: v1.impressions,
            clicks: v1.clicks,
            conversions: v1.conversions,
            created: v1.created,
            updated: v1.updated,
            spend: None,
            budget: StoredBudget::default(),
            grants: Vec::new(),
            offer: StoredOffer::default(),
            revenue: None,
            margin: None,
            target_profit: None,
            plan: StoredPlan::default(),
        }
    }
}

/// Version 2 → 3: a version-2 scenario has the same shape with no revenue, margin or target (a key of version 3
/// that turned up in a version-2 document is not read).
fn from_version_2(v2: StoredScenario) -> StoredScenario {
    from_version_3(StoredScenario { revenue: None, margin: None, target_profit: None, ..v2 })
}

/// Version 3 → 4: a version-3 scenario has the same shape without a plan.
fn from_version_3(v3: StoredScenario) -> StoredScenario {
    StoredScenario { plan: StoredPlan::default(), ..v3 }
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    scenarios: &'a [StoredScenario],
}

/// Writes `library` as the current version.
pub fn encode(library: &Library) -> String {
    let scenarios: Vec<StoredScenario> = library.scenarios.iter().map(StoredScenario::from).collect();
    // Serializing plain strings and integers into a String cannot fail; the fallback is never taken.
    serde_json::to_string(&Envelope { version: VERSION, scenarios: &scenarios }).unwrap_or_default()
}

/// Just the version of a stored document (every version has it), read before anything else.
#[derive(Deserialize)]
struct Versioned {
    version: u64,
}

/// A document of the current version, each scenario still unread.
#[derive(Deserialize)]
struct Document<'a> {
    #[serde(borrow)]
    scenarios: Vec<&'a RawValue>,
}

/// Reads a stored document of any version, keeping every scenario that is valid.
pub fn decode(text: &str) -> Decoded {
    let unreadable = Decoded { library: Library::default(), problem: Some(Problem::Unreadable) };
    let Ok(Versioned { version }) = serde_json::from_str::<Versioned>(text) else { return unreadable };
    if version > VERSION {
        return Decoded { library: Library::default(), problem: Some(Problem::Newer(version)) };
    }
    if version == 0 {
        return unreadable;
    }
    let Ok(document) = serde_json::from_str::<Document>(text) else { return unreadable };
    let mut library = Library::default();
    let mut skipped = 0_usize;
    for item in document.scenarios {
        match read_scenario(version, item) {
            Some(saved) if library.get(&saved.id).is_none() => library.scenarios.push(saved),
            _ => skipped = skipped.saturating_add(1),
        }
    }
    let problem = (skipped > 0).then_some(Problem::Skipped(skipped));
    Decoded { library, problem }
}

/// Reads one scenario of a document of `version` (1 to [`VERSION`]), bringing it up to date one step at a time.
/// A future version adds a step here, tested on the fixtures.
fn read_scenario(version: u64, item: &RawValue) -> Option<Saved> {
    let stored: StoredScenario = match version {
        1 => serde_json::from_str::<StoredScenarioV1>(item.get()).ok()?.into(),
        2 => from_version_2(serde_json::from_str(item.get()).ok()?),
        3 => from_version_3(serde_json::from_str(item.get()).ok()?),
        _ => serde_json::from_str(item.get()).ok()?,
    };
    Saved::try_from(stored).ok()
}

impl From<&Saved> for StoredScenario {
    fn from(saved: &Saved) -> Self {
        let s = &saved.scenario;
        let money = |v: Decimal| v.normalize().to_string();
        StoredScenario {
            id: saved.id.clone(),
            name: saved.name.clone(),
            currency: s.currency.code().to_string(),
            credits: money(s.credits),
            impressions: s.impressions,
            clicks: s.clicks,
            conversions: s.conversions,
            created: saved.created,
            updated: saved.updated,
            spend: s.spend.map(money),
            budget: StoredBudget {
                campaign_daily: s.budget.campaign_daily.map(money),
                ad_group_daily: s.budget.ad_group_daily.map(money),
                ad_group_lifetime: s.budget.ad_group_lifetime.map(money),
                schedule_days: s.budget.schedule_days.map(u64::from),
            },
            grants: s
                .grants
                .iter()
                .map(|g| StoredGrant {
                    source: g.source.key().to_string(),
                    amount: money(g.amount),
                    received: format_date(g.received),
                    expires: format_date(g.expires),
                })
                .collect(),
            offer: StoredOffer {
                tiers: s
                    .offer
                    .tiers
                    .iter()
                    .map(|t| StoredTier { spend: money(t.spend), credit: money(t.credit) })
                    .collect(),
                window_days: s.offer.window_days.map(u64::from),
                used_percent: s.offer.used_percent.map(money),
                cash: s.offer.cash.map(money),
            },
            revenue: s.revenue.map(money),
            margin: s.margin.map(money),
            target_profit: s.target_profit.map(money),
            plan: StoredPlan {
                budget: s.plan.budget.map(money),
                cpm: s.plan.cpm.map(money),
                ctr: s.plan.ctr.map(money),
                cvr: s.plan.cvr.map(money),
                aov: s.plan.aov.map(money),
            },
        }
    }
}

/// Stored data is checked as strictly as typed data: anything out of range is not read.
impl TryFrom<StoredScenario> for Saved {
    type Error = ();

    fn try_from(s: StoredScenario) -> Result<Self, ()> {
        let valid_id = !s.id.is_empty()
            && s.id.chars().count() <= MAX_ID_CHARS
            && s.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let counts_ok = [s.impressions, s.clicks, s.conversions].iter().all(|&n| n <= MAX_COUNT);
        if !valid_id || !counts_ok || s.grants.len() > MAX_GRANTS || s.offer.tiers.len() > MAX_TIERS {
            return Err(());
        }
        let currency = Currency::from_str(&s.currency).map_err(|_| ())?;
        let money = |text: &str| {
            let value = Decimal::from_str_exact(text).map_err(|_| ())?;
            check_money(value, currency).map_err(|_| ())
        };
        let optional_money = |text: &Option<String>| text.as_deref().map(money).transpose();
        let days = |d: Option<u64>| d.map(|d| check_days(d).map_err(|_| ())).transpose();
        let grant = |g: &StoredGrant| {
            let (received, expires) = (parse_date(&g.received).ok_or(())?, parse_date(&g.expires).ok_or(())?);
            if expires <= received {
                return Err(());
            }
            Ok(Grant { source: Source::from_key(&g.source).ok_or(())?, amount: money(&g.amount)?, received, expires })
        };
        let percent = |text: &Option<String>| match text {
            None => Ok(None),
            Some(text) => Decimal::from_str_exact(text).ok().and_then(|p| check_percent(p).ok()).ok_or(()).map(Some),
        };
        let scenario = Scenario {
            currency,
            credits: money(&s.credits)?,
            impressions: s.impressions,
            clicks: s.clicks,
            conversions: s.conversions,
            spend: optional_money(&s.spend)?,
            budget: Budget {
                campaign_daily: optional_money(&s.budget.campaign_daily)?,
                ad_group_daily: optional_money(&s.budget.ad_group_daily)?,
                ad_group_lifetime: optional_money(&s.budget.ad_group_lifetime)?,
                schedule_days: days(s.budget.schedule_days)?,
            },
            grants: s.grants.iter().map(grant).collect::<Result<_, ()>>()?,
            offer: OfferPlan {
                tiers: s
                    .offer
                    .tiers
                    .iter()
                    .map(|t| Ok(Offer { spend: money(&t.spend)?, credit: money(&t.credit)? }))
                    .collect::<Result<_, ()>>()?,
                window_days: days(s.offer.window_days)?,
                used_percent: percent(&s.offer.used_percent)?,
                cash: optional_money(&s.offer.cash)?,
            },
            revenue: optional_money(&s.revenue)?,
            margin: percent(&s.margin)?,
            target_profit: percent(&s.target_profit)?,
            plan: Plan {
                budget: optional_money(&s.plan.budget)?,
                cpm: optional_money(&s.plan.cpm)?,
                ctr: percent(&s.plan.ctr)?,
                cvr: percent(&s.plan.cvr)?,
                aov: optional_money(&s.plan.aov)?,
            },
        };
        Ok(Saved { id: s.id, name: clean_name(&s.name), scenario, created: s.created, updated: s.updated })
    }
}

/// The unsaved inputs on screen, kept across reloads: the text exactly as typed, and which saved scenario (if any)
/// it started from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftState {
    pub draft: Draft,
    pub opened: Option<String>,
    /// The link this page last put in the address bar: an address that still shows it on the next visit is this
    /// page's own (a reload), not a link someone shared.
    pub address: Option<String>,
    /// The link it put there before that one: a reload started just before the page wrote `address` reloads this
    /// one (the old page keeps running until the new one arrives).
    pub previous_address: Option<String>,
}

/// The draft as stored: every field's text as typed. Fields added in versions 2 and 3 default to empty, so an older
/// draft reads as it was.
#[derive(Serialize, Deserialize)]
struct StoredDraft {
    version: u64,
    currency: String,
    credits: String,
    impressions: String,
    clicks: String,
    conversions: String,
    #[serde(default)]
    spend: String,
    #[serde(default)]
    campaign_daily: String,
    #[serde(default)]
    ad_group_daily: String,
    #[serde(default)]
    ad_group_lifetime: String,
    #[serde(default)]
    schedule_days: String,
    #[serde(default)]
    offer_window: String,
    #[serde(default)]
    offer_used: String,
    #[serde(default)]
    offer_cash: String,
    #[serde(default)]
    revenue: String,
    #[serde(default)]
    margin: String,
    #[serde(default)]
    target_profit: String,
    #[serde(default)]
    grants: Vec<StoredGrant>,
    #[serde(default)]
    tiers: Vec<StoredTier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    opened: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    address: Option<String>,
}

/// Writes the draft.
pub fn encode_draft(state: &DraftState) -> String {
    let d = &state.draft;
    let stored = StoredDraft {
        version: VERSION,
        currency: d.currency.code().to_string(),
        credits: d.credits.clone(),
        impressions: d.impressions.clone(),
        clicks: d.clicks.clone(),
        conversions: d.conversions.clone(),
        spend: d.spend.clone(),
        campaign_daily: d.campaign_daily.clone(),
        ad_group_daily: d.ad_group_daily.clone(),
        ad_group_lifetime: d.ad_group_lifetime.clone(),
        schedule_days: d.schedule_days.clone(),
        offer_window: d.offer_window.clone(),
        offer_used: d.offer_used.clone(),
        offer_cash: d.offer_cash.clone(),
        revenue: d.revenue.clone(),
        margin: d.margin.clone(),
        target_profit: d.target_profit.clone(),
        grants: d
            .grants
            .iter()
            .map(|g| StoredGrant {
                source: g.source.key().to_string(),
                amount: g.amount.clone(),
                received: g.received.clone(),
                expires: g.expires.clone(),
            })
            .collect(),
        tiers: d.tiers.iter().map(|t| StoredTier { spend: t.spend.clone(), credit: t.credit.clone() }).collect(),
        opened: state.opened.clone(),
        address: state.address.clone(),
    };
    // As in `encode`: strings and an integer always serialize.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads a draft, or says why it cannot (the app then copies the text aside and starts without it).
pub fn decode_draft(text: &str) -> Result<DraftState, Problem> {
    // The version first: a newer calculator's draft may not have this version's shape.
    let version = serde_json::from_str::<Versioned>(text).map_err(|_| Problem::Unreadable)?.version;
    if version > VERSION {
        return Err(Problem::Newer(version));
    }
    let stored: StoredDraft = serde_json::from_str(text).map_err(|_| Problem::Unreadable)?;
    // Typed text is kept as typed, but never more of it than a field could sensibly hold.
    let field = |s: String| s.chars().take(200).collect::<String>();
    let currency = stored.currency.parse().map_err(|_| Problem::Unreadable)?;
    Ok(DraftState {
        draft: Draft {
            currency,
            credits: field(stored.credits),
            impressions: field(stored.impressions),
            clicks: field(stored.clicks),
            conversions: field(stored.conversions),
            spend: field(stored.spend),
            campaign_daily: field(stored.campaign_daily),
            ad_group_daily: field(stored.ad_group_daily),
            ad_group_lifetime: field(stored.ad_group_lifetime),
            schedule_days: field(stored.schedule_days),
            offer_window: field(stored.offer_window),
            offer_used: field(stored.offer_used),
            offer_cash: field(stored.offer_cash),
            revenue: field(stored.revenue),
            margin: field(stored.margin),
            target_profit: field(stored.target_profit),
            grants: stored
                .grants
                .into_iter()
                .take(MAX_GRANTS)
                .map(|g| GrantDraft {
                    key: Default::default(),
                    source: Source::from_key(&g.source).unwrap_or(Source::Other),
                    amount: field(g.amount),
                    received: field(g.received),
                    expires: field(g.expires),
                })
                .collect(),
            tiers: stored
                .tiers
                .into_iter()
                .take(MAX_TIERS)
                .map(|t| TierDraft { key: Default::default(), spend: field(t.spend), credit: field(t.credit) })
                .collect(),
            // A JSON draft (kept by version 3 and before) never had a plan: those fields start empty.
            ..Draft::cleared(currency)
        },
        opened: stored.opened,
        address: stored.address,
        previous_address: None,
    })
}
