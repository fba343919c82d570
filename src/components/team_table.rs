//! The team's answers to statements as a table, as the team view and the report show them: how
//! many chose 1–5 and "vet ej", the mean and the spread, or that too few answered.

use crate::domain::aggregate::Distribution;
use crate::domain::{Lang, format};
use crate::i18n::*;
use leptos::prelude::*;

/// A row of the table: a statement (or all of a principle's, `total`) and its answers.
#[derive(Clone)]
pub struct TeamRow {
    /// The statement's id, `None` for the total.
    pub statement: Option<String>,
    pub label: String,
    pub distribution: Distribution,
    /// Whether enough answered for its figures to be shown.
    pub shown: bool,
}

#[component]
pub fn TeamTable(
    #[prop(into)] caption: String,
    rows: Vec<TeamRow>,
    lang: Lang,
    /// The principle the table is of.
    #[prop(optional)]
    principle: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let too_few = ui_str!(i18n.get_locale(), ui.team.too_few);
    let rows = rows
        .into_iter()
        .map(|r| {
            let d = r.distribution;
            let cells = if r.shown {
                view! {
                    {(1..=5u8).map(|s| view! { <td class="num">{d.count(s)}</td> }).collect_view()}
                    <td class="num">{d.dont_know}</td>
                    <td class="num">{format::score(d.mean(), lang)}</td>
                    <td class="num">{format::score(d.spread(), lang)}</td>
                }
                .into_any()
            } else {
                view! { <td colspan="8" class="too-few">{too_few}</td> }.into_any()
            };
            let total = r.statement.is_none();
            view! {
                <tr class:team-table__total=total data-statement=r.statement>
                    <th scope="row">{r.label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="team-table" data-principle=principle>
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{text!(i18n, ui.team.col_statement)}</th>
                    {(1..=5u8).map(|s| view! { <th scope="col" class="num">{s}</th> }).collect_view()}
                    <th scope="col" class="num">{text!(i18n, ui.team.col_dont_know)}</th>
                    <th scope="col" class="num">{text!(i18n, ui.team.col_mean)}</th>
                    <th scope="col" class="num">{text!(i18n, ui.team.col_spread)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
