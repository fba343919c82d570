//! The report of a round, made to be printed: the scores with the radar chart, the team's
//! answers where the team answered one by one, the time thieves with their cost, and the plan.

use crate::app::{Store, use_lang};
use crate::components::figures::{Assumptions, Figures, WonBack};
use crate::components::{NoRound, PageHeading, PlanTable, ScoreRadar, ScoreTable, TeamRow, TeamTable, TooFew, labels};
use crate::domain::aggregate::team_view;
use crate::domain::scoring::{Visible, visible};
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn Report() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let round = store.active_round();
    let min_group = Memo::new(move |_| store.with(|d| d.settings.min_group));

    move || {
        let lang = lang.get();
        let l = i18n.get_locale();
        let content = Content::get(lang);
        let Some(round) = round.get() else {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.report.title) message=move || ui_str!(i18n.get_locale(), ui.results.no_round) />
            }
            .into_any();
        };
        let shown = visible(content, &round, min_group.get());
        let scores_view = match &shown {
            Visible::TooFew { respondents, min_group } => {
                view! { <TooFew respondents=*respondents min_group=*min_group /> }.into_any()
            }
            Visible::Shown(scores) => {
                let means: Vec<Option<f64>> = scores.principles.iter().map(|p| p.mean()).collect();
                let overall = format::score(scores.overall(), lang);
                view! {
                    <p class="report__overall">
                        {text!(i18n, ui.results.overall)}": "<strong data-testid="report-overall">{overall}</strong>" / 5"
                    </p>
                    <div class="report__scores">
                        <figure class="chart">
                            <ScoreRadar means lang />
                        </figure>
                        <ScoreTable scores=scores.clone() lang />
                    </div>
                }
                .into_any()
            }
        };

        // The statements to talk about first; none at all under the threshold.
        let team = (round.is_workshop() && shown.scores().is_some()).then(|| {
            let view_ = team_view(content, &round.assessment, min_group.get());
            let respondents = view_.respondents;
            let min = view_.min_group;
            let discussion = view_.discussion();
            let has_rows = !discussion.is_empty();
            let rows = discussion
                .into_iter()
                .take(5)
                .map(|s| TeamRow {
                    statement: Some(s.statement.clone()),
                    label: content
                        .statement(&s.statement)
                        .map_or_else(String::new, |(_, st)| st.text.clone()),
                    distribution: s.distribution,
                    shown: true,
                })
                .collect::<Vec<_>>();
            view! {
                <section class="report__section" aria-labelledby="report-team">
                    <h2 id="report-team">{text!(i18n, ui.report.team_title)}</h2>
                    <p>{fill!(i18n, ui.results.respondents, count = move || respondents)}</p>
                    {if has_rows { None } else { Some(view! { <p>{fill!(i18n, ui.team.discuss_none, min = move || min)}</p> }) }}
                    {has_rows.then(|| view! {
                    <div class="table-scroll" tabindex="0">
                        <TeamTable caption=ui_str!(i18n.get_locale(), ui.team.discuss_title).to_string() rows=rows.clone() lang />
                    </div>
                    })}
                </section>
            }
        });

        let audit = round.audit.clone();
        let ranked = round.audit.ranked();
        let has_thieves = !ranked.is_empty();
        let total = Figures::of(&round.audit.total(), lang);
        let thief_rows = ranked
            .iter()
            .map(|(t, cost)| {
                let f = Figures::of(cost, lang);
                view! {
                    <tr>
                        <th scope="row">{t.title.clone()}</th>
                        <td class="num">{f.hours}</td>
                        <td class="num">{f.kronor}</td>
                        <td class="num">{f.loss}</td>
                        <td>{labels::status(l, t.status)}</td>
                        <td>{labels::remover(l, t.removable_by)}</td>
                    </tr>
                }
            })
            .collect_view();

        let actions = round.plan.actions.clone();
        let has_actions = !actions.is_empty();
        view! {
            <section class="page page--report">
                <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.report.title).to_string()) />
                <p class="meta">{round.unit.clone()}" · "{round.date.clone()}</p>
                <p class="hint no-print">{text!(i18n, ui.report.lead)}</p>
                <p class="button-row no-print">
                    <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                        {text!(i18n, ui.results.print)}
                    </button>
                </p>

                <section class="report__section" aria-labelledby="report-scores">
                    <h2 id="report-scores">{text!(i18n, ui.report.scores_title)}</h2>
                    {scores_view}
                </section>

                {team}

                <section class="report__section" aria-labelledby="report-thieves">
                    <h2 id="report-thieves">{text!(i18n, ui.report.thieves_title)}</h2>
                    {if has_thieves {
                        view! {
                            <div class="table-scroll" tabindex="0"><table class="score-table" data-testid="report-thieves">
                                <thead>
                                    <tr>
                                        <th scope="col">{text!(i18n, ui.audit.f_title)}</th>
                                        <th scope="col" class="num">{text!(i18n, ui.audit.csv_hours)}</th>
                                        <th scope="col" class="num">{text!(i18n, ui.audit.csv_kronor)}</th>
                                        <th scope="col" class="num">{text!(i18n, ui.audit.csv_loss)}</th>
                                        <th scope="col">{text!(i18n, ui.audit.csv_status)}</th>
                                        <th scope="col">{text!(i18n, ui.audit.f_remover)}</th>
                                    </tr>
                                </thead>
                                <tbody>{thief_rows}</tbody>
                                <tfoot>
                                    <tr>
                                        <th scope="row">{text!(i18n, ui.audit.total_title)}</th>
                                        <td class="num">{total.hours}</td>
                                        <td class="num">{total.kronor}</td>
                                        <td class="num">{total.loss}</td>
                                        <td></td>
                                        <td></td>
                                    </tr>
                                </tfoot>
                            </table></div>
                            <Assumptions audit=(*audit).clone() />
                        }.into_any()
                    } else {
                        view! { <p>{text!(i18n, ui.plan.basis_no_thieves)}</p> }.into_any()
                    }}
                    <WonBack />
                </section>

                <section class="report__section" aria-labelledby="report-plan">
                    <h2 id="report-plan">{text!(i18n, ui.report.plan_title)}</h2>
                    {if has_actions {
                        view! {
                            <PlanTable actions=actions.clone() />
                        }.into_any()
                    } else {
                        view! { <p>{text!(i18n, ui.plan.actions_empty)}</p> }.into_any()
                    }}
                </section>
            </section>
        }
        .into_any()
    }
}
