//! The page for backup and moving: the whole document downloaded as a file, and such a file read back in.
//! What the file holds is shown first; then its new rounds are added beside the ones here (and,
//! for a round that is here but differs, the user's choice per round), or it replaces
//! everything. A file that cannot be read, or whose import cannot be saved, changes nothing.
//! And the way to erase everything the app has stored.

use crate::app::{FileUnread, Store, download, file_text, today};
use crate::components::{ConfirmButton, Field, PageHeading, messages};
use crate::i18n::*;
use crate::store::RestoreError;
use crate::store::transfer::{self, Choice, Imported, Preview};
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

#[derive(Clone, PartialEq)]
enum Outcome {
    Imported {
        added: usize,
        replaced: usize,
        already_here: usize,
    },
    Replaced,
    /// Read, but the storage had no room for it: nothing changed.
    NotSaved,
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
    // What to do with each round that is here but differs, by its id.
    let choices = RwSignal::new(BTreeMap::<String, Choice>::new());
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
        leptos::task::spawn_local(async move {
            let text = match file_text(&file, transfer::MAX_BYTES).await {
                Ok(text) => text,
                Err(FileUnread::TooLarge(_)) => return outcome.set(Some(Outcome::TooLarge)),
                Err(FileUnread::Unreadable) => return outcome.set(Some(Outcome::Unreadable)),
            };
            match store.with_untracked(|d| transfer::preview(d, &text)) {
                Ok(preview) => {
                    choices.set(BTreeMap::new());
                    pending.set(Some((text, StoredValue::new(preview))));
                }
                Err(e) => outcome.set(Some(failed(e))),
            }
        });
    };
    let merge = move |_| {
        let Some((text, _)) = pending.get_untracked() else {
            return;
        };
        let mut result = None;
        let chosen = choices.get_untracked();
        let saved = store.apply(|d| result = Some(transfer::import_with(d, &text, &chosen)));
        pending.set(None);
        outcome.set(Some(match (result.expect("set above"), saved) {
            (Err(e), _) => failed(e),
            (Ok(_), Err(_)) => Outcome::NotSaved,
            (
                Ok(Imported {
                    added,
                    replaced,
                    already_here,
                    ..
                }),
                Ok(()),
            ) => Outcome::Imported {
                added: added.len(),
                replaced,
                already_here,
            },
        }));
    };
    let replace = move |_| {
        let Some((text, _)) = pending.get_untracked() else {
            return;
        };
        let mut result = None;
        let saved = store.apply(|d| result = Some(transfer::replace(d, &text)));
        pending.set(None);
        outcome.set(Some(match (result.expect("set above"), saved) {
            (Err(e), _) => failed(e),
            (Ok(()), Err(_)) => Outcome::NotSaved,
            (Ok(()), Ok(())) => Outcome::Replaced,
        }));
    };
    let erase = move |_| {
        store.erase_all();
        pending.set(None);
        outcome.set(Some(Outcome::Erased));
    };
    view! {
        <section class="page page--backup">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.title).to_string()) />
            <p>{text!(i18n, ui.backup.lead)}</p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=save>{text!(i18n, ui.backup.download)}</button>
            </div>
            <Field id="import-file" label=move || text!(i18n, ui.backup.import_label) hint=move || text!(i18n, ui.backup.import_hint)
                kind="file" accept=".json,application/json" on_change=read />
            {move || pending.get().map(|(_, preview)| {
                let (rounds, new_rounds, differing, migrated, repairs) = preview.with_value(|p| {
                    (
                        p.rounds.iter().map(|r| (r.id.clone(), r.unit.clone(), r.date.clone(), r.already_here, r.differs)).collect::<Vec<_>>(),
                        p.new_rounds(),
                        p.differing(),
                        p.migrated_from.is_some(),
                        p.repairs.clone(),
                    )
                });
                let questions = rounds
                    .iter()
                    .filter(|r| r.4)
                    .map(|(id, unit, date, _, _)| choice_question(i18n, choices, id.clone(), unit.clone(), date.clone()))
                    .collect_view();
                let empty = rounds.is_empty();
                view! {
                    <div class="card import-preview" role="region" aria-labelledby="preview-title">
                        <h2 id="preview-title">{text!(i18n, ui.backup.preview_title)}</h2>
                        {migrated.then(|| view! { <p>{text!(i18n, ui.backup.preview_migrated)}</p> })}
                        {if empty {
                            view! { <p>{text!(i18n, ui.backup.preview_empty)}</p> }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {rounds.into_iter().map(|(_, unit, date, here, differs)| view! {
                                        <li>
                                            {fill!(i18n, ui.backup.preview_round, unit = move || unit.clone(), date = move || date.clone())}
                                            " – "
                                            {match (here, differs) {
                                                (true, true) => text!(i18n, ui.backup.preview_differs).into_any(),
                                                (true, false) => text!(i18n, ui.backup.preview_here).into_any(),
                                                _ => text!(i18n, ui.backup.preview_new).into_any(),
                                            }}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {(!repairs.is_empty()).then(|| view! {
                            <p>{text!(i18n, ui.backup.preview_repairs)}</p>
                            <ul class="import-report">
                                {repairs.into_iter().map(|r| view! {
                                    <li>{messages::repair(i18n, &r)}</li>
                                }).collect_view()}
                            </ul>
                        })}
                        {questions}
                        <div class="button-row">
                            {(new_rounds > 0 && differing == 0).then(|| view! {
                                <button type="button" class="button" on:click=merge>{text!(i18n, ui.backup.merge)}</button>
                            })}
                            {(differing > 0).then(|| view! {
                                <button type="button" class="button" on:click=merge>{text!(i18n, ui.backup.apply_choices)}</button>
                            })}
                            <ConfirmButton
                                label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.replace).to_string())
                                consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.replace_confirm).to_string())
                                yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.replace_yes).to_string())
                                class="button button--secondary"
                                on_confirm=Callback::new(replace)
                            />
                            <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>
                                {text!(i18n, ui.common.cancel)}
                            </button>
                        </div>
                    </div>
                }
            })}
            {move || outcome.get().map(|o| match o {
                Outcome::Imported { added, replaced, already_here } => view! {
                    <div class="notice notice--info" role="status">
                        <p>
                            {match added {
                                0 if replaced == 0 => text!(i18n, ui.backup.nothing_added).into_any(),
                                0 => ().into_any(),
                                1 => text!(i18n, ui.backup.imported_one).into_any(),
                                _ => fill!(i18n, ui.backup.imported, count = move || added).into_any(),
                            }}
                            {match replaced {
                                0 => ().into_any(),
                                1 => view! { " "{text!(i18n, ui.backup.replaced_rounds_one)} }.into_any(),
                                _ => view! { " "{fill!(i18n, ui.backup.replaced_rounds, count = move || replaced)} }.into_any(),
                            }}
                            {match already_here {
                                0 => ().into_any(),
                                1 => view! { " "{text!(i18n, ui.backup.already_here_one)} }.into_any(),
                                _ => view! { " "{fill!(i18n, ui.backup.already_here, count = move || already_here)} }.into_any(),
                            }}
                        </p>
                    </div>
                }.into_any(),
                Outcome::NotSaved => view! {
                    <div class="notice notice--error" role="alert"><p>{text!(i18n, ui.backup.error_save)}</p></div>
                }.into_any(),
                Outcome::Replaced => view! {
                    <div class="notice notice--info" role="status"><p>{text!(i18n, ui.backup.replaced)}</p></div>
                }.into_any(),
                Outcome::Erased => view! {
                    <div class="notice notice--info" role="status"><p>{text!(i18n, ui.backup.erased)}</p></div>
                }.into_any(),
                Outcome::TooNew(e) => view! {
                    <div class="notice notice--error" role="alert">
                        <p>{text!(i18n, ui.backup.error_too_new)}</p>
                        <p class="notice__detail">{messages::restore_error(i18n, &e)}</p>
                    </div>
                }.into_any(),
                Outcome::TooLarge => view! {
                    <div class="notice notice--error" role="alert"><p>{text!(i18n, ui.backup.error_too_large)}</p></div>
                }.into_any(),
                Outcome::Damaged(e) => view! {
                    <div class="notice notice--error" role="alert">
                        <p>{text!(i18n, ui.backup.error_damaged)}</p>
                        <p class="notice__detail">{messages::restore_error(i18n, &e)}</p>
                    </div>
                }.into_any(),
                Outcome::Unreadable => view! {
                    <div class="notice notice--error" role="alert"><p>{text!(i18n, ui.backup.error_read)}</p></div>
                }.into_any(),
            })}
            <h2>{text!(i18n, ui.backup.erase_title)}</h2>
            <p>{text!(i18n, ui.backup.erase_lead)}</p>
            <ConfirmButton
                label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.erase).to_string())
                consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.erase_confirm).to_string())
                yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.backup.erase_yes).to_string())
                class="button button--danger"
                on_confirm=Callback::new(erase)
            />
        </section>
    }
}

/// For a round that is both here and in the file but differs: keep this one, take the file's,
/// or keep both.
fn choice_question(
    i18n: I18n,
    choices: RwSignal<BTreeMap<String, Choice>>,
    id: String,
    unit: String,
    date: String,
) -> impl IntoView {
    let name = format!("choice-{id}");
    let options = [(Choice::Keep, "keep"), (Choice::Take, "take"), (Choice::Both, "both")]
        .into_iter()
        .map(|(choice, key)| {
            let id = id.clone();
            let checked = {
                let id = id.clone();
                move || choices.with(|c| c.get(&id).copied().unwrap_or_default() == choice)
            };
            let label = match choice {
                Choice::Keep => text!(i18n, ui.backup.choice_keep).into_any(),
                Choice::Take => text!(i18n, ui.backup.choice_take).into_any(),
                Choice::Both => text!(i18n, ui.backup.choice_both).into_any(),
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name.clone()
                        value=key
                        prop:checked=checked
                        on:change=move |_| choices.update(|c| { c.insert(id.clone(), choice); })
                    />
                    " "{label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>{fill!(i18n, ui.backup.choice_legend, unit = move || unit.clone(), date = move || date.clone())}</legend>
            {options}
        </fieldset>
    }
}
