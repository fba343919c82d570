//! Moving work between browsers: the whole document as a file to keep, and reading such a file
//! back in. An imported file passes through the same `restore` as local storage and is shown
//! before anything changes; then either its rounds are added beside the ones already here —
//! where a round of the same id differs, the user chooses per round to keep this one, take the
//! file's or keep both — or it replaces everything. It is applied whole or not at all.

use super::restore::{RestoreError, restore};
use super::schema::Document;
use crate::domain::model::unused_id;
use std::collections::BTreeMap;

/// The largest file read: what the browser's local storage can hold at all. Browsers give a
/// site 5 Mi characters there (measured in Chromium 156: 5 241 856 characters, key and value
/// together; Firefox and Safari keep the same 5 MiB), and a file of more bytes than that has at
/// least as many characters, so it could never be saved. A smaller file can still be too much
/// with what is here already: the import is then not applied (see `Store::apply`).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

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
    pub id: String,
    pub unit: String,
    pub date: String,
    /// A round with the same id is already here: adding leaves it out unless the user chooses
    /// otherwise.
    pub already_here: bool,
    /// The round here with that id is not the same as the file's (another unit, date, answers,
    /// thieves or plan): the user chooses which to keep.
    pub differs: bool,
}

/// What to do with a round of the file whose id is already here but which differs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    /// Keep the round here; leave the file's out.
    #[default]
    Keep,
    /// Put the file's round in place of the one here.
    Take,
    /// Keep both: the file's round is added beside it under a new id.
    Both,
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

    /// Rounds whose id is here but whose content differs: each needs a `Choice`.
    pub fn differing(&self) -> usize {
        self.rounds.iter().filter(|r| r.differs).count()
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
            .map(|r| {
                let here = document.rounds.iter().find(|h| h.id == r.id);
                RoundInFile {
                    id: r.id.clone(),
                    unit: r.unit.clone(),
                    date: r.date.clone(),
                    already_here: here.is_some(),
                    differs: here.is_some_and(|h| h != r),
                }
            })
            .collect(),
        migrated_from: restored.migrated_from,
        repairs: restored.repairs,
    })
}

/// What an import did.
#[derive(Debug, Default, PartialEq)]
pub struct Imported {
    /// Rounds added, by unit and date (new ones, and the file's copies kept beside one here).
    pub added: Vec<(String, String)>,
    /// Rounds here replaced by the file's.
    pub replaced: usize,
    /// Rounds left out because the same round, or one the user chose to keep, is already here.
    pub already_here: usize,
    /// What restoring the file had to repair.
    pub repairs: Vec<super::Repair>,
}

/// Adds the rounds of the document in `file` to `document`, keeping every round here whose id
/// the file also has. The active round becomes the last one added.
pub fn import(document: &mut Document, file: &str) -> Result<Imported, RestoreError> {
    import_with(document, file, &BTreeMap::new())
}

/// Adds the rounds of the document in `file` to `document`; a round whose id is here and which
/// differs goes as `choices` says (by the round's id; `Keep` where it says nothing). The active
/// round becomes the last one added or taken, so the user lands on what they brought in.
pub fn import_with(
    document: &mut Document,
    file: &str,
    choices: &BTreeMap<String, Choice>,
) -> Result<Imported, RestoreError> {
    let restored = read(file)?;
    let mut report = Imported {
        repairs: restored.repairs,
        ..Imported::default()
    };
    for mut round in restored.document.rounds {
        let Some(at) = document.rounds.iter().position(|r| r.id == round.id) else {
            report.added.push((round.unit.clone(), round.date.clone()));
            document.active_round = Some(round.id.clone());
            document.rounds.push(round);
            continue;
        };
        let choice = choices.get(&round.id).copied().unwrap_or_default();
        match choice {
            _ if document.rounds[at] == round => report.already_here += 1,
            Choice::Keep => report.already_here += 1,
            Choice::Take => {
                report.replaced += 1;
                document.active_round = Some(round.id.clone());
                document.rounds[at] = round;
            }
            Choice::Both => {
                round.id = unused_id(&round.id, |id| document.rounds.iter().any(|r| r.id == id));
                report.added.push((round.unit.clone(), round.date.clone()));
                document.active_round = Some(round.id.clone());
                document.rounds.push(round);
            }
        }
    }
    Ok(report)
}

/// Replaces all of `document` with the document in `file`.
pub fn replace(document: &mut Document, file: &str) -> Result<(), RestoreError> {
    *document = read(file)?.document;
    Ok(())
}
