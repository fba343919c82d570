//! Where the team is in the walk: "step 3 of 7", a bar of answered statements, and the steps
//! as links, each marked done when all of its statements have an answer.

use crate::components::When;
use crate::domain::Content;
use crate::domain::scoring::Scores;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn StepProgress(content: &'static Content, scores: Memo<Option<Scores>>, current: usize) -> impl IntoView {
    let i18n = use_i18n();
    let total = content.principles.len();
    let answered = move || scores.with(|s| s.as_ref().map_or(0, |s| s.tally.answered()));
    let expected = move || scores.with(|s| s.as_ref().map_or(0, |s| s.tally.expected));
    let done = move |i: usize| {
        scores.with(|s| {
            s.as_ref()
                .and_then(|s| s.principles.get(i))
                .is_some_and(|p| p.tally.unanswered() == 0)
        })
    };
    let steps = content
        .principles
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let href = format!("/princip/{}", p.id);
            let name = p.name.clone();
            view! {
                <li class:done=move || done(i) class:current=i == current>
                    <a href=href aria-current=(i == current).then_some("step")>
                        <span class="steps__number" aria-hidden="true">{i + 1}</span>
                        <span class="steps__name">{name}</span>
                        <When when=move || done(i)>
                            <span class="visually-hidden">{move || format!(" ({})", ui_str!(i18n.get_locale(), ui.progress.done))}</span>
                        </When>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="progress" aria-label=move || ui_str!(i18n.get_locale(), ui.progress.label)>
            <p class="progress__step">
                {fill!(i18n, ui.progress.step, current = move || current + 1, total = move || total)}
            </p>
            <label class="progress__bar">
                <span>{fill!(i18n, ui.progress.answered, answered = answered, expected = expected)}</span>
                <progress max=expected value=answered></progress>
            </label>
            <ol class="steps">{steps}</ol>
        </nav>
    }
}
