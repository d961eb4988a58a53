//! "Plan a campaign": where the budget comes from, what the typical figures are and where they come from, and each
//! forecast figure and goal as the page shows it.

use super::{Format, Note, Tone};
use crate::plan::{BudgetFrom, Forecast, Goal, Projection};
use crate::typical::{LABEL, SOURCES, TYPICAL};
use crate::value::Unit;
use crate::{Currency, Metric};

/// Which amount the forecast is on, when the Budget field is empty: "Budget: the total spend above, $600.00."
pub fn budget_note(forecast: &Forecast, currency: Currency, f: &impl Format) -> Option<Note> {
    let (budget, from) = forecast.budget.ok()?;
    let amount = f.amount(budget, currency);
    let text = match from {
        BudgetFrom::Typed => return None,
        BudgetFrom::Spend => format!("Budget: the total spend above, {amount}."),
        BudgetFrom::Credits => format!("Budget: your credits, {amount} (no total spend is given)."),
    };
    Some(Note::new(Tone::Quiet, "budget-from", text))
}

/// What "Use typical TikTok figures" fills, and where the figures come from; in another currency, that only the
/// rates fill (the typical CPM is in US dollars).
pub fn typical_note(currency: Currency, f: &impl Format) -> Note {
    let value = |metric: Metric| TYPICAL.iter().find(|t| t.metric == metric).map(|t| t.typical).unwrap_or_default();
    let cpm = f.amount(value(Metric::Cpm), Currency::Usd);
    let (ctr, cvr) =
        (f.percent(value(Metric::Ctr).normalize()), f.percent(value(Metric::ConversionRateClicks).normalize()));
    let mut text = format!(
        "Typical TikTok figures ({LABEL}, from {SOURCES}; TikTok publishes none): CPM {cpm}, CTR {ctr}, \
         conversion rate {cvr} of clicks."
    );
    if !currency.is_usd() {
        text.push_str(&format!(" In {} only the rates are filled: the typical CPM is in US dollars.", currency.code()));
    }
    Note::new(Tone::Quiet, "typical", text)
}

/// A forecast figure as shown: "125,000", "$1,250.00", "1.25×", or "— add an expected CPM".
pub fn projection(forecast: &Forecast, projection: Projection, currency: Currency, f: &impl Format) -> String {
    f.value(forecast.get(projection), projection.unit(), currency)
}

/// A goal's answer as shown: a budget or the highest CPM, or "— Expected CTR (%) is 0".
pub fn goal(forecast: &Forecast, goal: Goal, currency: Currency, f: &impl Format) -> String {
    f.value(forecast.solve(goal), Unit::Money, currency)
}
