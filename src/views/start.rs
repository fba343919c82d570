//! The start page: what the tool is, that nothing leaves the browser and how long it takes;
//! starts a round (unit and date) or continues the one under way.

use crate::app::{Store, new_id, today, use_lang};
use crate::components::When;
use crate::components::{Check, ConfirmButton, Field, PageHeading};
use crate::domain::model::{Participant, Round, is_iso_date};
use crate::domain::scoring::{score, visible};
use crate::domain::{Content, format, history};
use crate::i18n::*;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
struct RoundSummary {
    id: String,
    unit: String,
    date: String,
    answered: u32,
    expected: u32,
    /// The overall score where it may be shown (see `scoring::visible`).
    overall: Option<f64>,
    too_few: bool,
}

#[component]
pub fn Start() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let rounds = Memo::new(move |_| {
        let content = Content::get(lang.get());
        store.with(|d| {
            d.rounds
                .iter()
                .rev()
                .map(|r| {
                    let s = score(content, &r.assessment);
                    let shown = visible(content, r, d.settings.min_group);
                    RoundSummary {
                        id: r.id.clone(),
                        unit: r.unit.clone(),
                        date: r.date.clone(),
                        answered: s.tally.answered(),
                        expected: s.tally.expected,
                        overall: shown.overall(),
                        too_few: shown.scores().is_none(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let active_id = Memo::new(move |_| store.with(|d| d.active_round.clone()));
    let active = move || {
        let id = active_id.get()?;
        rounds.with(|rs| rs.iter().find(|r| r.id == id).cloned())
    };
    let earlier = move || {
        let id = active_id.get();
        rounds.with(|rs| {
            rs.iter()
                .filter(|r| Some(&r.id) != id.as_ref())
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let continue_href = Memo::new(move |_| store.with(|d| d.continue_path(Content::get(lang.get()))));
    let new_form_open = RwSignal::new(false);
    let rename_open = RwSignal::new(false);

    let delete_active = move |_| {
        store.update(|d| {
            if let Some(id) = d.active_round.take() {
                d.rounds.retain(|r| r.id != id);
            }
        });
    };

    view! {
        <section class="page page--start">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.start.title).to_string()) />
            <p class="lead">{text!(i18n, ui.start.lead)}</p>
            <ul class="facts">
                <li><strong>{text!(i18n, ui.start.fact_time_title)}</strong>" "{text!(i18n, ui.start.fact_time)}</li>
                <li><strong>{text!(i18n, ui.start.fact_steps_title)}</strong>" "{text!(i18n, ui.start.fact_steps)}</li>
                <li><strong>{text!(i18n, ui.start.fact_private_title)}</strong>" "{text!(i18n, ui.start.fact_private)}</li>
            </ul>

            {move || match active() {
                Some(round) => view! {
                    <section class="card current-round" aria-labelledby="current-round-title">
                        <h2 id="current-round-title">{text!(i18n, ui.start.current_title)}</h2>
                        <p class="current-round__unit">{round.unit.clone()}" · "{round.date.clone()}</p>
                        <p>{fill!(i18n, ui.start.current_progress, answered = move || round.answered, expected = move || round.expected)}</p>
                        <div class="button-row">
                            <a class="button" href=move || continue_href.get()>{text!(i18n, ui.start.continue_where)}</a>
                            <a class="button button--secondary" href="/resultat">{text!(i18n, ui.start.see_results)}</a>
                        </div>
                        <p class="button-row">
                            <a class="button button--secondary" href="/deltagare">{text!(i18n, ui.start.workshop_link)}</a>
                        </p>
                        <div class="button-row">
                            <button type="button" class="link-button" aria-expanded=move || rename_open.get().to_string()
                                on:click=move |_| rename_open.update(|o| *o = !*o)>
                                {text!(i18n, ui.start.rename)}
                            </button>
                            <button type="button" class="link-button" aria-expanded=move || new_form_open.get().to_string()
                                on:click=move |_| new_form_open.update(|o| *o = !*o)>
                                {text!(i18n, ui.start.new_round)}
                            </button>
                            <ConfirmButton
                                label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.start.delete_round).to_string())
                                consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.start.delete_confirm).to_string())
                                yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.start.delete_yes).to_string())
                                on_confirm=Callback::new(delete_active)
                            />
                        </div>
                        <When when=move || rename_open.get()>
                            <RenameForm on_done=Callback::new(move |_| rename_open.set(false)) />
                        </When>
                        <When when=move || new_form_open.get()>
                            <NewRoundForm />
                        </When>
                    </section>
                }.into_any(),
                None => view! {
                    <section class="card" aria-labelledby="new-round-title">
                        <h2 id="new-round-title">{text!(i18n, ui.start.new_title)}</h2>
                        <NewRoundForm />
                    </section>
                }.into_any(),
            }}

            <When when=move || !earlier().is_empty()>
                <section class="earlier-rounds" aria-labelledby="earlier-title">
                    <h2 id="earlier-title">{text!(i18n, ui.start.earlier_title)}</h2>
                    <ul>
                        {move || earlier().into_iter().map(|r| {
                            let id = r.id.clone();
                            let overall = match r.overall {
                                _ if r.too_few => ui_str!(i18n.get_locale(), ui.common.too_few).to_string(),
                                overall => format::score(overall, lang.get()),
                            };
                            view! {
                                <li>
                                    <span class="earlier-rounds__name">{r.unit.clone()}" · "{r.date.clone()}</span>
                                    <span>{fill!(i18n, ui.start.earlier_summary, overall = move || overall.clone(), answered = move || r.answered, expected = move || r.expected)}</span>
                                    <button type="button" class="button button--secondary"
                                        on:click=move |_| store.update(|d| d.active_round = Some(id.clone()))>
                                        {text!(i18n, ui.start.open_round)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            </When>

            <section class="backup" aria-labelledby="backup-title">
                <h2 id="backup-title">{text!(i18n, ui.backup.title)}</h2>
                <p>{text!(i18n, ui.backup.lead)}</p>
                <p><a class="button button--secondary" href="/sakerhetskopia">{text!(i18n, ui.backup.open)}</a></p>
            </section>

            <section class="principles-overview" aria-labelledby="principles-title">
                <h2 id="principles-title">{text!(i18n, ui.start.principles_title)}</h2>
                <p>{text!(i18n, ui.start.principles_intro)}</p>
                <dl>
                    {move || Content::get(lang.get()).principles.iter().map(|p| view! {
                        <dt>{p.name.clone()}</dt>
                        <dd>{p.guiding.clone()}</dd>
                    }).collect_view()}
                </dl>
            </section>
        </section>
    }
}

/// Unit and date of a new round; starting it keeps earlier rounds and goes to the first step.
#[component]
fn NewRoundForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let router = crate::app::use_router();
    let unit = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let unit_error = RwSignal::new(false);
    let date_error = RwSignal::new(false);
    let unit_ref = NodeRef::<leptos::html::Input>::new();
    let date_ref = NodeRef::<leptos::html::Input>::new();
    let carry = RwSignal::new(true);
    // The unit's latest round so far, whose open actions and time thieves can come along.
    let previous = Memo::new(move |_| {
        let name = unit.get();
        let when = date.get();
        if name.trim().is_empty() {
            return None;
        }
        store.with(|d| {
            history::latest_before(&d.rounds, &name, &when).map(|r| (r.id.clone(), r.unit.clone(), r.date.clone()))
        })
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let name = unit.get_untracked().trim().to_string();
        let when = date.get_untracked();
        unit_error.set(name.is_empty());
        date_error.set(!is_iso_date(&when));
        if name.is_empty() {
            if let Some(el) = unit_ref.get_untracked() {
                let _ = el.focus();
            }
            return;
        }
        if !is_iso_date(&when) {
            if let Some(el) = date_ref.get_untracked() {
                let _ = el.focus();
            }
            return;
        }
        let participant = Participant {
            id: "team".to_string(),
            name: ui_str!(i18n.get_locale_untracked(), ui.start.team_participant).to_string(),
        };
        let mut round = Round::new(new_id("round"), name, when, participant);
        // Taken over once the round is stored, where the build reads audits and plans (see
        // `Round::carry_from`).
        round.carry_from = carry
            .get_untracked()
            .then(|| previous.get_untracked())
            .flatten()
            .map(|(id, _, _)| id);
        store.update(|d| d.start_round(round));
        let first = &Content::get(lang.get_untracked()).principles[0].id;
        router.navigate(&format!("/princip/{first}"));
    };

    view! {
        <form class="form new-round" on:submit=submit novalidate>
            <Field id="unit" label=move || text!(i18n, ui.start.unit_label) hint=move || text!(i18n, ui.start.unit_hint)
                invalid=unit_error error=move || text!(i18n, ui.start.unit_error)
                autocomplete="organization" node_ref=unit_ref value=unit
                on_input=move |v| { unit.set(v); unit_error.set(false); } />
            <Field id="date" kind="date" label=move || text!(i18n, ui.start.date_label)
                invalid=date_error error=move || text!(i18n, ui.start.date_error)
                node_ref=date_ref value=date
                on_input=move |v| { date.set(v); date_error.set(false); } />
            {move || previous.get().map(|(_, unit, date)| view! {
                <Check id="carry-over"
                    label=move || {
                        let (unit, date) = (unit.clone(), date.clone());
                        fill!(i18n, ui.start.carry_over, unit = move || unit.clone(), date = move || date.clone())
                    }
                    hint=move || text!(i18n, ui.start.carry_over_hint) checked=carry on_change=move |on| carry.set(on) />
            })}
            <button type="submit" class="button button--large">{text!(i18n, ui.start.begin)}</button>
        </form>
    }
}

/// Changes the unit and date of the round under way.
#[component]
fn RenameForm(on_done: Callback<()>) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let (unit0, date0) = store.with_untracked(|d| {
        d.active_round()
            .map(|r| (r.unit.clone(), r.date.clone()))
            .unwrap_or_default()
    });
    let unit = RwSignal::new(unit0);
    let date = RwSignal::new(date0);
    let unit_error = RwSignal::new(false);
    let date_error = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let name = unit.get_untracked().trim().to_string();
        let when = date.get_untracked();
        unit_error.set(name.is_empty());
        date_error.set(!is_iso_date(&when));
        if name.is_empty() || !is_iso_date(&when) {
            return;
        }
        store.update_round(|r| {
            r.unit = name;
            r.date = when;
        });
        on_done.run(());
    };
    view! {
        <form class="form rename-round" on:submit=submit novalidate aria-labelledby="rename-title">
            <h3 id="rename-title">{text!(i18n, ui.start.rename_title)}</h3>
            <Field id="rename-unit" label=move || text!(i18n, ui.start.unit_label)
                invalid=unit_error error=move || text!(i18n, ui.start.unit_error)
                value=unit on_input=move |v| { unit.set(v); unit_error.set(false); } />
            <Field id="rename-date" kind="date" label=move || text!(i18n, ui.start.date_label)
                invalid=date_error error=move || text!(i18n, ui.start.date_error)
                value=date on_input=move |v| { date.set(v); date_error.set(false); } />
            <div class="button-row">
                <button type="submit" class="button">{text!(i18n, ui.common.save)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| on_done.run(())>{text!(i18n, ui.common.cancel)}</button>
            </div>
        </form>
    }
}
