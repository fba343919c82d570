//! The time-thief arithmetic, worked by hand: hours a year, full-time posts, kronor and net loss
//! for each frequency unit and each benefit level, zero and very large values, ranking, totals,
//! the "to pass on" grouping, and the checks on what is typed.

use tillit::domain::Lang;
use tillit::domain::audit::*;

fn thief(id: &str, minutes: f64, occurrences: f64, per: Per, people: u32, benefit: Benefit, by: Remover) -> TimeThief {
    TimeThief {
        id: id.into(),
        title: format!("Tjuv {id}"),
        description: String::new(),
        category: Category::Reporting,
        minutes,
        occurrences,
        per,
        people,
        benefit,
        beneficiaries: vec![Beneficiary::Management],
        removable_by: by,
        principles: vec!["tillit".into()],
        remedy: String::new(),
    }
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-6 * b.abs().max(1.0), "{a} != {b}");
}

const RATES: Rates = Rates {
    annual_hours: 1700.0,
    hourly_cost: 350.0,
};

#[test]
fn per_day_counts_working_days_of_the_annual_working_time() {
    // 10 min, twice a working day, 5 people. 1 700 h / 8 h = 212,5 days.
    // Per person: 10/60 × 2 × 212,5 = 70,833… h. Five people: 354,166… h.
    let c = thief("a", 10.0, 2.0, Per::Day, 5, Benefit::None, Remover::Unit).cost(&RATES);
    close(c.hours_per_year, 354.166_666_666_7);
    close(c.full_time, 354.166_666_666_7 / 1700.0); // 0,208 posts
    close(c.kronor, 123_958.333_333_3); // × 350 kr
    close(c.net_loss, 123_958.333_333_3); // no benefit: all of it lost
}

#[test]
fn per_week_counts_working_weeks() {
    // 30 min once a week, 10 people. 1 700 / 40 = 42,5 weeks: 0,5 × 42,5 × 10 = 212,5 h.
    let c = thief("b", 30.0, 1.0, Per::Week, 10, Benefit::Low, Remover::Unit).cost(&RATES);
    close(c.hours_per_year, 212.5);
    close(c.full_time, 0.125);
    close(c.kronor, 74_375.0);
    close(c.net_loss, 55_781.25); // low benefit: 75 % lost
}

#[test]
fn per_month_is_twelve_times_a_year() {
    // 60 min twice a month, 3 people: 1 × 2 × 12 × 3 = 72 h.
    let c = thief("c", 60.0, 2.0, Per::Month, 3, Benefit::Some, Remover::Unit).cost(&RATES);
    close(c.hours_per_year, 72.0);
    close(c.full_time, 72.0 / 1700.0);
    close(c.kronor, 25_200.0);
    close(c.net_loss, 12_600.0); // some benefit: 50 % lost
}

#[test]
fn per_year_is_once() {
    // A whole working day once a year for one person: 8 h.
    let c = thief("d", 480.0, 1.0, Per::Year, 1, Benefit::High, Remover::Unit).cost(&RATES);
    close(c.hours_per_year, 8.0);
    close(c.kronor, 2_800.0);
    close(c.net_loss, 700.0); // high benefit: 25 % lost
}

#[test]
fn each_benefit_level_has_its_stated_loss_share() {
    let shares: Vec<f64> = Benefit::ALL.iter().map(|b| b.loss_share()).collect();
    assert_eq!(shares, [1.0, 0.75, 0.5, 0.25]);
}

#[test]
fn the_rates_are_the_teams_to_set() {
    // 1 600 h a year gives 200 working days; 500 kr an hour.
    let rates = Rates {
        annual_hours: 1600.0,
        hourly_cost: 500.0,
    };
    let c = thief("e", 6.0, 1.0, Per::Day, 1, Benefit::None, Remover::Unit).cost(&rates);
    close(c.hours_per_year, 20.0); // 0,1 h × 200 days
    close(c.full_time, 20.0 / 1600.0);
    close(c.kronor, 10_000.0);
    assert_eq!(Rates::default(), RATES);
}

#[test]
fn zero_costs_nothing() {
    let c = thief("z", 0.0, 3.0, Per::Week, 4, Benefit::None, Remover::Unit).cost(&RATES);
    assert_eq!(c, Cost::default());
    assert_eq!(Audit::default().total(), Cost::default());
    let zero_rates = Rates {
        annual_hours: 0.0,
        hourly_cost: 0.0,
    };
    assert_eq!(
        thief("y", 5.0, 1.0, Per::Year, 1, Benefit::None, Remover::Unit)
            .cost(&zero_rates)
            .full_time,
        0.0
    );
}

#[test]
fn very_large_values_stay_finite_and_exact_enough() {
    // 10 000 min, 1 000 times a year, 100 000 people: 166 666,67 × 1 000 × 100 000 h.
    let c = thief(
        "big",
        MAX_MINUTES,
        MAX_OCCURRENCES,
        Per::Year,
        100_000,
        Benefit::None,
        Remover::State,
    )
    .cost(&RATES);
    close(c.hours_per_year, 10_000.0 / 60.0 * 1_000.0 * 100_000.0);
    close(c.kronor, c.hours_per_year * 350.0);
    assert!(c.net_loss.is_finite());
    assert_eq!(
        tillit::domain::format::whole(c.kronor, Lang::Sv),
        "5\u{a0}833\u{a0}333\u{a0}333\u{a0}333"
    );
}

fn audit() -> Audit {
    Audit {
        thieves: vec![
            thief("small", 15.0, 1.0, Per::Week, 2, Benefit::None, Remover::Unit), // 21,25 h, 7 437,50 kr
            thief(
                "report",
                60.0,
                1.0,
                Per::Month,
                10,
                Benefit::Low,
                Remover::Administration,
            ), // 120 h, 42 000, loss 31 500
            thief("law", 20.0, 1.0, Per::Day, 4, Benefit::Some, Remover::State), // 283,33 h, 99 166,67, loss 49 583,33
            thief("board", 120.0, 4.0, Per::Year, 6, Benefit::High, Remover::Board), // 48 h, 16 800, loss 4 200
        ],
        rates: RATES,
        ..Audit::default()
    }
}

#[test]
fn thieves_are_ranked_by_net_loss() {
    let a = audit();
    let ids: Vec<&str> = a.ranked().iter().map(|(t, _)| t.id.as_str()).collect();
    assert_eq!(ids, ["law", "report", "small", "board"]);
    close(a.ranked()[0].1.net_loss, 49_583.333_333_3);
}

#[test]
fn totals_add_up_across_thieves() {
    let t = audit().total();
    close(t.hours_per_year, 21.25 + 120.0 + 283.333_333_333 + 48.0);
    close(t.kronor, 7_437.5 + 42_000.0 + 99_166.666_666_7 + 16_800.0);
    close(t.net_loss, 7_437.5 + 31_500.0 + 49_583.333_333_3 + 4_200.0);
    close(t.full_time, t.hours_per_year / 1700.0);
}

#[test]
fn what_the_unit_cannot_remove_is_grouped_by_who_can() {
    let a = audit();
    let groups: Vec<(Remover, Vec<&str>)> = a
        .to_pass_on()
        .into_iter()
        .map(|(r, list)| (r, list.iter().map(|(t, _)| t.id.as_str()).collect()))
        .collect();
    assert_eq!(
        groups,
        [
            (Remover::Administration, vec!["report"]),
            (Remover::Board, vec!["board"]),
            (Remover::State, vec!["law"]),
        ]
    );
}

#[test]
fn numbers_are_read_as_people_type_them() {
    assert_eq!(parse_number("1,5"), Ok(1.5));
    assert_eq!(parse_number(" 1 500 "), Ok(1500.0));
    assert_eq!(parse_number("1\u{a0}500,25"), Ok(1500.25));
    assert_eq!(parse_number("2.5"), Ok(2.5));
    assert_eq!(parse_number("−3"), Ok(-3.0));
    // Commas that group thousands, as English writes them, are read as thousands.
    assert_eq!(parse_number("1,000"), Ok(1000.0));
    assert_eq!(parse_number("12,500,000"), Ok(12_500_000.0));
    assert_eq!(parse_number("1,500.5"), Ok(1500.5));
    assert_eq!(parse_number("1.500,5"), Ok(1500.5));
    assert_eq!(parse_number("1,25"), Ok(1.25));
    assert_eq!(parse_number("0,500"), Ok(0.5));
    assert_eq!(parse_number(""), Err(FieldError::NotANumber));
    assert_eq!(parse_number("tio"), Err(FieldError::NotANumber));
    assert_eq!(parse_number("inf"), Err(FieldError::NotANumber));
}

fn draft() -> Draft {
    Draft {
        title: "Dubbelregistrering".into(),
        minutes: "15".into(),
        occurrences: "2".into(),
        per: Some(Per::Week),
        people: "8".into(),
        benefit: Some(Benefit::Low),
        removable_by: Some(Remover::Administration),
        ..Draft::default()
    }
}

#[test]
fn a_complete_draft_becomes_a_time_thief() {
    let t = draft().to_thief("t1".into(), &RATES).unwrap();
    assert_eq!((t.minutes, t.occurrences, t.people), (15.0, 2.0, 8));
    assert_eq!(t.removable_by, Remover::Administration);
    assert_eq!(t.category, Category::Other);
    // And back: editing shows the numbers as they were typed.
    let back = Draft::from_thief(&t, Lang::Sv);
    assert_eq!(
        (back.minutes.as_str(), back.occurrences.as_str(), back.people.as_str()),
        ("15", "2", "8")
    );
    let half = TimeThief {
        occurrences: 1.5,
        minutes: 150.0,
        ..t
    };
    let back = Draft::from_thief(&half, Lang::Sv);
    assert_eq!((back.minutes.as_str(), back.occurrences.as_str()), ("150", "1,5"));
}

#[test]
fn each_bad_field_gets_its_own_error() {
    let d = Draft {
        title: "  ".into(),
        minutes: "-5".into(),
        occurrences: "0".into(),
        people: "2,5".into(),
        ..draft()
    };
    let e = d.errors(&RATES);
    assert_eq!(e.title, Some(FieldError::Required));
    assert_eq!(e.minutes, Some(FieldError::Negative));
    assert_eq!(e.occurrences, Some(FieldError::Zero));
    assert_eq!(e.people, Some(FieldError::NotWhole));
    assert!(d.to_thief("x".into(), &RATES).is_err());
    let e = Draft {
        minutes: "abc".into(),
        people: "200000".into(),
        ..draft()
    }
    .errors(&RATES);
    assert_eq!(e.minutes, Some(FieldError::NotANumber));
    assert_eq!(e.people, Some(FieldError::TooLarge { max: MAX_PEOPLE }));
}

#[test]
fn more_than_a_full_time_year_per_person_is_an_absurd_frequency() {
    // 10 min 60 times a working day = 10 h a day: 2 125 h a year, more than 1 700.
    let d = Draft {
        minutes: "10".into(),
        occurrences: "60".into(),
        per: Some(Per::Day),
        ..draft()
    };
    match d.errors(&RATES).occurrences {
        Some(FieldError::MoreThanFullTime { hours_per_person }) => close(hours_per_person, 2125.0),
        other => panic!("{other:?}"),
    }
    // 48 times a day (8 h a day) is exactly full time: allowed.
    let d = Draft {
        minutes: "10".into(),
        occurrences: "48".into(),
        per: Some(Per::Day),
        ..draft()
    };
    assert!(d.errors(&RATES).is_empty());
}

#[test]
fn a_draft_shows_its_cost_as_soon_as_its_numbers_are_valid() {
    let half = Draft {
        title: String::new(),
        people: String::new(),
        ..draft()
    };
    assert_eq!(half.cost(&RATES), None);
    // The title is not needed for the preview: 15 min × 2 a week × 42,5 weeks × 8 = 170 h.
    let c = Draft {
        title: String::new(),
        ..draft()
    }
    .cost(&RATES)
    .unwrap();
    close(c.hours_per_year, 170.0);
    close(c.net_loss, 170.0 * 350.0 * 0.75);
}

#[test]
fn stored_names_are_stable() {
    let keys: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(
        keys,
        [
            "documentation",
            "reporting",
            "meetings",
            "it_systems",
            "approvals",
            "scheduling",
            "outside_role",
            "other"
        ]
    );
    for c in Category::ALL {
        assert_eq!(serde_json::to_value(c).unwrap(), c.key());
    }
    for r in Remover::ALL {
        assert_eq!(serde_json::to_value(r).unwrap(), r.key());
    }
    for p in Per::ALL {
        assert_eq!(serde_json::to_value(p).unwrap(), p.key());
    }
}
