//! The two lists of a draft, credit grants and offer tiers, addressed like single fields are through [`Field`]: a
//! [`RowField`] names the list, the row (by its [`RowKey`]) and the part. One list editor in the shell serves both
//! lists through this, and rows keep their identity (and their inputs, and the focus) when others are added or
//! removed.
//!
//! [`Field`]: crate::Field

use std::sync::atomic::{AtomicU64, Ordering};

use crate::parse::ParseError;
use crate::report::{Format, Note, Tone};
use crate::scenario::{GrantInputs, TierInputs, MAX_GRANTS, MAX_TIERS};
use crate::wallet::{format_date, Day, Source};
use crate::{Draft, GrantDraft, Inputs, TierDraft};

/// TikTok's US partner tiers (`DOMAIN.md`: "spend X, get Y" with X = Y = $100, $500, $1,500), in USD.
pub const PARTNER_TIERS: [(&str, &str); 3] = [("100", "100"), ("500", "500"), ("1500", "1500")];

/// Which row of a list this is, for as long as the page is open. It identifies; it is not a value: every two keys
/// compare equal (two drafts with the same text are the same draft), none is stored or put in a link, and each new
/// row gets a fresh one.
#[derive(Clone, Copy, Debug)]
pub struct RowKey(u64);

static NEXT_KEY: AtomicU64 = AtomicU64::new(1);

impl RowKey {
    pub fn new() -> RowKey {
        // Wraps after 2^64 rows instead of panicking.
        RowKey(NEXT_KEY.fetch_add(1, Ordering::Relaxed))
    }

    /// The number that tells rows apart (the shell's keyed list uses it).
    pub const fn id(self) -> u64 {
        self.0
    }
}

impl Default for RowKey {
    fn default() -> RowKey {
        RowKey::new()
    }
}

impl PartialEq for RowKey {
    fn eq(&self, _: &RowKey) -> bool {
        true
    }
}

impl Eq for RowKey {}

/// A list of a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    Grants,
    Tiers,
}

/// A part of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Source,
    Amount,
    Received,
    Expires,
    Spend,
    Credit,
}

/// How a part is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Money, as text (`inputmode="decimal"`).
    Money,
    /// A calendar date (`<input type="date">`).
    Date,
    /// One of [`Source::ALL`].
    Source,
}

impl List {
    /// The parts of each row, in order.
    pub const fn parts(self) -> &'static [Part] {
        match self {
            List::Grants => &[Part::Source, Part::Amount, Part::Received, Part::Expires],
            List::Tiers => &[Part::Spend, Part::Credit],
        }
    }

    /// The prefix of element ids ("grant-2-amount").
    pub const fn key(self) -> &'static str {
        match self {
            List::Grants => "grant",
            List::Tiers => "tier",
        }
    }

    /// What one row is called ("Remove credit 2").
    pub const fn noun(self) -> &'static str {
        match self {
            List::Grants => "credit",
            List::Tiers => "tier",
        }
    }

    /// A row's legend ("Credit 2").
    pub const fn title(self) -> &'static str {
        match self {
            List::Grants => "Credit",
            List::Tiers => "Tier",
        }
    }

    pub const fn add_label(self) -> &'static str {
        match self {
            List::Grants => "Add a credit",
            List::Tiers => "Add a tier",
        }
    }

    pub const fn max(self) -> usize {
        match self {
            List::Grants => MAX_GRANTS,
            List::Tiers => MAX_TIERS,
        }
    }
}

impl Part {
    pub const fn key(self) -> &'static str {
        match self {
            Part::Source => "source",
            Part::Amount => "amount",
            Part::Received => "received",
            Part::Expires => "expires",
            Part::Spend => "spend",
            Part::Credit => "credit",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Part::Source => "Source",
            Part::Amount => "Amount",
            Part::Received => "Received",
            Part::Expires => "Last day to use",
            Part::Spend => "Spend (cash)",
            Part::Credit => "Get (credit)",
        }
    }

    pub const fn input(self) -> Input {
        match self {
            Part::Source => Input::Source,
            Part::Received | Part::Expires => Input::Date,
            Part::Amount | Part::Spend | Part::Credit => Input::Money,
        }
    }
}

/// One input of one row of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowField {
    pub list: List,
    pub row: usize,
    pub part: Part,
}

impl GrantDraft {
    /// A grant as typed, with a fresh row key.
    pub fn new(source: Source, amount: &str, received: &str, expires: &str) -> GrantDraft {
        GrantDraft {
            key: RowKey::new(),
            source,
            amount: amount.into(),
            received: received.into(),
            expires: expires.into(),
        }
    }
}

impl TierDraft {
    /// A tier as typed, with a fresh row key.
    pub fn new(spend: &str, credit: &str) -> TierDraft {
        TierDraft { key: RowKey::new(), spend: spend.into(), credit: credit.into() }
    }
}

impl Draft {
    /// The keys of a list's rows, in order.
    pub fn row_keys(&self, list: List) -> Vec<u64> {
        match list {
            List::Grants => self.grants.iter().map(|g| g.key.id()).collect(),
            List::Tiers => self.tiers.iter().map(|t| t.key.id()).collect(),
        }
    }

    /// Where the row with `key` is now, if it still exists.
    pub fn row_index(&self, list: List, key: u64) -> Option<usize> {
        self.row_keys(list).iter().position(|k| *k == key)
    }

    /// The text of one part of one row (`Source` gives its key).
    pub fn row_text(&self, at: RowField) -> Option<&str> {
        match at.list {
            List::Grants => {
                let g = self.grants.get(at.row)?;
                Some(match at.part {
                    Part::Source => g.source.key(),
                    Part::Received => &g.received,
                    Part::Expires => &g.expires,
                    _ => &g.amount,
                })
            }
            List::Tiers => {
                let t = self.tiers.get(at.row)?;
                Some(if at.part == Part::Credit { &t.credit } else { &t.spend })
            }
        }
    }

    /// Writes one part of one row; a source that is not one of [`Source::ALL`] changes nothing.
    pub fn set_row_text(&mut self, at: RowField, text: String) {
        match at.list {
            List::Grants => {
                let Some(g) = self.grants.get_mut(at.row) else { return };
                match at.part {
                    Part::Source => g.source = Source::from_key(&text).unwrap_or(g.source),
                    Part::Received => g.received = text,
                    Part::Expires => g.expires = text,
                    _ => g.amount = text,
                }
            }
            List::Tiers => {
                let Some(t) = self.tiers.get_mut(at.row) else { return };
                if at.part == Part::Credit {
                    t.credit = text;
                } else {
                    t.spend = text;
                }
            }
        }
    }

    /// Adds an empty row at the end of `list` (a new grant is received `today`); its key, or `None` when the list
    /// is full.
    pub fn add_row(&mut self, list: List, today: Day) -> Option<u64> {
        if self.row_keys(list).len() >= list.max() {
            return None;
        }
        Some(match list {
            List::Grants => {
                let grant = GrantDraft::new(Source::Promotional, "", &format_date(today), "");
                let key = grant.key.id();
                self.grants.push(grant);
                key
            }
            List::Tiers => {
                let tier = TierDraft::new("", "");
                let key = tier.key.id();
                self.tiers.push(tier);
                key
            }
        })
    }

    /// Adds TikTok's US partner tiers ([`PARTNER_TIERS`]), as many as fit, in a USD scenario only (they are
    /// published in US dollars); the key of the first one added.
    pub fn add_partner_tiers(&mut self) -> Option<u64> {
        if !self.currency.is_usd() {
            return None;
        }
        let room = MAX_TIERS.saturating_sub(self.tiers.len());
        let first = self.tiers.len();
        self.tiers.extend(PARTNER_TIERS.iter().take(room).map(|(spend, credit)| TierDraft::new(spend, credit)));
        self.tiers.get(first).map(|t| t.key.id())
    }

    /// Removes the row with `key`.
    pub fn remove_row(&mut self, list: List, key: u64) {
        match list {
            List::Grants => self.grants.retain(|g| g.key.id() != key),
            List::Tiers => self.tiers.retain(|t| t.key.id() != key),
        }
    }
}

impl Inputs {
    /// The parse error of one part of one row.
    pub fn row_error(&self, at: RowField) -> Option<ParseError> {
        match at.list {
            List::Grants => {
                let g: &GrantInputs = self.grants.get(at.row)?;
                match at.part {
                    Part::Source => None,
                    Part::Received => g.received.err(),
                    Part::Expires => g.expires.err(),
                    _ => g.amount.err(),
                }
            }
            List::Tiers => {
                let t: &TierInputs = self.tiers.get(at.row)?;
                if at.part == Part::Credit {
                    t.credit.err()
                } else {
                    t.spend.err()
                }
            }
        }
    }
}

/// The line under one part of a row: its error once the user has typed there or left it (a new, empty row shows
/// none), else for an empty expiry which day the default is.
pub fn row_message(draft: &Draft, inputs: &Inputs, at: RowField, visited: bool, f: &impl Format) -> Option<Note> {
    let text = draft.row_text(at)?;
    if let Some(error) = inputs.row_error(at).filter(|_| visited || !text.trim().is_empty()) {
        return Some(Note::new(Tone::Error, "error", error.to_string()));
    }
    if (at.list, at.part) != (List::Grants, Part::Expires) || !text.trim().is_empty() {
        return None;
    }
    let hint = match inputs.grants.get(at.row).and_then(|g| g.expires.ok()) {
        Some(day) => format!("Empty: 90 days after it was received, so the last day is {}.", f.date(day)),
        None => "Empty: the last day is 90 days after it was received.".into(),
    };
    Some(Note::new(Tone::Quiet, "hint", hint))
}
