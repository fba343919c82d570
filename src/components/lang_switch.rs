//! Switches the interface and the content between Swedish and English, and remembers the
//! choice in the stored document.

use crate::app::{Store, locale_of, use_lang};
use crate::domain::Lang;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = crate::i18n::use_i18n();
    let lang = use_lang();
    let other = move || match lang.get() {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    let switch = move |_| {
        let to = other();
        i18n.set_locale(locale_of(to));
        store.update(|d| d.settings.lang = to);
    };
    // Each label is written in the language it switches to.
    view! {
        <button type="button" class="lang-switch" lang=move || other().code() on:click=switch>
            {move || match other() {
                Lang::En => "In English",
                Lang::Sv => "På svenska",
            }}
        </button>
    }
}
