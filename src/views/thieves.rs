//! The time-thief audit: the team's thieves ranked by net loss with totals, delete with undo,
//! starter examples to add with one click, and the rates the arithmetic uses.

use crate::app::{Store, download, file_name_part, new_id, use_lang};
use crate::components::When;
use crate::components::figures::{self, Assumptions, Figures, WonBack, need_text, passed_text, use_audit};
use crate::components::{Field, NoRound, PageHeading, labels};
use crate::domain::audit::{
    ANNUAL_HOURS, Audit, HOURLY_COST, MONTHLY_SALARY, PAYROLL_PERCENT, Rates, TimeThief, parse_number,
};
use crate::domain::export::{ThiefLabels, thieves_csv};
use crate::domain::limits::Bounds;
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn Thieves() -> impl IntoView {
    let download_csv = move || {
        let lang = crate::app::use_lang().get_untracked();
        let Some((audit, unit, date)) = expect_context::<Store>().with_untracked(|d| {
            d.active_round()
                .map(|r| (r.audit.clone(), r.unit.clone(), r.date.clone()))
        }) else {
            return;
        };
        let labels = ThiefLabels {
            header: [
                ui_str!(lang, ui.audit.f_title),
                ui_str!(lang, ui.audit.f_description),
                ui_str!(lang, ui.audit.f_category),
                ui_str!(lang, ui.audit.f_minutes),
                ui_str!(lang, ui.audit.f_occurrences),
                ui_str!(lang, ui.audit.f_per),
                ui_str!(lang, ui.audit.csv_times_year),
                ui_str!(lang, ui.audit.f_people),
                ui_str!(lang, ui.audit.csv_hours),
                ui_str!(lang, ui.audit.csv_posts),
                ui_str!(lang, ui.audit.csv_kronor),
                ui_str!(lang, ui.audit.csv_need),
                ui_str!(lang, ui.audit.csv_needed),
                ui_str!(lang, ui.audit.csv_lost_hours),
                ui_str!(lang, ui.audit.csv_loss),
                ui_str!(lang, ui.audit.csv_status),
                ui_str!(lang, ui.audit.f_remover),
                ui_str!(lang, ui.audit.f_remedy),
            ],
            category: &|c| labels::category(lang, c),
            per: &|p| labels::per(lang, p),
            need: &|n| labels::need(lang, n),
            status: &|s| labels::status(lang, s),
            remover: &|r| labels::remover(lang, r),
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
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.audit.title).to_string()) />
            <p class="lead">{text!(i18n, ui.audit.lead)}</p>
            <When
                when=move || has_round.get()
                fallback=move || view! { <NoRound message=Signal::derive(move || ui_str!(i18n.get_locale(), ui.audit.no_round).to_string()) /> }
            >
                <ThiefList audit />
                <WonBack />
                <Starters />
                <RatesForm />
                <p class="button-row no-print">
                    <a class="button" href="/plan">{text!(i18n, ui.audit.next_plan)}" →"</a>
                    <button type="button" class="button button--secondary" on:click=move |_| download_csv()>
                        {text!(i18n, ui.audit.csv)}
                    </button>
                </p>
            </When>
        </section>
    }
}

#[component]
fn ThiefList(audit: Memo<Option<Audit>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let today = crate::app::today();
    // The last deleted thief and where it stood, for "undo".
    let removed = RwSignal::new(None::<(usize, TimeThief)>);

    let delete = move |id: String| {
        store.update_round(|round| {
            if let Some(i) = round.audit.thieves.iter().position(|t| t.id == id) {
                let thief = round.audit.thieves.remove(i);
                removed.set(Some((i, thief)));
            }
        })
    };
    let undo = move |_| {
        if let Some((i, thief)) = removed.get_untracked() {
            store.update_round(|round| {
                let at = i.min(round.audit.thieves.len());
                round.audit.thieves.insert(at, thief.clone());
            });
            removed.set(None);
        }
    };

    move || {
        let lang = lang.get();
        let Some(audit) = audit.get() else {
            return ().into_any();
        };
        let total = Figures::of(&audit.total(), lang);
        let pass_on = audit.to_pass_on().iter().map(|(_, list)| list.len()).sum::<usize>();
        let mut rank = 0;
        let items = audit
            .ranked()
            .into_iter()
            .map(|(t, cost)| {
                let counted = t.counted(&audit.rates).is_some();
                if counted {
                    rank += 1;
                }
                let f = Figures::of(&cost, lang);
                let id = t.id.clone();
                let title = t.title.clone();
                let remover = t.removable_by;
                let note = if !t.is_current() {
                    Some(("removed", ui_str!(lang, ui.audit.removed_note).to_string()))
                } else if !t.is_thief(&audit.rates) {
                    Some(("not-thief", ui_str!(lang, ui.audit.not_thief).to_string()))
                } else if t.carried {
                    Some(("carried", ui_str!(lang, ui.audit.carried_note).to_string()))
                } else {
                    passed_text(lang, t, &today).map(|p| ("passed", p))
                };
                let edit_label = if t.carried {
                    text!(i18n, ui.audit.reestimate).into_any()
                } else {
                    text!(i18n, ui.audit.edit).into_any()
                };
                view! {
                    <li class="thief" class:thief--uncounted=!counted data-thief=t.id.clone() data-status=t.status.key()>
                        <span class="thief__rank" aria-hidden="true">{counted.then_some(rank)}</span>
                        <div class="thief__body">
                            <h3 class="thief__title">{t.title.clone()}</h3>
                            <p class="thief__meta">
                                {labels::category(lang, t.category)}" · "{figures::how_often(i18n, t, lang)}" · "
                                {need_text(lang, t)}" · "{labels::status(lang, t.status)}
                            </p>
                            {note.map(|(kind, text)| view! { <p class="thief__note" data-note=kind>{text}</p> })}
                            <dl class="figures">
                                <div><dt>{text!(i18n, ui.audit.hours)}</dt><dd data-figure="hours">{f.hours}</dd></div>
                                <div><dt>{text!(i18n, ui.audit.posts)}</dt><dd data-figure="posts">{f.posts}</dd></div>
                                <div><dt>{text!(i18n, ui.audit.cost)}</dt><dd data-figure="kronor">{fill!(i18n, ui.audit.kr, amount = move || f.kronor.clone())}</dd></div>
                                <div><dt>{text!(i18n, ui.audit.loss)}</dt><dd data-figure="loss">{fill!(i18n, ui.audit.kr, amount = move || f.loss.clone())}</dd></div>
                            </dl>
                            <p class="thief__remover">
                                {fill!(i18n, ui.audit.removable_by, who = move || labels::remover(i18n.get_locale(), remover))}
                            </p>
                            <div class="button-row">
                                <a class="button button--secondary" href=format!("/tidstjuvar/{}", t.id)>
                                    {edit_label}<span class="visually-hidden">" "{title.clone()}</span>
                                </a>
                                <button type="button" class="link-button link-button--danger" on:click=move |_| delete(id.clone())>
                                    {text!(i18n, ui.audit.delete)}<span class="visually-hidden">" "{title.clone()}</span>
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
                <h2 id="totals-title">{text!(i18n, ui.audit.total_title)}</h2>
                <p class="totals__time" data-testid="total-time">
                    {if total.one_hour {
                        fill!(i18n, ui.audit.total_time_one, hours = move || total.hours.clone(), posts = move || total.posts.clone()).into_any()
                    } else {
                        fill!(i18n, ui.audit.total_time, hours = move || total.hours.clone(), posts = move || total.posts.clone()).into_any()
                    }}
                </p>
                <p data-testid="total-money">
                    {fill!(i18n, ui.audit.total_money, kronor = move || total.kronor.clone(), loss = move || total.loss.clone())}
                </p>
                <Assumptions audit=audit.clone() />
                <div class="button-row">
                    <a class="button" href="/tidstjuvar/ny">{text!(i18n, ui.audit.add)}</a>
                    <a class="button button--secondary" href="/tidstjuvar/vidare">
                        {fill!(i18n, ui.audit.pass_on_link, count = move || pass_on)}
                    </a>
                </div>
            </section>
            {move || removed.get().map(|(_, t)| view! {
                <div class="notice notice--info" role="status">
                    <span>{fill!(i18n, ui.audit.deleted, title = move || t.title.clone())}</span>" "
                    <button type="button" class="button button--secondary" on:click=undo>{text!(i18n, ui.audit.undo)}</button>
                </div>
            })}
            <h2>{text!(i18n, ui.audit.list_title)}</h2>
            {if empty {
                view! { <p>{text!(i18n, ui.audit.empty)}</p> }.into_any()
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
    // The example opens as the form of a new thief, all but the benefit filled in: it joins the
    // list once the team has judged it and saved.
    let add = move |index: usize| {
        let lang = lang.get_untracked();
        let draft = Content::get(lang).starters()[index].to_draft(lang);
        let id = new_id("thief");
        store.update_round(|round| {
            round.audit.drafts.insert(id.clone(), draft.clone());
        });
        router.navigate(&format!("/tidstjuvar/{id}"));
    };
    view! {
        <section class="starters" aria-labelledby="starters-title">
            <h2 id="starters-title">{text!(i18n, ui.audit.starters_title)}</h2>
            <p>{text!(i18n, ui.audit.starters_intro)}</p>
            <ul class="starters__list">
                {move || {
                    Content::get(lang.get()).starters().iter().enumerate().map(move |(i, s)| {
                        let title = s.thief.title.clone();
                        view! {
                            <li class="card starter">
                                <h3>{s.thief.title.clone()}</h3>
                                <p>{s.thief.description.clone()}</p>
                                <button type="button" class="button button--secondary" on:click=move |_| add(i)>
                                    {text!(i18n, ui.audit.starter_add)}<span class="visually-hidden">" "{title.clone()}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
        </section>
    }
}

/// Annual working time, monthly salary, payroll costs and an optional hourly cost of the
/// team's own; saved when every field holds a valid number (the hourly cost may be empty).
#[component]
fn RatesForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let rates = store.with_untracked(|d| d.active_round().map(|r| r.audit.rates).unwrap_or_default());
    let l = lang.get_untracked();
    let annual = RwSignal::new(format::editable(rates.annual_hours, l));
    let salary = RwSignal::new(format::editable(rates.monthly_salary, l));
    let percent = RwSignal::new(format::editable(rates.payroll_percent, l));
    let own = RwSignal::new(rates.hourly_cost.map(|h| format::editable(h, l)).unwrap_or_default());
    // The optional field may be empty; every other must hold a number its bounds accept.
    let checked =
        |text: &str, bounds: Bounds, optional: bool| -> Result<Option<f64>, crate::domain::audit::FieldError> {
            if optional && text.trim().is_empty() {
                return Ok(None);
            }
            parse_number(text).and_then(|n| bounds.check(n)).map(Some)
        };
    let current = move || -> Option<Rates> {
        Some(Rates {
            annual_hours: checked(&annual.get(), ANNUAL_HOURS, false).ok()??,
            monthly_salary: checked(&salary.get(), MONTHLY_SALARY, false).ok()??,
            payroll_percent: checked(&percent.get(), PAYROLL_PERCENT, false).ok()??,
            hourly_cost: checked(&own.get(), HOURLY_COST, true).ok()?,
        })
    };
    let save = move || {
        if let Some(rates) = current() {
            store.update_round(|round| round.audit.rates = rates);
        }
    };
    let in_force = move || {
        let rates = current().or_else(|| store.with(|d| d.active_round().map(|r| r.audit.rates)))?;
        let hourly = format::amount(rates.hourly(), lang.get());
        Some(fill!(i18n, ui.audit.hourly_in_force, hourly = move || hourly.clone()))
    };
    let field = move |id: &'static str,
                      value: RwSignal<String>,
                      bounds: Bounds,
                      optional: bool,
                      label: ViewFn,
                      hint: ViewFn| {
        let error = move || checked(&value.get(), bounds, optional).err();
        view! {
            <Field id label hint inputmode="decimal"
                invalid=move || error().is_some()
                error=move || error().map(|e| figures::error_text(i18n, lang.get(), e))
                value on_input=move |v| { value.set(v); save(); } />
        }
    };
    view! {
        <section class="card rates" aria-labelledby="rates-title">
            <h2 id="rates-title">{text!(i18n, ui.audit.rates_title)}</h2>
            <div class="rates__fields">
                {field("annual-hours", annual, ANNUAL_HOURS, false, ViewFn::from(move || text!(i18n, ui.audit.annual_hours)), ViewFn::from(move || text!(i18n, ui.audit.annual_hours_hint)))}
                {field("monthly-salary", salary, MONTHLY_SALARY, false, ViewFn::from(move || text!(i18n, ui.audit.monthly_salary)), ViewFn::from(move || text!(i18n, ui.audit.monthly_salary_hint)))}
                {field("payroll-percent", percent, PAYROLL_PERCENT, false, ViewFn::from(move || text!(i18n, ui.audit.payroll_percent)), ViewFn::from(move || text!(i18n, ui.audit.payroll_percent_hint)))}
                {field("hourly-cost", own, HOURLY_COST, true, ViewFn::from(move || text!(i18n, ui.audit.hourly_cost)), ViewFn::from(move || text!(i18n, ui.audit.hourly_cost_hint)))}
            </div>
            <p class="rates__in-force" data-testid="hourly-in-force" aria-live="polite">{in_force}</p>
            <h3>{text!(i18n, ui.audit.formula_title)}</h3>
            <ul class="formula">
                <li>{text!(i18n, ui.audit.formula_hours)}</li>
                <li>{text!(i18n, ui.audit.formula_posts)}</li>
                <li>{text!(i18n, ui.audit.formula_cost)}</li>
                <li>{text!(i18n, ui.audit.formula_loss)}</li>
            </ul>
        </section>
    }
}
