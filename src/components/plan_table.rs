//! The improvement plan as one table: printed with the plan (each action with its description,
//! why it was proposed and the effect hoped for) and in the report (the short table).

use super::labels;
use crate::domain::plan::Action;
use crate::i18n::*;
use leptos::prelude::*;

/// The actions of a plan, a row each. With `reasons` (one per action) the plan's full table
/// for printing; without, the report's short one.
#[component]
pub fn PlanTable(actions: Vec<Action>, #[prop(optional)] reasons: Option<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale();
    let full = reasons.is_some();
    let mut reasons = reasons.unwrap_or_default().into_iter();
    let rows = actions
        .into_iter()
        .map(|a| {
            let title = if full {
                let reason = reasons.next().unwrap_or_default();
                view! {
                    <td><strong>{a.title}</strong><br />{a.description}
                        {(!reason.is_empty()).then(|| view! { <br /><em>{reason}</em> })}</td>
                }
                .into_any()
            } else {
                view! { <th scope="row">{a.title}</th> }.into_any()
            };
            view! {
                <tr>
                    {title}
                    <td>{a.owner}</td>
                    <td>{a.due}</td>
                    <td>{labels::status_name(l, a.status)}</td>
                    {full.then(|| view! { <td>{a.effect}</td> })}
                    <td>{a.follow_up}</td>
                </tr>
            }
        })
        .collect_view();
    let table = view! {
        <table class=if full { "plan-table print-only" } else { "score-table" }
            data-testid=(!full).then_some("report-plan")>
            <thead>
                <tr>
                    <th scope="col">{text!(i18n, ui.plan.f_title)}</th>
                    <th scope="col">{text!(i18n, ui.plan.f_owner)}</th>
                    <th scope="col">{text!(i18n, ui.plan.f_due)}</th>
                    <th scope="col">{text!(i18n, ui.plan.f_status)}</th>
                    {full.then(|| view! { <th scope="col">{text!(i18n, ui.plan.f_effect)}</th> })}
                    <th scope="col">{text!(i18n, ui.plan.f_follow_up)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    if full {
        table.into_any()
    } else {
        view! { <div class="table-scroll" tabindex="0">{table}</div> }.into_any()
    }
}
