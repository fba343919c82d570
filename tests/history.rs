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

mod over_time {
    use super::round;
    use tillit::domain::history::{Direction, Period, changes, in_period, lines, periods, rounds_of, units};
    use tillit::domain::model::{Answer, Round};
    use tillit::domain::plan::{Action, Origin, Status};
    use tillit::domain::{Content, Lang};

    fn answered(id: &str, unit: &str, date: &str, tillit: &[u8], stod: &[u8]) -> Round {
        let mut r = round(id, unit, date);
        for (i, n) in tillit.iter().enumerate() {
            r.assessment
                .set_answer("team", &format!("tillit.{}", i + 1), Answer::score_of(*n));
        }
        for (i, n) in stod.iter().enumerate() {
            r.assessment
                .set_answer("team", &format!("stod.{}", i + 1), Answer::score_of(*n));
        }
        r
    }

    #[test]
    fn units_are_listed_once_each_and_their_rounds_in_date_order() {
        let rounds = vec![
            round("a", "Hemtjänsten", "2026-11-24"),
            round("b", "elevhälsan", "2026-04-01"),
            round("c", " hemtjänsten", "2025-11-20"),
        ];
        assert_eq!(units(&rounds), ["elevhälsan", "Hemtjänsten"]);
        let ids: Vec<&str> = rounds_of(&rounds, "HEMTJÄNSTEN")
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["c", "a"]);
    }

    #[test]
    fn each_principle_has_a_line_across_the_rounds() {
        let content = Content::get(Lang::Sv);
        let rounds = [
            answered("a", "U", "2025-11-20", &[2, 2, 3], &[]),
            answered("b", "U", "2026-05-12", &[4, 4, 4], &[1]),
        ];
        let refs: Vec<&Round> = rounds.iter().collect();
        let lines = lines(content, &refs, 3);
        assert_eq!(lines.len(), 7);
        assert_eq!(lines[0].principle, "tillit");
        assert_eq!(lines[0].means.len(), 2);
        assert!((lines[0].means[0].unwrap() - 7.0 / 3.0).abs() < 1e-12);
        assert_eq!(lines[0].means[1], Some(4.0));
        let stod = lines.iter().find(|l| l.principle == "stod").unwrap();
        assert_eq!(stod.means, [None, Some(1.0)]);
    }

    #[test]
    fn changes_have_a_direction_judged_as_shown_to_one_decimal() {
        let content = Content::get(Lang::Sv);
        let before = answered("a", "U", "2025-11-20", &[2, 3], &[4, 4]);
        let after = answered("b", "U", "2026-05-12", &[4, 4], &[3, 4]);
        let c = changes(content, &before, &after, 3);
        assert_eq!(
            (c[0].before, c[0].after, c[0].delta()),
            (Some(2.5), Some(4.0), Some(1.5))
        );
        assert_eq!(c[0].direction(), Some(Direction::Up));
        let stod = c.iter().find(|c| c.principle == "stod").unwrap();
        assert_eq!(stod.delta(), Some(-0.5));
        assert_eq!(stod.direction(), Some(Direction::Down));
        // A principle without scores in one of the rounds has no change.
        assert_eq!(c[1].direction(), None);
        assert_eq!(Direction::of(0.04), Direction::Same);
        assert_eq!(Direction::of(-0.049), Direction::Same);
        assert_eq!(Direction::of(0.06), Direction::Up);
    }

    #[test]
    fn half_years_group_the_rounds_of_the_units_for_side_by_side() {
        assert_eq!(Period::of("2026-06-30"), Some(Period { year: 2026, half: 1 }));
        assert_eq!(Period::of("2026-07-01").unwrap().key(), "2026-H2");
        assert_eq!(Period::parse("2026-H2"), Period::of("2026-12-31"));
        assert_eq!(Period::parse("2026-H3"), None);
        assert_eq!(Period::of("2026-13-01"), None);
        let rounds = vec![
            round("a", "Hemtjänsten", "2026-03-01"),
            round("b", "Hemtjänsten", "2026-05-20"),
            round("c", "Elevhälsan", "2026-02-11"),
            round("d", "Elevhälsan", "2026-09-01"),
        ];
        let keys: Vec<String> = periods(&rounds).iter().map(|p| p.key()).collect();
        assert_eq!(keys, ["2026-H2", "2026-H1"]);
        let h1 = Period::parse("2026-H1").unwrap();
        assert_eq!(in_period(&rounds, "hemtjänsten", h1).map(|r| r.id.as_str()), Some("b"));
        assert_eq!(in_period(&rounds, "Elevhälsan", h1).map(|r| r.id.as_str()), Some("c"));
        assert_eq!(
            in_period(&rounds, "Hemtjänsten", Period::parse("2026-H2").unwrap()),
            None
        );
    }

    #[test]
    fn a_new_round_carries_over_the_open_actions_and_the_time_thieves() {
        let content = Content::get(Lang::Sv);
        let mut before = answered("a", "U", "2025-11-20", &[2, 2], &[]);
        let action = |id: &str, status| Action {
            id: id.into(),
            origin: Some(Origin::Principle {
                action: "tillit.dialog-om-mal".into(),
            }),
            title: id.into(),
            status,
            ..Action::default()
        };
        before.plan.actions = vec![
            action("open", Status::Planned),
            action("going", Status::InProgress),
            action("done", Status::Done),
            action("dropped", Status::Dropped),
        ];
        before.audit.rates.annual_hours = 1600.0;
        let mut after = round("b", "U", "2026-05-12");
        after.carry_over(&before);
        let carried: Vec<(&str, Option<&str>)> = after
            .plan
            .actions
            .iter()
            .map(|a| (a.id.as_str(), a.carried_from.as_deref()))
            .collect();
        assert_eq!(carried, [("open", Some("a")), ("going", Some("a"))]);
        assert_eq!(after.audit.rates.annual_hours, 1600.0);
        assert_eq!(after.plan.actions[0].principle(content).as_deref(), Some("tillit"));
        // Carried again, an action remembers the round it was first planned in.
        let mut third = round("c", "U", "2026-11-24");
        third.carry_over(&after);
        assert_eq!(third.plan.actions[0].carried_from.as_deref(), Some("a"));
    }
}
