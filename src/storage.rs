//! Adapter: the browser's `localStorage`, for saved scenarios and the draft.
//!
//! Storage can fail in many ways, and none of them may lose what a user saved:
//! - `window.localStorage` itself throws (blocked cookies, sandboxed or third-party frames): [`Store::open`] probes
//!   access once and, if it fails, the app works in memory and says so. Nothing here is reached without that probe
//!   (which is why this uses `web_sys::Storage` directly: gloo-storage's `raw()` panics in exactly that case, and its
//!   typed reads would only wrap the JSON the core already writes).
//! - Stored data that does not read (garbage, a newer version, some bad scenarios) is copied aside verbatim under a
//!   backup key, and read back, before anything is written over it.
//! - A write that fails (quota) leaves what was stored before untouched; every write is read back to be sure.
//! - Two tabs: each change is applied to what is stored at that moment (merge by id, see `Library`), and the other
//!   tab hears of it through the `storage` event.

use adcredit_core::schema::{self, DraftState, Problem};
use adcredit_core::{kept, Library};
use leptos::prelude::window;
use wasm_bindgen::JsCast;
use web_sys::{DomException, Storage};

/// Where the saved scenarios live.
pub const SCENARIOS_KEY: &str = "adcredit.scenarios";
/// Where the unsaved inputs on screen live.
pub const DRAFT_KEY: &str = "adcredit.draft";
/// Prefix of the keys that hold the columns picked by hand for an imported report's header row.
pub const COLUMNS_PREFIX: &str = "adcredit.import.columns.";
/// Prefix of the keys that hold copies of data that could not be read.
pub const BACKUP_PREFIX: &str = "adcredit.backup.";

/// Why a change was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full.
    Full,
    /// The browser refused the write or did not keep it.
    Refused,
    /// What is stored could not be read and could not be copied aside, so writing would lose it.
    WouldLoseData,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SaveError::Full => {
                "Not saved: this browser's storage for the calculator is full. Delete or export some scenarios, then try again."
            }
            SaveError::Refused => "Not saved: the browser refused to store it. Your saved scenarios are unchanged.",
            SaveError::WouldLoseData => {
                "Not saved: the stored data could not be read or copied aside, and saving would overwrite it. Download the copy above first."
            }
        })
    }
}

/// What was stored when the page opened.
pub struct Loaded {
    pub library: Library,
    pub problem: Option<Unreadable>,
}

/// Stored text that could not be fully read: why, the key of its verbatim copy (`None` if copying failed), and the
/// text itself (offered for download).
pub type Unreadable = (Problem, Option<String>, String);

/// The draft kept from the last visit, as found at start.
// Made once per page load and matched at once: boxing the large variant would gain nothing.
#[allow(clippy::large_enum_variant)]
pub enum KeptDraft {
    /// Read: the draft, if there was one that reads, and the text that did not read.
    Read(Option<DraftState>, Option<Unreadable>),
    /// Kept as JSON by an earlier version: [`read_json_draft`] reads it (the JSON code is not needed otherwise).
    Json(String),
}

/// Reads a draft kept as JSON by an earlier version. In the split build this is a chunk of its own, fetched only
/// when such a draft is found, so the JSON code stays out of the main module.
#[cfg_attr(
    feature = "split",
    ::leptos::wasm_split::wasm_split(json_draft, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn decode_json_draft(text: String) -> Result<Result<DraftState, Problem>, crate::sections::NotLoaded> {
    Ok(schema::decode_draft(&text))
}

/// The JSON draft `text` read; if its code did not arrive (offline on the first visit after an update), it counts
/// as unreadable, so it is copied aside rather than written over.
pub async fn read_json_draft(text: String) -> Result<DraftState, Problem> {
    #[cfg(feature = "split")]
    let decoded = decode_json_draft(text).await;
    #[cfg(not(feature = "split"))]
    let decoded = decode_json_draft(text);
    decoded.unwrap_or(Err(Problem::Unreadable))
}

/// The page's handle on `localStorage`; `None` inside when the browser does not allow it (memory only).
#[derive(Clone)]
pub struct Store(Option<Storage>);

impl Store {
    /// Probes `window.localStorage`: it exists, reads and writes. Any exception means "not available".
    pub fn open() -> Store {
        let storage = window().local_storage().ok().flatten().filter(|s| {
            let probe = "adcredit.probe";
            s.set_item(probe, "1").is_ok() && s.remove_item(probe).is_ok()
        });
        Store(storage)
    }

    /// A store that keeps nothing (component tests).
    pub fn memory() -> Store {
        Store(None)
    }

    pub fn is_available(&self) -> bool {
        self.0.is_some()
    }

    fn read(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    /// Writes `value` and reads it back.
    fn write(&self, key: &str, value: &str) -> Result<(), SaveError> {
        let Some(storage) = &self.0 else { return Err(SaveError::Refused) };
        if let Err(e) = storage.set_item(key, value) {
            let full = e.dyn_ref::<DomException>().is_some_and(|e| e.name() == "QuotaExceededError");
            return Err(if full { SaveError::Full } else { SaveError::Refused });
        }
        match storage.get_item(key) {
            Ok(Some(back)) if back == value => Ok(()),
            _ => Err(SaveError::Refused),
        }
    }

    /// Reads the saved scenarios; anything unreadable is first copied aside.
    pub fn load(&self, now: u64) -> Loaded {
        let Some(text) = self.read(SCENARIOS_KEY) else { return Loaded { library: Library::default(), problem: None } };
        let decoded = schema::decode(&text);
        let problem = decoded.problem.map(|p| (p, self.back_up(&text, now), text));
        Loaded { library: decoded.library, problem }
    }

    /// Applies `edit` to the library as stored now and stores the result; returns it with what `edit` returned.
    /// Without storage, `edit` applies to `current` (memory only).
    pub fn update<R>(
        &self,
        current: &Library,
        now: u64,
        edit: impl FnOnce(&mut Library) -> R,
    ) -> Result<(Library, R), SaveError> {
        if !self.is_available() {
            let mut library = current.clone();
            let result = edit(&mut library);
            return Ok((library, result));
        }
        let stored = self.read(SCENARIOS_KEY);
        let mut library = match stored.as_deref().map(schema::decode) {
            None => Library::default(),
            Some(decoded) => {
                // Something unreadable arrived since the page opened (another tab, another version): keep a copy.
                if decoded.problem.is_some() && self.back_up(stored.as_deref().unwrap_or_default(), now).is_none() {
                    return Err(SaveError::WouldLoseData);
                }
                decoded.library
            }
        };
        let result = edit(&mut library);
        self.write(SCENARIOS_KEY, &schema::encode(&library))?;
        Ok((library, result))
    }

    /// Copies `text` aside verbatim (once: an identical copy already there is reused); returns the key.
    fn back_up(&self, text: &str, now: u64) -> Option<String> {
        let storage = self.0.as_ref()?;
        let length = storage.length().ok()?;
        for i in 0..length {
            if let Some(key) = storage.key(i).ok().flatten().filter(|k| k.starts_with(BACKUP_PREFIX)) {
                if self.read(&key).as_deref() == Some(text) {
                    return Some(key);
                }
            }
        }
        let key = format!("{BACKUP_PREFIX}{now}");
        self.write(&key, text).ok().map(|()| key)
    }

    /// The saved scenarios as stored now (after another tab changed them).
    pub fn reload(&self) -> Option<Library> {
        let text = self.read(SCENARIOS_KEY)?;
        let decoded = schema::decode(&text);
        // Adopt another tab's change only if it reads fully; otherwise keep what is on screen (the next write
        // copies the unreadable text aside first).
        decoded.problem.is_none().then_some(decoded.library)
    }

    /// Reads the inputs kept from the last visit (a JSON draft of an earlier version is handed back as it is).
    pub fn load_draft(&self, now: u64) -> KeptDraft {
        let Some(text) = self.read(DRAFT_KEY) else { return KeptDraft::Read(None, None) };
        if kept::is_json(&text) {
            return KeptDraft::Json(text);
        }
        let (kept, unread) = self.checked_draft(kept::decode(&text), text, now);
        KeptDraft::Read(kept, unread)
    }

    /// A draft as read from `text`. One that does not read (garbage, a newer version) is first copied aside
    /// verbatim, like the saved scenarios, and comes back as the problem with its backup key and text.
    pub fn checked_draft(
        &self,
        decoded: Result<DraftState, Problem>,
        text: String,
        now: u64,
    ) -> (Option<DraftState>, Option<Unreadable>) {
        match decoded {
            Ok(state) => (Some(state), None),
            Err(problem) => (None, Some((problem, self.back_up(&text, now), text))),
        }
    }

    /// The columns picked by hand for the header row whose key is `key`.
    pub fn read_columns(&self, key: &str) -> Option<String> {
        self.read(&format!("{COLUMNS_PREFIX}{key}"))
    }

    /// Remembers the columns picked by hand; failing quietly is fine: the picker simply asks again next time.
    pub fn write_columns(&self, key: &str, mapping: &str) {
        let _ = self.write(&format!("{COLUMNS_PREFIX}{key}"), mapping);
    }

    /// Keeps the inputs on screen; failing quietly is fine: it is a convenience, not a saved scenario.
    pub fn save_draft(&self, state: &DraftState) {
        let _ = self.write(DRAFT_KEY, &kept::encode(state));
    }
}

/// Milliseconds since 1970-01-01 UTC, from the browser's clock.
pub fn now() -> u64 {
    // Date.now() is a positive whole number of milliseconds well below 2^53: the cast is exact.
    js_sys::Date::now() as u64
}

/// A new scenario id: the time and 32 random bits, in hex. Unique enough within one browser's list, and ids that
/// do collide on import are resolved without loss (`Library::merge`).
pub fn new_id() -> String {
    // Math.random() is in [0, 1): the product is in [0, 2^32), so the cast is exact and never saturates.
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u32;
    format!("{:x}-{random:08x}", now())
}
