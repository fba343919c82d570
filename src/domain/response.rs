//! Response files: in a workshop where everyone answers on their own device, each participant
//! saves their answers as a small file and the facilitator reads the files into the round.
//!
//! A file carries an id made from the round it was answered in and the participant, so the same
//! person's file read twice is recognised: identical, it is left out; changed, it replaces what
//! that person answered before. Nobody is counted twice.

use super::content::Content;
use super::history::same_unit;
use super::model::{Answer, Participant, Round};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a response file says it is.
pub const KIND: &str = "tillit-response";
/// The response file format this app writes and reads.
pub const VERSION: u32 = 1;
/// A response file is a few kilobytes; anything much larger is not one.
pub const MAX_BYTES: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseFile {
    pub kind: String,
    pub version: u32,
    /// Stable for one participant in one round on one device.
    pub id: String,
    /// The participant's name, if they gave one.
    #[serde(default)]
    pub name: String,
    /// The unit and date of the round it was answered in, to tell the facilitator.
    pub unit: String,
    pub date: String,
    pub answers: BTreeMap<String, Answer>,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

impl ResponseFile {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a response file always serializes")
    }
}

/// `participant`'s answers in `round`, as a file to hand to the facilitator, under `name` (which
/// may be empty: the facilitator then sees the participant by number).
pub fn export(round: &Round, participant: &str, name: &str) -> ResponseFile {
    let response = round.assessment.response(participant);
    ResponseFile {
        kind: KIND.to_string(),
        version: VERSION,
        id: format!("{}.{participant}", round.id),
        name: name.trim().to_string(),
        unit: round.unit.clone(),
        date: round.date.clone(),
        answers: response.map(|r| r.answers.clone()).unwrap_or_default(),
        notes: response.map(|r| r.notes.clone()).unwrap_or_default(),
    }
}

/// Why a file could not be read as a response file. The views put each into words.
#[derive(Clone, Debug, PartialEq)]
pub enum ResponseError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON; where it stops making sense.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a response file (e.g. a whole backup).
    NotAResponse,
    TooNew {
        found: u64,
    },
    /// An answer that is not on the scale; `value` as it is written in the file.
    NotAnAnswer {
        statement: String,
        value: String,
    },
    /// A response file with a field that cannot be read; `message` is the technical detail.
    Invalid {
        path: String,
        message: String,
    },
    /// Not one answer to a statement there is: the file is nobody's answers, and reading it
    /// would count a participant who answered nothing. `unknown` statements were answered.
    NothingAnswered {
        unknown: usize,
    },
}

/// Reads a response file, checking every field.
pub fn parse(raw: &str) -> Result<ResponseFile, ResponseError> {
    if raw.len() > MAX_BYTES {
        return Err(ResponseError::TooLarge { bytes: raw.len() });
    }
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| ResponseError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if value.get("kind").and_then(serde_json::Value::as_str) != Some(KIND) {
        return Err(ResponseError::NotAResponse);
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => return Err(ResponseError::TooNew { found: v }),
        Some(v) if v >= 1 => {}
        _ => return Err(ResponseError::NotAResponse),
    }
    if let Some(answers) = value.get("answers").and_then(serde_json::Value::as_object) {
        for (statement, answer) in answers {
            if super::json::decode::<Answer>(answer).is_err() {
                return Err(ResponseError::NotAnAnswer {
                    statement: statement.clone(),
                    value: answer.to_string(),
                });
            }
        }
    }
    let file: ResponseFile = super::json::decode(&value).map_err(|e| ResponseError::Invalid {
        path: e.path,
        message: e.message,
    })?;
    if file.id.trim().is_empty() {
        return Err(ResponseError::Invalid {
            path: "id".to_string(),
            message: "empty".to_string(),
        });
    }
    Ok(file)
}

/// A response file held up against the round it is to be read into.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The file, without the answers and notes that have nowhere to go.
    pub file: ResponseFile,
    /// The file's unit, when it is not the round's (spelled differently only in case or
    /// surrounding spaces is the same unit).
    pub other_unit: Option<String>,
    /// The file's date, when it is not the round's.
    pub other_date: Option<String>,
    /// Ids of statements (and of principles, for notes) that the file answers but that are not in
    /// the content: told, not stored.
    pub unknown: Vec<String>,
}

impl Checked {
    /// Whether the file was answered in another round than this one: the facilitator is asked
    /// before it is read in.
    pub fn from_other_round(&self) -> bool {
        self.other_unit.is_some() || self.other_date.is_some()
    }
}

/// Holds `file` up against `round`: whether it was answered for the same unit and date, and
/// which of its answers are to statements the content has. A file without a single answer to
/// one of them is refused: it would count as a participant who answered nothing.
pub fn check(round: &Round, content: &Content, mut file: ResponseFile) -> Result<Checked, ResponseError> {
    let mut unknown: Vec<String> = file
        .answers
        .keys()
        .filter(|id| content.statement(id).is_none())
        .cloned()
        .collect();
    file.answers.retain(|id, _| content.statement(id).is_some());
    if file.answers.is_empty() {
        return Err(ResponseError::NothingAnswered { unknown: unknown.len() });
    }
    unknown.extend(file.notes.keys().filter(|id| content.principle(id).is_none()).cloned());
    file.notes.retain(|id, _| content.principle(id).is_some());
    Ok(Checked {
        other_unit: (!same_unit(&file.unit, &round.unit)).then(|| file.unit.clone()),
        other_date: (file.date.trim() != round.date.trim()).then(|| file.date.clone()),
        unknown,
        file,
    })
}

/// What reading a response file into a round did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merged {
    /// A new participant.
    Added,
    /// The same participant's earlier file, replaced by this one.
    Updated,
    /// Exactly this file was read before; nothing changed.
    AlreadyHere,
}

/// Reads `file` into `round` as the participant it comes from. A participant whose turn it is on
/// this device is kept even before they have answered.
pub fn merge(round: &mut Round, file: ResponseFile) -> Merged {
    round.workshop = true;
    let assessment = &mut round.assessment;
    let known = assessment.participants.iter().any(|p| p.id == file.id);
    if known {
        let before = assessment.response(&file.id);
        let same = before.map_or(file.answers.is_empty() && file.notes.is_empty(), |r| {
            r.answers == file.answers && r.notes == file.notes
        });
        if same {
            return Merged::AlreadyHere;
        }
        assessment.clear_response(&file.id);
    }
    let id = if known {
        file.id.clone()
    } else {
        let participant = Participant {
            id: file.id.clone(),
            name: file.name.trim().to_string(),
        };
        assessment.add_participant(participant, round.answering.as_deref())
    };
    for (statement, answer) in &file.answers {
        assessment.set_answer(&id, statement, Some(*answer));
    }
    for (principle, note) in &file.notes {
        assessment.set_note(&id, principle, note);
    }
    if known { Merged::Updated } else { Merged::Added }
}
