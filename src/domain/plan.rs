//! The improvement plan: proposals generated from the self-assessment and the time-thief audit,
//! each saying why it was proposed, and the actions the team accepts, adds, owns and follows up.
//! Generation is deterministic and short on purpose: too many priorities are no priorities.

use super::audit::{Audit, Category, Need, Remover, TimeThief};
use super::content::{Content, SourceRef};
use super::scoring::{PrincipleScore, Visible};
use serde::{Deserialize, Serialize};

/// A principle is judged only when at least this share of its possible answers has a score.
pub const MIN_SCORED_SHARE: f64 = 0.5;
/// Principles scoring below this can be among the weakest that get proposals.
pub const WEAK_BELOW: f64 = 4.0;
/// How many of the lowest-scoring principles get proposals.
pub const WEAKEST: usize = 2;
/// A statement with a mean at or below this (a 1 or a 2) gets its principle a proposal.
pub const LOW_STATEMENT: f64 = 2.0;
/// At most this many proposals from the principles, and from the time thieves.
pub const MAX_PRINCIPLE_PROPOSALS: usize = 4;
pub const MAX_THIEF_PROPOSALS: usize = 3;

/// An action the library offers for a principle.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrincipleAction {
    pub id: String,
    pub principle: String,
    pub title: String,
    pub description: String,
    pub source: SourceRef,
}

/// What can be done about a time thief.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThiefActionKind {
    Stop,
    Simplify,
    Automate,
    MoveRole,
    PassOn,
}

impl ThiefActionKind {
    pub const ALL: [ThiefActionKind; 5] = [
        ThiefActionKind::Stop,
        ThiefActionKind::Simplify,
        ThiefActionKind::Automate,
        ThiefActionKind::MoveRole,
        ThiefActionKind::PassOn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ThiefActionKind::Stop => "stop",
            ThiefActionKind::Simplify => "simplify",
            ThiefActionKind::Automate => "automate",
            ThiefActionKind::MoveRole => "move_role",
            ThiefActionKind::PassOn => "pass_on",
        }
    }

    /// The kind of action that fits a thief: pass on what the unit cannot remove; move what
    /// sits in the wrong role; stop what gives nothing; automate what lives in IT systems;
    /// otherwise simplify.
    pub fn for_thief(t: &TimeThief) -> Self {
        if t.removable_by != Remover::Unit {
            ThiefActionKind::PassOn
        } else if matches!(t.category, Category::OutsideRole | Category::Scheduling) {
            ThiefActionKind::MoveRole
        } else if t.need == Need::Nothing {
            ThiefActionKind::Stop
        } else if t.category == Category::ItSystems {
            ThiefActionKind::Automate
        } else {
            ThiefActionKind::Simplify
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThiefAction {
    pub kind: ThiefActionKind,
    pub title: String,
    pub description: String,
    pub source: SourceRef,
}

/// Why something was proposed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
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

/// Where a proposal comes from in the action library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum Origin {
    Principle { action: String },
    Thief { thief: String, kind: ThiefActionKind },
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

#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub origin: Origin,
    pub reasons: Vec<Reason>,
}

impl Proposal {
    pub fn key(&self) -> String {
        self.origin.key()
    }
}

fn judged(p: &PrincipleScore) -> Option<f64> {
    let t = &p.tally;
    let enough = t.expected > 0 && f64::from(t.scored) >= MIN_SCORED_SHARE * f64::from(t.expected);
    if enough { p.mean() } else { None }
}

/// The proposals for a round, weakest principles first, then the largest time thieves.
/// Principles with too few scored answers are not judged at all, and nothing is judged from
/// scores that may not be shown (`scoring::visible`): a proposal's reason is a figure too.
pub fn propose(content: &Content, visible: &Visible, audit: &Audit) -> Vec<Proposal> {
    let empty = Vec::new();
    let principles = visible.scores().map_or(&empty, |s| &s.principles);
    // (content index, mean) of every judged principle, lowest mean first.
    let mut judged_principles: Vec<(usize, f64)> = principles
        .iter()
        .enumerate()
        .filter_map(|(i, p)| judged(p).map(|m| (i, m)))
        .collect();
    judged_principles.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));

    let weakest: Vec<usize> = judged_principles
        .iter()
        .filter(|(_, m)| *m < WEAK_BELOW)
        .take(WEAKEST)
        .map(|(i, _)| *i)
        .collect();
    let mut proposals = Vec::new();
    let mut from_principles = 0;
    for (rank, &(i, mean)) in judged_principles.iter().enumerate() {
        let principle = &content.principles[i];
        let low: Vec<(String, f64)> = principles[i]
            .statements
            .iter()
            .filter_map(|s| {
                s.mean()
                    .filter(|m| *m <= LOW_STATEMENT)
                    .map(|m| (s.statement.clone(), m))
            })
            .collect();
        let is_weak = weakest.contains(&i);
        if !is_weak && low.is_empty() {
            continue;
        }
        let mut reasons = Vec::new();
        if is_weak {
            reasons.push(Reason::WeakPrinciple {
                principle: principle.id.clone(),
                mean,
            });
        }
        if !low.is_empty() {
            reasons.push(Reason::LowStatements {
                principle: principle.id.clone(),
                statements: low,
            });
        }
        // The weakest principle of all gets two actions, the others one.
        let wanted = if rank == 0 && is_weak { 2 } else { 1 };
        for action in content
            .principle_actions
            .iter()
            .filter(|a| a.principle == principle.id)
            .take(wanted)
        {
            if from_principles == MAX_PRINCIPLE_PROPOSALS {
                break;
            }
            proposals.push(Proposal {
                origin: Origin::Principle {
                    action: action.id.clone(),
                },
                reasons: reasons.clone(),
            });
            from_principles += 1;
        }
    }

    for (rank, (thief, cost)) in audit
        .ranked()
        .into_iter()
        .filter(|(t, c)| t.is_current() && c.net_loss > 0.0)
        .take(MAX_THIEF_PROPOSALS)
        .enumerate()
    {
        proposals.push(Proposal {
            origin: Origin::Thief {
                thief: thief.id.clone(),
                kind: ThiefActionKind::for_thief(thief),
            },
            reasons: vec![Reason::BigThief {
                thief: thief.id.clone(),
                title: thief.title.clone(),
                net_loss: cost.net_loss,
                rank: rank + 1,
            }],
        });
    }
    proposals
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

    /// The principle the action was meant to strengthen: the one its library action belongs to,
    /// or the one its reasons name.
    pub fn principle(&self, content: &Content) -> Option<String> {
        if let Some(Origin::Principle { action }) = &self.origin
            && let Some(a) = content.principle_actions.iter().find(|a| &a.id == action)
        {
            return Some(a.principle.clone());
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
            action.id = super::model::unused_id(&action.id, |id| taken(&self.actions, id));
        }
        let id = action.id.clone();
        self.actions.push(action);
        id
    }
}

/// The reasons of an action that may be shown with the round as it stands (see
/// `scoring::visible`): a time thief always; a principle's score only while the principle is
/// shown, and low statements only those still shown. An action taken into the plan keeps the
/// figures it was proposed with, and a workshop can later fall under the threshold (a
/// participant removed, the threshold raised): its reasons then say no more than the round may.
pub fn shown_reasons(reasons: &[Reason], visible: &Visible) -> Vec<Reason> {
    let principle = |id: &str| {
        visible
            .scores()
            .and_then(|s| s.principles.iter().find(|p| p.principle == id))
    };
    reasons
        .iter()
        .filter_map(|r| match r {
            Reason::BigThief { .. } => Some(r.clone()),
            Reason::WeakPrinciple { principle: id, .. } => principle(id).is_some_and(|p| p.shown).then(|| r.clone()),
            Reason::LowStatements {
                principle: id,
                statements,
            } => {
                let p = principle(id)?;
                let statements: Vec<(String, f64)> = statements
                    .iter()
                    .filter(|(s, _)| p.statements.iter().any(|ps| &ps.statement == s && ps.shown))
                    .cloned()
                    .collect();
                (!statements.is_empty()).then(|| Reason::LowStatements {
                    principle: id.clone(),
                    statements,
                })
            }
        })
        .collect()
}

/// The proposal's action as the library words it: title and description.
pub fn wording(content: &Content, origin: &Origin) -> Option<(String, String)> {
    match origin {
        Origin::Principle { action } => content
            .principle_actions
            .iter()
            .find(|a| &a.id == action)
            .map(|a| (a.title.clone(), a.description.clone())),
        Origin::Thief { kind, .. } => content
            .thief_actions
            .iter()
            .find(|a| a.kind == *kind)
            .map(|a| (a.title.clone(), a.description.clone())),
    }
}

/// Column headings and status names of an export, in the language of the export.
pub struct ExportLabels<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub why: &'a str,
    pub owner: &'a str,
    pub due: &'a str,
    pub status: &'a str,
    pub effect: &'a str,
    pub follow_up: &'a str,
    pub status_name: &'a dyn Fn(Status) -> &'a str,
}

/// The plan as CSV that Excel opens correctly with Swedish characters (see `export::csv`);
/// `why` gives the reason text of each action.
pub fn to_csv(actions: &[Action], labels: &ExportLabels, why: &dyn Fn(&Action) -> String) -> String {
    use super::export::{Field, csv};
    let header = [
        labels.title,
        labels.description,
        labels.why,
        labels.owner,
        labels.due,
        labels.status,
        labels.effect,
        labels.follow_up,
    ];
    let reasons: Vec<String> = actions.iter().map(why).collect();
    let rows = actions.iter().zip(&reasons).map(|(a, reason)| {
        vec![
            Field::Text(&a.title),
            Field::Text(&a.description),
            Field::Text(reason),
            Field::Text(&a.owner),
            Field::Text(&a.due),
            Field::Text((labels.status_name)(a.status)),
            Field::Text(&a.effect),
            Field::Text(&a.follow_up),
        ]
    });
    // The plan has no numbers; the language only matters for them.
    csv(&header, rows, super::content::Lang::Sv)
}

/// Typed text as Markdown shows it: HTML, which a Markdown reader would render, escaped.
fn plain(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Text for a Markdown table cell: HTML escaped, pipes escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    plain(text)
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

/// The plan as a Markdown document: a heading, then a table of the actions.
pub fn to_markdown(
    heading: &str,
    intro: &[String],
    actions: &[Action],
    labels: &ExportLabels,
    why: &dyn Fn(&Action) -> String,
) -> String {
    let mut out = format!("# {}\n\n", plain(heading));
    for line in intro {
        out.push_str(&plain(line));
        out.push_str("\n\n");
    }
    let columns = [
        labels.title,
        labels.description,
        labels.why,
        labels.owner,
        labels.due,
        labels.status,
        labels.effect,
        labels.follow_up,
    ];
    out.push_str(&format!("| {} |\n", columns.join(" | ")));
    out.push_str(&format!("|{}\n", " --- |".repeat(columns.len())));
    for a in actions {
        let row = [
            cell(&a.title),
            cell(&a.description),
            cell(&why(a)),
            cell(&a.owner),
            cell(&a.due),
            cell((labels.status_name)(a.status)),
            cell(&a.effect),
            cell(&a.follow_up),
        ];
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}
