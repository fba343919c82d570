//! "To pass on": the time thieves the unit cannot remove itself, grouped by who can, each group
//! with a message upwards that can be copied into an email or printed.

use crate::app::{Store, use_lang};
use crate::components::figures::{Figures, FiguresText, figures_text, passed_text, use_audit};
use crate::components::{Field, NoRound, PageHeading, labels};
use crate::domain::Lang;
use crate::domain::audit::{Cost, Remover, TimeThief};
use crate::domain::format::fill;
use crate::i18n::*;
use leptos::prelude::*;

/// The message to `who` about `thieves`, as plain text to copy into an email.
fn message(lang: Lang, unit: &str, date: &str, who: Remover, thieves: &[(TimeThief, Cost)]) -> String {
    let to = labels::remover_to(lang, who);
    let mut out = vec![
        fill(ui_str!(lang, ui.audit.msg_greeting), &[("who", to)]),
        String::new(),
        fill(ui_str!(lang, ui.audit.msg_intro), &[("unit", unit)]),
    ];
    for (i, (t, c)) in thieves.iter().enumerate() {
        let f = Figures::of(c, lang);
        out.push(String::new());
        out.push(format!("{}. {}", i + 1, t.title));
        if !t.description.is_empty() {
            out.push(format!("   {}", t.description));
        }
        let extent = [("hours", f.hours.as_str()), ("posts", &f.posts), ("kronor", &f.kronor)];
        let template = if f.one_hour {
            ui_str!(lang, ui.audit.msg_extent_one)
        } else {
            ui_str!(lang, ui.audit.msg_extent)
        };
        out.push(format!("   {}", fill(template, &extent)));
        if !t.remedy.is_empty() {
            out.push(format!(
                "   {}",
                fill(ui_str!(lang, ui.audit.msg_remedy), &[("remedy", &t.remedy)])
            ));
        }
    }
    let total = Figures::of(
        &thieves.iter().map(|(_, c)| *c).fold(Cost::default(), |a, b| a + b),
        lang,
    );
    out.push(String::new());
    let template = if total.one_hour {
        ui_str!(lang, ui.audit.msg_total_one)
    } else {
        ui_str!(lang, ui.audit.msg_total)
    };
    out.push(fill(template, &[("hours", &total.hours), ("kronor", &total.kronor)]));
    out.push(String::new());
    out.push(fill(
        ui_str!(lang, ui.audit.msg_closing),
        &[("unit", unit), ("date", date)],
    ));
    out.join("\n")
}

#[component]
pub fn PassOn() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let audit = use_audit(store);
    let round = Memo::new(move |_| store.with(|d| d.active_round().map(|r| (r.unit.clone(), r.date.clone()))));

    let groups = move || {
        let lang = lang.get();
        let audit = audit.get()?;
        let (unit, date) = round.get()?;
        let groups = audit
            .to_pass_on()
            .into_iter()
            .map(|(who, list)| {
                let owned: Vec<(TimeThief, Cost)> = list.into_iter().map(|(t, c)| (t.clone(), c)).collect();
                let text = message(lang, &unit, &date, who, &owned);
                view! { <Group who list=owned text /> }
            })
            .collect::<Vec<_>>();
        Some(if groups.is_empty() {
            view! { <p>{text!(i18n, ui.audit.pass_none)}</p> }.into_any()
        } else {
            groups.into_iter().collect_view().into_any()
        })
    };

    view! {
        <section class="page page--pass-on">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.audit.pass_title).to_string()) />
            <p class="lead">{text!(i18n, ui.audit.pass_lead)}</p>
            {move || groups().unwrap_or_else(|| view! { <NoRound message=move || ui_str!(i18n.get_locale(), ui.audit.no_round) /> }.into_any())}
            <div class="button-row no-print">
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{text!(i18n, ui.audit.print)}</button>
                <a class="button button--secondary" href="/tidstjuvar">{text!(i18n, ui.audit.back_to_list)}</a>
            </div>
        </section>
    }
}

#[component]
fn Group(who: Remover, list: Vec<(TimeThief, Cost)>, text: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let copied = RwSignal::new(None::<bool>);
    let key = who.key();
    let text = StoredValue::new(text);
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&text.get_value());
        leptos::task::spawn_local(async move {
            copied.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
        });
    };
    let total = list.iter().map(|(_, c)| *c).fold(Cost::default(), |a, b| a + b);
    let today = crate::app::today();
    let items = list
        .iter()
        .map(|(t, c)| {
            let f = Figures::of(c, lang.get_untracked());
            let passed = passed_text(i18n.get_locale_untracked(), t, &today);
            view! {
                <li data-thief=t.id.clone()>
                    <strong>{t.title.clone()}</strong>
                    <span class="pass-on__figures">
                        " — "{figures_text(i18n, f, FiguresText::Each)}
                    </span>
                    {passed.map(|p| view! { <span class="pass-on__request" data-testid="request">" "{p}</span> })}
                </li>
            }
        })
        .collect_view();
    let message_id = format!("message-{key}");
    view! {
        <section class="card pass-on" aria-labelledby=format!("pass-{key}") data-remover=key>
            <h2 id=format!("pass-{key}")>
                {fill!(i18n, ui.audit.pass_to, who = move || labels::remover_to(i18n.get_locale(), who))}
            </h2>
            <ol class="pass-on__list">{items}</ol>
            <p class="pass-on__total">
                {move || {
                    figures_text(i18n, Figures::of(&total, lang.get()), FiguresText::Total)
                }}
            </p>
            <Field id=message_id label=move || fill!(i18n, ui.audit.message_label, who = move || labels::remover_to(i18n.get_locale(), who))
                rows=12 readonly=true class="pass-on__message" value=text.get_value()>
                <pre class="pass-on__print" aria-hidden="true">{text.get_value()}</pre>
            </Field>
            <div class="button-row no-print">
                <button type="button" class="button" on:click=copy>{text!(i18n, ui.audit.copy)}</button>
                <span role="status">
                    {move || copied.get().map(|ok| if ok {
                        ui_str!(i18n.get_locale(), ui.audit.copied)
                    } else {
                        ui_str!(i18n.get_locale(), ui.audit.copy_failed)
                    })}
                </span>
            </div>
        </section>
    }
}
