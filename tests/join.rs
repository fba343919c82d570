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
