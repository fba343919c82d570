//! The document as the views see it: one signal, read by every view and changed only through
//! `Store::update`, which writes it back to local storage after every change.

use crate::domain::model::Round;
use crate::store::local::{self, Loaded};
use crate::store::merge::merge;
use crate::store::{Document, Reader, RestoreError};
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
    /// Another tab saved while this one had a change not yet written, and both had changed the
    /// same `places` differently: this tab's change was kept there, everything else merged.
    ChangedElsewhere { places: usize },
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
    pub repairs: RwSignal<Vec<crate::store::Repair>>,
    /// The revision of the stored document this tab has last read or written.
    revision: StoredValue<Option<String>>,
    /// The document as this tab last read or wrote it: what a change not yet written is merged
    /// from when another tab has saved in the meantime.
    base: StoredValue<Document>,
    /// A change not yet written: it is written once the frame that shows it is drawn (or at
    /// once in a hidden tab, where no frame is drawn).
    pending: StoredValue<bool>,
    /// How this build reads what is stored (`Build::read`: `store::restore` in the full
    /// build, `store::restore_rounds` in the walk build, which leaves the rounds' audits and
    /// plans unread, and so on).
    read: Reader,
    /// What this build does to the document after every change (`Build::settle`): lets a new
    /// round take over what it is to carry over, as far as the build reads the parts
    /// (`Document::carry_over_pending`, `Document::carry_thieves_pending`); nothing in the walk
    /// build, which leaves that to the others.
    settle: fn(&mut Document),
}

impl Store {
    /// Reads the document from local storage with `read`, changed after with `settle`; starts
    /// empty if there is none or it is unreadable. `None`: the page is being loaded again in
    /// the full build, which reads what this build does not (`RestoreError::ForFullBuild`).
    pub fn load(read: Reader, settle: fn(&mut Document)) -> Option<Self> {
        // Read by the full build: an earlier version's document, or one to repair. Asked for
        // before the work handed over is taken, so that it is there for the full build.
        let for_full_build = |loaded: &Loaded| {
            let reload = matches!(loaded, Loaded::ForFullBuild { .. }) && local::open_full_build();
            if reload {
                let _ = window().location().reload();
            }
            reload
        };
        let loaded = local::load(read);
        if for_full_build(&loaded) {
            return None;
        }
        // The work of the page before this one in this tab, which could not be saved there
        // (`keep_for_reload`): it is the work, and it is saved here if it can be.
        let handed = local::take_handed_over(read);
        if for_full_build(&handed) {
            return None;
        }
        // An earlier version's document is written in this version at once (the older one is
        // kept beside it, `local::load`), so that the walk build reads it at the next load.
        let migrated = matches!(&loaded, Loaded::Restored(r) if r.migrated_from.is_some());
        let (doc, status, repairs) = match loaded {
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
            // The session's storage refused to say so: kept as it is, and not written over.
            Loaded::ForFullBuild { raw } => (
                Document::default(),
                StorageStatus::Unreadable {
                    raw,
                    error: (&RestoreError::ForFullBuild).into(),
                },
                Vec::new(),
            ),
            Loaded::Unavailable => (Document::default(), StorageStatus::Unavailable, Vec::new()),
        };
        let store = Store {
            base: StoredValue::new(doc.clone()),
            doc: RwSignal::new(doc),
            status: RwSignal::new(status),
            repairs: RwSignal::new(repairs),
            revision: StoredValue::new(local::revision()),
            pending: StoredValue::new(false),
            read,
            settle,
        };
        if let Loaded::Restored(handed) = handed {
            store.doc.set(handed.document);
            store.pending.set_value(true);
        } else if migrated {
            store.pending.set_value(true);
        }
        store.flush();
        Some(store)
    }

    /// Makes sure the work outlives this page, before the page is loaded again: writes what
    /// is not yet written, and where it cannot be saved in local storage (full, refused, or
    /// holding something unreadable), hands it to the next page load in this tab. `false`
    /// when neither can be done.
    pub fn keep_for_reload(&self) -> bool {
        self.flush();
        match self.status.get_untracked() {
            StorageStatus::Saving | StorageStatus::ChangedElsewhere { .. } => true,
            _ => self.doc.with_untracked(local::hand_over).is_ok(),
        }
    }

    /// Keeps this tab up to date with what other tabs save (the browser tells every other tab
    /// of the origin when one of them writes), and writes what is not yet written before the
    /// page is hidden or left.
    pub fn follow_other_tabs(&self) {
        let store = *self;
        let storage = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().as_deref() == Some(local::KEY) || e.key().is_none() {
                store.take_stored();
                // This tab's change, merged into theirs, is written now rather than later.
                store.flush();
            }
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                store.flush();
            }
        });
        on_cleanup(move || {
            storage.remove();
            hide.remove();
            hidden.remove();
        });
    }

    /// Whether another tab has saved since this one last read or wrote.
    fn stored_elsewhere(&self) -> bool {
        !self.blocked() && local::revision() != self.revision.get_value()
    }

    /// Shows what is stored now, as another tab left it, with this tab's change not yet written
    /// merged into it (see `store::merge`).
    fn take_stored(&self) {
        self.merge_stored(self.pending.get_value());
    }

    /// Takes what another tab stored; `unsaved`: this tab holds a change to merge into it.
    fn merge_stored(&self, unsaved: bool) {
        if self.blocked() {
            return;
        }
        let theirs = match local::load(self.read) {
            Loaded::Restored(r) => r.document,
            Loaded::Nothing => Document::default(),
            // Another tab cannot have saved something unreadable; leave this tab as it is.
            Loaded::Unreadable { .. } | Loaded::Unavailable | Loaded::ForFullBuild { .. } => return,
        };
        self.revision.set_value(local::revision());
        if unsaved {
            let merged = self
                .base
                .with_value(|base| self.doc.with_untracked(|mine| merge(base, mine, &theirs)));
            if !merged.conflicts.is_empty() {
                self.status.set(StorageStatus::ChangedElsewhere {
                    places: merged.conflicts.len(),
                });
            }
            self.doc.set(merged.document);
        } else {
            self.doc.set(theirs.clone());
        }
        self.base.set_value(theirs);
    }

    /// Why `raw` cannot be read, as this build reads it; `None` if it can.
    pub fn unreadable_because(&self, raw: &str) -> Option<RestoreError> {
        (self.read)(raw).err()
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

    /// Changes the document and saves it. If another tab has saved in the meantime, the change
    /// is made to that tab's newer work rather than written over it.
    pub fn update(&self, f: impl FnOnce(&mut Document)) {
        if self.stored_elsewhere() {
            self.take_stored();
        }
        self.doc.update(|d| {
            f(d);
            (self.settle)(d);
        });
        self.schedule_save();
    }

    /// Changes the round being worked on, if there is one, as `update` changes the document.
    pub fn update_round(&self, f: impl FnOnce(&mut crate::domain::model::Round)) {
        self.update(|d| {
            if let Some(round) = d.active_round_mut() {
                f(round);
            }
        });
    }

    /// Changes the document only if the change can be saved: for what must not be shown as done
    /// and then vanish on reload, such as an import. The change is made to a copy and written at
    /// once; if the write fails (most often: the storage is full) nothing changes here or in
    /// storage, and the error says why. Where nothing can be saved at all (storage refused or
    /// unreadable), the change is made in this window, as every other change is.
    pub fn apply(&self, f: impl FnOnce(&mut Document)) -> Result<(), String> {
        if self.stored_elsewhere() {
            self.take_stored();
        }
        let mut next = self.doc.get_untracked();
        f(&mut next);
        (self.settle)(&mut next);
        if !self.blocked() {
            self.write(&next)?;
            self.pending.set_value(false);
            if matches!(self.status.get_untracked(), StorageStatus::SaveFailed(_)) {
                self.status.set(StorageStatus::Saving);
            }
        }
        self.doc.set(next);
        Ok(())
    }

    /// Writes the document once the frame that shows the change has been drawn, so that saving
    /// a large document never holds up what the user sees; several changes in one frame are
    /// written once.
    fn schedule_save(&self) {
        if self.pending.get_value() {
            return;
        }
        self.pending.set_value(true);
        let store = *self;
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            set_timeout(move || store.flush(), std::time::Duration::ZERO);
        } else {
            request_animation_frame(move || set_timeout(move || store.flush(), std::time::Duration::ZERO));
        }
    }

    /// Writes the change not yet written, if there is one.
    pub fn flush(&self) {
        if self.pending.get_value() {
            self.pending.set_value(false);
            self.save();
        }
    }

    /// Whether nothing may be written: storage refused, or what is stored waits for the user.
    fn blocked(&self) -> bool {
        matches!(
            self.status.get_untracked(),
            StorageStatus::Unreadable { .. } | StorageStatus::Unavailable
        )
    }

    /// Writes `doc` under a new revision and takes it as what this tab last wrote.
    fn write(&self, doc: &Document) -> Result<(), String> {
        let revision = super::new_id("rev");
        local::save(doc, &revision)?;
        self.revision.set_value(Some(revision));
        self.base.set_value(doc.clone());
        Ok(())
    }

    fn save(&self) {
        if self.blocked() {
            return;
        }
        // Another tab saved since this one last read: merge its work in before writing.
        if self.stored_elsewhere() {
            self.merge_stored(true);
        }
        let result = self.doc.with_untracked(|d| self.write(d));
        let status = match result {
            Ok(()) => {
                // A notice about another tab stays until it is closed; a failure is over.
                match self.status.get_untracked() {
                    changed @ StorageStatus::ChangedElsewhere { .. } => changed,
                    _ => StorageStatus::Saving,
                }
            }
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

    /// Removes everything the app has stored in this browser and starts empty.
    pub fn erase_all(&self) {
        self.pending.set_value(false);
        local::erase_all();
        self.revision.set_value(None);
        self.repairs.set(Vec::new());
        self.base.set_value(Document::default());
        self.doc.set(Document::default());
        self.status.set(StorageStatus::Saving);
    }

    /// Deletes what is stored but could not be read, and saves the current work in its place.
    pub fn discard_unreadable(&self) {
        local::remove();
        self.status.set(StorageStatus::Saving);
        self.save();
    }
}
