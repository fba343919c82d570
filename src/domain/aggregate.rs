//! The team view of a workshop: per statement and per principle how many chose each answer, the
//! mean and the spread, and the statements the team disagrees on most, to talk about first.
//!
//! Nobody can be singled out: a statement or principle with fewer answers than the group's
//! threshold is shown as "too few answers", never with its numbers, and no function here hands
//! out one participant's answers.

use super::content::Content;
use super::model::{Answer, Assessment};
use super::order;

/// Distributions are shown only where at least this many participants answered, unless the
/// team sets another number.
pub const DEFAULT_MIN_GROUP: u32 = 3;

/// The threshold the team can set: a whole number from 1 to 50; a stored value of 0 is reset to
/// the default, a larger one lowered to 50 (never made less strict than it was).
pub const MIN_GROUP: super::limits::Bounds = super::limits::Bounds {
    min: 0.0,
    max: 50.0,
    whole: true,
    reset: DEFAULT_MIN_GROUP as f64,
};

/// How many chose each answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Distribution {
    /// How many chose 1, 2, 3, 4 and 5.
    pub counts: [u32; 5],
    pub dont_know: u32,
}

impl Distribution {
    pub fn merge(&mut self, other: &Distribution) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            *mine += theirs;
        }
        self.dont_know += other.dont_know;
    }

    pub fn add(&mut self, answer: Answer) {
        match answer {
            Answer::Score(n) => self.counts[usize::from(n - 1)] += 1,
            Answer::DontKnow => self.dont_know += 1,
        }
    }

    /// How many chose `score` (1–5).
    pub fn count(&self, score: u8) -> u32 {
        self.counts[usize::from(score - 1)]
    }

    /// Answers with a score.
    pub fn scored(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Answers given, "vet ej" included.
    pub fn answered(&self) -> u32 {
        self.scored() + self.dont_know
    }

    fn scores(&self) -> impl Iterator<Item = (f64, u32)> + '_ {
        self.counts.iter().enumerate().map(|(i, &n)| (i as f64 + 1.0, n))
    }

    /// The mean of the scores, `None` when nobody gave one.
    pub fn mean(&self) -> Option<f64> {
        let n = self.scored();
        (n > 0).then(|| self.scores().map(|(s, c)| s * f64::from(c)).sum::<f64>() / f64::from(n))
    }

    /// The spread of the scores: their standard deviation (over the answers given, not an
    /// estimate for a larger population). 0 when everybody agrees; `None` without scores.
    pub fn spread(&self) -> Option<f64> {
        let mean = self.mean()?;
        let n = f64::from(self.scored());
        let variance = self
            .scores()
            .map(|(s, c)| f64::from(c) * (s - mean).powi(2))
            .sum::<f64>()
            / n;
        Some(variance.sqrt())
    }
}

/// One statement in the team view.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementAggregate {
    pub statement: String,
    pub principle: String,
    pub distribution: Distribution,
    /// Whether enough participants answered for the numbers to be shown.
    pub shown: bool,
}

/// One principle in the team view: the answers to all its statements together.
#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleAggregate {
    pub principle: String,
    pub distribution: Distribution,
    /// How many participants answered at least one of its statements.
    pub participants: u32,
    pub shown: bool,
    pub statements: Vec<StatementAggregate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamView {
    /// Participants who answered anything.
    pub respondents: u32,
    /// The threshold the view was made with.
    pub min_group: u32,
    /// In the order of the content.
    pub principles: Vec<PrincipleAggregate>,
}

impl TeamView {
    /// The statements to talk about, the largest spread first (ties in the order of the content).
    /// Only statements shown, with at least two scores and some disagreement, are included.
    pub fn discussion(&self) -> Vec<&StatementAggregate> {
        let mut list: Vec<(usize, &StatementAggregate, f64)> = self
            .principles
            .iter()
            .flat_map(|p| &p.statements)
            .enumerate()
            .filter(|(_, s)| s.shown && s.distribution.scored() >= 2)
            .filter_map(|(i, s)| s.distribution.spread().filter(|d| *d > 0.0).map(|d| (i, s, d)))
            .collect();
        order::sort_by(&mut list, |a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        list.into_iter().map(|(_, s, _)| s).collect()
    }

    pub fn statement(&self, id: &str) -> Option<&StatementAggregate> {
        self.principles
            .iter()
            .flat_map(|p| &p.statements)
            .find(|s| s.statement == id)
    }
}

/// The team view of `assessment`, showing numbers only where at least `min_group` participants
/// answered (a threshold of 0 is taken as 1).
pub fn team_view(content: &Content, assessment: &Assessment, min_group: u32) -> TeamView {
    let min_group = min_group.max(1);
    let principles = content
        .principles
        .iter()
        .map(|principle| {
            let mut distribution = Distribution::default();
            let mut answered_any = vec![false; assessment.participants.len()];
            let statements = principle
                .statements
                .iter()
                .map(|statement| {
                    let mut d = Distribution::default();
                    for (i, participant) in assessment.participants.iter().enumerate() {
                        if let Some(answer) = assessment.answer(&participant.id, &statement.id) {
                            d.add(answer);
                            answered_any[i] = true;
                        }
                    }
                    // Its mean and spread are made of the scores alone, so that many must have
                    // given one (or nobody, when all answered "vet ej").
                    let shown = d.answered() >= min_group && (d.scored() == 0 || d.scored() >= min_group);
                    // The principle's figures are made of its shown statements only: with a
                    // hidden one inside, subtracting the shown ones would give it away.
                    if shown {
                        distribution.merge(&d);
                    }
                    StatementAggregate {
                        statement: statement.id.clone(),
                        principle: principle.id.clone(),
                        distribution: d,
                        shown,
                    }
                })
                .collect();
            let participants = answered_any.iter().filter(|a| **a).count() as u32;
            PrincipleAggregate {
                principle: principle.id.clone(),
                distribution,
                participants,
                shown: participants >= min_group && distribution.answered() > 0,
                statements,
            }
        })
        .collect();
    TeamView {
        respondents: assessment.respondents().count() as u32,
        min_group,
        principles,
    }
}
