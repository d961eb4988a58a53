//! "Profit and break-even": whether the campaign paid, by how much, and how far its ROAS is from break-even; and,
//! for a credit holder, what the profit is on the cash actually paid.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::{Format, Note, Tone};
use crate::value::{Undefined, Unit};
use crate::{display, Currency, Metric, Metrics, Ratio};

/// Did it pay? Decided from the exact figures; worded by [`Verdict::words`].
// Made once per render of the section and never stored: its size does not matter, a box would only add code.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// No profit to speak of yet, and why ("add revenue", "add a gross margin", "check Total spend").
    Nothing(Undefined),
    /// A profit (or loss, or neither) on the spend, and how the ROAS stands against break-even.
    Outcome { profit: Ratio, spend: Decimal, against: Against },
}

/// Where the ROAS stands against the break-even ROAS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Against {
    /// The ROAS, the break-even ROAS, and the (exact) difference between them.
    BreakEven { roas: Ratio, break_even: Ratio },
    /// No break-even ROAS or no ROAS, and why (a margin of 0 %, nothing spent).
    Unknown(Undefined),
}

/// What the credits did to the profit: the profit on the cash paid, beside the credit used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnCash {
    pub profit: Ratio,
    pub cash: Decimal,
    pub credit_used: Decimal,
}

impl Verdict {
    pub fn of(metrics: &Metrics) -> Verdict {
        let outcome = || -> Result<Verdict, Undefined> {
            let profit = metrics.get(Metric::Profit)?;
            let spend = metrics.spend()?;
            let against = match (metrics.get(Metric::Roas), metrics.get(Metric::BreakEvenRoas)) {
                (Ok(roas), Ok(break_even)) => Against::BreakEven { roas, break_even },
                (Err(why), _) | (_, Err(why)) => Against::Unknown(why),
            };
            Ok(Verdict::Outcome { profit, spend, against })
        };
        outcome().unwrap_or_else(Verdict::Nothing)
    }

    pub fn words(&self, currency: Currency, f: &impl Format) -> Note {
        let money = |v: Ratio| f.value(Ok(v), Unit::Money, currency);
        let multiple = |v: Ratio| f.value(Ok(v), Unit::Multiple, currency);
        match self {
            Verdict::Nothing(why) => Note::new(Tone::Quiet, "profit-verdict", format!("No verdict yet: {why}.")),
            Verdict::Outcome { profit, spend, against } => {
                let spend = f.amount(*spend, currency);
                let first = match profit.cmp_exact(&Ratio::from(Decimal::ZERO)) {
                    Some(Ordering::Greater) => format!("Profitable: {} of profit on {spend} of spend.", money(*profit)),
                    Some(Ordering::Less) => {
                        format!("Not profitable: a loss of {} on {spend} of spend.", money(profit.abs()))
                    }
                    _ => format!("It breaks even: no profit and no loss on {spend} of spend."),
                };
                let second = match against {
                    Against::BreakEven { roas, break_even } => {
                        let (roas_text, break_even_text) = (multiple(*roas), multiple(*break_even));
                        // The difference of the two figures as shown (3.68× against 2.22× is 1.46 above), written as
                        // a plain number: it is a difference, not a multiple. Which side is decided exactly.
                        let shown = |v: Ratio| display::multiple(v).ok();
                        let gap = shown(*roas).zip(shown(*break_even)).and_then(|(r, b)| r.checked_sub(b));
                        match (roas.cmp_exact(break_even), gap) {
                            (Some(Ordering::Greater), Some(gap)) => format!(
                                " ROAS {roas_text} is {} above the break-even ROAS of {break_even_text}.",
                                gap_words(gap, f)
                            ),
                            (Some(Ordering::Less), Some(gap)) => format!(
                                " ROAS {roas_text} is {} below the break-even ROAS of {break_even_text}.",
                                gap_words(gap.abs(), f)
                            ),
                            (Some(Ordering::Equal), _) => {
                                format!(" ROAS {roas_text} is exactly the break-even ROAS.")
                            }
                            _ => String::new(),
                        }
                    }
                    Against::Unknown(Undefined::NoMargin) => " With a gross margin of 0 %, no ROAS breaks even.".into(),
                    Against::Unknown(_) => String::new(),
                };
                Note::new(Tone::Plain, "profit-verdict", format!("{first}{second}"))
            }
        }
    }
}

/// A gap between two shown ROAS figures: "1.46"; one hidden by the rounding ("2.00× against 2.00×") is "just".
fn gap_words(gap: Decimal, f: &impl Format) -> String {
    if gap.is_zero() {
        "just".into()
    } else {
        f.number(gap)
    }
}

impl OnCash {
    /// Only when credits paid for part of the spend and the profit on cash has a value.
    pub fn of(metrics: &Metrics) -> Option<OnCash> {
        let funding = metrics.funding.ok()?;
        let profit = metrics.get(Metric::ProfitOnCash).ok()?;
        (!funding.credit_used.is_zero()).then_some(OnCash {
            profit,
            cash: funding.cash,
            credit_used: funding.credit_used,
        })
    }

    pub fn words(&self, currency: Currency, f: &impl Format) -> Note {
        let result = f.value(Ok(self.profit), Unit::Money, currency);
        let (cash, credit) = (f.amount(self.cash, currency), f.amount(self.credit_used, currency));
        let text = match self.profit.cmp_exact(&Ratio::from(Decimal::ZERO)) {
            _ if self.cash.is_zero() => {
                format!("The credits paid for all of the spend: with no cash paid, the profit to you is {result}.")
            }
            Some(Ordering::Less) => format!(
                "On the {cash} of cash you paid, the loss is {}: the credits covered {credit} of the spend.",
                f.value(Ok(self.profit.abs()), Unit::Money, currency)
            ),
            _ => format!("On the {cash} of cash you paid, the profit is {result}: the credits added {credit}."),
        };
        Note::new(Tone::Plain, "profit-on-cash", text)
    }
}

/// Everything the section says under its figures: the verdict, then the line on cash when credits paid a part.
pub fn report(metrics: &Metrics, f: &impl Format) -> Vec<Note> {
    let verdict = Verdict::of(metrics).words(metrics.currency, f);
    let on_cash = OnCash::of(metrics).map(|c| c.words(metrics.currency, f));
    std::iter::once(verdict).chain(on_cash).collect()
}
