//! Benchmarks of the domain core at the scale of years of use: scoring a round of 30
//! participants, scoring all 100 rounds, the team view, plan generation, and reading the whole
//! stored document back. `cargo bench --bench core` (part of `make bench`).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tillit::domain::aggregate::team_view;
use tillit::domain::propose::propose;
use tillit::domain::scoring::{score, visible};
use tillit::domain::{Content, Lang};
use tillit::store::restore;

#[path = "../examples/scale_document.rs"]
#[allow(dead_code)]
mod scale;

fn core(c: &mut Criterion) {
    let content = Content::get(Lang::Sv);
    let doc = scale::document(100, 30);
    let round = doc.rounds.last().expect("100 rounds");
    let json = doc.to_json();

    c.bench_function("score one round (30 participants)", |b| {
        b.iter(|| score(content, black_box(&round.assessment)))
    });
    c.bench_function("score all 100 rounds", |b| {
        b.iter(|| {
            for r in &doc.rounds {
                black_box(score(content, &r.assessment));
            }
        })
    });
    c.bench_function("team view (30 participants)", |b| {
        b.iter(|| team_view(content, black_box(&round.assessment), 3))
    });
    c.bench_function("plan generation (30 participants)", |b| {
        b.iter(|| propose(content, &visible(content, black_box(round), 3), &round.audit))
    });
    c.bench_function("restore the whole document", |b| {
        b.iter(|| restore(black_box(&json)).expect("reads"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = core
}
criterion_main!(benches);
