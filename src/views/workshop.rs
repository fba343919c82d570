//! The participants of a round: answering in turn on one shared device (each person's answers
//! hidden when they are done), response files from everyone's own device, who is in the round,
//! and the threshold that keeps anybody from being singled out in the team view.

use crate::app::{Store, new_id};
use crate::components::QrCode;
use crate::components::When;
use crate::components::{ConfirmButton, Field, HandBack, NoRound, PageHeading, messages};
use crate::domain::aggregate::MIN_GROUP;
use crate::domain::answer_code::{self, CodeError};
use crate::domain::code_parts::{Gathered, Parts};
use crate::domain::join::Join;
use crate::domain::model::{Participant, Round};
use crate::domain::response::{self, Merged, ResponseError, ResponseFile};
use crate::domain::scoring::score;
use crate::domain::{Content, ui};
use crate::i18n::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod scan;

#[component]
pub fn Workshop() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let has_round = Memo::new(move |_| store.with(|d| d.active_round().is_some()));
    move || {
        if !has_round.get() {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.workshop.title) message=move || ui_str!(i18n.get_locale(), ui.workshop.no_round) />
            }
            .into_any();
        }
        view! {
            <section class="page page--workshop">
                <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.workshop.title).to_string()) />
                <p class="lead">{text!(i18n, ui.workshop.lead)}</p>
                <InTurn />
                <OwnDevices />
                <ParticipantList />
                <Threshold />
                <p><a class="button" href="/team">{text!(i18n, ui.workshop.to_team)}" →"</a></p>
            </section>
        }
        .into_any()
    }
}

/// Answering in turn on this device.
#[component]
fn InTurn() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let router = crate::app::use_router();
    let just_done = Memo::new(move |_| router.has_query("klar"));
    let name = RwSignal::new(String::new());
    let answering = Memo::new(move |_| {
        let numbered = ui_str!(i18n.get_locale(), ui.common.participant_n);
        store.with(|d| {
            let round = d.active_round()?;
            let id = round.answering.as_deref()?;
            Some(round.participant_label(id, numbered))
        })
    });
    let next_number = Memo::new(move |_| {
        store.with(|d| {
            d.active_round().map_or(1, |r| {
                // The place the new participant will get: after those who have answered.
                r.assessment.respondents().count() + 1
            })
        })
    });
    let first_step = move || {
        let content = Content::get(crate::app::use_lang().get_untracked());
        format!("/princip/{}", content.principles[0].id)
    };
    let first = first_step();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let participant = Participant {
            id: new_id("p"),
            name: name.get_untracked().trim().to_string(),
        };
        store.update_round(|round| round.start_turn(participant));
        name.set(String::new());
        router.navigate(&first);
    };
    let continue_href = first_step();

    view! {
        <section class="card" aria-labelledby="turn-title">
            <h2 id="turn-title">{text!(i18n, ui.workshop.turn_title)}</h2>
            <p>{text!(i18n, ui.workshop.turn_intro)}</p>
            {move || match answering.get() {
                Some(who) => view! {
                    <p class="turn-now">{fill!(i18n, ui.workshop.now_answering, name = move || who.clone())}</p>
                    <p><a class="button" href=continue_href.clone()>{text!(i18n, ui.workshop.continue_turn)}</a></p>
                }.into_any(),
                None => view! {
                    {just_done.get().then(|| view! {
                        <div class="notice notice--info" role="status"><p>{text!(i18n, ui.workshop.done)}</p></div>
                    })}
                    <form class="form" on:submit=start.clone()>
                        <Field id="participant-name" label=move || text!(i18n, ui.workshop.name_label)
                            hint=move || fill!(i18n, ui.workshop.name_hint, n = move || next_number.get())
                            autocomplete="off" value=name on_input=move |v| name.set(v) />
                        <button type="submit" class="button">{text!(i18n, ui.workshop.start_turn)}</button>
                    </form>
                }.into_any(),
            }}
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

/// The code a phone scans to join the active round (see `domain::join`): a QR code of a link to
/// this very app with the round in its fragment, and the link itself.
#[component]
fn JoinCode() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    move || {
        let lang = lang.get();
        let round = store.with(|d| d.active_round().cloned())?;
        let code = Join::of(&round, lang, Content::get(lang)).encode();
        let location = window().location();
        let (unit, date) = (round.unit.clone(), round.date.clone());
        if location.protocol().is_ok_and(|p| p == "file:") {
            return Some(
                view! { <p class="hint">{fill!(i18n, ui.join.from_file, unit = move || unit.clone(), date = move || date.clone())}</p> }
                    .into_any(),
            );
        }
        let link = format!(
            "{}{}#{code}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let label = crate::domain::format::fill(
            ui_str!(i18n.get_locale(), ui.join.qr_label),
            &[("unit", &round.unit), ("date", &round.date)],
        );
        Some(
            view! {
                <div class="join" data-testid="join">
                    <h3>{text!(i18n, ui.join.title)}</h3>
                    <p>{text!(i18n, ui.join.intro)}</p>
                    <QrCode text=link.clone() label />
                    <p class="join__link">{text!(i18n, ui.join.link_label)}" "<a href=link.clone() data-testid="join-link">{link.clone()}</a></p>
                </div>
            }
            .into_any(),
        )
    }
}

/// Everyone on their own device: save one's answers as a file; read the files in.
#[component]
fn OwnDevices() -> impl IntoView {
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
                let name = file.name();
                if file.size() > response::MAX_BYTES as f64 {
                    let e = response::ResponseError::TooLarge {
                        bytes: file.size() as usize,
                    };
                    read.push((name, Err(Unread::File(Some(e)))));
                    continue;
                }
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let parsed = match text {
                    Some(text) => response::parse(&text).map_err(|e| Unread::File(Some(e))),
                    None => Err(Unread::File(None)),
                };
                read.push((name, parsed));
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
        <section class="card" aria-labelledby="own-title">
            <h2 id="own-title">{text!(i18n, ui.workshop.own_title)}</h2>
            <p>{text!(i18n, ui.workshop.own_intro)}</p>
            <JoinCode />
            <HandBack />
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

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    label: String,
    answered: u32,
    total: u32,
    from_file: bool,
}

/// Who is in the round and how far each has come; never what they answered.
#[component]
fn ParticipantList() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    let rows = Memo::new(move |_| {
        let content = Content::get(lang.get());
        let numbered = ui_str!(i18n.get_locale(), ui.common.participant_n);
        store.with(|d| {
            let Some(round) = d.active_round() else {
                return Vec::new();
            };
            round
                .assessment
                .participants
                .iter()
                .filter(|p| round.assessment.has_answered(&p.id) || round.answering.as_deref() == Some(&p.id))
                .map(|p| {
                    let t = score(content, &round.assessment.only(&p.id)).tally;
                    Row {
                        id: p.id.clone(),
                        label: round.participant_label(&p.id, numbered),
                        answered: t.answered(),
                        total: t.expected,
                        from_file: p.id.contains('.'),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="participants-title">
            <h2 id="participants-title">{text!(i18n, ui.workshop.list_title)}</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p>{text!(i18n, ui.workshop.list_empty)}</p> }.into_any();
                }
                view! {
                    <ul class="participants">
                        {rows.into_iter().map(|r| {
                            let id = r.id.clone();
                            let label = r.label.clone();
                            view! {
                                <li class="participants__item">
                                    <span class="participants__name">{r.label.clone()}</span>
                                    <span>
                                        {fill!(i18n, ui.workshop.progress, answered = move || r.answered, total = move || r.total)}
                                        {r.from_file.then(|| view! { " · "{text!(i18n, ui.workshop.from_file)} })}
                                    </span>
                                    <ConfirmButton
                                        label=Signal::derive(move || format!("{} – {}", ui_str!(i18n.get_locale(), ui.workshop.remove), label))
                                        consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.workshop.remove_confirm).to_string())
                                        yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.workshop.remove_yes).to_string())
                                        on_confirm=Callback::new(move |_| {
                                            let id = id.clone();
                                            store.update_round(|round| round.remove_participant(&id));
                                        })
                                    />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The anonymity threshold of the team view.
#[component]
fn Threshold() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let current = store.with_untracked(|d| d.settings.min_group);
    let text = RwSignal::new(current.to_string());
    let invalid = RwSignal::new(false);
    let change = move |value: String| {
        text.set(value.clone());
        match value.trim().parse::<u32>() {
            Ok(n) if MIN_GROUP.check(f64::from(n)).is_ok() => {
                invalid.set(false);
                store.update(|d| d.settings.min_group = n);
            }
            _ => invalid.set(true),
        }
    };
    view! {
        <section class="card" aria-labelledby="threshold-title">
            <h2 id="threshold-title">{text!(i18n, ui.workshop.threshold_title)}</h2>
            <Field id="min-group" label=move || text!(i18n, ui.workshop.threshold_label) hint=move || text!(i18n, ui.workshop.threshold_hint)
                invalid error=move || text!(i18n, ui.workshop.threshold_error)
                kind="number" min="1" max="50" step="1" inputmode="numeric" class="input--short"
                value=text on_input=change />
        </section>
    }
}
