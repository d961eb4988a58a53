//! XLSX: the zip-bomb guard, then the first worksheet's cells through `calamine`, pushed row by row.
//!
//! The guard runs before calamine sees the bytes. With the `zip` reader calamine itself uses it reads the central
//! directory (a truncated file has none: "damaged"), refuses encrypted entries, refuses when the entries' declared
//! uncompressed sizes add up to more than [`MAX_UNPACKED`] or an entry declares a ratio above [`MAX_RATIO`], and then
//! inflates every entry into a counter, stopping as soon as the bytes actually inflated pass the cap (declared sizes
//! can lie). So at most [`MAX_UNPACKED`] bytes are ever inflated, twice at worst (once here, once by calamine).
//!
//! Cells are read with calamine's streaming cell reader, never as a `Range`: a range is sized from the sheet's
//! dimension or its corner cells, which a hostile file can set to a million rows by 16,384 columns; and TikTok's
//! `<dimension ref="A1">` is wrong anyway. Every cell is read. Numbers arrive as `f64`: each becomes the shortest
//! decimal text that reads back as the same float (`format!("{f}")`, Rust's round-trip `Display`), which is the
//! decimal the spreadsheet shows (`0.0188`, `1926200`), then is parsed as a `Decimal` like any CSV cell.

use std::io::{self, Cursor, Read};
use std::ops::ControlFlow;

use calamine::{DataRef, Reader, Xlsx};

use super::ImportError;
use crate::wallet::format_date;

/// The most bytes the entries of an XLSX may unpack to (declared, and actually inflated).
pub const MAX_UNPACKED: u64 = 50 * 1024 * 1024;
/// The highest declared compression ratio accepted for an entry larger than 1 MB (deflate's own limit is ~1,032).
pub const MAX_RATIO: u64 = 1_100;
/// The most entries a workbook may have.
const MAX_ENTRIES: usize = 10_000;
/// The most columns a row keeps (Excel's own limit is 16,384).
const MAX_COLUMNS: u32 = 16_384;

/// Checks the zip structure and what it unpacks to (see the module notes).
pub fn guard(bytes: &[u8]) -> Result<(), ImportError> {
    let damaged = |e: zip::result::ZipError| ImportError::Damaged { detail: e.to_string() };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    if archive.len() > MAX_ENTRIES {
        return Err(ImportError::Damaged { detail: format!("{} entries", archive.len()) });
    }
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(damaged)?;
        if entry.encrypted() {
            return Err(ImportError::Encrypted);
        }
        declared = declared.saturating_add(entry.size());
        let ratio = entry.size().checked_div(entry.compressed_size().max(1)).unwrap_or(u64::MAX);
        if declared > MAX_UNPACKED || (entry.size() > 1024 * 1024 && ratio > MAX_RATIO) {
            return Err(ImportError::ZipBomb { unpacked: declared.max(entry.size()) });
        }
    }
    let mut inflated: u64 = 0;
    for i in 0..archive.len() {
        let entry = match archive.by_index(i) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::UnsupportedArchive(detail)) if detail.contains("assword") => {
                return Err(ImportError::Encrypted)
            }
            Err(e) => return Err(damaged(e)),
        };
        let room = MAX_UNPACKED.saturating_sub(inflated).saturating_add(1);
        let read = io::copy(&mut entry.take(room), &mut io::sink())
            .map_err(|e| ImportError::Damaged { detail: e.to_string() })?;
        inflated = inflated.saturating_add(read);
        if inflated > MAX_UNPACKED {
            return Err(ImportError::ZipBomb { unpacked: inflated });
        }
    }
    Ok(())
}

/// Reads the first worksheet of a workbook, row by row, as text cells (see the module notes), after [`guard`].
pub fn read(bytes: &[u8], mut sink: impl FnMut(Vec<String>) -> ControlFlow<()>) -> Result<(), ImportError> {
    guard(bytes)?;
    let damaged = |e: calamine::XlsxError| ImportError::Damaged { detail: e.to_string() };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let Some(sheet) = workbook.sheet_names().into_iter().next() else { return Err(ImportError::NoSheet) };
    let mut cells = workbook.worksheet_cells_reader(&sheet).map_err(damaged)?;
    // The row being gathered: its index in the sheet and its cells so far.
    let mut current: Option<(u32, Vec<String>)> = None;
    while let Some(cell) = cells.next_cell().map_err(damaged)? {
        let (row, column) = cell.get_position();
        if column >= MAX_COLUMNS {
            continue;
        }
        let text = text(cell.get_value());
        match &mut current {
            Some((r, record)) if *r == row => put(record, column, text),
            _ => {
                // A new row: hand over the one gathered, then blank records for any rows skipped in between (so
                // row numbers stay the sheet's).
                let previous = current.take();
                let mut next_number = 0_u32;
                if let Some((r, record)) = previous {
                    if sink(record).is_break() {
                        return Ok(());
                    }
                    next_number = r.saturating_add(1);
                }
                let gap = row.saturating_sub(next_number).min(1_000);
                for _ in 0..gap {
                    if sink(Vec::new()).is_break() {
                        return Ok(());
                    }
                }
                let mut record = Vec::new();
                put(&mut record, column, text);
                current = Some((row, record));
            }
        }
    }
    if let Some((_, record)) = current {
        let _ = sink(record);
    }
    Ok(())
}

fn put(record: &mut Vec<String>, column: u32, text: String) {
    let Ok(column) = usize::try_from(column) else { return };
    if column >= record.len() {
        record.resize(column.saturating_add(1), String::new());
    }
    if let Some(slot) = record.get_mut(column) {
        *slot = text;
    }
}

/// A cell's value as the text a CSV export would hold.
fn text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        // The shortest decimal that reads back as the same f64 (Rust's `Display` for floats never uses exponents).
        DataRef::Float(f) => format!("{f}"),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(d) => {
            // Excel's serial day (the 1900 system; 25,569 is 1970-01-01).
            let serial = d.as_f64();
            if serial.is_finite() && (25_569.0..=2_958_465.0).contains(&serial) {
                #[allow(clippy::cast_possible_truncation)]
                let days = (serial.floor() as i64).saturating_sub(25_569);
                format_date(days)
            } else {
                format!("{serial}")
            }
        }
        DataRef::Error(e) => format!("#{e}"),
        DataRef::Empty => String::new(),
    }
}
