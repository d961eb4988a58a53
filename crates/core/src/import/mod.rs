//! Import of TikTok Ads Manager reports: CSV and XLSX exports and pasted tables, every campaign a scenario, checked
//! against TikTok's own rounded figures.
//!
//! The entry points: [`read`] (a file's bytes and name), [`read_pasted`] (text pasted from Ads Manager or a
//! spreadsheet), and [`read_with_mapping`] (the same, with the columns the user picked when a needed one was not
//! recognised). They give an [`Outcome`]: an [`Import`] (rows, the total row, what was skipped and why), or
//! [`Unmapped`] (the headers with their first values, for the column picker, and a key to remember the choice
//! under). An [`Import`] is then grouped ([`Import::groups`], one [`group::Group`] per campaign by default, each
//! with its [`crate::Draft`]) and checked ([`Import::check`]). Every sentence is a typed case with its words here:
//! [`ImportError`], [`Said`], [`check::Said`].
//!
//! Module by module: [`csv`] reads CSV and TSV text, [`xlsx`] reads XLSX after the zip-bomb guard, [`columns`]
//! recognises the headers, [`group`] sums rows into scenarios, [`check`] compares with TikTok's figures.

pub mod check;
pub mod columns;
pub mod csv;
pub mod group;
pub mod xlsx;

use std::fmt;
use std::ops::ControlFlow;

use rust_decimal::Decimal;

use crate::report::{Format, Note, Plain, Tone};
use crate::wallet::{day_of, Day};
use crate::Currency;

pub use check::Check;
pub use columns::{headers_key, Mapping, Meaning};
pub use group::{By, Group};

/// Files above this size are refused before they are read.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most data rows an import keeps (a bound on memory: far above TikTok's own export limits).
pub const MAX_ROWS: usize = 200_000;
/// How many skipped rows are listed one by one (the rest are counted).
pub const MAX_LISTED: usize = 50;
/// How many rows are searched for the header row.
const HEADER_SEARCH: usize = 10;

/// Where the rows came from; it decides the units of TikTok's CTR (percent in text, a fraction in XLSX).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Csv,
    Tsv,
    Xlsx,
}

/// Why a file could not be imported. `Display` gives the words (the shell shows them as an error note).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing in the file (or only blank lines).
    Empty,
    /// Over [`MAX_FILE_BYTES`]; `bytes` is its size.
    TooLarge { bytes: usize },
    /// A PDF (whatever its name says).
    Pdf,
    /// Binary data that is neither XLSX nor text.
    NotText,
    /// An Excel 97–2003 `.xls` workbook (compound file), which the import does not read.
    LegacyExcel,
    /// A password-protected workbook (Excel encrypts the whole file) or an encrypted zip entry.
    Encrypted,
    /// The XLSX's zip structure is cut short or damaged; `detail` says what the reader found.
    Damaged { detail: String },
    /// The XLSX unpacks to more than [`xlsx::MAX_UNPACKED`] (declared or actually inflated) or at an absurd ratio.
    ZipBomb { unpacked: u64 },
    /// The XLSX has no worksheet.
    NoSheet,
    /// No header row of an Ads Manager report in the first rows.
    NotAReport,
    /// A header row, but not one row under it.
    NoRows,
    /// More than [`MAX_ROWS`] rows.
    TooManyRows,
    /// A currency cell that is not one the calculator offers.
    UnknownCurrency { row: usize, column: String, text: String },
    /// A manual mapping names a column the header row does not have.
    MappingOutOfRange { meaning: Meaning },
    /// A manual mapping leaves a needed meaning without a column.
    MappingIncomplete { missing: Vec<Meaning> },
}

impl ImportError {
    /// A stable key (`data-note`, tests).
    pub const fn key(&self) -> &'static str {
        match self {
            ImportError::Empty => "empty",
            ImportError::TooLarge { .. } => "too-large",
            ImportError::Pdf => "pdf",
            ImportError::NotText => "not-text",
            ImportError::LegacyExcel => "xls",
            ImportError::Encrypted => "encrypted",
            ImportError::Damaged { .. } => "damaged",
            ImportError::ZipBomb { .. } => "zip-bomb",
            ImportError::NoSheet => "no-sheet",
            ImportError::NotAReport => "not-a-report",
            ImportError::NoRows => "no-rows",
            ImportError::TooManyRows => "too-many-rows",
            ImportError::UnknownCurrency { .. } => "unknown-currency",
            ImportError::MappingOutOfRange { .. } => "mapping-out-of-range",
            ImportError::MappingIncomplete { .. } => "mapping-incomplete",
        }
    }

    /// The error as a note (tone error), worded through `format`.
    pub fn note(&self, format: &impl Format) -> Note {
        Note::new(Tone::Error, self.key(), self.words(format))
    }

    /// The words, with numbers written by `format`.
    pub fn words(&self, format: &impl Format) -> String {
        let mb = |bytes: u64| {
            let tenths = bytes.saturating_mul(10).checked_div(1024 * 1024).unwrap_or(0);
            format.number(Decimal::new(i64::try_from(tenths).unwrap_or(i64::MAX), 1))
        };
        match self {
            ImportError::Empty => "The file is empty: there is nothing to import.".into(),
            ImportError::TooLarge { bytes } => format!(
                "The file is {} MB; the import reads files up to 20 MB. Export a shorter period or fewer columns.",
                mb(u64::try_from(*bytes).unwrap_or(u64::MAX))
            ),
            ImportError::Pdf => "This is a PDF, not a spreadsheet: export the report from TikTok Ads Manager as CSV or XLSX.".into(),
            ImportError::NotText => "This file is neither text nor an XLSX workbook: export the report from TikTok Ads Manager as CSV or XLSX.".into(),
            ImportError::LegacyExcel => "This is an Excel 97–2003 (.xls) workbook: save it as .xlsx or .csv and import that.".into(),
            ImportError::Encrypted => "The workbook is password-protected: open it, remove the password, save it and import it again.".into(),
            ImportError::Damaged { detail } => format!(
                "The XLSX file is damaged or cut short ({detail}): download it again from TikTok Ads Manager."
            ),
            ImportError::ZipBomb { unpacked } => format!(
                "The XLSX file unpacks to more than {} MB ({} MB or more), far more than a report: it is not read.",
                mb(xlsx::MAX_UNPACKED),
                mb(*unpacked)
            ),
            ImportError::NoSheet => "The XLSX file has no worksheet.".into(),
            ImportError::NotAReport => "No TikTok Ads Manager header row was found: none of the first rows names Cost, Impressions, Clicks or Conversions.".into(),
            ImportError::NoRows => "The report has a header row but no rows under it.".into(),
            ImportError::TooManyRows => format!(
                "The report has more than {} rows: export it by campaign or for a shorter period.",
                format.number(Decimal::from(MAX_ROWS))
            ),
            ImportError::UnknownCurrency { row, column, text } => format!(
                "Row {}, {column}: “{text}” is not a currency this calculator offers ({}).",
                format.number(Decimal::from(*row)),
                Currency::ALL.map(Currency::code).join(", ")
            ),
            ImportError::MappingOutOfRange { meaning } => {
                format!("The column chosen for {} is not in this file: choose it again.", meaning.label())
            }
            ImportError::MappingIncomplete { missing } => format!(
                "Choose a column for {}.",
                missing.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ")
            ),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(&Plain))
    }
}

impl std::error::Error for ImportError {}

/// What reading gave: rows to group, or a header row whose needed columns must be picked by hand.
// Made once per import and moved to the shell: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Imported(Import),
    Unmapped(Unmapped),
}

/// The header row, for the column picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmapped {
    /// Each column: its header and its value in the first row under the header ("" when none).
    pub columns: Vec<Column>,
    /// What was recognised (the picker starts from it).
    pub mapping: Mapping,
    /// The needed meanings without a column.
    pub missing: Vec<Meaning>,
    /// [`headers_key`] of the header row: remember the user's mapping under it.
    pub key: String,
}

impl Unmapped {
    /// The line above the picker.
    pub fn note(&self) -> Note {
        Note::new(
            Tone::Warning,
            "unmapped",
            format!(
                "Which column is {}? This file's headers are not ones we recognise: choose below.",
                self.missing.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ")
            ),
        )
    }
}

/// One column of the header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub index: usize,
    pub header: String,
    pub first_value: String,
}

/// The names of a row (each `None` when the file has no such column or the cell is empty or `-`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    pub campaign: Option<String>,
    pub ad_group: Option<String>,
    pub ad: Option<String>,
}

/// TikTok's own rounded figures in a row, as the file writes them (CTR in percent units: an XLSX fraction is
/// multiplied by 100 on reading).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TikTok {
    pub cpc: Option<Decimal>,
    pub cpm: Option<Decimal>,
    pub ctr: Option<Decimal>,
    pub cpa: Option<Decimal>,
}

/// One data row of the report, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its number in the file, counting the header row and every row above it from 1 (as a spreadsheet numbers it).
    pub number: usize,
    pub names: Names,
    pub date: Option<Day>,
    pub currency: Currency,
    pub cost: Decimal,
    pub net_cost: Option<Decimal>,
    pub impressions: Decimal,
    pub clicks: Decimal,
    pub conversions: Decimal,
    pub revenue: Option<Decimal>,
    pub tiktok: TikTok,
    /// The needed counts TikTok masked as `<5` in this row (counted as 0).
    pub masked: Vec<Meaning>,
}

/// The report's total row (`Total of N results`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Total {
    pub number: usize,
    /// The N of "Total of N results".
    pub stated_rows: Option<u64>,
    pub cost: Option<Decimal>,
    pub net_cost: Option<Decimal>,
    pub impressions: Option<Decimal>,
    pub clicks: Option<Decimal>,
    pub conversions: Option<Decimal>,
    pub revenue: Option<Decimal>,
    pub tiktok: TikTok,
}

/// Why a row was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// Text where a number belongs.
    NotANumber,
    /// A count (impressions, clicks, conversions) with a fraction.
    NotWhole,
    /// A negative amount or count.
    Negative,
}

/// A row that was not imported, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub row: usize,
    pub column: String,
    /// The cell's text (at most 40 characters).
    pub text: String,
    pub why: Why,
}

/// A read report: its rows, its total row, and what the reading had to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub source: Source,
    pub headers: Vec<String>,
    /// [`headers_key`] of the header row.
    pub key: String,
    pub mapping: Mapping,
    pub rows: Vec<Row>,
    pub total: Option<Total>,
    /// The first [`MAX_LISTED`] skipped rows.
    pub skipped: Vec<Skipped>,
    /// How many rows were skipped in all.
    pub skipped_count: usize,
    /// Some when the file has no Currency column: the calculator's currency, which the amounts are taken in.
    pub assumed_currency: Option<Currency>,
    /// The text was not all UTF-8 (some characters show as �).
    pub lossy_text: bool,
    /// The `YYYYMMDD-YYYYMMDD` range in the file's name, if any.
    pub file_range: Option<(Day, Day)>,
}

/// What the preview says about an import (besides the groups and the check). `words` gives the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// "312 rows in USD, Apr 1–18, 2026, by campaign and day."
    Found { rows: usize, currencies: Vec<Currency>, range: Option<(Day, Day)>, level: Level, by_day: bool },
    /// Rows skipped, each with where and why (the first few), and how many in all.
    Skipped { listed: Vec<Skipped>, count: usize },
    /// Counts TikTok masked as `<5`.
    Masked { cells: usize, rows: usize },
    /// Several currencies: each imported on its own.
    Currencies(Vec<Currency>),
    /// No Currency column: the calculator's currency is assumed.
    AssumedCurrency(Currency),
    /// Some bytes were not UTF-8.
    LossyText,
    /// No Net cost column: Ad credits stay empty.
    NoNetCost,
    /// The headers were not recognised, and the columns picked by hand for the same headers before were used.
    Remembered,
}

/// The finest level a report's rows are at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Report,
    Campaign,
    AdGroup,
    Ad,
}

impl Level {
    pub const fn words(self) -> &'static str {
        match self {
            Level::Report => "for the whole report",
            Level::Campaign => "by campaign",
            Level::AdGroup => "by ad group",
            Level::Ad => "by ad",
        }
    }
}

impl Said {
    pub const fn key(&self) -> &'static str {
        match self {
            Said::Found { .. } => "found",
            Said::Skipped { .. } => "skipped",
            Said::Masked { .. } => "masked",
            Said::Currencies(_) => "currencies",
            Said::AssumedCurrency(_) => "assumed-currency",
            Said::LossyText => "lossy-text",
            Said::NoNetCost => "no-net-cost",
            Said::Remembered => "remembered-columns",
        }
    }

    pub const fn tone(&self) -> Tone {
        match self {
            Said::Found { .. } | Said::NoNetCost | Said::Remembered => Tone::Plain,
            Said::Skipped { .. } | Said::AssumedCurrency(_) | Said::LossyText => Tone::Warning,
            Said::Masked { .. } | Said::Currencies(_) => Tone::Plain,
        }
    }

    pub fn words(&self, format: &impl Format) -> String {
        let n = |n: usize| format.number(Decimal::from(n));
        match self {
            Said::Found { rows, currencies, range, level, by_day } => {
                let plural = if *rows == 1 { "row" } else { "rows" };
                let codes = currencies.iter().map(|c| c.code()).collect::<Vec<_>>().join(" and ");
                let range = range.map(|(a, b)| format!(", {}", group::date_range(a, b))).unwrap_or_default();
                let day = if *by_day { ", day by day" } else { "" };
                format!("{} {plural} in {codes}{range}, {}{day}.", n(*rows), level.words())
            }
            Said::Skipped { listed, count } => {
                let each: Vec<String> = listed.iter().map(|s| skipped_words(s, format)).collect();
                let more = count.saturating_sub(listed.len());
                let tail = if more > 0 { format!(" And {} more.", n(more)) } else { String::new() };
                let plural = if *count == 1 { "row was" } else { "rows were" };
                format!("{} {plural} skipped, the rest imported: {}{tail}", n(*count), each.join(" "))
            }
            Said::Masked { cells, rows } => format!(
                "TikTok masks small counts as “<5”: {} {} in {} {} counted as 0, so the sums may be a few short and \
                 those rows' ratios are not checked.",
                n(*cells),
                if *cells == 1 { "count" } else { "counts" },
                n(*rows),
                if *rows == 1 { "row is" } else { "rows are" },
            ),
            Said::Currencies(list) => format!(
                "The report mixes {} currencies ({}): each currency is imported separately, never added together.",
                n(list.len()),
                list.iter().map(|c| c.code()).collect::<Vec<_>>().join(", ")
            ),
            Said::AssumedCurrency(c) => {
                format!(
                    "The file has no Currency column: the amounts are taken as {}, the calculator's currency.",
                    c.code()
                )
            }
            Said::LossyText => {
                "Some characters in the file are not UTF-8 and show as “�”; the numbers are unaffected.".into()
            }
            Said::NoNetCost => {
                "The file has no Net cost column, so Ad credits stay empty: the metrics are on the whole spend.".into()
            }
            Said::Remembered => "The columns are the ones you chose for a file with these headers before.".into(),
        }
    }

    pub fn note(&self, format: &impl Format) -> Note {
        Note::new(self.tone(), self.key(), self.words(format))
    }
}

fn skipped_words(s: &Skipped, format: &impl Format) -> String {
    let what = match s.why {
        Why::NotANumber => "is not a number",
        Why::NotWhole => "is not a whole number",
        Why::Negative => "is negative",
    };
    format!("row {}, {}: “{}” {what}.", format.number(Decimal::from(s.row)), s.column, s.text)
}

impl Import {
    /// The currencies of the rows, in order of first appearance.
    pub fn currencies(&self) -> Vec<Currency> {
        let mut out: Vec<Currency> = Vec::new();
        for row in &self.rows {
            if !out.contains(&row.currency) {
                out.push(row.currency);
            }
        }
        out
    }

    /// The finest level of the rows.
    pub fn level(&self) -> Level {
        let has = |m| self.mapping.get(m).is_some();
        if has(Meaning::Ad) {
            Level::Ad
        } else if has(Meaning::AdGroup) {
            Level::AdGroup
        } else if has(Meaning::Campaign) {
            Level::Campaign
        } else {
            Level::Report
        }
    }

    /// The first and last day of the rows' dates, else of the file name's range.
    pub fn range(&self) -> Option<(Day, Day)> {
        group::range_of(self.rows.iter()).or(self.file_range)
    }

    /// Everything the preview says about the reading, in order.
    pub fn said(&self) -> Vec<Said> {
        let mut out = vec![Said::Found {
            rows: self.rows.len(),
            currencies: self.currencies(),
            range: self.range(),
            level: self.level(),
            by_day: self.mapping.get(Meaning::Date).is_some(),
        }];
        if self.skipped_count > 0 {
            out.push(Said::Skipped { listed: self.skipped.clone(), count: self.skipped_count });
        }
        let masked_rows = self.rows.iter().filter(|r| !r.masked.is_empty()).count();
        if masked_rows > 0 {
            let cells = self.rows.iter().map(|r| r.masked.len()).fold(0_usize, usize::saturating_add);
            out.push(Said::Masked { cells, rows: masked_rows });
        }
        let currencies = self.currencies();
        if currencies.len() > 1 {
            out.push(Said::Currencies(currencies));
        }
        if let Some(c) = self.assumed_currency {
            out.push(Said::AssumedCurrency(c));
        }
        if self.lossy_text {
            out.push(Said::LossyText);
        }
        if self.mapping.get(Meaning::NetCost).is_none() {
            out.push(Said::NoNetCost);
        }
        out
    }

    /// The rows summed into groups (see [`group`]).
    pub fn groups(&self, by: By) -> Vec<Group> {
        group::groups(self, by)
    }

    /// TikTok's figures against the exact ones (see [`check`]).
    pub fn check(&self) -> Check {
        check::check(self)
    }
}

/// Reads a file: CSV, TSV or XLSX (told by its bytes, and for text by its name: `.tsv` is tab-separated, else the
/// separator is guessed). `file_name` also gives the date range (`…_20260401-20260418.csv`); `currency` is taken
/// for the amounts when the file has no Currency column.
pub fn read(bytes: &[u8], file_name: &str, currency: Currency) -> Result<Outcome, ImportError> {
    run(bytes, file_name, currency, None)
}

/// Reads text pasted from Ads Manager or a spreadsheet (tab-separated with a header row; commas work too).
pub fn read_pasted(text: &str, currency: Currency) -> Result<Outcome, ImportError> {
    run(text.as_bytes(), "", currency, None)
}

/// Reads a file with the columns chosen by hand (after an [`Unmapped`] outcome); recognised columns the mapping
/// leaves out are not used.
pub fn read_with_mapping(
    bytes: &[u8],
    file_name: &str,
    currency: Currency,
    mapping: &Mapping,
) -> Result<Import, ImportError> {
    match run(bytes, file_name, currency, Some(mapping))? {
        Outcome::Imported(import) => Ok(import),
        // Never reached: with a mapping the builder does not stop at the header.
        Outcome::Unmapped(u) => Err(ImportError::MappingIncomplete { missing: u.missing }),
    }
}

fn run(bytes: &[u8], file_name: &str, currency: Currency, manual: Option<&Mapping>) -> Result<Outcome, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let lower = file_name.to_lowercase();
    let mut builder = Builder::new(currency, manual, file_range(file_name));
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        builder.source = Source::Xlsx;
        xlsx::read(bytes, |record| builder.push(record))?;
    } else if bytes.starts_with(b"%PDF") {
        return Err(ImportError::Pdf);
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(if lower.ends_with(".xlsx") { ImportError::Encrypted } else { ImportError::LegacyExcel });
    } else if lower.ends_with(".xlsx") && !bytes.is_empty() {
        return Err(ImportError::Damaged { detail: "it does not begin as a zip archive".into() });
    } else {
        let (text, lossy) = decode(bytes)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        let delimiter = if lower.ends_with(".tsv") { csv::Delimiter::Tab } else { csv::Delimiter::guess(text) };
        builder.source = if delimiter == csv::Delimiter::Tab { Source::Tsv } else { Source::Csv };
        builder.lossy = lossy;
        csv::read(text, delimiter, |record| builder.push(record));
    }
    builder.finish()
}

/// The text of a file: UTF-8 (lossy, said so), or UTF-16 with its byte-order mark (Excel's "Unicode text").
fn decode(bytes: &[u8]) -> Result<(String, bool), ImportError> {
    let utf16 = |be: bool| {
        let units = bytes.get(2..).unwrap_or_default().chunks_exact(2).map(|p| match p {
            [a, b] if be => u16::from_be_bytes([*a, *b]),
            [a, b] => u16::from_le_bytes([*a, *b]),
            _ => 0xFFFD,
        });
        let text: String = char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
        let lossy = text.contains('\u{FFFD}');
        (text, lossy)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok(utf16(false));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(utf16(true));
    }
    // A NUL byte never occurs in a text report: this is some binary file.
    if bytes.iter().take(64 * 1024).any(|&b| b == 0) {
        return Err(ImportError::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), false)),
        Err(_) => Ok((String::from_utf8_lossy(bytes).into_owned(), true)),
    }
}

/// The `YYYYMMDD-YYYYMMDD` range in a file name (the custom reports' names), if it reads as two days in order.
pub fn file_range(file_name: &str) -> Option<(Day, Day)> {
    let bytes = file_name.as_bytes();
    bytes.windows(17).find_map(|w| {
        let (a, rest) = w.split_at(8);
        let (dash, b) = rest.split_at(1);
        if dash != b"-" || !a.iter().chain(b).all(u8::is_ascii_digit) {
            return None;
        }
        let day = |d: &[u8]| {
            let text = std::str::from_utf8(d).ok()?;
            let (y, md) = text.split_at(4);
            let (m, dd) = md.split_at(2);
            day_of(y.parse().ok()?, m.parse().ok()?, dd.parse().ok()?)
        };
        let (from, to) = (day(a)?, day(b)?);
        (from <= to).then_some((from, to))
    })
}

/// A cell as a number would read it.
enum Cell {
    Number(Decimal),
    /// Empty, `-` (not applicable) or `--` (an empty status).
    Nothing,
    /// `<5`: a small count TikTok masks.
    Masked,
    Text,
}

fn cell(text: &str) -> Cell {
    let t = text.trim();
    if t.is_empty() || t == "-" || t == "--" || t == "—" {
        return Cell::Nothing;
    }
    if let Some(rest) = t.strip_prefix('<') {
        if !rest.trim().is_empty() && rest.trim().bytes().all(|b| b.is_ascii_digit()) {
            return Cell::Masked;
        }
    }
    number(t).map_or(Cell::Text, Cell::Number)
}

/// A plain number as exports and pasted tables write it: `1926200`, `0.42`, `-3`, `12.5%`, `1,234.50`, `$1,234.50`.
fn number(text: &str) -> Option<Decimal> {
    let mut t = text.trim();
    for sign in ["R$", "Rp", "$", "€", "£", "¥", "￥", "₩", "₫", "฿"] {
        t = t.strip_prefix(sign).unwrap_or(t).trim_start();
    }
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    let (whole, fraction) = t.split_once('.').map_or((t, None), |(w, f)| (w, Some(f)));
    let unsigned = whole.strip_prefix('-').unwrap_or(whole);
    // Grouping commas only in the exact "1,234,567" pattern.
    let plain: String = if unsigned.contains(',') {
        let mut groups = unsigned.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !groups.all(|g| g.len() == 3) {
            return None;
        }
        whole.chars().filter(|&c| c != ',').collect()
    } else {
        whole.to_string()
    };
    let digits = plain.strip_prefix('-').unwrap_or(&plain);
    let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || !fraction_ok {
        return None;
    }
    let joined = fraction.map_or(plain.clone(), |f| format!("{plain}.{f}"));
    joined.parse::<Decimal>().ok()
}

/// A date cell: `2026-04-01`, `2026/04/01`, `2026-04-01 00:00:00`, `20260401`.
fn date(text: &str) -> Option<Day> {
    let t = text.trim();
    let t = t.split([' ', 'T']).next().unwrap_or(t);
    let parts: Vec<&str> = if t.contains(['-', '/', '.']) {
        t.split(['-', '/', '.']).collect()
    } else if t.len() == 8 && t.is_char_boundary(4) && t.is_char_boundary(6) {
        vec![t.get(..4)?, t.get(4..6)?, t.get(6..)?]
    } else {
        return None;
    };
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => day_of(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?),
        _ => None,
    }
}

/// Whether a row's first text is a total: "Total of 5928 results", "총 5928개 결과", "Tổng 12 kết quả", …
fn total_rows(text: &str) -> Option<Option<u64>> {
    let folded = columns::fold(text);
    let starts = ["total", "총", "合計", "合计", "tổng", "합계"].iter().any(|w| folded.starts_with(w));
    let results = ["result", "결과", "件", "結果", "kếtquả", "resultado", "hasil"].iter().any(|w| folded.contains(w));
    if !(starts && results && folded.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    Some(digits.parse().ok())
}

/// Builds an [`Import`] from records pushed one at a time (by [`csv::read`] or [`xlsx::read`]).
struct Builder<'m> {
    source: Source,
    lossy: bool,
    currency: Currency,
    manual: Option<&'m Mapping>,
    file_range: Option<(Day, Day)>,
    /// The records read before the header was found, with their numbers.
    before: Vec<(usize, Vec<String>)>,
    header: Option<(Vec<String>, Mapping)>,
    /// The first record under the header (the picker's first values), when the mapping is incomplete.
    unmapped: Option<Unmapped>,
    record_number: usize,
    rows: Vec<Row>,
    total: Option<Total>,
    skipped: Vec<Skipped>,
    skipped_count: usize,
    error: Option<ImportError>,
}

impl<'m> Builder<'m> {
    fn new(currency: Currency, manual: Option<&'m Mapping>, file_range: Option<(Day, Day)>) -> Builder<'m> {
        Builder {
            source: Source::Csv,
            lossy: false,
            currency,
            manual,
            file_range,
            before: Vec::new(),
            header: None,
            unmapped: None,
            record_number: 0,
            rows: Vec::new(),
            total: None,
            skipped: Vec::new(),
            skipped_count: 0,
            error: None,
        }
    }

    /// Takes the next record of the file (an empty one for a blank line).
    fn push(&mut self, record: Vec<String>) -> ControlFlow<()> {
        self.record_number = self.record_number.saturating_add(1);
        let number = self.record_number;
        if record.iter().all(|c| c.trim().is_empty()) {
            return ControlFlow::Continue(());
        }
        if self.header.is_none() {
            let recognised = Mapping::recognise(&record);
            if !recognised.is_empty() {
                return self.set_header(record, recognised);
            }
            self.before.push((number, record));
            if self.before.len() >= HEADER_SEARCH {
                if self.manual.is_some() {
                    // With a manual mapping the first non-empty row is the header.
                    let (_, first) = self.before.remove(0);
                    let rest = std::mem::take(&mut self.before);
                    let flow = self.set_header(first, Mapping::default());
                    for (n, r) in rest {
                        if flow.is_break() {
                            break;
                        }
                        if self.data(n, &r).is_break() {
                            return ControlFlow::Break(());
                        }
                    }
                    return flow;
                }
                self.error = Some(ImportError::NotAReport);
                return ControlFlow::Break(());
            }
            return ControlFlow::Continue(());
        }
        if let Some(unmapped) = &mut self.unmapped {
            for column in &mut unmapped.columns {
                column.first_value = record.get(column.index).cloned().unwrap_or_default();
            }
            return ControlFlow::Break(());
        }
        self.data(number, &record)
    }

    fn set_header(&mut self, record: Vec<String>, recognised: Mapping) -> ControlFlow<()> {
        let key = headers_key(&record);
        let mapping = match self.manual {
            Some(manual) => {
                if let Some(&meaning) = Meaning::ALL.iter().find(|&&m| manual.get(m).is_some_and(|c| c >= record.len()))
                {
                    self.error = Some(ImportError::MappingOutOfRange { meaning });
                    return ControlFlow::Break(());
                }
                let missing = manual.missing();
                if !missing.is_empty() {
                    self.error = Some(ImportError::MappingIncomplete { missing });
                    return ControlFlow::Break(());
                }
                manual.clone()
            }
            None => recognised,
        };
        let missing = mapping.missing();
        if !missing.is_empty() {
            let columns = record
                .iter()
                .enumerate()
                .map(|(index, header)| Column { index, header: header.clone(), first_value: String::new() })
                .collect();
            self.unmapped = Some(Unmapped { columns, mapping: mapping.clone(), missing, key: key.clone() });
        }
        self.header = Some((record, mapping));
        ControlFlow::Continue(())
    }

    fn header_name(&self, meaning: Meaning) -> String {
        self.header
            .as_ref()
            .and_then(|(headers, mapping)| mapping.get(meaning).and_then(|i| headers.get(i)))
            .map_or_else(|| meaning.label().to_string(), |h| h.trim().to_string())
    }

    fn skip(&mut self, row: usize, meaning: Meaning, text: &str, why: Why) {
        self.skipped_count = self.skipped_count.saturating_add(1);
        if self.skipped.len() < MAX_LISTED {
            let text: String = text.trim().chars().take(40).collect();
            self.skipped.push(Skipped { row, column: self.header_name(meaning), text, why });
        }
    }

    /// A data row (or the total row).
    fn data(&mut self, number: usize, record: &[String]) -> ControlFlow<()> {
        let Some((_, mapping)) = &self.header else { return ControlFlow::Continue(()) };
        let mapping = mapping.clone();
        let text = |m: Meaning| mapping.get(m).and_then(|i| record.get(i)).map_or("", |s| s.as_str());
        let name = |m: Meaning| {
            let t = text(m).trim();
            (!(t.is_empty() || t == "-" || t == "--")).then(|| t.to_string())
        };
        // The total row: "Total of N results" in its first cell or its campaign cell.
        let first = record.iter().find(|c| !c.trim().is_empty()).map_or("", |s| s.as_str());
        if let Some(stated_rows) = total_rows(first).or_else(|| total_rows(text(Meaning::Campaign))) {
            let value = |m: Meaning| match cell(text(m)) {
                Cell::Number(n) => Some(n),
                _ => None,
            };
            let tiktok = self.tiktok(&value);
            self.total = Some(Total {
                number,
                stated_rows,
                cost: value(Meaning::Cost),
                net_cost: value(Meaning::NetCost),
                impressions: value(Meaning::Impressions),
                clicks: value(Meaning::Clicks),
                conversions: value(Meaning::Conversions),
                revenue: value(Meaning::Revenue),
                tiktok,
            });
            return ControlFlow::Continue(());
        }
        if self.rows.len() >= MAX_ROWS {
            self.error = Some(ImportError::TooManyRows);
            return ControlFlow::Break(());
        }
        // The currency.
        let currency = match mapping.get(Meaning::Currency) {
            Some(_) => match name(Meaning::Currency) {
                None => self.currency,
                Some(code) => match code.parse::<Currency>() {
                    Ok(c) => c,
                    Err(_) => {
                        self.error = Some(ImportError::UnknownCurrency {
                            row: number,
                            column: self.header_name(Meaning::Currency),
                            text: code.chars().take(40).collect(),
                        });
                        return ControlFlow::Break(());
                    }
                },
            },
            None => self.currency,
        };
        let mut masked = Vec::new();
        let mut needed = [Decimal::ZERO; 4];
        for (slot, meaning) in needed.iter_mut().zip(Meaning::NEEDED) {
            let raw = text(meaning);
            match cell(raw) {
                Cell::Number(n) if n.is_sign_negative() && !n.is_zero() => {
                    self.skip(number, meaning, raw, Why::Negative);
                    return ControlFlow::Continue(());
                }
                Cell::Number(n) if meaning != Meaning::Cost && !n.fract().is_zero() => {
                    self.skip(number, meaning, raw, Why::NotWhole);
                    return ControlFlow::Continue(());
                }
                Cell::Number(n) => *slot = n,
                Cell::Nothing => {}
                Cell::Masked => masked.push(meaning),
                Cell::Text => {
                    self.skip(number, meaning, raw, Why::NotANumber);
                    return ControlFlow::Continue(());
                }
            }
        }
        let optional = |meaning: Meaning| match cell(text(meaning)) {
            Cell::Number(n) => Ok(Some(n)),
            Cell::Nothing | Cell::Masked => Ok(None),
            Cell::Text => Err(meaning),
        };
        let (net_cost, revenue) = match (optional(Meaning::NetCost), optional(Meaning::Revenue)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(m), _) | (_, Err(m)) => {
                let raw = text(m).to_string();
                self.skip(number, m, &raw, Why::NotANumber);
                return ControlFlow::Continue(());
            }
        };
        let value = |m: Meaning| match cell(text(m)) {
            Cell::Number(n) => Some(n),
            _ => None,
        };
        let tiktok = self.tiktok(&value);
        let [cost, impressions, clicks, conversions] = needed;
        self.rows.push(Row {
            number,
            names: Names { campaign: name(Meaning::Campaign), ad_group: name(Meaning::AdGroup), ad: name(Meaning::Ad) },
            date: mapping.get(Meaning::Date).and_then(|_| date(text(Meaning::Date))),
            currency,
            cost,
            net_cost,
            impressions,
            clicks,
            conversions,
            revenue,
            tiktok,
            masked,
        });
        ControlFlow::Continue(())
    }

    fn tiktok(&self, value: &impl Fn(Meaning) -> Option<Decimal>) -> TikTok {
        let ctr = value(Meaning::Ctr).and_then(|v| match self.source {
            Source::Xlsx => v.checked_mul(Decimal::ONE_HUNDRED),
            Source::Csv | Source::Tsv => Some(v),
        });
        TikTok { cpc: value(Meaning::Cpc), cpm: value(Meaning::Cpm), ctr, cpa: value(Meaning::Cpa) }
    }

    fn finish(mut self) -> Result<Outcome, ImportError> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        if let Some(unmapped) = self.unmapped.take() {
            return Ok(Outcome::Unmapped(unmapped));
        }
        let Some((headers, mapping)) = self.header.take() else {
            if self.before.is_empty() {
                return Err(ImportError::Empty);
            }
            if self.manual.is_some() {
                // Fewer than ten rows and none recognised: the first is the header.
                let mut before = std::mem::take(&mut self.before).into_iter();
                if let Some((_, first)) = before.next() {
                    if self.set_header(first, Mapping::default()).is_continue() {
                        for (n, r) in before {
                            if self.data(n, &r).is_break() {
                                break;
                            }
                        }
                    }
                }
                return self.finish();
            }
            return Err(ImportError::NotAReport);
        };
        if self.rows.is_empty() && self.skipped_count == 0 {
            return Err(ImportError::NoRows);
        }
        let assumed_currency = mapping.get(Meaning::Currency).is_none().then_some(self.currency);
        Ok(Outcome::Imported(Import {
            source: self.source,
            key: headers_key(&headers),
            headers,
            mapping,
            rows: self.rows,
            total: self.total,
            skipped: self.skipped,
            skipped_count: self.skipped_count,
            assumed_currency,
            lossy_text: self.lossy,
            file_range: self.file_range,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let n = |s: &str| number(s).map(|d| d.to_string());
        assert_eq!(n("1926200"), Some("1926200".into()));
        assert_eq!(n("0.42"), Some("0.42".into()));
        assert_eq!(n("1,234.50"), Some("1234.50".into()));
        assert_eq!(n("$1,234.50"), Some("1234.50".into()));
        assert_eq!(n("1.88%"), Some("1.88".into()));
        assert_eq!(n("12,34"), None);
        assert_eq!(n("abc"), None);
        assert_eq!(n("1e5"), None);
        assert_eq!(n("."), None);
    }

    #[test]
    fn file_ranges() {
        assert!(file_range("Tiktok Ads_report_acme_20260401-20260418.csv").is_some());
        assert_eq!(file_range("report_20260418-20260401.csv"), None);
        assert_eq!(file_range("Campaign_GMT+0.xlsx"), None);
    }

    #[test]
    fn totals() {
        assert_eq!(total_rows("Total of 5928 results"), Some(Some(5928)));
        assert_eq!(total_rows("총 12개 결과"), Some(Some(12)));
        assert_eq!(total_rows("Total Wine spring sale"), None);
    }
}
