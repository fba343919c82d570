//! Tells the user, at the top of every page, when their work is not being saved or what was
//! stored could not be read, and offers the way out: a copy to keep, or a fresh start.

use crate::app::{RestoreErrorKind, StorageStatus, Store, download, today};
use crate::components::When;
use crate::components::{ConfirmButton, messages};
use crate::i18n::*;
use leptos::prelude::*;

/// Offers the work as it is in this page as a file.
fn download_current(store: Store) {
    download(
        &format!("tillit-{}.json", today()),
        "application/json",
        &store.document_json(),
    );
}

/// What is said while the document is being saved, or when it cannot be: `None` when all is
/// well, and for what is stored but unreadable, which each build says in its own way.
fn saving(store: Store, i18n: I18n, status: StorageStatus) -> Option<AnyView> {
    match status {
        StorageStatus::Saving | StorageStatus::Unreadable { .. } => None,
        StorageStatus::Unavailable => Some(view! {
            <div class="notice notice--warning" role="alert">
                <h2>{text!(i18n, ui.storage.unavailable_title)}</h2>
                <p>{text!(i18n, ui.storage.unavailable_body)}</p>
                <button type="button" class="button" on:click=move |_| download_current(store)>{text!(i18n, ui.storage.download_current)}</button>
            </div>
        }.into_any()),
        StorageStatus::ChangedElsewhere { .. } => Some(view! {
            <div class="notice notice--info" role="status">
                <p>{text!(i18n, ui.storage.changed_elsewhere)}</p>
                <button type="button" class="link-button" on:click=move |_| store.status.set(StorageStatus::Saving)>
                    {text!(i18n, ui.common.close)}
                </button>
            </div>
        }.into_any()),
        StorageStatus::SaveFailed(reason) => Some(view! {
            <div class="notice notice--warning" role="alert">
                <h2>{text!(i18n, ui.storage.save_failed_title)}</h2>
                <p>{text!(i18n, ui.storage.save_failed_body)}</p>
                <p class="notice__detail">{reason}</p>
                <button type="button" class="button" on:click=move |_| download_current(store)>{text!(i18n, ui.storage.download_current)}</button>
            </div>
        }.into_any()),
    }
}

/// The notice of the walk build and the page builds: they read only what needs no repair,
/// and leave anything else to the full build (`store::restore_rounds`,
/// `store::restore_current`), so they have only the saving to tell, and, where the tab could
/// not be given to the full build, that what is stored is read there.
#[component]
pub fn SavingNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    move || match store.status.get() {
        StorageStatus::Unreadable { .. } => Some(
            view! {
                <div class="notice notice--error" role="alert">
                    <h2>{text!(i18n, ui.storage.unreadable_title)}</h2>
                    <p>{text!(i18n, ui.restore_error.for_full_build)}</p>
                </div>
            }
            .into_any(),
        ),
        status => saving(store, i18n, status),
    }
}

/// The full build's notice: the saving, what is stored but cannot be read (kept as it was,
/// offered as a file, removed only on request), and what restoring repaired.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let download_stored = move |_| {
        if let StorageStatus::Unreadable { raw, .. } = store.status.get_untracked() {
            download(
                &format!("tillit-sparade-uppgifter-{}.json", today()),
                "application/json",
                &raw,
            );
        }
    };
    let status = move || store.status.get();
    let remapped = move || {
        store.repairs.with(|r| {
            !r.is_empty()
                && r.iter()
                    .all(|r| matches!(r, crate::store::Repair::BenefitMapped { .. }))
        })
    };
    view! {
        {move || match status() {
            StorageStatus::Unreadable { raw, error } => {
                let too_new = matches!(error, RestoreErrorKind::TooNew(_));
                // The reason, put into words from what is stored, which is left as it was.
                let reason = store.unreadable_because(&raw);
                Some(view! {
                    <div class="notice notice--error" role="alert">
                        <h2>{text!(i18n, ui.storage.unreadable_title)}</h2>
                        <p>
                            {move || if too_new {
                                ui_str!(i18n.get_locale(), ui.storage.unreadable_too_new)
                            } else {
                                ui_str!(i18n.get_locale(), ui.storage.unreadable_damaged)
                            }}
                        </p>
                        <p>{text!(i18n, ui.storage.unreadable_kept)}</p>
                        <details>
                            <summary>{text!(i18n, ui.storage.detail)}</summary>
                            <p class="notice__detail">
                                {reason.as_ref().map(|e| messages::restore_error(i18n, e))}
                            </p>
                        </details>
                        <div class="button-row">
                            <button type="button" class="button" on:click=download_stored>
                                {text!(i18n, ui.storage.download_stored)}
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| download_current(store)>
                                {text!(i18n, ui.storage.download_work)}
                            </button>
                            <ConfirmButton
                                label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.storage.discard).to_string())
                                consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.storage.discard_confirm).to_string())
                                yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.storage.discard_yes).to_string())
                                class="button button--secondary"
                                on_confirm=Callback::new(move |_| store.discard_unreadable())
                            />
                        </div>
                    </div>
                }.into_any())
            }
            status => saving(store, i18n, status),
        }}
        <When when=move || !store.repairs.with(Vec::is_empty)>
            <div class="notice notice--info" role="status">
                // A newer way of counting, applied to what was stored, is not a fault: it is said
                // as what it is, with the details open.
                {move || if remapped() {
                    text!(i18n, ui.storage.remapped).into_any()
                } else {
                    view! { <p>{text!(i18n, ui.storage.repaired)}</p> }.into_any()
                }}
                <details prop:open=remapped>
                    <summary>{text!(i18n, ui.storage.detail)}</summary>
                    <ul class="notice__detail">
                        {move || store.repairs.get().into_iter().map(|r| view! {
                            <li>{messages::repair(i18n, &r)}</li>
                        }).collect_view()}
                    </ul>
                </details>
                <button type="button" class="link-button" on:click=move |_| store.repairs.set(Vec::new())>
                    {text!(i18n, ui.common.close)}
                </button>
            </div>
        </When>
    }
}
