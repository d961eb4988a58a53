//! Compare links: the scenarios being compared in one link, each as its own scenario link with its keys numbered,
//! e.g. `#v=4&compare=2&c1.credits=100&c1.impressions=50000&…&c1.name=Seed&c2.credits=600&…`.
//!
//! The same rules as a scenario link ([`super`]): readable keys, the version once for all, a value that does not
//! read falls back to its default with a notice naming the scenario and the key, unknown keys are ignored, and a
//! link over [`MAX_LINK_CHARS`] characters is refused whole. `compare` (the number of scenarios) is what marks a
//! compare link; the scenarios read are the ones numbered from 1 to [`MAX_COMPARED`] that have keys.

use std::fmt;

use super::{decode, encode, LinkError, LinkNotice, LINK_VERSION, MAX_LINK_CHARS};
use crate::report::compare::MAX_COMPARED;
use crate::Scenario;

/// The key that marks a compare link.
pub const COMPARE_KEY: &str = "compare";

/// A scenario read from a compare link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    /// Its number in the link, from 1.
    pub number: usize,
    /// Its name ("Scenario 2" when the link gives none).
    pub name: String,
    pub scenario: Scenario,
}

/// What a compare link holds: the scenarios that read, and what the page should say about the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareLink {
    pub scenarios: Vec<Linked>,
    pub notices: Vec<CompareNotice>,
}

/// Something about a compare link the page should mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareNotice {
    /// A notice about the whole link (its version).
    Link(LinkNotice),
    /// A notice about one scenario's keys.
    Scenario(usize, LinkNotice),
    /// None of a scenario's keys is one a scenario link has: it is left out.
    Unreadable(usize),
    /// Fewer than two scenarios read.
    TooFew,
    /// The link was refused whole.
    Refused(LinkError),
}

impl fmt::Display for CompareNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareNotice::Link(notice) => notice.fmt(f),
            CompareNotice::Scenario(n, notice) => write!(f, "Scenario {n} of the link: {notice}"),
            CompareNotice::Unreadable(n) => {
                write!(f, "Scenario {n} of the link could not be read, so it is left out of the comparison.")
            }
            CompareNotice::TooFew => {
                f.write_str("This compare link holds fewer than two scenarios that could be read.")
            }
            CompareNotice::Refused(error) => error.fmt(f),
        }
    }
}

impl Linked {
    /// How it is offered among the scenarios to compare: "Seed (from the link)".
    pub fn label(&self) -> String {
        format!("{} (from the link)", self.name)
    }
}

/// A compare link as the page opens it: what reads, and what it says about the rest (a link refused whole has no
/// scenarios and says why; an address that is not a compare link has neither).
pub fn open_compare(fragment: &str) -> CompareLink {
    match decode_compare(fragment) {
        Ok(read) => read.unwrap_or_default(),
        Err(refused) => CompareLink { scenarios: Vec::new(), notices: vec![CompareNotice::Refused(refused)] },
    }
}

/// What the page says when the scenarios compared make a link too long to share.
pub fn too_long_to_share() -> String {
    format!(
        "These scenarios make a link longer than {MAX_LINK_CHARS} characters, which could not be opened: compare fewer \
         of them, or give them shorter names."
    )
}

/// Whether a page address's fragment (or query) is a compare link: a cheap check the main module makes before the
/// compare section's chunk reads it.
pub fn is_compare(text: &str) -> bool {
    let text = text.trim_start_matches(['#', '?']);
    text.split('&').any(|pair| pair.split_once('=').map_or(pair, |(key, _)| key) == COMPARE_KEY)
}

/// The link text (without `#`) for scenarios compared, each with its name; at most [`MAX_COMPARED`] are written.
/// Refused when it would be longer than a link is read ([`MAX_LINK_CHARS`]).
pub fn encode_compare<'a>(compared: impl IntoIterator<Item = (&'a Scenario, &'a str)>) -> Result<String, LinkError> {
    let mut parts = Vec::new();
    let mut count = 0_usize;
    for (n, (scenario, name)) in (1_usize..=MAX_COMPARED).zip(compared) {
        count = n;
        let one = encode(scenario, name);
        // Each scenario's own link, less its version (written once), with its keys numbered.
        parts.extend(one.split('&').filter(|pair| !pair.starts_with("v=")).map(|pair| format!("c{n}.{pair}")));
    }
    let link = format!("v={LINK_VERSION}&{COMPARE_KEY}={count}&{}", parts.join("&"));
    if link.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong);
    }
    Ok(link)
}

/// Reads a compare link from a page address's fragment (with or without its `#`). `Ok(None)` when it is not one.
pub fn decode_compare(fragment: &str) -> Result<Option<CompareLink>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong);
    }
    if !is_compare(fragment) {
        return Ok(None);
    }
    let version = fragment.split('&').find(|pair| pair.starts_with("v="));
    let mut scenarios = Vec::new();
    let mut notices = Vec::new();
    for n in 1..=MAX_COMPARED {
        let prefix = format!("c{n}.");
        let keys: Vec<&str> = fragment.split('&').filter_map(|pair| pair.strip_prefix(prefix.as_str())).collect();
        if keys.is_empty() {
            continue;
        }
        let one = version.into_iter().chain(keys).collect::<Vec<_>>().join("&");
        // Each part is shorter than the whole, which was checked: a scenario's keys are never refused as too long.
        let Ok(Some(read)) = decode("", &one) else {
            notices.push(CompareNotice::Unreadable(n));
            continue;
        };
        for notice in read.notices {
            // The version is the whole link's: said once, not per scenario.
            let notice = match notice {
                LinkNotice::Newer(_) if notices.iter().any(|n| matches!(n, CompareNotice::Link(_))) => continue,
                LinkNotice::Newer(_) => CompareNotice::Link(notice),
                LinkNotice::Invalid(_) => CompareNotice::Scenario(n, notice),
            };
            notices.push(notice);
        }
        match read.draft.parse().scenario() {
            Some(scenario) => {
                let name = if read.name.is_empty() { format!("Scenario {n}") } else { read.name };
                scenarios.push(Linked { number: n, name, scenario });
            }
            None => notices.push(CompareNotice::Unreadable(n)),
        }
    }
    if scenarios.len() < 2 {
        notices.push(CompareNotice::TooFew);
    }
    Ok(Some(CompareLink { scenarios, notices }))
}
