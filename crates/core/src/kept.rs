//! The draft kept across reloads, written as a short text rather than JSON, so that the page can read it at start
//! without the JSON code (which the saved-scenarios chunk brings later):
//!
//! `draft=1&currency=USD&credits=100&impressions=50000&clicks=2000&conversions=500&g=coupon~400~2026-11-25~&t=500~500&opened=…&address=…`
//!
//! Every value is the text exactly as typed, percent-encoded (each part of a grant or tier on its own, so a `~`
//! typed into a field survives); empty fields are left out. Reading is as strict about the envelope and as lenient
//! about the content as the JSON draft ([`schema::decode_draft`](crate::schema::decode_draft)): an unknown version
//! or currency is a [`Problem`], an unknown key is ignored, text is cut to 200 characters, and at most
//! [`MAX_GRANTS`] grants and [`MAX_TIERS`] tiers are read. Drafts kept as JSON by earlier versions are recognised by
//! [`is_json`] and read by the JSON code.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::scenario::{MAX_GRANTS, MAX_TIERS};
use crate::schema::{DraftState, Problem};
use crate::wallet::Source;
use crate::{Draft, Field, GrantDraft, TierDraft};

/// Left as they are: letters, digits and `-._` (so `~`, `&`, `=`, `%` and `+` are always encoded).
const TEXT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_');

/// The version [`encode`] writes. A field added later is one more key, which an older reader ignores, so this
/// changes only if the format itself does.
pub const VERSION: u64 = 1;

/// The most characters of a field's text that are read back.
const MAX_FIELD_CHARS: usize = 200;

/// Whether `text` is a draft kept as JSON by an earlier version (read by `schema::decode_draft`).
pub fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// Writes the draft.
pub fn encode(state: &DraftState) -> String {
    let d = &state.draft;
    let mut out = format!("draft={VERSION}&currency={}", d.currency.code());
    let mut push = |key: &str, parts: &[&str]| {
        out.push('&');
        out.push_str(key);
        out.push('=');
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                out.push('~');
            }
            out.extend(utf8_percent_encode(part, TEXT));
        }
    };
    for field in Field::ALL {
        let text = d.text(field);
        if !text.is_empty() {
            push(field.key(), &[text]);
        }
    }
    for g in &d.grants {
        push("g", &[g.source.key(), &g.amount, &g.received, &g.expires]);
    }
    for t in &d.tiers {
        push("t", &[&t.spend, &t.credit]);
    }
    if let Some(opened) = &state.opened {
        push("opened", &[opened]);
    }
    if let Some(address) = &state.address {
        push("address", &[address]);
    }
    if let Some(previous) = &state.previous_address {
        push("previous", &[previous]);
    }
    out
}

/// Reads a draft written by [`encode`], or says why it cannot.
pub fn decode(text: &str) -> Result<DraftState, Problem> {
    let mut pairs = text.split('&').map(|pair| pair.split_once('=').unwrap_or((pair, "")));
    let version = match pairs.next() {
        Some(("draft", v)) => v.parse::<u64>().map_err(|_| Problem::Unreadable)?,
        _ => return Err(Problem::Unreadable),
    };
    if version > VERSION {
        return Err(Problem::Newer(version));
    }
    let mut draft = Draft::cleared(Default::default());
    let (mut opened, mut address, mut previous_address, mut currency) = (None, None, None, None);
    for (key, value) in pairs {
        let mut parts = value.split('~').map(unescape);
        let mut part = || parts.next().unwrap_or_default();
        match key {
            "currency" => currency = Some(part().parse().map_err(|_| Problem::Unreadable)?),
            "g" if draft.grants.len() < MAX_GRANTS => {
                let source = Source::from_key(&part()).unwrap_or(Source::Other);
                let (amount, received, expires) = (part(), part(), part());
                draft.grants.push(GrantDraft { key: Default::default(), source, amount, received, expires });
            }
            "t" if draft.tiers.len() < MAX_TIERS => {
                let (spend, credit) = (part(), part());
                draft.tiers.push(TierDraft { key: Default::default(), spend, credit });
            }
            "opened" => opened = Some(part()),
            "address" => address = Some(part()),
            "previous" => previous_address = Some(part()),
            key => {
                if let Some(field) = Field::ALL.into_iter().find(|f| f.key() == key) {
                    *draft.text_mut(field) = part();
                }
            }
        }
    }
    draft.currency = currency.ok_or(Problem::Unreadable)?;
    Ok(DraftState { draft, opened, address, previous_address })
}

/// A percent-encoded part, decoded and cut to [`MAX_FIELD_CHARS`] characters.
fn unescape(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().chars().take(MAX_FIELD_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    fn kept(draft: Draft) -> DraftState {
        DraftState { draft, opened: None, address: None, previous_address: None }
    }

    #[test]
    fn the_seed_example_in_one_short_line() {
        let text = encode(&kept(Draft::default()));
        assert_eq!(text, "draft=1&currency=USD&credits=100&impressions=50000&clicks=2000&conversions=500");
        assert_eq!(decode(&text), Ok(kept(Draft::default())));
    }

    #[test]
    fn text_is_kept_exactly_as_typed() {
        let draft = Draft {
            currency: Currency::Eur,
            credits: "1.234,50 €".into(),
            clicks: "a~b&c=d%e+f".into(),
            revenue: "  ".into(),
            grants: vec![GrantDraft::new(Source::Coupon, "4~00", "2026-11-25", "")],
            tiers: vec![TierDraft::new("", "1 200")],
            ..Draft::cleared(Currency::Eur)
        };
        let state = DraftState {
            draft,
            opened: Some("id-1".into()),
            address: Some("v=3&credits=1".into()),
            previous_address: Some("v=3&credits=2".into()),
        };
        assert_eq!(decode(&encode(&state)), Ok(state));
    }

    #[test]
    fn what_does_not_read() {
        assert_eq!(decode(""), Err(Problem::Unreadable));
        assert_eq!(decode("{\"version\":3}"), Err(Problem::Unreadable));
        assert_eq!(decode("draft=x&currency=USD"), Err(Problem::Unreadable));
        assert_eq!(decode("draft=2&currency=USD"), Err(Problem::Newer(2)));
        assert_eq!(decode("draft=1&currency=XYZ"), Err(Problem::Unreadable));
        assert_eq!(decode("draft=1"), Err(Problem::Unreadable), "no currency");
    }

    #[test]
    fn lenient_about_the_content() {
        let state = decode("draft=1&currency=USD&colour=red&g=lottery~5&credits=%FF%FE").unwrap();
        assert_eq!(state.draft.grants[0].source, Source::Other);
        assert_eq!((state.draft.grants[0].amount.as_str(), state.draft.grants[0].expires.as_str()), ("5", ""));
        assert_eq!(state.draft.credits, "\u{fffd}\u{fffd}");
        let long = format!("draft=1&currency=USD&clicks={}", "9".repeat(500));
        assert_eq!(decode(&long).unwrap().draft.clicks.len(), 200);
        let many = format!("draft=1&currency=USD{}", "&t=1~1".repeat(50));
        assert_eq!(decode(&many).unwrap().draft.tiers.len(), MAX_TIERS);
    }

    #[test]
    fn json_drafts_are_told_apart() {
        assert!(is_json("  {\"version\":2}"));
        assert!(!is_json("draft=1&currency=USD"));
    }
}
