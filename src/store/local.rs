//! The one place that touches the browser's local storage: the document under one key,
//! read through `restore` and written whole after every change, with a revision beside it so
//! that two tabs never silently write over each other's work. What cannot be read is copied,
//! untouched, under a recovery key before anything else can happen to it.

use super::restore::{Reader, RestoreError, Restored};
use super::schema::Document;
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};

/// The key the document is kept under.
pub const KEY: &str = "tillit.document";
/// Changes with every save: a tab that finds another revision than the one it last saw knows
/// that another tab has saved since.
pub const REVISION_KEY: &str = "tillit.revision";
/// A copy of stored data that could not be read, exactly as it was.
pub const RECOVERY_KEY: &str = "tillit.recovery";
/// Every key the app writes starts with this.
const PREFIX: &str = "tillit.";

pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    Restored(Restored),
    /// Something is stored but cannot be read; `raw` is exactly what is there.
    Unreadable {
        raw: String,
        error: RestoreError,
    },
    /// The browser refuses the page any local storage.
    Unavailable,
    /// What is stored is for the full build to read (`RestoreError::ForFullBuild`): the page
    /// is to be loaded again in it (`open_full_build`). `raw` is exactly what is there.
    ForFullBuild {
        raw: String,
    },
}

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn load(read: Reader) -> Loaded {
    if !available() {
        return Loaded::Unavailable;
    }
    let raw = match LocalStorage::raw().get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    match read(&raw) {
        Ok(restored) => {
            if let Some(version) = restored.migrated_from {
                // Keep the document as the older version wrote it, once, before it is replaced.
                let backup = format!("{KEY}.v{version}");
                if LocalStorage::raw().get_item(&backup).ok().flatten().is_none() {
                    let _ = LocalStorage::raw().set_item(&backup, &raw);
                }
            }
            Loaded::Restored(restored)
        }
        Err(RestoreError::ForFullBuild) => Loaded::ForFullBuild { raw },
        Err(error) => {
            if LocalStorage::raw().get_item(RECOVERY_KEY).ok().flatten().as_deref() != Some(raw.as_str()) {
                let _ = LocalStorage::raw().set_item(RECOVERY_KEY, &raw);
            }
            Loaded::Unreadable { raw, error }
        }
    }
}

/// The revision of what is stored now, if any.
pub fn revision() -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(REVISION_KEY).ok().flatten()
}

/// Writes the document and then its new `revision`; the error says why it could not be (most
/// often: the storage is full). A failed write leaves what was stored before as it was.
pub fn save(document: &Document, revision: &str) -> Result<(), String> {
    let describe = |e: StorageError| match e {
        StorageError::JsError(js) => format!("{}: {}", js.name, js.message),
        other => other.to_string(),
    };
    LocalStorage::set(KEY, document).map_err(describe)?;
    LocalStorage::raw().set_item(REVISION_KEY, revision).map_err(|e| {
        let e: js_sys::Error = wasm_bindgen::JsCast::unchecked_into(e);
        format!("{}: {}", String::from(e.name()), String::from(e.message()))
    })
}

/// The session's key for a document handed from one build of the app to the other on a page
/// load in the same tab, when it is not saved in local storage (see `app::leave_for`).
const HANDOVER_KEY: &str = "tillit.handover";

/// Keeps `document` for the next page load in this tab, in the session's storage (which has
/// its own room, so this works when local storage is full).
pub fn hand_over(document: &Document) -> Result<(), String> {
    SessionStorage::set(HANDOVER_KEY, document).map_err(|e| e.to_string())
}

/// The document handed over by the page before this one in this tab, if any; taken once
/// it is read. One for the full build to read is left for it (`Loaded::ForFullBuild`).
pub fn take_handed_over(read: Reader) -> Loaded {
    let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return Loaded::Nothing;
    };
    let Some(raw) = storage.get_item(HANDOVER_KEY).ok().flatten() else {
        return Loaded::Nothing;
    };
    match read(&raw) {
        Err(RestoreError::ForFullBuild) => Loaded::ForFullBuild { raw },
        read => {
            let _ = storage.remove_item(HANDOVER_KEY);
            read.map_or(Loaded::Nothing, Loaded::Restored)
        }
    }
}

/// The session's key that makes the page start the full build (see scripts/entries.mjs).
const FULL_BUILD_KEY: &str = "tillit.build";

/// Asks for the full build at every page load in this tab from now on; `false` if the
/// session's storage refuses, when the page could not tell on the next load.
pub fn open_full_build() -> bool {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .is_some_and(|storage| storage.set_item(FULL_BUILD_KEY, "full").is_ok())
}

/// Removes the document that could not be read, and its recovery copy.
pub fn remove() {
    LocalStorage::delete(KEY);
    LocalStorage::delete(RECOVERY_KEY);
}

/// Removes everything the app has stored in this browser.
pub fn erase_all() {
    if !available() {
        return;
    }
    let storage = LocalStorage::raw();
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// The key the units' report files read into the overview are kept under.
pub const REPORTS_KEY: &str = "tillit.reports";

/// The report files kept for the overview; empty when there are none or they cannot be read.
pub fn load_reports() -> super::reports::HeldReports {
    if !available() {
        return super::reports::HeldReports::default();
    }
    LocalStorage::raw()
        .get_item(REPORTS_KEY)
        .ok()
        .flatten()
        .and_then(|raw| super::reports::HeldReports::restore(&raw))
        .unwrap_or_default()
}

/// Keeps the report files for the overview; the error says why they could not be kept.
pub fn save_reports(held: &super::reports::HeldReports) -> Result<(), String> {
    LocalStorage::raw().set_item(REPORTS_KEY, &held.to_json()).map_err(|e| {
        let e: js_sys::Error = wasm_bindgen::JsCast::unchecked_into(e);
        format!("{}: {}", String::from(e.name()), String::from(e.message()))
    })
}
