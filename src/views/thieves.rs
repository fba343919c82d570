//! The time-thief audit: the team's thieves ranked by net loss with totals, delete with undo,
//! starter examples to add with one click, and the rates the arithmetic uses.

use crate::app::{Store, download, file_name_part, new_id, use_lang};
use crate::components::{NoRound, PageHeading, labels};
use crate::domain::audit::{ANNUAL_HOURS, Audit, Cost, HOURLY_COST, Rates, Remover, TimeThief, parse_number};
use crate::domain::export::{ThiefLabels, thieves_csv};
use crate::domain::limits::Bounds;
use crate::domain::{Content, Lang, format};
use crate::i18n::*;
use leptos::prelude::*;

/// The figures of a cost as the interface shows them.
pub struct Figures {
    pub hours: String,
    /// The hours come to one: "1 timme", not "1 timmar".
    pub one_hour: bool,
    pub posts: String,
    pub kronor: String,
    pub loss: String,
}

impl Figures {
    pub fn of(c: &Cost, lang: Lang) -> Self {
        let hours = format::whole(c.hours_per_year, lang);
        Figures {
            one_hour: hours == "1",
            hours,
            posts: format::decimal(c.full_time, 2, lang),
            kronor: format::whole(c.kronor, lang),
            loss: format::whole(c.net_loss, lang),
        }
    }
}

/// Which sentence of a thief's or a group's figures.
#[derive(Clone, Copy)]
pub enum FiguresText {
    /// "≈ 64 timmar om året (0,04 heltidstjänster), ≈ 22 313 kr om året."
    Each,
    /// The same, "Sammanlagt …".
    Total,
}

/// The figures as a sentence, "1 timme" or "64 timmar" as the hours come to.
pub fn figures_text(i18n: leptos_i18n::I18nContext<Locale>, f: Figures, which: FiguresText) -> AnyView {
    let Figures {
        hours,
        one_hour,
        posts,
        kronor,
        ..
    } = f;
    let (h, p, k) = (move || hours.clone(), move || posts.clone(), move || kronor.clone());
    match (which, one_hour) {
        (FiguresText::Each, false) => t!(i18n, ui.audit.preview, hours = h, posts = p, kronor = k).into_any(),
        (FiguresText::Each, true) => t!(i18n, ui.audit.preview_one, hours = h, posts = p, kronor = k).into_any(),
        (FiguresText::Total, false) => t!(i18n, ui.audit.pass_group_total, hours = h, posts = p, kronor = k).into_any(),
        (FiguresText::Total, true) => {
            t!(i18n, ui.audit.pass_group_total_one, hours = h, posts = p, kronor = k).into_any()
        }
    }
}

/// The audit of the active round, if there is one.
pub fn use_audit(store: Store) -> Memo<Option<Audit>> {
    Memo::new(move |_| store.with(|d| d.active_round().map(|r| r.audit.clone())))
}

#[component]
pub fn Thieves() -> impl IntoView {
    let download_csv = move || {
        let l = use_i18n().get_locale_untracked();
        let lang = crate::app::use_lang().get_untracked();
        let Some((audit, unit, date)) = expect_context::<Store>().with_untracked(|d| {
            d.active_round()
                .map(|r| (r.audit.clone(), r.unit.clone(), r.date.clone()))
        }) else {
            return;
        };
        let labels = ThiefLabels {
            header: [
                td_string!(l, ui.audit.f_title),
                td_string!(l, ui.audit.f_description),
                td_string!(l, ui.audit.f_category),
                td_string!(l, ui.audit.f_minutes),
                td_string!(l, ui.audit.f_occurrences),
                td_string!(l, ui.audit.f_per),
                td_string!(l, ui.audit.f_people),
                td_string!(l, ui.audit.csv_hours),
                td_string!(l, ui.audit.csv_posts),
                td_string!(l, ui.audit.csv_kronor),
                td_string!(l, ui.audit.f_benefit),
                td_string!(l, ui.audit.csv_loss),
                td_string!(l, ui.audit.f_remover),
                td_string!(l, ui.audit.f_remedy),
            ],
            category: &|c| labels::category(l, c),
            per: &|p| labels::per(l, p),
            benefit: &|b| labels::benefit(l, b),
            remover: &|r| labels::remover(l, r),
        };
        let name = format!("tidstjuvar-{}-{date}.csv", file_name_part(&unit));
        download(&name, "text/csv;charset=utf-8", &thieves_csv(&audit, &labels, lang));
    };
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let audit = use_audit(store);
    let has_round = Memo::new(move |_| audit.with(Option::is_some));
    view! {
        <section class="page page--thieves">
            <PageHeading text=Signal::derive(move || t_string!(i18n, ui.audit.title).to_string()) />
            <p class="lead">{t!(i18n, ui.audit.lead)}</p>
            <Show
                when=move || has_round.get()
                fallback=move || view! { <NoRound message=Signal::derive(move || t_string!(i18n, ui.audit.no_round).to_string()) /> }
            >
                <ThiefList audit />
                <Starters />
                <RatesForm />
                <p class="button-row no-print">
                    <a class="button" href="/plan">{t!(i18n, ui.audit.next_plan)}" →"</a>
                    <button type="button" class="button button--secondary" on:click=move |_| download_csv()>
                        {t!(i18n, ui.audit.csv)}
                    </button>
                </p>
            </Show>
        </section>
    }
}

#[component]
fn ThiefList(audit: Memo<Option<Audit>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    // The last deleted thief and where it stood, for "undo".
    let removed = RwSignal::new(None::<(usize, TimeThief)>);

    let delete = move |id: String| {
        store.update(|d| {
            if let Some(round) = d.active_round_mut()
                && let Some(i) = round.audit.thieves.iter().position(|t| t.id == id)
            {
                let thief = round.audit.thieves.remove(i);
                removed.set(Some((i, thief)));
            }
        })
    };
    let undo = move |_| {
        if let Some((i, thief)) = removed.get_untracked() {
            store.update(|d| {
                if let Some(round) = d.active_round_mut() {
                    let at = i.min(round.audit.thieves.len());
                    round.audit.thieves.insert(at, thief);
                }
            });
            removed.set(None);
        }
    };

    move || {
        let lang = lang.get();
        let locale = i18n.get_locale();
        let Some(audit) = audit.get() else {
            return ().into_any();
        };
        let total = Figures::of(&audit.total(), lang);
        let pass_on = audit.thieves.iter().filter(|t| t.removable_by != Remover::Unit).count();
        let items = audit
            .ranked()
            .into_iter()
            .enumerate()
            .map(|(rank, (t, cost))| {
                let f = Figures::of(&cost, lang);
                let id = t.id.clone();
                let title = t.title.clone();
                let (minutes, occurrences) = (format::amount(t.minutes, lang), format::amount(t.occurrences, lang));
                let (per, remover) = (t.per, t.removable_by);
                let people = format::amount(f64::from(t.people), lang);
                let how = if t.people == 1 {
                    t!(
                        i18n, ui.audit.how_often_one,
                        minutes = move || minutes.clone(),
                        occurrences = move || occurrences.clone(),
                        per = move || labels::per(i18n.get_locale(), per)
                    )
                    .into_any()
                } else {
                    t!(
                        i18n, ui.audit.how_often,
                        minutes = move || minutes.clone(),
                        occurrences = move || occurrences.clone(),
                        per = move || labels::per(i18n.get_locale(), per),
                        people = move || people.clone()
                    )
                    .into_any()
                };
                view! {
                    <li class="thief" data-thief=t.id.clone()>
                        <span class="thief__rank" aria-hidden="true">{rank + 1}</span>
                        <div class="thief__body">
                            <h3 class="thief__title">{t.title.clone()}</h3>
                            <p class="thief__meta">
                                {labels::category(locale, t.category)}" · "{how}" · "{labels::benefit(locale, t.benefit)}
                            </p>
                            <dl class="figures">
                                <div><dt>{t!(i18n, ui.audit.hours)}</dt><dd data-figure="hours">{f.hours}</dd></div>
                                <div><dt>{t!(i18n, ui.audit.posts)}</dt><dd data-figure="posts">{f.posts}</dd></div>
                                <div><dt>{t!(i18n, ui.audit.cost)}</dt><dd data-figure="kronor">{t!(i18n, ui.audit.kr, amount = move || f.kronor.clone())}</dd></div>
                                <div><dt>{t!(i18n, ui.audit.loss)}</dt><dd data-figure="loss">{t!(i18n, ui.audit.kr, amount = move || f.loss.clone())}</dd></div>
                            </dl>
                            <p class="thief__remover">
                                {t!(i18n, ui.audit.removable_by, who = move || labels::remover(i18n.get_locale(), remover))}
                            </p>
                            <div class="button-row">
                                <a class="button button--secondary" href=format!("/tidstjuvar/{}", t.id)>
                                    {t!(i18n, ui.audit.edit)}<span class="visually-hidden">" "{title.clone()}</span>
                                </a>
                                <button type="button" class="link-button link-button--danger" on:click=move |_| delete(id.clone())>
                                    {t!(i18n, ui.audit.delete)}<span class="visually-hidden">" "{title.clone()}</span>
                                </button>
                            </div>
                        </div>
                    </li>
                }
            })
            .collect_view();
        let empty = audit.thieves.is_empty();
        view! {
            <section class="card totals" aria-labelledby="totals-title">
                <h2 id="totals-title">{t!(i18n, ui.audit.total_title)}</h2>
                <p class="totals__time" data-testid="total-time">
                    {if total.one_hour {
                        t!(i18n, ui.audit.total_time_one, hours = move || total.hours.clone(), posts = move || total.posts.clone()).into_any()
                    } else {
                        t!(i18n, ui.audit.total_time, hours = move || total.hours.clone(), posts = move || total.posts.clone()).into_any()
                    }}
                </p>
                <p data-testid="total-money">
                    {t!(i18n, ui.audit.total_money, kronor = move || total.kronor.clone(), loss = move || total.loss.clone())}
                </p>
                <div class="button-row">
                    <a class="button" href="/tidstjuvar/ny">{t!(i18n, ui.audit.add)}</a>
                    <a class="button button--secondary" href="/tidstjuvar/vidare">
                        {t!(i18n, ui.audit.pass_on_link, count = move || pass_on)}
                    </a>
                </div>
            </section>
            {move || removed.get().map(|(_, t)| view! {
                <div class="notice notice--info" role="status">
                    <span>{t!(i18n, ui.audit.deleted, title = move || t.title.clone())}</span>" "
                    <button type="button" class="button button--secondary" on:click=undo>{t!(i18n, ui.audit.undo)}</button>
                </div>
            })}
            <h2>{t!(i18n, ui.audit.list_title)}</h2>
            {if empty {
                view! { <p>{t!(i18n, ui.audit.empty)}</p> }.into_any()
            } else {
                view! { <ol class="thieves">{items}</ol> }.into_any()
            }}
        }
        .into_any()
    }
}

/// The examples from the sources: one click adds one, then its form opens to adjust it.
#[component]
fn Starters() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let router = crate::app::use_router();
    let add = move |index: usize| {
        let starter = &Content::get(lang.get_untracked()).starters[index];
        let thief = starter.to_thief(new_id("thief"));
        let mut id = None;
        store.update(|d| {
            if let Some(round) = d.active_round_mut() {
                id = Some(round.audit.add_thief(thief));
            }
        });
        if let Some(id) = id {
            router.navigate(&format!("/tidstjuvar/{id}"));
        }
    };
    view! {
        <section class="starters" aria-labelledby="starters-title">
            <h2 id="starters-title">{t!(i18n, ui.audit.starters_title)}</h2>
            <p>{t!(i18n, ui.audit.starters_intro)}</p>
            <ul class="starters__list">
                {move || {
                    Content::get(lang.get()).starters.iter().enumerate().map(move |(i, s)| {
                        let title = s.thief.title.clone();
                        view! {
                            <li class="card starter">
                                <h3>{s.thief.title.clone()}</h3>
                                <p>{s.thief.description.clone()}</p>
                                <button type="button" class="button button--secondary" on:click=move |_| add(i)>
                                    {t!(i18n, ui.audit.starter_add)}<span class="visually-hidden">" "{title.clone()}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
        </section>
    }
}

/// Annual working time and hourly cost; saved when they are valid numbers.
#[component]
fn RatesForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let rates = store.with_untracked(|d| d.active_round().map(|r| r.audit.rates).unwrap_or_default());
    let annual = RwSignal::new(format::editable(rates.annual_hours, lang.get_untracked()));
    let cost = RwSignal::new(format::editable(rates.hourly_cost, lang.get_untracked()));
    let checked = |text: &str, bounds: Bounds| parse_number(text).and_then(|n| bounds.check(n));
    let valid = move |text: &str, bounds: Bounds| checked(text, bounds).ok();
    let save = move || {
        if let (Some(annual_hours), Some(hourly_cost)) = (
            valid(&annual.get_untracked(), ANNUAL_HOURS),
            valid(&cost.get_untracked(), HOURLY_COST),
        ) {
            store.update(|d| {
                if let Some(round) = d.active_round_mut() {
                    round.audit.rates = Rates {
                        annual_hours,
                        hourly_cost,
                    };
                }
            });
        }
    };
    let field = move |id: &'static str, value: RwSignal<String>, bounds: Bounds, label: AnyView, hint: AnyView| {
        let invalid = move || valid(&value.get(), bounds).is_none();
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described = {
            let (h, e) = (hint_id.clone(), error_id.clone());
            move || if invalid() { format!("{h} {e}") } else { h.clone() }
        };
        view! {
            <div class="field" class:field--invalid=invalid>
                <label for=id>{label}</label>
                <p class="hint" id=hint_id>{hint}</p>
                <Show when=invalid>
                    <p class="field__error" id=error_id.clone()>
                        {move || checked(&value.get(), bounds).err().map(|e| super::thief_form::error_text(i18n, lang.get(), e))}
                    </p>
                </Show>
                <input id=id type="text" inputmode="decimal" aria-invalid=move || invalid().to_string()
                    aria-describedby=described
                    prop:value=move || value.get()
                    on:input=move |ev| { value.set(event_target_value(&ev)); save(); } />
            </div>
        }
    };
    view! {
        <section class="card rates" aria-labelledby="rates-title">
            <h2 id="rates-title">{t!(i18n, ui.audit.rates_title)}</h2>
            <div class="rates__fields">
                {field("annual-hours", annual, ANNUAL_HOURS, t!(i18n, ui.audit.annual_hours).into_any(), t!(i18n, ui.audit.annual_hours_hint).into_any())}
                {field("hourly-cost", cost, HOURLY_COST, t!(i18n, ui.audit.hourly_cost).into_any(), t!(i18n, ui.audit.hourly_cost_hint).into_any())}
            </div>
            <h3>{t!(i18n, ui.audit.formula_title)}</h3>
            <ul class="formula">
                <li>{t!(i18n, ui.audit.formula_hours)}</li>
                <li>{t!(i18n, ui.audit.formula_posts)}</li>
                <li>{t!(i18n, ui.audit.formula_cost)}</li>
                <li>{t!(i18n, ui.audit.formula_loss)}</li>
            </ul>
        </section>
    }
}
