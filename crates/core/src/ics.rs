//! A small iCalendar (RFC 5545) writer: all-day events with a reminder, enough for Google Calendar, Apple Calendar
//! and Outlook to import. Hand-written (no dependency): text escaping (§3.3.11), line folding at 75 octets without
//! splitting a UTF-8 character (§3.1), CRLF line ends everywhere, `DATE` values and a UTC `DTSTAMP`.
//!
//! What the events say is decided in `report::calendar`; this module only writes them.

use std::fmt::Write as _;

use crate::wallet::{date_of, Day};

/// The longest a content line may be, in octets, CRLF not counted (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// A TEXT value with its special characters escaped: `\` `;` `,` and newlines (as `\n`; a CR before an LF, or alone,
/// is a newline too). Other control characters, which a TEXT value may not hold, are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A value that is not TEXT (a URI, a UID already made safe): only control characters are dropped, so that it
/// stays on its line.
fn plain(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// One content line, folded: at most 75 octets per line, each continuation line starting with one space, never
/// splitting a UTF-8 character, every line ended by CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len().saturating_add(8));
    // The first line holds 75 octets; a continuation line holds the space and 74 more.
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0_usize;
    for c in line.chars() {
        let width = c.len_utf8();
        if used.saturating_add(width) > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS.saturating_sub(1);
            used = 0;
        }
        out.push(c);
        used = used.saturating_add(width);
    }
    out.push_str("\r\n");
    out
}

/// A day as a `DATE` value, `YYYYMMDD` (`None` outside 1970–9999).
pub fn date_value(day: Day) -> Option<String> {
    date_of(day).map(|(y, m, d)| format!("{y:04}{m:02}{d:02}"))
}

/// A moment in UTC, seconds since 1970-01-01T00:00:00Z, as a `DATE-TIME` value, `YYYYMMDDTHHMMSSZ`.
pub fn timestamp(seconds: i64) -> Option<String> {
    let day = seconds.checked_div_euclid(86_400)?;
    let second_of_day = seconds.checked_rem_euclid(86_400)?;
    let (h, rest) = (second_of_day.checked_div(3600)?, second_of_day.checked_rem(3600)?);
    let (m, s) = (rest.checked_div(60)?, rest.checked_rem(60)?);
    Some(format!("{}T{h:02}{m:02}{s:02}Z", date_value(day)?))
}

/// A reminder `days_before` the event's day (at its start, midnight where the calendar is), with its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alarm {
    pub days_before: u32,
    pub description: String,
}

impl Alarm {
    /// The `TRIGGER` value: `-P7D`, or `PT0S` on the day itself.
    pub fn trigger(&self) -> String {
        if self.days_before == 0 {
            "PT0S".into()
        } else {
            format!("-P{}D", self.days_before)
        }
    }
}

/// An all-day event on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports, so that importing again updates the event instead of adding a copy.
    pub uid: String,
    pub day: Day,
    pub summary: String,
    pub description: String,
    pub url: Option<String>,
    pub alarm: Option<Alarm>,
}

/// A calendar to publish: its events and when it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// `PRODID`: who made the file.
    pub prodid: String,
    /// The calendar's name (`X-WR-CALNAME`, which Google and Apple show).
    pub name: String,
    /// When the file is made (each event's `DTSTAMP`), in UTC seconds since 1970.
    pub stamp: i64,
    pub events: Vec<Event>,
}

impl Calendar {
    /// The `.ics` text, or `None` for a stamp or a day outside 1970–9999.
    pub fn write(&self) -> Option<String> {
        let stamp = timestamp(self.stamp)?;
        let mut out = String::new();
        let mut line = |name: &str, value: &str| out.push_str(&fold(&format!("{name}:{value}")));
        line("BEGIN", "VCALENDAR");
        line("VERSION", "2.0");
        line("PRODID", &plain(&self.prodid));
        line("CALSCALE", "GREGORIAN");
        line("METHOD", "PUBLISH");
        line("X-WR-CALNAME", &escape(&self.name));
        for event in &self.events {
            let end = event.day.checked_add(1)?;
            line("BEGIN", "VEVENT");
            line("UID", &escape(&event.uid));
            line("DTSTAMP", &stamp);
            line("DTSTART;VALUE=DATE", &date_value(event.day)?);
            line("DTEND;VALUE=DATE", &date_value(end)?);
            line("SUMMARY", &escape(&event.summary));
            line("DESCRIPTION", &escape(&event.description));
            if let Some(url) = &event.url {
                line("URL", &plain(url));
            }
            line("TRANSP", "TRANSPARENT");
            if let Some(alarm) = &event.alarm {
                line("BEGIN", "VALARM");
                line("ACTION", "DISPLAY");
                line("DESCRIPTION", &escape(&alarm.description));
                line("TRIGGER", &alarm.trigger());
                line("END", "VALARM");
            }
            line("END", "VEVENT");
        }
        line("END", "VCALENDAR");
        Some(out)
    }
}

/// A UID part made of letters, digits, `-`, `_` and `.` only (anything else as `%XX` per octet), so that it reads
/// the same in every calendar and two different keys never give the same part.
pub fn uid_part(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.') {
            out.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use crate::wallet::parse_date;

    #[test]
    fn each_special_character_is_escaped() {
        assert_eq!(escape(r"a\b"), r"a\\b");
        assert_eq!(escape("a;b"), r"a\;b");
        assert_eq!(escape("a,b"), r"a\,b");
        assert_eq!(escape("a\nb"), r"a\nb");
        assert_eq!(escape("a\r\nb"), r"a\nb");
        assert_eq!(escape("a\rb"), r"a\nb");
        assert_eq!(escape("a:b \"c\""), "a:b \"c\"", "colons and quotes stay as they are in TEXT");
        assert_eq!(escape("a\u{7}b\tc"), "ab c", "no control characters");
        assert_eq!(escape("Rp 50.000 — 31 Dez"), "Rp 50.000 — 31 Dez");
    }

    #[test]
    fn a_short_line_is_not_folded_and_ends_with_crlf() {
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
        assert_eq!(fold(""), "\r\n");
    }

    #[test]
    fn lines_fold_exactly_at_75_octets() {
        let exactly = "X".repeat(75);
        assert_eq!(fold(&exactly), format!("{exactly}\r\n"));
        let one_more = "X".repeat(76);
        assert_eq!(fold(&one_more), format!("{}\r\n X\r\n", "X".repeat(75)));
        // A continuation line holds the space and 74 octets.
        let long = "Y".repeat(75 + 74 + 1);
        assert_eq!(fold(&long), format!("{}\r\n {}\r\n Y\r\n", "Y".repeat(75), "Y".repeat(74)));
        for line in fold(&"Z".repeat(1000)).split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }

    #[test]
    fn a_multi_byte_character_at_the_fold_is_never_split() {
        // 74 octets, then "€" (3 octets) would end at octet 77: it moves whole to the next line.
        let line = format!("{}€€", "a".repeat(74));
        let folded = fold(&line);
        assert_eq!(folded, format!("{}\r\n €€\r\n", "a".repeat(74)));
        // 73 + 2 octets ("é") ends exactly at 75: it stays.
        assert_eq!(fold(&format!("{}éb", "a".repeat(73))), format!("{}é\r\n b\r\n", "a".repeat(73)));
        // Unfolding gives the line back.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    #[test]
    fn dates_and_stamps() {
        assert_eq!(date_value(parse_date("2026-12-31").unwrap()).as_deref(), Some("20261231"));
        assert_eq!(date_value(-1), None);
        assert_eq!(timestamp(0).as_deref(), Some("19700101T000000Z"));
        assert_eq!(timestamp(1_795_591_805).as_deref(), Some("20261125T073005Z"));
        assert_eq!(timestamp(20_782 * 86_400 + 37_805).as_deref(), Some("20261125T103005Z"));
        assert_eq!(timestamp(-1), None, "before 1970");
    }

    #[test]
    fn the_alarm_trigger() {
        let alarm = |days_before| Alarm { days_before, description: String::new() }.trigger();
        assert_eq!(alarm(7), "-P7D");
        assert_eq!(alarm(3), "-P3D");
        assert_eq!(alarm(0), "PT0S");
    }

    #[test]
    fn uid_parts_are_safe_and_distinct() {
        assert_eq!(uid_part("scenario-42_v1.2"), "scenario-42_v1.2");
        assert_eq!(uid_part("a b@c"), "a%20b%40c");
        assert_eq!(uid_part("é"), "%C3%A9");
        assert_ne!(uid_part("a%20b"), uid_part("a b"));
    }

    fn sample() -> Calendar {
        Calendar {
            prodid: "-//Ad Credit Calculator//EN".into(),
            name: "Ad credits".into(),
            stamp: 20_782 * 86_400,
            events: vec![Event {
                uid: "k-1@adcredit".into(),
                day: parse_date("2026-12-31").unwrap(),
                summary: "Last day for $150.00, TikTok".into(),
                description: "Line one;\nline two".into(),
                url: Some("https://example.com/#s=1&a=2".into()),
                alarm: Some(Alarm { days_before: 7, description: "Reminder".into() }),
            }],
        }
    }

    #[test]
    fn a_calendar_line_by_line() {
        let text = sample().write().unwrap();
        assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF everywhere, no bare LF");
        let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Ad Credit Calculator//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Ad credits",
                "BEGIN:VEVENT",
                "UID:k-1@adcredit",
                "DTSTAMP:20261125T000000Z",
                "DTSTART;VALUE=DATE:20261231",
                "DTEND;VALUE=DATE:20270101",
                r"SUMMARY:Last day for $150.00\, TikTok",
                r"DESCRIPTION:Line one\;\nline two",
                "URL:https://example.com/#s=1&a=2",
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Reminder",
                "TRIGGER:-P7D",
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
        );
    }

    #[test]
    fn a_day_outside_the_calendar_writes_nothing() {
        let mut bad = sample();
        bad.events[0].day = -5;
        assert_eq!(bad.write(), None);
        assert_eq!(Calendar { stamp: -1, ..sample() }.write(), None);
    }
}
