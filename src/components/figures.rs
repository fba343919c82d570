//! The time-thief audit's figures and words, shared by the pages that show them (thieves, the
//! form, pass on, over time, the report): figures rounded as estimates are, how a thief was
//! estimated, what its benefit needs, where a request stands, the assumptions, and the time won
//! back.

use crate::app::{Store, use_lang};
use crate::components::labels;
use crate::domain::audit::{Assumption, Audit, Cost, FieldError, Need, ThiefStatus, TimeThief};
use crate::domain::{Lang, format};
use crate::i18n::*;
use leptos::prelude::*;

/// The figures of a cost as the interface shows them.
pub struct Figures {
    pub hours: String,
    /// The hours come to one: "1 timme", not "1 timmar".
    pub one_hour: bool,
    pub posts: String,
    pub kronor: String,
    pub loss: String,
}

impl Figures {
    /// The figures as precise as estimates are: hours to the nearest ten above 100, kronor to
    /// the nearest thousand, posts to two decimals.
    pub fn of(c: &Cost, lang: Lang) -> Self {
        let hours = format::estimate_hours(c.hours_per_year, lang);
        Figures {
            one_hour: hours == "1",
            hours,
            posts: format::decimal(c.full_time, 2, lang),
            kronor: format::estimate_kronor(c.kronor, lang),
            loss: format::estimate_kronor(c.net_loss, lang),
        }
    }
}

/// Which sentence of a thief's or a group's figures.
#[derive(Clone, Copy)]
pub enum FiguresText {
    /// "≈ 64 timmar om året (0,04 heltidstjänster), ≈ 22 313 kr om året."
    Each,
    /// The same, "Sammanlagt …".
    Total,
}

/// The figures as a sentence, "1 timme" or "64 timmar" as the hours come to.
pub fn figures_text(i18n: I18n, f: Figures, which: FiguresText) -> AnyView {
    let Figures {
        hours,
        one_hour,
        posts,
        kronor,
        ..
    } = f;
    let (h, p, k) = (move || hours.clone(), move || posts.clone(), move || kronor.clone());
    match (which, one_hour) {
        (FiguresText::Each, false) => fill!(i18n, ui.audit.preview, hours = h, posts = p, kronor = k).into_any(),
        (FiguresText::Each, true) => fill!(i18n, ui.audit.preview_one, hours = h, posts = p, kronor = k).into_any(),
        (FiguresText::Total, false) => {
            fill!(i18n, ui.audit.pass_group_total, hours = h, posts = p, kronor = k).into_any()
        }
        (FiguresText::Total, true) => {
            fill!(i18n, ui.audit.pass_group_total_one, hours = h, posts = p, kronor = k).into_any()
        }
    }
}

/// The audit of the active round, if there is one.
pub fn use_audit(store: Store) -> Memo<Option<Audit>> {
    Memo::new(move |_| store.with(|d| d.active_round().map(|r| (*r.audit).clone())))
}

/// The message for a field error, in the interface language.
pub fn error_text(i18n: I18n, lang: Lang, e: FieldError) -> AnyView {
    match e {
        FieldError::Required => text!(i18n, ui.audit.e_required).into_any(),
        FieldError::NotANumber => text!(i18n, ui.audit.e_number).into_any(),
        FieldError::Negative => text!(i18n, ui.audit.e_negative).into_any(),
        FieldError::Zero => text!(i18n, ui.audit.e_zero).into_any(),
        FieldError::NotWhole => text!(i18n, ui.audit.e_whole).into_any(),
        FieldError::TooSmall { min } => {
            fill!(i18n, ui.audit.e_too_small, min = move || format::whole(min, lang)).into_any()
        }
        FieldError::TooLarge { max } => {
            fill!(i18n, ui.audit.e_too_large, max = move || format::whole(max, lang)).into_any()
        }
        FieldError::MoreThanFullTime { hours_per_person } => fill!(
            i18n,
            ui.audit.e_full_time,
            hours = move || format::whole(hours_per_person, lang)
        )
        .into_any(),
        FieldError::NotChosen => text!(i18n, ui.audit.e_not_chosen).into_any(),
        FieldError::MoreThanMinutes { minutes } => fill!(
            i18n,
            ui.audit.e_more_than_minutes,
            minutes = move || format::amount(minutes, lang)
        )
        .into_any(),
        FieldError::NotADate => text!(i18n, ui.audit.e_not_a_date).into_any(),
    }
}

/// How a thief was estimated: "20 min × 3 per vecka × 5 personer".
pub fn how_often(i18n: I18n, t: &TimeThief, lang: Lang) -> AnyView {
    let (minutes, occurrences) = (format::amount(t.minutes, lang), format::amount(t.occurrences, lang));
    let per = t.per;
    let people = format::amount(f64::from(t.people), lang);
    if t.people == 1 {
        fill!(
            i18n,
            ui.audit.how_often_one,
            minutes = move || minutes.clone(),
            occurrences = move || occurrences.clone(),
            per = move || labels::per(i18n.get_locale(), per)
        )
        .into_any()
    } else {
        fill!(
            i18n,
            ui.audit.how_often,
            minutes = move || minutes.clone(),
            occurrences = move || occurrences.clone(),
            per = move || labels::per(i18n.get_locale(), per),
            people = move || people.clone()
        )
        .into_any()
    }
}

/// The same as plain text, for sentences put together with `format::fill`.
pub fn how_often_text(lang: Lang, t: &TimeThief) -> String {
    let template = if t.people == 1 {
        ui_str!(lang, ui.audit.how_often_plain_one)
    } else {
        ui_str!(lang, ui.audit.how_often_plain)
    };
    format::fill(
        template,
        &[
            ("minutes", &format::amount(t.minutes, lang)),
            ("occurrences", &format::amount(t.occurrences, lang)),
            ("per", labels::per(lang, t.per)),
            ("people", &format::amount(f64::from(t.people), lang)),
        ],
    )
}

/// How much of the time the benefit needs, as a phrase: "nyttan kräver 5 av 20 min".
pub fn need_text(lang: Lang, t: &TimeThief) -> String {
    match t.need {
        Need::Nothing => ui_str!(lang, ui.audit.need_short.nothing).to_string(),
        Need::All => ui_str!(lang, ui.audit.need_short.all).to_string(),
        Need::Minutes(m) => format::fill(
            ui_str!(lang, ui.audit.need_short.part),
            &[
                ("needed", &format::amount(m, lang)),
                ("minutes", &format::amount(t.minutes, lang)),
            ],
        ),
    }
}

/// Where a thief passed on stands: to whom, when and how long ago, and the answer.
pub fn passed_text(locale: Lang, t: &TimeThief, today: &str) -> Option<String> {
    let p = t.passed_on.as_ref().filter(|_| t.status == ThiefStatus::PassedOn)?;
    let to = if p.to.is_empty() {
        labels::remover_to(locale, t.removable_by)
    } else {
        p.to.as_str()
    };
    let sent = match crate::domain::won_back::days_between(&p.date, today) {
        Some(days) => format::fill(
            ui_str!(locale, ui.audit.passed_info),
            &[("to", to), ("date", &p.date), ("days", &days.to_string())],
        ),
        None => format::fill(ui_str!(locale, ui.audit.passed_info_undated), &[("to", to)]),
    };
    let answer = if p.answer.is_empty() {
        ui_str!(locale, ui.audit.passed_waiting).to_string()
    } else {
        format::fill(ui_str!(locale, ui.audit.passed_answer), &[("answer", &p.answer)])
    };
    Some(format!("{sent} {answer}"))
}

/// The assumptions the figures rest on, one sentence each.
pub fn assumption_texts(lang: Lang, audit: &Audit) -> Vec<String> {
    let mark = |default: bool| {
        if default {
            ui_str!(lang, ui.audit.default_mark)
        } else {
            ""
        }
    };
    let mut out: Vec<String> = audit
        .assumptions()
        .into_iter()
        .map(|a| match a {
            Assumption::AnnualHours { hours, default } => format::fill(
                ui_str!(lang, ui.audit.assume_annual),
                &[("hours", &format::amount(hours, lang)), ("default", mark(default))],
            ),
            Assumption::DerivedHourly {
                salary,
                salary_default,
                percent,
                percent_default,
                hourly,
            } => format::fill(
                ui_str!(lang, ui.audit.assume_derived),
                &[
                    ("hourly", &format::amount(hourly, lang)),
                    ("salary", &format::amount(salary, lang)),
                    ("salary_default", mark(salary_default)),
                    ("percent", &format::amount(percent, lang)),
                    ("percent_default", mark(percent_default)),
                ],
            ),
            Assumption::TypedHourly { hourly } => format::fill(
                ui_str!(lang, ui.audit.assume_typed),
                &[("hourly", &format::amount(hourly, lang))],
            ),
            Assumption::Periods { days, weeks, months } => format::fill(
                ui_str!(lang, ui.audit.assume_periods),
                &[
                    ("days", &format::amount(days, lang)),
                    ("weeks", &format::amount(weeks, lang)),
                    ("months", &format::decimal(months, 2, lang)),
                ],
            ),
            Assumption::LossRule => ui_str!(lang, ui.audit.assume_loss).to_string(),
            Assumption::NotThieves { count: 1 } => ui_str!(lang, ui.audit.assume_not_thieves_one).to_string(),
            Assumption::NotThieves { count } => format::fill(
                ui_str!(lang, ui.audit.assume_not_thieves),
                &[("count", &count.to_string())],
            ),
            Assumption::NotReestimated { count: 1 } => ui_str!(lang, ui.audit.assume_carried_one).to_string(),
            Assumption::NotReestimated { count } => {
                format::fill(ui_str!(lang, ui.audit.assume_carried), &[("count", &count.to_string())])
            }
        })
        .collect();
    out.push(ui_str!(lang, ui.audit.assume_rounding).to_string());
    out
}

/// The assumptions under a round's totals, as a list.
#[component]
pub fn Assumptions(audit: Audit) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <div class="assumptions" data-testid="assumptions">
            <h3>{text!(i18n, ui.audit.assumptions_title)}</h3>
            <ul>
                {move || assumption_texts(lang.get(), &audit).into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
            </ul>
        </div>
    }
}

/// The time won back in the active round, per thief and in total, since each was first recorded.
#[component]
pub fn WonBack() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        store.with(|d| {
            let round = d.active_round()?;
            let unit = crate::domain::history::rounds_of(&d.rounds, &round.unit);
            let at = unit.iter().position(|r| r.id == round.id)?;
            let list = crate::domain::won_back::thieves(&unit, at);
            let total = Figures::of(&list.iter().map(|w| w.won).sum::<Cost>(), lang);
            let items = list
                .iter()
                .map(|w| {
                    let f = Figures::of(&w.won, lang);
                    format::fill(
                        ui_str!(lang, ui.audit.won_item),
                        &[
                            ("title", &w.thief.title),
                            ("hours", &f.hours),
                            ("kronor", &f.kronor),
                            ("date", w.since),
                            ("status", labels::status(lang, w.thief.status)),
                        ],
                    )
                })
                .map(|text| view! { <li>{text}</li> })
                .collect_view();
            let empty = list.is_empty();
            Some(view! {
                <section class="card won-back" aria-labelledby="won-title" data-testid="won-back">
                    <h2 id="won-title">{text!(i18n, ui.audit.won_title)}</h2>
                    {if empty {
                        view! { <p>{text!(i18n, ui.audit.won_none)}</p> }.into_any()
                    } else {
                        view! {
                            <p class="lead">{text!(i18n, ui.audit.won_lead)}</p>
                            <p class="won-back__total" data-testid="won-total">
                                {fill!(i18n, ui.audit.won_total, hours = move || total.hours.clone(), posts = move || total.posts.clone(), kronor = move || total.kronor.clone())}
                            </p>
                            <ul class="won-back__list">{items}</ul>
                        }.into_any()
                    }}
                </section>
            })
        })
    }
}
