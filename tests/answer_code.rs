//! One person's answers as a short code: read back exactly, refused when damaged or foreign,
//! and small enough for a QR code held up at arm's length.

use proptest::prelude::*;
use tillit::domain::answer_code::{CodeError, decode, encode};
use tillit::domain::join::qr;
use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::{Content, Lang};

fn content() -> &'static Content {
    Content::get(Lang::Sv)
}

fn statement_ids() -> Vec<String> {
    content()
        .principles
        .iter()
        .flat_map(|p| p.statements.iter().map(|s| s.id.clone()))
        .collect()
}

fn round(id: &str) -> Round {
    Round::new(
        id.into(),
        "Elevhälsan".into(),
        "2026-11-24".into(),
        Participant {
            id: "p-1".into(),
            name: String::new(),
        },
    )
}

fn answered(values: &[u8]) -> Round {
    let mut r = round("r-1");
    for (id, v) in statement_ids().iter().zip(values) {
        let answer = match v {
            0 => None,
            6 => Some(Answer::DontKnow),
            n => Answer::score_of(*n),
        };
        r.assessment.set_answer("p-1", id, answer);
    }
    r
}

#[test]
fn every_answer_name_and_note_reads_back() {
    let values: Vec<u8> = (0..36).map(|i| (i % 7) as u8).collect();
    let mut r = answered(&values);
    let tillit = content().principles[0].id.clone();
    r.assessment.set_note("p-1", &tillit, "Vi möts för sällan – ”för få”");
    let code = encode(&r, content(), "p-1", "Åsa", true);
    assert!(
        code.bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)),
        "{code}"
    );
    let file = decode(&code, &r, content()).unwrap();
    assert_eq!(file.answers, r.assessment.response("p-1").unwrap().answers);
    assert_eq!(file.name, "Åsa");
    assert_eq!(
        file.notes.get(&tillit).map(String::as_str),
        Some("Vi möts för sällan – ”för få”")
    );
    assert_eq!((file.unit.as_str(), file.date.as_str()), ("Elevhälsan", "2026-11-24"));
    // The same person's code gives the same response id, so it is counted once.
    assert_eq!(decode(&code, &r, content()).unwrap().id, file.id);
    assert!(file.id.starts_with("r-1."));
    // Without notes and name, the notes stay on the phone.
    let bare = decode(&encode(&r, content(), "p-1", "", false), &r, content()).unwrap();
    assert!(bare.notes.is_empty() && bare.name.is_empty());
}

#[test]
fn thirty_six_answers_without_notes_fit_qr_version_3() {
    let r = answered(&[5; 36]);
    let code = encode(&r, content(), "p-1", "", false);
    // 33 bytes: format 1, round, statements and person 4 each, count 1, answers 14, name 2,
    // notes 1, checksum 2; 53 characters of base 32.
    assert_eq!(code.len(), 53);
    let (width, _) = qr(&code).unwrap();
    // Version 3 is 29 modules: large modules, read from a phone held up to a laptop camera.
    assert_eq!(width, 29);
}

#[test]
fn codes_from_another_round_or_other_statements_or_damaged_are_refused() {
    let r = answered(&[3; 36]);
    let code = encode(&r, content(), "p-1", "", false);
    assert_eq!(decode(&code, &round("r-2"), content()), Err(CodeError::OtherRound));
    let mut other = content().clone();
    other.principles[0].statements.pop();
    assert_eq!(decode(&code, &r, &other), Err(CodeError::OtherStatements));
    assert_eq!(decode("", &r, content()), Err(CodeError::Damaged));
    assert_eq!(decode("hej hej!", &r, content()), Err(CodeError::Damaged));
    assert_eq!(decode(&code[..code.len() - 3], &r, content()), Err(CodeError::Damaged));
    // Nothing answered: not a participant.
    let empty = encode(&round("r-1"), content(), "p-1", "", false);
    assert_eq!(decode(&empty, &round("r-1"), content()), Err(CodeError::Empty));
    // Pasted with spaces, line breaks or in lower case: the same code.
    let spaced: String = code
        .chars()
        .enumerate()
        .flat_map(|(i, c)| if i % 5 == 4 { vec![c, ' '] } else { vec![c] })
        .collect();
    assert!(decode(&format!("{}\n", spaced.to_ascii_lowercase()), &r, content()).is_ok());
}

proptest! {
    #[test]
    fn any_answers_and_notes_read_back(values in prop::collection::vec(0u8..7, 36), note in ".{0,80}", name in ".{0,20}") {
        let mut r = answered(&values);
        let first = content().principles[0].id.clone();
        r.assessment.set_note("p-1", &first, &note);
        let code = encode(&r, content(), "p-1", &name, true);
        match decode(&code, &r, content()) {
            Ok(file) => {
                prop_assert_eq!(&file.answers, &r.assessment.response("p-1").unwrap().answers);
                prop_assert_eq!(file.name, name.trim());
                if !note.trim().is_empty() {
                    prop_assert_eq!(file.notes.get(&first), Some(&note));
                }
            }
            Err(e) => prop_assert!(values.iter().all(|v| *v == 0) && e == CodeError::Empty),
        }
    }

    #[test]
    fn every_changed_character_is_refused(at in 0usize..60, with in 0u8..32) {
        let r = answered(&[4; 36]);
        let code = encode(&r, content(), "p-1", "", false);
        let at = at % code.len();
        let mut changed: Vec<u8> = code.clone().into_bytes();
        changed[at] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[usize::from(with)];
        let changed = String::from_utf8(changed).unwrap();
        if changed != code {
            // The checksum catches it, and padding bits that were changed make the code not
            // the one `encode` writes.
            prop_assert!(decode(&changed, &r, content()).is_err());
        }
    }
}

#[test]
fn a_code_up_to_the_camera_limit_fits_a_qr_code_with_large_modules() {
    use tillit::domain::answer_code::CAMERA_CHARS;
    let (width, _) = qr(&"A".repeat(CAMERA_CHARS)).unwrap();
    // Version 10: 57 modules.
    assert_eq!(width, 57);
}
