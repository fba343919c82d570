//! The one place that touches the browser's local storage: the document under one key,
//! read through `restore` and written whole after every change.

use super::restore::{RestoreError, Restored, restore};
use super::schema::Document;
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

/// The key the document is kept under.
pub const KEY: &str = "tillit.document";

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
}

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn load() -> Loaded {
    if !available() {
        return Loaded::Unavailable;
    }
    let raw = match LocalStorage::raw().get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    match restore(&raw) {
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
        Err(error) => Loaded::Unreadable { raw, error },
    }
}

/// Writes the document; the error says why it could not be (most often: the storage is full).
pub fn save(document: &Document) -> Result<(), String> {
    LocalStorage::set(KEY, document).map_err(|e| match e {
        StorageError::JsError(js) => format!("{}: {}", js.name, js.message),
        other => other.to_string(),
    })
}

pub fn remove() {
    LocalStorage::delete(KEY);
}
