//! Scoring worked through by hand: means per statement and principle, the overall score,
//! and the edge cases (nothing answered, only "vet ej", several participants).

use tillit::domain::content::Files;
use tillit::domain::model::{Answer, Assessment, Participant};
use tillit::domain::scoring::score;
use tillit::domain::{Content, Lang};

/// Two principles: "a" with three statements, "b" with two.
fn content() -> Content {
    let statement = |id: &str| {
        format!(
            r#"{{"id": "{id}", "text": "Hos oss {id}", "source": {{"doc": "001", "lines": [1, 2], "quote": "q"}}}}"#
        )
    };
    let principle = |id: &str, statements: &[&str]| {
        let list: Vec<String> = statements.iter().map(|s| statement(s)).collect();
        format!(
            r#"{{"id": "{id}", "name": "{id}", "guiding": "g", "explanation": "e", "reflection": ["r"], "statements": [{}]}}"#,
            list.join(",")
        )
    };
    let json = format!(
        r#"{{"principles": [{}, {}]}}"#,
        principle("a", &["a.1", "a.2", "a.3"]),
        principle("b", &["b.1", "b.2"])
    );
    let sources = r#"{"sources": [{"id": "001", "file": "f", "title": "t", "publisher": "p", "date": "d"}]}"#;
    let files = Files {
        principles: &json,
        thieves: r#"{"starters": []}"#,
        actions: r#"{"principle_actions": [], "thief_actions": []}"#,
        sources,
    };
    Content::parse(Lang::Sv, files).unwrap()
}

fn team() -> Assessment {
    Assessment::with_participant(Participant {
        id: "team".into(),
        name: "Gruppen".into(),
    })
}

fn answer(a: &mut Assessment, who: &str, statement: &str, n: u8) {
    let answer = if n == 0 {
        Answer::DontKnow
    } else {
        Answer::score_of(n).unwrap()
    };
    a.set_answer(who, statement, Some(answer));
}

#[test]
fn nothing_answered_gives_no_scores() {
    let scores = score(&content(), &team());
    assert_eq!(scores.overall(), None);
    assert_eq!(scores.tally.expected, 5);
    assert_eq!(scores.tally.answered(), 0);
    for p in &scores.principles {
        assert_eq!(p.mean(), None);
        assert_eq!(p.tally.unanswered(), p.tally.expected);
    }
}

#[test]
fn principle_mean_is_the_mean_of_its_scored_statements() {
    let mut a = team();
    answer(&mut a, "team", "a.1", 4);
    answer(&mut a, "team", "a.2", 1);
    answer(&mut a, "team", "a.3", 0); // vet ej
    answer(&mut a, "team", "b.1", 5);
    let scores = score(&content(), &a);

    let pa = scores.principle("a").unwrap();
    assert_eq!(pa.mean(), Some(2.5)); // (4 + 1) / 2: "vet ej" is not a score
    assert_eq!((pa.tally.scored, pa.tally.dont_know, pa.tally.expected), (2, 1, 3));
    assert_eq!(pa.tally.unanswered(), 0);
    assert_eq!(pa.statements[2].tally.mean(), None);

    let pb = scores.principle("b").unwrap();
    assert_eq!(pb.mean(), Some(5.0));
    assert_eq!((pb.tally.scored, pb.tally.unanswered()), (1, 1));

    // Each principle weighs the same: (2.5 + 5) / 2.
    assert_eq!(scores.overall(), Some(3.75));
    assert_eq!(
        (scores.tally.scored, scores.tally.dont_know, scores.tally.expected),
        (3, 1, 5)
    );
}

#[test]
fn all_dont_know_gives_no_score_but_counts_as_answered() {
    let mut a = team();
    for s in ["a.1", "a.2", "a.3", "b.1", "b.2"] {
        answer(&mut a, "team", s, 0);
    }
    let scores = score(&content(), &a);
    assert_eq!(scores.overall(), None);
    assert_eq!(scores.tally.answered(), 5);
    assert_eq!(scores.tally.scored, 0);
    assert!(scores.principles.iter().all(|p| p.mean().is_none()));
}

#[test]
fn a_principle_without_scores_is_left_out_of_the_overall_score() {
    let mut a = team();
    answer(&mut a, "team", "a.1", 2);
    answer(&mut a, "team", "a.2", 3);
    answer(&mut a, "team", "b.1", 0);
    let scores = score(&content(), &a);
    assert_eq!(scores.principle("b").unwrap().mean(), None);
    assert_eq!(scores.overall(), Some(2.5));
}

#[test]
fn several_participants_are_pooled() {
    let mut a = team();
    a.participants.push(Participant {
        id: "p2".into(),
        name: "Kim".into(),
    });
    answer(&mut a, "team", "a.1", 5);
    answer(&mut a, "p2", "a.1", 2);
    answer(&mut a, "p2", "a.2", 3);
    let scores = score(&content(), &a);
    let pa = scores.principle("a").unwrap();
    assert_eq!(pa.tally.expected, 6); // 3 statements × 2 participants
    assert_eq!(pa.statements[0].tally.mean(), Some(3.5));
    assert_eq!(pa.mean(), Some(10.0 / 3.0));
}

#[test]
fn answers_to_statements_the_content_no_longer_has_are_kept_but_not_scored() {
    let mut a = team();
    answer(&mut a, "team", "a.1", 4);
    answer(&mut a, "team", "gone.1", 1);
    let scores = score(&content(), &a);
    assert_eq!(scores.overall(), Some(4.0));
    assert_eq!(a.answer("team", "gone.1"), Answer::score_of(1));
}

#[test]
fn clearing_an_answer_removes_it() {
    let mut a = team();
    answer(&mut a, "team", "a.1", 4);
    a.set_answer("team", "a.1", None);
    assert_eq!(a.answer("team", "a.1"), None);
    assert_eq!(score(&content(), &a).tally.answered(), 0);
}

#[test]
fn scores_are_only_one_to_five() {
    assert_eq!(Answer::score_of(0), None);
    assert_eq!(Answer::score_of(6), None);
    assert_eq!(Answer::all().count(), 6);
    assert_eq!(Answer::all().last(), Some(Answer::DontKnow));
}

#[test]
fn the_real_content_scores_every_statement() {
    let content = Content::get(Lang::Sv);
    let mut a = team();
    for p in &content.principles {
        for s in &p.statements {
            answer(&mut a, "team", &s.id, 3);
        }
    }
    let scores = score(content, &a);
    assert_eq!(scores.tally.scored as usize, content.statement_count());
    assert_eq!(scores.overall(), Some(3.0));
}

#[test]
fn the_low_statements_are_those_at_2_or_below_in_the_order_of_the_content() {
    let mut a = team();
    answer(&mut a, "team", "b.2", 1);
    answer(&mut a, "team", "a.1", 2);
    answer(&mut a, "team", "a.2", 3);
    answer(&mut a, "team", "a.3", 0);
    let content = content();
    let low = tillit::domain::scoring::low(&content, &score(&content, &a));
    let found: Vec<(&str, &str, f64)> = low
        .iter()
        .map(|l| (l.principle.as_str(), l.statement.as_str(), l.mean))
        .collect();
    assert_eq!(found, [("a", "Hos oss a.1", 2.0), ("b", "Hos oss b.2", 1.0)]);
}

#[test]
fn the_notes_are_everyones_without_names_in_the_order_of_the_principles() {
    let mut a = team();
    answer(&mut a, "team", "a.1", 3);
    a.add_participant(
        Participant {
            id: "p2".into(),
            name: "Kim".into(),
        },
        Some("p2"),
    );
    a.set_note("p2", "b", "Från Kim");
    a.set_note("team", "b", "Från gruppen");
    a.set_note("team", "a", "Om a");
    let notes = tillit::domain::scoring::notes(&content(), &a);
    let pairs: Vec<(&str, &str)> = notes.iter().map(|(p, n)| (p.as_str(), n.as_str())).collect();
    assert_eq!(pairs, [("a", "Om a"), ("b", "Från gruppen"), ("b", "Från Kim")]);
}

#[test]
fn removing_a_participant_takes_their_answers_and_their_turn() {
    use tillit::domain::model::Round;
    let mut round = Round::new(
        "r".into(),
        "Enheten".into(),
        "2026-01-01".into(),
        Participant {
            id: "team".into(),
            name: "Gruppen".into(),
        },
    );
    round.start_turn(Participant {
        id: "p1".into(),
        name: "Ali".into(),
    });
    round.assessment.set_answer("p1", "a.1", Answer::score_of(4));
    round.start_turn(Participant {
        id: "p2".into(),
        name: "Bo".into(),
    });
    round.assessment.set_answer("p2", "a.1", Answer::score_of(2));
    // Somebody else's turn stays.
    round.remove_participant("p1");
    assert_eq!(round.answering.as_deref(), Some("p2"));
    assert!(!round.assessment.participants.iter().any(|p| p.id == "p1"));
    assert_eq!(round.assessment.answer("p1", "a.1"), None);
    // The one whose turn it is: nobody's turn is on.
    round.remove_participant("p2");
    assert_eq!(round.answering, None);
    assert_eq!(round.assessment.answer("p2", "a.1"), None);
}

#[test]
fn a_participant_is_shown_by_name_or_else_by_their_place_in_the_round() {
    use tillit::domain::model::Round;
    let mut round = Round::new(
        "r".into(),
        "Enheten".into(),
        "2026-01-01".into(),
        Participant {
            id: "team".into(),
            name: "Gruppen".into(),
        },
    );
    round.start_turn(Participant {
        id: "p1".into(),
        name: "  ".into(),
    });
    round.assessment.set_answer("p1", "a.1", Answer::score_of(4));
    round.start_turn(Participant {
        id: "p2".into(),
        name: "Bo".into(),
    });
    assert_eq!(round.participant_label("p1", "Deltagare {n}"), "Deltagare 1");
    assert_eq!(round.participant_label("p2", "Deltagare {n}"), "Bo");
    assert_eq!(round.participant_label("x", "Deltagare {n}"), "Deltagare ?");
}
