//! "Read answers with the camera": the laptop's camera reads the answer codes participants hold
//! up, one after another, each read in the same way as a pasted code and counted once.

use super::{FileOutcome, Unread, read_into};
use crate::app::Store;
use crate::app::camera::{self, CameraError, Decoder, DecoderError};
use crate::components::When;
use crate::components::{Check, EnumSelect};
use crate::domain::answer_code::{self, CodeError};
use crate::domain::code_parts::{Gathered, Parts};
use crate::domain::response::Merged;
use crate::domain::{Content, ui};
use crate::i18n::*;
use leptos::prelude::*;
use std::rc::Rc;

/// Where the scanner is.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Starting,
    Running,
    Camera(CameraError),
    Decoder(DecoderError),
}

/// One line of what the scanner did, newest first.
#[derive(Clone, PartialEq)]
enum Seen {
    Read {
        name: String,
        merged: Merged,
    },
    /// A part of a longer code: which, of how many, and how many are read.
    Part {
        index: usize,
        count: usize,
        have: usize,
    },
    Failed(CodeError),
}

#[component]
pub(super) fn Scanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = crate::app::use_lang();
    let open = RwSignal::new(false);
    let phase = RwSignal::new(Phase::Starting);
    let cameras = RwSignal::new(Vec::<(String, String)>::new());
    let chosen = RwSignal::new(String::new());
    let read = RwSignal::new(0usize);
    let seen = RwSignal::new(Vec::<(usize, Seen)>::new());
    let sound = RwSignal::new(false);
    let video = NodeRef::<leptos::html::Video>::new();
    // Each opening is a session; a closed session's loop and late camera are let go.
    let session = StoredValue::new(0u32);
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);
    let decoder = StoredValue::new_local(None::<Rc<Decoder>>);
    let last = StoredValue::new(String::new());
    let parts = StoredValue::new(Parts::default());
    let log = move |entry: Seen| {
        seen.update(|s| {
            let serial = s.first().map_or(1, |(n, _)| n + 1);
            s.insert(0, (serial, entry));
            s.truncate(12);
        });
    };

    let release = move || {
        session.update_value(|s| *s += 1);
        if let Some(s) = stream.try_update_value(Option::take).flatten() {
            camera::release(&s);
        }
        if let Some(d) = decoder.try_update_value(Option::take).flatten() {
            d.stop();
        }
        if let Some(v) = video.get_untracked() {
            v.set_src_object(None);
        }
    };
    // A code read: the same way as a pasted code; the same code again in a row does nothing.
    let accept = move |text: String| {
        if last.with_value(|l| *l == text) {
            return;
        }
        last.set_value(text.clone());
        // A part of a longer code waits for the rest; the whole code is read when complete.
        let text = match parts.try_update_value(|p| p.add(&text)) {
            Some(Gathered::Whole(code) | Gathered::Complete(code)) => code,
            Some(Gathered::Part { index, count, have }) => return log(Seen::Part { index, count, have }),
            Some(Gathered::Mismatch) => return log(Seen::Failed(CodeError::Damaged)),
            None => return,
        };
        let content = Content::get(lang.get_untracked());
        let numbered = ui_str!(i18n.get_locale_untracked(), ui.common.participant_n);
        let Some(round) = store.with_untracked(|d| d.active_round().cloned()) else {
            return;
        };
        let outcome = match answer_code::decode(&text, &round, content) {
            Err(e) => Seen::Failed(e),
            Ok(file) => {
                let mut outcomes = Vec::new();
                store.update_round(|round| {
                    outcomes = read_into(round, content, vec![(String::new(), Ok(file))], numbered);
                });
                match outcomes.pop() {
                    Some(FileOutcome::Read { name, merged, .. }) => Seen::Read { name, merged },
                    Some(FileOutcome::Failed {
                        reason: Unread::Code(e),
                        ..
                    }) => Seen::Failed(e),
                    // A code that is read is checked as a file is; what fails there is damage.
                    _ => Seen::Failed(CodeError::Damaged),
                }
            }
        };
        if matches!(
            outcome,
            Seen::Read {
                merged: Merged::Added | Merged::Updated,
                ..
            }
        ) {
            read.update(|n| *n += 1);
            if sound.get_untracked() {
                camera::beep();
            }
        }
        log(outcome);
    };
    let start = move |device: Option<String>| {
        release();
        let me = session.get_value();
        phase.set(Phase::Starting);
        leptos::task::spawn_local(async move {
            let gone = move || session.try_get_value() != Some(me);
            let found = match Decoder::start().await {
                Ok(d) => Rc::new(d),
                Err(e) => return phase.set(Phase::Decoder(e)),
            };
            let opened = match camera::open(device.as_deref()).await {
                Ok(s) => s,
                Err(e) => {
                    found.stop();
                    return phase.set(Phase::Camera(e));
                }
            };
            if gone() {
                camera::release(&opened);
                found.stop();
                return;
            }
            let Some(v) = video.get_untracked() else {
                camera::release(&opened);
                found.stop();
                return;
            };
            v.set_src_object(Some(&opened));
            let _ = v.play();
            chosen.set(camera::device_of(&opened).unwrap_or_default());
            stream.set_value(Some(opened));
            decoder.set_value(Some(found.clone()));
            phase.set(Phase::Running);
            cameras.set(camera::cameras().await);
            while !gone() {
                match found.read(&v).await {
                    Ok(texts) if !gone() => texts.into_iter().for_each(accept),
                    Ok(_) => break,
                    Err(e) => {
                        phase.set(Phase::Decoder(e));
                        break;
                    }
                }
                camera::pause(150).await;
            }
        });
    };
    let close = move || {
        release();
        open.set(false);
    };
    // Released the moment the page hides (another tab, the lid closed) or the scanner goes away.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden && open.get_untracked() {
            close();
        }
    });
    on_cleanup(move || {
        hidden.remove();
        release();
    });

    let toggle = move |_| {
        if open.get_untracked() {
            close();
        } else {
            read.set(0);
            seen.set(Vec::new());
            last.set_value(String::new());
            parts.set_value(Parts::default());
            open.set(true);
            start(None);
        }
    };
    view! {
        <div class="button-row">
            <button type="button" class="button" aria-expanded=move || open.get().to_string()
                aria-controls="scanner" on:click=toggle>
                {move || if open.get() { text!(i18n, ui.scan.close).into_any() } else { text!(i18n, ui.scan.open).into_any() }}
            </button>
        </div>
        <When when=move || open.get()>
            <section class="card scanner" id="scanner" aria-labelledby="scanner-title">
                <h3 id="scanner-title">{text!(i18n, ui.scan.title)}</h3>
                {move || {
                    let warning = match phase.get() {
                        Phase::Camera(CameraError::Refused) => text!(i18n, ui.scan.refused).into_any(),
                        Phase::Camera(CameraError::Missing) => text!(i18n, ui.scan.missing).into_any(),
                        Phase::Decoder(DecoderError::NeedsHosted) => text!(i18n, ui.scan.needs_hosted).into_any(),
                        Phase::Decoder(DecoderError::Failed) => text!(i18n, ui.scan.decoder_failed).into_any(),
                        Phase::Starting => return Some(view! { <p role="status">{text!(i18n, ui.scan.starting)}</p> }.into_any()),
                        Phase::Running => return None,
                    };
                    Some(view! { <div class="notice notice--warning" role="alert"><p>{warning}</p></div> }.into_any())
                }}
                <div class="scanner__camera" hidden=move || !matches!(phase.get(), Phase::Starting | Phase::Running)>
                    <p>{text!(i18n, ui.scan.intro)}</p>
                    <When when=move || { cameras.with(|c| c.len() > 1) }>
                        <EnumSelect id="scanner-camera" label=move || text!(i18n, ui.scan.camera_label)
                            options=move || {
                                let l = i18n.get_locale();
                                cameras.get().into_iter().enumerate().map(|(i, (id, name))| {
                                    let name = if name.is_empty() {
                                        crate::domain::format::fill(ui_str!(l, ui.scan.camera_n), &[("n", &(i + 1).to_string())])
                                    } else { name };
                                    (id, name)
                                }).collect::<Vec<_>>()
                            }
                            selected=chosen on_change=Callback::new(move |v| start(Some(v))) />
                    </When>
                    <video class="scanner__video" node_ref=video autoplay muted playsinline
                        aria-label=move || ui_str!(i18n.get_locale(), ui.scan.video_label).to_string()></video>
                    <Check id="scanner-sound" label=move || text!(i18n, ui.scan.sound) checked=sound on_change=move |on| sound.set(on) />
                </div>
                <p class="scanner__count" role="status" data-testid="scan-count">
                    {move || {
                        let n = read.get();
                        if n == 1 { text!(i18n, ui.scan.count_one).into_any() } else { fill!(i18n, ui.scan.count, n = move || n).into_any() }
                    }}
                </p>
                <ul class="scanner__log" aria-label=move || ui_str!(i18n.get_locale(), ui.scan.log_label).to_string() data-testid="scan-log">
                    {move || seen.get().into_iter().enumerate().map(|(i, (_, s))| {
                        let class = match (&s, i) {
                            (Seen::Failed(_), _) => "scanner__entry scanner__entry--error",
                            (_, 0) => "scanner__entry scanner__entry--new",
                            _ => "scanner__entry",
                        };
                        let text = match s {
                            Seen::Read { name, merged: Merged::Added } => fill!(i18n, ui.scan.added, name = move || name.clone()).into_any(),
                            Seen::Read { name, merged: Merged::Updated } => fill!(i18n, ui.scan.updated, name = move || name.clone()).into_any(),
                            Seen::Read { name, merged: Merged::AlreadyHere } => fill!(i18n, ui.scan.already, name = move || name.clone()).into_any(),
                            Seen::Part { index, count, have } => {
                                fill!(i18n, ui.scan.part, index = move || index, count = move || count, have = move || have).into_any()
                            }
                            Seen::Failed(e) => {
                                let _names = || ui::args::scan::failed { reason: () };
                                let (before, after) = ui_around(i18n, ui::keys::scan::failed, "reason", &[]);
                                view! { {before}{Unread::Code(e).message(i18n)}{after} }.into_any()
                            }
                        };
                        view! { <li class=class>{text}</li> }
                    }).collect_view()}
                </ul>
                <p class="hint">{text!(i18n, ui.scan.other_ways)}</p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=move |_| close()>{text!(i18n, ui.scan.close)}</button>
                </div>
            </section>
        </When>
    }
}
