//! The participants of a round: answering in turn on one shared device (each person's answers
//! hidden when they are done), the code that joins everyone's own device to the round, who is
//! in the round, and the threshold that keeps anybody from being singled out in the team view.
//! The answers from everyone's own device are taken in on a page of their own (`Receive`).

use crate::app::{Store, new_id};
use crate::components::QrCode;
use crate::components::{ConfirmButton, Field, NoRound, PageHeading};
use crate::domain::Content;
use crate::domain::aggregate::MIN_GROUP;
use crate::domain::join::Join;
use crate::domain::model::Participant;
use crate::domain::scoring::score;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn Workshop() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let has_round = Memo::new(move |_| store.with(|d| d.active_round().is_some()));
    move || {
        if !has_round.get() {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.workshop.title) message=move || ui_str!(i18n.get_locale(), ui.workshop.no_round) />
            }
            .into_any();
        }
        view! {
            <section class="page page--workshop">
                <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.workshop.title).to_string()) />
                <p class="lead">{text!(i18n, ui.workshop.lead)}</p>
                <InTurn />
                <OwnDevices />
                <ParticipantList />
                <Threshold />
                <p><a class="button" href="/team">{text!(i18n, ui.workshop.to_team)}" →"</a></p>
            </section>
        }
        .into_any()
    }
}

/// Answering in turn on this device.
#[component]
fn InTurn() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let router = crate::app::use_router();
    let just_done = Memo::new(move |_| router.has_query("klar"));
    let name = RwSignal::new(String::new());
    let answering = Memo::new(move |_| {
        let numbered = ui_str!(i18n.get_locale(), ui.common.participant_n);
        store.with(|d| {
            let round = d.active_round()?;
            let id = round.answering.as_deref()?;
            Some(round.participant_label(id, numbered))
        })
    });
    let next_number = Memo::new(move |_| {
        store.with(|d| {
            d.active_round().map_or(1, |r| {
                // The place the new participant will get: after those who have answered.
                r.assessment.respondents().count() + 1
            })
        })
    });
    let first_step = move || {
        let content = Content::get(crate::app::use_lang().get_untracked());
        format!("/princip/{}", content.principles[0].id)
    };
    let first = first_step();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let participant = Participant {
            id: new_id("p"),
            name: name.get_untracked().trim().to_string(),
        };
        store.update_round(|round| round.start_turn(participant));
        name.set(String::new());
        router.navigate(&first);
    };
    let continue_href = first_step();

    view! {
        <section class="card" aria-labelledby="turn-title">
            <h2 id="turn-title">{text!(i18n, ui.workshop.turn_title)}</h2>
            <p>{text!(i18n, ui.workshop.turn_intro)}</p>
            {move || match answering.get() {
                Some(who) => view! {
                    <p class="turn-now">{fill!(i18n, ui.workshop.now_answering, name = move || who.clone())}</p>
                    <p><a class="button" href=continue_href.clone()>{text!(i18n, ui.workshop.continue_turn)}</a></p>
                }.into_any(),
                None => view! {
                    {just_done.get().then(|| view! {
                        <div class="notice notice--info" role="status"><p>{text!(i18n, ui.workshop.done)}</p></div>
                    })}
                    <form class="form" on:submit=start.clone()>
                        <Field id="participant-name" label=move || text!(i18n, ui.workshop.name_label)
                            hint=move || fill!(i18n, ui.workshop.name_hint, n = move || next_number.get())
                            autocomplete="off" value=name on_input=move |v| name.set(v) />
                        <button type="submit" class="button">{text!(i18n, ui.workshop.start_turn)}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

/// The code a phone scans to join the active round (see `domain::join`): a QR code of a link to
/// this very app with the round in its fragment, and the link itself.
#[component]
fn JoinCode() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    move || {
        let lang = lang.get();
        let round = store.with(|d| d.active_round().cloned())?;
        let code = Join::of(&round, lang, Content::get(lang)).encode();
        let location = window().location();
        let (unit, date) = (round.unit.clone(), round.date.clone());
        if location.protocol().is_ok_and(|p| p == "file:") {
            return Some(
                view! { <p class="hint">{fill!(i18n, ui.join.from_file, unit = move || unit.clone(), date = move || date.clone())}</p> }
                    .into_any(),
            );
        }
        let link = format!(
            "{}{}#{code}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let label = crate::domain::format::fill(
            ui_str!(i18n.get_locale(), ui.join.qr_label),
            &[("unit", &round.unit), ("date", &round.date)],
        );
        Some(
            view! {
                <div class="join" data-testid="join">
                    <h3>{text!(i18n, ui.join.title)}</h3>
                    <p>{text!(i18n, ui.join.intro)}</p>
                    <QrCode text=link.clone() label />
                    <p class="join__link">{text!(i18n, ui.join.link_label)}" "<a href=link.clone() data-testid="join-link">{link.clone()}</a></p>
                </div>
            }
            .into_any(),
        )
    }
}

/// Everyone on their own device: the code that joins them to the round, and where their
/// answers are handed in and taken in.
#[component]
fn OwnDevices() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="own-title">
            <h2 id="own-title">{text!(i18n, ui.workshop.own_title)}</h2>
            <p>{text!(i18n, ui.workshop.own_intro)}</p>
            <JoinCode />
            <p class="button-row">
                <a class="button" href="/deltagare/ta-emot">{text!(i18n, ui.workshop.receive_link)}" →"</a>
                <a class="button button--secondary" href="/lamna-svar">{text!(i18n, ui.workshop.hand_in_link)}</a>
            </p>
        </section>
    }
}

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    label: String,
    answered: u32,
    total: u32,
    from_file: bool,
}

/// Who is in the round and how far each has come; never what they answered.
#[component]
fn ParticipantList() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    let rows = Memo::new(move |_| {
        let content = Content::get(lang.get());
        let numbered = ui_str!(i18n.get_locale(), ui.common.participant_n);
        store.with(|d| {
            let Some(round) = d.active_round() else {
                return Vec::new();
            };
            round
                .assessment
                .participants
                .iter()
                .filter(|p| round.assessment.has_answered(&p.id) || round.answering.as_deref() == Some(&p.id))
                .map(|p| {
                    let t = score(content, &round.assessment.only(&p.id)).tally;
                    Row {
                        id: p.id.clone(),
                        label: round.participant_label(&p.id, numbered),
                        answered: t.answered(),
                        total: t.expected,
                        from_file: p.id.contains('.'),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="participants-title">
            <h2 id="participants-title">{text!(i18n, ui.workshop.list_title)}</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p>{text!(i18n, ui.workshop.list_empty)}</p> }.into_any();
                }
                view! {
                    <ul class="participants">
                        {rows.into_iter().map(|r| {
                            let id = r.id.clone();
                            let label = r.label.clone();
                            view! {
                                <li class="participants__item">
                                    <span class="participants__name">{r.label.clone()}</span>
                                    <span>
                                        {fill!(i18n, ui.workshop.progress, answered = move || r.answered, total = move || r.total)}
                                        {r.from_file.then(|| view! { " · "{text!(i18n, ui.workshop.from_file)} })}
                                    </span>
                                    <ConfirmButton
                                        label=Signal::derive(move || format!("{} – {}", ui_str!(i18n.get_locale(), ui.workshop.remove), label))
                                        consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.workshop.remove_confirm).to_string())
                                        yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.workshop.remove_yes).to_string())
                                        on_confirm=Callback::new(move |_| {
                                            let id = id.clone();
                                            store.update_round(|round| round.remove_participant(&id));
                                        })
                                    />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The anonymity threshold of the team view.
#[component]
fn Threshold() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let current = store.with_untracked(|d| d.settings.min_group);
    let text = RwSignal::new(current.to_string());
    let invalid = RwSignal::new(false);
    let change = move |value: String| {
        text.set(value.clone());
        match value.trim().parse::<u32>() {
            Ok(n) if MIN_GROUP.check(f64::from(n)).is_ok() => {
                invalid.set(false);
                store.update(|d| d.settings.min_group = n);
            }
            _ => invalid.set(true),
        }
    };
    view! {
        <section class="card" aria-labelledby="threshold-title">
            <h2 id="threshold-title">{text!(i18n, ui.workshop.threshold_title)}</h2>
            <Field id="min-group" label=move || text!(i18n, ui.workshop.threshold_label) hint=move || text!(i18n, ui.workshop.threshold_hint)
                invalid error=move || text!(i18n, ui.workshop.threshold_error)
                kind="number" min="1" max="50" step="1" inputmode="numeric" class="input--short"
                value=text on_input=change />
        </section>
    }
}
