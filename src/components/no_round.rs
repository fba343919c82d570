//! What a page says when no round has been started yet, with the way to start one; with a
//! title, the whole page.

use super::PageHeading;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn NoRound(
    #[prop(into)] message: Signal<String>,
    /// The page's heading: given, the guard is the whole page.
    #[prop(optional, into)]
    title: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let guard = view! {
        <p>{message}</p>
        <p><a class="button" href="/">{text!(i18n, ui.step.no_round_link)}</a></p>
    };
    match title {
        Some(text) => view! { <section class="page"><PageHeading text />{guard}</section> }.into_any(),
        None => guard.into_any(),
    }
}
