//! Taking answers in from the participants' own devices: the codes their phones show, read with
//! the camera or pasted, and the response files they save. A page of its own beside Deltagare,
//! so that the camera and the reading of codes and files are loaded only by whoever takes the
//! answers in (`tillit::RECEIVE`). Each person's answers count once, however often they come.

use crate::app::{FileUnread, Store, file_text};
use crate::components::When;
use crate::components::{Field, NoRound, PageHeading, messages};
use crate::domain::answer_code::{self, CodeError};
use crate::domain::code_parts::{Gathered, Parts};
use crate::domain::model::Round;
use crate::domain::response::{self, Merged, ResponseError, ResponseFile};
use crate::domain::{Content, ui};
use crate::i18n::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod scan;

#[component]
pub fn Receive() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let has_round = Memo::new(move |_| store.with(|d| d.active_round().is_some()));
    let answered =
        Memo::new(move |_| store.with(|d| d.active_round().map_or(0, |r| r.assessment.respondents().count())));
    move || {
        if !has_round.get() {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.receive.title) message=move || ui_str!(i18n.get_locale(), ui.workshop.no_round) />
            }
            .into_any();
        }
        view! {
            <section class="page page--receive">
                <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.receive.title).to_string()) />
                <p class="lead">{text!(i18n, ui.receive.lead)}</p>
                <p data-testid="receive-answered">{fill!(i18n, ui.receive.answered, count = move || answered.get())}</p>
                <TakeIn />
                <p class="button-row">
                    <a class="button button--secondary" href="/deltagare">"← "{text!(i18n, ui.nav.workshop)}</a>
                    <a class="button" href="/team">{text!(i18n, ui.workshop.to_team)}" →"</a>
                </p>
            </section>
        }
        .into_any()
    }
}

/// The camera, pasted codes and response files, each read and previewed before it is taken in.
#[component]
fn TakeIn() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    let outcomes = RwSignal::new(Vec::<FileOutcome>::new());
    // Files read and checked, with what reading them in would do, waiting for the user.
    let pending = RwSignal::new(None::<Vec<(String, Result<ResponseFile, Unread>)>>);
    let read = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        outcomes.set(Vec::new());
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                let parsed = match file_text(&file, response::MAX_BYTES).await {
                    Ok(text) => response::parse(&text).map_err(|e| Unread::File(Some(e))),
                    Err(FileUnread::TooLarge(bytes)) => Err(Unread::File(Some(ResponseError::TooLarge { bytes }))),
                    Err(FileUnread::Unreadable) => Err(Unread::File(None)),
                };
                read.push((file.name(), parsed));
            }
            pending.set(Some(read));
        });
    };
    // Answer codes pasted in (from a chat, or typed off a phone), one per line: read like files.
    let codes = RwSignal::new(String::new());
    let read_codes = move |_| {
        let text = codes.get_untracked();
        let content = Content::get(lang.get_untracked());
        let numbered = ui_str!(i18n.get_locale_untracked(), ui.code.numbered);
        let Some(round) = store.with_untracked(|d| d.active_round().cloned()) else {
            return;
        };
        // Parts of a longer code ("1/3/…") are joined first, in any order.
        let mut parts = Parts::default();
        let mut read: Vec<(String, Result<ResponseFile, Unread>)> = Vec::new();
        for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            let label = numbered.replace("{n}", &(i + 1).to_string());
            match parts.add(line) {
                Gathered::Whole(code) | Gathered::Complete(code) => {
                    read.push((label, answer_code::decode(&code, &round, content).map_err(Unread::Code)));
                }
                Gathered::Part { .. } => {}
                Gathered::Mismatch => read.push((label, Err(Unread::Code(CodeError::Damaged)))),
            }
        }
        for (_, missing, count) in parts.missing() {
            let list = missing.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
            let label = crate::domain::format::fill(
                ui_str!(i18n.get_locale_untracked(), ui.code.parts_label),
                &[("n", &count.to_string())],
            );
            read.push((label, Err(Unread::Parts(list))));
        }
        if !read.is_empty() {
            outcomes.set(Vec::new());
            pending.set(Some(read));
            codes.set(String::new());
        }
    };
    // What reading the pending files in would do, worked out on a copy of the round.
    let preview = move || {
        let files = pending.get()?;
        let numbered = ui_str!(i18n.get_locale(), ui.common.participant_n);
        let mut round = store.with(|d| d.active_round().cloned())?;
        let here = (round.unit.clone(), round.date.clone());
        let content = Content::get(lang.get());
        Some((read_into(&mut round, content, files, numbered), here))
    };
    let apply = move |_| {
        let Some(files) = pending.get_untracked() else { return };
        let numbered = ui_str!(i18n.get_locale_untracked(), ui.common.participant_n);
        let content = Content::get(lang.get_untracked());
        let mut results = Vec::new();
        store.update_round(|round| results = read_into(round, content, files, numbered));
        pending.set(None);
        outcomes.set(results);
    };
    view! {
        <section class="card" aria-labelledby="take-in-title">
            <h2 id="take-in-title">{text!(i18n, ui.receive.take_in_title)}</h2>
            <scan::Scanner />
            <Field id="response-codes" label=move || text!(i18n, ui.code.paste_label) hint=move || text!(i18n, ui.code.paste_hint)
                rows=3 spellcheck="false" autocomplete="off" value=codes on_input=move |v| codes.set(v)>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=read_codes>{text!(i18n, ui.code.read)}</button>
                </div>
            </Field>
            <Field id="response-files" label=move || text!(i18n, ui.workshop.import_label) hint=move || text!(i18n, ui.workshop.import_hint)
                kind="file" multiple=true accept=".json,application/json" on_change=read />
            {move || preview().map(|(items, (here_unit, here_date))| {
                let useful = items.iter().any(|o| matches!(o, FileOutcome::Read { merged: Merged::Added | Merged::Updated, .. }));
                let ask = items.iter().any(|o| matches!(o, FileOutcome::Read { merged: Merged::Added | Merged::Updated, other_round: Some(_), .. }));
                view! {
                    <div class="card import-preview" role="region" aria-labelledby="responses-preview-title">
                        <h3 id="responses-preview-title">{text!(i18n, ui.workshop.preview_title)}</h3>
                        <OutcomeList items here=(here_unit, here_date) />
                        {ask.then(|| view! { <p role="alert">{text!(i18n, ui.workshop.other_round_question)}</p> })}
                        {(!useful).then(|| view! { <p>{text!(i18n, ui.workshop.nothing_to_apply)}</p> })}
                        <div class="button-row">
                            {useful.then(|| view! {
                                <button type="button" class="button" on:click=apply>
                                    {if ask { text!(i18n, ui.workshop.apply_anyway).into_any() } else { text!(i18n, ui.workshop.apply).into_any() }}
                                </button>
                            })}
                            <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>
                                {text!(i18n, ui.common.cancel)}
                            </button>
                        </div>
                    </div>
                }
            })}
            <When when=move || !outcomes.with(Vec::is_empty)>
                <div class="notice notice--info" role="status">
                    {move || view! { <OutcomeList items=outcomes.get() /> }}
                </div>
            </When>
        </section>
    }
}

/// A file or code that could not be read: a file that could not be opened at all (`File(None)`)
/// or is not a response file, or an answer code that is not one for this round.
#[derive(Clone, PartialEq)]
enum Unread {
    File(Option<ResponseError>),
    Code(CodeError),
    /// A code in parts of which these are missing ("2, 3").
    Parts(String),
}

impl Unread {
    fn message(&self, i18n: I18n) -> AnyView {
        match self {
            Unread::File(e) => messages::response_error(i18n, e.as_ref()).into_any(),
            Unread::Code(CodeError::Damaged) => text!(i18n, ui.code.damaged).into_any(),
            Unread::Code(CodeError::TooNew { .. }) => text!(i18n, ui.code.too_new).into_any(),
            Unread::Code(CodeError::OtherRound) => text!(i18n, ui.code.other_round).into_any(),
            Unread::Code(CodeError::OtherStatements) => text!(i18n, ui.code.other_statements).into_any(),
            Unread::Code(CodeError::Empty) => text!(i18n, ui.code.empty).into_any(),
            Unread::Parts(missing) => {
                let missing = missing.clone();
                fill!(i18n, ui.code.parts_missing, missing = move || missing.clone()).into_any()
            }
        }
    }
}

#[derive(Clone, PartialEq)]
enum FileOutcome {
    Read {
        name: String,
        merged: Merged,
        /// The unit and date the file was answered in, when it is another round than this.
        other_round: Option<(String, String)>,
        /// Statements (or principles) answered in the file that are not in the content.
        unknown: Vec<String>,
    },
    Failed {
        file: String,
        reason: Unread,
    },
}

/// What reading each file or code did; with `here` (the unit and date of this round), what it
/// would do, in the preview before it is done.
#[component]
fn OutcomeList(items: Vec<FileOutcome>, #[prop(optional)] here: Option<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let preview = here.is_some();
    let items = items
        .into_iter()
        .map(|o| match o {
            FileOutcome::Read {
                name,
                merged,
                other_round,
                unknown,
            } => {
                let what = match (merged, preview) {
                    (Merged::Added, true) => fill!(i18n, ui.workshop.will_add, name = move || name.clone()).into_any(),
                    (Merged::Updated, true) => fill!(i18n, ui.workshop.will_update, name = move || name.clone()).into_any(),
                    (Merged::AlreadyHere, true) => fill!(i18n, ui.workshop.will_skip, name = move || name.clone()).into_any(),
                    (Merged::Added, false) => fill!(i18n, ui.workshop.import_added, name = move || name.clone()).into_any(),
                    (Merged::Updated, false) => fill!(i18n, ui.workshop.import_updated, name = move || name.clone()).into_any(),
                    (Merged::AlreadyHere, false) => fill!(i18n, ui.workshop.import_already, name = move || name.clone()).into_any(),
                };
                // In the preview: a file from another round, and statements it has that are not here.
                let details = here.clone().map(|(here_unit, here_date)| {
                    let other = other_round.map(|(unit, date)| view! {
                        " "
                        <strong class="import-report__warning">
                            {fill!(i18n, ui.workshop.other_round, unit = move || unit.clone(), date = move || date.clone(),
                                here_unit = move || here_unit.clone(), here_date = move || here_date.clone())}
                        </strong>
                    });
                    let count = unknown.len();
                    let ids = unknown.join(", ");
                    let unknown = (count > 0).then(|| view! {
                        " "{fill!(i18n, ui.workshop.unknown_statements, count = move || count, ids = move || ids.clone())}
                    });
                    view! { {other}{unknown} }
                });
                view! { <li>{what}{details}</li> }.into_any()
            }
            FileOutcome::Failed { file, reason } => {
                let _names = || ui::args::workshop::import_error { file: (), reason: () };
                let (before, after) = ui_around(i18n, ui::keys::workshop::import_error, "reason", &[("file", file.clone())]);
                view! { <li class="import-report__error">{before}{reason.message(i18n)}{after}</li> }.into_any()
            }
        })
        .collect_view();
    view! { <ul class="import-report">{items}</ul> }
}

/// Reads checked response files into `round`, saying for each what it did.
fn read_into(
    round: &mut Round,
    content: &Content,
    files: Vec<(String, Result<ResponseFile, Unread>)>,
    numbered: &str,
) -> Vec<FileOutcome> {
    files
        .into_iter()
        .map(|(file, parsed)| {
            match parsed.and_then(|p| response::check(round, content, p).map_err(|e| Unread::File(Some(e)))) {
                Ok(checked) => {
                    let other_round = checked
                        .from_other_round()
                        .then(|| (checked.file.unit.clone(), checked.file.date.clone()));
                    let unknown = checked.unknown;
                    let id = checked.file.id.clone();
                    let merged = response::merge(round, checked.file);
                    FileOutcome::Read {
                        name: round.participant_label(&id, numbered),
                        merged,
                        other_round,
                        unknown,
                    }
                }
                Err(reason) => FileOutcome::Failed { file, reason },
            }
        })
        .collect()
}
