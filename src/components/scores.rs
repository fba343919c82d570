//! A round's principle scores as the results and the report show them: the radar chart and the
//! table (mean, the earlier round's mean and the change, and the counts).

use super::Radar;
use crate::domain::scoring::Scores;
use crate::domain::{Content, Lang, format};
use crate::i18n::*;
use leptos::prelude::*;

/// The radar chart of the principles' means, with an earlier round's as an outline.
#[component]
pub fn ScoreRadar(
    means: Vec<Option<f64>>,
    lang: Lang,
    #[prop(default = None)] previous: Option<Vec<Option<f64>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let names: Vec<String> = Content::get(lang).principles.iter().map(|p| p.name.clone()).collect();
    let description = format::named_scores(&names, &means, lang);
    view! {
        <Radar
            names
            values=means
            lang
            title=ui_str!(i18n.get_locale(), ui.results.chart_title).to_string()
            description
            no_score=ui_str!(i18n.get_locale(), ui.results.no_score).to_string()
            previous
            legend=(
                ui_str!(i18n.get_locale(), ui.results.legend_now).to_string(),
                ui_str!(i18n.get_locale(), ui.results.legend_previous).to_string(),
            )
        />
    }
}

/// A row per principle: its mean (or that too few answered it), the earlier round's mean and
/// the change when there is an earlier round, and how many scored, did not know and left it.
#[component]
pub fn ScoreTable(
    scores: Scores,
    lang: Lang,
    /// The earlier round's means, in the order of the content.
    #[prop(default = None)]
    previous: Option<Vec<Option<f64>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let content = Content::get(lang);
    let too_few = ui_str!(i18n.get_locale(), ui.common.too_few).to_string();
    let has_previous = previous.is_some();
    let rows = content
        .principles
        .iter()
        .zip(&scores.principles)
        .enumerate()
        .map(|(i, (p, s))| {
            let then = previous.as_ref().map(|b| b[i]);
            let mean = if s.shown {
                format::score(s.mean(), lang)
            } else {
                too_few.clone()
            };
            view! {
                <tr data-principle=p.id.clone()>
                    <th scope="row"><a href=format!("/princip/{}", p.id)>{p.name.clone()}</a></th>
                    <td class="num score">{mean}</td>
                    {then.map(|then| view! {
                        <td class="num previous">{format::score(then, lang)}</td>
                        <td class="num change">{format::difference(then, s.mean(), lang)}</td>
                    })}
                    {format::counts(s.counts()).into_iter().map(|n| view! { <td class="num">{n}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0">
            <table class="score-table">
                <caption>{text!(i18n, ui.results.table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text!(i18n, ui.results.col_principle)}</th>
                        <th scope="col" class="num">{text!(i18n, ui.results.col_mean)}</th>
                        {has_previous.then(|| view! {
                            <th scope="col" class="num">{text!(i18n, ui.results.col_previous)}</th>
                            <th scope="col" class="num">{text!(i18n, ui.results.col_change)}</th>
                        })}
                        <th scope="col" class="num">{text!(i18n, ui.results.col_scored)}</th>
                        <th scope="col" class="num">{text!(i18n, ui.results.col_dont_know)}</th>
                        <th scope="col" class="num">{text!(i18n, ui.results.col_unanswered)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
