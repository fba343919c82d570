//! The document as the views see it: one signal, read by every view and changed only through
//! `Store::update`, which writes it back to local storage after every change.

use crate::domain::model::Round;
use crate::store::local::{self, Loaded};
use crate::store::{Document, RestoreError};
use leptos::prelude::*;

/// How the document stands with local storage, for the notice at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageStatus {
    /// Saved after every change.
    Saving,
    /// What is stored could not be read. It is left as it was, and nothing is saved over it
    /// until the user has chosen what to do with it.
    Unreadable { raw: String, error: RestoreErrorKind },
    /// The last save failed (e.g. the storage is full); the work is still in this window.
    SaveFailed(String),
    /// The browser does not let the page use local storage at all.
    Unavailable,
}

/// Why stored data could not be read, and the technical detail.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreErrorKind {
    Damaged(String),
    TooNew(String),
}

impl From<&RestoreError> for RestoreErrorKind {
    fn from(e: &RestoreError) -> Self {
        match e {
            RestoreError::TooNew { .. } => RestoreErrorKind::TooNew(e.to_string()),
            _ => RestoreErrorKind::Damaged(e.to_string()),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Store {
    doc: RwSignal<Document>,
    pub status: RwSignal<StorageStatus>,
    /// What restoring had to repair in the stored document, to be told once.
    pub repairs: RwSignal<Vec<String>>,
}

impl Store {
    /// Reads the document from local storage; starts empty if there is none or it is unreadable.
    pub fn load() -> Self {
        let (doc, status, repairs) = match local::load() {
            Loaded::Nothing => (Document::default(), StorageStatus::Saving, Vec::new()),
            Loaded::Restored(r) => (r.document, StorageStatus::Saving, r.repairs),
            Loaded::Unreadable { raw, error } => (
                Document::default(),
                StorageStatus::Unreadable {
                    raw,
                    error: (&error).into(),
                },
                Vec::new(),
            ),
            Loaded::Unavailable => (Document::default(), StorageStatus::Unavailable, Vec::new()),
        };
        Store {
            doc: RwSignal::new(doc),
            status: RwSignal::new(status),
            repairs: RwSignal::new(repairs),
        }
    }

    /// The round being worked on, as a memo: views that show it re-render only when it changes.
    pub fn active_round(&self) -> Memo<Option<Round>> {
        let doc = self.doc;
        Memo::new(move |_| doc.with(|d| d.active_round().cloned()))
    }

    /// Reads the document, tracking it.
    pub fn with<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        self.doc.with(f)
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        self.doc.with_untracked(f)
    }

    /// Changes the document and saves it.
    pub fn update(&self, f: impl FnOnce(&mut Document)) {
        self.doc.update(f);
        self.save();
    }

    fn save(&self) {
        let blocked = matches!(
            self.status.get_untracked(),
            StorageStatus::Unreadable { .. } | StorageStatus::Unavailable
        );
        if blocked {
            return;
        }
        let result = self.doc.with_untracked(local::save);
        let status = match result {
            Ok(()) => StorageStatus::Saving,
            Err(e) => StorageStatus::SaveFailed(e),
        };
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }

    /// The document as JSON, for a copy the user keeps.
    pub fn document_json(&self) -> String {
        self.doc.with_untracked(|d| d.to_json())
    }

    /// Deletes what is stored but could not be read, and saves the current work in its place.
    pub fn discard_unreadable(&self) {
        local::remove();
        self.status.set(StorageStatus::Saving);
        self.save();
    }
}
