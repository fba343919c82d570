//! A small bar chart: one bar per point, labelled with its value, for a figure that changes
//! from round to round (the time won back). Negative values go below the baseline.

use crate::domain::format;
use leptos::prelude::*;

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 200.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 30.0;

#[component]
pub fn BarChart(
    /// What is under each bar (the rounds' dates).
    points: Vec<String>,
    /// Each bar's value, and its label as shown.
    values: Vec<(f64, String)>,
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(into)] id: String,
) -> impl IntoView {
    let n = points.len().max(1) as f64;
    let high = values.iter().map(|(v, _)| *v).fold(0.0, f64::max);
    let low = values.iter().map(|(v, _)| *v).fold(0.0, f64::min);
    let span = if high - low > 0.0 { high - low } else { 1.0 };
    let plot = HEIGHT - TOP - BOTTOM;
    let y_of = |v: f64| TOP + (high - v) / span * plot;
    let base = y_of(0.0);
    let slot = WIDTH / n;
    let bars = points
        .iter()
        .zip(&values)
        .enumerate()
        .map(|(i, (point, (value, label)))| {
            let x = slot * i as f64 + slot * 0.2;
            let w = slot * 0.6;
            let y = y_of(*value);
            let (top, height) = if y < base { (y, base - y) } else { (base, y - base) };
            let label_y = if *value >= 0.0 { top - 6.0 } else { top + height + 14.0 };
            view! {
                <rect class="chart-bar__bar" x=format::coordinate(x) y=format::coordinate(top) width=format::coordinate(w) height=format::coordinate(height)></rect>
                <text class="chart-bar__value" x=format::coordinate(x + w / 2.0) y=format::coordinate(label_y) text-anchor="middle">{label.clone()}</text>
                <text class="chart-bar__label" x=format::coordinate(x + w / 2.0) y=format::coordinate(HEIGHT - 8.0) text-anchor="middle">{point.clone()}</text>
            }
        })
        .collect_view();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled = format!("{title_id} {desc_id}");
    view! {
        <svg class="chart-bar" id=id viewBox=format!("0 0 {} {}", format::coordinate(WIDTH), format::coordinate(HEIGHT)) role="img"
            aria-labelledby=labelled>
            <title id=title_id>{title}</title>
            <desc id=desc_id>{description}</desc>
            <line class="chart-bar__base" x1="0" x2=format::coordinate(WIDTH) y1=format::coordinate(base) y2=format::coordinate(base)></line>
            {bars}
        </svg>
    }
}
