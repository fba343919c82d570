//! Two tabs: a change not yet written in one tab merged with what another tab saved, answer
//! by answer and item by item, from the document both started from.

use tillit::domain::model::{Answer, Participant, Round};
use tillit::store::Document;
use tillit::store::merge::merge;

fn base() -> Document {
    let mut doc = Document::default();
    let mut round = Round::new(
        "r1".into(),
        "Enheten".into(),
        "2026-11-24".into(),
        Participant {
            id: "team".into(),
            name: String::new(),
        },
    );
    round.assessment.set_answer("team", "s1", Answer::score_of(3));
    doc.rounds.push(round);
    doc.active_round = Some("r1".into());
    doc
}

fn answer(doc: &Document, statement: &str) -> Option<Answer> {
    doc.rounds[0].assessment.answer("team", statement)
}

fn set(doc: &mut Document, statement: &str, n: u8) {
    doc.rounds[0]
        .assessment
        .set_answer("team", statement, Answer::score_of(n));
}

#[test]
fn answers_to_different_statements_in_two_tabs_are_all_kept() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set(&mut mine, "s2", 4);
    set(&mut mine, "s4", 2);
    set(&mut theirs, "s3", 5);
    set(&mut theirs, "s5", 1);
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let doc = merged.document;
    let scores: Vec<_> = ["s1", "s2", "s3", "s4", "s5"].iter().map(|s| answer(&doc, s)).collect();
    assert_eq!(
        scores,
        [3, 4, 5, 2, 1].map(Answer::score_of).to_vec(),
        "every answer from both tabs"
    );
}

#[test]
fn the_same_answer_changed_differently_is_a_conflict_and_this_tab_wins() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set(&mut mine, "s1", 5);
    set(&mut theirs, "s1", 1);
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(answer(&merged.document, "s1"), Answer::score_of(5));
    assert_eq!(merged.conflicts.len(), 1);
    assert!(merged.conflicts[0].contains("s1"), "{:?}", merged.conflicts);
    // Both set it to the same: no conflict.
    let mut same = base.clone();
    set(&mut same, "s1", 5);
    assert!(merge(&base, &mine, &same).conflicts.is_empty());
}

#[test]
fn rounds_added_in_both_tabs_and_one_removed_in_another() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let mut second = base.rounds[0].clone();
    second.id = "r2".into();
    second.unit = "Mine".into();
    mine.rounds.push(second.clone());
    let mut third = second.clone();
    third.id = "r3".into();
    third.unit = "Theirs".into();
    theirs.rounds.push(third);
    let merged = merge(&base, &mine, &theirs).document;
    let ids: Vec<&str> = merged.rounds.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r3", "r2"]);

    // Removed in one tab, untouched in the other: removed.
    let mut removed = merged.clone();
    removed.rounds.retain(|r| r.id != "r3");
    let after = merge(&merged, &merged, &removed).document;
    assert!(after.rounds.iter().all(|r| r.id != "r3"));
    // Removed in one tab while answered in the other: the answer is not lost.
    let mut answered = merged.clone();
    answered.rounds[1]
        .assessment
        .set_answer("team", "s9", Answer::score_of(2));
    let kept = merge(&merged, &answered, &removed);
    assert!(kept.document.rounds.iter().any(|r| r.id == "r3"));
    assert_eq!(kept.conflicts.len(), 1);
}

#[test]
fn a_title_changed_in_one_tab_and_an_answer_in_the_other() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.rounds[0].unit = "Nytt namn".into();
    set(&mut theirs, "s2", 2);
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.document.rounds[0].unit, "Nytt namn");
    assert_eq!(answer(&merged.document, "s2"), Answer::score_of(2));
}
