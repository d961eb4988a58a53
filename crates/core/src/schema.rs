//! The storage schema: how saved scenarios and the draft are written as JSON, and read back from any version.
//!
//! A stored document is a versioned envelope, `{"version":1,"scenarios":[…]}`, with money as exact decimal strings
//! and counts as whole numbers (all below 2^53, so JavaScript reads them exactly). Reading never fails as a whole:
//! [`decode`] returns what it could read and names any problem, so the app can copy the original aside before it
//! writes anything. Older versions are brought up to date by pure `migrate` steps, one per version; the fixture
//! `tests/fixtures/scenarios-v1.json` is a version-1 document that must load forever.
//!
//! Export files use the same format, so importing is decoding.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::library::{clean_name, Library, Saved};
use crate::parse::{check_money, MAX_COUNT};
use crate::{Currency, Draft, Scenario};

/// The version [`encode`] writes.
pub const VERSION: u64 = 1;

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

/// One scenario as stored (version 1).
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
    let Some(text) = migrate(version, text) else { return unreadable };
    let Ok(document) = serde_json::from_str::<Document>(&text) else { return unreadable };
    let mut library = Library::default();
    let mut skipped = 0_usize;
    for item in document.scenarios {
        match read_scenario(item) {
            Some(saved) if library.get(&saved.id).is_none() => library.scenarios.push(saved),
            _ => skipped = skipped.saturating_add(1),
        }
    }
    let problem = (skipped > 0).then_some(Problem::Skipped(skipped));
    Decoded { library, problem }
}

/// Brings a document of `version` up to [`VERSION`], one step at a time; `None` for a version that never existed.
///
/// Each future version adds a pure step here (e.g. `1 => v1_to_v2(text)`, a function from one version's JSON to
/// the next), tested on the version-1 fixture.
fn migrate(version: u64, text: &str) -> Option<std::borrow::Cow<'_, str>> {
    match version {
        VERSION => Some(std::borrow::Cow::Borrowed(text)),
        _ => None,
    }
}

fn read_scenario(item: &RawValue) -> Option<Saved> {
    let stored: StoredScenario = serde_json::from_str(item.get()).ok()?;
    Saved::try_from(stored).ok()
}

impl From<&Saved> for StoredScenario {
    fn from(s: &Saved) -> Self {
        StoredScenario {
            id: s.id.clone(),
            name: s.name.clone(),
            currency: s.scenario.currency.code().to_string(),
            credits: s.scenario.credits.normalize().to_string(),
            impressions: s.scenario.impressions,
            clicks: s.scenario.clicks,
            conversions: s.scenario.conversions,
            created: s.created,
            updated: s.updated,
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
        if !valid_id {
            return Err(());
        }
        let currency = Currency::from_str(&s.currency).map_err(|_| ())?;
        let credits = Decimal::from_str_exact(&s.credits).map_err(|_| ())?;
        let credits_ok = check_money(credits, currency).is_ok();
        let counts_ok = [s.impressions, s.clicks, s.conversions].iter().all(|&n| n <= MAX_COUNT);
        if !credits_ok || !counts_ok {
            return Err(());
        }
        Ok(Saved {
            id: s.id,
            name: clean_name(&s.name),
            scenario: Scenario {
                currency,
                credits,
                impressions: s.impressions,
                clicks: s.clicks,
                conversions: s.conversions,
            },
            created: s.created,
            updated: s.updated,
        })
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
}

#[derive(Serialize, Deserialize)]
struct StoredDraft {
    version: u64,
    currency: String,
    credits: String,
    impressions: String,
    clicks: String,
    conversions: String,
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
        opened: state.opened.clone(),
        address: state.address.clone(),
    };
    // As in `encode`: strings and an integer always serialize.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads a draft; `None` if it is not one (the app then starts from the default).
pub fn decode_draft(text: &str) -> Option<DraftState> {
    let stored: StoredDraft = serde_json::from_str(text).ok()?;
    if stored.version > VERSION {
        return None;
    }
    // Typed text is kept as typed, but never more of it than a field could sensibly hold.
    let field = |s: String| s.chars().take(200).collect::<String>();
    Some(DraftState {
        draft: Draft {
            currency: stored.currency.parse().ok()?,
            credits: field(stored.credits),
            impressions: field(stored.impressions),
            clicks: field(stored.clicks),
            conversions: field(stored.conversions),
        },
        opened: stored.opened,
        address: stored.address,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(id: &str, name: &str) -> Saved {
        Saved {
            id: id.into(),
            name: name.into(),
            scenario: Draft::default().parse().scenario().unwrap(),
            created: 1_764_000_000_000,
            updated: 1_764_000_000_001,
        }
    }

    #[test]
    fn round_trip() {
        let lib = Library { scenarios: vec![saved("a1", "Fashion test"), saved("b2", "Broad \"quoted\" ünïcode")] };
        let text = encode(&lib);
        assert!(text.starts_with(
            r#"{"version":1,"scenarios":[{"id":"a1","name":"Fashion test","currency":"USD","credits":"100","#
        ));
        assert_eq!(decode(&text), Decoded { library: lib, problem: None });
    }

    #[test]
    fn empty_library() {
        assert_eq!(encode(&Library::default()), r#"{"version":1,"scenarios":[]}"#);
        assert_eq!(decode(r#"{"version":1,"scenarios":[]}"#).problem, None);
    }

    #[test]
    fn garbage_is_unreadable() {
        for text in [
            "",
            "not json",
            "{",
            "[]",
            "null",
            "42",
            r#"{"scenarios":[]}"#,
            r#"{"version":"1","scenarios":[]}"#,
            r#"{"version":1}"#,
            r#"{"version":0,"scenarios":[]}"#,
            r#"{"version":1,"scenarios":{}}"#,
        ] {
            assert_eq!(decode(text).problem, Some(Problem::Unreadable), "{text}");
            assert!(decode(text).library.is_empty());
        }
    }

    #[test]
    fn a_newer_version_is_named() {
        let decoded = decode(r#"{"version":7,"scenarios":[],"somethingNew":true}"#);
        assert_eq!(decoded.problem, Some(Problem::Newer(7)));
        assert_eq!(Problem::Newer(7).to_string(), "it was written by a newer version of the calculator (format 7)");
    }

    #[test]
    fn bad_scenarios_are_skipped_and_counted_the_rest_kept() {
        let good = encode(&Library { scenarios: vec![saved("ok", "Good")] });
        let items = [
            r#"{"id":"neg","name":"x","currency":"USD","credits":"-5","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
            r#"{"id":"cents","name":"x","currency":"JPY","credits":"5.5","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
            r#"{"id":"big","name":"x","currency":"USD","credits":"1","impressions":10000000000001,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
            r#"{"id":"cur","name":"x","currency":"XXX","credits":"1","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
            r#"{"id":"bad id!","name":"x","currency":"USD","credits":"1","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
            r#"{"id":"ok","name":"duplicate id","currency":"USD","credits":"1","impressions":1,"clicks":1,"conversions":1,"created":1,"updated":1}"#,
            r#""just a string""#,
        ];
        let text = good.replace("]}", &format!(",{}]}}", items.join(",")));
        let decoded = decode(&text);
        assert_eq!(decoded.problem, Some(Problem::Skipped(7)));
        assert_eq!(decoded.library.scenarios.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Good"]);
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let text = r#"{"version":1,"extra":1,"scenarios":[{"id":"a","name":"A","currency":"EUR","credits":"10.5","impressions":1,"clicks":1,"conversions":0,"created":1,"updated":2,"colour":"red"}]}"#;
        let decoded = decode(text);
        assert_eq!(decoded.problem, None);
        assert_eq!(decoded.library.scenarios[0].scenario.credits.to_string(), "10.5");
    }

    #[test]
    fn version_1_fixture_still_loads() {
        // Written when version 1 shipped; never edit it. Later versions must keep loading it through `migrate`.
        let text = include_str!("../tests/fixtures/scenarios-v1.json");
        let decoded = decode(text);
        assert_eq!(decoded.problem, None);
        let names: Vec<&str> = decoded.library.scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Seed example", "Fashion audience", "Yen test"]);
        let fashion = decoded.library.get("fashion-7f3a").unwrap();
        assert_eq!(fashion.scenario.credits.to_string(), "1234.5");
        assert_eq!(fashion.scenario.currency, Currency::Eur);
        assert_eq!(
            (fashion.scenario.impressions, fashion.scenario.clicks, fashion.scenario.conversions),
            (1_200_000, 9_870, 321)
        );
        assert_eq!(fashion.updated, 1_764_032_400_000);
        assert_eq!(decoded.library.get("yen").unwrap().scenario.currency, Currency::Jpy);
    }

    #[test]
    fn draft_round_trip_keeps_the_text_as_typed() {
        let state = DraftState {
            draft: Draft { clicks: "2,0".into(), currency: Currency::Gbp, ..Draft::default() },
            opened: Some("a1".into()),
            address: Some("v=1&clicks=2".into()),
        };
        assert_eq!(decode_draft(&encode_draft(&state)), Some(state));
        let state = DraftState { draft: Draft::default(), opened: None, address: None };
        assert_eq!(decode_draft(&encode_draft(&state)), Some(state));
        assert_eq!(decode_draft("garbage"), None);
        assert_eq!(
            decode_draft(
                r#"{"version":9,"currency":"USD","credits":"","impressions":"","clicks":"","conversions":""}"#
            ),
            None
        );
    }
}
