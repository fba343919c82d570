//! One statement to rate: a labelled radio group with the scale 1–5 and "vet ej", saved as soon
//! as an answer is chosen, and a way to take the answer back.

use crate::app::Store;
use crate::components::When;
use crate::domain::model::Answer;
use crate::i18n::*;
use leptos::prelude::*;

/// The stored and the `value` form of an answer.
fn answer_key(a: Answer) -> String {
    match a {
        Answer::Score(n) => n.to_string(),
        Answer::DontKnow => "vet-ej".to_string(),
    }
}

pub fn answer_label(locale: Lang, a: Answer) -> &'static str {
    match a {
        Answer::Score(1) => ui_str!(locale, ui.scale.s1),
        Answer::Score(2) => ui_str!(locale, ui.scale.s2),
        Answer::Score(3) => ui_str!(locale, ui.scale.s3),
        Answer::Score(4) => ui_str!(locale, ui.scale.s4),
        Answer::Score(_) => ui_str!(locale, ui.scale.s5),
        Answer::DontKnow => ui_str!(locale, ui.scale.dont_know),
    }
}

#[component]
pub fn StatementQuestion(id: String, text: String, number: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let statement = StoredValue::new(id.clone());
    let current = Memo::new(move |_| {
        store.with(|d| {
            let round = d.active_round()?;
            statement.with_value(|s| round.assessment.answer(round.answerer()?, s))
        })
    });
    let set = move |answer: Option<Answer>| {
        store.update_round(|round| {
            if let Some(participant) = round.answerer().map(str::to_string) {
                statement.with_value(|s| round.assessment.set_answer(&participant, s, answer));
            }
        })
    };
    let options = Answer::all()
        .map(|a| {
            let input_id = format!("{id}-{}", answer_key(a));
            let label_for = input_id.clone();
            let value = match a {
                Answer::Score(n) => n.to_string(),
                Answer::DontKnow => "?".to_string(),
            };
            view! {
                <label class="scale__option" class:scale__option--dont-know=a == Answer::DontKnow for=label_for>
                    <input
                        type="radio"
                        id=input_id
                        name=id.clone()
                        value=answer_key(a)
                        prop:checked=move || current.get() == Some(a)
                        on:change=move |_| set(Some(a))
                    />
                    <span class="scale__value" aria-hidden="true">{value}</span>
                    <span class="scale__text">
                        <span class="visually-hidden">{if let Answer::Score(n) = a { format!("{n} ") } else { String::new() }}</span>
                        {move || answer_label(i18n.get_locale(), a)}
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="statement" class:statement--answered=move || current.get().is_some()>
            <legend>
                <span class="statement__number">{number}". "</span>
                {text}
            </legend>
            <div class="scale">{options}</div>
            <When when=move || current.get().is_some()>
                <button type="button" class="link-button statement__clear" on:click=move |_| set(None)>
                    {text!(i18n, ui.step.clear)}
                </button>
            </When>
        </fieldset>
    }
}
