//! Response files: one participant's answers from their own device, read into the
//! facilitator's round without ever counting anybody twice.

use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::response::{self, Merged, ResponseError};

fn round(id: &str) -> Round {
    Round::new(
        id.into(),
        "Socialtjänsten Nord".into(),
        "2026-11-24".into(),
        Participant {
            id: "team".into(),
            name: "Arbetslaget".into(),
        },
    )
}

/// A participant's own round, answered on their device, and the file they save from it.
fn answered_on_own_device(id: &str, name: &str, answers: &[(&str, u8)]) -> response::ResponseFile {
    let mut own = round(id);
    for (statement, n) in answers {
        own.assessment
            .set_answer("team", statement, Some(Answer::score_of(*n).unwrap()));
    }
    own.assessment.set_note("team", "tillit", "Mer tid till mötet");
    response::export(&own, "team", name)
}

#[test]
fn an_exported_file_reads_back_the_same() {
    let file = answered_on_own_device("own-1", " Ali ", &[("tillit.1", 4), ("stod.2", 2)]);
    assert_eq!(file.id, "own-1.team");
    assert_eq!(file.name, "Ali");
    let parsed = response::parse(&file.to_json()).unwrap();
    assert_eq!(parsed, file);
    assert_eq!(parsed.answers["stod.2"], Answer::Score(2));
}

#[test]
fn files_from_two_devices_become_two_participants_and_the_empty_team_gives_way() {
    let mut here = round("facilitator");
    let a = answered_on_own_device("own-1", "Ali", &[("tillit.1", 4)]);
    let b = answered_on_own_device("own-2", "", &[("tillit.1", 2)]);
    assert_eq!(response::merge(&mut here, a), Merged::Added);
    assert_eq!(response::merge(&mut here, b), Merged::Added);
    let ids: Vec<&str> = here.assessment.participants.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["own-1.team", "own-2.team"]);
    assert_eq!(here.assessment.participants[0].name, "Ali");
    assert_eq!(here.assessment.answer("own-2.team", "tillit.1"), Some(Answer::Score(2)));
    assert_eq!(here.assessment.note("own-1.team", "tillit"), "Mer tid till mötet");
}

#[test]
fn the_same_file_read_twice_is_counted_once() {
    let mut here = round("facilitator");
    let a = answered_on_own_device("own-1", "Ali", &[("tillit.1", 4)]);
    assert_eq!(response::merge(&mut here, a.clone()), Merged::Added);
    let after_first = here.clone();
    assert_eq!(response::merge(&mut here, a), Merged::AlreadyHere);
    assert_eq!(here, after_first);
}

#[test]
fn a_changed_file_from_the_same_participant_replaces_their_answers_in_place() {
    let mut here = round("facilitator");
    response::merge(
        &mut here,
        answered_on_own_device("own-1", "Ali", &[("tillit.1", 4), ("stod.1", 1)]),
    );
    response::merge(&mut here, answered_on_own_device("own-2", "Bo", &[("tillit.1", 3)]));
    let changed = answered_on_own_device("own-1", "Ali", &[("tillit.1", 5)]);
    assert_eq!(response::merge(&mut here, changed), Merged::Updated);
    assert_eq!(here.assessment.participants.len(), 2);
    assert_eq!(here.assessment.participants[0].id, "own-1.team");
    assert_eq!(here.assessment.answer("own-1.team", "tillit.1"), Some(Answer::Score(5)));
    assert_eq!(here.assessment.answer("own-1.team", "stod.1"), None);
}

#[test]
fn the_team_keeps_its_answers_when_files_come_in() {
    let mut here = round("facilitator");
    here.assessment.set_answer("team", "tillit.1", Some(Answer::Score(3)));
    response::merge(&mut here, answered_on_own_device("own-1", "", &[("tillit.1", 4)]));
    assert_eq!(here.assessment.participants.len(), 2);
}

#[test]
fn whoever_is_answering_on_this_device_is_kept_before_they_have_answered() {
    let mut here = round("facilitator");
    here.assessment.add_participant(
        Participant {
            id: "p-1".into(),
            name: String::new(),
        },
        None,
    );
    here.answering = Some("p-1".into());
    response::merge(&mut here, answered_on_own_device("own-1", "", &[("tillit.1", 4)]));
    let ids: Vec<&str> = here.assessment.participants.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p-1", "own-1.team"]);
}

#[test]
fn files_that_are_not_response_files_are_refused_with_the_reason() {
    type Expected = fn(&ResponseError) -> bool;
    let cases: [(&str, Expected); 7] = [
        ("{\"kind\": \"tillit-respo", |e| {
            matches!(e, ResponseError::NotJson { line: 1, .. })
        }),
        ("{\"version\": 4, \"rounds\": []}", |e| {
            *e == ResponseError::NotAResponse
        }),
        ("{\"kind\": \"tillit-response\", \"version\": 0}", |e| {
            *e == ResponseError::NotAResponse
        }),
        ("{\"kind\": \"tillit-response\", \"version\": 7}", |e| {
            *e == ResponseError::TooNew { found: 7 }
        }),
        (
            r#"{"kind":"tillit-response","version":1,"id":"x","unit":"U","date":"2026-01-01","answers":{"tillit.1":9}}"#,
            |e| {
                *e == ResponseError::NotAnAnswer {
                    statement: "tillit.1".into(),
                    value: "9".into(),
                }
            },
        ),
        (
            r#"{"kind":"tillit-response","version":1,"id":"x","date":"2026-01-01","answers":{"tillit.1":2}}"#,
            |e| matches!(e, ResponseError::Invalid { path, .. } if path == "unit"),
        ),
        (
            r#"{"kind":"tillit-response","version":1,"id":" ","unit":"U","date":"2026-01-01","answers":{}}"#,
            |e| matches!(e, ResponseError::Invalid { path, .. } if path == "id"),
        ),
    ];
    for (raw, expected) in cases {
        let err = response::parse(raw).unwrap_err();
        assert!(expected(&err), "{raw}: {err:?}");
    }
}

#[test]
fn a_file_that_is_far_too_large_is_refused_before_it_is_read() {
    let raw = format!(
        "{{\"kind\": \"tillit-response\", \"pad\": \"{}\"}}",
        "x".repeat(response::MAX_BYTES)
    );
    assert!(matches!(response::parse(&raw), Err(ResponseError::TooLarge { .. })));
}

#[test]
fn once_a_turn_is_done_nobodys_answers_are_shown_even_with_one_participant() {
    let mut here = round("facilitator");
    assert_eq!(here.answerer(), Some("team"));
    here.start_turn(Participant {
        id: "p-1".into(),
        name: "Ali".into(),
    });
    assert_eq!(here.answerer(), Some("p-1"));
    here.assessment.set_answer("p-1", "tillit.1", Some(Answer::Score(2)));
    here.answering = None;
    // The team, who never answered, gave way; Ali is the only participant but stays hidden.
    assert_eq!(here.assessment.participants.len(), 1);
    assert_eq!(here.answerer(), None);
    assert!(here.is_workshop());
}

#[test]
fn a_round_that_reads_a_file_is_a_workshop() {
    let mut here = round("facilitator");
    response::merge(&mut here, answered_on_own_device("own-1", "", &[("tillit.1", 4)]));
    assert_eq!(here.answerer(), None);
}

mod held_up_against_the_round {
    use super::{answered_on_own_device, round};
    use tillit::domain::content::{Content, Lang};
    use tillit::domain::response::{self, ResponseError};

    fn content() -> &'static Content {
        Content::get(Lang::Sv)
    }

    #[test]
    fn a_file_from_the_same_round_has_no_mismatch() {
        let here = round("facilitator");
        let mut file = answered_on_own_device("own-1", "Pia", &[("tillit.1", 4)]);
        file.unit = "  socialtjänsten nord ".into();
        let checked = response::check(&here, content(), file).unwrap();
        assert!(!checked.from_other_round());
        assert_eq!((checked.other_unit, checked.other_date), (None, None));
        assert!(checked.unknown.is_empty());
    }

    #[test]
    fn another_unit_and_date_are_both_told() {
        let here = round("facilitator");
        let mut file = answered_on_own_device("own-1", "Pia", &[("tillit.1", 4)]);
        file.unit = "Annan enhet".into();
        file.date = "2020-01-01".into();
        let checked = response::check(&here, content(), file).unwrap();
        assert!(checked.from_other_round());
        assert_eq!(checked.other_unit.as_deref(), Some("Annan enhet"));
        assert_eq!(checked.other_date.as_deref(), Some("2020-01-01"));
        let mut file = answered_on_own_device("own-2", "", &[("tillit.1", 4)]);
        file.date = "2026-11-25".into();
        let checked = response::check(&here, content(), file).unwrap();
        assert_eq!(
            (checked.other_unit, checked.other_date.as_deref()),
            (None, Some("2026-11-25"))
        );
    }

    #[test]
    fn answers_to_statements_that_are_not_there_are_told_and_not_stored() {
        let mut here = round("facilitator");
        let mut file = answered_on_own_device("own-1", "Pia", &[("tillit.1", 4), ("borttaget.9", 2)]);
        file.notes.insert("okand".into(), "en anteckning".into());
        let checked = response::check(&here, content(), file).unwrap();
        assert_eq!(checked.unknown, ["borttaget.9", "okand"]);
        assert_eq!(checked.file.answers.len(), 1);
        response::merge(&mut here, checked.file);
        let stored = here.assessment.response("own-1.team").unwrap();
        assert_eq!(stored.answers.keys().collect::<Vec<_>>(), ["tillit.1"]);
        assert_eq!(stored.notes.keys().collect::<Vec<_>>(), ["tillit"]);
    }

    #[test]
    fn a_file_with_no_answer_to_a_statement_there_is_not_a_participant() {
        let here = round("facilitator");
        let file = answered_on_own_device("own-1", "Pia", &[("borttaget.9", 2)]);
        assert_eq!(
            response::check(&here, content(), file),
            Err(ResponseError::NothingAnswered { unknown: 1 })
        );
        // Notes alone are not answers either.
        let file = answered_on_own_device("own-2", "", &[]);
        assert_eq!(
            response::check(&here, content(), file),
            Err(ResponseError::NothingAnswered { unknown: 0 })
        );
    }
}
