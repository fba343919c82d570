//! The team view: distributions, means and spread per statement and principle, the anonymity
//! threshold, and the order of the statements to talk about. Every number is worked by hand.

use tillit::domain::aggregate::{DEFAULT_MIN_GROUP, Distribution, team_view};
use tillit::domain::model::{Answer, Assessment, Participant};
use tillit::domain::{Content, Lang};

fn content() -> &'static Content {
    Content::get(Lang::Sv)
}

/// An assessment where participant `i` answered `answers[i]` (statement id, answer).
fn workshop(answers: &[&[(&str, Answer)]]) -> Assessment {
    let mut a = Assessment::default();
    for (i, given) in answers.iter().enumerate() {
        let id = format!("p{i}");
        a.participants.push(Participant {
            id: id.clone(),
            name: String::new(),
        });
        for (statement, answer) in given.iter() {
            a.set_answer(&id, statement, Some(*answer));
        }
    }
    a
}

const fn s(n: u8) -> Answer {
    Answer::Score(n)
}
const DK: Answer = Answer::DontKnow;

#[test]
fn a_distribution_counts_each_answer_and_its_mean_and_spread_are_those_worked_by_hand() {
    let mut d = Distribution::default();
    for a in [s(1), s(3), s(5), s(5), DK] {
        d.add(a);
    }
    assert_eq!(d.counts, [1, 0, 1, 0, 2]);
    assert_eq!((d.dont_know, d.scored(), d.answered()), (1, 4, 5));
    // (1 + 3 + 5 + 5) / 4 = 3.5; deviations −2.5, −0.5, 1.5, 1.5: squares 6.25 + 0.25 + 2.25 + 2.25
    // = 11 over 4 = 2.75, and √2.75 ≈ 1.6583.
    assert_eq!(d.mean(), Some(3.5));
    assert!((d.spread().unwrap() - 2.75f64.sqrt()).abs() < 1e-12);
}

#[test]
fn agreement_has_no_spread_and_no_scores_have_neither_mean_nor_spread() {
    let mut same = Distribution::default();
    same.add(s(4));
    same.add(s(4));
    assert_eq!(same.spread(), Some(0.0));
    let mut none = Distribution::default();
    none.add(DK);
    assert_eq!((none.mean(), none.spread()), (None, None));
}

#[test]
fn statements_and_principles_are_pooled_over_the_participants() {
    let a = workshop(&[
        &[("tillit.1", s(1)), ("tillit.2", s(4))],
        &[("tillit.1", s(5)), ("tillit.2", s(4))],
        &[("tillit.1", s(3)), ("tillit.2", DK)],
    ]);
    let view = team_view(content(), &a, 3);
    assert_eq!(view.respondents, 3);
    let t1 = view.statement("tillit.1").unwrap();
    assert_eq!(t1.distribution.counts, [1, 0, 1, 0, 1]);
    assert!(t1.shown);
    assert_eq!(t1.distribution.mean(), Some(3.0));
    // tillit.2 was scored by two only (the third "vet ej"): its mean would be theirs, so it is
    // not shown, and the principle is pooled over tillit.1 alone.
    assert!(!view.statement("tillit.2").unwrap().shown);
    let tillit = &view.principles[0];
    assert_eq!(tillit.participants, 3);
    assert_eq!(tillit.distribution.counts, [1, 0, 1, 0, 1]);
    assert_eq!(tillit.distribution.dont_know, 0);
    assert_eq!(tillit.distribution.mean(), Some(3.0));
    // With a threshold of two, both are shown and pooled: (1 + 5 + 3 + 4 + 4) / 5 = 3.4.
    let two = team_view(content(), &a, 2);
    assert_eq!(two.principles[0].distribution.counts, [1, 0, 1, 2, 1]);
    assert_eq!(two.principles[0].distribution.dont_know, 1);
    assert!((two.principles[0].distribution.mean().unwrap() - 3.4).abs() < 1e-12);
}

#[test]
fn fewer_answers_than_the_threshold_are_not_shown() {
    let a = workshop(&[
        &[("tillit.1", s(2)), ("stod.1", s(2))],
        &[("tillit.1", s(4))],
        &[("tillit.1", DK)],
    ]);
    let view = team_view(content(), &a, DEFAULT_MIN_GROUP);
    // Three answered tillit.1, but only two gave a score: its mean would be made of two.
    // One answered stod.1.
    assert!(!view.statement("tillit.1").unwrap().shown);
    assert!(!view.statement("stod.1").unwrap().shown);
    assert!(
        !view.principles[0].shown,
        "nothing of it shown, so no principle figure either"
    );
    // Three "vet ej" tell nothing about anyone's score: shown.
    let unsure = workshop(&[&[("tillit.1", DK)], &[("tillit.1", DK)], &[("tillit.1", DK)]]);
    assert!(team_view(content(), &unsure, 3).statement("tillit.1").unwrap().shown);
    let stod = view.principles.iter().find(|p| p.principle == "stod").unwrap();
    assert_eq!(stod.participants, 1);
    assert!(!stod.shown);
    // With the threshold raised to four, nothing is shown at all.
    let strict = team_view(content(), &a, 4);
    assert!(strict.principles.iter().all(|p| !p.shown));
    assert!(strict.principles.iter().flat_map(|p| &p.statements).all(|s| !s.shown));
    assert!(strict.discussion().is_empty());
    // A threshold of 0 is taken as 1: a single answer is then shown.
    assert!(team_view(content(), &a, 0).statement("stod.1").unwrap().shown);
}

#[test]
fn the_statements_disagreed_on_most_come_first() {
    let a = workshop(&[
        // tillit.1: 1, 5, 3 → spread √(8/3) ≈ 1.63
        // tillit.2: 4, 4, 4 → 0: agreement is not a discussion question
        // stod.1:   2, 3, 2 → √(2/9) ≈ 0.47
        // stod.2:   1, 5, – → only two answers: below the threshold, left out
        // oppenhet.1: 5, 1, 5 → √(32/9) ≈ 1.89
        // kunskap.1: 2, 4, DK → two scores: below the threshold, left out
        &[
            ("tillit.1", s(1)),
            ("tillit.2", s(4)),
            ("stod.1", s(2)),
            ("stod.2", s(1)),
            ("oppenhet.1", s(5)),
            ("kunskap.1", s(2)),
        ],
        &[
            ("tillit.1", s(5)),
            ("tillit.2", s(4)),
            ("stod.1", s(3)),
            ("stod.2", s(5)),
            ("oppenhet.1", s(1)),
            ("kunskap.1", s(4)),
        ],
        &[
            ("tillit.1", s(3)),
            ("tillit.2", s(4)),
            ("stod.1", s(2)),
            ("oppenhet.1", s(5)),
            ("kunskap.1", DK),
        ],
    ]);
    let view = team_view(content(), &a, 3);
    let order: Vec<&str> = view.discussion().iter().map(|s| s.statement.as_str()).collect();
    assert_eq!(order, ["oppenhet.1", "tillit.1", "stod.1"]);
    let spread = view.statement("oppenhet.1").unwrap().distribution.spread().unwrap();
    assert!((spread - (32.0f64 / 9.0).sqrt()).abs() < 1e-12);
}

#[test]
fn equal_spreads_keep_the_order_of_the_content() {
    let a = workshop(&[
        &[("oppenhet.1", s(2)), ("tillit.3", s(2))],
        &[("oppenhet.1", s(4)), ("tillit.3", s(4))],
        &[("oppenhet.1", s(3)), ("tillit.3", s(3))],
    ]);
    let order: Vec<String> = team_view(content(), &a, 3)
        .discussion()
        .iter()
        .map(|s| s.statement.clone())
        .collect();
    assert_eq!(order, ["tillit.3", "oppenhet.1"]);
}

#[test]
fn participants_who_answered_nothing_are_not_respondents() {
    let mut a = workshop(&[&[("tillit.1", s(3))], &[]]);
    assert_eq!(team_view(content(), &a, 3).respondents, 1);
    a.set_note("p1", "tillit", "Vi behöver prata om detta");
    assert_eq!(team_view(content(), &a, 3).respondents, 2);
}
