//! The previous round of the same unit, for showing the change over time.

use tillit::domain::Lang;
use tillit::domain::format::signed;
use tillit::domain::history::previous;
use tillit::domain::model::{Participant, Round};

fn round(id: &str, unit: &str, date: &str) -> Round {
    Round::new(
        id.into(),
        unit.into(),
        date.into(),
        Participant {
            id: "team".into(),
            name: "Gruppen".into(),
        },
    )
}

#[test]
fn the_previous_round_is_the_latest_earlier_one_of_the_same_unit() {
    let rounds = vec![
        round("a", "Hemtjänsten", "2025-11-20"),
        round("b", "Elevhälsan", "2026-04-01"),
        round("c", " hemtjänsten ", "2026-05-12"),
        round("d", "Hemtjänsten", "2026-11-24"),
        round("e", "Hemtjänsten", "2027-05-10"),
    ];
    assert_eq!(previous(&rounds, &rounds[3]).map(|r| r.id.as_str()), Some("c"));
    assert_eq!(previous(&rounds, &rounds[2]).map(|r| r.id.as_str()), Some("a"));
    assert_eq!(previous(&rounds, &rounds[0]), None);
    assert_eq!(previous(&rounds, &rounds[1]), None);
}

#[test]
fn on_the_same_date_the_one_stored_first_comes_before() {
    let rounds = vec![round("a", "Skolan", "2026-11-24"), round("b", "Skolan", "2026-11-24")];
    assert_eq!(previous(&rounds, &rounds[1]).map(|r| r.id.as_str()), Some("a"));
    assert_eq!(previous(&rounds, &rounds[0]), None);
}

#[test]
fn changes_carry_their_sign() {
    assert_eq!(signed(0.44, 1, Lang::Sv), "+0,4");
    assert_eq!(signed(-1.25, 1, Lang::Sv), "−1,3");
    assert_eq!(signed(0.04, 1, Lang::Sv), "0,0");
    assert_eq!(signed(2.0, 1, Lang::En), "+2.0");
}
