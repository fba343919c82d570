//! The time-thief arithmetic, worked by hand: one rule for turning each frequency into times a
//! year, the hourly cost from salary and payroll costs, the loss as the time beyond what the
//! benefit needs, "not a time thief", the wrong role's difference in cost, ranking, totals,
//! the assumptions listed under them, "to pass on", and the checks on what is typed.

use tillit::domain::Lang;
use tillit::domain::audit::*;

fn thief(id: &str, minutes: f64, occurrences: f64, per: Per, people: u32, need: Need, by: Remover) -> TimeThief {
    TimeThief {
        id: id.into(),
        title: format!("Tjuv {id}"),
        description: String::new(),
        category: Category::Reporting,
        minutes,
        occurrences,
        per,
        people,
        need,
        beneficiaries: vec![Beneficiary::Management],
        removable_by: by,
        principles: vec!["tillit".into()],
        remedy: String::new(),
        role_hourly_cost: None,
        status: ThiefStatus::Open,
        passed_on: None,
        carried: false,
    }
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-6 * b.abs().max(1.0), "{a} != {b}");
}

/// 1 700 hours a year and an hourly cost typed as 350 kr, to keep the hand arithmetic short.
const RATES: Rates = Rates {
    annual_hours: 1700.0,
    monthly_salary: 35_000.0,
    payroll_percent: 40.0,
    hourly_cost: Some(350.0),
};

#[test]
fn per_day_counts_the_working_days_of_the_annual_working_time() {
    // 10 min, twice a working day, 5 people. 1 700 h / 8 h = 212,5 days.
    // Per person: 10/60 × 2 × 212,5 = 70,833… h. Five people: 354,166… h = 0,2083 posts.
    let t = thief("a", 10.0, 2.0, Per::Day, 5, Need::Nothing, Remover::Unit);
    close(t.times_a_year(&RATES), 425.0);
    let c = t.cost(&RATES);
    close(c.hours_per_year, 354.166_666_666_7);
    close(c.full_time, 354.166_666_666_7 / 1700.0);
    close(c.kronor, 123_958.333_333_3);
    // The benefit needs none of the time: all of it is lost.
    close(c.lost_hours, 354.166_666_666_7);
    close(c.net_loss, 123_958.333_333_3);
}

#[test]
fn per_week_counts_the_working_weeks() {
    // 30 min once a week, 10 people: 1 700 / 40 = 42,5 weeks → 0,5 × 42,5 × 10 = 212,5 h,
    // 74 375 kr. The benefit needs 7,5 of the 30 minutes: 3/4 of the time is lost.
    let c = thief("b", 30.0, 1.0, Per::Week, 10, Need::Minutes(7.5), Remover::Unit).cost(&RATES);
    close(c.hours_per_year, 212.5);
    close(c.kronor, 74_375.0);
    close(c.lost_hours, 159.375);
    close(c.net_loss, 55_781.25);
}

#[test]
fn per_month_counts_the_working_months_by_the_same_rule() {
    // 42,5 working weeks × 12 / 52 = 9,8077 working months. 60 min twice a month, 3 people:
    // 1 × 2 × 9,8077 × 3 = 58,846 h, 20 596,15 kr; the benefit needs 30 of 60 minutes: half lost.
    close(Per::Month.per_year(1700.0), 42.5 * 12.0 / 52.0);
    let c = thief("c", 60.0, 2.0, Per::Month, 3, Need::Minutes(30.0), Remover::Unit).cost(&RATES);
    close(c.hours_per_year, 58.846_153_846_15);
    close(c.kronor, 20_596.153_846_15);
    close(c.net_loss, 10_298.076_923_08);
}

#[test]
fn the_periods_agree_with_each_other() {
    // Four times a month is less than once a week, and 52/12 times a month is once a week.
    let year = |n: f64, per: Per| n * per.per_year(1700.0);
    assert!(year(4.0, Per::Month) < year(1.0, Per::Week));
    close(year(52.0 / 12.0, Per::Month), year(1.0, Per::Week));
    // Once every working day is five times a working week; a year is typed as it is.
    close(year(1.0, Per::Day), year(5.0, Per::Week));
    close(year(7.0, Per::Year), 7.0);
    // A shorter working year has fewer working days, weeks and months alike.
    assert!(Per::Month.per_year(1600.0) < Per::Month.per_year(1700.0));
}

#[test]
fn the_hourly_cost_is_worked_out_from_salary_and_payroll_costs() {
    // 35 000 × 12 × 1,40 / 1 700 = 345,88 → 346 kr, as shown.
    let r = Rates::default();
    close(r.derived_hourly(), 345.882_352_941_2);
    assert_eq!(r.hourly(), 346.0);
    assert_eq!(r.hourly(), DEFAULT_HOURLY_COST);
    // 40 000 kr, 45 % and 1 600 h: 40 000 × 12 × 1,45 / 1 600 = 435 kr.
    let own = Rates {
        annual_hours: 1600.0,
        monthly_salary: 40_000.0,
        payroll_percent: 45.0,
        hourly_cost: None,
    };
    assert_eq!(own.hourly(), 435.0);
    // A cost typed directly wins over the one worked out.
    assert_eq!(
        Rates {
            hourly_cost: Some(420.0),
            ..own
        }
        .hourly(),
        420.0
    );
    // And the thief's kronor follow the cost in force: 212,5 h × 346.
    let c = thief("b", 30.0, 1.0, Per::Week, 10, Need::Nothing, Remover::Unit).cost(&r);
    close(c.kronor, 212.5 * 346.0);
}

#[test]
fn a_task_whose_benefit_needs_all_its_time_is_not_a_time_thief() {
    // 480 min once a year, one person: 8 h, 2 800 kr, and all of it needed.
    let t = thief("d", 480.0, 1.0, Per::Year, 1, Need::All, Remover::Unit);
    let c = t.cost(&RATES);
    close(c.hours_per_year, 8.0);
    close(c.kronor, 2800.0);
    assert_eq!((c.lost_hours, c.net_loss), (0.0, 0.0));
    assert!(!t.is_thief(&RATES));
    assert_eq!(t.counted(&RATES), None);
    // Needed minutes beyond the minutes each time count as all of them.
    let over = thief("e", 10.0, 1.0, Per::Week, 1, Need::Minutes(15.0), Remover::Unit).cost(&RATES);
    assert_eq!(over.net_loss, 0.0);
}

#[test]
fn a_task_in_the_wrong_role_loses_the_difference_in_cost() {
    // 30 min once a week, 4 people, outside their role: 0,5 × 42,5 × 4 = 85 h.
    let t = TimeThief {
        category: Category::OutsideRole,
        role_hourly_cost: Some(250.0),
        ..thief("f", 30.0, 1.0, Per::Week, 4, Need::All, Remover::Unit)
    };
    // All of it needed, but by a role costing 250 kr an hour, not 350: 85 × 100 = 8 500 kr.
    let c = t.cost(&RATES);
    close(c.net_loss, 8500.0);
    assert_eq!(c.lost_hours, 0.0);
    assert!(t.is_thief(&RATES));
    // Part of it needed (20 of 30 minutes): the third beyond the need is lost at the full cost,
    // 28,33 h × 350 = 9 916,67, and the needed 56,67 h at the difference, × 100 = 5 666,67.
    let part = TimeThief {
        need: Need::Minutes(20.0),
        ..t.clone()
    };
    close(
        part.cost(&RATES).net_loss,
        85.0 / 3.0 * 350.0 + 85.0 * 2.0 / 3.0 * 100.0,
    );
    // A role that costs as much or more: no difference, and with all the time needed, no thief.
    let dearer = TimeThief {
        role_hourly_cost: Some(400.0),
        ..t.clone()
    };
    assert_eq!(dearer.cost(&RATES).net_loss, 0.0);
    assert!(!dearer.is_thief(&RATES));
    // A role's cost on a task that is not in the wrong role changes nothing.
    let other = TimeThief {
        category: Category::Meetings,
        ..t
    };
    assert_eq!(other.cost(&RATES).net_loss, 0.0);
}

#[test]
fn zero_values_give_zero_not_errors() {
    let c = thief("z", 0.0, 3.0, Per::Week, 4, Need::Minutes(0.0), Remover::Unit).cost(&RATES);
    assert_eq!(c, Cost::default());
    let none = Rates {
        annual_hours: 0.0,
        hourly_cost: Some(0.0),
        ..RATES
    };
    let c = thief("y", 5.0, 1.0, Per::Year, 1, Need::Nothing, Remover::Unit).cost(&none);
    assert_eq!((c.full_time, c.kronor, c.net_loss), (0.0, 0.0, 0.0));
    assert_eq!(
        Rates {
            annual_hours: 0.0,
            ..Rates::default()
        }
        .derived_hourly(),
        0.0
    );
}

fn audit() -> Audit {
    Audit {
        thieves: vec![
            thief("small", 15.0, 1.0, Per::Week, 2, Need::Nothing, Remover::Unit), // 21,25 h, 7 437,50 kr
            thief(
                "report",
                60.0,
                1.0,
                Per::Week,
                4,
                Need::Minutes(15.0),
                Remover::Administration,
            ), // 170 h, 59 500, loss 44 625
            thief("law", 20.0, 1.0, Per::Day, 4, Need::Minutes(10.0), Remover::State), // 283,33 h, 99 166,67, loss 49 583,33
            thief("board", 120.0, 4.0, Per::Year, 6, Need::Minutes(90.0), Remover::Board), // 48 h, 16 800, loss 4 200
            thief("worth", 60.0, 1.0, Per::Week, 10, Need::All, Remover::Unit),        // 425 h, not a thief
            TimeThief {
                status: ThiefStatus::Removed,
                ..thief("gone", 30.0, 1.0, Per::Week, 10, Need::Nothing, Remover::Unit) // 212,5 h, removed
            },
        ],
        rates: RATES,
        ..Audit::default()
    }
}

#[test]
fn thieves_are_ranked_by_net_loss_then_the_not_thieves_then_the_removed() {
    let a = audit();
    let order: Vec<&str> = a.ranked().iter().map(|(t, _)| t.id.as_str()).collect();
    assert_eq!(order, ["law", "report", "small", "board", "worth", "gone"]);
    close(a.ranked()[0].1.net_loss, 49_583.333_333_3);
}

#[test]
fn totals_count_the_thieves_still_there() {
    let t = audit().total();
    close(t.hours_per_year, 21.25 + 170.0 + 283.333_333_333 + 48.0);
    close(t.kronor, 7_437.5 + 59_500.0 + 99_166.666_666_7 + 16_800.0);
    close(t.net_loss, 7_437.5 + 44_625.0 + 49_583.333_333_3 + 4_200.0);
    close(t.full_time, t.hours_per_year / 1700.0);
}

#[test]
fn the_assumptions_in_force_are_listed() {
    let mut a = audit();
    a.rates = Rates::default();
    a.thieves[0].carried = true;
    let list = a.assumptions();
    assert_eq!(
        list[0],
        Assumption::AnnualHours {
            hours: 1700.0,
            default: true
        }
    );
    assert_eq!(
        list[1],
        Assumption::DerivedHourly {
            salary: 35_000.0,
            salary_default: true,
            percent: 40.0,
            percent_default: true,
            hourly: 346.0
        }
    );
    match list[2] {
        Assumption::Periods { days, weeks, months } => {
            close(days, 212.5);
            close(weeks, 42.5);
            close(months, 9.807_692_307_7);
        }
        ref other => panic!("{other:?}"),
    }
    assert_eq!(list[3], Assumption::LossRule);
    assert_eq!(list[4], Assumption::NotThieves { count: 1 });
    assert_eq!(list[5], Assumption::NotReestimated { count: 1 });
    a.rates.hourly_cost = Some(500.0);
    assert_eq!(a.assumptions()[1], Assumption::TypedHourly { hourly: 500.0 });
}

#[test]
fn what_the_unit_cannot_remove_is_grouped_by_who_can() {
    let mut a = audit();
    a.thieves.push(TimeThief {
        status: ThiefStatus::Removed,
        ..thief("fixed", 30.0, 1.0, Per::Week, 2, Need::Nothing, Remover::Board)
    });
    a.thieves.push(TimeThief {
        status: ThiefStatus::PassedOn,
        passed_on: Some(PassedOn {
            to: "IT-enheten".into(),
            date: "2026-09-01".into(),
            answer: String::new(),
        }),
        ..thief("asked", 30.0, 1.0, Per::Week, 2, Need::Nothing, Remover::Administration)
    });
    let groups: Vec<(Remover, Vec<&str>)> = a
        .to_pass_on()
        .into_iter()
        .map(|(r, list)| (r, list.iter().map(|(t, _)| t.id.as_str()).collect()))
        .collect();
    // The removed one is no longer to pass on; the one already passed on still waits.
    assert_eq!(
        groups,
        [
            (Remover::Administration, vec!["report", "asked"]),
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
        need: Some(NeedKind::Part),
        needed: "5".into(),
        removable_by: Some(Remover::Administration),
        ..Draft::new()
    }
}

#[test]
fn a_new_draft_chooses_nothing_that_raises_the_figures() {
    let d = Draft::new();
    assert_eq!((d.per, d.need), (None, None));
    assert_eq!(d.status, Some(ThiefStatus::Open));
    let e = Draft {
        title: "X".into(),
        minutes: "10".into(),
        occurrences: "1".into(),
        people: "1".into(),
        ..Draft::new()
    }
    .errors(&RATES);
    assert_eq!(e.per, Some(FieldError::NotChosen));
    assert_eq!(e.need, Some(FieldError::NotChosen));
}

#[test]
fn a_complete_draft_becomes_a_time_thief() {
    let t = draft().to_thief("t1".into(), &RATES).unwrap();
    assert_eq!((t.minutes, t.occurrences, t.people), (15.0, 2.0, 8));
    assert_eq!(t.need, Need::Minutes(5.0));
    assert_eq!(t.removable_by, Remover::Administration);
    assert_eq!(t.category, Category::Other);
    assert_eq!(
        (t.status, t.carried, t.role_hourly_cost),
        (ThiefStatus::Open, false, None)
    );
    // And back: editing shows the numbers as they were typed.
    let back = Draft::from_thief(&t, Lang::Sv);
    assert_eq!(
        (
            back.minutes.as_str(),
            back.occurrences.as_str(),
            back.people.as_str(),
            back.needed.as_str()
        ),
        ("15", "2", "8", "5")
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
fn a_carried_thief_is_asked_where_it_stands() {
    let t = TimeThief {
        carried: true,
        status: ThiefStatus::PassedOn,
        ..draft().to_thief("t1".into(), &RATES).unwrap()
    };
    let d = Draft::from_thief(&t, Lang::Sv);
    assert_eq!(d.status, None);
    assert_eq!(d.errors(&RATES).status, Some(FieldError::NotChosen));
    let saved = Draft {
        status: Some(ThiefStatus::Reduced),
        ..d
    }
    .to_thief("t1".into(), &RATES)
    .unwrap();
    assert_eq!((saved.status, saved.carried), (ThiefStatus::Reduced, false));
}

#[test]
fn a_request_passed_on_keeps_to_whom_when_and_the_answer() {
    let t = Draft {
        status: Some(ThiefStatus::PassedOn),
        passed_to: " IT-enheten ".into(),
        passed_date: "2026-09-01".into(),
        passed_answer: "Ses över i vår".into(),
        ..draft()
    }
    .to_thief("t".into(), &RATES)
    .unwrap();
    assert_eq!(
        t.passed_on,
        Some(PassedOn {
            to: "IT-enheten".into(),
            date: "2026-09-01".into(),
            answer: "Ses över i vår".into()
        })
    );
    let bad = Draft {
        status: Some(ThiefStatus::PassedOn),
        passed_date: "1 september".into(),
        ..draft()
    };
    assert_eq!(bad.errors(&RATES).passed_date, Some(FieldError::NotADate));
    // Any other status keeps no request.
    assert_eq!(draft().to_thief("t".into(), &RATES).unwrap().passed_on, None);
}

#[test]
fn the_needed_minutes_are_checked_against_the_minutes() {
    let e = Draft {
        needed: "20".into(),
        ..draft()
    }
    .errors(&RATES);
    assert_eq!(e.needed, Some(FieldError::MoreThanMinutes { minutes: 15.0 }));
    let e = Draft {
        needed: "-1".into(),
        ..draft()
    }
    .errors(&RATES);
    assert_eq!(e.needed, Some(FieldError::Negative));
    // All 15 or none of them are fine; the minutes are only asked for a part.
    for needed in ["15", "0"] {
        assert!(
            Draft {
                needed: needed.into(),
                ..draft()
            }
            .errors(&RATES)
            .is_empty()
        );
    }
    let all = Draft {
        need: Some(NeedKind::All),
        needed: "not asked".into(),
        ..draft()
    };
    assert!(all.errors(&RATES).is_empty());
    assert_eq!(all.to_thief("t".into(), &RATES).unwrap().need, Need::All);
}

#[test]
fn the_role_cost_is_asked_only_for_a_task_in_the_wrong_role() {
    let wrong = Draft {
        category: Some(Category::OutsideRole),
        role_cost: "250".into(),
        ..draft()
    };
    assert_eq!(
        wrong.to_thief("t".into(), &RATES).unwrap().role_hourly_cost,
        Some(250.0)
    );
    let bad = Draft {
        role_cost: "gratis".into(),
        ..wrong.clone()
    };
    assert_eq!(bad.errors(&RATES).role_cost, Some(FieldError::NotANumber));
    // Left empty, or on another category, it is not used.
    let empty = Draft {
        role_cost: String::new(),
        ..wrong.clone()
    };
    assert_eq!(empty.to_thief("t".into(), &RATES).unwrap().role_hourly_cost, None);
    let other = Draft {
        category: Some(Category::Meetings),
        ..bad
    };
    assert!(other.errors(&RATES).is_empty());
    assert_eq!(other.to_thief("t".into(), &RATES).unwrap().role_hourly_cost, None);
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
    // Each field's error is listed under its form id, in the order of the form.
    let ids: Vec<&str> = e
        .fields()
        .iter()
        .filter(|(_, e)| e.is_some())
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(ids, ["f-minutes", "f-people"]);
}

#[test]
fn more_than_a_full_time_year_per_person_is_an_absurd_frequency() {
    // 10 min 60 times a working day = 10 h a day: 2 125 h a year, more than 1 700.
    let d = Draft {
        minutes: "10".into(),
        occurrences: "60".into(),
        per: Some(Per::Day),
        needed: "0".into(),
        ..draft()
    };
    match d.errors(&RATES).occurrences {
        Some(FieldError::MoreThanFullTime { hours_per_person }) => close(hours_per_person, 2125.0),
        other => panic!("{other:?}"),
    }
    // 48 times a day (8 h a day) is exactly full time: allowed.
    let d = Draft {
        occurrences: "48".into(),
        ..d
    };
    assert!(d.errors(&RATES).is_empty());
}

#[test]
fn a_draft_shows_times_a_year_and_its_cost_as_soon_as_its_numbers_are_valid() {
    let half = Draft {
        title: String::new(),
        people: String::new(),
        ..draft()
    };
    assert_eq!(half.cost(&RATES), None);
    // Twice a week is 2 × 42,5 = 85 times a year; without "how often", nothing yet.
    close(half.times_a_year(&RATES).unwrap(), 85.0);
    assert_eq!(Draft { per: None, ..draft() }.times_a_year(&RATES), None);
    // The title is not needed for the preview: 15 min × 85 × 8 = 170 h; 10 of 15 min lost.
    let c = Draft {
        title: String::new(),
        ..draft()
    }
    .cost(&RATES)
    .unwrap();
    close(c.hours_per_year, 170.0);
    close(c.net_loss, 170.0 * 350.0 * 10.0 / 15.0);
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
    for s in ThiefStatus::ALL {
        assert_eq!(serde_json::to_value(s).unwrap(), s.key());
    }
    assert_eq!(serde_json::to_value(Need::Nothing).unwrap(), "nothing");
    assert_eq!(serde_json::to_value(Need::All).unwrap(), "all");
    assert_eq!(
        serde_json::to_value(Need::Minutes(10.0)).unwrap(),
        serde_json::json!({ "minutes": 10.0 })
    );
}
