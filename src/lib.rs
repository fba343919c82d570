//! Tillit: self-assessment on the seven principles of trust-based governance (SOU 2018:47),
//! a time-thief audit and an improvement plan, kept in the browser's local storage.
//!
//! `domain` and `store` are plain Rust and tested natively; the Leptos app on top of them is
//! only compiled for the browser.

pub mod domain;
pub mod scan;
pub mod store;

// The language shown, which every interface text follows.
#[cfg(target_arch = "wasm32")]
mod i18n;

/// A plain interface text (no values or markup in it) that follows the language:
/// `text!(i18n, ui.nav.start)`. The key is a constant of `domain::ui::keys` (a missing one does
/// not compile), and every such text is shown by the same code, `i18n::ui_text`.
#[cfg(target_arch = "wasm32")]
macro_rules! text {
    ($i18n:ident, ui.$($key:ident).+) => {
        $crate::i18n::ui_text($i18n, $crate::domain::ui::keys::$($key)::+)
    };
}

/// An interface text with values in it, following the language:
/// `fill!(i18n, ui.step.next, name = move || name.clone())`, or `fill!(i18n, ui.repair.x, path)`
/// for a value in a variable of its name. Each value is a closure whose result is shown with
/// `Display`; it is called again when what it reads changes. A value missing or not in the text
/// does not compile: the struct `domain::ui::args::…` is written with each value's name, in code
/// that never runs.
#[cfg(target_arch = "wasm32")]
macro_rules! fill {
    ($i18n:ident, ui.$($key:ident).+ $(, $name:ident $(= $value:expr)?)+ $(,)?) => {{
        #[allow(unused)]
        let _names = || $crate::domain::ui::args::$($key)::+ { $($name: ()),+ };
        let values: Vec<(&'static str, Box<dyn Fn() -> String + Send + Sync>)> = vec![$((
            stringify!($name),
            Box::new({
                let value = fill!(@value $name $(= $value)?);
                move || value().to_string()
            }),
        )),+];
        $crate::i18n::ui_fill(
            $i18n,
            $crate::domain::ui::keys::$($key)::+,
            std::sync::Arc::new(move || values.iter().map(|(name, value)| (*name, value())).collect()),
        )
    }};
    (@value $name:ident) => { $name };
    (@value $name:ident = $value:expr) => { $value };
}

/// A plain interface text in a given language, as `&'static str`: `ui_str!(lang, ui.nav.start)`.
#[cfg(target_arch = "wasm32")]
macro_rules! ui_str {
    ($lang:expr, ui.$($key:ident).+) => {
        $crate::domain::ui::text($lang, $crate::domain::ui::keys::$($key)::+)
    };
}

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod views;

#[cfg(target_arch = "wasm32")]
pub use app::{
    Build, FULL, OVERVIEW, Page, Pages, RECEIVE, RESULTS, THIEVES, WALK, WORKSHOP, every_page, start, walk_pages,
};
