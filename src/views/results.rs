//! The results of the round: the overall score, how much was answered, a radar chart of the
//! seven principles, a table per principle, the statements rated 1–2, and the team's notes.

use crate::app::{Store, download, file_name_part, use_lang};
use crate::components::{NoRound, PageHeading, ReportFile, ScoreRadar, ScoreTable, TooFew};
use crate::domain::export::{ResultLabels, results_csv};
use crate::domain::history;
use crate::domain::scoring::{self, Visible, visible};
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn Results() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let round = store.active_round();
    let previous = Memo::new(move |_| {
        round.with(|r| {
            r.as_ref()
                .and_then(|r| store.with(|d| history::previous(&d.rounds, r).cloned()))
        })
    });

    let download_csv = move || {
        let l = i18n.get_locale_untracked();
        let lang = lang.get_untracked();
        let Some(round) = round.get_untracked() else { return };
        let min_group = store.with_untracked(|d| d.settings.min_group);
        let labels = ResultLabels {
            principle: ui_str!(l, ui.results.col_principle),
            statement: ui_str!(l, ui.results.csv_statement),
            mean: ui_str!(l, ui.results.col_mean),
            scored: ui_str!(l, ui.results.col_scored),
            dont_know: ui_str!(l, ui.results.col_dont_know),
            unanswered: ui_str!(l, ui.results.col_unanswered),
            spread: ui_str!(l, ui.results.csv_spread),
            too_few: ui_str!(l, ui.results.csv_too_few),
            all_statements: ui_str!(l, ui.results.csv_all),
        };
        let text = results_csv(Content::get(lang), &round, min_group, &labels, lang);
        let name = format!("tillit-resultat-{}-{}.csv", file_name_part(&round.unit), round.date);
        download(&name, "text/csv;charset=utf-8", &text);
    };

    move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let Some(round) = round.get() else {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.results.title) message=move || ui_str!(i18n.get_locale(), ui.results.no_round) />
            }
            .into_any();
        };
        let min_group = store.with(|d| d.settings.min_group);
        let workshop = round.is_workshop();
        let respondents = round.assessment.respondents().count();
        // Back to the first unanswered statement, or to the last step when all are answered.
        let back_href = match store.with_untracked(|d| d.continue_path(content)) {
            path if path == "/resultat" => content.principles.last().map_or(path, |p| format!("/princip/{}", p.id)),
            path => path,
        };
        let actions = move || {
            view! {
                <div class="button-row no-print">
                    <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                        {text!(i18n, ui.results.print)}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| download_csv()>
                        {text!(i18n, ui.results.csv)}
                    </button>
                    <a class="button" href="/tidstjuvar">{text!(i18n, ui.results.next_thieves)}" →"</a>
                    <a class="button button--secondary" href=back_href.clone()>{text!(i18n, ui.results.back)}</a>
                    <a class="button button--secondary" href="/over-tid">{text!(i18n, ui.results.over_time_link)}</a>
                    <a class="button button--secondary" href="/rapport">{text!(i18n, ui.report.link)}</a>
                </div>
            }
        };
        let heading = view! {
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.results.title).to_string()) />
            <p class="meta">{round.unit.clone()}" · "{round.date.clone()}</p>
            {workshop.then(|| view! {
                <p class="meta">
                    {fill!(i18n, ui.results.respondents, count = move || respondents)}" "
                    <a href="/team">{text!(i18n, ui.results.team_link)}</a>
                </p>
            })}
        };
        let scores = match visible(content, &round, min_group) {
            Visible::Shown(scores) => scores,
            Visible::TooFew { respondents, min_group } => {
                return view! {
                    <section class="page page--results">
                        {heading}
                        <TooFew respondents min_group />
                        {actions()}
                        <ReportFile round=round.clone() min_group />
                    </section>
                }
                .into_any();
            }
        };
        let previous = previous.get();
        let before: Option<Vec<Option<f64>>> = previous.as_ref().map(|p| visible(content, p, min_group).means(content));
        let previous_date = previous.as_ref().map(|p| p.date.clone());
        let overall = format::score(scores.overall(), lang);
        let tally = scores.tally;

        let means: Vec<Option<f64>> = scores.principles.iter().map(|p| p.mean()).collect();

        // In a workshop a statement is listed only where enough scored it that nobody is singled out.
        let low = scoring::low(content, &scores);
        let has_low = !low.is_empty();
        let low_list = low
            .into_iter()
            .map(|l| {
                view! {
                    <li>
                        <span class="low__score">{format::low_mean(l.mean, workshop, lang)}</span>
                        <span>{l.statement}<span class="low__principle">" — "{l.principle}</span></span>
                    </li>
                }
            })
            .collect_view();
        // Everyone's notes, without names.
        let notes = scoring::notes(content, &round.assessment);
        let has_notes = !notes.is_empty();
        let notes_list = notes
            .into_iter()
            .map(|(name, note)| view! { <dt>{name}</dt><dd>{note}</dd> })
            .collect_view();

        view! {
            <section class="page page--results">
                {heading}

                <div class="summary">
                    <div class="card summary__item">
                        <p class="summary__label">{text!(i18n, ui.results.overall)}</p>
                        <p class="summary__value" data-testid="overall">{overall}<span class="summary__of">" / 5"</span></p>
                        <p class="hint">{text!(i18n, ui.results.overall_hint)}</p>
                    </div>
                    <div class="card summary__item">
                        <p class="summary__label">{text!(i18n, ui.results.answered)}</p>
                        <p class="summary__value" data-testid="answered">
                            {tally.answered()}<span class="summary__of">" / "{tally.expected}</span>
                        </p>
                        <p class="hint">{fill!(i18n, ui.results.answered_hint, dont_know = move || tally.dont_know)}</p>
                    </div>
                </div>

                <figure class="chart">
                    <ScoreRadar means lang previous=before.clone() />
                    <figcaption>{text!(i18n, ui.results.chart_caption)}</figcaption>
                </figure>

                {previous_date.map(|date| view! { <p class="compared">{fill!(i18n, ui.results.compared, date = move || date.clone())}</p> })}
                <ScoreTable scores=scores.clone() lang previous=before.clone() />

                <section class="low" aria-labelledby="low-title">
                    <h2 id="low-title">{text!(i18n, ui.results.low_title)}</h2>
                    {if has_low {
                        view! { <ul class="low__list">{low_list}</ul> }.into_any()
                    } else {
                        view! { <p>{text!(i18n, ui.results.low_none)}</p> }.into_any()
                    }}
                </section>

                <section class="notes" aria-labelledby="notes-title">
                    <h2 id="notes-title">{text!(i18n, ui.results.notes_title)}</h2>
                    {if has_notes {
                        view! { <dl>{notes_list}</dl> }.into_any()
                    } else {
                        view! { <p>{text!(i18n, ui.results.notes_none)}</p> }.into_any()
                    }}
                </section>

                {actions()}
                <ReportFile round=round.clone() min_group />
            </section>
        }
        .into_any()
    }
}
