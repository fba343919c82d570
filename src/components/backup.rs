//! Backup and moving: the whole document downloaded as a file, and such a file read back in,
//! its rounds added beside the ones here. A file that cannot be read changes nothing.

use crate::app::{Store, download, today};
use crate::i18n::*;
use crate::store::RestoreError;
use crate::store::transfer::{Imported, import};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, PartialEq)]
enum Outcome {
    Imported { added: usize, already_here: usize },
    TooNew(String),
    Damaged(String),
    Unreadable,
}

#[component]
pub fn Backup() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let outcome = RwSignal::new(None::<Outcome>);
    let save = move |_| {
        download(
            &format!("tillit-{}.json", today()),
            "application/json",
            &store.document_json(),
        )
    };
    let read = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                outcome.set(Some(Outcome::Unreadable));
                return;
            };
            let mut result = None;
            store.update(|d| result = Some(import(d, &text)));
            outcome.set(Some(match result.expect("set above") {
                Ok(Imported {
                    added, already_here, ..
                }) => Outcome::Imported {
                    added: added.len(),
                    already_here,
                },
                Err(e @ RestoreError::TooNew { .. }) => Outcome::TooNew(e.to_string()),
                Err(e) => Outcome::Damaged(e.to_string()),
            }));
        });
    };
    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{t!(i18n, ui.backup.title)}</h2>
            <p>{t!(i18n, ui.backup.lead)}</p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=save>{t!(i18n, ui.backup.download)}</button>
            </div>
            <div class="field">
                <label for="import-file">{t!(i18n, ui.backup.import_label)}</label>
                <p class="hint" id="import-hint">{t!(i18n, ui.backup.import_hint)}</p>
                <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" on:change=read />
            </div>
            {move || outcome.get().map(|o| match o {
                Outcome::Imported { added, already_here } => view! {
                    <div class="notice notice--info" role="status">
                        <p>
                            {if added > 0 {
                                t!(i18n, ui.backup.imported, count = move || added).into_any()
                            } else {
                                t!(i18n, ui.backup.nothing_added).into_any()
                            }}
                            {(already_here > 0).then(|| view! { " "{t!(i18n, ui.backup.already_here, count = move || already_here)} })}
                        </p>
                    </div>
                }.into_any(),
                Outcome::TooNew(detail) => view! {
                    <div class="notice notice--error" role="alert">
                        <p>{t!(i18n, ui.backup.error_too_new)}</p>
                        <p class="notice__detail">{detail}</p>
                    </div>
                }.into_any(),
                Outcome::Damaged(detail) => view! {
                    <div class="notice notice--error" role="alert">
                        <p>{t!(i18n, ui.backup.error_damaged)}</p>
                        <p class="notice__detail">{detail}</p>
                    </div>
                }.into_any(),
                Outcome::Unreadable => view! {
                    <div class="notice notice--error" role="alert"><p>{t!(i18n, ui.backup.error_read)}</p></div>
                }.into_any(),
            })}
        </section>
    }
}
