//! The unit's report file for the förvaltning, from the results page: first shown exactly as it
//! will be saved (its counts, what is left out, the time thieves and the actions, and the file
//! as text), then saved on the user's word.

use crate::app::{download, file_name_part, use_lang};
use crate::components::When;
use crate::components::labels;
use crate::domain::model::Round;
use crate::domain::plan::Status;
use crate::domain::unit_report::{self, UnitReport};
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::prelude::*;

fn status_name(l: Lang, s: Status) -> &'static str {
    match s {
        Status::Planned => ui_str!(l, ui.plan.status.planned),
        Status::InProgress => ui_str!(l, ui.plan.status.in_progress),
        Status::Done => ui_str!(l, ui.plan.status.done),
        Status::Dropped => ui_str!(l, ui.plan.status.dropped),
    }
}

/// The file's name: the unit and the round's date.
pub fn file_name(report: &UnitReport) -> String {
    format!("tillit-rapport-{}-{}.json", file_name_part(&report.unit), report.date)
}

#[component]
pub fn ReportFile(round: Round, min_group: u32) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    // The report as it will be saved, made when asked for, so its time is the time it is saved.
    let round = StoredValue::new(round);
    let prepared = RwSignal::new(None::<UnitReport>);
    let saved = RwSignal::new(None::<String>);
    let prepare = move |_| {
        let now = String::from(js_sys::Date::new_0().to_iso_string());
        let content = Content::get(lang.get_untracked());
        prepared.set(Some(
            round.with_value(|r| unit_report::build(content, r, min_group, &now)),
        ));
        saved.set(None);
    };
    let save = move |_| {
        let Some(report) = prepared.get_untracked() else { return };
        let name = file_name(&report);
        download(&name, "application/json", &report.to_json());
        prepared.set(None);
        saved.set(Some(name));
    };
    view! {
        <section class="card report-file no-print" aria-labelledby="report-file-title">
            <h2 id="report-file-title">{text!(i18n, ui.report_file.title)}</h2>
            <p>{text!(i18n, ui.report_file.intro)}</p>
            <When when=move || prepared.with(Option::is_none)>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=prepare>
                        {text!(i18n, ui.report_file.prepare)}
                    </button>
                </div>
            </When>
            {move || saved.get().map(|name| view! {
                <p class="notice notice--info" role="status">{move || format::fill(ui_str!(i18n.get_locale(), ui.report_file.saved), &[("name", name.as_str())])}</p>
            })}
            {move || prepared.get().map(|report| view! {
                <ReportPreview report />
                <div class="button-row">
                    <button type="button" class="button" on:click=save>{text!(i18n, ui.report_file.save)}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| prepared.set(None)>
                        {text!(i18n, ui.common.cancel)}
                    </button>
                </div>
            })}
        </section>
    }
}

/// Everything the file holds, in words and as the text itself.
#[component]
fn ReportPreview(report: UnitReport) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let l = i18n.get_locale_untracked();
    let lang_now = lang.get_untracked();
    let content = Content::get(lang_now);
    let raw = report.to_json();
    let (unit, date, count, min) = (
        report.unit.clone(),
        report.date.clone(),
        report.respondents,
        report.min_group,
    );
    let principles = report
        .principles
        .iter()
        .map(|p| {
            let name = content.principle(&p.id).map_or_else(|| p.id.clone(), |c| c.name.clone());
            let text_of = |id: &str| content.statement(id).map_or_else(|| id.to_string(), |(_, s)| s.text.clone());
            let rows = p
                .statements
                .iter()
                .map(|s| {
                    view! {
                        <tr>
                            <th scope="row">{text_of(&s.id)}</th>
                            {s.counts.iter().map(|n| view! { <td class="num">{*n}</td> }).collect_view()}
                            <td class="num">{s.dont_know}</td>
                        </tr>
                    }
                })
                .collect_view();
            let shown = !p.statements.is_empty();
            let left_out = p.left_out.join(", ");
            let has_left_out = !p.left_out.is_empty();
            let caption = name.clone();
            view! {
                {if shown {
                    view! {
                        <div class="table-scroll" tabindex="0">
                            <table class="score-table report-file__counts">
                                <caption>{move || format::fill(ui_str!(i18n.get_locale(), ui.report_file.counts_caption), &[("principle", caption.as_str())])}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{text!(i18n, ui.report_file.col_statement)}</th>
                                        {(1..=5).map(|n| view! { <th scope="col" class="num">{n}</th> }).collect_view()}
                                        <th scope="col" class="num">{text!(i18n, ui.report_file.col_dont_know)}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                    .into_any()
                } else {
                    view! { <p><strong>{name}</strong>": "{text!(i18n, ui.report_file.none_shown)}</p> }.into_any()
                }}
                {(shown && has_left_out).then(|| view! {
                    <p class="hint">{move || format::fill(ui_str!(i18n.get_locale(), ui.report_file.left_out), &[("ids", left_out.as_str())])}</p>
                })}
            }
        })
        .collect_view();
    let thieves = report
        .thieves
        .iter()
        .map(|t| {
            let title = t.title.clone();
            let posts = format::amount(t.full_time, lang_now);
            let loss = format::whole(t.net_loss, lang_now);
            let who = labels::remover(l, t.removable_by);
            view! { <li>{move || format::fill(ui_str!(i18n.get_locale(), ui.report_file.thief), &[("title", title.as_str()), ("posts", posts.as_str()), ("loss", loss.as_str()), ("who", who)])}</li> }
        })
        .collect_view();
    let has_thieves = !report.thieves.is_empty();
    let actions = report
        .actions
        .iter()
        .map(|a| {
            let title = a.title.clone();
            let status = status_name(l, a.status);
            view! { <li>{move || format::fill(ui_str!(i18n.get_locale(), ui.report_file.action), &[("title", title.as_str()), ("status", status)])}</li> }
        })
        .collect_view();
    let has_actions = !report.actions.is_empty();
    view! {
        <div class="report-file__preview" role="region" aria-labelledby="report-file-preview-title">
            <h3 id="report-file-preview-title">{text!(i18n, ui.report_file.preview_title)}</h3>
            <p class="meta" data-testid="report-file-meta">
                {move || format::fill(ui_str!(i18n.get_locale(), ui.report_file.meta), &[("unit", unit.as_str()), ("date", date.as_str()), ("count", count.to_string().as_str()), ("min", min.to_string().as_str())])}
            </p>
            {principles}
            <h4>{text!(i18n, ui.report_file.thieves_title)}</h4>
            {if has_thieves {
                view! { <ul class="report-file__thieves">{thieves}</ul> }.into_any()
            } else {
                view! { <p>{text!(i18n, ui.report_file.thieves_none)}</p> }.into_any()
            }}
            <h4>{text!(i18n, ui.report_file.actions_title)}</h4>
            {if has_actions {
                view! { <ul class="report-file__actions">{actions}</ul> }.into_any()
            } else {
                view! { <p>{text!(i18n, ui.report_file.actions_none)}</p> }.into_any()
            }}
            <details>
                <summary>{text!(i18n, ui.report_file.raw)}</summary>
                <pre class="report-file__raw" tabindex="0">{raw}</pre>
            </details>
        </div>
    }
}
