//! The saved-scenarios panel: what it says after each action, the name a new scenario gets, and the one-line
//! summary of each saved scenario.

use std::fmt;

use super::Format;
use crate::library::{clean_name, Library, SaveState, Saved};
use crate::schema::Problem;
use crate::{Draft, Inputs, Metric, Metrics};

/// What the panel says after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said<'a> {
    /// Save was pressed while a field does not read.
    NotSaved,
    Saved(&'a str),
    Opened(&'a str),
    Renamed(&'a str),
    Duplicated(&'a str),
    /// These scenarios were deleted (and can be put back).
    Deleted(&'a [Saved]),
    /// This many scenarios were put back.
    Restored(usize),
    NotImported {
        file: &'a str,
        problem: Problem,
    },
    /// The browser could not read the chosen file.
    NotRead(&'a str),
    /// Something replaced inputs that were not saved anywhere; Undo brings them back.
    Replaced(Replacement<'a>),
    /// Undo brought the replaced inputs back.
    InputsBack,
    /// The scenarios of a compare link were saved.
    SavedFromLink(usize),
    /// The groups of an imported report were saved: this many new, this many updated (same campaign and dates).
    FromReport {
        added: usize,
        updated: usize,
    },
    /// Undo took an import's scenarios back out (and put back the ones it had updated).
    ReportUndone,
    /// "Use as actual results": a group's figures went into the calculator; the plan stays.
    UsedAsActuals(&'a str),
}

/// What replaced the inputs on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replacement<'a> {
    /// A saved scenario was opened.
    Opened(&'a str),
    /// A shared link was opened.
    Link,
    /// "Reset to the example".
    Example,
    /// "Clear all".
    Cleared,
}

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::NotSaved => f.write_str("Not saved: fix the fields marked above first."),
            Said::Saved(name) => write!(f, "Saved “{name}”."),
            Said::Opened(name) => write!(f, "Opened “{name}”."),
            Said::Renamed(name) => write!(f, "Renamed to “{name}”."),
            Said::Duplicated(name) => write!(f, "Duplicated as “{name}”."),
            Said::Deleted([one]) => write!(f, "Deleted “{}”.", one.name),
            Said::Deleted(many) => write!(f, "Deleted {} scenarios.", many.len()),
            Said::Restored(1) => f.write_str("Restored the scenario."),
            Said::Restored(n) => write!(f, "Restored {n} scenarios."),
            Said::NotImported { file, problem } => {
                write!(f, "Could not import “{file}”: {problem}. Nothing was changed.")
            }
            Said::NotRead(file) => write!(f, "Could not read “{file}”. Nothing was changed."),
            Said::Replaced(what) => {
                match what {
                    Replacement::Opened(name) => write!(f, "Opened “{name}”.")?,
                    Replacement::Link => f.write_str("Opened the shared link.")?,
                    Replacement::Example => f.write_str("Back to the example.")?,
                    Replacement::Cleared => f.write_str("Cleared every field.")?,
                }
                f.write_str(" The inputs you had not saved were replaced: Undo brings them back.")
            }
            Said::InputsBack => f.write_str("Your inputs are back."),
            Said::SavedFromLink(1) => f.write_str("Saved the scenario from the link."),
            Said::SavedFromLink(n) => write!(f, "Saved the {n} scenarios from the link."),
            Said::FromReport { added, updated } => {
                let scenarios = |n: usize| if n == 1 { "scenario" } else { "scenarios" };
                match (added, updated) {
                    (a, 0) => write!(f, "Saved {a} {} from the report.", scenarios(*a)),
                    (0, u) => {
                        write!(f, "Updated {u} saved {} from the report (same campaign and dates).", scenarios(*u))
                    }
                    (a, u) => write!(
                        f,
                        "Saved {a} new {} and updated {u} (same campaign and dates) from the report.",
                        scenarios(*a)
                    ),
                }
            }
            Said::ReportUndone => f.write_str("Undone: your saved scenarios are as they were before the import."),
            Said::UsedAsActuals(name) => {
                write!(f, "The figures of “{name}” are in the calculator as its actual results; the plan is kept.")
            }
        }
    }
}

/// Whether replacing `draft` (whose save state is `state`) would lose inputs that are saved nowhere: a changed
/// saved scenario, or new inputs other than the example and other than an empty calculator.
pub fn unsaved_work(draft: &Draft, state: SaveState) -> bool {
    match state {
        SaveState::Saved => false,
        SaveState::Changed => true,
        SaveState::New => *draft != Draft::default() && *draft != Draft::cleared(draft.currency),
    }
}

/// The name a scenario is saved under: the one typed, else `fallback`.
pub fn name_or(typed: &str, fallback: &str) -> String {
    match clean_name(typed) {
        name if name.is_empty() => fallback.to_string(),
        name => name,
    }
}

/// The name a new scenario gets when none is typed: "Scenario 4" when three are saved.
pub fn new_name(library: &Library) -> String {
    format!("Scenario {}", library.len().saturating_add(1))
}

/// The import's save button: "Save 3 scenarios".
pub fn save_imported_label(count: usize) -> String {
    match count {
        1 => "Save 1 scenario".into(),
        n => format!("Save {n} scenarios"),
    }
}

/// The name of a copy: "Fashion (copy)".
pub fn copy_name(name: &str) -> String {
    clean_name(&format!("{name} (copy)"))
}

/// A saved scenario in one line: "$100.00 credits · $600.00 spend · CPC $0.30 · per conversion $1.20", and
/// " · ROAS 10.00×" when it has a revenue.
pub fn summary(saved: &Saved, f: &impl Format) -> String {
    let s = &saved.scenario;
    let metrics = Metrics::compute(&Inputs::from(s));
    let spend = s.spend.map(|v| format!(" · {} spend", f.amount(v, s.currency))).unwrap_or_default();
    let roas = s.revenue.map(|_| format!(" · ROAS {}", f.metric(&metrics, Metric::Roas))).unwrap_or_default();
    format!(
        "{} credits{spend} · CPC {} · per conversion {}{roas}",
        f.amount(s.credits, s.currency),
        f.metric(&metrics, Metric::Cpc),
        f.metric(&metrics, Metric::CostPerConversion)
    )
}
