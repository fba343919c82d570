//! A unit's report file for the förvaltning: what one round says, in counts that single no one
//! out, with the unit's time thieves and the plan's actions. Built from a round, read back and
//! checked field by field, with the place in the file named where something is wrong.
//!
//! Only statements that pass the anonymity threshold (`aggregate::team_view`, as every page
//! shows them) go into a file; those under it are listed as left out, without their counts.

use super::aggregate::{Distribution, team_view};
use super::audit::{Category, Remover};
use super::content::Content;
use super::model::{Round, is_iso_date};
use super::plan::Status;
use serde::{Deserialize, Serialize};

/// What a report file says it is.
pub const KIND: &str = "tillit-unit-report";
/// The report file format this app writes and reads.
pub const VERSION: u32 = 1;
/// A report file is some tens of kilobytes; anything much larger is not one.
pub const MAX_BYTES: usize = 1024 * 1024;

/// A unit's report for one round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitReport {
    pub kind: String,
    pub version: u32,
    pub unit: String,
    /// The id of the round in the unit's browser: the same round saved again has the same id.
    pub round: String,
    /// The date of the round, `YYYY-MM-DD`.
    pub date: String,
    /// When the file was saved (`YYYY-MM-DDTHH:MM:SS…`): of two files for the same round, the
    /// later one counts.
    pub saved: String,
    /// The threshold the counts were left out by: fewer answers than this, no counts.
    pub min_group: u32,
    /// How many took part and answered anything.
    pub respondents: u32,
    /// In the order of the content.
    pub principles: Vec<ReportPrinciple>,
    /// Largest net loss first.
    #[serde(default)]
    pub thieves: Vec<ReportThief>,
    #[serde(default)]
    pub actions: Vec<ReportAction>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPrinciple {
    pub id: String,
    /// The statements with enough answers to be shown, with their counts.
    pub statements: Vec<ReportStatement>,
    /// Ids of the statements under the threshold: left out, no counts given.
    #[serde(default)]
    pub left_out: Vec<String>,
}

/// How many chose each answer to one statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportStatement {
    pub id: String,
    /// How many chose 1, 2, 3, 4 and 5.
    pub counts: [u32; 5],
    pub dont_know: u32,
}

impl ReportStatement {
    pub fn distribution(&self) -> Distribution {
        Distribution {
            counts: self.counts,
            dont_know: self.dont_know,
        }
    }
}

/// A time thief with its figures as the unit's audit costed them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportThief {
    pub title: String,
    pub category: Category,
    pub removable_by: Remover,
    pub hours_per_year: f64,
    pub full_time: f64,
    pub kronor: f64,
    pub net_loss: f64,
    #[serde(default)]
    pub remedy: String,
}

/// An action of the unit's plan and where it stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportAction {
    pub title: String,
    pub status: Status,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due: String,
    /// The principle it is meant to strengthen, if it names one.
    #[serde(default)]
    pub principle: Option<String>,
}

impl UnitReport {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }

    /// The answers of all shown statements of `principle` together.
    pub fn principle_distribution(&self, principle: &str) -> Option<Distribution> {
        let p = self.principles.iter().find(|p| p.id == principle)?;
        let mut d = Distribution::default();
        for s in &p.statements {
            d.merge(&s.distribution());
        }
        Some(d)
    }

    pub fn statement(&self, id: &str) -> Option<&ReportStatement> {
        self.principles.iter().flat_map(|p| &p.statements).find(|s| s.id == id)
    }

    /// Whether `other` is a report of the same round of the same unit (names compared without
    /// regard to case and surrounding space).
    pub fn same_round(&self, other: &UnitReport) -> bool {
        super::history::same_unit(&self.unit, &other.unit) && self.round == other.round
    }
}

/// The report of `round`, saved at `saved`. In a workshop a statement is counted only where at
/// least `min_group` answered (as the team view shows it); a round the team answers together is
/// its own and shown whole.
pub fn build(content: &Content, round: &Round, min_group: u32, saved: &str) -> UnitReport {
    let threshold = if round.is_workshop() { min_group.max(1) } else { 1 };
    let view = team_view(content, &round.assessment, threshold);
    let principles = view
        .principles
        .iter()
        .map(|p| ReportPrinciple {
            id: p.principle.clone(),
            statements: p
                .statements
                .iter()
                .filter(|s| s.shown && s.distribution.answered() > 0)
                .map(|s| ReportStatement {
                    id: s.statement.clone(),
                    counts: s.distribution.counts,
                    dont_know: s.distribution.dont_know,
                })
                .collect(),
            left_out: p
                .statements
                .iter()
                .filter(|s| !s.shown || s.distribution.answered() == 0)
                .map(|s| s.statement.clone())
                .collect(),
        })
        .collect();
    // The thieves still there: not those removed (their time is won back) nor those the team
    // judged worth their time.
    let thieves = round
        .audit
        .ranked()
        .into_iter()
        .filter(|(t, _)| t.counted(&round.audit.rates).is_some())
        .map(|(t, cost)| ReportThief {
            title: t.title.trim().to_string(),
            category: t.category,
            removable_by: t.removable_by,
            hours_per_year: cost.hours_per_year,
            full_time: cost.full_time,
            kronor: cost.kronor,
            net_loss: cost.net_loss,
            remedy: t.remedy.clone(),
        })
        .collect();
    let actions = round
        .plan
        .actions
        .iter()
        .map(|a| ReportAction {
            title: a.title.clone(),
            status: a.status,
            due: a.due.clone(),
            principle: a.principle(content),
        })
        .collect();
    UnitReport {
        kind: KIND.to_string(),
        version: VERSION,
        unit: round.unit.trim().to_string(),
        round: round.id.clone(),
        date: round.date.clone(),
        saved: saved.to_string(),
        min_group: threshold,
        respondents: view.respondents,
        principles,
        thieves,
        actions,
    }
}

/// What else a file given as a report file turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherKind {
    /// A backup of a whole browser's work (a stored document).
    Backup,
    /// One participant's response file.
    Response,
    /// Some other JSON.
    Unknown,
}

/// Why a file could not be read as a report file. The views put each into words.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON; where it stops making sense.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but another kind of file.
    NotAReport(OtherKind),
    /// Written by a newer version of the format.
    TooNew {
        found: u64,
    },
    /// A field that is missing or cannot be read, at `path` (e.g. `principles[2].statements[0].counts`).
    Invalid {
        path: String,
        message: String,
    },
    /// Counts for a statement that fewer than the file's threshold answered: a damaged file (or
    /// one edited by hand), never read, since it could single someone out.
    UnderThreshold {
        path: String,
    },
}

impl ReportError {
    fn invalid(path: impl Into<String>, message: &str) -> ReportError {
        ReportError::Invalid {
            path: path.into(),
            message: message.to_string(),
        }
    }
}

/// Reads a report file, checking every field.
pub fn parse(raw: &str) -> Result<UnitReport, ReportError> {
    if raw.len() > MAX_BYTES {
        return Err(ReportError::TooLarge { bytes: raw.len() });
    }
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| ReportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let kind = value.get("kind").and_then(serde_json::Value::as_str);
    if kind != Some(KIND) {
        let other = if kind == Some(super::response::KIND) {
            OtherKind::Response
        } else if value.get("rounds").is_some() && value.get("version").is_some() {
            OtherKind::Backup
        } else {
            OtherKind::Unknown
        };
        return Err(ReportError::NotAReport(other));
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => return Err(ReportError::TooNew { found: v }),
        Some(v) if v >= 1 => {}
        _ => return Err(ReportError::invalid("version", "not a format version")),
    }
    let report: UnitReport = super::json::decode(&value).map_err(|e| ReportError::Invalid {
        path: e.path,
        message: e.message,
    })?;
    check(&report)?;
    Ok(report)
}

/// What serde cannot check: dates, names, figures and the threshold.
fn check(report: &UnitReport) -> Result<(), ReportError> {
    if report.unit.trim().is_empty() {
        return Err(ReportError::invalid("unit", "empty"));
    }
    if report.round.trim().is_empty() {
        return Err(ReportError::invalid("round", "empty"));
    }
    if !is_iso_date(&report.date) {
        return Err(ReportError::invalid("date", "not a date YYYY-MM-DD"));
    }
    if !report.saved.get(0..10).is_some_and(is_iso_date) {
        return Err(ReportError::invalid("saved", "not a time YYYY-MM-DDTHH:MM"));
    }
    if report.min_group == 0 {
        return Err(ReportError::invalid("min_group", "0"));
    }
    for (i, p) in report.principles.iter().enumerate() {
        for (j, s) in p.statements.iter().enumerate() {
            let answered = s.distribution().answered();
            let scored = s.distribution().scored();
            // As the team view shows a statement: enough answered, and enough scored or none.
            if answered < report.min_group || (scored > 0 && scored < report.min_group) {
                return Err(ReportError::UnderThreshold {
                    path: format!("principles[{i}].statements[{j}]"),
                });
            }
        }
    }
    for (i, t) in report.thieves.iter().enumerate() {
        let figures = [
            ("hours_per_year", t.hours_per_year),
            ("full_time", t.full_time),
            ("kronor", t.kronor),
            ("net_loss", t.net_loss),
        ];
        for (name, n) in figures {
            if !n.is_finite() || n < 0.0 {
                return Err(ReportError::invalid(
                    format!("thieves[{i}].{name}"),
                    "not a figure of 0 or more",
                ));
            }
        }
    }
    Ok(())
}
