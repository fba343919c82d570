//! Proposals for the improvement plan, generated from the self-assessment (as it may be shown,
//! `scoring::visible`) and the time-thief audit, each saying why it was proposed. Generation is
//! deterministic and short on purpose: too many priorities are no priorities.

use super::audit::Audit;
use super::content::{Content, ThiefActionKind};
use super::format::{self, fill};
use super::lang::Lang;
use super::model::Round;
use super::order;
use super::plan::{Origin, Reason, wording};
use super::scoring::{PrincipleScore, Visible};

/// A principle is judged only when at least this share of its possible answers has a score.
pub const MIN_SCORED_SHARE: f64 = 0.5;
/// Principles scoring below this can be among the weakest that get proposals.
pub const WEAK_BELOW: f64 = 4.0;
/// How many of the lowest-scoring principles get proposals.
pub const WEAKEST: usize = 2;
/// A statement with a mean at or below this (a 1 or a 2) gets its principle a proposal.
pub const LOW_STATEMENT: f64 = super::scoring::LOW;
/// At most this many proposals from the principles, and from the time thieves.
pub const MAX_PRINCIPLE_PROPOSALS: usize = 4;
pub const MAX_THIEF_PROPOSALS: usize = 3;

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
    order::sort_by(&mut judged_principles, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));

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
            .principle_actions()
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

/// The sentences that say why an action was proposed, as templates in the interface language.
pub struct ReasonTexts<'a> {
    /// A weak principle: `{principle}`, `{mean}`.
    pub weak: &'a str,
    /// Statements scored low: `{statements}`.
    pub low: &'a str,
    /// How many more low statements there are than the two named: `{count}`.
    pub more: &'a str,
    /// A large time thief: `{rank}`, `{title}`, `{kronor}`.
    pub thief: &'a str,
}

/// Why an action was proposed, as a sentence per reason that may be shown now (`shown`).
pub fn why(content: &Content, reasons: &[Reason], shown: &Visible, texts: &ReasonTexts, lang: Lang) -> String {
    let name = |id: &str| content.principle(id).map_or_else(|| id.to_string(), |p| p.name.clone());
    let statement = |id: &str| {
        content
            .statement(id)
            .map_or_else(|| id.to_string(), |(_, s)| format!("”{}”", s.text))
    };
    shown_reasons(reasons, shown)
        .iter()
        .map(|r| match r {
            Reason::WeakPrinciple { principle, mean } => fill(
                texts.weak,
                &[
                    ("principle", &name(principle)),
                    ("mean", &format::decimal(*mean, 1, lang)),
                ],
            ),
            Reason::LowStatements { statements, .. } => {
                // Two are enough to say why; the rest are counted.
                let mut list: Vec<String> = statements.iter().take(2).map(|(id, _)| statement(id)).collect();
                if statements.len() > 2 {
                    list.push(fill(texts.more, &[("count", &(statements.len() - 2).to_string())]));
                }
                fill(texts.low, &[("statements", &list.join("; "))])
            }
            Reason::BigThief {
                title, net_loss, rank, ..
            } => fill(
                texts.thief,
                &[
                    ("rank", &rank.to_string()),
                    ("title", title),
                    ("kronor", &format::estimate_kronor(*net_loss, lang)),
                ],
            ),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What is added to a proposal made from a time thief, as templates in the interface language.
pub struct ProposalTexts<'a> {
    /// Said when the proposal is to stop a task: what the law requires stays.
    pub stop_warning: &'a str,
    /// The title: `{action}`, `{thief}`.
    pub thief_title: &'a str,
    /// The thief's own remedy: `{remedy}`.
    pub thief_remedy: &'a str,
}

/// The title and description a proposal is shown with, and an accepted one starts with.
pub fn proposal_text(content: &Content, round: &Round, p: &Proposal, texts: &ProposalTexts) -> (String, String) {
    let (title, description) = wording(content, &p.origin).unwrap_or_default();
    match &p.origin {
        Origin::Principle { .. } => (title, description),
        Origin::Thief { thief, kind } => {
            let t = round.audit.thief(thief);
            // Stopping a task: what the law requires stays (seed 001: laws and rules come first).
            let description = if *kind == ThiefActionKind::Stop {
                format!("{description} {}", texts.stop_warning)
            } else {
                description
            };
            let thief_title = t.map_or_else(String::new, |t| t.title.clone());
            let title = fill(texts.thief_title, &[("action", &title), ("thief", &thief_title)]);
            let description = match t.filter(|t| !t.remedy.is_empty()) {
                Some(t) => format!("{description} {}", fill(texts.thief_remedy, &[("remedy", &t.remedy)])),
                None => description,
            };
            (title, description)
        }
    }
}
