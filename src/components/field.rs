//! A labelled form field: the label, a hint, the error when there is one, and the control, with
//! the control described by its hint and error (`{id}-hint`, `{id}-error`) and marked invalid.
//! `Field` holds a text input, a textarea (`rows`) or a file input (`on_change`); `EnumSelect` a
//! select over a fixed list of (value, label) options.

use crate::components::When;
use leptos::ev::Event;
use leptos::prelude::*;

/// The ids that describe a control: its hint, and its error while it is invalid.
fn described(id: &str, hint: bool, invalid: bool) -> Option<String> {
    match (hint, invalid) {
        (true, true) => Some(format!("{id}-hint {id}-error")),
        (true, false) => Some(format!("{id}-hint")),
        (false, true) => Some(format!("{id}-error")),
        (false, false) => None,
    }
}

/// The field around a control: label, hint and error.
fn frame(
    id: String,
    class: &'static str,
    label: ViewFn,
    hint: Option<ViewFn>,
    invalid: Signal<bool>,
    error: Option<ViewFn>,
    control: AnyView,
) -> AnyView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class=class class:field--invalid=move || invalid.get()>
            <label for=id>{label.run()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h.run()}</p> })}
            {error.map(|e| view! {
                <When when=move || invalid.get()>
                    <p class="field__error" id=error_id.clone()>{e.run()}</p>
                </When>
            })}
            {control}
        </div>
    }
    .into_any()
}

/// A text (or date, number, file) input or a textarea with its label, hint and error.
#[component]
pub fn Field(
    /// The control's id; its hint and error are `{id}-hint` and `{id}-error`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: ViewFn,
    #[prop(optional, into)] hint: Option<ViewFn>,
    /// Whether the value is wrong now; a field without it has no `aria-invalid`.
    #[prop(optional, into)]
    invalid: Option<Signal<bool>>,
    /// What is wrong, shown while `invalid`.
    #[prop(optional, into)]
    error: Option<ViewFn>,
    /// The input's type ("text" unless told).
    #[prop(optional)]
    kind: Option<&'static str>,
    /// A textarea of this many rows instead of an input.
    #[prop(optional)]
    rows: Option<u32>,
    #[prop(optional, into)] value: Signal<String>,
    #[prop(optional, into)] on_input: Option<Callback<String>>,
    /// For a file input: called with the change event.
    #[prop(optional, into)]
    on_change: Option<Callback<Event>>,
    #[prop(optional)] node_ref: NodeRef<leptos::html::Input>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] spellcheck: Option<&'static str>,
    #[prop(optional)] accept: Option<&'static str>,
    #[prop(optional)] multiple: bool,
    #[prop(optional)] readonly: bool,
    /// The control's class.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The field's class ("field" unless told).
    #[prop(optional)]
    field_class: Option<&'static str>,
    #[prop(optional)] min: Option<&'static str>,
    #[prop(optional)] max: Option<&'static str>,
    #[prop(optional)] step: Option<&'static str>,
    /// What follows the control inside the field (a row of buttons).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let is_invalid = invalid.unwrap_or_default();
    let aria_invalid = invalid.map(|i| move || i.get().to_string());
    let describe = {
        let id = id.clone();
        move || described(&id, has_hint, is_invalid.get())
    };
    let input = move |ev: Event| {
        if let Some(f) = on_input {
            f.run(event_target_value(&ev));
        }
    };
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows class=class spellcheck=spellcheck autocomplete=autocomplete
                readonly=readonly aria-invalid=aria_invalid aria-describedby=describe
                prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any(),
        None => {
            let change = move |ev: Event| {
                if let Some(f) = on_change {
                    f.run(ev);
                }
            };
            view! {
                <input id=id.clone() type=kind.unwrap_or("text") class=class inputmode=inputmode
                    autocomplete=autocomplete accept=accept multiple=multiple readonly=readonly
                    min=min max=max step=step node_ref=node_ref
                    aria-invalid=aria_invalid aria-describedby=describe
                    prop:value=move || value.get() on:input=input on:change=change />
            }
            .into_any()
        }
    };
    let after = children.map(|c| c());
    let control = view! { {control}{after} }.into_any();
    frame(
        id,
        field_class.unwrap_or("field"),
        label,
        hint,
        is_invalid,
        error,
        control,
    )
}

/// A select over a fixed list of (value, label) options, with its label, hint and error.
#[component]
pub fn EnumSelect(
    #[prop(into)] id: String,
    #[prop(into)] label: ViewFn,
    /// The options as (value, label), in the interface language.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The value of the option chosen.
    #[prop(into)]
    selected: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional, into)] hint: Option<ViewFn>,
    #[prop(optional, into)] invalid: Option<Signal<bool>>,
    #[prop(optional, into)] error: Option<ViewFn>,
    /// The field's class ("field" unless told).
    #[prop(optional)]
    field_class: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let is_invalid = invalid.unwrap_or_default();
    let aria_invalid = invalid.map(|i| move || i.get().to_string());
    let describe = {
        let id = id.clone();
        move || described(&id, has_hint, is_invalid.get())
    };
    let control = view! {
        <select id=id.clone() aria-invalid=aria_invalid aria-describedby=describe
            on:change=move |ev| on_change.run(event_target_value(&ev))>
            {move || options.get().into_iter().map(|(value, label)| {
                let chosen = value.clone();
                view! { <option value=value selected=move || selected.with(|s| *s == chosen)>{label}</option> }
            }).collect_view()}
        </select>
    }
    .into_any();
    frame(
        id,
        field_class.unwrap_or("field"),
        label,
        hint,
        is_invalid,
        error,
        control,
    )
}

/// A checkbox with its label after it, and a hint under them.
#[component]
pub fn Check(
    #[prop(into)] id: String,
    #[prop(into)] label: ViewFn,
    #[prop(optional, into)] hint: Option<ViewFn>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field field--check">
            <input id=id.clone() type="checkbox" aria-describedby=described
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            <label for=id>{label.run()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h.run()}</p> })}
        </div>
    }
}
