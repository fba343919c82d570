//! A line chart in inline SVG: one line per series across the rounds, on the answer scale from
//! 1 to 5. Each line has its own dash pattern and marker and is named at its end, so colour is
//! never the only way to tell them apart. The figures themselves go in a table beside it.

use crate::domain::{format, order};
use leptos::prelude::*;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 170.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// The least vertical distance between two names at the lines' ends.
const LABEL_GAP: f64 = 15.0;

fn x_of(i: usize, n: usize) -> f64 {
    let plot = WIDTH - LEFT - RIGHT;
    if n <= 1 {
        LEFT + plot / 2.0
    } else {
        LEFT + plot * i as f64 / (n - 1) as f64
    }
}

fn y_of(v: f64) -> f64 {
    TOP + (HEIGHT - TOP - BOTTOM) * (5.0 - v) / 4.0
}

/// A marker of its own for each of up to seven lines.
fn marker(kind: usize, x: f64, y: f64) -> AnyView {
    let class = format!("chart-line__marker chart-line--{kind}");
    match kind % 4 {
        0 => view! { <circle class=class cx=format::coordinate(x) cy=format::coordinate(y) r="4"></circle> }.into_any(),
        1 => view! { <rect class=class x=format::coordinate(x - 4.0) y=format::coordinate(y - 4.0) width="8" height="8"></rect> }.into_any(),
        2 => view! {
            <polygon class=class points=format::points([(x, y - 5.0), (x + 5.0, y + 4.0), (x - 5.0, y + 4.0)])></polygon>
        }.into_any(),
        _ => view! {
            <polygon class=class points=format::points([(x, y - 5.0), (x + 5.0, y), (x, y + 5.0), (x - 5.0, y)])></polygon>
        }.into_any(),
    }
}

/// Spreads the names at the lines' ends apart so that none overlap; keeps their order.
fn spread_labels(mut ys: Vec<(usize, f64)>) -> Vec<(usize, f64)> {
    order::sort_by(&mut ys, |a, b| a.1.total_cmp(&b.1));
    for i in 1..ys.len() {
        if ys[i].1 - ys[i - 1].1 < LABEL_GAP {
            ys[i].1 = ys[i - 1].1 + LABEL_GAP;
        }
    }
    ys
}

#[component]
pub fn LineChart(
    /// What is on the x axis, one per point (the rounds' dates).
    points: Vec<String>,
    /// The name of each line and its values, one per point; a missing value breaks the line.
    lines: Vec<(String, Vec<Option<f64>>)>,
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    #[prop(into)] id: String,
) -> impl IntoView {
    let n = points.len();
    let grid = (1..=5)
        .map(|v| {
            let y = y_of(f64::from(v));
            view! {
                <line class="chart-line__grid" x1=format::coordinate(LEFT) x2=format::coordinate(WIDTH - RIGHT) y1=format::coordinate(y) y2=format::coordinate(y)></line>
                <text class="chart-line__tick" x=format::coordinate(LEFT - 10.0) y=format::coordinate(y + 4.0) text-anchor="end">{v}</text>
            }
        })
        .collect_view();
    let x_labels = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <text class="chart-line__tick" x=format::coordinate(x_of(i, n)) y=format::coordinate(HEIGHT - BOTTOM + 20.0) text-anchor="middle">{p.clone()}</text>
            }
        })
        .collect_view();
    let mut ends = Vec::new();
    let drawn = lines
        .iter()
        .enumerate()
        .map(|(k, (_, values))| {
            // Runs of consecutive values, each drawn as its own polyline.
            let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
            for (i, v) in values.iter().enumerate() {
                match v {
                    Some(v) => runs.last_mut().expect("one run").push((x_of(i, n), y_of(*v))),
                    None => runs.push(Vec::new()),
                }
            }
            if let Some((i, v)) = values.iter().enumerate().rev().find_map(|(i, v)| v.map(|v| (i, v))) {
                ends.push((k, x_of(i, n), y_of(v)));
            }
            let polylines = runs
                .iter()
                .filter(|r| r.len() > 1)
                .map(|r| {
                    let pts = format::points(r.iter().copied());
                    view! { <polyline class=format!("chart-line__line chart-line--{k}") points=pts></polyline> }
                })
                .collect_view();
            let markers = runs.iter().flatten().map(|&(x, y)| marker(k, x, y)).collect_view();
            view! { <g>{polylines}{markers}</g> }
        })
        .collect_view();
    let label_x = WIDTH - RIGHT + 12.0;
    let placed = spread_labels(ends.iter().map(|&(k, _, y)| (k, y)).collect());
    let labels = placed
        .into_iter()
        .map(|(k, y)| {
            let (x_end, y_end) = ends.iter().find(|e| e.0 == k).map(|e| (e.1, e.2)).expect("placed from ends");
            view! {
                <line class="chart-line__leader" x1=format::coordinate(x_end + 6.0) y1=format::coordinate(y_end) x2=format::coordinate(label_x - 2.0) y2=format::coordinate(y)></line>
                <text class=format!("chart-line__name chart-line--{k}") x=format::coordinate(label_x) y=format::coordinate(y + 4.0)>{lines[k].0.clone()}</text>
            }
        })
        .collect_view();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <svg class="chart-line" viewBox=format!("0 0 {} {}", format::coordinate(WIDTH), format::coordinate(HEIGHT)) role="img"
            aria-labelledby=labelled_by>
            <title id=title_id>{title}</title>
            <desc id=desc_id>{description}</desc>
            <g aria-hidden="true">
                {grid}
                {x_labels}
                {drawn}
                {labels}
            </g>
        </svg>
    }
}
