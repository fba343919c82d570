//! Moving work between browsers: the whole document as a file to keep, and reading such a file
//! back in. An imported file passes through the same `restore` as local storage and is shown
//! before anything changes; then either its rounds are added beside the ones already here
//! (nothing here is overwritten), or it replaces everything. It is applied whole or not at all.

use super::restore::{RestoreError, restore};
use super::schema::Document;

/// The largest file read: far more than years of rounds take, far less than would hang a tab.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

fn read(file: &str) -> Result<super::Restored, RestoreError> {
    if file.len() > MAX_BYTES {
        return Err(RestoreError::TooLarge {
            bytes: file.len(),
            limit: MAX_BYTES,
        });
    }
    restore(file)
}

/// One round in a file, as shown before importing it.
#[derive(Debug, PartialEq)]
pub struct RoundInFile {
    pub unit: String,
    pub date: String,
    /// A round with the same id is already here: adding leaves it out.
    pub already_here: bool,
}

/// What a file holds, told before anything is changed.
#[derive(Debug, PartialEq)]
pub struct Preview {
    pub rounds: Vec<RoundInFile>,
    /// The schema version the file was written in, when older than this app's.
    pub migrated_from: Option<u32>,
    pub repairs: Vec<super::Repair>,
}

impl Preview {
    pub fn new_rounds(&self) -> usize {
        self.rounds.iter().filter(|r| !r.already_here).count()
    }
}

/// Reads `file` and tells what importing it into `document` would do; changes nothing.
pub fn preview(document: &Document, file: &str) -> Result<Preview, RestoreError> {
    let restored = read(file)?;
    Ok(Preview {
        rounds: restored
            .document
            .rounds
            .iter()
            .map(|r| RoundInFile {
                unit: r.unit.clone(),
                date: r.date.clone(),
                already_here: document.rounds.iter().any(|h| h.id == r.id),
            })
            .collect(),
        migrated_from: restored.migrated_from,
        repairs: restored.repairs,
    })
}

/// What an import did.
#[derive(Debug, PartialEq)]
pub struct Imported {
    /// Rounds added, by unit and date.
    pub added: Vec<(String, String)>,
    /// Rounds left out because a round with the same id is already here.
    pub already_here: usize,
    /// What restoring the file had to repair.
    pub repairs: Vec<super::Repair>,
}

/// Adds the rounds of the document in `file` to `document`. The active round becomes the last
/// one added, so the user lands on what they brought in.
pub fn import(document: &mut Document, file: &str) -> Result<Imported, RestoreError> {
    let restored = read(file)?;
    let mut added = Vec::new();
    let mut already_here = 0;
    for round in restored.document.rounds {
        if document.rounds.iter().any(|r| r.id == round.id) {
            already_here += 1;
            continue;
        }
        added.push((round.unit.clone(), round.date.clone()));
        document.active_round = Some(round.id.clone());
        document.rounds.push(round);
    }
    Ok(Imported {
        added,
        already_here,
        repairs: restored.repairs,
    })
}

/// Replaces all of `document` with the document in `file`.
pub fn replace(document: &mut Document, file: &str) -> Result<(), RestoreError> {
    *document = read(file)?.document;
    Ok(())
}
