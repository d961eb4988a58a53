//! A small RFC 4180 reader for CSV and TSV (pasted tables): records of text cells, pushed one at a time.
//!
//! Hand-written rather than the `csv` crate: the import ships in a lazily loaded wasm chunk and needs only this —
//! one delimiter (comma, tab or semicolon, guessed from the first line), quotes where a cell needs them (`""` inside
//! a quoted cell is one `"`), LF or CRLF (a CR alone also ends a record). No type inference, no serde. A stray quote
//! in the middle of an unquoted cell is kept as text, as spreadsheets do; an unterminated quote runs to the end of
//! the file (the cell then holds the rest), which the header or number checks report.

use std::ops::ControlFlow;

/// The cell separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Tab,
    Semicolon,
}

impl Delimiter {
    const fn char(self) -> char {
        match self {
            Delimiter::Comma => ',',
            Delimiter::Tab => '\t',
            Delimiter::Semicolon => ';',
        }
    }

    /// The separator of `text`: whichever of tab, comma and semicolon occurs most often, outside quotes, on its
    /// first non-empty line (a tie goes to the comma, then the tab).
    pub fn guess(text: &str) -> Delimiter {
        let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let (mut tabs, mut commas, mut semicolons, mut quoted) = (0_usize, 0_usize, 0_usize, false);
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                '\t' if !quoted => tabs = tabs.saturating_add(1),
                ',' if !quoted => commas = commas.saturating_add(1),
                ';' if !quoted => semicolons = semicolons.saturating_add(1),
                _ => {}
            }
        }
        if tabs > commas && tabs >= semicolons {
            Delimiter::Tab
        } else if semicolons > commas && semicolons > tabs {
            Delimiter::Semicolon
        } else {
            Delimiter::Comma
        }
    }
}

/// Reads `text` record by record, handing each to `sink` (which may stop the reading early).
pub fn read(text: &str, delimiter: Delimiter, mut sink: impl FnMut(Vec<String>) -> ControlFlow<()>) {
    let separator = delimiter.char();
    let mut record: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    // Whether the cell began with a quote and we are inside it.
    let mut quoted = false;
    // Whether anything (a character or a separator) was read since the last record ended.
    let mut started = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => {
                quoted = true;
                started = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                if started {
                    record.push(std::mem::take(&mut cell));
                    if sink(std::mem::take(&mut record)).is_break() {
                        return;
                    }
                } else {
                    // An empty line: an empty record, which the import skips.
                    if sink(Vec::new()).is_break() {
                        return;
                    }
                }
                started = false;
            }
            c if c == separator => {
                record.push(std::mem::take(&mut cell));
                started = true;
            }
            c => {
                cell.push(c);
                started = true;
            }
        }
    }
    if started {
        record.push(cell);
        let _ = sink(record);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        read(text, Delimiter::guess(text), |r| {
            out.push(r);
            ControlFlow::Continue(())
        });
        out
    }

    #[test]
    fn rfc_4180() {
        assert_eq!(records("a,b\r\n1,\"x, \"\"y\"\"\"\n"), [vec!["a", "b"], vec!["1", "x, \"y\""]]);
        assert_eq!(records("a,\"multi\nline\"\n"), [vec!["a", "multi\nline"]]);
        assert_eq!(records("a\tb\n1\t2"), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(records("a;b\n1;2"), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(records("a,b\n\n1,"), [vec!["a", "b"], vec![], vec!["1", ""]]);
        assert_eq!(records("a,b\"c\n"), [vec!["a", "b\"c"]]);
        assert_eq!(records("\"open"), [vec!["open"]]);
    }
}
