//! Backup and moving: the whole document downloaded as a file, and such a file read back in.
//! What the file holds is shown first; then its new rounds are added beside the ones here, or
//! it replaces everything, as the user chooses. A file that cannot be read changes nothing.
//! And the way to erase everything the app has stored.

use crate::app::{Store, download, today};
use crate::components::{ConfirmButton, messages};
use crate::i18n::*;
use crate::store::RestoreError;
use crate::store::transfer::{self, Imported, Preview};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, PartialEq)]
enum Outcome {
    Imported { added: usize, already_here: usize },
    Replaced,
    Erased,
    TooNew(RestoreError),
    TooLarge,
    Damaged(RestoreError),
    Unreadable,
}

fn failed(e: RestoreError) -> Outcome {
    match e {
        RestoreError::TooNew { .. } => Outcome::TooNew(e),
        RestoreError::TooLarge { .. } => Outcome::TooLarge,
        e => Outcome::Damaged(e),
    }
}

#[component]
pub fn Backup() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let outcome = RwSignal::new(None::<Outcome>);
    // The file read and what it holds, waiting for the user's choice.
    let pending = RwSignal::new(None::<(String, StoredValue<Preview>)>);
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
        pending.set(None);
        outcome.set(None);
        if file.size() > transfer::MAX_BYTES as f64 {
            outcome.set(Some(Outcome::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                outcome.set(Some(Outcome::Unreadable));
                return;
            };
            match store.with_untracked(|d| transfer::preview(d, &text)) {
                Ok(preview) => pending.set(Some((text, StoredValue::new(preview)))),
                Err(e) => outcome.set(Some(failed(e))),
            }
        });
    };
    let merge = move |_| {
        let Some((text, _)) = pending.get_untracked() else {
            return;
        };
        let mut result = None;
        store.update(|d| result = Some(transfer::import(d, &text)));
        pending.set(None);
        outcome.set(Some(match result.expect("set above") {
            Ok(Imported {
                added, already_here, ..
            }) => Outcome::Imported {
                added: added.len(),
                already_here,
            },
            Err(e) => failed(e),
        }));
    };
    let replace = move |_| {
        let Some((text, _)) = pending.get_untracked() else {
            return;
        };
        let mut result = None;
        store.update(|d| result = Some(transfer::replace(d, &text)));
        pending.set(None);
        outcome.set(Some(match result.expect("set above") {
            Ok(()) => Outcome::Replaced,
            Err(e) => failed(e),
        }));
    };
    let erase = move |_| {
        store.erase_all();
        pending.set(None);
        outcome.set(Some(Outcome::Erased));
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
            {move || pending.get().map(|(_, preview)| {
                let (rounds, new_rounds, migrated, repairs) = preview.with_value(|p| {
                    (
                        p.rounds.iter().map(|r| (r.unit.clone(), r.date.clone(), r.already_here)).collect::<Vec<_>>(),
                        p.new_rounds(),
                        p.migrated_from.is_some(),
                        p.repairs.clone(),
                    )
                });
                let empty = rounds.is_empty();
                view! {
                    <div class="card import-preview" role="region" aria-labelledby="preview-title">
                        <h3 id="preview-title">{t!(i18n, ui.backup.preview_title)}</h3>
                        {migrated.then(|| view! { <p>{t!(i18n, ui.backup.preview_migrated)}</p> })}
                        {if empty {
                            view! { <p>{t!(i18n, ui.backup.preview_empty)}</p> }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {rounds.into_iter().map(|(unit, date, here)| view! {
                                        <li>
                                            {t!(i18n, ui.backup.preview_round, unit = move || unit.clone(), date = move || date.clone())}
                                            " – "
                                            {if here { t!(i18n, ui.backup.preview_here).into_any() } else { t!(i18n, ui.backup.preview_new).into_any() }}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {(!repairs.is_empty()).then(|| view! {
                            <p>{t!(i18n, ui.backup.preview_repairs)}</p>
                            <ul class="import-report">
                                {repairs.into_iter().map(|r| view! {
                                    <li>{messages::repair(i18n, &r)}</li>
                                }).collect_view()}
                            </ul>
                        })}
                        <div class="button-row">
                            {(new_rounds > 0).then(|| view! {
                                <button type="button" class="button" on:click=merge>{t!(i18n, ui.backup.merge)}</button>
                            })}
                            <ConfirmButton
                                label=Signal::derive(move || t_string!(i18n, ui.backup.replace).to_string())
                                consequence=Signal::derive(move || t_string!(i18n, ui.backup.replace_confirm).to_string())
                                yes=Signal::derive(move || t_string!(i18n, ui.backup.replace_yes).to_string())
                                class="button button--secondary"
                                on_confirm=Callback::new(replace)
                            />
                            <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>
                                {t!(i18n, ui.common.cancel)}
                            </button>
                        </div>
                    </div>
                }
            })}
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
                Outcome::Replaced => view! {
                    <div class="notice notice--info" role="status"><p>{t!(i18n, ui.backup.replaced)}</p></div>
                }.into_any(),
                Outcome::Erased => view! {
                    <div class="notice notice--info" role="status"><p>{t!(i18n, ui.backup.erased)}</p></div>
                }.into_any(),
                Outcome::TooNew(e) => view! {
                    <div class="notice notice--error" role="alert">
                        <p>{t!(i18n, ui.backup.error_too_new)}</p>
                        <p class="notice__detail">{messages::restore_error(i18n, &e)}</p>
                    </div>
                }.into_any(),
                Outcome::TooLarge => view! {
                    <div class="notice notice--error" role="alert"><p>{t!(i18n, ui.backup.error_too_large)}</p></div>
                }.into_any(),
                Outcome::Damaged(e) => view! {
                    <div class="notice notice--error" role="alert">
                        <p>{t!(i18n, ui.backup.error_damaged)}</p>
                        <p class="notice__detail">{messages::restore_error(i18n, &e)}</p>
                    </div>
                }.into_any(),
                Outcome::Unreadable => view! {
                    <div class="notice notice--error" role="alert"><p>{t!(i18n, ui.backup.error_read)}</p></div>
                }.into_any(),
            })}
            <h3>{t!(i18n, ui.backup.erase_title)}</h3>
            <p>{t!(i18n, ui.backup.erase_lead)}</p>
            <ConfirmButton
                label=Signal::derive(move || t_string!(i18n, ui.backup.erase).to_string())
                consequence=Signal::derive(move || t_string!(i18n, ui.backup.erase_confirm).to_string())
                yes=Signal::derive(move || t_string!(i18n, ui.backup.erase_yes).to_string())
                class="button button--danger"
                on_confirm=Callback::new(erase)
            />
        </section>
    }
}
