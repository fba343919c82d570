//! The improvement plan: the actions the team accepts, adds, owns and follows up, each with
//! where it came from and why it was proposed. The proposals themselves are made in `propose`,
//! above the scoring they rest on; the plan's exports are in `export`.

use super::content::Content;
pub use super::content::{PrincipleAction, ThiefAction, ThiefActionKind};
use serde::{Deserialize, Serialize};

/// Why something was proposed. Written with its kind as a field (`{"kind": "weak_principle",
/// …}`); read through `Tagged`, every field of every kind in one flat struct, which compiles to
/// far less than serde's reading of an internally tagged enum (it buffers the whole object first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "Tagged")]
pub enum Reason {
    /// Among the lowest-scoring principles.
    WeakPrinciple { principle: String, mean: f64 },
    /// Statements of the principle the team rated 1 or 2 (their means).
    LowStatements {
        principle: String,
        statements: Vec<(String, f64)>,
    },
    /// Among the time thieves with the largest net loss (its title as it was then).
    BigThief {
        thief: String,
        title: String,
        net_loss: f64,
        rank: usize,
    },
}

/// Where a proposal comes from in the action library; read through `Tagged` as `Reason` is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case", try_from = "Tagged")]
pub enum Origin {
    Principle { action: String },
    Thief { thief: String, kind: ThiefActionKind },
}

/// A `Reason` or an `Origin` as stored: its tag (`kind`, `from`) and the fields of all its kinds.
#[derive(Deserialize)]
struct Tagged {
    kind: Option<String>,
    from: Option<String>,
    principle: Option<String>,
    mean: Option<f64>,
    statements: Option<Vec<(String, f64)>>,
    thief: Option<String>,
    title: Option<String>,
    net_loss: Option<f64>,
    rank: Option<usize>,
    action: Option<String>,
}

/// The field `name` of a tagged value, or serde's message for one missing.
fn field<T>(value: Option<T>, name: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{name}`"))
}

impl TryFrom<Tagged> for Reason {
    type Error = String;

    fn try_from(t: Tagged) -> Result<Self, String> {
        match field(t.kind, "kind")?.as_str() {
            "weak_principle" => Ok(Reason::WeakPrinciple {
                principle: field(t.principle, "principle")?,
                mean: field(t.mean, "mean")?,
            }),
            "low_statements" => Ok(Reason::LowStatements {
                principle: field(t.principle, "principle")?,
                statements: field(t.statements, "statements")?,
            }),
            "big_thief" => Ok(Reason::BigThief {
                thief: field(t.thief, "thief")?,
                title: field(t.title, "title")?,
                net_loss: field(t.net_loss, "net_loss")?,
                rank: field(t.rank, "rank")?,
            }),
            other => Err(format!(
                "unknown variant `{other}`, expected one of `weak_principle`, `low_statements`, `big_thief`"
            )),
        }
    }
}

impl TryFrom<Tagged> for Origin {
    type Error = String;

    fn try_from(t: Tagged) -> Result<Self, String> {
        match field(t.from, "from")?.as_str() {
            "principle" => Ok(Origin::Principle {
                action: field(t.action, "action")?,
            }),
            "thief" => {
                let kind = field(t.kind, "kind")?;
                let kind = ThiefActionKind::ALL
                    .into_iter()
                    .find(|k| k.key() == kind)
                    .ok_or_else(|| format!("unknown variant `{kind}` of a thief's action"))?;
                Ok(Origin::Thief {
                    thief: field(t.thief, "thief")?,
                    kind,
                })
            }
            other => Err(format!("unknown variant `{other}`, expected `principle` or `thief`")),
        }
    }
}

impl Origin {
    /// A stable key: the same proposal from the same input always has the same key.
    pub fn key(&self) -> String {
        match self {
            Origin::Principle { action } => format!("principle:{action}"),
            Origin::Thief { thief, kind } => format!("thief:{thief}:{}", kind.key()),
        }
    }
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Planned, Status::InProgress, Status::Done, Status::Dropped];

    pub fn key(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }
}

/// An action in the team's plan: accepted from a proposal or added by the team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    pub id: String,
    /// The proposal it was accepted from; `None` for the team's own.
    pub origin: Option<Origin>,
    /// Why it was proposed, as it was when accepted.
    pub reasons: Vec<Reason>,
    pub title: String,
    pub description: String,
    pub owner: String,
    /// `YYYY-MM-DD`, or empty.
    pub due: String,
    pub status: Status,
    pub effect: String,
    /// `YYYY-MM-DD`, or empty.
    pub follow_up: String,
    /// The round the action was first planned in, when it was carried over into a later one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<String>,
}

impl Action {
    /// Whether the action is still to be done: planned or under way.
    pub fn is_open(&self) -> bool {
        matches!(self.status, Status::Planned | Status::InProgress)
    }

    /// The principle the action was meant to strengthen: the one its library action belongs to
    /// (a library action's id begins with its principle's, `tillit.dialog-om-mal`, which
    /// `Content::problems` checks, so the library itself is not read), or the one its reasons
    /// name.
    pub fn principle(&self, content: &Content) -> Option<String> {
        if let Some(Origin::Principle { action }) = &self.origin
            && let Some((principle, _)) = action.split_once('.')
            && content.principle(principle).is_some()
        {
            return Some(principle.to_string());
        }
        self.reasons.iter().find_map(|r| match r {
            Reason::WeakPrinciple { principle, .. } | Reason::LowStatements { principle, .. } => {
                Some(principle.clone())
            }
            Reason::BigThief { .. } => None,
        })
    }
}

/// The plan of a round.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Keys of the proposals the team dismissed.
    #[serde(default)]
    pub dismissed: Vec<String>,
}

impl Plan {
    /// Whether the proposal with `key` has been accepted or dismissed.
    pub fn has_handled(&self, key: &str) -> bool {
        self.dismissed.iter().any(|k| k == key)
            || self
                .actions
                .iter()
                .any(|a| a.origin.as_ref().is_some_and(|o| o.key() == key))
    }

    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    /// Adds `action` and returns its id: its own, or a new one if another action has that id.
    pub fn add_action(&mut self, mut action: Action) -> String {
        let taken = |actions: &[Action], id: &str| actions.iter().any(|a| a.id == id);
        if taken(&self.actions, &action.id) {
            action.id = super::ids::unused_id(&action.id, |id| taken(&self.actions, id));
        }
        let id = action.id.clone();
        self.actions.push(action);
        id
    }
}

/// The proposal's action as the library words it: title and description.
pub fn wording(content: &Content, origin: &Origin) -> Option<(String, String)> {
    match origin {
        Origin::Principle { action } => content
            .principle_actions()
            .iter()
            .find(|a| &a.id == action)
            .map(|a| (a.title.clone(), a.description.clone())),
        Origin::Thief { kind, .. } => content
            .thief_actions()
            .iter()
            .find(|a| a.kind == *kind)
            .map(|a| (a.title.clone(), a.description.clone())),
    }
}
