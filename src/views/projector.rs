//! For the projector: one statement at a time, in large type, with how the team answered it,
//! the statements disagreed on most first. The arrow keys step, Esc goes back.

use crate::app::{Store, use_lang};
use crate::components::DistributionBars;
use crate::domain::aggregate::{StatementAggregate, team_view};
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn Projector() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let router = crate::app::use_router();
    // The statements to show: those to talk about, or else every one with enough answers.
    let slides = Memo::new(move |_| {
        let content = Content::get(lang.get());
        let min_group = store.with(|d| d.settings.min_group);
        store.with(|d| {
            let Some(round) = d.active_round() else {
                return Vec::new();
            };
            let view = team_view(content, &round.assessment, min_group);
            let discussion: Vec<StatementAggregate> = view.discussion().into_iter().cloned().collect();
            if discussion.is_empty() {
                view.principles
                    .iter()
                    .flat_map(|p| &p.statements)
                    .filter(|s| s.shown)
                    .cloned()
                    .collect()
            } else {
                discussion
            }
        })
    });
    let index = RwSignal::new(0usize);
    let total = move || slides.with(Vec::len);
    let step = move |by: isize| {
        let n = total();
        if n > 0 {
            index.update(|i| *i = (*i as isize + by).clamp(0, n as isize - 1) as usize);
        }
    };
    let keys = window_event_listener(ev::keydown, move |e| match e.key().as_str() {
        "ArrowRight" | "ArrowDown" | "PageDown" => {
            e.prevent_default();
            step(1);
        }
        "ArrowLeft" | "ArrowUp" | "PageUp" => {
            e.prevent_default();
            step(-1);
        }
        "Home" => index.set(0),
        "End" => index.set(total().saturating_sub(1)),
        "Escape" => router.navigate("/team"),
        _ => {}
    });
    on_cleanup(move || keys.remove());

    let slide = move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let n = total();
        if n == 0 {
            return view! { <p class="projector__empty">{text!(i18n, ui.projector.empty)}</p> }.into_any();
        }
        let i = index.get().min(n - 1);
        let s = slides.with(|all| all[i].clone());
        let (principle, text) = content
            .statement(&s.statement)
            .map_or_else(Default::default, |(p, st)| (p.name.clone(), st.text.clone()));
        let d = s.distribution;
        let (mean, spread) = (format::score(d.mean(), lang), format::score(d.spread(), lang));
        view! {
            <p class="projector__position" aria-live="polite">
                {fill!(i18n, ui.projector.position, current = move || i + 1, total = move || n)}
            </p>
            <p class="projector__principle">{principle}</p>
            <h2 class="projector__statement" data-statement=s.statement.clone()>{text}</h2>
            <DistributionBars
                distribution=d
                label=ui_str!(i18n.get_locale(), ui.team.distribution)
                dont_know=ui_str!(i18n.get_locale(), ui.scale.dont_know)
            />
            <p class="projector__numbers">
                {fill!(i18n, ui.team.mean_spread, mean = move || mean.clone(), spread = move || spread.clone())}
            </p>
        }
        .into_any()
    };

    view! {
        <section class="page page--projector">
            <h1 class="visually-hidden">{text!(i18n, ui.projector.title)}</h1>
            <div class="projector">{slide}</div>
            <nav class="projector__nav" aria-label=move || ui_str!(i18n.get_locale(), ui.projector.title)>
                <button type="button" class="button button--secondary" on:click=move |_| step(-1)>
                    "← "{text!(i18n, ui.projector.previous)}
                </button>
                <button type="button" class="button" on:click=move |_| step(1)>
                    {text!(i18n, ui.projector.next)}" →"
                </button>
                <a class="button button--secondary" href="/team">{text!(i18n, ui.projector.back)}</a>
            </nav>
            <p class="hint">{text!(i18n, ui.projector.keys)}</p>
        </section>
    }
}
