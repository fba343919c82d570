//! Switches the interface and the content between Swedish and English, and remembers the
//! choice in the stored document. The button is labelled in the language it switches to.
//! English content is loaded when first chosen (`app::show_language`); if it cannot be, a
//! notice says so in both languages and the page stays in Swedish.

use crate::app::{LanguageLoad, Store, show_language, use_lang};
use crate::domain::{Lang, ui};
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let store = expect_context::<Store>();
    let load = expect_context::<LanguageLoad>();
    let i18n = use_i18n();
    let lang = use_lang();
    let switch = move |_| {
        let to = match lang.get_untracked() {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        };
        show_language(i18n, load, to);
        store.update(|d| d.settings.lang = to);
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || ui_str!(i18n.get_locale(), ui.lang_switch.lang)
            aria-busy=move || load.busy.get().then_some("true")
            on:click=switch
        >
            {text!(i18n, ui.lang_switch.label)}
        </button>
    }
}

/// Says that English could not be loaded, in English and in Swedish.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    let load = expect_context::<LanguageLoad>();
    move || {
        load.failed.get().then(|| {
            view! {
                <div class="notice notice--error" role="alert">
                    // Built in: the table's English is what could not be loaded.
                    <p lang="en">{ui::LANG_SWITCH_FAILED_EN}</p>
                    <p lang="sv">{ui_str!(Lang::Sv, ui.lang_switch.failed)}</p>
                </div>
            }
        })
    }
}
