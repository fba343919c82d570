//! The radar chart of the seven principles, drawn as inline SVG: one axis per principle from
//! 0 at the centre to 5 at the edge, rings at 1–5, and the team's scores joined as a polygon.

use crate::domain::{Lang, format};
use leptos::prelude::*;

const RADIUS: f64 = 120.0;
const LABEL_GAP: f64 = 16.0;
const MAX: f64 = 5.0;

fn point(i: usize, n: usize, r: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n as f64;
    // The browser's own sine and cosine: the wasm then carries no copy of them.
    (r * js_sys::Math::cos(angle), r * js_sys::Math::sin(angle))
}

/// `names` and `values` go together, one per axis; a missing value is drawn at the centre and
/// its label says there is no score.
#[component]
pub fn Radar(
    names: Vec<String>,
    values: Vec<Option<f64>>,
    lang: Lang,
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(into)] no_score: String,
    /// An earlier round's values, drawn as a dashed outline under this round's shape.
    #[prop(default = None)]
    previous: Option<Vec<Option<f64>>>,
    /// Names of this round and the earlier one, for the legend shown with `previous`.
    #[prop(optional)]
    legend: Option<(String, String)>,
) -> impl IntoView {
    let n = names.len();
    let rings = (1..=5)
        .map(|level| {
            let r = RADIUS * f64::from(level) / MAX;
            view! { <polygon class="radar__ring" points=format::points((0..n).map(|i| point(i, n, r)))></polygon> }
        })
        .collect_view();
    let axes = (0..n)
        .map(|i| {
            let (x, y) = point(i, n, RADIUS);
            view! { <line class="radar__axis" x1="0" y1="0" x2=format::coordinate(x) y2=format::coordinate(y)></line> }
        })
        .collect_view();
    let outline = |values: &[Option<f64>]| {
        format::points(
            values
                .iter()
                .enumerate()
                .map(|(i, v)| point(i, n, RADIUS * v.unwrap_or(0.0) / MAX)),
        )
    };
    let shape = outline(&values);
    let earlier = previous.as_deref().map(|p| {
        view! { <polygon class="radar__previous" points=outline(p)></polygon> }
    });
    let key = previous.is_some().then_some(legend).flatten().map(|(now, before)| {
        view! {
            <g class="radar__legend" transform="translate(-275 -150)">
                <line class="radar__shape-key" x1="0" y1="0" x2="24" y2="0"></line>
                <text x="30" y="5">{now}</text>
                <line class="radar__previous-key" x1="0" y1="20" x2="24" y2="20"></line>
                <text x="30" y="25">{before}</text>
            </g>
        }
    });
    let dots = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .map(|(i, v)| {
            let (x, y) = point(i, n, RADIUS * v / MAX);
            view! { <circle class="radar__dot" cx=format::coordinate(x) cy=format::coordinate(y) r="4"></circle> }
        })
        .collect_view();
    let labels = names
        .iter()
        .zip(&values)
        .enumerate()
        .map(|(i, (name, value))| {
            let (x, y) = point(i, n, RADIUS + LABEL_GAP);
            let anchor = if x > 5.0 {
                "start"
            } else if x < -5.0 {
                "end"
            } else {
                "middle"
            };
            let dy = if y < -RADIUS * 0.9 {
                -18.0
            } else if y > RADIUS * 0.5 {
                10.0
            } else {
                -4.0
            };
            let shown = value.map_or_else(|| no_score.clone(), |v| format::decimal(v, 1, lang));
            view! {
                <text class="radar__label" x=format::coordinate(x) y=format::coordinate(y + dy) text-anchor=anchor>
                    <tspan class="radar__name">{name.clone()}</tspan>
                    <tspan class="radar__value" x=format::coordinate(x) dy="17">{shown}</tspan>
                </text>
            }
        })
        .collect_view();
    view! {
        <svg
            class="radar"
            viewBox="-280 -165 560 340"
            role="img"
            aria-labelledby="radar-title radar-desc"
        >
            <title id="radar-title">{title}</title>
            <desc id="radar-desc">{description}</desc>
            <g aria-hidden="true">
                {rings}
                {axes}
                {earlier}
                <polygon class="radar__shape" points=shape></polygon>
                {dots}
                {labels}
                {key}
            </g>
        </svg>
    }
}
