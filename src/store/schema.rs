//! The shape of the document kept in local storage: plain serde types with a `version`.
//! Fields a newer or older app wrote that this one does not know are kept, not dropped.

use crate::domain::aggregate::DEFAULT_MIN_GROUP;
use crate::domain::model::Round;
use crate::domain::scoring::score;
use crate::domain::{Content, Lang};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The schema version this app writes. Older versions are migrated on load (see `restore`).
pub const CURRENT_VERSION: u32 = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    /// Every round, oldest first.
    #[serde(default)]
    pub rounds: Vec<Round>,
    /// The id of the round being worked on.
    #[serde(default)]
    pub active_round: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub lang: Lang,
    /// The team view shows a distribution only where at least this many answered.
    #[serde(default = "default_min_group")]
    pub min_group: u32,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

fn default_min_group() -> u32 {
    DEFAULT_MIN_GROUP
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::default(),
            min_group: DEFAULT_MIN_GROUP,
            extra: BTreeMap::new(),
        }
    }
}

impl Default for Document {
    fn default() -> Self {
        Document {
            version: CURRENT_VERSION,
            settings: Settings::default(),
            rounds: Vec::new(),
            active_round: None,
            extra: BTreeMap::new(),
        }
    }
}

impl Document {
    pub fn active_round(&self) -> Option<&Round> {
        let id = self.active_round.as_deref()?;
        self.rounds.iter().find(|r| r.id == id)
    }

    pub fn active_round_mut(&mut self) -> Option<&mut Round> {
        let id = self.active_round.clone()?;
        self.rounds.iter_mut().find(|r| r.id == id)
    }

    /// Adds `round` and makes it the one being worked on; earlier rounds are kept.
    pub fn start_round(&mut self, round: Round) {
        self.active_round = Some(round.id.clone());
        self.rounds.push(round);
    }

    /// Where "continue" leads: the first principle with an unanswered statement, the results
    /// when everything is answered, and the start page when no round is under way. In a workshop
    /// it is about the participant whose turn it is, and leads to the participants when nobody's
    /// turn is on.
    pub fn continue_path(&self, content: &Content) -> String {
        let Some(round) = self.active_round() else {
            return "/".to_string();
        };
        let Some(answerer) = round.answerer() else {
            return "/deltagare".to_string();
        };
        let scores = score(content, &round.assessment.only(answerer));
        match scores.principles.iter().find(|p| p.tally.unanswered() > 0) {
            Some(p) => format!("/princip/{}", p.principle),
            None => "/resultat".to_string(),
        }
    }

    /// Makes each round that is still to take over an earlier round's time thieves and open
    /// actions (`Round::carry_from`), or its open actions alone (`Round::carry_actions_from`),
    /// take them over; one whose earlier round is gone keeps its own.
    pub fn carry_over_pending(&mut self) {
        for i in 0..self.rounds.len() {
            if let Some(from) = self.rounds[i].carry_from.take()
                && let Some(earlier) = self.round_copy(&from)
            {
                self.rounds[i].carry_over(&earlier);
            }
            if let Some(from) = self.rounds[i].carry_actions_from.take()
                && let Some(earlier) = self.round_copy(&from)
            {
                self.rounds[i].carry_actions(&earlier);
            }
        }
    }

    /// The time-thief half of `carry_over_pending`, for a build that reads audits but not
    /// plans: each round still to carry over takes the earlier round's thieves over, and notes
    /// that its open actions are still to come (`Round::carry_actions_from`).
    pub fn carry_thieves_pending(&mut self) {
        for i in 0..self.rounds.len() {
            if let Some(from) = self.rounds[i].carry_from.take()
                && let Some(earlier) = self.round_copy(&from)
            {
                self.rounds[i].carry_thieves(&earlier);
                self.rounds[i].carry_actions_from = Some(from);
            }
        }
    }

    /// A copy of the round with `id`, to take something over from.
    fn round_copy(&self, id: &str) -> Option<Round> {
        self.rounds.iter().find(|r| r.id == id).cloned()
    }

    /// The document as stored: JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a document always serializes")
    }
}
