//! The language the interface is shown in: one signal in context, which every text follows
//! (`text!`, `fill!` and `ui_str!`, whose texts are `domain::ui`'s). The page's `lang` follows it.

pub use crate::domain::Lang;
use leptos::prelude::*;

/// The language shown; `Copy`, so a view keeps it in its closures.
#[derive(Clone, Copy)]
pub struct I18n(RwSignal<Lang>);

impl I18n {
    /// The language shown, followed by the closure that reads it.
    pub fn get_locale(self) -> Lang {
        self.0.get()
    }

    pub fn get_locale_untracked(self) -> Lang {
        self.0.get_untracked()
    }

    /// Shows `lang` (its content must be there: `app::show_language` sees to that).
    pub fn set_locale(self, lang: Lang) {
        self.0.set(lang);
    }
}

pub fn use_i18n() -> I18n {
    expect_context()
}

/// Gives its children the language, Swedish until it is set, and keeps `<html lang>` with it.
#[component]
pub fn I18nContextProvider(children: Children) -> impl IntoView {
    let i18n = I18n(RwSignal::new(Lang::Sv));
    provide_context(i18n);
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", i18n.get_locale().code());
        }
    });
    children()
}
