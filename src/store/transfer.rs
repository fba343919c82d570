//! Moving work between browsers: the whole document as a file to keep, and reading such a file
//! back in. An imported file passes through the same `restore` as local storage; its rounds are
//! added beside the ones already here, and nothing already here is overwritten.

use super::restore::{RestoreError, restore};
use super::schema::Document;

/// What an import did.
#[derive(Debug, PartialEq)]
pub struct Imported {
    /// Rounds added, by unit and date.
    pub added: Vec<(String, String)>,
    /// Rounds left out because a round with the same id is already here.
    pub already_here: usize,
    /// What restoring the file had to repair.
    pub repairs: Vec<String>,
}

/// Adds the rounds of the document in `file` to `document`. The active round becomes the last
/// one added, so the user lands on what they brought in.
pub fn import(document: &mut Document, file: &str) -> Result<Imported, RestoreError> {
    let restored = restore(file)?;
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
