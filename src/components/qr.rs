//! A QR code drawn as SVG, crisp at any size: on a projector, a phone or paper.

use crate::domain::join::qr;
use leptos::prelude::*;

/// The quiet zone around the code, in modules, that a camera needs to find it.
const QUIET: usize = 4;

#[component]
pub fn QrCode(#[prop(into)] text: String, #[prop(into)] label: String) -> impl IntoView {
    let Some((width, dark)) = qr(&text) else {
        return ().into_any();
    };
    // One path: a unit square per dark module.
    let mut path = String::with_capacity(dark.len() * 6);
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (x, y) = (i % width + QUIET, i / width + QUIET);
        path.push_str(&format!("M{x} {y}h1v1h-1z"));
    }
    let size = width + 2 * QUIET;
    view! {
        <svg class="qr" role="img" aria-label=label viewBox=format!("0 0 {size} {size}") shape-rendering="crispEdges">
            <rect width=size.to_string() height=size.to_string() fill="#fff"></rect>
            <path d=path fill="#000"></path>
        </svg>
    }
    .into_any()
}
