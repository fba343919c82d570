//! Scores of a self-assessment: per statement and per principle the mean of the scores given
//! and how many answered, and an overall score. "Vet ej" is counted but never scored.
//!
//! `visible` is the one rule for what of a round may be shown anywhere (pages, charts, exports,
//! the plan's reasons): in a workshop no figure is derived from fewer people than the team's
//! threshold. Every view and export asks it rather than scoring a round itself.

use super::content::Content;
use super::model::{Answer, Assessment, Round};

/// Tally of the answers to one statement, one principle or the whole assessment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    /// Answers with a score 1–5.
    pub scored: u32,
    /// Answers "vet ej".
    pub dont_know: u32,
    /// How many answers there could be: statements × participants.
    pub expected: u32,
    sum: u32,
}

impl Tally {
    fn add(&mut self, answer: Option<Answer>) {
        self.expected += 1;
        match answer {
            Some(Answer::Score(n)) => {
                self.scored += 1;
                self.sum += u32::from(n);
            }
            Some(Answer::DontKnow) => self.dont_know += 1,
            None => {}
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.scored += other.scored;
        self.dont_know += other.dont_know;
        self.expected += other.expected;
        self.sum += other.sum;
    }

    /// The mean of the scores given, `None` when nothing was scored.
    pub fn mean(&self) -> Option<f64> {
        (self.scored > 0).then(|| f64::from(self.sum) / f64::from(self.scored))
    }

    /// Answers given, "vet ej" included.
    pub fn answered(&self) -> u32 {
        self.scored + self.dont_know
    }

    pub fn unanswered(&self) -> u32 {
        self.expected - self.answered()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatementScore {
    pub statement: String,
    pub tally: Tally,
    /// Whether its figures may be shown (see `visible`); always true from `score`.
    pub shown: bool,
}

impl StatementScore {
    /// The mean, `None` when nothing was scored or it may not be shown.
    pub fn mean(&self) -> Option<f64> {
        self.tally.mean().filter(|_| self.shown)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleScore {
    pub principle: String,
    /// Over all answers to the principle's statements; its mean is the principle's score.
    pub tally: Tally,
    pub statements: Vec<StatementScore>,
    /// How many participants answered at least one of its statements.
    pub participants: u32,
    /// Whether its figures may be shown (see `visible`); always true from `score`.
    pub shown: bool,
}

impl PrincipleScore {
    /// The principle's score, `None` when nothing was scored or it may not be shown.
    pub fn mean(&self) -> Option<f64> {
        self.tally.mean().filter(|_| self.shown)
    }

    /// How many scored, answered "vet ej" and left unanswered, when it may be shown.
    pub fn counts(&self) -> Option<[u32; 3]> {
        self.shown
            .then(|| [self.tally.scored, self.tally.dont_know, self.tally.unanswered()])
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    /// In the order of the content.
    pub principles: Vec<PrincipleScore>,
    /// Over every statement of every principle.
    pub tally: Tally,
}

impl Scores {
    /// The overall score: the mean of the principles' means, so that each principle weighs the
    /// same; principles without any score are left out. `None` when nothing was scored.
    pub fn overall(&self) -> Option<f64> {
        let means: Vec<f64> = self.principles.iter().filter_map(PrincipleScore::mean).collect();
        (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64)
    }

    pub fn principle(&self, id: &str) -> Option<&PrincipleScore> {
        self.principles.iter().find(|p| p.principle == id)
    }
}

/// Scores `assessment` against the statements in `content`. Answers to statements the content
/// no longer has are kept in the assessment but not scored.
pub fn score(content: &Content, assessment: &Assessment) -> Scores {
    let mut total = Tally::default();
    let principles = content
        .principles
        .iter()
        .map(|principle| {
            let mut tally = Tally::default();
            let mut answered_any = vec![false; assessment.participants.len()];
            let statements = principle
                .statements
                .iter()
                .map(|statement| {
                    let mut st = Tally::default();
                    for (i, participant) in assessment.participants.iter().enumerate() {
                        let answer = assessment.answer(&participant.id, &statement.id);
                        answered_any[i] |= answer.is_some();
                        st.add(answer);
                    }
                    tally.merge(&st);
                    StatementScore {
                        statement: statement.id.clone(),
                        tally: st,
                        shown: true,
                    }
                })
                .collect();
            total.merge(&tally);
            PrincipleScore {
                principle: principle.id.clone(),
                tally,
                statements,
                participants: answered_any.iter().filter(|a| **a).count() as u32,
                shown: true,
            }
        })
        .collect();
    Scores {
        principles,
        tally: total,
    }
}

/// What of a round's answers may be shown, decided in one place for every page and export.
#[derive(Clone, Debug, PartialEq)]
pub enum Visible {
    /// The scores. In a workshop, statements answered by fewer than the threshold and principles
    /// answered by fewer participants than it are marked `shown: false` and give no mean, and a
    /// principle's tally (and the whole tally) counts only the statements shown.
    Shown(Scores),
    /// A workshop where fewer than `min_group` participants have answered: no figure derived
    /// from the answers may be shown, not even the overall score or how many answered what.
    TooFew { respondents: u32, min_group: u32 },
}

impl Visible {
    /// The scores, when any may be shown.
    pub fn scores(&self) -> Option<&Scores> {
        match self {
            Visible::Shown(scores) => Some(scores),
            Visible::TooFew { .. } => None,
        }
    }

    /// The principles' means in the order of the content (`None` where none may be shown).
    pub fn means(&self, content: &Content) -> Vec<Option<f64>> {
        match self {
            Visible::Shown(scores) => scores.principles.iter().map(PrincipleScore::mean).collect(),
            Visible::TooFew { .. } => vec![None; content.principles.len()],
        }
    }

    /// The overall score, when it may be shown.
    pub fn overall(&self) -> Option<f64> {
        self.scores().and_then(Scores::overall)
    }
}

/// What of `round` may be shown. A round the team answers together (not a workshop) is the
/// team's own and shown whole. In a workshop, where anyone could work out what one colleague
/// answered from a figure made of too few answers: nothing at all when fewer than `min_group`
/// participants answered (a threshold of 0 is taken as 1), and otherwise no statement scored by
/// fewer than that and no principle answered by fewer participants than that.
pub fn visible(content: &Content, round: &Round, min_group: u32) -> Visible {
    let mut scores = score(content, &round.assessment);
    if !round.is_workshop() {
        return Visible::Shown(scores);
    }
    let min_group = min_group.max(1);
    let respondents = round.assessment.respondents().count() as u32;
    if respondents < min_group {
        return Visible::TooFew { respondents, min_group };
    }
    // A principle's figures are made of its shown statements only: with a hidden statement
    // inside them, subtracting the shown ones would give away the hidden answers.
    let mut total = Tally::default();
    for principle in &mut scores.principles {
        let mut tally = Tally::default();
        for statement in &mut principle.statements {
            // Its mean is made of the scores alone, so that many must have given a score.
            statement.shown = statement.tally.scored >= min_group;
            if statement.shown {
                tally.merge(&statement.tally);
            }
        }
        principle.tally = tally;
        principle.shown = principle.participants >= min_group && tally.answered() > 0;
        if principle.shown {
            total.merge(&tally);
        }
    }
    scores.tally = total;
    Visible::Shown(scores)
}

/// A statement's mean at or below this (a 1 or a 2) makes it one of the low ones.
pub const LOW: f64 = 2.0;

/// A statement scored low, with the name of its principle.
#[derive(Clone, Debug, PartialEq)]
pub struct Low {
    pub principle: String,
    pub statement: String,
    pub mean: f64,
}

/// The statements scored low, in the order of the content; in a workshop only those whose
/// mean may be shown (enough scored them that nobody is singled out).
pub fn low(content: &Content, scores: &Scores) -> Vec<Low> {
    content
        .principles
        .iter()
        .zip(&scores.principles)
        .flat_map(|(p, ps)| p.statements.iter().zip(&ps.statements).map(move |(s, ss)| (p, s, ss)))
        .filter_map(|(p, s, ss)| {
            let mean = ss.mean().filter(|m| *m <= LOW)?;
            Some(Low {
                principle: p.name.clone(),
                statement: s.text.clone(),
                mean,
            })
        })
        .collect()
}

/// Everyone's notes as (principle name, note), in the order of the content, without names.
pub fn notes(content: &Content, assessment: &Assessment) -> Vec<(String, String)> {
    content
        .principles
        .iter()
        .flat_map(|p| {
            assessment
                .notes_on(&p.id)
                .into_iter()
                .map(|note| (p.name.clone(), note.to_string()))
        })
        .collect()
}
