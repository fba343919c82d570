//! Tillit: self-assessment on the seven principles of trust-based governance (SOU 2018:47),
//! a time-thief audit and an improvement plan, kept in the browser's local storage.
//!
//! `domain` and `store` are plain Rust and tested natively; the Leptos app on top of them is
//! only compiled for the browser.

pub mod domain;
pub mod scan;
pub mod store;

// The interface strings, `content/<lang>/ui.json`, checked at compile time. The macro is
// deprecated in favour of a build script, which would build ICU's data tooling into every
// native test run as well; the macro still generates the same module.
#[cfg(target_arch = "wasm32")]
#[allow(deprecated)]
mod i18n_module {
    leptos_i18n::load_locales!();
}
#[cfg(target_arch = "wasm32")]
use i18n_module::i18n;

/// A plain interface text (no values in it) that follows the language: `text!(i18n, ui.nav.start)`
/// in place of `t!`. Every such text is rendered by the same code, that of a
/// `Signal<&'static str>`, where each `t!` compiles its own; in the wasm that is about 100 KB.
#[cfg(target_arch = "wasm32")]
macro_rules! text {
    ($i18n:ident, $($key:tt)+) => {
        leptos::prelude::Signal::<&'static str>::derive(move || t_string!($i18n, $($key)+))
    };
}

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod views;

#[cfg(target_arch = "wasm32")]
pub use app::start;
