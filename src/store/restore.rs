//! Restore: every document that enters the app, from local storage or from a file, passes
//! through here. Parse, migrate each older schema version step by step, repair what can be
//! repaired (and say so), and otherwise fail with an error that says what and where.

use super::repair::{IdKind, Repair};
use super::schema::{CURRENT_VERSION, Document};
use crate::domain::aggregate::MIN_GROUP;
use crate::domain::audit::{
    ANNUAL_HOURS, HOURLY_COST, HOURS_PER_DAY, MAX_MINUTES, MAX_OCCURRENCES, MAX_PEOPLE, MAX_RATE, MINUTES,
    MONTHLY_SALARY, Need, OCCURRENCES, PAYROLL_PERCENT, PEOPLE,
};
use crate::domain::json::DecodeError;
use crate::domain::limits::{Bounds, Fix};
use crate::domain::model::{SCALE, unused_id};
use crate::domain::plan::Reason;
use crate::domain::propose::MAX_THIEF_PROPOSALS;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;

/// A document that was read, with what had to be done to it on the way in.
#[derive(Debug)]
pub struct Restored {
    pub document: Document,
    /// The version it was stored as, when that was older than `CURRENT_VERSION`.
    pub migrated_from: Option<u32>,
    /// What was repaired, in the order it was found.
    pub repairs: Vec<Repair>,
}

/// Why a document could not be read. The views put each into words; `Display` gives the
/// technical detail in English.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreError {
    /// Not JSON at all (e.g. cut off); where it stops making sense.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a Tillit document (no `version` number at the top).
    NotADocument,
    /// Written by a newer version of the app than this one.
    TooNew { found: u64 },
    /// A Tillit document with a field this app cannot read.
    Invalid { path: String, message: String },
    /// A file far larger than any document the app writes.
    TooLarge { bytes: usize, limit: usize },
    /// A document the walk build or a page build does not read (`restore_rounds`,
    /// `restore_current`, `restore_audits`): written by an earlier version, or with something
    /// to repair. The full build reads it.
    ForFullBuild,
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreError::NotJson { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            RestoreError::NotADocument => {
                write!(f, "not a Tillit document: no version number at the top")
            }
            RestoreError::TooNew { found } => write!(
                f,
                "written by a newer version of Tillit (schema version {found}; this one reads up to {CURRENT_VERSION})"
            ),
            RestoreError::Invalid { path, message } => write!(f, "at {path}: {message}"),
            RestoreError::TooLarge { bytes, limit } => {
                write!(f, "the file is {bytes} bytes; a Tillit backup is at most {limit}")
            }
            RestoreError::ForFullBuild => {
                write!(
                    f,
                    "written by an earlier version or with something to repair: read by the full build"
                )
            }
        }
    }
}

impl std::error::Error for RestoreError {}

/// Reads a stored or imported document, every part of it: how the full build reads.
pub fn restore(raw: &str) -> Result<Restored, RestoreError> {
    restore_with(raw, read_parts)
}

/// Reads a stored document but leaves each round's audit and plan as they were stored, unread
/// (see `domain::kept`): how the walk build and the workshop build read, which never use them
/// and write them back as they were. Only a document this version wrote and that needs no
/// repair is read here; anything else (older, damaged, with anything to repair) is
/// `ForFullBuild`, so that these builds carry neither the migrations nor the repairs, nor what
/// tells of them. The other builds read and check the parts when they next load the document.
pub fn restore_rounds(raw: &str) -> Result<Restored, RestoreError> {
    read_current(raw, |_, _| Ok(()))
        .filter(|restored| restored.repairs.is_empty())
        .ok_or(RestoreError::ForFullBuild)
}

/// Reads a stored document this version wrote and that needs no repair, every part of it
/// read and checked; anything else is `ForFullBuild`: how the page builds read, which show
/// the rounds' audits and plans but carry neither the migrations nor the repairs, nor what
/// tells of them.
pub fn restore_current(raw: &str) -> Result<Restored, RestoreError> {
    read_current(raw, read_parts)
        .filter(|restored| restored.repairs.is_empty())
        .ok_or(RestoreError::ForFullBuild)
}

/// Reads a stored document this version wrote and that needs no repair, the rounds' audits
/// read and checked and their plans kept as stored (`domain::kept`), unread: how the time
/// thieves' build reads, whose pages use the audits alone. A round still to carry over takes
/// the earlier round's thieves over here, and its open actions when a build that reads plans
/// next reads it (`Document::carry_thieves_pending`).
pub fn restore_audits(raw: &str) -> Result<Restored, RestoreError> {
    read_current(raw, read_audits)
        .filter(|restored| restored.repairs.is_empty())
        .ok_or(RestoreError::ForFullBuild)
}

/// How a build reads the stored document: `restore`, `restore_current`, `restore_audits` or
/// `restore_rounds`.
pub type Reader = fn(&str) -> Result<Restored, RestoreError>;

/// The common case, a document this version wrote, read straight into its types, with
/// `parts` reading and checking the rounds' audits and plans; `None` for anything else.
fn read_current(
    raw: &str,
    parts: impl Fn(&mut Document, &mut Vec<Repair>) -> Result<(), RestoreError>,
) -> Option<Restored> {
    let mut document = crate::domain::json::decode_text::<Document>(raw).ok()?;
    if document.version != CURRENT_VERSION {
        return None;
    }
    let mut repairs = Vec::new();
    check_threshold(&mut document, &mut repairs);
    parts(&mut document, &mut repairs).ok()?;
    validate(&mut document, &mut repairs);
    Some(Restored {
        document,
        migrated_from: None,
        repairs,
    })
}

/// Reads a document, with `parts` reading and checking the rounds' audits and plans: the
/// common case straight into its types, anything else the careful way, by its JSON.
fn restore_with(
    raw: &str,
    parts: impl Fn(&mut Document, &mut Vec<Repair>) -> Result<(), RestoreError> + Copy,
) -> Result<Restored, RestoreError> {
    if let Some(restored) = read_current(raw, parts) {
        return Ok(restored);
    }
    let mut value: Value = serde_json::from_str(raw).map_err(|e| RestoreError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(RestoreError::NotADocument)?;
    if version > u64::from(CURRENT_VERSION) {
        return Err(RestoreError::TooNew { found: version });
    }
    let version = u32::try_from(version).expect("at most CURRENT_VERSION");
    if version == 0 {
        return Err(RestoreError::NotADocument);
    }
    let mut repairs = Vec::new();
    for from in version..CURRENT_VERSION {
        migrate_step(&mut value, from, &mut repairs);
    }
    repair_answers(&mut value, &mut repairs);
    repair_whole_numbers(&mut value, &mut repairs);
    let mut document: Document = crate::domain::json::decode(&value).map_err(|e| RestoreError::Invalid {
        path: e.path,
        message: e.message,
    })?;
    document.version = CURRENT_VERSION;
    check_threshold(&mut document, &mut repairs);
    parts(&mut document, &mut repairs)?;
    validate(&mut document, &mut repairs);
    Ok(Restored {
        document,
        migrated_from: (version < CURRENT_VERSION).then_some(version),
        repairs,
    })
}

/// Reads each round's audit and plan into their types, failing with the path of what cannot
/// be read; lets a round started in the walk build take over what it is to carry over from an
/// earlier round; and repairs their numbers and ids as `validate` does the rest.
fn read_parts(document: &mut Document, repairs: &mut Vec<Repair>) -> Result<(), RestoreError> {
    for (r, round) in document.rounds.iter().enumerate() {
        round.audit.read().map_err(|e| invalid_part(r, "audit", e))?;
        round.plan.read().map_err(|e| invalid_part(r, "plan", e))?;
    }
    document.carry_over_pending();
    check_part_numbers(document, repairs);
    unique_thief_ids(document, repairs);
    for (r, round) in document.rounds.iter_mut().enumerate() {
        let actions = round.plan.actions.iter_mut().map(|a| &mut a.id).collect();
        let at = |i| format!("rounds[{r}].plan.actions[{i}]");
        make_unique(actions, IdKind::Action, &at, repairs);
    }
    Ok(())
}

/// The audits of `document` read and checked as `read_parts` reads them, its plans left as
/// stored.
fn read_audits(document: &mut Document, repairs: &mut Vec<Repair>) -> Result<(), RestoreError> {
    for (r, round) in document.rounds.iter().enumerate() {
        round.audit.read().map_err(|e| invalid_part(r, "audit", e))?;
    }
    document.carry_thieves_pending();
    check_audit_numbers(document, repairs);
    unique_thief_ids(document, repairs);
    Ok(())
}

/// A part of the `r`th round that could not be read, with the path of what failed in it.
fn invalid_part(r: usize, part: &str, e: DecodeError) -> RestoreError {
    RestoreError::Invalid {
        path: match e.path.as_str() {
            "." => format!("rounds[{r}].{part}"),
            inner => format!("rounds[{r}].{part}.{inner}"),
        },
        message: e.message,
    }
}

/// Gives each round's time thieves ids of their own, saying which were changed.
fn unique_thief_ids(document: &mut Document, repairs: &mut Vec<Repair>) {
    for (r, round) in document.rounds.iter_mut().enumerate() {
        let thieves = round.audit.thieves.iter_mut().map(|t| &mut t.id).collect();
        let at = |i| format!("rounds[{r}].audit.thieves[{i}]");
        make_unique(thieves, IdKind::Thief, &at, repairs);
    }
}

/// Moves a document from schema version `from` to `from + 1`, one labelled step each.
fn migrate_step(value: &mut Value, from: u32, repairs: &mut Vec<Repair>) {
    match from {
        // Schema v1 → v2: each round gets a time-thief audit, empty, with the default rates.
        1 => {
            let audit = crate::domain::json::to_value(&crate::domain::audit::Audit::default());
            if let Some(rounds) = value.get_mut("rounds").and_then(Value::as_array_mut) {
                for round in rounds.iter_mut().filter_map(Value::as_object_mut) {
                    round.entry("audit").or_insert_with(|| audit.clone());
                }
            }
        }
        // Schema v2 → v3: each round gets an improvement plan, empty.
        2 => {
            let plan = crate::domain::json::to_value(&crate::domain::plan::Plan::default());
            if let Some(rounds) = value.get_mut("rounds").and_then(Value::as_array_mut) {
                for round in rounds.iter_mut().filter_map(Value::as_object_mut) {
                    round.entry("plan").or_insert_with(|| plan.clone());
                }
            }
        }
        // Schema v3 → v4: rounds can have many participants answering in turn or on their own
        // devices, and the team view has an anonymity threshold, kept in the settings.
        3 => {
            if let Some(obj) = value.as_object_mut() {
                let settings = obj
                    .entry("settings")
                    .or_insert_with(|| Value::Object(Default::default()));
                if let Some(settings) = settings.as_object_mut() {
                    settings
                        .entry("min_group")
                        .or_insert(Value::from(crate::domain::aggregate::DEFAULT_MIN_GROUP));
                }
            }
        }
        // Schema v4 → v5: a thief's benefit, once chosen on a fixed scale that counted a share of
        // the cost as lost, becomes the minutes the benefit needs, chosen to give the same loss;
        // each thief so changed is reported. The hourly cost typed before stays as typed.
        4 => {
            if let Some(rounds) = value.get_mut("rounds").and_then(Value::as_array_mut) {
                for (r, round) in rounds.iter_mut().enumerate() {
                    if let Some(thieves) = round.pointer_mut("/audit/thieves").and_then(Value::as_array_mut) {
                        for (t, thief) in thieves.iter_mut().enumerate() {
                            map_benefit(thief, format!("rounds[{r}].audit.thieves[{t}]"), repairs);
                        }
                    }
                    if let Some(drafts) = round.pointer_mut("/audit/drafts").and_then(Value::as_object_mut) {
                        drafts.values_mut().for_each(map_draft_benefit);
                    }
                }
            }
        }
        _ => unreachable!("no schema version {from} before {CURRENT_VERSION}"),
    }
    value["version"] = Value::from(from + 1);
}

/// The share of each time the old benefit choice is taken to need: the complement of the
/// share of the cost it counted as lost (none 100 %, low 75 %, some 50 %, high 25 %).
fn needed_share(benefit: &str) -> Option<f64> {
    match benefit {
        "none" => Some(0.0),
        "low" => Some(0.25),
        "some" => Some(0.5),
        "high" => Some(0.75),
        _ => None,
    }
}

fn map_benefit(thief: &mut Value, path: String, repairs: &mut Vec<Repair>) {
    let Some(obj) = thief.as_object_mut() else { return };
    let Some(benefit) = obj.get("benefit").and_then(Value::as_str).map(str::to_string) else {
        return;
    };
    let Some(share) = needed_share(&benefit) else { return };
    obj.remove("benefit");
    let minutes = obj.get("minutes").and_then(Value::as_f64).unwrap_or(0.0);
    let needed = minutes * share;
    let need = if share == 0.0 {
        Value::from("nothing")
    } else {
        serde_json::json!({ "minutes": needed })
    };
    obj.insert("need".into(), need);
    repairs.push(Repair::BenefitMapped {
        path,
        title: obj.get("title").and_then(Value::as_str).unwrap_or_default().to_string(),
        benefit,
        minutes,
        needed,
    });
}

/// A draft keeps its benefit choice the same way, as typed minutes where it has minutes.
fn map_draft_benefit(draft: &mut Value) {
    let Some(obj) = draft.as_object_mut() else { return };
    let Some(share) = obj
        .remove("benefit")
        .as_ref()
        .and_then(Value::as_str)
        .and_then(needed_share)
    else {
        return;
    };
    if share == 0.0 {
        obj.insert("need".into(), Value::from("nothing"));
        return;
    }
    let minutes = obj
        .get("minutes")
        .and_then(Value::as_str)
        .and_then(|m| crate::domain::audit::parse_number(m).ok());
    obj.insert("need".into(), Value::from("part"));
    if let Some(minutes) = minutes {
        obj.insert(
            "needed".into(),
            Value::from(crate::domain::format::editable(
                minutes * share,
                crate::domain::Lang::Sv,
            )),
        );
    }
}

/// Drops answers that are not on the scale (a hand-edited or damaged file) instead of
/// refusing the whole document for them.
fn repair_answers(value: &mut Value, repairs: &mut Vec<Repair>) {
    let Some(rounds) = value.get_mut("rounds").and_then(Value::as_array_mut) else {
        return;
    };
    for (r, round) in rounds.iter_mut().enumerate() {
        let Some(responses) = round.pointer_mut("/assessment/responses").and_then(Value::as_array_mut) else {
            continue;
        };
        for (p, response) in responses.iter_mut().enumerate() {
            let Some(answers) = response.get_mut("answers").and_then(Value::as_object_mut) else {
                continue;
            };
            answers.retain(|statement, answer| {
                let valid = crate::domain::json::decode::<crate::domain::model::Answer>(answer).is_ok();
                if !valid {
                    repairs.push(Repair::AnswerDropped {
                        path: format!("rounds[{r}].assessment.responses[{p}]"),
                        statement: statement.clone(),
                        value: answer.to_string(),
                    });
                }
                valid
            });
        }
    }
}

/// Whole numbers that do not fit their type (negative, fractional or huge), which would make
/// the whole document unreadable, are brought into their range before it is read.
fn repair_whole_numbers(value: &mut Value, repairs: &mut Vec<Repair>) {
    let mut fix = |slot: Option<&mut Value>, path: String, bounds: Bounds| {
        let Some(slot) = slot else { return };
        let Some(found) = slot.as_f64() else { return };
        if slot.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)) {
            return;
        }
        let (now, fix) = bounds.repair(found).unwrap_or((found, Fix::Rounded));
        *slot = Value::from(now as u32);
        if now != found {
            repairs.push(Repair::Number { path, found, now, fix });
        }
    };
    fix(
        value.pointer_mut("/settings/min_group"),
        "settings.min_group".into(),
        MIN_GROUP,
    );
    let Some(rounds) = value.get_mut("rounds").and_then(Value::as_array_mut) else {
        return;
    };
    for (r, round) in rounds.iter_mut().enumerate() {
        if let Some(thieves) = round.pointer_mut("/audit/thieves").and_then(Value::as_array_mut) {
            for (t, thief) in thieves.iter_mut().enumerate() {
                fix(
                    thief.get_mut("people"),
                    format!("rounds[{r}].audit.thieves[{t}].people"),
                    PEOPLE,
                );
            }
        }
        if let Some(actions) = round.pointer_mut("/plan/actions").and_then(Value::as_array_mut) {
            for (a, action) in actions.iter_mut().enumerate() {
                if let Some(reasons) = action.get_mut("reasons").and_then(Value::as_array_mut) {
                    for (k, reason) in reasons.iter_mut().enumerate() {
                        let path = format!("rounds[{r}].plan.actions[{a}].reasons[{k}].rank");
                        fix(reason.get_mut("rank"), path, RANK);
                    }
                }
            }
        }
    }
}

/// The rank of a time thief among those proposed for the plan.
const RANK: Bounds = Bounds {
    min: 0.0,
    max: MAX_THIEF_PROPOSALS as f64,
    whole: true,
    reset: 1.0,
};

/// The highest net loss a thief within the form's limits can have: the largest minutes, times
/// and people, done every working day of the longest year, at the highest hourly cost.
const MAX_NET_LOSS: f64 = MAX_MINUTES / 60.0 * MAX_OCCURRENCES * (MAX_RATE / HOURS_PER_DAY) * MAX_PEOPLE * MAX_RATE;

/// Checks every number in the rounds' audits and plans against the rule the form applies to it
/// (or, for the figures a plan remembers, the range the app can work them out in) and repairs
/// the ones out of range, saying which and how.
fn check_part_numbers(document: &mut Document, repairs: &mut Vec<Repair>) {
    check_audit_numbers(document, repairs);
    check_plan_numbers(document, repairs);
}

/// The audits' numbers, as `check_part_numbers`.
fn check_audit_numbers(document: &mut Document, repairs: &mut Vec<Repair>) {
    for (r, round) in document.rounds.iter_mut().enumerate() {
        let rates = &mut round.audit.rates;
        let at = |field: &str| format!("rounds[{r}].audit.rates.{field}");
        rates.annual_hours = checked(rates.annual_hours, at("annual_hours"), ANNUAL_HOURS, repairs);
        rates.monthly_salary = checked(rates.monthly_salary, at("monthly_salary"), MONTHLY_SALARY, repairs);
        rates.payroll_percent = checked(rates.payroll_percent, at("payroll_percent"), PAYROLL_PERCENT, repairs);
        if let Some(hourly) = rates.hourly_cost.as_mut() {
            *hourly = checked(*hourly, at("hourly_cost"), HOURLY_COST, repairs);
        }
        for (t, thief) in round.audit.thieves.iter_mut().enumerate() {
            let at = |field: &str| format!("rounds[{r}].audit.thieves[{t}].{field}");
            thief.minutes = checked(thief.minutes, at("minutes"), MINUTES, repairs);
            thief.occurrences = checked(thief.occurrences, at("occurrences"), OCCURRENCES, repairs);
            thief.people = checked(f64::from(thief.people), at("people"), PEOPLE, repairs) as u32;
            if let Need::Minutes(needed) = &mut thief.need {
                within(needed, at("need.minutes"), (0.0, thief.minutes), repairs);
            }
            if let Some(role) = thief.role_hourly_cost.as_mut() {
                *role = checked(*role, at("role_hourly_cost"), HOURLY_COST, repairs);
            }
        }
    }
}

/// The plans' numbers, as `check_part_numbers`.
fn check_plan_numbers(document: &mut Document, repairs: &mut Vec<Repair>) {
    let scale = (f64::from(*SCALE.start()), f64::from(*SCALE.end()));
    for (r, round) in document.rounds.iter_mut().enumerate() {
        for (a, action) in round.plan.actions.iter_mut().enumerate() {
            for (k, reason) in action.reasons.iter_mut().enumerate() {
                let at = |field: &str| format!("rounds[{r}].plan.actions[{a}].reasons[{k}].{field}");
                match reason {
                    Reason::WeakPrinciple { mean, .. } => within(mean, at("mean"), scale, repairs),
                    Reason::LowStatements { statements, .. } => {
                        for (s, (_, mean)) in statements.iter_mut().enumerate() {
                            within(mean, at(&format!("statements[{s}]")), scale, repairs);
                        }
                    }
                    Reason::BigThief { net_loss, rank, .. } => {
                        within(net_loss, at("net_loss"), (0.0, MAX_NET_LOSS), repairs);
                        *rank = checked(*rank as f64, at("rank"), RANK, repairs) as usize;
                    }
                }
            }
        }
    }
}

/// `n` if `bounds` accept it, otherwise what it is repaired to, with the repair reported.
fn checked(n: f64, path: String, bounds: Bounds, repairs: &mut Vec<Repair>) -> f64 {
    match bounds.repair(n) {
        Some((now, fix)) => {
            repairs.push(Repair::Number {
                path,
                found: n,
                now,
                fix,
            });
            now
        }
        None => n,
    }
}

/// Brings `n` within `low..=high`, reporting it if it was not.
fn within(n: &mut f64, path: String, (low, high): (f64, f64), repairs: &mut Vec<Repair>) {
    let now = if n.is_nan() { low } else { n.clamp(low, high) };
    if now != *n {
        repairs.push(Repair::Number {
            path,
            found: *n,
            now,
            fix: Fix::Clamped,
        });
        *n = now;
    }
}

/// The threshold brought into its range, first of the repairs a document can need.
fn check_threshold(document: &mut Document, repairs: &mut Vec<Repair>) {
    let min_group = &mut document.settings.min_group;
    *min_group = checked(f64::from(*min_group), "settings.min_group".into(), MIN_GROUP, repairs) as u32;
}

/// Repairs what the types cannot express outside the threshold (`check_threshold`) and the
/// rounds' audits and plans (`read_parts`): the active round must exist, round ids must be unique in
/// the document, and the ids of participants within their round.
fn validate(document: &mut Document, repairs: &mut Vec<Repair>) {
    let rounds = document.rounds.iter_mut().map(|r| &mut r.id).collect();
    make_unique(rounds, IdKind::Round, &|i| format!("rounds[{i}]"), repairs);
    for (r, round) in document.rounds.iter_mut().enumerate() {
        let assessment = &mut round.assessment;
        let ids: Vec<String> = assessment.participants.iter().map(|p| p.id.clone()).collect();
        // An id that a response is filed under is not free, even if no participant has it.
        let answered = assessment.responses.iter().map(|r| r.participant.clone());
        for (i, new) in unique(&ids, answered.collect::<Vec<_>>()) {
            let old = std::mem::replace(&mut assessment.participants[i].id, new.clone());
            // The n-th participant with an id answered in the n-th response under it: the first
            // keeps the first; each later one, renamed in order, takes the next still left.
            if let Some(response) = assessment.responses.iter_mut().filter(|r| r.participant == old).nth(1) {
                response.participant = new.clone();
            }
            repairs.push(Repair::IdRenamed {
                path: format!("rounds[{r}].assessment.participants[{i}]"),
                kind: IdKind::Participant,
                old,
                new,
            });
        }
    }
    if let Some(active) = &document.active_round
        && !document.rounds.iter().any(|r| &r.id == active)
    {
        repairs.push(Repair::NoActiveRound { id: active.clone() });
        document.active_round = None;
    }
}

/// Gives each later duplicate among `ids` a new id, reporting it at `path` of its position.
fn make_unique(mut ids: Vec<&mut String>, kind: IdKind, path: &dyn Fn(usize) -> String, repairs: &mut Vec<Repair>) {
    let current: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
    for (i, new) in unique(&current, []) {
        repairs.push(Repair::IdRenamed {
            path: path(i),
            kind,
            old: std::mem::replace(ids[i], new.clone()),
            new,
        });
    }
}

/// The later duplicates in `ids`, by position, each with a new id that is used nowhere in `ids`
/// or `reserved` nor given to another.
fn unique(ids: &[String], reserved: impl IntoIterator<Item = String>) -> Vec<(usize, String)> {
    // Inserted one by one: collecting would sort them first, with a sort of its own in the wasm.
    let mut taken = BTreeSet::new();
    taken.extend(ids.iter().cloned().chain(reserved));
    let mut seen = BTreeSet::new();
    let mut renamed = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if !seen.insert(id.as_str()) {
            let new = unused_id(id, |candidate| taken.contains(candidate));
            taken.insert(new.clone());
            renamed.push((i, new));
        }
    }
    renamed
}
