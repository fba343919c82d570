//! A round of work for one unit on one date: its participants and what they answered in the
//! self-assessment. The time-thief audit and the improvement plan sit beside the assessment.

use super::audit::Audit;
pub use super::date::is_iso_date;
pub use super::ids::unused_id;
use super::kept::Kept;
use super::plan::Plan;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The lowest and highest score on the answer scale.
pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

/// An answer to one statement: a score from 1 ("stämmer inte alls") to 5 ("stämmer helt"),
/// or "vet ej", which is an answer but never a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "AnswerRepr", into = "AnswerRepr")]
pub enum Answer {
    Score(u8),
    DontKnow,
}

/// Stored form of an answer: the score as a number, "vet ej" as the word `"dont_know"`.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum AnswerRepr {
    Score(u8),
    Word(String),
}

const DONT_KNOW: &str = "dont_know";

impl TryFrom<AnswerRepr> for Answer {
    type Error = String;

    fn try_from(repr: AnswerRepr) -> Result<Self, Self::Error> {
        match repr {
            AnswerRepr::Score(n) => Answer::score_of(n).ok_or_else(|| format!("{n} is not a score from 1 to 5")),
            AnswerRepr::Word(w) if w == DONT_KNOW => Ok(Answer::DontKnow),
            AnswerRepr::Word(w) => Err(format!("{w:?} is not an answer")),
        }
    }
}

impl From<Answer> for AnswerRepr {
    fn from(answer: Answer) -> Self {
        match answer {
            Answer::Score(n) => AnswerRepr::Score(n),
            Answer::DontKnow => AnswerRepr::Word(DONT_KNOW.to_string()),
        }
    }
}

impl Answer {
    /// The answer with score `n`, if `n` is on the scale.
    pub fn score_of(n: u8) -> Option<Answer> {
        SCALE.contains(&n).then_some(Answer::Score(n))
    }

    /// The score, or `None` for "vet ej".
    pub fn score(self) -> Option<u8> {
        match self {
            Answer::Score(n) => Some(n),
            Answer::DontKnow => None,
        }
    }

    /// Every possible answer in the order they are offered.
    pub fn all() -> impl Iterator<Item = Answer> {
        SCALE.map(Answer::Score).chain(std::iter::once(Answer::DontKnow))
    }
}

/// Someone who answers: a person, or the whole team answering together. The name may be empty:
/// in a workshop people can answer without giving it, and are then shown by number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: String,
    #[serde(default)]
    pub name: String,
}

/// One participant's answers (by statement id) and notes (by principle id).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub participant: String,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

/// The self-assessment of a round: who takes part and what each of them answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub responses: Vec<Response>,
}

impl Assessment {
    /// An assessment with a single participant, e.g. the team answering together.
    pub fn with_participant(participant: Participant) -> Self {
        Assessment {
            participants: vec![participant],
            responses: Vec::new(),
        }
    }

    /// The same assessment with only `participant` in it: one person's own progress.
    pub fn only(&self, participant: &str) -> Assessment {
        Assessment {
            participants: self
                .participants
                .iter()
                .filter(|p| p.id == participant)
                .cloned()
                .collect(),
            responses: self
                .responses
                .iter()
                .filter(|r| r.participant == participant)
                .cloned()
                .collect(),
        }
    }

    /// Whether `participant` has answered anything or written a note.
    pub fn has_answered(&self, participant: &str) -> bool {
        self.response(participant)
            .is_some_and(|r| !r.answers.is_empty() || !r.notes.is_empty())
    }

    /// Participants who have answered anything.
    pub fn respondents(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| self.has_answered(&p.id))
    }

    /// Adds `participant` and returns the id it is in the round under: its own, or, if another
    /// participant already has that id, a new one. Participants who have not answered anything
    /// (such as the team that was set up to answer together, when the team instead answers one
    /// by one) are dropped, except `keep`.
    pub fn add_participant(&mut self, mut participant: Participant, keep: Option<&str>) -> String {
        let empty: Vec<String> = self
            .participants
            .iter()
            .filter(|p| Some(p.id.as_str()) != keep && !self.has_answered(&p.id))
            .map(|p| p.id.clone())
            .collect();
        for id in &empty {
            self.remove_participant(id);
        }
        if self.participants.iter().any(|p| p.id == participant.id) {
            participant.id = unused_id(&participant.id, |id| self.participants.iter().any(|p| p.id == id));
        }
        let id = participant.id.clone();
        self.participants.push(participant);
        id
    }

    /// Forgets what `participant` answered and wrote, keeping them in the round.
    pub fn clear_response(&mut self, participant: &str) {
        self.responses.retain(|r| r.participant != participant);
    }

    /// Removes `participant` and everything they answered.
    pub fn remove_participant(&mut self, participant: &str) {
        self.participants.retain(|p| p.id != participant);
        self.responses.retain(|r| r.participant != participant);
    }

    /// Every note written on `principle`, in the order of the participants, without names.
    pub fn notes_on(&self, principle: &str) -> Vec<&str> {
        self.participants
            .iter()
            .map(|p| self.note(&p.id, principle))
            .filter(|n| !n.is_empty())
            .collect()
    }

    pub fn response(&self, participant: &str) -> Option<&Response> {
        self.responses.iter().find(|r| r.participant == participant)
    }

    fn response_mut(&mut self, participant: &str) -> &mut Response {
        let index = match self.responses.iter().position(|r| r.participant == participant) {
            Some(i) => i,
            None => {
                self.responses.push(Response {
                    participant: participant.to_string(),
                    ..Response::default()
                });
                self.responses.len() - 1
            }
        };
        &mut self.responses[index]
    }

    pub fn answer(&self, participant: &str, statement: &str) -> Option<Answer> {
        self.response(participant)?.answers.get(statement).copied()
    }

    /// Records `answer` to `statement`, or clears it when `answer` is `None`.
    pub fn set_answer(&mut self, participant: &str, statement: &str, answer: Option<Answer>) {
        let response = self.response_mut(participant);
        match answer {
            Some(a) => {
                response.answers.insert(statement.to_string(), a);
            }
            None => {
                response.answers.remove(statement);
            }
        }
    }

    pub fn note(&self, participant: &str, principle: &str) -> &str {
        self.response(participant)
            .and_then(|r| r.notes.get(principle))
            .map_or("", String::as_str)
    }

    /// Records the note on `principle`; an empty note is removed rather than kept.
    pub fn set_note(&mut self, participant: &str, principle: &str, text: &str) {
        let response = self.response_mut(participant);
        if text.is_empty() {
            response.notes.remove(principle);
        } else {
            response.notes.insert(principle.to_string(), text.to_string());
        }
    }
}

/// One occasion for one unit: a date, the unit's name and the work done on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub id: String,
    /// The unit or team the round is for.
    pub unit: String,
    /// The date of the round, `YYYY-MM-DD`.
    pub date: String,
    pub assessment: Assessment,
    /// The time-thief audit of the round, read when it is first used (see `Kept`).
    #[serde(default)]
    pub audit: Kept<Audit>,
    /// The improvement plan of the round, read when it is first used.
    #[serde(default)]
    pub plan: Kept<Plan>,
    /// In a workshop on one shared device: the participant whose turn it is to answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answering: Option<String>,
    /// Whether the participants answer one by one (in turn, or from files) rather than as the
    /// team together: then nobody's answers are shown outside their own turn.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub workshop: bool,
    /// Joined on this device by the round's link (`domain::join`): one participant answering
    /// on their own phone, whose answers go back to whoever leads as a code or a file. Its
    /// last step leads there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub joined: bool,
    /// The earlier round whose time thieves and open actions this one is still to take over
    /// (`carry_over`): a round started in the walk build, which does not read audits and
    /// plans, takes them over when the full build next reads the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carry_from: Option<String>,
    /// The earlier round whose open actions this one is still to take over, its time thieves
    /// already taken over (`carry_thieves`) by a build that does not read plans (the time
    /// thieves' build); a build that reads plans takes the actions over (`carry_actions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carry_actions_from: Option<String>,
    /// Fields this version of the app does not know, kept as they were.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Round {
    pub fn new(id: String, unit: String, date: String, participant: Participant) -> Self {
        Round {
            id,
            unit,
            date,
            assessment: Assessment::with_participant(participant),
            audit: Kept::default(),
            plan: Kept::default(),
            answering: None,
            workshop: false,
            joined: false,
            carry_from: None,
            carry_actions_from: None,
            extra: BTreeMap::new(),
        }
    }

    /// Who the questions are answered as on this device: the participant whose turn it is; or,
    /// when the team answers together (a single participant and no workshop), the team. `None`
    /// in a workshop when nobody's turn is on: then nobody's answers are shown.
    pub fn answerer(&self) -> Option<&str> {
        match &self.answering {
            Some(id) => self
                .assessment
                .participants
                .iter()
                .any(|p| &p.id == id)
                .then_some(id.as_str()),
            None if !self.is_workshop() => self.assessment.participants.first().map(|p| p.id.as_str()),
            None => None,
        }
    }

    /// How participant `id` is shown: their name, or `numbered` ("Deltagare {n}") with their
    /// place in the round, "?" for somebody not in it.
    pub fn participant_label(&self, id: &str, numbered: &str) -> String {
        let participants = &self.assessment.participants;
        match participants.iter().position(|p| p.id == id) {
            Some(i) if !participants[i].name.trim().is_empty() => participants[i].name.clone(),
            Some(i) => numbered.replace("{n}", &(i + 1).to_string()),
            None => numbered.replace("{n}", "?"),
        }
    }

    /// Starts `participant`'s turn to answer on this device; the round becomes a workshop.
    pub fn start_turn(&mut self, participant: Participant) {
        self.workshop = true;
        let keep = participant.id.clone();
        let id = self.assessment.add_participant(participant, Some(&keep));
        self.answering = Some(id);
    }

    /// Removes `participant` and everything they answered; if it was their turn, nobody's is.
    pub fn remove_participant(&mut self, participant: &str) {
        self.assessment.remove_participant(participant);
        if self.answering.as_deref() == Some(participant) {
            self.answering = None;
        }
    }

    /// Takes over from `previous`, the unit's round before: its time thieves (each still there
    /// marked to be estimated again, the removed ones kept so their time counts as won back)
    /// and rates, and the actions of its plan that are not done or dropped, each remembering
    /// the round it was first planned in.
    pub fn carry_over(&mut self, previous: &Round) {
        self.carry_thieves(previous);
        self.carry_actions(previous);
    }

    /// The time-thief half of `carry_over`: the thieves and the rates.
    pub fn carry_thieves(&mut self, previous: &Round) {
        self.audit.thieves = previous
            .audit
            .thieves
            .iter()
            .map(|t| {
                let mut t = t.clone();
                t.carried = t.is_current();
                t
            })
            .collect();
        self.audit.rates = previous.audit.rates;
    }

    /// The plan half of `carry_over`: the open actions.
    pub fn carry_actions(&mut self, previous: &Round) {
        self.plan.actions = previous
            .plan
            .actions
            .iter()
            .filter(|a| a.is_open())
            .map(|a| {
                let mut a = a.clone();
                a.carried_from = a.carried_from.or_else(|| Some(previous.id.clone()));
                a
            })
            .collect();
    }

    /// Whether the round is answered one by one rather than by the team together.
    pub fn is_workshop(&self) -> bool {
        self.workshop || self.answering.is_some() || self.assessment.participants.len() > 1
    }
}
