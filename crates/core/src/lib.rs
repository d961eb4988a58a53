//! The Ad Credit Calculator's domain, free of any browser dependency so it is tested natively in seconds.
//!
//! Data flows one way: what the user typed ([`Draft`]) is parsed field by field ([`Inputs`], see [`parse`] for
//! the rules), the [`Metrics`] are computed exactly as [`Ratio`]s, and only [`display`] rounds them, on the way
//! to the screen.

#![forbid(unsafe_code)]

pub mod credits;
mod csv;
mod currency;
pub mod display;
pub mod embed;
mod field;
pub mod ics;
pub mod import;
pub mod kept;
pub mod l10n;
pub mod library;
pub mod link;
mod metrics;
pub mod parse;
pub mod plan;
mod ratio;
pub mod report;
pub mod rows;
mod scenario;
pub mod schema;
pub mod typical;
mod value;
pub mod wallet;

pub use csv::to_csv;
pub use currency::{Currency, UnknownCurrency};
pub use field::{Field, Kind};
pub use library::{Change, Library, MergeReport, SaveState, Saved};
pub use metrics::{Metric, Metrics, Warning};
pub use parse::{parse_count, parse_money, ParseError};
pub use ratio::Ratio;
pub use rust_decimal::Decimal;
pub use scenario::{
    Budget, Draft, GrantDraft, GrantInputs, Inputs, OfferPlan, Plan, Scenario, TierDraft, TierInputs, MAX_GRANTS,
    MAX_TIERS,
};
pub use value::{Undefined, Unit, Value};

/// Parses `draft` and computes every metric: the whole calculation behind one keystroke.
pub fn evaluate(draft: &Draft) -> (Inputs, Metrics) {
    let inputs = draft.parse();
    let metrics = Metrics::compute(&inputs);
    (inputs, metrics)
}
