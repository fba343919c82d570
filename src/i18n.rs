//! The language the interface is shown in: one signal in context, which every text follows
//! (`text!`, `fill!` and `ui_str!`, whose texts are `domain::ui`'s), and the functions those
//! macros call, so that every text is shown by the same code. The page's `lang` follows it.

pub use crate::domain::Lang;
use crate::domain::ui::{self, UiKey};
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

/// The language the interface is shown in, for views that only read it.
pub fn use_lang() -> ReadSignal<Lang> {
    use_i18n().0.read_only()
}

/// A plain interface text in the language shown (see `text!`).
#[inline(never)]
pub fn ui_text(i18n: I18n, key: UiKey) -> Signal<&'static str> {
    Signal::derive(move || ui::text(i18n.get_locale(), key))
}

/// The values of a text with values in it, by name (see `fill!`).
pub type Values = std::sync::Arc<dyn Fn() -> Vec<(&'static str, String)> + Send + Sync>;

/// An interface text with values in it, in the language shown (see `fill!`).
#[inline(never)]
pub fn ui_fill(i18n: I18n, key: UiKey, values: Values) -> Signal<String> {
    Signal::derive(move || ui::fill(ui::text(i18n.get_locale(), key), &values()))
}

/// The two parts of a text with values around the slot `slot`, in the language shown, with
/// `values` in their slots: for a value that is itself a view (a title in `<cite>`, a message
/// built from other texts).
pub fn ui_around(
    i18n: I18n,
    key: UiKey,
    slot: &'static str,
    values: &[(&'static str, String)],
) -> (Signal<String>, Signal<String>) {
    let values = values.to_vec();
    let part = move |after: bool| {
        let values = values.clone();
        Signal::derive(move || {
            let (before, rest) = ui::around(ui::text(i18n.get_locale(), key), slot);
            ui::fill(if after { rest } else { before }, &values)
        })
    };
    (part(false), part(true))
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
