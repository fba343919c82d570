//! A button for what cannot be undone: the first click only shows what will happen, with
//! "yes" and "cancel" beside it.

use crate::components::When;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn ConfirmButton(
    /// What the button does, e.g. "Radera den här omgången".
    #[prop(into)]
    label: Signal<String>,
    /// What will happen, shown before it does.
    #[prop(into)]
    consequence: Signal<String>,
    /// The button that does it, e.g. "Ja, radera".
    #[prop(into)]
    yes: Signal<String>,
    /// Classes of the first button.
    #[prop(default = "link-button link-button--danger")]
    class: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    view! {
        <When
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class=class on:click=move |_| asking.set(true)>{label}</button>
            }
        >
            <p class="confirm" role="group" aria-label=label>
                <span>{consequence}</span>
                <button type="button" class="button button--danger" on:click=move |_| {
                    asking.set(false);
                    on_confirm.run(());
                }>{yes}</button>
                <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                    {text!(i18n, ui.common.cancel)}
                </button>
            </p>
        </When>
    }
}
