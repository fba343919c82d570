//! The names of the audit's choices (category, frequency, benefit, …) in the interface language.

use crate::domain::audit::{Beneficiary, Category, NeedKind, Per, Remover, ThiefStatus};
use crate::domain::plan::Status;
use crate::i18n::*;

pub fn category(l: Lang, c: Category) -> &'static str {
    match c {
        Category::Documentation => ui_str!(l, ui.audit.category.documentation),
        Category::Reporting => ui_str!(l, ui.audit.category.reporting),
        Category::Meetings => ui_str!(l, ui.audit.category.meetings),
        Category::ItSystems => ui_str!(l, ui.audit.category.it_systems),
        Category::Approvals => ui_str!(l, ui.audit.category.approvals),
        Category::Scheduling => ui_str!(l, ui.audit.category.scheduling),
        Category::OutsideRole => ui_str!(l, ui.audit.category.outside_role),
        Category::Other => ui_str!(l, ui.audit.category.other),
    }
}

pub fn per(l: Lang, p: Per) -> &'static str {
    match p {
        Per::Day => ui_str!(l, ui.audit.per.day),
        Per::Week => ui_str!(l, ui.audit.per.week),
        Per::Month => ui_str!(l, ui.audit.per.month),
        Per::Year => ui_str!(l, ui.audit.per.year),
    }
}

pub fn need(l: Lang, n: NeedKind) -> &'static str {
    match n {
        NeedKind::Nothing => ui_str!(l, ui.audit.need.nothing),
        NeedKind::Part => ui_str!(l, ui.audit.need.part),
        NeedKind::All => ui_str!(l, ui.audit.need.all),
    }
}

pub fn status(l: Lang, s: ThiefStatus) -> &'static str {
    match s {
        ThiefStatus::Open => ui_str!(l, ui.audit.status.open),
        ThiefStatus::Reduced => ui_str!(l, ui.audit.status.reduced),
        ThiefStatus::Removed => ui_str!(l, ui.audit.status.removed),
        ThiefStatus::PassedOn => ui_str!(l, ui.audit.status.passed_on),
    }
}

/// A benefit choice of the schema before version 5, named in the message about its mapping.
pub fn old_benefit(l: Lang, key: &str) -> &'static str {
    match key {
        "none" => ui_str!(l, ui.repair.old_benefit.none),
        "low" => ui_str!(l, ui.repair.old_benefit.low),
        "some" => ui_str!(l, ui.repair.old_benefit.some),
        _ => ui_str!(l, ui.repair.old_benefit.high),
    }
}

pub fn beneficiary(l: Lang, b: Beneficiary) -> &'static str {
    match b {
        Beneficiary::Citizens => ui_str!(l, ui.audit.beneficiary.citizens),
        Beneficiary::Staff => ui_str!(l, ui.audit.beneficiary.staff),
        Beneficiary::Management => ui_str!(l, ui.audit.beneficiary.management),
        Beneficiary::External => ui_str!(l, ui.audit.beneficiary.external),
    }
}

pub fn remover(l: Lang, r: Remover) -> &'static str {
    match r {
        Remover::Unit => ui_str!(l, ui.audit.remover.unit),
        Remover::Administration => ui_str!(l, ui.audit.remover.administration),
        Remover::Board => ui_str!(l, ui.audit.remover.board),
        Remover::State => ui_str!(l, ui.audit.remover.state),
    }
}

/// Who a message is addressed to: "förvaltningen", "nämnden", "staten".
pub fn remover_to(l: Lang, r: Remover) -> &'static str {
    match r {
        Remover::Unit => ui_str!(l, ui.audit.remover.unit),
        Remover::Administration => ui_str!(l, ui.audit.remover_to.administration),
        Remover::Board => ui_str!(l, ui.audit.remover_to.board),
        Remover::State => ui_str!(l, ui.audit.remover_to.state),
    }
}

/// The name of an action's status in the plan.
pub fn status_name(l: Lang, s: Status) -> &'static str {
    match s {
        Status::Planned => ui_str!(l, ui.plan.status.planned),
        Status::InProgress => ui_str!(l, ui.plan.status.in_progress),
        Status::Done => ui_str!(l, ui.plan.status.done),
        Status::Dropped => ui_str!(l, ui.plan.status.dropped),
    }
}

/// A half year: "2026, 2:a halvåret".
pub fn period(l: Lang, p: crate::domain::history::Period) -> String {
    crate::domain::format::fill(
        ui_str!(l, ui.overview.period),
        &[("year", &p.year.to_string()), ("half", &p.half.to_string())],
    )
}
