//! A scenario: the credits and the results a user enters, as typed and as parsed.

use rust_decimal::Decimal;

use crate::parse::{parse_count, parse_money, ParseError};
use crate::Currency;

/// An input field of the calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Credits,
    Impressions,
    Clicks,
    Conversions,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Credits, Field::Impressions, Field::Clicks, Field::Conversions];

    /// The visible label of the field.
    pub const fn label(self) -> &'static str {
        match self {
            Field::Credits => "Ad credits",
            Field::Impressions => "Impressions",
            Field::Clicks => "Clicks",
            Field::Conversions => "Conversions",
        }
    }

    /// A stable identifier (HTML ids, link keys, storage keys).
    pub const fn key(self) -> &'static str {
        match self {
            Field::Credits => "credits",
            Field::Impressions => "impressions",
            Field::Clicks => "clicks",
            Field::Conversions => "conversions",
        }
    }

    pub const fn is_money(self) -> bool {
        matches!(self, Field::Credits)
    }
}

/// What the user typed, field by field, and the chosen currency. Text is kept as typed: the calculator never
/// reformats a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub currency: Currency,
    pub credits: String,
    pub impressions: String,
    pub clicks: String,
    pub conversions: String,
}

impl Default for Draft {
    /// The seed guide's worked example: $100 of credits → 50,000 impressions, 2,000 clicks, 500 conversions.
    fn default() -> Self {
        Draft {
            currency: Currency::Usd,
            credits: "100".into(),
            impressions: "50,000".into(),
            clicks: "2,000".into(),
            conversions: "500".into(),
        }
    }
}

impl Draft {
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Credits => &self.credits,
            Field::Impressions => &self.impressions,
            Field::Clicks => &self.clicks,
            Field::Conversions => &self.conversions,
        }
    }

    pub fn text_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Credits => &mut self.credits,
            Field::Impressions => &mut self.impressions,
            Field::Clicks => &mut self.clicks,
            Field::Conversions => &mut self.conversions,
        }
    }

    /// Parses every field on its own, so one bad field leaves the others usable.
    pub fn parse(&self) -> Inputs {
        Inputs {
            currency: self.currency,
            credits: parse_money(&self.credits, self.currency),
            impressions: parse_count(&self.impressions),
            clicks: parse_count(&self.clicks),
            conversions: parse_count(&self.conversions),
        }
    }
}

/// The parsed fields: each a value or the reason it is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub currency: Currency,
    pub credits: Result<Decimal, ParseError>,
    pub impressions: Result<u64, ParseError>,
    pub clicks: Result<u64, ParseError>,
    pub conversions: Result<u64, ParseError>,
}

impl Inputs {
    /// The parse error of `field`, if its text is not a valid value.
    pub fn error(&self, field: Field) -> Option<ParseError> {
        match field {
            Field::Credits => self.credits.err(),
            Field::Impressions => self.impressions.err(),
            Field::Clicks => self.clicks.err(),
            Field::Conversions => self.conversions.err(),
        }
    }

    /// The scenario, when every field is valid.
    pub fn scenario(&self) -> Option<Scenario> {
        Some(Scenario {
            currency: self.currency,
            credits: self.credits.ok()?,
            impressions: self.impressions.ok()?,
            clicks: self.clicks.ok()?,
            conversions: self.conversions.ok()?,
        })
    }
}

/// A complete, valid scenario: the credits used and the results they bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub currency: Currency,
    /// Credits used, which for now is the whole spend.
    pub credits: Decimal,
    pub impressions: u64,
    pub clicks: u64,
    pub conversions: u64,
}

impl From<&Scenario> for Inputs {
    fn from(s: &Scenario) -> Self {
        Inputs {
            currency: s.currency,
            credits: Ok(s.credits),
            impressions: Ok(s.impressions),
            clicks: Ok(s.clicks),
            conversions: Ok(s.conversions),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_draft_is_the_seed_example() {
        let seed = Draft::default().parse().scenario().unwrap();
        assert_eq!(seed.credits, Decimal::ONE_HUNDRED);
        assert_eq!((seed.impressions, seed.clicks, seed.conversions), (50_000, 2_000, 500));
        assert_eq!(seed.currency, Currency::Usd);
    }

    #[test]
    fn one_bad_field_leaves_the_others() {
        let draft = Draft { clicks: "abc".into(), ..Draft::default() };
        let inputs = draft.parse();
        assert_eq!(inputs.error(Field::Clicks), Some(ParseError::NotANumber));
        assert_eq!(inputs.error(Field::Credits), None);
        assert_eq!(inputs.impressions, Ok(50_000));
        assert_eq!(inputs.scenario(), None);
    }

    #[test]
    fn money_follows_the_currency() {
        let draft = Draft { credits: "100.50".into(), currency: Currency::Jpy, ..Draft::default() };
        assert_eq!(draft.parse().error(Field::Credits), Some(ParseError::TooManyDecimals(Currency::Jpy)));
    }

    #[test]
    fn text_mut_edits_the_named_field() {
        let mut draft = Draft::default();
        for field in Field::ALL {
            *draft.text_mut(field) = field.key().to_string();
            assert_eq!(draft.text(field), field.key());
        }
    }
}
