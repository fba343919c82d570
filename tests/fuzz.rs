//! Property tests: tens of thousands of generated malformed documents and response files are
//! thrown at the importer and the migrator. None may panic: each is either read (and then reads
//! back the same) or refused with an error, and an import never changes what was already here.
//! Every document that is read is sound: ids unique (rounds in the document; thieves,
//! participants and actions in their round) and every number finite and in its range.
//!
//! Each property runs `TILLIT_FUZZ_CASES` cases (5 000 by default, about 40 000 in all); for a
//! longer run: `TILLIT_FUZZ_CASES=200000 cargo test --release --test fuzz`.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::Value;
use std::collections::HashSet;
use tillit::domain::aggregate::MIN_GROUP;
use tillit::domain::audit::{
    ANNUAL_HOURS, HOURLY_COST, MINUTES, MONTHLY_SALARY, Need, OCCURRENCES, PAYROLL_PERCENT, PEOPLE,
};
use tillit::domain::plan::Reason;
use tillit::domain::response;
use tillit::store::transfer::import;
use tillit::store::{CURRENT_VERSION, Document, restore};

const FIXTURES: [&str; 5] = [
    include_str!("fixtures/v1.json"),
    include_str!("fixtures/v2.json"),
    include_str!("fixtures/v3.json"),
    include_str!("fixtures/v4.json"),
    include_str!("fixtures/v5.json"),
];

fn cases() -> u32 {
    std::env::var("TILLIT_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000)
}

/// The same inputs on every run, so that a run that passes passes again; another seed in
/// `TILLIT_FUZZ_SEED` tries others (a failure prints the input, to keep as a test of its own).
fn seed() -> u64 {
    std::env::var("TILLIT_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2026)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        rng_seed: RngSeed::Fixed(seed()),
        failure_persistence: None,
        ..Config::default()
    })
}

/// Reading `raw` either fails cleanly or gives a document that reads back the same, and
/// importing it leaves the rounds already here as they were.
fn check(raw: &str) -> Result<(), TestCaseError> {
    match restore(raw) {
        Ok(restored) => {
            sound(&restored.document)?;
            let again = restore(&restored.document.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&again.document, &restored.document);
        }
        Err(e) => prop_assert!(!e.to_string().is_empty()),
    }
    let mut here = restore(FIXTURES[4]).expect("the fixture reads").document;
    let before = here.rounds.clone();
    let _ = import(&mut here, raw);
    prop_assert_eq!(&here.rounds[..before.len()], &before[..]);
    let _ = response::parse(raw);
    Ok(())
}

/// What every document restore accepts holds to: round ids unique, the ids of thieves,
/// participants and actions unique within their round, and every number finite and in the range
/// the form accepts.
fn sound(doc: &Document) -> Result<(), TestCaseError> {
    fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
        let mut seen = HashSet::new();
        ids.into_iter().all(|id| seen.insert(id))
    }
    let fine = |n: f64, bounds: tillit::domain::limits::Bounds| bounds.check(n) == Ok(n);
    prop_assert!(unique(doc.rounds.iter().map(|r| r.id.as_str())));
    prop_assert!(fine(f64::from(doc.settings.min_group), MIN_GROUP));
    for round in &doc.rounds {
        prop_assert!(unique(round.audit.thieves.iter().map(|t| t.id.as_str())));
        prop_assert!(unique(round.assessment.participants.iter().map(|p| p.id.as_str())));
        prop_assert!(unique(round.plan.actions.iter().map(|a| a.id.as_str())));
        prop_assert!(fine(round.audit.rates.annual_hours, ANNUAL_HOURS));
        prop_assert!(fine(round.audit.rates.monthly_salary, MONTHLY_SALARY));
        prop_assert!(fine(round.audit.rates.payroll_percent, PAYROLL_PERCENT));
        prop_assert!(round.audit.rates.hourly_cost.is_none_or(|h| fine(h, HOURLY_COST)));
        for t in &round.audit.thieves {
            prop_assert!(fine(t.minutes, MINUTES) && fine(t.occurrences, OCCURRENCES));
            prop_assert!(fine(f64::from(t.people), PEOPLE));
            if let Need::Minutes(m) = t.need {
                prop_assert!((0.0..=t.minutes).contains(&m));
            }
            prop_assert!(t.role_hourly_cost.is_none_or(|h| fine(h, HOURLY_COST)));
        }
        prop_assert!(round.audit.total().kronor.is_finite());
        for reason in round.plan.actions.iter().flat_map(|a| &a.reasons) {
            match reason {
                Reason::WeakPrinciple { mean, .. } => prop_assert!((1.0..=5.0).contains(mean)),
                Reason::LowStatements { statements, .. } => {
                    prop_assert!(statements.iter().all(|(_, m)| (1.0..=5.0).contains(m)))
                }
                Reason::BigThief { net_loss, rank, .. } => {
                    prop_assert!(net_loss.is_finite() && *net_loss >= 0.0 && *rank >= 1)
                }
            }
        }
    }
    Ok(())
}

/// Any JSON value, nested a few levels.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[a-z_.0-9 -]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("dont_know"),
            Just("team"),
            Just("2026-11-24"),
            Just("week"),
            Just("stod.1")
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A version number as a document might carry it, good or bad.
fn version() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0..=u64::from(CURRENT_VERSION) + 2).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from("3")),
        Just(Value::from(1.5)),
        Just(Value::Null),
    ]
}

#[test]
fn arbitrary_text_never_panics() {
    runner()
        .run(&prop::string::string_regex("(?s).{0,200}").unwrap(), |raw| check(&raw))
        .unwrap();
}

#[test]
fn arbitrary_json_with_a_version_never_panics() {
    let doc = (version(), json(), json(), json()).prop_map(|(version, rounds, settings, active)| {
        let mut map = serde_json::Map::new();
        map.insert("version".into(), version);
        map.insert("rounds".into(), rounds);
        map.insert("settings".into(), settings);
        map.insert("active_round".into(), active);
        Value::Object(map).to_string()
    });
    runner().run(&doc, |raw| check(&raw)).unwrap();
}

#[test]
fn fixtures_cut_off_anywhere_never_panic() {
    let cut = (0..FIXTURES.len(), any::<prop::sample::Index>())
        .prop_map(|(f, at)| FIXTURES[f].as_bytes()[..at.index(FIXTURES[f].len() + 1)].to_vec());
    runner()
        .run(&cut, |bytes| check(&String::from_utf8_lossy(&bytes)))
        .unwrap();
}

#[test]
fn fixtures_with_bytes_flipped_inserted_or_removed_never_panic() {
    let edits = prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<u8>()), 1..8);
    let mutated = (0..FIXTURES.len(), edits).prop_map(|(f, edits)| {
        let mut bytes = FIXTURES[f].as_bytes().to_vec();
        for (at, kind, byte) in edits {
            let i = at.index(bytes.len().max(1));
            match kind {
                0 if i < bytes.len() => bytes[i] = byte,
                1 => bytes.insert(i.min(bytes.len()), byte),
                _ if i < bytes.len() => {
                    bytes.remove(i);
                }
                _ => {}
            }
        }
        bytes
    });
    runner()
        .run(&mutated, |bytes| check(&String::from_utf8_lossy(&bytes)))
        .unwrap();
}

/// Every path to a value inside `v`, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn fixtures_with_a_value_of_another_kind_anywhere_never_panic() {
    let parsed: Vec<(Value, Vec<String>)> = FIXTURES
        .iter()
        .map(|f| {
            let v: Value = serde_json::from_str(f).unwrap();
            let mut ps = Vec::new();
            pointers(&v, String::new(), &mut ps);
            (v, ps)
        })
        .collect();
    let replaced = (0..FIXTURES.len(), any::<prop::sample::Index>(), json()).prop_map(move |(f, at, new)| {
        let (doc, paths) = &parsed[f];
        let mut doc = doc.clone();
        if let Some(slot) = doc.pointer_mut(&paths[at.index(paths.len())]) {
            *slot = new;
        }
        doc.to_string()
    });
    runner().run(&replaced, |raw| check(&raw)).unwrap();
}

#[test]
fn response_files_of_any_shape_never_panic_and_merge_cleanly() {
    let file = (json(), json(), "[a-z0-9.-]{0,10}", prop::option::of(version())).prop_map(|(answers, notes, id, v)| {
        let mut map = serde_json::Map::new();
        map.insert("kind".into(), Value::from(response::KIND));
        if let Some(v) = v {
            map.insert("version".into(), v);
        }
        map.insert("id".into(), Value::from(id));
        map.insert("unit".into(), Value::from("U"));
        map.insert("date".into(), Value::from("2026-11-24"));
        map.insert("answers".into(), answers);
        map.insert("notes".into(), notes);
        Value::Object(map).to_string()
    });
    runner()
        .run(&file, |raw| {
            if let Ok(parsed) = response::parse(&raw) {
                let mut doc: Document = restore(FIXTURES[4]).unwrap().document;
                let round = doc.active_round_mut().unwrap();
                let before = round.assessment.participants.len();
                response::merge(round, parsed.clone());
                let after = round.assessment.participants.len();
                prop_assert!(after <= before + 1);
                // Read twice, counted once.
                prop_assert_eq!(response::merge(round, parsed), response::Merged::AlreadyHere);
                prop_assert_eq!(round.assessment.participants.len(), after);
            }
            Ok(())
        })
        .unwrap();
}

/// A number as a damaged or hand-edited file might hold it.
fn any_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<f64>()
            .prop_filter("JSON holds finite numbers", |f| f.is_finite())
            .prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u32..200).prop_map(Value::from),
        (-5.0f64..20_000.0).prop_map(Value::from),
        Just(Value::from(1e308)),
        Just(Value::from(0)),
    ]
}

#[test]
fn documents_with_copied_items_and_numbers_out_of_range_are_repaired_to_sound_ones() {
    let fixture: Value = serde_json::from_str(FIXTURES[4]).unwrap();
    // Each edit: which list to copy an item within (rounds; thieves, participants or actions of
    // a round), or which number to set, and where.
    let lists = ["", "/audit/thieves", "/assessment/participants", "/plan/actions"];
    let numbers = [
        "/audit/thieves/0/minutes",
        "/audit/thieves/0/occurrences",
        "/audit/thieves/0/people",
        "/audit/rates/annual_hours",
        "/audit/rates/hourly_cost",
        "/audit/rates/monthly_salary",
        "/audit/rates/payroll_percent",
        "/audit/thieves/0/need/minutes",
        "/plan/actions/0/reasons/0/net_loss",
        "/plan/actions/0/reasons/0/rank",
    ];
    let edits = prop::collection::vec(
        (0usize..2, 0..lists.len(), 0..numbers.len(), any_number(), any::<bool>()),
        1..10,
    );
    let docs = edits.prop_map(move |edits| {
        let mut doc = fixture.clone();
        for (round, list, number, value, copy) in edits {
            if copy {
                let path = if lists[list].is_empty() {
                    "/rounds".to_string()
                } else {
                    format!("/rounds/{round}{}", lists[list])
                };
                if let Some(items) = doc.pointer_mut(&path).and_then(Value::as_array_mut)
                    && let Some(first) = items.first().cloned()
                {
                    items.push(first);
                }
            } else if number == 0 && round == 0 {
                doc["settings"]["min_group"] = value;
            } else if let Some(slot) = doc.pointer_mut(&format!("/rounds/{round}{}", numbers[number])) {
                *slot = value;
            }
        }
        doc.to_string()
    });
    runner()
        .run(&docs, |raw| {
            let restored = restore(&raw).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            sound(&restored.document)?;
            check(&raw)
        })
        .unwrap();
}
