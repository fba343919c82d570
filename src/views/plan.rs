//! The improvement plan: the basis (scores and largest time thieves), the proposals with the
//! reasons they were made, the team's own plan with owner, dates, status and expected effect,
//! and the plan shared as CSV for Excel, as Markdown, or printed on one A4 page.

use crate::app::{Store, download, new_id, use_lang};
use crate::components::When;
use crate::components::{ConfirmButton, EnumSelect, Field, NoRound, PageHeading, PlanTable, labels};
use crate::domain::export::{PlanLabels, plan_csv, plan_markdown};
use crate::domain::format::{self, fill};
use crate::domain::history::{self, Direction};
use crate::domain::model::{Round, is_iso_date};
use crate::domain::plan::{Action, Reason, Status};
use crate::domain::propose::{self, Proposal, ProposalTexts, ReasonTexts, propose};
use crate::domain::scoring::{Visible, visible};
use crate::domain::{Content, Lang};
use crate::i18n::*;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The statuses of an action as (value, label).
fn status_options(l: Lang) -> Vec<(String, String)> {
    Status::ALL
        .into_iter()
        .map(|s| (s.key().to_string(), labels::status_name(l, s).to_string()))
        .collect()
}

/// What of the active round may be shown (no round: nothing).
fn shown_now(store: Store, content: &Content) -> Visible {
    store.with(|d| match d.active_round() {
        Some(round) => visible(content, round, d.settings.min_group),
        None => Visible::TooFew {
            respondents: 0,
            min_group: d.settings.min_group,
        },
    })
}

/// Why an action was proposed, in the interface language.
fn why(content: &Content, lang: Lang, reasons: &[Reason], shown: &Visible) -> String {
    let texts = ReasonTexts {
        weak: ui_str!(lang, ui.plan.why_weak),
        low: ui_str!(lang, ui.plan.why_low),
        more: ui_str!(lang, ui.plan.why_more),
        thief: ui_str!(lang, ui.plan.why_thief),
    };
    propose::why(content, reasons, shown, &texts, lang)
}

/// The title and description of a proposal, in the interface language.
fn proposal_text(content: &Content, l: Lang, round: &Round, p: &Proposal) -> (String, String) {
    let texts = ProposalTexts {
        stop_warning: ui_str!(l, ui.audit.stop_warning),
        thief_title: ui_str!(l, ui.plan.thief_action_title),
        thief_remedy: ui_str!(l, ui.plan.thief_remedy),
    };
    propose::proposal_text(content, round, p, &texts)
}

#[component]
pub fn PlanView() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let has_round = Memo::new(move |_| store.with(|d| d.active_round().is_some()));
    let meta = Memo::new(move |_| store.with(|d| d.active_round().map(|r| format!("{} · {}", r.unit, r.date))));
    view! {
        <section class="page page--plan">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.plan.title).to_string()) />
            <p class="meta">{move || meta.get()}</p>
            <p class="lead no-print">{text!(i18n, ui.plan.lead)}</p>
            <When
                when=move || has_round.get()
                fallback=move || view! { <NoRound message=Signal::derive(move || ui_str!(i18n.get_locale(), ui.plan.no_round).to_string()) /> }
            >
                <Basis />
                <Proposals />
                <Actions />
                <AddAction />
                <Export />
            </When>
        </section>
    }
}

/// The scores and the largest thieves the plan rests on; printed with the plan.
#[component]
fn Basis() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let round = store.active_round();
    move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let round = round.get()?;
        // In a workshop with too few answers, or for a principle too few answered: no figure.
        let shown = visible(content, &round, store.with(|d| d.settings.min_group));
        let too_few = ui_str!(i18n.get_locale(), ui.common.too_few).to_string();
        let rows = content
            .principles
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let principle = shown.scores().map(|s| &s.principles[i]);
                let mean = match principle {
                    Some(s) if s.shown => format::score(s.mean(), lang),
                    _ => too_few.clone(),
                };
                view! {
                    <tr>
                        <th scope="row">{p.name.clone()}</th>
                        <td class="num">{mean}</td>
                    </tr>
                }
            })
            .collect_view();
        let thieves = round
            .audit
            .ranked()
            .into_iter()
            .filter(|(t, _)| t.counted(&round.audit.rates).is_some())
            .take(3)
            .map(|(t, c)| {
                let kronor = format::estimate_kronor(c.net_loss, lang);
                view! { <li>{t.title.clone()}" — "{fill!(i18n, ui.audit.kr, amount = move || kronor.clone())}</li> }
            })
            .collect_view();
        let no_thieves = round.audit.thieves.is_empty();
        Some(view! {
            <section class="card basis" aria-labelledby="basis-title">
                <h2 id="basis-title">{text!(i18n, ui.plan.basis_title)}</h2>
                <div class="basis__grid">
                    <table class="basis__scores">
                        <caption>{text!(i18n, ui.plan.basis_scores)}</caption>
                        <tbody>{rows}</tbody>
                    </table>
                    <div>
                        <h3>{text!(i18n, ui.plan.basis_thieves)}</h3>
                        {if no_thieves {
                            view! { <p>{text!(i18n, ui.plan.basis_no_thieves)}</p> }.into_any()
                        } else {
                            view! { <ol>{thieves}</ol> }.into_any()
                        }}
                    </div>
                </div>
            </section>
        })
    }
}

#[component]
fn Proposals() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let round = store.active_round();

    let accept = move |p: Proposal| {
        let content = Content::get(lang.get_untracked());
        let l = i18n.get_locale_untracked();
        store.update_round(|round| {
            let (title, description) = proposal_text(content, l, round, &p);
            round.plan.actions.push(Action {
                id: new_id("action"),
                origin: Some(p.origin.clone()),
                reasons: p.reasons.clone(),
                title,
                description,
                ..Action::default()
            });
        })
    };
    let dismiss = move |key: String| store.update_round(|round| round.plan.dismissed.push(key));
    let restore = move |key: String| store.update_round(|round| round.plan.dismissed.retain(|k| *k != key));

    move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let round = round.get()?;
        let min_group = store.with(|d| d.settings.min_group);
        let shown = visible(content, &round, min_group);
        let all = propose(content, &shown, &round.audit);
        let open: Vec<Proposal> = all
            .iter()
            .filter(|p| !round.plan.has_handled(&p.key()))
            .cloned()
            .collect();
        let dismissed: Vec<Proposal> = all
            .iter()
            .filter(|p| round.plan.dismissed.contains(&p.key()))
            .cloned()
            .collect();
        let card = |p: Proposal, dismissed: bool| {
            let (title, description) = proposal_text(content, lang, &round, &p);
            let reason = why(content, lang, &p.reasons, &shown);
            let key = p.key();
            let label = title.clone();
            let buttons = if dismissed {
                let key = key.clone();
                view! {
                    <button type="button" class="button button--secondary" on:click=move |_| restore(key.clone())>
                        {text!(i18n, ui.plan.restore)}<span class="visually-hidden">" "{label.clone()}</span>
                    </button>
                }
                .into_any()
            } else {
                let (key, p) = (key.clone(), p.clone());
                let label2 = label.clone();
                view! {
                    <button type="button" class="button" on:click=move |_| accept(p.clone())>
                        {text!(i18n, ui.plan.accept)}<span class="visually-hidden">" "{label.clone()}</span>
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| dismiss(key.clone())>
                        {text!(i18n, ui.plan.dismiss)}<span class="visually-hidden">" "{label2.clone()}</span>
                    </button>
                }
                .into_any()
            };
            view! {
                <li class="card proposal" data-proposal=key>
                    <h3>{title}</h3>
                    <p>{description}</p>
                    <p class="proposal__why"><strong>{text!(i18n, ui.plan.why)}": "</strong>{reason}</p>
                    <div class="button-row">{buttons}</div>
                </li>
            }
        };
        let nothing_at_all = all.is_empty();
        let open_count = open.len();
        let dismissed_count = dismissed.len();
        let open_cards = open.into_iter().map(|p| card(p, false)).collect_view();
        let dismissed_cards = dismissed.into_iter().map(|p| card(p, true)).collect_view();
        Some(view! {
            <section class="proposals no-print" aria-labelledby="proposals-title">
                <h2 id="proposals-title">{text!(i18n, ui.plan.proposals_title)}</h2>
                <p class="hint">{text!(i18n, ui.plan.proposals_rule)}</p>
                {if nothing_at_all {
                    view! { <p>{text!(i18n, ui.plan.proposals_empty)}</p> }.into_any()
                } else if open_count == 0 {
                    view! { <p>{text!(i18n, ui.plan.proposals_none)}</p> }.into_any()
                } else {
                    view! { <ul class="proposals__list">{open_cards}</ul> }.into_any()
                }}
                {(dismissed_count > 0).then(|| view! {
                    <details class="dismissed">
                        <summary>{fill!(i18n, ui.plan.dismissed_title, count = move || dismissed_count)}</summary>
                        <ul class="proposals__list">{dismissed_cards}</ul>
                    </details>
                })}
            </section>
        })
    }
}

#[component]
fn Actions() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        store.with(|d| {
            d.active_round()
                .map(|r| r.plan.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let actions =
        Memo::new(move |_| store.with(|d| d.active_round().map(|r| r.plan.actions.clone()).unwrap_or_default()));
    view! {
        <section class="actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{text!(i18n, ui.plan.actions_title)}</h2>
            <When when=move || ids.with(Vec::is_empty)>
                <p>{text!(i18n, ui.plan.actions_empty)}</p>
            </When>
            <ol class="actions__list no-print">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <ActionCard id />
                </For>
            </ol>
            // The plan as one table, for the printed page.
            {move || {
                let content = Content::get(lang.get());
                let shown = shown_now(store, content);
                let actions = actions.get();
                let reasons = actions.iter().map(|a| why(content, lang.get_untracked(), &a.reasons, &shown)).collect();
                view! { <PlanTable actions reasons /> }
            }}
        </section>
    }
}

/// One action of the plan, every field editable and saved as it is typed.
#[component]
fn ActionCard(id: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let initial = store
        .with_untracked(|d| {
            d.active_round()
                .and_then(|r| r.plan.actions.iter().find(|a| a.id == id.get_value()).cloned())
        })
        .unwrap_or_default();
    let edit = move |f: &dyn Fn(&mut Action)| {
        store.update_round(|r| {
            if let Some(a) = r.plan.action_mut(&id.get_value()) {
                f(a);
            }
        })
    };
    let remove = move |_| store.update_round(|r| r.plan.actions.retain(|a| a.id != id.get_value()));
    let field_id = move |name: &str| format!("{name}-{}", id.get_value());
    let reason = {
        let reasons = initial.reasons.clone();
        move || {
            let content = Content::get(lang.get());
            why(content, lang.get(), &reasons, &shown_now(store, content))
        }
    };
    let own = initial.origin.is_none();
    // An action carried over from an earlier round: has the principle it was for moved since?
    let carried = {
        let action = initial.clone();
        move || {
            let from = action.carried_from.as_deref()?;
            let lang = lang.get();
            let content = Content::get(lang);
            let (date, change) = store.with(|d| {
                let earlier = d.rounds.iter().find(|r| r.id == from)?;
                let now = d.active_round()?;
                let principle = action.principle(content);
                let change =
                    principle.and_then(|p| history::change_of(content, earlier, now, d.settings.min_group, &p));
                Some((earlier.date.clone(), change))
            })?;
            let moved = change.map(|c| {
                let name = content.principle(&c.principle).map_or_else(String::new, |p| p.name.clone());
                let (before, after) = (format::score(c.before, lang), format::score(c.after, lang));
                match (c.delta(), c.direction()) {
                    (Some(delta), Some(direction)) => {
                        let delta = format::signed(delta, 1, lang);
                        let word = match direction {
                            Direction::Up => ui_str!(i18n.get_locale(), ui.over_time.up),
                            Direction::Down => ui_str!(i18n.get_locale(), ui.over_time.down),
                            Direction::Same => ui_str!(i18n.get_locale(), ui.over_time.same),
                        };
                        view! {
                            <span class=format!("direction direction--{}", direction.key())>
                                {fill!(i18n, ui.plan.moved, principle = move || name.clone(), before = move || before.clone(),
                                    after = move || after.clone(), change = move || delta.clone(), direction = move || word)}
                            </span>
                        }
                        .into_any()
                    }
                    _ => view! { <span>{fill!(i18n, ui.plan.moved_unknown, principle = move || name.clone())}</span> }.into_any(),
                }
            });
            Some(view! {
                <p class="action__carried">
                    {fill!(i18n, ui.plan.carried, date = move || date.clone())}
                    {moved.map(|m| view! { " "{m} })}
                </p>
            })
        }
    };
    let text =
        move |name: &'static str, label: ViewFn, value: String, set: fn(&mut Action, String), kind: &'static str| {
            view! {
                <Field id=field_id(name) label kind=kind value
                    on_input=move |v: String| edit(&|a| set(a, v.clone())) />
            }
        };
    let area = move |name: &'static str, label: ViewFn, value: String, set: fn(&mut Action, String)| {
        view! {
            <Field id=field_id(name) label rows=2 value
                on_input=move |v: String| edit(&|a| set(a, v.clone())) />
        }
    };
    let status = initial.status;
    view! {
        <li class="card action" data-action=id.get_value()>
            {text("title", ViewFn::from(move || text!(i18n, ui.plan.f_title)), initial.title.clone(), |a, v| a.title = v, "text")}
            {if own {
                view! { <p class="action__origin">{text!(i18n, ui.plan.own_label)}</p> }.into_any()
            } else {
                view! { <p class="action__why"><strong>{text!(i18n, ui.plan.why)}": "</strong>{reason}</p> }.into_any()
            }}
            {carried}
            {area("description", ViewFn::from(move || text!(i18n, ui.plan.f_description)), initial.description.clone(), |a, v| a.description = v)}
            <div class="action__grid">
                {text("owner", ViewFn::from(move || text!(i18n, ui.plan.f_owner)), initial.owner.clone(), |a, v| a.owner = v, "text")}
                {text("due", ViewFn::from(move || text!(i18n, ui.plan.f_due)), initial.due.clone(), |a, v| a.due = v, "date")}
                <EnumSelect id=field_id("status") label=move || text!(i18n, ui.plan.f_status)
                    options=move || status_options(i18n.get_locale()) selected=status.key().to_string()
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = Status::ALL.into_iter().find(|s| s.key() == v) {
                            edit(&|a| a.status = s);
                        }
                    }) />
                {text("follow-up", ViewFn::from(move || text!(i18n, ui.plan.f_follow_up)), initial.follow_up.clone(), |a, v| a.follow_up = v, "date")}
            </div>
            {area("effect", ViewFn::from(move || text!(i18n, ui.plan.f_effect)), initial.effect.clone(), |a, v| a.effect = v)}
            <div class="button-row">
                <ConfirmButton
                    label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.plan.delete).to_string())
                    consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.plan.delete_confirm).to_string())
                    yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.plan.delete_yes).to_string())
                    on_confirm=Callback::new(remove)
                />
            </div>
        </li>
    }
}

/// The team's own action: what it is (required), who owns it and by when.
#[component]
fn AddAction() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let title = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let title_ref = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let t = title.get_untracked().trim().to_string();
        if t.is_empty() {
            error.set(true);
            if let Some(el) = title_ref.get_untracked() {
                let _ = el.focus();
            }
            return;
        }
        let d = due.get_untracked();
        store.update_round(|r| {
            r.plan.actions.push(Action {
                id: new_id("action"),
                title: t,
                owner: owner.get_untracked().trim().to_string(),
                due: if is_iso_date(&d) { d } else { String::new() },
                ..Action::default()
            });
        });
        title.set(String::new());
        owner.set(String::new());
        due.set(String::new());
        error.set(false);
    };
    view! {
        <section class="card add-action no-print" aria-labelledby="add-action-title">
            <h2 id="add-action-title">{text!(i18n, ui.plan.add_title)}</h2>
            <form class="form form--wide" on:submit=submit novalidate>
                <Field id="new-action-title" label=move || text!(i18n, ui.plan.f_title)
                    invalid=error error=move || text!(i18n, ui.plan.title_error) node_ref=title_ref value=title
                    on_input=move |v| { title.set(v); error.set(false); } />
                <div class="action__grid">
                    <Field id="new-action-owner" label=move || text!(i18n, ui.plan.f_owner) value=owner on_input=move |v| owner.set(v) />
                    <Field id="new-action-due" kind="date" label=move || text!(i18n, ui.plan.f_due) value=due on_input=move |v| due.set(v) />
                </div>
                <button type="submit" class="button">{text!(i18n, ui.plan.add)}</button>
            </form>
        </section>
    }
}

#[component]
fn Export() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let export = move |markdown: bool| {
        let lang = lang.get_untracked();
        let content = Content::get(lang);
        let Some(round) = store.with_untracked(|d| d.active_round().cloned()) else {
            return;
        };
        let status = move |s: Status| labels::status_name(lang, s);
        let labels = PlanLabels {
            title: ui_str!(lang, ui.plan.f_title),
            description: ui_str!(lang, ui.plan.f_description),
            why: ui_str!(lang, ui.plan.why),
            owner: ui_str!(lang, ui.plan.f_owner),
            due: ui_str!(lang, ui.plan.f_due),
            status: ui_str!(lang, ui.plan.f_status),
            effect: ui_str!(lang, ui.plan.f_effect),
            follow_up: ui_str!(lang, ui.plan.f_follow_up),
            status_name: &status,
        };
        let shown = shown_now(store, content);
        let reason = |a: &Action| why(content, lang, &a.reasons, &shown);
        let stem = format!("tillit-plan-{}", round.date);
        if markdown {
            let heading = fill(ui_str!(lang, ui.plan.print_heading), &[("unit", &round.unit)]);
            let intro = [fill(ui_str!(lang, ui.plan.print_date), &[("date", &round.date)])];
            let text = plan_markdown(&heading, &intro, &round.plan.actions, &labels, &reason);
            download(&format!("{stem}.md"), "text/markdown;charset=utf-8", &text);
        } else {
            let text = plan_csv(&round.plan.actions, &labels, &reason);
            download(&format!("{stem}.csv"), "text/csv;charset=utf-8", &text);
        }
    };
    view! {
        <section class="export no-print" aria-labelledby="export-title">
            <h2 id="export-title">{text!(i18n, ui.plan.export_title)}</h2>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| export(false)>{text!(i18n, ui.plan.csv)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| export(true)>{text!(i18n, ui.plan.markdown)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| { let _ = window().print(); }>
                    {text!(i18n, ui.plan.print)}
                </button>
            </div>
        </section>
    }
}
