//! One step of the self-assessment per principle: its guiding sentence and explanation, its
//! statements to rate, questions to talk about, the team's note, and back/next.

use crate::app::{Store, use_lang};
use crate::components::{Field, NoRound, NotFound, PageHeading, StatementQuestion, StepProgress};
use crate::domain::Content;
use crate::domain::scoring::score;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn Step() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let router = crate::app::use_router();
    let path = router.path_signal();
    // "/princip/" is "/princip": where the team left off.
    let id = Memo::new(move |_| {
        path.with(|p| {
            p.strip_prefix("/princip/")
                .filter(|id| !id.is_empty())
                .map(str::to_string)
        })
    });
    let has_round = Memo::new(move |_| store.with(|d| d.active_round().is_some()));
    // Whose answers are shown: in a workshop only those of the participant whose turn it is.
    let answerer = Memo::new(move |_| store.with(|d| d.active_round().and_then(|r| r.answerer().map(str::to_string))));
    let scores = Memo::new(move |_| {
        let content = Content::get(lang.get());
        store.with(|d| {
            let round = d.active_round()?;
            Some(score(content, &round.assessment.only(round.answerer()?)))
        })
    });

    // "/princip" on its own: go on where the team left off.
    Effect::new(move |_| {
        if id.get().is_none() {
            let to = store.with_untracked(|d| d.continue_path(Content::get(lang.get_untracked())));
            router.replace(&to);
        }
    });

    move || {
        let content = Content::get(lang.get());
        let Some(principle_id) = id.get() else {
            return ().into_any();
        };
        let Some(index) = content.principle_index(&principle_id) else {
            return view! { <NotFound /> }.into_any();
        };
        if !has_round.get() {
            return view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.step.no_round_title) message=move || ui_str!(i18n.get_locale(), ui.step.no_round_body) />
            }
            .into_any();
        }
        if answerer.with(Option::is_none) {
            return view! {
                <section class="page">
                    <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.step.nobody_title).to_string()) />
                    <p>{text!(i18n, ui.step.nobody_body)}</p>
                    <p><a class="button" href="/deltagare">{text!(i18n, ui.step.nobody_link)}</a></p>
                </section>
            }
            .into_any();
        }
        principle_step(content, index, scores).into_any()
    }
}

/// In a workshop: whose turn it is, and the way to hide the answers when done.
#[component]
fn TurnBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let router = crate::app::use_router();
    let who = Memo::new(move |_| {
        let numbered = ui_str!(i18n.get_locale(), ui.common.participant_n);
        store.with(|d| {
            let round = d.active_round()?;
            let id = round.answering.as_deref()?;
            Some(round.participant_label(id, numbered))
        })
    });
    let done = move |_| {
        store.update_round(|round| round.answering = None);
        router.navigate("/deltagare?klar=1");
    };
    move || {
        who.get().map(|name| {
            view! {
                <div class="turn-banner" role="note">
                    <p>{fill!(i18n, ui.step.answering_as, name = move || name.clone())}</p>
                    <button type="button" class="button button--secondary" on:click=done>
                        {text!(i18n, ui.step.done_answering)}
                    </button>
                </div>
            }
        })
    }
}

fn principle_step(
    content: &'static Content,
    index: usize,
    scores: Memo<Option<crate::domain::scoring::Scores>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let principle = &content.principles[index];
    let total = content.principles.len();
    let name = principle.name.clone();
    let pid = StoredValue::new(principle.id.clone());

    let note = store.with_untracked(|d| {
        d.active_round()
            .and_then(|r| Some(r.assessment.note(r.answerer()?, &principle.id).to_string()))
            .unwrap_or_default()
    });
    let save_note = move |text: String| {
        store.update_round(|round| {
            if let Some(participant) = round.answerer().map(str::to_string) {
                pid.with_value(|p| round.assessment.set_note(&participant, p, &text));
            }
        })
    };

    let previous = match index {
        0 => ("/".to_string(), None),
        i => (
            format!("/princip/{}", content.principles[i - 1].id),
            Some(content.principles[i - 1].name.clone()),
        ),
    };
    let next = content.principles.get(index + 1);
    // After the last step: a phone that joined by the link hands its answers in; otherwise the results.
    let joined = store.with_untracked(|d| d.active_round().is_some_and(|r| r.joined));
    let next_href = match next {
        Some(p) => format!("/princip/{}", p.id),
        None if joined => "/lamna-svar".to_string(),
        None => "/resultat".to_string(),
    };
    let next_name = next.map(|p| p.name.clone());
    let answered_here = move || {
        scores.with(|s| {
            s.as_ref()
                .and_then(|s| s.principles.get(index))
                .map_or(0, |p| p.tally.answered())
        })
    };
    let count = principle.statements.len();

    let statements = principle
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <StatementQuestion id=s.id.clone() text=s.text.clone() number=i + 1 /> })
        .collect_view();
    let reflection = principle
        .reflection
        .iter()
        .map(|q| view! { <li>{q.clone()}</li> })
        .collect_view();
    let sources = principle
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let doc = content
                .source(&s.source.doc)
                .map_or_else(String::new, |d| d.title.clone());
            let [from, to] = s.source.lines;
            view! {
                <li>
                    <span class="sources__number">{i + 1}". "</span>
                    <q>{s.source.quote.clone()}</q>
                    <span class="sources__where">
                        " — "{doc}", "{fill!(i18n, ui.step.source_lines, from = move || from, to = move || to)}
                    </span>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="page page--step">
            <TurnBanner />
            <StepProgress content scores current=index />
            <p class="eyebrow">{fill!(i18n, ui.step.eyebrow, current = move || index + 1, total = move || total)}</p>
            <PageHeading text=Signal::derive(move || name.clone()) />
            <blockquote class="guiding">
                <p>{principle.guiding.clone()}</p>
                <footer>{text!(i18n, ui.step.guiding_source)}</footer>
            </blockquote>
            <p class="explanation">{principle.explanation.clone()}</p>

            <h2 class="statements__title">{text!(i18n, ui.step.instruction)}</h2>
            <p class="hint" aria-live="polite">
                {fill!(i18n, ui.step.answered_here, answered = answered_here, count = move || count)}
            </p>
            <div class="statements">{statements}</div>

            <section class="reflection" aria-labelledby="reflection-title">
                <h2 id="reflection-title">{text!(i18n, ui.step.reflection_title)}</h2>
                <ul>{reflection}</ul>
            </section>

            <Field id="note" label=move || fill!(i18n, ui.step.note_label, principle = move || principle.name.clone())
                hint=move || text!(i18n, ui.step.note_hint) rows=4 value=note on_input=save_note />

            <nav class="step-nav" aria-label=move || ui_str!(i18n.get_locale(), ui.step.nav_label)>
                <a class="button button--secondary" href=previous.0 rel="prev">
                    "← "
                    {match previous.1 {
                        Some(name) => fill!(i18n, ui.step.previous, name = move || name.clone()).into_any(),
                        None => text!(i18n, ui.step.to_start).into_any(),
                    }}
                </a>
                <a class="button" href=next_href rel="next">
                    {match next_name {
                        Some(name) => fill!(i18n, ui.step.next, name = move || name.clone()).into_any(),
                        None if joined => text!(i18n, ui.step.to_hand_in).into_any(),
                        None => text!(i18n, ui.step.to_results).into_any(),
                    }}
                    " →"
                </a>
            </nav>

            <details class="sources">
                <summary>{text!(i18n, ui.step.sources_title)}</summary>
                <ol>{sources}</ol>
            </details>
        </section>
    }
}
