//! How many chose each answer, as bars with the count written beside each: the numbers carry
//! the meaning, the bars only show it at a glance.

use crate::domain::aggregate::Distribution;
use crate::domain::format;
use leptos::prelude::*;

/// `dont_know` is the label of "vet ej" in the current language.
#[component]
pub fn DistributionBars(
    distribution: Distribution,
    #[prop(into)] label: String,
    #[prop(into)] dont_know: String,
) -> impl IntoView {
    let largest = distribution
        .counts
        .iter()
        .copied()
        .chain([distribution.dont_know])
        .max()
        .unwrap_or(0)
        .max(1);
    let rows: Vec<(String, u32)> = (1..=5u8)
        .map(|s| (s.to_string(), distribution.count(s)))
        .chain([(dont_know, distribution.dont_know)])
        .collect();
    view! {
        <ul class="dist" aria-label=label>
            {rows.into_iter().map(|(value, count)| {
                let width = f64::from(count) * 100.0 / f64::from(largest);
                view! {
                    <li class="dist__row">
                        <span class="dist__value">{value}</span>
                        <svg class="dist__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect x="0" y="0" height="10" width=format::coordinate(width)></rect>
                        </svg>
                        <span class="dist__count">{count}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
