//! Share links: a scenario as readable key/value pairs, e.g.
//! `#v=1&credits=100&impressions=50000&clicks=2000&conversions=500&currency=USD&name=Fashion%20test`.
//!
//! This is a public interface (marketers hand-write these), so reading is forgiving and never fails as a whole:
//! - The same keys are read from the query string (prefilled marketing and embed links) and the fragment; the
//!   fragment wins per key. Unknown keys are ignored, so later versions can add keys without breaking old links.
//! - `v` missing means version 1, forever. A newer `v` gets a notice, and every key we understand is still used.
//! - Values use `.` for decimals and no grouping. A value that does not read falls back to the field's default
//!   and gets a notice naming it. `name` keeps at most 80 characters, control characters removed.
//! - A link over [`MAX_LINK_CHARS`] characters is refused whole.
//!
//! Version 2 (the "Credits and cash" issue) adds optional keys, written only when given: `spend`, `daily`,
//! `adgroup-daily`, `lifetime`, `lifetime-days`, `window`, `used` (a percentage), `cash`, credit grants as
//! `g1=coupon~400~2026-11-25~2026-11-30` (source, amount, received, expires; an empty expiry means 90 days) and offer
//! tiers as `t1=500~500` (spend, credit), numbered from 1. A version-1 link has none of them and opens as it did.
//!
//! Version 3 ("What the credits earned") adds `revenue` (money), `margin` and `target` (percentages of revenue),
//! written only when given; older links have none of them and open as they did.
//!
//! Version 4 ("Plan before you spend") adds the plan: `budget`, `plan-cpm`, `plan-aov` (money), `plan-ctr` and
//! `plan-cvr` (percentages), written only when given.

pub mod compare;

use std::fmt;

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use rust_decimal::Decimal;

use crate::library::clean_name;
use crate::parse::{check_days, check_money, check_multiple, check_percent, MAX_COUNT};
use crate::scenario::{MAX_GRANTS, MAX_TIERS};
use crate::schema::DraftState;
use crate::wallet::{format_date, parse_date, Source};
use crate::{Currency, Draft, Field, GrantDraft, Kind, Scenario, TierDraft};

/// The version [`encode`] writes.
pub const LINK_VERSION: u64 = 4;
/// The longest query plus fragment read; anything longer is refused.
pub const MAX_LINK_CHARS: usize = 2048;

/// Characters left as they are in a name: letters, digits and `-._~` (RFC 3986 unreserved).
const NAME: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A scenario read from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkScenario {
    /// The fields to show (a value that did not read is the field's default).
    pub draft: Draft,
    /// The scenario's name ("" when the link has none).
    pub name: String,
    /// What did not read, for the page to say.
    pub notices: Vec<LinkNotice>,
}

impl LinkScenario {
    /// What the page says when it opens this link: that it is a shared scenario, then each notice.
    pub fn page_notices(&self) -> Vec<String> {
        let opened = "You opened a shared scenario. Save it to keep it in your list.".to_string();
        std::iter::once(opened).chain(self.notices.iter().map(ToString::to_string)).collect()
    }
}

/// Something about a link that the page should mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkNotice {
    /// `v` is newer than this calculator (or not a number): known keys were still used.
    Newer(String),
    /// A value did not read; the field shows its default. The key is named.
    Invalid(String),
}

impl fmt::Display for LinkNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkNotice::Newer(v) => write!(
                f,
                "This link was made by a newer version of the calculator (v={v}); everything it could read is shown."
            ),
            LinkNotice::Invalid(key) => {
                write!(f, "The link's “{key}” value could not be read, so the default is shown.")
            }
        }
    }
}

/// The link was refused whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    TooLong,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong => {
                write!(f, "This link is longer than {MAX_LINK_CHARS} characters, so it was not opened.")
            }
        }
    }
}

/// The link text for a scenario (without `#` or `?`): every required key, the optional ones that are given, `name`
/// only when there is one.
pub fn encode(scenario: &Scenario, name: &str) -> String {
    let s = scenario;
    let mut link = format!(
        "v={LINK_VERSION}&credits={}&impressions={}&clicks={}&conversions={}&currency={}",
        s.credits.normalize(),
        s.impressions,
        s.clicks,
        s.conversions,
        s.currency.code(),
    );
    let money = |v: Option<Decimal>| v.map(|v| v.normalize().to_string());
    let days = |v: Option<u32>| v.map(|v| v.to_string());
    let optional = [
        (Field::Spend, money(s.spend)),
        (Field::CampaignDaily, money(s.budget.campaign_daily)),
        (Field::AdGroupDaily, money(s.budget.ad_group_daily)),
        (Field::AdGroupLifetime, money(s.budget.ad_group_lifetime)),
        (Field::ScheduleDays, days(s.budget.schedule_days)),
        (Field::OfferWindow, days(s.offer.window_days)),
        (Field::OfferUsed, money(s.offer.used_percent)),
        (Field::OfferCash, money(s.offer.cash)),
        (Field::Revenue, money(s.revenue)),
        (Field::Margin, money(s.margin)),
        (Field::TargetProfit, money(s.target_profit)),
        (Field::Budget, money(s.plan.budget)),
        (Field::PlanCpm, money(s.plan.cpm)),
        (Field::PlanCtr, money(s.plan.ctr)),
        (Field::PlanCvr, money(s.plan.cvr)),
        (Field::PlanAov, money(s.plan.aov)),
    ];
    for (field, value) in optional {
        if let Some(value) = value {
            link.push_str(&format!("&{}={value}", field.key()));
        }
    }
    for (n, g) in (1_u32..).zip(&s.grants) {
        let (amount, received, expires) = (g.amount.normalize(), format_date(g.received), format_date(g.expires));
        link.push_str(&format!("&g{n}={}~{amount}~{received}~{expires}", g.source.key()));
    }
    for (n, t) in (1_u32..).zip(&s.offer.tiers) {
        link.push_str(&format!("&t{n}={}~{}", t.spend.normalize(), t.credit.normalize()));
    }
    let name = clean_name(name);
    if !name.is_empty() {
        link.push_str("&name=");
        link.extend(utf8_percent_encode(&name, NAME));
    }
    link
}

/// Reads a scenario from a page address's query string and fragment (with or without their `?` / `#`).
/// `Ok(None)` when neither holds a scenario key (a plain visit, or `?embed=1` alone).
pub fn decode(query: &str, fragment: &str) -> Result<Option<LinkScenario>, LinkError> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if query.len().saturating_add(fragment.len()) > MAX_LINK_CHARS {
        return Err(LinkError::TooLong);
    }
    // The fragment wins per key: look there first.
    let value = |key: &str| pairs(fragment).chain(pairs(query)).find(|(k, _)| k == key).map(|(_, v)| v);
    let grant_keys = (1..=MAX_GRANTS).map(|n| format!("g{n}"));
    let tier_keys = (1..=MAX_TIERS).map(|n| format!("t{n}"));
    let numbered = |k: &str, prefix: char, max: usize| {
        let n = k.strip_prefix(prefix).filter(|n| !n.starts_with('0'));
        n.and_then(|n| n.parse::<usize>().ok()).is_some_and(|n| (1..=max).contains(&n))
    };
    let is_scenario_key = |k: &str| {
        Field::ALL.iter().any(|f| f.key() == k)
            || k == "currency"
            || k == "name"
            || k == "start"
            || numbered(k, 'g', MAX_GRANTS)
            || numbered(k, 't', MAX_TIERS)
    };
    if !pairs(fragment).chain(pairs(query)).any(|(k, _)| is_scenario_key(&k)) {
        return Ok(None);
    }
    let mut notices = Vec::new();
    if let Some(v) = value("v") {
        if v.parse::<u64>().map_or(true, |v| v > LINK_VERSION) {
            notices.push(LinkNotice::Newer(clean_name(&v)));
        }
    }
    let mut draft = Draft::default();
    if let Some(code) = value("currency") {
        match code.parse::<Currency>() {
            Ok(currency) => draft.currency = currency,
            Err(_) => notices.push(LinkNotice::Invalid("currency".into())),
        }
    }
    // `start=empty` (an embed set up from a cleared calculator): empty fields instead of the example's values.
    match value("start").as_deref() {
        Some("empty") => draft = Draft::cleared(draft.currency),
        Some(_) => notices.push(LinkNotice::Invalid("start".into())),
        None => {}
    }
    for field in Field::ALL {
        let Some(text) = value(field.key()) else { continue };
        let valid = match field.kind() {
            Kind::Money => read_money(&text, draft.currency),
            Kind::Count => read_count(&text),
            Kind::Days => read_days(&text),
            Kind::Percent => read_percent(&text),
            Kind::Multiple => {
                plain_decimal(&text).and_then(|v| check_multiple(v).ok()).map(|v| v.normalize().to_string())
            }
        };
        match valid {
            Some(canonical) => *draft.text_mut(field) = canonical,
            None => notices.push(LinkNotice::Invalid(field.key().into())),
        }
    }
    for key in grant_keys {
        let Some(text) = value(&key) else { continue };
        match read_grant(&text, draft.currency) {
            Some(grant) => draft.grants.push(grant),
            None => notices.push(LinkNotice::Invalid(key)),
        }
    }
    for key in tier_keys {
        let Some(text) = value(&key) else { continue };
        let mut parts = text.split('~');
        let tier = match (parts.next(), parts.next(), parts.next()) {
            (Some(spend), Some(credit), None) => {
                read_money(spend, draft.currency).zip(read_money(credit, draft.currency))
            }
            _ => None,
        };
        match tier {
            Some((spend, credit)) => draft.tiers.push(TierDraft { key: Default::default(), spend, credit }),
            None => notices.push(LinkNotice::Invalid(key)),
        }
    }
    let name = value("name").map(|n| clean_name(&n)).unwrap_or_default();
    Ok(Some(LinkScenario { draft, name, notices }))
}

/// A grant in a link: `source~amount~received~expires`, dates as `YYYY-MM-DD`, the expiry after the receipt (or
/// empty for the default).
fn read_grant(text: &str, currency: Currency) -> Option<GrantDraft> {
    let mut parts = text.split('~');
    let (source, amount, received, expires) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let received_day = parse_date(received)?;
    let expires_ok = expires.is_empty() || parse_date(expires).is_some_and(|e| e > received_day);
    if !expires_ok {
        return None;
    }
    Some(GrantDraft {
        key: Default::default(),
        source: Source::from_key(source)?,
        amount: read_money(amount, currency)?,
        received: received.to_string(),
        expires: expires.to_string(),
    })
}

/// The `key=value` pairs of a query or fragment, percent-decoded (`+` is a space, as in forms).
pub(crate) fn pairs(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    text.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (unescape(key), unescape(value))
    })
}

fn unescape(text: &str) -> String {
    let text = text.replace('+', " ");
    percent_decode_str(&text).decode_utf8_lossy().into_owned()
}

/// A plain decimal in a link: digits with an optional `.` followed by digits (no sign, grouping or exponent).
fn plain_decimal(text: &str) -> Option<Decimal> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits_only(whole) || !digits_only(fraction) || (text.contains('.') && fraction.is_empty())
    {
        return None;
    }
    Decimal::from_str_exact(text).ok()
}

/// A plain whole number in a link: digits only.
fn plain_count(text: &str) -> Option<u64> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// Money in a link: a plain decimal within the cap and the currency's minor units. Returns the canonical text for the
/// field.
fn read_money(text: &str, currency: Currency) -> Option<String> {
    check_money(plain_decimal(text)?, currency).ok().map(|v| v.normalize().to_string())
}

/// A percentage in a link: a plain decimal with at most 2 decimals, from 0 to 100.
fn read_percent(text: &str) -> Option<String> {
    check_percent(plain_decimal(text)?).ok().map(|v| v.normalize().to_string())
}

/// A count in a link: digits only, within the cap.
fn read_count(text: &str) -> Option<String> {
    plain_count(text).filter(|&value| value <= MAX_COUNT).map(|value| value.to_string())
}

/// A number of days in a link: digits only, at most ten years.
fn read_days(text: &str) -> Option<String> {
    check_days(plain_count(text)?).ok().map(|days| days.to_string())
}

/// What the page starts with, chosen from what the user typed into the static page while the app loaded, a shared
/// link in the address, and the draft kept from the last visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Start {
    pub draft: Draft,
    /// The saved scenario the draft started from.
    pub opened: Option<String>,
    /// The scenario name to show (`None`: the opened scenario's, if any).
    pub name: Option<String>,
    /// What to tell the user about the link, if one was opened.
    pub notices: Vec<String>,
    /// The link in the address bar at start (the fragment, without `#`), if any.
    pub address: Option<String>,
    /// The kept draft a link replaced (the page offers to bring it back when it was not saved).
    pub replaced: Option<DraftState>,
}

impl Start {
    /// In order: text typed before the app started (it differs from the default); a link in the address; the kept
    /// draft; the seed example. On a `reload` (the browser says which navigation this is), the address is the page's
    /// own, not a shared link, when it is the one the kept draft last wrote (the address bar follows the draft a
    /// moment after each change, so a quick reload can show an older one); a link opened in any other way always
    /// opens its own values. When the link's scenario is the kept draft's, the draft keeps its typed text and its
    /// saved scenario.
    pub fn choose(typed: Option<Draft>, query: &str, fragment: &str, kept: Option<DraftState>, reload: bool) -> Start {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let address = Some(fragment.to_string()).filter(|f| !f.is_empty());
        let from_kept = |kept: Option<DraftState>, notices: Vec<String>, address: Option<String>| match kept {
            Some(k) => Start { draft: k.draft, opened: k.opened, name: None, notices, address, replaced: None },
            None => Start { draft: Draft::default(), opened: None, name: None, notices, address, replaced: None },
        };
        if let Some(typed) = typed.filter(|t| *t != Draft::default()) {
            return Start { draft: typed, opened: None, name: None, notices: Vec::new(), address, replaced: None };
        }
        // The address the page last wrote, or the one before it (a reload that started just before the page wrote
        // the newer one reloads the older).
        let own = reload
            && address.is_some()
            && kept.as_ref().is_some_and(|k| k.address == address || k.previous_address == address);
        match decode(query, fragment) {
            Err(e) => from_kept(kept, vec![e.to_string()], address),
            Ok(None) => from_kept(kept, Vec::new(), address),
            Ok(Some(_)) if own => from_kept(kept, Vec::new(), address),
            Ok(Some(link)) => {
                let same = kept.as_ref().is_some_and(|k| {
                    link.notices.is_empty() && k.draft.parse().scenario() == link.draft.parse().scenario()
                });
                if same {
                    let name = Some(link.name).filter(|n| !n.is_empty());
                    return Start { name, ..from_kept(kept, Vec::new(), address) };
                }
                let notices = link.page_notices();
                Start { draft: link.draft, opened: None, name: Some(link.name), notices, address, replaced: kept }
            }
        }
    }
}
