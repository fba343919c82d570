//! The stored document: its versioned schema, the one restore step every stored or imported
//! document passes through, and (in the browser) the local storage that holds it.

pub mod merge;
pub mod repair;
pub mod reports;
pub mod restore;
pub mod schema;
pub mod transfer;

#[cfg(target_arch = "wasm32")]
pub mod local;

pub use repair::{Fix, IdKind, Repair};
pub use restore::{Reader, RestoreError, Restored, restore, restore_audits, restore_current, restore_rounds};
pub use schema::{CURRENT_VERSION, Document, Settings};
