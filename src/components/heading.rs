//! The page's `<h1>`: sets the document title, and takes the focus when the page changes so a
//! screen reader user hears where they arrived (but not on the first load).

use leptos::html::H1;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

static FIRST_PAGE: AtomicBool = AtomicBool::new(true);

#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let h1 = NodeRef::<H1>::new();
    Effect::new(move |_| {
        let text = text.get();
        document().set_title(&format!("{text} – Tillit"));
        if let Some(el) = h1.get()
            && !FIRST_PAGE.swap(false, Ordering::Relaxed)
        {
            let _ = el.focus();
        }
    });
    view! { <h1 tabindex="-1" node_ref=h1>{text}</h1> }
}
