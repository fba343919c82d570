//! What a page shows of a workshop round where fewer than the threshold have answered: no
//! figure at all, and why (see `scoring::visible`).

use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn TooFew(respondents: u32, min_group: u32) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="card too-few" data-testid="too-few">
            <h2>{text!(i18n, ui.common.too_few_title)}</h2>
            <p>{fill!(i18n, ui.common.too_few_body, count = move || respondents, min = move || min_group)}</p>
        </div>
    }
}
