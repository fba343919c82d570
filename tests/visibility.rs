//! The one rule for what of a round may be shown (`scoring::visible`), and every figure built on
//! it — over time, changes, the plan's reasons — keeping to it: in a workshop nothing is derived
//! from fewer people than the threshold.

use tillit::domain::audit::Audit;
use tillit::domain::history::{changes, lines};
use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::propose::propose;
use tillit::domain::scoring::{Visible, visible};
use tillit::domain::{Content, Lang};

fn content() -> &'static Content {
    Content::get(Lang::Sv)
}

/// A workshop round where each of `people` answered every statement with `score`, and person
/// 0 alone also answered `extra` with 1.
fn workshop(id: &str, people: usize, score: u8, extra: Option<&str>) -> Round {
    let mut round = Round::new(
        id.into(),
        "Enheten".into(),
        "2026-11-24".into(),
        Participant {
            id: "p0".into(),
            name: String::new(),
        },
    );
    round.workshop = true;
    for k in 0..people {
        let id = format!("p{k}");
        if k > 0 {
            round.assessment.participants.push(Participant {
                id: id.clone(),
                name: String::new(),
            });
        }
        for principle in &content().principles {
            for statement in principle.statements.iter().skip(1) {
                round.assessment.set_answer(&id, &statement.id, Answer::score_of(score));
            }
        }
    }
    if let Some(statement) = extra {
        round.assessment.set_answer("p0", statement, Answer::score_of(1));
    }
    round
}

#[test]
fn a_workshop_under_the_threshold_shows_no_figure_at_all() {
    for people in [1, 2] {
        let round = workshop("w", people, 2, None);
        let v = visible(content(), &round, 3);
        assert_eq!(
            v,
            Visible::TooFew {
                respondents: people as u32,
                min_group: 3
            }
        );
        assert_eq!(v.overall(), None);
        assert!(v.scores().is_none());
        assert!(v.means(content()).iter().all(Option::is_none));
        assert_eq!(v.means(content()).len(), 7);
    }
}

#[test]
fn at_the_threshold_principles_show_but_a_statement_answered_by_one_does_not() {
    let first = &content().principles[0].statements[0].id;
    let round = workshop("w", 3, 4, Some(first));
    let v = visible(content(), &round, 3);
    let scores = v.scores().expect("three answered");
    let tillit = &scores.principles[0];
    assert!(tillit.shown);
    assert!(!tillit.statements[0].shown, "one person's answer is not shown");
    assert_eq!(tillit.statements[0].mean(), None);
    assert_eq!(tillit.statements[1].mean(), Some(4.0));
    // The principle's score is over its shown statements only: otherwise the hidden answer
    // would follow from subtracting the shown ones.
    assert_eq!(tillit.mean(), Some(4.0));
    let shown: u32 = tillit
        .statements
        .iter()
        .filter(|s| s.shown)
        .map(|s| s.tally.answered())
        .sum();
    assert_eq!(tillit.tally.answered(), shown);
    // With a threshold of 4 the round shows nothing.
    assert!(visible(content(), &round, 4).scores().is_none());
}

#[test]
fn a_round_the_team_answers_together_is_shown_whole() {
    let mut round = workshop("t", 1, 5, None);
    round.workshop = false;
    let v = visible(content(), &round, 3);
    assert_eq!(v.overall(), Some(5.0));
}

#[test]
fn over_time_and_changes_leave_out_rounds_under_the_threshold() {
    let few = workshop("a", 2, 1, None);
    let enough = workshop("b", 3, 4, None);
    let lines = lines(content(), &[&few, &enough], 3);
    assert!(lines.iter().all(|l| l.means[0].is_none() && l.means[1] == Some(4.0)));
    let c = changes(content(), &few, &enough, 3);
    assert!(
        c.iter()
            .all(|c| c.before.is_none() && c.after == Some(4.0) && c.delta().is_none())
    );
}

#[test]
fn the_plan_gives_no_reason_made_of_too_few_answers() {
    let few = workshop("a", 2, 1, None);
    let proposals = propose(content(), &visible(content(), &few, 3), &Audit::default());
    assert!(proposals.is_empty(), "{proposals:?}");
    // The same answers from three people are weak enough to propose actions.
    let three = workshop("b", 3, 1, None);
    assert!(!propose(content(), &visible(content(), &three, 3), &Audit::default()).is_empty());
}

#[test]
fn a_mean_needs_as_many_scores_as_the_threshold_not_only_answers() {
    // Three answered the first statement, but two of them "vet ej": its mean would be the one
    // score given, so it is not shown, though the statement counts as answered by three.
    let first = content().principles[0].statements[0].id.clone();
    let mut round = workshop("w", 3, 4, None);
    round.assessment.set_answer("p0", &first, Answer::score_of(2));
    round.assessment.set_answer("p1", &first, Some(Answer::DontKnow));
    round.assessment.set_answer("p2", &first, Some(Answer::DontKnow));
    let v = visible(content(), &round, 3);
    let statement = &v.scores().unwrap().principles[0].statements[0];
    assert_eq!(statement.tally.answered(), 3);
    assert!(!statement.shown);
    assert_eq!(statement.mean(), None);
    assert_eq!(v.scores().unwrap().principles[0].mean(), Some(4.0));
}

#[test]
fn an_action_taken_in_earlier_tells_its_scores_only_while_the_round_may_show_them() {
    use tillit::domain::plan::Reason;
    use tillit::domain::propose::shown_reasons;
    let tillit = &content().principles[0];
    let reasons = vec![
        Reason::WeakPrinciple {
            principle: tillit.id.clone(),
            mean: 2.0,
        },
        Reason::LowStatements {
            principle: tillit.id.clone(),
            statements: vec![
                (tillit.statements[0].id.clone(), 1.0),
                (tillit.statements[1].id.clone(), 2.0),
            ],
        },
        Reason::BigThief {
            thief: "t".into(),
            title: "Form X".into(),
            net_loss: 1000.0,
            rank: 1,
        },
    ];
    // Two answered: only the time thief is told.
    let few = workshop("a", 2, 2, None);
    let shown = shown_reasons(&reasons, &visible(content(), &few, 3));
    assert!(matches!(&shown[..], [Reason::BigThief { .. }]), "{shown:?}");
    // Three answered, but the first statement by one only (see `workshop`: it is skipped): the
    // principle is told, and of the low statements only the second.
    let three = workshop("b", 3, 2, None);
    let shown = shown_reasons(&reasons, &visible(content(), &three, 3));
    assert_eq!(shown.len(), 3);
    let Reason::LowStatements { statements, .. } = &shown[1] else {
        panic!("{shown:?}")
    };
    assert_eq!(statements, &[(tillit.statements[1].id.clone(), 2.0)]);
}
