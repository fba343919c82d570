//! Tillit: self-assessment on the seven principles of trust-based governance (SOU 2018:47),
//! a time-thief audit and an improvement plan, kept in the browser's local storage.
//!
//! `domain` and `store` are plain Rust and tested natively; the Leptos app on top of them is
//! only compiled for the browser.

pub mod domain;
pub mod scan;
pub mod store;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod views;

#[cfg(target_arch = "wasm32")]
pub use app::start;

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
