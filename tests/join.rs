//! Joining a round from one's own phone: the code in the link's fragment, read back exactly,
//! checked, and small enough for a QR code a camera reads off a projector.

use tillit::domain::join::{FORMAT, Join, JoinError, qr};
use tillit::domain::model::{Participant, Round};
use tillit::domain::{Content, Lang};

fn content() -> &'static Content {
    Content::get(Lang::Sv)
}

fn round(unit: &str) -> Round {
    Round::new(
        "r-1764583200000-af3".into(),
        unit.into(),
        "2026-11-24".into(),
        Participant {
            id: "team".into(),
            name: String::new(),
        },
    )
}

#[test]
fn a_join_code_reads_back_exactly_whatever_the_unit_is_called() {
    for unit in ["Hemtjänsten Farsta", "Elevhälsan 7.B / Syd", "Unit %20 #1 & \"två\""] {
        let join = Join::of(&round(unit), Lang::Sv, content());
        let code = join.encode();
        assert!(code.starts_with("join=1."), "{code}");
        assert_eq!(code.matches('.').count(), 5, "dots only between the parts: {code}");
        assert!(!code.contains(' ') && !code.contains('#') && !code.contains('&'));
        assert_eq!(Join::decode(&format!("#{code}"), content()), Ok(join));
    }
}

#[test]
fn the_statements_version_is_the_same_in_both_languages_and_changes_with_the_statements() {
    let sv = content().statements_version();
    assert_eq!(sv, Content::get(Lang::En).statements_version());
    assert_eq!(sv.len(), 8);
    let mut other = content().clone();
    other.principles[0].statements.pop();
    assert_ne!(other.statements_version(), sv);
    // A code made with other statements is refused rather than answered against these.
    let code = Join::of(&round("Enheten"), Lang::Sv, &other).encode();
    assert_eq!(Join::decode(&code, content()), Err(JoinError::OtherStatements));
}

#[test]
fn codes_that_are_not_join_codes_or_are_damaged_are_refused() {
    let good = Join::of(&round("Enheten"), Lang::En, content()).encode();
    assert_eq!(Join::decode("#/resultat", content()), Err(JoinError::Malformed));
    assert_eq!(Join::decode("join=", content()), Err(JoinError::Malformed));
    assert_eq!(
        Join::decode(&good[..good.len() - 12], content()),
        Err(JoinError::Malformed)
    );
    assert_eq!(
        Join::decode(&good.replace("2026-11-24", "2026-13-45"), content()),
        Err(JoinError::BadDate)
    );
    assert_eq!(
        Join::decode(&good.replace(".en.", ".fi."), content()),
        Err(JoinError::Malformed)
    );
    assert_eq!(
        Join::decode(&good.replace("join=1.", "join=2."), content()),
        Err(JoinError::TooNew { found: 2 })
    );
    assert_eq!(
        Join::decode(&good.replace("Enheten", "%E2%28"), content()),
        Err(JoinError::Malformed)
    );
    assert_eq!(FORMAT, 1);
}

#[test]
fn a_join_link_fits_a_qr_code_a_camera_reads_off_a_projector() {
    let code = Join::of(&round("Hemtjänsten Farsta södra, grupp 3"), Lang::Sv, content()).encode();
    let link = format!("https://intranat.example.se/verktyg/tillit/#{code}");
    let (width, dark) = qr(&link).expect("fits");
    assert_eq!(dark.len(), width * width);
    // Version 8 (49 modules) or lower for a long address and unit: modules of a centimetre or
    // more on a projector screen.
    assert!(width <= 49, "{width} modules for {} characters", link.len());
    assert!(dark.iter().any(|d| *d) && dark.iter().any(|d| !*d));
}

#[test]
fn a_round_joined_by_its_link_is_marked_so_and_keeps_the_mark_through_storage() {
    use tillit::store::{Document, restore, restore_rounds};
    let facilitators = round("Elevhälsan Syd");
    assert!(!facilitators.joined, "a round started on a device is not joined");
    let join = Join::of(&facilitators, Lang::Sv, content());
    let me = Participant {
        id: "p-phone".into(),
        name: String::new(),
    };
    let joined = join.round(me);
    assert!(joined.joined);
    assert_eq!(
        (&joined.id, &joined.unit, &joined.date),
        (&facilitators.id, &facilitators.unit, &facilitators.date)
    );
    assert_eq!(joined.assessment.participants.len(), 1);

    let mut started_here = facilitators;
    started_here.id = "r-1764583300000-b07".into();
    let doc = Document {
        rounds: vec![joined, started_here],
        ..Document::default()
    };
    let json = doc.to_json();
    // Written only where it is so, and read back the same by both builds' readers.
    assert_eq!(json.matches("\"joined\":true").count(), 1, "{json}");
    assert!(!json.contains("\"joined\":false"));
    for read in [restore, restore_rounds] {
        let back = read(&json).unwrap().document;
        assert_eq!(back.rounds.iter().map(|r| r.joined).collect::<Vec<_>>(), [true, false]);
    }
}
