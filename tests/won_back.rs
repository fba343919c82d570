//! Time won back across three rounds of one unit, worked by hand: a thief reduced, one removed,
//! one that grew, one added later, and one judged worth its time; and the age of a request.

use tillit::domain::audit::*;
use tillit::domain::history::rounds_of;
use tillit::domain::model::{Participant, Round};
use tillit::domain::won_back::{days_between, series, thieves, total};

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-6 * b.abs().max(1.0), "{a} != {b}");
}

/// `minutes` once a week for 10 people: minutes / 60 × 42,5 × 10 hours a year.
fn weekly(id: &str, minutes: f64, need: Need, status: ThiefStatus) -> TimeThief {
    TimeThief {
        id: id.into(),
        title: id.into(),
        description: String::new(),
        category: Category::Documentation,
        minutes,
        occurrences: 1.0,
        per: Per::Week,
        people: 10,
        need,
        beneficiaries: Vec::new(),
        removable_by: Remover::Unit,
        principles: Vec::new(),
        remedy: String::new(),
        role_hourly_cost: None,
        status,
        passed_on: None,
        carried: false,
    }
}

fn round(id: &str, date: &str, thieves: Vec<TimeThief>) -> Round {
    let mut r = Round::new(
        id.into(),
        "Hemtjänst Norr".into(),
        date.into(),
        Participant {
            id: "p".into(),
            name: String::new(),
        },
    );
    r.audit.thieves = thieves;
    r.audit.rates.hourly_cost = Some(400.0);
    r
}

fn rounds() -> Vec<Round> {
    use ThiefStatus::*;
    vec![
        // Stored out of date order: rounds_of sorts them.
        round(
            "r2",
            "2026-06-01",
            vec![
                weekly("doc", 40.0, Need::Nothing, Reduced), // 60 → 40 min: 283,33 h
                weekly("report", 30.0, Need::Nothing, Removed),
                weekly("meeting", 30.0, Need::Nothing, Open), // grew from 20 min
                weekly("worth", 60.0, Need::All, Removed),
            ],
        ),
        round(
            "r1",
            "2026-01-15",
            vec![
                weekly("doc", 60.0, Need::Nothing, Open),     // 425 h
                weekly("report", 30.0, Need::Nothing, Open),  // 212,5 h
                weekly("meeting", 20.0, Need::Nothing, Open), // 141,67 h
                weekly("worth", 60.0, Need::All, Open),       // not a thief
            ],
        ),
        round(
            "r3",
            "2026-11-20",
            vec![
                weekly("doc", 60.0, Need::Nothing, Removed),
                weekly("report", 30.0, Need::Nothing, Removed),
                weekly("meeting", 30.0, Need::Nothing, Open),
                weekly("new", 12.0, Need::Nothing, Removed), // first recorded here, and removed
            ],
        ),
    ]
}

#[test]
fn nothing_is_won_back_in_the_first_round() {
    let all = rounds();
    let unit = rounds_of(&all, "hemtjänst norr");
    assert_eq!(
        unit.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["r1", "r2", "r3"]
    );
    assert!(thieves(&unit, 0).is_empty());
    assert_eq!(total(&unit, 0), Cost::default());
}

#[test]
fn a_reduced_thief_wins_back_the_difference_and_a_removed_one_all_of_it() {
    let all = rounds();
    let unit = rounds_of(&all, "Hemtjänst Norr");
    let second = thieves(&unit, 1);
    let ids: Vec<&str> = second.iter().map(|w| w.thief.id.as_str()).collect();
    // "worth" was never counted as lost, so it wins nothing back.
    assert_eq!(ids, ["doc", "report", "meeting"]);
    // doc: 425 h → 283,33 h: 141,67 h won back, at 400 kr = 56 666,67 kr.
    close(second[0].won.hours_per_year, 425.0 - 40.0 / 60.0 * 425.0);
    close(second[0].won.kronor, (425.0 - 283.333_333_333) * 400.0);
    assert_eq!(second[0].since, "2026-01-15");
    // report: removed, its whole 212,5 h.
    close(second[1].won.hours_per_year, 212.5);
    assert_eq!(second[1].now, Cost::default());
    // meeting grew from 20 to 30 minutes: −70,83 h.
    close(second[2].won.hours_per_year, -(30.0 - 20.0) / 60.0 * 425.0);
    let sum = total(&unit, 1);
    close(sum.hours_per_year, 141.666_666_667 + 212.5 - 70.833_333_333);
    close(sum.full_time, sum.hours_per_year / 1700.0);
}

#[test]
fn won_back_adds_up_since_each_thief_was_first_recorded() {
    let all = rounds();
    let unit = rounds_of(&all, "Hemtjänst Norr");
    // Third round: doc removed (all 425 h since January), report still removed (212,5 h),
    // meeting still 70,83 h more, and "new", removed in the round it was first recorded:
    // 12 / 60 × 425 = 85 h.
    let third = total(&unit, 2);
    close(third.hours_per_year, 425.0 + 212.5 - 70.833_333_333 + 85.0);
    close(third.kronor, third.hours_per_year * 400.0);
    let s = series(&unit);
    assert_eq!(s.len(), 3);
    assert_eq!(s[0], Cost::default());
    close(s[1].hours_per_year, 283.333_333_333);
    close(s[2].hours_per_year, third.hours_per_year);
}

#[test]
fn a_thief_carried_unchanged_has_won_nothing_back_and_is_not_listed() {
    let mut all = rounds();
    let mut next = round("r4", "2027-05-01", Vec::new());
    next.carry_over(all.iter().find(|r| r.id == "r3").unwrap());
    all.push(next);
    let unit = rounds_of(&all, "Hemtjänst Norr");
    let ids: Vec<&str> = thieves(&unit, 3).iter().map(|w| w.thief.id.as_str()).collect();
    // meeting is carried at 30 min, as much as in the round before, but still 10 minutes more
    // than when first recorded: it stays listed, as grown; the removed stay removed.
    assert_eq!(ids, ["doc", "report", "meeting", "new"]);
    let mut same = round("s2", "2027-05-01", Vec::new());
    let first = round(
        "s1",
        "2026-05-01",
        vec![weekly("x", 10.0, Need::Nothing, ThiefStatus::Open)],
    );
    same.carry_over(&first);
    let both = [first, same];
    let unit = rounds_of(&both, "Hemtjänst Norr");
    assert!(thieves(&unit, 1).is_empty());
    assert_eq!(total(&unit, 1), Cost::default());
}

#[test]
fn each_round_is_costed_at_its_own_rates() {
    let mut all = rounds();
    // The first round at 300 kr an hour: doc's 425 h cost 127 500 kr then.
    all.iter_mut().find(|r| r.id == "r1").unwrap().audit.rates.hourly_cost = Some(300.0);
    let unit = rounds_of(&all, "Hemtjänst Norr");
    let doc = thieves(&unit, 2).into_iter().find(|w| w.thief.id == "doc").unwrap();
    close(doc.won.kronor, 127_500.0);
}

#[test]
fn carrying_over_asks_for_a_new_estimate_and_keeps_the_removed() {
    let all = rounds();
    let mut next = round("r4", "2027-05-01", Vec::new());
    next.carry_over(all.iter().find(|r| r.id == "r3").unwrap());
    let carried: Vec<(&str, bool)> = next.audit.thieves.iter().map(|t| (t.id.as_str(), t.carried)).collect();
    assert_eq!(
        carried,
        [("doc", false), ("report", false), ("meeting", true), ("new", false)]
    );
    assert_eq!(
        next.audit.assumptions().last(),
        Some(&Assumption::NotReestimated { count: 1 })
    );
}

#[test]
fn the_age_of_a_request_is_counted_in_days() {
    assert_eq!(days_between("2026-09-01", "2026-11-24"), Some(84));
    assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
    assert_eq!(days_between("2026-11-24", "2026-11-24"), Some(0));
    assert_eq!(days_between("1 september", "2026-11-24"), None);
}
