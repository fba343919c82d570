//! Shows its children while a condition holds, and the fallback, if any, while it does not:
//! Leptos's `Show`, compiled once for every use. `Show` is generic over its children and its
//! condition, so each of its uses compiled a copy of its own into the wasm.

use leptos::prelude::*;

#[component]
pub fn When(
    /// Followed through a memo: the children are drawn again only when it turns.
    #[prop(into)]
    when: Signal<bool>,
    #[prop(optional, into)] fallback: Option<ViewFn>,
    children: ChildrenFn,
) -> impl IntoView {
    let when = Memo::new(move |_| when.get());
    move || {
        if when.get() {
            children()
        } else {
            fallback.as_ref().map_or_else(|| ().into_any(), ViewFn::run)
        }
    }
}
