//! The page for an address the app does not have.

use super::PageHeading;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.not_found.title).to_string()) />
            <p>{text!(i18n, ui.not_found.body)}</p>
            <p><a class="button" href="/">{text!(i18n, ui.not_found.home)}</a></p>
        </section>
    }
}
