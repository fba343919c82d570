//! This device's answers handed back to whoever leads the workshop: saved as a response file,
//! or shown as a code (a QR code, in parts when it is long) that the leader's camera reads.
//! On the page a phone that joined by the round's link ends its walk on (`views::HandIn`),
//! and among the workshop's own devices.

use crate::app::{Store, download, file_name_part};
use crate::components::{Check, Field, QrCode, When};
use crate::domain::Content;
use crate::domain::answer_code;
use crate::domain::code_parts;
use crate::domain::response;
use crate::i18n::*;
use leptos::prelude::*;

/// The person's name (optional), saving their answers as a file, and showing them as a code.
#[component]
pub fn HandBack() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let nothing_to_save = RwSignal::new(false);
    let my_name = RwSignal::new(String::new());
    let save = move |_| {
        let file = store.with_untracked(|d| {
            let round = d.active_round()?;
            let who = round.answerer()?;
            let name = my_name.get_untracked();
            round
                .assessment
                .has_answered(who)
                .then(|| response::export(round, who, &name))
        });
        match file {
            Some(file) => {
                nothing_to_save.set(false);
                let name = format!("tillit-svar-{}-{}.json", file_name_part(&file.unit), file.date);
                download(&name, "application/json", &file.to_json());
            }
            None => nothing_to_save.set(true),
        }
    };
    view! {
        <Field id="response-name" label=move || text!(i18n, ui.workshop.file_name_label) autocomplete="name"
            value=my_name on_input=move |v| my_name.set(v) />
        <div class="button-row">
            <button type="button" class="button button--secondary" on:click=save>{text!(i18n, ui.workshop.export)}</button>
        </div>
        <When when=move || nothing_to_save.get()>
            <p class="field__error" role="alert">{text!(i18n, ui.workshop.export_none)}</p>
        </When>
        <MyCode name=my_name />
    }
}

/// This device's answers as a code to show the facilitator: a QR code and the same as text,
/// notes only if the person chooses, and what the code holds said beside it.
#[component]
fn MyCode(name: RwSignal<String>) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    let shown = RwSignal::new(false);
    let with_notes = RwSignal::new(false);
    let code = move || {
        let content = Content::get(lang.get());
        store.with(|d| {
            let round = d.active_round()?;
            let who = round.answerer()?;
            let response = round.assessment.response(who)?;
            let answered = response.answers.len();
            let notes = if with_notes.get() {
                response.notes.values().filter(|n| !n.trim().is_empty()).count()
            } else {
                0
            };
            let has_notes = response.notes.values().any(|n| !n.trim().is_empty());
            (answered > 0).then(|| {
                (
                    answer_code::encode(round, content, who, &name.get(), with_notes.get()),
                    answered,
                    notes,
                    has_notes,
                )
            })
        })
    };
    view! {
        <div class="button-row">
            <button type="button" class="button button--secondary" aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)>
                {move || if shown.get() { text!(i18n, ui.code.hide).into_any() } else { text!(i18n, ui.code.show).into_any() }}
            </button>
        </div>
        <When when=move || shown.get()>
            {move || match code() {
                None => view! { <p class="field__error" role="alert">{text!(i18n, ui.workshop.export_none)}</p> }.into_any(),
                Some((code, answered, notes, has_notes)) => {
                    let label = ui_str!(i18n.get_locale(), ui.code.qr_label).to_string();
                    // Beyond this a QR code's modules get too small for a camera across a table.
                    let too_long = code.len() > answer_code::CAMERA_CHARS;
                    view! {
                        <div class="my-code" data-testid="my-code">
                            <h3>{text!(i18n, ui.code.title)}</h3>
                            {if too_long {
                                view! { <CodeParts code=code.clone() /> }.into_any()
                            } else {
                                view! { <QrCode text=code.clone() label /> }.into_any()
                            }}
                            <p class="my-code__text"><code data-testid="my-code-text">{code}</code></p>
                            <p>
                                {if notes > 0 {
                                    fill!(i18n, ui.code.holds_notes, answered = move || answered).into_any()
                                } else {
                                    fill!(i18n, ui.code.holds, answered = move || answered).into_any()
                                }}
                            </p>
                            {has_notes.then(|| view! {
                                <Check id="code-notes" label=move || text!(i18n, ui.code.with_notes)
                                    checked=with_notes on_change=move |on| with_notes.set(on) />
                            })}
                        </div>
                    }
                    .into_any()
                }
            }}
        </When>
    }
}

/// A code too long for one QR code: says so, and offers it as a few codes shown one after
/// another ("del 2 av 3") that the scanner joins.
#[component]
fn CodeParts(code: String) -> impl IntoView {
    let i18n = use_i18n();
    let parts = code_parts::split(&code, answer_code::CAMERA_CHARS).unwrap_or_default();
    let count = parts.len();
    let shown = RwSignal::new(None::<usize>);
    let offer = move || {
        (count > 1).then(|| {
            let label = crate::domain::format::fill(ui_str!(i18n.get_locale(), ui.code.show_parts), &[("n", &count.to_string())]);
            view! {
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=move |_| shown.set(Some(0))>{label}</button>
                </div>
            }
        })
    };
    view! {
        <p class="field__error" role="status">{text!(i18n, ui.code.too_long)}</p>
        {move || match shown.get() {
            None => offer().into_any(),
            Some(k) => {
                let fill = |key: &str| crate::domain::format::fill(key, &[("k", &(k + 1).to_string()), ("n", &count.to_string())]);
                let title = fill(ui_str!(i18n.get_locale(), ui.code.part_title));
                let label = fill(ui_str!(i18n.get_locale(), ui.code.part_label));
                view! {
                    <h4 class="my-code__part" aria-live="polite">{title}</h4>
                    <QrCode text=parts[k].clone() label />
                    <div class="button-row">
                        <button type="button" class="button button--secondary" disabled=k == 0
                            on:click=move |_| shown.set(Some(k.saturating_sub(1)))>{text!(i18n, ui.code.part_previous)}</button>
                        <button type="button" class="button" disabled=k + 1 == count
                            on:click=move |_| shown.set(Some((k + 1).min(count - 1)))>{text!(i18n, ui.code.part_next)}</button>
                    </div>
                }.into_any()
            }
        }}
    }
}
