//! Handing one's answers in: where the walk of a phone that joined by the round's link ends.
//! The answers are only on this device; the person shows them as a code that whoever leads
//! reads with the camera, or saves them as a file to send. Part of the walk build, so that a
//! phone answers and hands in without ever loading the full build.

use crate::app::{Store, use_lang};
use crate::components::{HandBack, NoRound, PageHeading};
use crate::domain::Content;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn HandIn() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let has_round = Memo::new(move |_| store.with(|d| d.active_round().is_some()));
    let answered = Memo::new(move |_| {
        store.with(|d| {
            let round = d.active_round()?;
            let who = round.answerer()?;
            Some(round.assessment.response(who).map_or(0, |r| r.answers.len()))
        })
    });
    let total = move || Content::get(lang.get()).statement_count();
    let first_step = move || format!("/princip/{}", Content::get(lang.get()).principles[0].id);
    move || {
        if !has_round.get() {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.hand_in.title) message=move || ui_str!(i18n.get_locale(), ui.hand_in.no_round) />
            }
            .into_any();
        }
        view! {
            <section class="page page--hand-in">
                <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.hand_in.title).to_string()) />
                <p class="lead">{text!(i18n, ui.hand_in.lead)}</p>
                <p data-testid="hand-in-answered">
                    {fill!(i18n, ui.hand_in.answered, answered = move || answered.get().unwrap_or(0), total = total)}
                </p>
                <HandBack />
                <p class="button-row">
                    <a class="button button--secondary" href=first_step>"← "{text!(i18n, ui.hand_in.to_steps)}</a>
                    <a class="button button--secondary" href="/resultat">{text!(i18n, ui.hand_in.to_results)}</a>
                </p>
            </section>
        }
        .into_any()
    }
}
