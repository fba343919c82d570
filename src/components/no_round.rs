//! What a page says when no round has been started yet, with the way to start one.

use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn NoRound(#[prop(into)] message: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>{message}</p>
        <p><a class="button" href="/">{t!(i18n, ui.step.no_round_link)}</a></p>
    }
}
