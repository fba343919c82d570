//! Switches the interface and the content between Swedish and English, and remembers the
//! choice in the stored document. The button is labelled in the language it switches to.

use crate::app::{Store, locale_of, use_lang};
use crate::domain::Lang;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let switch = move |_| {
        let to = match lang.get_untracked() {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        };
        i18n.set_locale(locale_of(to));
        store.update(|d| d.settings.lang = to);
    };
    view! {
        <button type="button" class="lang-switch" lang=move || t_string!(i18n, ui.lang_switch.lang) on:click=switch>
            {text!(i18n, ui.lang_switch.label)}
        </button>
    }
}
