//! What restoring a document had to repair, as data: where, what was found and what it became.
//! The views put each into words from the translation files; nothing here is a sentence.

/// One repair made while restoring a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Repair {
    /// An answer that is not on the scale was dropped; the rest of the response is kept.
    AnswerDropped {
        /// Where the response is, e.g. `rounds[0].assessment.responses[1]`.
        path: String,
        statement: String,
        /// The value as it was written in the document.
        value: String,
    },
    /// An id was used twice; the later one got a new id and nothing was removed.
    IdRenamed {
        /// Where the renamed item is, e.g. `rounds[1]`.
        path: String,
        kind: IdKind,
        old: String,
        new: String,
    },
    /// The active round named a round that is not there; no round is active now.
    NoActiveRound { id: String },
    /// A time thief of schema version 4 judged its benefit on a fixed scale; now the team
    /// estimates the minutes the benefit needs. The old choice became the minutes that give the
    /// same loss as before: none → none of the time, low → a quarter, some → half, high → three
    /// quarters.
    BenefitMapped {
        /// Where the thief is, e.g. `rounds[0].audit.thieves[2]`.
        path: String,
        title: String,
        /// The old choice: `none`, `low`, `some` or `high`.
        benefit: String,
        /// The minutes each time, and how many of them the benefit is now taken to need.
        minutes: f64,
        needed: f64,
    },
    /// A number the form would refuse (or, for figures the app works out itself, one it could
    /// never have worked out) was changed to one it accepts.
    Number {
        /// Where the number is, e.g. `rounds[0].audit.thieves[2].minutes`.
        path: String,
        found: f64,
        now: f64,
        fix: Fix,
    },
}

pub use crate::domain::limits::Fix;

/// What kind of item an id belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Round,
    /// A time thief, unique within its round.
    Thief,
    /// A participant, unique within its round; their answers went with them.
    Participant,
    /// An action of the plan, unique within its round.
    Action,
}
