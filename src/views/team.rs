//! The team's answers: the statements the team disagrees on most, to talk about first, then per
//! principle how many chose each answer, the mean and the spread. Never what one person
//! answered: where fewer than the threshold answered, only "too few answers" is shown.

use crate::app::{Store, use_lang};
use crate::components::{DistributionBars, NoRound, PageHeading, TeamRow, TeamTable};
use crate::domain::aggregate::team_view;
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::prelude::*;

/// How many discussion questions the page shows; the projector steps through all of them.
const ON_THE_PAGE: usize = 5;

#[component]
pub fn TeamView() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let round = store.active_round();
    let min_group = Memo::new(move |_| store.with(|d| d.settings.min_group));

    move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let Some(round) = round.get() else {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.team.title) message=move || ui_str!(i18n.get_locale(), ui.team.no_round) />
            }
            .into_any();
        };
        let view_ = team_view(content, &round.assessment, min_group.get());
        let (count, min) = (view_.respondents, view_.min_group);
        let dont_know = ui_str!(i18n.get_locale(), ui.scale.dont_know);

        let discussion: Vec<_> = view_.discussion().into_iter().take(ON_THE_PAGE).collect();
        let has_discussion = !discussion.is_empty();
        let discussion_list = discussion
            .into_iter()
            .map(|s| {
                let statement = content.statement(&s.statement);
                let text = statement.map_or_else(String::new, |(_, st)| st.text.clone());
                let principle = statement.map_or_else(String::new, |(p, _)| p.name.clone());
                let d = s.distribution;
                let (mean, spread) = (format::score(d.mean(), lang), format::score(d.spread(), lang));
                view! {
                    <li class="discuss__item" data-statement=s.statement.clone()>
                        <p class="discuss__text">{text}</p>
                        <p class="discuss__principle">{principle}</p>
                        <DistributionBars
                            distribution=d
                            label=ui_str!(i18n.get_locale(), ui.team.distribution)
                            dont_know=dont_know
                        />
                        <p class="discuss__numbers">
                            {fill!(i18n, ui.team.mean_spread, mean = move || mean.clone(), spread = move || spread.clone())}
                        </p>
                    </li>
                }
            })
            .collect_view();

        let all_statements = ui_str!(i18n.get_locale(), ui.team.all_statements).to_string();
        let principle_tables = content
            .principles
            .iter()
            .zip(&view_.principles)
            .map(|(p, agg)| {
                let total = TeamRow {
                    statement: None,
                    label: all_statements.clone(),
                    distribution: agg.distribution,
                    shown: agg.shown,
                };
                let rows = std::iter::once(total)
                    .chain(p.statements.iter().zip(&agg.statements).map(|(st, s)| TeamRow {
                        statement: Some(s.statement.clone()),
                        label: st.text.clone(),
                        distribution: s.distribution,
                        shown: s.shown,
                    }))
                    .collect::<Vec<_>>();
                view! { <TeamTable caption=p.name.clone() rows lang principle=p.id.clone() /> }
            })
            .collect_view();

        view! {
            <section class="page page--team">
                <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.team.title).to_string()) />
                <p class="meta">{round.unit.clone()}" · "{round.date.clone()}</p>
                <p class="meta" data-testid="team-meta">{fill!(i18n, ui.team.meta, count = move || count, min = move || min)}</p>

                <section class="discuss" aria-labelledby="discuss-title">
                    <h2 id="discuss-title">{text!(i18n, ui.team.discuss_title)}</h2>
                    {if has_discussion {
                        view! {
                            <p>{text!(i18n, ui.team.discuss_intro)}</p>
                            <p class="no-print"><a class="button" href="/team/visning">{text!(i18n, ui.team.projector)}</a></p>
                            <ol class="discuss__list">{discussion_list}</ol>
                        }.into_any()
                    } else {
                        view! { <p>{fill!(i18n, ui.team.discuss_none, min = move || min)}</p> }.into_any()
                    }}
                </section>

                <section class="team-principles" aria-labelledby="team-principles-title">
                    <h2 id="team-principles-title">{text!(i18n, ui.team.principles_title)}</h2>
                    <p class="hint">{text!(i18n, ui.team.spread_hint)}</p>
                    <div class="table-scroll" tabindex="0">{principle_tables}</div>
                </section>
            </section>
        }
        .into_any()
    }
}
