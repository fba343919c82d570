//! What the store and the domain report, put into words from the translation files: the
//! repairs made to a restored document, and why a backup or a response file could not be read.
//! Paths and ids are shown as they are; the sentence around them is in the interface language.

use crate::components::labels;
use crate::domain::format;
use crate::domain::response::{self, ResponseError};
use crate::i18n::*;
use crate::store::{CURRENT_VERSION, Fix, IdKind, Repair, RestoreError};
use leptos::prelude::*;

/// A count of bytes, thousands grouped as in the interface language.
fn bytes(i18n: I18n, n: usize) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || {
        let lang = i18n.get_locale();
        format::whole(n as f64, lang)
    }
}

/// A number as it was found in a file, however large: in the form the interface language
/// writes numbers, or with an exponent beyond what a field would ever hold (`1e+308`, as the
/// browser writes it).
fn number(i18n: I18n, n: f64) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || {
        let lang = i18n.get_locale();
        if n.abs() >= 1e15 {
            js_sys::Number::from(n)
                .to_string_with_radix(10)
                .map(String::from)
                .unwrap_or_default()
        } else {
            format::editable(n, lang).replace('-', "−")
        }
    }
}

/// A text to interpolate, as it is.
fn text(s: &str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let s = s.to_string();
    move || s.clone()
}

/// One repair, as a sentence.
pub fn repair(i18n: I18n, r: &Repair) -> AnyView {
    match r {
        Repair::AnswerDropped { path, statement, value } => fill!(
            i18n,
            ui.repair.answer_dropped,
            path = text(path),
            statement = text(statement),
            value = text(value)
        )
        .into_any(),
        Repair::IdRenamed { path, kind, old, new } => match kind {
            IdKind::Round => fill!(
                i18n,
                ui.repair.id_renamed_round,
                path = text(path),
                old = text(old),
                new = text(new)
            )
            .into_any(),
            IdKind::Thief => fill!(
                i18n,
                ui.repair.id_renamed_thief,
                path = text(path),
                old = text(old),
                new = text(new)
            )
            .into_any(),
            IdKind::Participant => fill!(
                i18n,
                ui.repair.id_renamed_participant,
                path = text(path),
                old = text(old),
                new = text(new)
            )
            .into_any(),
            IdKind::Action => fill!(
                i18n,
                ui.repair.id_renamed_action,
                path = text(path),
                old = text(old),
                new = text(new)
            )
            .into_any(),
        },
        Repair::NoActiveRound { id } => fill!(i18n, ui.repair.no_active_round, id = text(id)).into_any(),
        Repair::BenefitMapped {
            path,
            title,
            benefit,
            minutes,
            needed,
        } => {
            let old = labels::old_benefit(i18n.get_locale_untracked(), benefit);
            fill!(
                i18n,
                ui.repair.benefit_mapped,
                path = text(path),
                title = text(title),
                benefit = move || old,
                minutes = number(i18n, *minutes),
                needed = number(i18n, *needed)
            )
            .into_any()
        }
        Repair::Number { path, found, now, fix } => {
            let (path, found, now) = (text(path), number(i18n, *found), number(i18n, *now));
            match fix {
                Fix::Clamped => fill!(i18n, ui.repair.number_clamped, path, found, now).into_any(),
                Fix::Reset => fill!(i18n, ui.repair.number_reset, path, found, now).into_any(),
                Fix::Rounded => fill!(i18n, ui.repair.number_rounded, path, found, now).into_any(),
            }
        }
    }
}

/// Why a stored document or a backup could not be read, as a sentence.
pub fn restore_error(i18n: I18n, e: &RestoreError) -> AnyView {
    match *e {
        RestoreError::NotJson { line, column, .. } => fill!(
            i18n,
            ui.restore_error.not_json,
            line = move || line,
            column = move || column
        )
        .into_any(),
        RestoreError::NotADocument => text!(i18n, ui.restore_error.not_a_document).into_any(),
        RestoreError::TooNew { found } => fill!(
            i18n,
            ui.restore_error.too_new,
            found = move || found,
            max = move || CURRENT_VERSION
        )
        .into_any(),
        RestoreError::Invalid { ref path, .. } => fill!(i18n, ui.restore_error.invalid, path = text(path)).into_any(),
        RestoreError::TooLarge { bytes: n, limit } => fill!(
            i18n,
            ui.restore_error.too_large,
            bytes = bytes(i18n, n),
            limit = bytes(i18n, limit)
        )
        .into_any(),
        RestoreError::ForFullBuild => text!(i18n, ui.restore_error.for_full_build).into_any(),
    }
}

/// Why a response file could not be read, as the end of a sentence that names the file;
/// `None` when the file could not even be opened.
pub fn response_error(i18n: I18n, e: Option<&ResponseError>) -> AnyView {
    let Some(e) = e else {
        return text!(i18n, ui.response_error.unreadable).into_any();
    };
    match *e {
        ResponseError::TooLarge { bytes: n } => fill!(
            i18n,
            ui.response_error.too_large,
            bytes = bytes(i18n, n),
            limit = bytes(i18n, response::MAX_BYTES)
        )
        .into_any(),
        ResponseError::NotJson { line, column } => fill!(
            i18n,
            ui.response_error.not_json,
            line = move || line,
            column = move || column
        )
        .into_any(),
        ResponseError::NotAResponse => text!(i18n, ui.response_error.not_a_response).into_any(),
        ResponseError::TooNew { found } => fill!(
            i18n,
            ui.response_error.too_new,
            found = move || found,
            version = move || response::VERSION
        )
        .into_any(),
        ResponseError::NotAnAnswer {
            ref statement,
            ref value,
        } => fill!(
            i18n,
            ui.response_error.not_an_answer,
            statement = text(statement),
            value = text(value)
        )
        .into_any(),
        ResponseError::Invalid { ref path, .. } => fill!(i18n, ui.response_error.invalid, path = text(path)).into_any(),
        ResponseError::NothingAnswered { unknown: 0 } => text!(i18n, ui.response_error.nothing_answered).into_any(),
        ResponseError::NothingAnswered { unknown } => fill!(
            i18n,
            ui.response_error.nothing_answered_unknown,
            count = move || unknown
        )
        .into_any(),
    }
}
