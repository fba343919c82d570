//! Scores of a self-assessment: per statement and per principle the mean of the scores given
//! and how many answered, and an overall score. "Vet ej" is counted but never scored.

use super::content::Content;
use super::model::{Answer, Assessment};

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
}

#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleScore {
    pub principle: String,
    /// Over all answers to the principle's statements; its mean is the principle's score.
    pub tally: Tally,
    pub statements: Vec<StatementScore>,
}

impl PrincipleScore {
    pub fn mean(&self) -> Option<f64> {
        self.tally.mean()
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
            let statements = principle
                .statements
                .iter()
                .map(|statement| {
                    let mut st = Tally::default();
                    for participant in &assessment.participants {
                        st.add(assessment.answer(&participant.id, &statement.id));
                    }
                    tally.merge(&st);
                    StatementScore {
                        statement: statement.id.clone(),
                        tally: st,
                    }
                })
                .collect();
            total.merge(&tally);
            PrincipleScore {
                principle: principle.id.clone(),
                tally,
                statements,
            }
        })
        .collect();
    Scores {
        principles,
        tally: total,
    }
}
