//! Adding or editing a time thief. What is typed is kept in the document as a draft on every
//! keystroke, so a reload loses nothing; errors are shown at each field and summed up on top.

use crate::app::{Store, new_id, use_lang};
use crate::components::When;
use crate::components::figures::{Figures, FiguresText, error_text, figures_text, how_often_text};
use crate::components::{EnumSelect, Field, NoRound, NotFound, PageHeading, labels};
use crate::domain::audit::{
    Beneficiary, Category, Draft, DraftErrors, FieldError, NeedKind, Per, Remover, ThiefStatus,
};
use crate::domain::{Content, format, order};
use crate::i18n::*;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

const NEW: &str = "new";

/// The categories of a thief as (value, label).
fn category_options(l: Lang) -> Vec<(String, String)> {
    Category::ALL
        .into_iter()
        .map(|c| (c.key().to_string(), labels::category(l, c).to_string()))
        .collect()
}

/// How often a thief happens, after a first empty choice.
fn per_options(l: Lang) -> Vec<(String, String)> {
    let choose = (String::new(), ui_str!(l, ui.audit.f_per_choose).to_string());
    std::iter::once(choose)
        .chain(
            Per::ALL
                .into_iter()
                .map(|p| (p.key().to_string(), labels::per(l, p).to_string())),
        )
        .collect()
}

#[component]
pub fn ThiefForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let path = crate::app::use_router().path_signal();
    // `/tidstjuvar/ny` is a new thief, `/tidstjuvar/<id>` the thief with that id.
    let editing = Memo::new(move |_| {
        path.with(|p| {
            p.strip_prefix("/tidstjuvar/")
                .filter(|id| *id != "ny")
                .map(str::to_string)
        })
    });
    move || {
        let editing = editing.get();
        let key = editing.clone().unwrap_or_else(|| NEW.to_string());
        // Tracked: a change of language draws the form anew from the draft kept in the document.
        let lang = lang.get();
        let initial = store.with_untracked(|d| {
            let round = d.active_round()?;
            if let Some(draft) = round.audit.drafts.get(&key) {
                return Some(draft.clone());
            }
            match &editing {
                Some(id) => round.audit.thief(id).map(|t| Draft::from_thief(t, lang)),
                None => Some(Draft::new()),
            }
        });
        let has_round = store.with_untracked(|d| d.active_round().is_some());
        match initial {
            Some(draft) => view! { <Form key editing draft /> }.into_any(),
            // No round yet: a thief has nowhere to go, so the way to start one.
            None if !has_round => view! {
                <NoRound title=move || ui_str!(i18n.get_locale(), ui.audit.title) message=move || ui_str!(i18n.get_locale(), ui.audit.no_round) />
            }
            .into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

#[component]
fn Form(key: String, editing: Option<String>, draft: Draft) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let router = crate::app::use_router();
    let draft = RwSignal::new(draft);
    let key = StoredValue::new(key);
    let editing = StoredValue::new(editing);
    // A thief not in the round yet (a new one, or a starter example being adjusted) is new.
    let is_new = store.with_untracked(|d| {
        editing
            .get_value()
            .is_none_or(|id| d.active_round().is_none_or(|r| r.audit.thief(&id).is_none()))
    });
    // The estimate of the round before, for a thief carried over from it.
    let previous = store.with_untracked(|d| {
        let round = d.active_round()?;
        let thief = round.audit.thief(editing.get_value().as_deref()?)?;
        if !thief.carried {
            return None;
        }
        let before = crate::domain::history::previous(&d.rounds, round)?;
        let old = before.audit.thief(&thief.id)?;
        Some(format::fill(
            ui_str!(i18n.get_locale_untracked(), ui.audit.previous_estimate),
            &[
                ("date", &before.date),
                ("how", &how_often_text(lang.get_untracked(), old)),
            ],
        ))
    });
    let submitted = RwSignal::new(false);
    let summary = NodeRef::<leptos::html::Div>::new();
    // Each failed save asks for the error summary to take the focus, once it is on the page.
    let focus_summary = RwSignal::new(0u32);
    Effect::new(move |_| {
        if focus_summary.get() > 0
            && let Some(el) = summary.get()
        {
            let _ = el.focus();
        }
    });
    let rates = Memo::new(move |_| store.with(|d| d.active_round().map(|r| r.audit.rates).unwrap_or_default()));
    let errors = Memo::new(move |_| draft.with(|d| d.errors(&rates.get())));
    let shown = move || {
        if submitted.get() {
            errors.get()
        } else {
            DraftErrors::default()
        }
    };

    let edit = move |f: &dyn Fn(&mut Draft)| {
        draft.update(|d| f(d));
        let current = draft.get_untracked();
        store.update_round(|round| {
            round.audit.drafts.insert(key.get_value(), current.clone());
        });
    };

    let leave = move || router.navigate("/tidstjuvar");
    let submit = {
        move |ev: SubmitEvent| {
            ev.prevent_default();
            submitted.set(true);
            let editing = editing.get_value();
            let id = editing.clone().unwrap_or_else(|| new_id("thief"));
            match draft.get_untracked().to_thief(id, &rates.get_untracked()) {
                Ok(thief) => {
                    store.update_round(|round| {
                        if editing.is_some() {
                            round.audit.put_thief(thief.clone());
                        } else {
                            round.audit.add_thief(thief.clone());
                        }
                        round.audit.drafts.remove(&key.get_value());
                    });
                    leave();
                }
                Err(_) => focus_summary.update(|n| *n += 1),
            }
        }
    };
    let cancel = move |_| {
        store.update_round(|round| {
            round.audit.drafts.remove(&key.get_value());
        });
        leave();
    };

    let preview = move || {
        let cost = draft.with(|d| d.cost(&rates.get()))?;
        Some(figures_text(i18n, Figures::of(&cost, lang.get()), FiguresText::Each))
    };
    let times = move || {
        let n = draft.with(|d| d.times_a_year(&rates.get()))?;
        let text = format::amount((n * 10.0).round() / 10.0, lang.get());
        Some(if text == "1" {
            text!(i18n, ui.audit.times_a_year_one).into_any()
        } else {
            fill!(i18n, ui.audit.times_a_year, times = move || text.clone()).into_any()
        })
    };

    let title_text = move || {
        if is_new {
            ui_str!(i18n.get_locale(), ui.audit.form_new_title).to_string()
        } else {
            ui_str!(i18n.get_locale(), ui.audit.form_edit_title).to_string()
        }
    };

    // A field's state in the draft: invalid, its error, its value, and a change of it.
    let invalid =
        move |error: fn(&DraftErrors) -> Option<FieldError>| Signal::derive(move || error(&shown()).is_some());
    let error_view = move |error: fn(&DraftErrors) -> Option<FieldError>| {
        ViewFn::from(move || error(&shown()).map(|e| error_text(i18n, lang.get(), e)))
    };
    let value = move |get: fn(&Draft) -> String| Signal::derive(move || draft.with(get));
    let input = move |set: fn(&mut Draft, String)| Callback::new(move |v: String| edit(&|d| set(d, v.clone())));

    let summary_items = move || {
        let e = shown();
        let lang = lang.get();
        e.fields()
            .into_iter()
            .filter_map(|(id, err)| err.map(|err| (id, error_text(i18n, lang, err))))
            .map(|(id, text)| {
                view! {
                    <li><a href=format!("#{id}") on:click=move |ev| {
                        ev.prevent_default();
                        if let Some(el) = document().get_element_by_id(id) {
                            use wasm_bindgen::JsCast;
                            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                        }
                    }>{text}</a></li>
                }
            })
            .collect_view()
    };

    // A group of radio buttons (one choice) or checkboxes (any number): `selected` holds the
    // values chosen, `change` gets a value and whether it is now checked.
    let choices = move |input: &'static str,
                        name: &'static str,
                        legend: AnyView,
                        hint: Option<AnyView>,
                        options: Vec<(String, AnyView)>,
                        selected: Signal<Vec<String>>,
                        change: Callback<(String, bool)>,
                        error: Option<fn(&DraftErrors) -> Option<FieldError>>| {
        let error_of = move || error.and_then(|e| e(&shown()));
        let has_hint = hint.is_some();
        let options = options
            .into_iter()
            .map(|(value, label)| {
                let id = format!("{name}-{value}");
                let label_for = id.clone();
                let v = value.clone();
                let checked = {
                    let value = value.clone();
                    move || selected.with(|s| s.contains(&value))
                };
                view! {
                    <label class="choice" for=label_for>
                        <input type=input id=id name=name value=value.clone() prop:checked=checked
                            on:change=move |ev| change.run((v.clone(), event_target_checked(&ev))) />
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view();
        let described = move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(format!("{name}-hint"));
            }
            if error_of().is_some() {
                ids.push(format!("{name}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        view! {
            <fieldset class="field choices" class:field--invalid=move || error_of().is_some() aria-describedby=described>
                <legend>{legend}</legend>
                {hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{h}</p> })}
                {move || error_of().map(|e| view! { <p class="field__error" id=format!("{name}-error")>{error_text(i18n, lang.get(), e)}</p> })}
                <div class="choices__options">{options}</div>
            </fieldset>
        }
    };

    let locale = i18n.get_locale_untracked();
    let content = Content::get(lang.get_untracked());
    let wrong_role = move || draft.with(|d| d.category == Some(Category::OutsideRole));
    let part = move || draft.with(|d| d.need == Some(NeedKind::Part));
    let passed = move || draft.with(|d| d.status == Some(ThiefStatus::PassedOn));

    view! {
        <section class="page page--thief-form">
            <PageHeading text=Signal::derive(title_text) />
            <p class="hint">{text!(i18n, ui.audit.form_saved_hint)}</p>
            <When when=move || submitted.get() && !errors.get().is_empty()>
                <div class="error-summary" role="alert" tabindex="-1" node_ref=summary>
                    <h2>{text!(i18n, ui.audit.errors_title)}</h2>
                    <ul>{summary_items}</ul>
                </div>
            </When>
            <form class="form form--wide" on:submit=submit novalidate>
                {previous.map(|text| view! {
                    <div class="notice notice--info" data-testid="previous-estimate">
                        <p>{text!(i18n, ui.audit.f_status_carried)}</p>
                        <p>{text}</p>
                    </div>
                })}
                <Field id="f-title" label=move || text!(i18n, ui.audit.f_title) hint=move || text!(i18n, ui.audit.f_title_hint)
                    invalid=invalid(|e| e.title.clone()) error=error_view(|e| e.title.clone())
                    value=value(|d| d.title.clone()) on_input=input(|d, v| d.title = v) />
                <Field id="f-description" label=move || text!(i18n, ui.audit.f_description) rows=3
                    value=value(|d| d.description.clone()) on_input=input(|d, v| d.description = v) />
                <EnumSelect id="f-category" label=move || text!(i18n, ui.audit.f_category)
                    options=move || category_options(i18n.get_locale())
                    selected=move || draft.with(|d| d.category.map(|c| c.key().to_string()).unwrap_or_default())
                    on_change=Callback::new(move |v: String| {
                        let c = Category::ALL.into_iter().find(|c| c.key() == v);
                        edit(&|d| d.category = c)
                    }) />
                <div class="form__row">
                    <Field id="f-minutes" label=move || text!(i18n, ui.audit.f_minutes) hint=move || text!(i18n, ui.audit.f_minutes_hint) inputmode="decimal"
                        invalid=invalid(|e| e.minutes.clone()) error=error_view(|e| e.minutes.clone())
                        value=value(|d| d.minutes.clone()) on_input=input(|d, v| d.minutes = v) />
                    <Field id="f-occurrences" label=move || text!(i18n, ui.audit.f_occurrences) inputmode="decimal"
                        invalid=invalid(|e| e.occurrences.clone()) error=error_view(|e| e.occurrences.clone())
                        value=value(|d| d.occurrences.clone()) on_input=input(|d, v| d.occurrences = v) />
                    <EnumSelect id="f-per" label=move || text!(i18n, ui.audit.f_per)
                        invalid=invalid(|e| e.per.clone()) error=error_view(|e| e.per.clone())
                        options=move || per_options(i18n.get_locale())
                        selected=move || draft.with(|d| d.per.map(|p| p.key().to_string()).unwrap_or_default())
                        on_change=Callback::new(move |v: String| {
                            let p = Per::ALL.into_iter().find(|p| p.key() == v);
                            edit(&|d| d.per = p)
                        }) />
                    <Field id="f-people" label=move || text!(i18n, ui.audit.f_people) hint=move || text!(i18n, ui.audit.f_people_hint) inputmode="numeric"
                        invalid=invalid(|e| e.people.clone()) error=error_view(|e| e.people.clone())
                        value=value(|d| d.people.clone()) on_input=input(|d, v| d.people = v) />
                </div>
                <p class="preview" data-testid="times-a-year" aria-live="polite">{times}</p>
                <p class="preview" role="status" aria-live="polite">{preview}</p>
                {choices("radio", "f-need", text!(i18n, ui.audit.f_need).into_any(), Some(text!(i18n, ui.audit.f_need_hint).into_any()),
                    NeedKind::ALL.into_iter().map(|n| (n.key().to_string(), labels::need(locale, n).into_any())).collect(),
                    Signal::derive(move || draft.with(|d| d.need.map(|n| n.key().to_string()).into_iter().collect())),
                    Callback::new(move |(v, _): (String, bool)| { let n = NeedKind::ALL.into_iter().find(|n| n.key() == v); edit(&|d| d.need = n) }),
                    Some(|e: &DraftErrors| e.need.clone()))}
                <When when=part>
                    <Field id="f-needed" label=move || text!(i18n, ui.audit.f_needed) hint=move || text!(i18n, ui.audit.f_needed_hint) inputmode="decimal"
                        invalid=invalid(|e| e.needed.clone()) error=error_view(|e| e.needed.clone())
                        value=value(|d| d.needed.clone()) on_input=input(|d, v| d.needed = v) />
                </When>
                <When when=wrong_role>
                    <Field id="f-role-cost" label=move || text!(i18n, ui.audit.f_role_cost) hint=move || text!(i18n, ui.audit.f_role_cost_hint) inputmode="decimal"
                        invalid=invalid(|e| e.role_cost.clone()) error=error_view(|e| e.role_cost.clone())
                        value=value(|d| d.role_cost.clone()) on_input=input(|d, v| d.role_cost = v) />
                </When>
                {choices("checkbox", "f-beneficiaries", text!(i18n, ui.audit.f_beneficiaries).into_any(), None,
                    Beneficiary::ALL.into_iter().map(|b| (b.key().to_string(), labels::beneficiary(locale, b).into_any())).collect(),
                    Signal::derive(move || draft.with(|d| d.beneficiaries.iter().map(|b| b.key().to_string()).collect())),
                    Callback::new(move |(v, on): (String, bool)| {
                        let Some(b) = Beneficiary::ALL.into_iter().find(|b| b.key() == v) else { return };
                        edit(&|d| { d.beneficiaries.retain(|x| *x != b); if on { d.beneficiaries.push(b); order::sort_by_key(&mut d.beneficiaries, |x| Beneficiary::ALL.iter().position(|y| y == x)); } })
                    }), None)}
                {choices("radio", "f-remover", text!(i18n, ui.audit.f_remover).into_any(), None,
                    Remover::ALL.into_iter().map(|r| (r.key().to_string(), labels::remover(locale, r).into_any())).collect(),
                    Signal::derive(move || draft.with(|d| d.removable_by.map(|r| r.key().to_string()).into_iter().collect())),
                    Callback::new(move |(v, _): (String, bool)| { let r = Remover::ALL.into_iter().find(|r| r.key() == v); edit(&|d| d.removable_by = r) }), None)}
                {choices("checkbox", "f-principles", text!(i18n, ui.audit.f_principles).into_any(), None,
                    content.principles.iter().map(|p| (p.id.clone(), p.name.clone().into_any())).collect(),
                    Signal::derive(move || draft.with(|d| d.principles.clone())),
                    Callback::new(move |(v, on): (String, bool)| {
                        edit(&|d| {
                            d.principles.retain(|x| *x != v);
                            if on {
                                d.principles.push(v.clone());
                                let place = |id: &String| content.principle_index(id).unwrap_or(usize::MAX);
                                order::sort_by_key(&mut d.principles, place);
                            }
                        })
                    }), None)}
                <Field id="f-remedy" label=move || text!(i18n, ui.audit.f_remedy) rows=3
                    value=value(|d| d.remedy.clone()) on_input=input(|d, v| d.remedy = v) />
                {choices("radio", "f-status", text!(i18n, ui.audit.f_status).into_any(), None,
                    ThiefStatus::ALL.into_iter().map(|s| (s.key().to_string(), labels::status(locale, s).into_any())).collect(),
                    Signal::derive(move || draft.with(|d| d.status.map(|s| s.key().to_string()).into_iter().collect())),
                    Callback::new(move |(v, _): (String, bool)| { let s = ThiefStatus::ALL.into_iter().find(|s| s.key() == v); edit(&|d| d.status = s) }),
                    Some(|e: &DraftErrors| e.status.clone()))}
                <When when=passed>
                    <div class="form__row">
                        <Field id="f-passed-to" label=move || text!(i18n, ui.audit.f_passed_to)
                            invalid=invalid(|_| None) error=error_view(|_| None)
                            value=value(|d| d.passed_to.clone()) on_input=input(|d, v| d.passed_to = v) />
                        <Field id="f-passed-date" label=move || text!(i18n, ui.audit.f_passed_date)
                            invalid=invalid(|e| e.passed_date.clone()) error=error_view(|e| e.passed_date.clone())
                            value=value(|d| d.passed_date.clone()) on_input=input(|d, v| d.passed_date = v) />
                    </div>
                    <Field id="f-passed-answer" label=move || text!(i18n, ui.audit.f_passed_answer) rows=2
                        value=value(|d| d.passed_answer.clone()) on_input=input(|d, v| d.passed_answer = v) />
                </When>
                <div class="button-row">
                    <button type="submit" class="button button--large">{text!(i18n, ui.audit.save)}</button>
                    <button type="button" class="button button--secondary" on:click=cancel>{text!(i18n, ui.audit.cancel)}</button>
                </div>
            </form>
        </section>
    }
}
