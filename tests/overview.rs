//! The förvaltning's overview: a unit's report file (built from a round, threshold respected,
//! read back and checked with the place of a fault named), reports from many units put
//! together (duplicates once, newer replacing older), the table, and the recurring time thieves.
//! Every number is worked by hand.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use tillit::domain::audit::{Category, Need, Per, Remover, ThiefStatus, TimeThief};
use tillit::domain::history::Period;
use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::overview::{self, Added, SortBy};
use tillit::domain::plan::{Action, Status};
use tillit::domain::unit_report::{self, OtherKind, ReportError, ReportThief, UnitReport};
use tillit::domain::{Content, Lang};
use tillit::store::reports::HeldReports;

fn content() -> &'static Content {
    Content::get(Lang::Sv)
}

const fn s(n: u8) -> Answer {
    Answer::Score(n)
}
const DK: Answer = Answer::DontKnow;

/// A workshop round where participant `i` answered `answers[i]`.
fn workshop(id: &str, unit: &str, date: &str, answers: &[&[(&str, Answer)]]) -> Round {
    let mut round = Round::new(
        id.into(),
        unit.into(),
        date.into(),
        Participant {
            id: "p0".into(),
            name: String::new(),
        },
    );
    round.workshop = true;
    round.assessment.participants.clear();
    for (i, given) in answers.iter().enumerate() {
        let pid = format!("p{i}");
        round.assessment.participants.push(Participant {
            id: pid.clone(),
            name: format!("Person {i}"),
        });
        for (statement, answer) in given.iter() {
            round.assessment.set_answer(&pid, statement, Some(*answer));
        }
    }
    round
}

fn thief(title: &str, category: Category, remover: Remover, people: u32) -> TimeThief {
    TimeThief {
        id: tillit::domain::text::lowercase(title),
        title: title.into(),
        description: String::new(),
        category,
        minutes: 30.0,
        occurrences: 1.0,
        per: Per::Week,
        people,
        need: Need::Minutes(7.5),
        beneficiaries: Vec::new(),
        removable_by: remover,
        principles: Vec::new(),
        remedy: String::new(),
        role_hourly_cost: None,
        status: ThiefStatus::Open,
        passed_on: None,
        carried: false,
    }
}

/// Unit A, a workshop of three (threshold 3):
///   tillit.1: 1, 5, 3      shown, counts [1,0,1,0,1]
///   tillit.2: 4, 4, 4      shown, counts [0,0,0,3,0]
///   tillit.3: 2, 3, vet ej answered by three, scored by two: left out
///   stod.1:   5, 5         answered by two: left out
fn unit_a() -> Round {
    let mut round = workshop(
        "ra",
        "Hemtjänsten Farsta",
        "2026-10-01",
        &[
            &[
                ("tillit.1", s(1)),
                ("tillit.2", s(4)),
                ("tillit.3", s(2)),
                ("stod.1", s(5)),
            ],
            &[
                ("tillit.1", s(5)),
                ("tillit.2", s(4)),
                ("tillit.3", s(3)),
                ("stod.1", s(5)),
            ],
            &[("tillit.1", s(3)), ("tillit.2", s(4)), ("tillit.3", DK)],
        ],
    );
    round.audit.thieves.push(thief(
        "Dubbeldokumentation i två system",
        Category::Documentation,
        Remover::Administration,
        10,
    ));
    round.plan.actions.push(Action {
        id: "a1".into(),
        title: "Färre blanketter".into(),
        status: Status::InProgress,
        due: "2027-01-31".into(),
        owner: "Kim".into(),
        ..Action::default()
    });
    round
}

#[test]
fn a_report_holds_counts_only_for_statements_past_the_threshold_and_lists_the_rest_as_left_out() {
    let round = unit_a();
    let report = unit_report::build(content(), &round, 3, "2026-10-02T09:00:00Z");
    assert_eq!(
        (report.kind.as_str(), report.version),
        (unit_report::KIND, unit_report::VERSION)
    );
    assert_eq!(
        (report.unit.as_str(), report.round.as_str(), report.date.as_str()),
        ("Hemtjänsten Farsta", "ra", "2026-10-01")
    );
    assert_eq!((report.min_group, report.respondents), (3, 3));
    let tillit = &report.principles[0];
    assert_eq!(tillit.id, "tillit");
    let shown: Vec<(&str, [u32; 5], u32)> = tillit
        .statements
        .iter()
        .map(|s| (s.id.as_str(), s.counts, s.dont_know))
        .collect();
    assert_eq!(
        shown,
        vec![("tillit.1", [1, 0, 1, 0, 1], 0), ("tillit.2", [0, 0, 0, 3, 0], 0)]
    );
    assert_eq!(tillit.left_out, vec!["tillit.3", "tillit.4", "tillit.5"]);
    let stod = report.principles.iter().find(|p| p.id == "stod").unwrap();
    assert!(stod.statements.is_empty());
    let stod_statements = content()
        .principles
        .iter()
        .find(|p| p.id == "stod")
        .unwrap()
        .statements
        .len();
    assert_eq!(stod.left_out.len(), stod_statements);
    // Nothing in the file names a participant or carries one person's answer.
    let json = report.to_json();
    assert!(!json.contains("Person") && !json.contains("Kim") && !json.contains("\"p0\""));
    // The thief with the figures of the unit's own audit, and the action with its status.
    let (t, cost) = round.audit.ranked()[0];
    assert_eq!(report.thieves.len(), 1);
    // A removed thief and one worth its time are not in the file.
    let mut more = round.clone();
    more.audit.thieves.push(TimeThief {
        status: ThiefStatus::Removed,
        ..thief("Borttagen rapport", Category::Reporting, Remover::Board, 5)
    });
    more.audit.thieves.push(TimeThief {
        need: Need::All,
        ..thief("Teamträff", Category::Meetings, Remover::Unit, 5)
    });
    let titles: Vec<String> = unit_report::build(content(), &more, 3, "2026-10-02T09:00:00Z")
        .thieves
        .into_iter()
        .map(|t| t.title)
        .collect();
    assert_eq!(titles, [t.title.as_str()]);
    assert_eq!(report.thieves[0].title, t.title);
    assert_eq!(report.thieves[0].full_time, cost.full_time);
    assert_eq!(report.thieves[0].net_loss, cost.net_loss);
    assert_eq!(report.thieves[0].removable_by, Remover::Administration);
    assert_eq!(report.actions[0].status, Status::InProgress);
    assert_eq!(report.actions[0].due, "2027-01-31");
    // It reads back the same.
    assert_eq!(unit_report::parse(&json).unwrap(), report);
}

#[test]
fn a_workshop_with_fewer_than_the_threshold_gives_no_counts_at_all() {
    let round = workshop(
        "r",
        "Enhet",
        "2026-03-01",
        &[&[("tillit.1", s(2))], &[("tillit.1", s(3))]],
    );
    let report = unit_report::build(content(), &round, 3, "2026-03-02T08:00:00Z");
    // Every statement of every principle is left out, none counted.
    for (p, principle) in report.principles.iter().zip(&content().principles) {
        assert!(p.statements.is_empty());
        assert_eq!(p.left_out.len(), principle.statements.len(), "{}", principle.id);
    }
    assert_eq!(report.respondents, 2);
}

#[test]
fn a_round_the_team_answers_together_is_its_own_and_reported_whole() {
    let mut round = Round::new(
        "rb".into(),
        "Skolan Norr".into(),
        "2026-09-15".into(),
        Participant {
            id: "team".into(),
            name: "Laget".into(),
        },
    );
    round.assessment.set_answer("team", "tillit.1", Some(s(2)));
    round.assessment.set_answer("team", "stod.1", Some(s(4)));
    let report = unit_report::build(content(), &round, 3, "2026-09-16T08:00:00Z");
    assert_eq!(report.min_group, 1);
    assert_eq!(report.statement("tillit.1").unwrap().counts, [0, 1, 0, 0, 0]);
    assert_eq!(report.statement("stod.1").unwrap().counts, [0, 0, 0, 1, 0]);
}

fn valid() -> UnitReport {
    unit_report::build(content(), &unit_a(), 3, "2026-10-02T09:00:00Z")
}

fn with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&valid().to_json()).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn damaged_files_are_refused_with_the_place_in_the_file() {
    let invalid = |raw: &str| match unit_report::parse(raw) {
        Err(ReportError::Invalid { path, .. }) => path,
        other => panic!("expected a field error, got {other:?}"),
    };
    assert_eq!(invalid(&with(|v| v["date"] = "2026-13-01".into())), "date");
    assert_eq!(
        invalid(&with(
            |v| v["principles"][0]["statements"][1]["counts"] = serde_json::json!([1, 2])
        )),
        "principles[0].statements[1].counts"
    );
    assert_eq!(
        invalid(&with(
            |v| v["principles"][0]["statements"][0]["counts"][2] = serde_json::json!(-1)
        )),
        "principles[0].statements[0].counts[2]"
    );
    assert_eq!(
        invalid(&with(|v| v["thieves"][0]["full_time"] = serde_json::json!(-0.5))),
        "thieves[0].full_time"
    );
    assert_eq!(
        invalid(&with(|v| v["thieves"][0]["removable_by"] = "mayor".into())),
        "thieves[0].removable_by"
    );
    assert_eq!(
        invalid(&with(|v| {
            v.as_object_mut().unwrap().remove("unit");
        })),
        "unit"
    );
    assert_eq!(
        invalid(&with(|v| v["actions"][0]["status"] = "forgotten".into())),
        "actions[0].status"
    );
    // Counts of a statement fewer answered than the file's own threshold: never read.
    assert_eq!(
        unit_report::parse(&with(
            |v| v["principles"][0]["statements"][1]["counts"] = serde_json::json!([0, 0, 0, 2, 0])
        )),
        Err(ReportError::UnderThreshold {
            path: "principles[0].statements[1]".into()
        })
    );
    // Cut off: not JSON, with where it stops.
    let raw = valid().to_json();
    assert!(matches!(unit_report::parse(&raw[..raw.len() / 2]), Err(ReportError::NotJson { line, .. }) if line > 1));
}

#[test]
fn other_files_are_told_apart_from_report_files() {
    let backup = r#"{"version":4,"settings":{},"rounds":[],"active_round":null}"#;
    assert_eq!(
        unit_report::parse(backup),
        Err(ReportError::NotAReport(OtherKind::Backup))
    );
    let response = r#"{"kind":"tillit-response","version":1,"id":"x","unit":"A","date":"2026-01-01","answers":{}}"#;
    assert_eq!(
        unit_report::parse(response),
        Err(ReportError::NotAReport(OtherKind::Response))
    );
    assert_eq!(
        unit_report::parse("[1,2]"),
        Err(ReportError::NotAReport(OtherKind::Unknown))
    );
    assert_eq!(
        unit_report::parse(&with(|v| v["version"] = 2.into())),
        Err(ReportError::TooNew { found: 2 })
    );
    let big = format!(
        "{{\"kind\":\"{}\",\"pad\":\"{}\"}}",
        unit_report::KIND,
        "x".repeat(unit_report::MAX_BYTES)
    );
    assert!(matches!(unit_report::parse(&big), Err(ReportError::TooLarge { .. })));
}

#[test]
fn the_same_file_twice_counts_once_and_a_newer_one_replaces_the_older_saying_so() {
    let mut held = Vec::new();
    let first = valid();
    assert_eq!(overview::add(&mut held, first.clone()), Added::New);
    assert_eq!(overview::add(&mut held, first.clone()), Added::AlreadyHere);
    let mut newer = first.clone();
    newer.saved = "2026-10-05T12:00:00Z".into();
    newer.respondents = 4;
    // The same unit written differently is the same unit.
    newer.unit = " hemtjänsten farsta ".into();
    assert_eq!(
        overview::add(&mut held, newer.clone()),
        Added::Replaced {
            previous_saved: first.saved.clone()
        }
    );
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].respondents, 4);
    // The older file read after the newer one changes nothing.
    assert_eq!(
        overview::add(&mut held, first.clone()),
        Added::Older {
            held_saved: newer.saved.clone()
        }
    );
    assert_eq!(held[0], newer);
    // Another round of the same unit is another report.
    let mut other = first;
    other.round = "ra-2".into();
    assert_eq!(overview::add(&mut held, other), Added::New);
    assert_eq!(held.len(), 2);
}

/// A report of `unit` on `date` with the given counts per statement and no thieves.
fn report(unit: &str, round: &str, date: &str, counts: &[(&str, [u32; 5])]) -> UnitReport {
    let mut r = valid();
    r.unit = unit.into();
    r.round = round.into();
    r.date = date.into();
    r.thieves.clear();
    r.actions.clear();
    r.respondents = 5;
    for p in &mut r.principles {
        p.statements.clear();
        p.left_out.clear();
    }
    for (id, c) in counts {
        let principle = id.split('.').next().unwrap();
        let p = r.principles.iter_mut().find(|p| p.id == principle).unwrap();
        p.statements.push(unit_report::ReportStatement {
            id: (*id).into(),
            counts: *c,
            dont_know: 0,
        });
    }
    r
}

#[test]
fn the_table_has_each_units_latest_report_of_the_half_year_with_its_change_since_the_last() {
    let reports = vec![
        // A: H1 tillit (3×2 + 2×4)/5 = 2,8; H2 tillit (5×4)/5 = 4, stod 3 → overall 3,5.
        report("A", "a1", "2026-03-01", &[("tillit.1", [0, 3, 0, 2, 0])]),
        report(
            "A",
            "a2",
            "2026-09-01",
            &[("tillit.1", [0, 0, 0, 5, 0]), ("stod.1", [0, 0, 5, 0, 0])],
        ),
        // B: two rounds in H2, the later counts: tillit 1,0.
        report("B", "b1", "2026-08-01", &[("tillit.1", [0, 0, 0, 0, 5])]),
        report("B", "b2", "2026-11-01", &[("tillit.1", [5, 0, 0, 0, 0])]),
        // C: nothing shown.
        report("C", "c1", "2026-10-10", &[]),
    ];
    assert_eq!(
        overview::periods(&reports),
        vec![Period { year: 2026, half: 2 }, Period { year: 2026, half: 1 }]
    );
    let h2 = Period { year: 2026, half: 2 };
    let mut rows = overview::table(content(), &reports, h2);
    let units: Vec<&str> = rows.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(units, ["A", "B", "C"]);
    let a = &rows[0];
    assert_eq!(a.figures.means[0], Some(4.0));
    assert_eq!(a.figures.means[4], Some(3.0));
    assert_eq!(a.figures.overall, Some(3.5));
    assert_eq!(a.answers, 10);
    let (period, before) = a.previous.as_ref().unwrap();
    assert_eq!(*period, Period { year: 2026, half: 1 });
    assert_eq!(before.means[0], Some(2.8));
    assert!((a.change(0).unwrap() - 1.2).abs() < 1e-9);
    assert_eq!(a.change(4), None);
    assert!((a.overall_change().unwrap() - 0.7).abs() < 1e-9);
    assert_eq!(rows[1].date, "2026-11-01");
    assert_eq!(rows[1].figures.means[0], Some(1.0));
    assert_eq!(rows[1].previous, None);
    assert_eq!(rows[2].figures.overall, None);

    // Sorted by Tillit, lowest first, and highest first: C without a figure last both ways.
    overview::sort(&mut rows, SortBy::Principle(0), true);
    assert_eq!(
        rows.iter().map(|r| r.unit.as_str()).collect::<Vec<_>>(),
        ["B", "A", "C"]
    );
    overview::sort(&mut rows, SortBy::Principle(0), false);
    assert_eq!(
        rows.iter().map(|r| r.unit.as_str()).collect::<Vec<_>>(),
        ["A", "B", "C"]
    );
    overview::sort(&mut rows, SortBy::Unit, false);
    assert_eq!(
        rows.iter().map(|r| r.unit.as_str()).collect::<Vec<_>>(),
        ["C", "B", "A"]
    );

    // The statement level: tillit.1 over A and B pools 5×4 and 5×1 (mean 2,5), lowest B;
    // C left it out.
    let latest = overview::latest_in(&reports, h2);
    let statements = overview::statements(content(), &latest);
    let t1 = statements.iter().find(|s| s.statement == "tillit.1").unwrap();
    assert_eq!((t1.units, t1.left_out), (2, 1));
    assert_eq!(t1.distribution.mean(), Some(2.5));
    assert_eq!(t1.lowest, Some(("B".to_string(), 1.0)));
}

#[test]
fn the_colour_scale_has_a_step_per_score_rounded_halves_up() {
    let steps: Vec<u8> = [1.0, 1.49, 1.5, 2.8, 3.5, 4.49, 4.5, 5.0]
        .into_iter()
        .map(overview::level)
        .collect();
    assert_eq!(steps, [1, 1, 2, 3, 4, 4, 5, 5]);
}

#[test]
fn this_browsers_rounds_count_only_where_no_file_covers_the_same_round() {
    let file = report("A", "a1", "2026-03-01", &[("tillit.1", [0, 0, 0, 5, 0])]);
    let local_same = report("a", "a1", "2026-03-01", &[("tillit.1", [5, 0, 0, 0, 0])]);
    let local_other = report("D", "d1", "2026-03-01", &[]);
    let all = overview::with_local(std::slice::from_ref(&file), vec![local_same, local_other]);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], file);
    assert_eq!(all[1].unit, "D");
}

fn reported(title: &str, category: Category, remover: Remover, full_time: f64) -> ReportThief {
    ReportThief {
        title: title.into(),
        category,
        removable_by: remover,
        hours_per_year: full_time * 1700.0,
        full_time,
        kronor: full_time * 1700.0 * 350.0,
        net_loss: full_time * 1700.0 * 350.0 * 0.75,
        remedy: String::new(),
    }
}

#[test]
fn similar_titles_are_suggested_by_shared_words() {
    // "dubbeldokumentation i två system" → {dubbel, två, system}; "dokumentation i två system"
    // → {dokume, två, system}: 2 shared of 4, 0,5.
    assert_eq!(
        overview::words("Dubbeldokumentation i två system!"),
        ["dubbel", "system", "två"].map(String::from).into()
    );
    assert_eq!(
        overview::similarity("Dubbeldokumentation i två system", "Dokumentation i två system"),
        0.5
    );
    assert_eq!(
        overview::similarity("Veckorapport till nämnden", "Mötet om schemat"),
        0.0
    );
    assert_eq!(
        overview::title_key("  Dubbel-dokumentation,  I Två system "),
        "dubbel dokumentation i två system"
    );
}

#[test]
fn recurring_thieves_are_grouped_by_remover_and_category_and_similar_titles_joined_once_confirmed() {
    let mut a = report("A", "a", "2026-09-01", &[]);
    a.thieves = vec![
        reported(
            "Dubbeldokumentation i två system",
            Category::Documentation,
            Remover::Administration,
            0.5,
        ),
        reported("Veckorapport", Category::Reporting, Remover::Board, 0.25),
    ];
    let mut b = report("B", "b", "2026-09-01", &[]);
    b.thieves = vec![
        reported(
            "dubbeldokumentation i två  system",
            Category::Documentation,
            Remover::Administration,
            0.75,
        ),
        // The same title, but removable by the unit itself: another group.
        reported("Veckorapport", Category::Reporting, Remover::Unit, 0.1),
    ];
    let mut c = report("C", "c", "2026-09-01", &[]);
    c.thieves = vec![reported(
        "Dokumentation i två system",
        Category::Documentation,
        Remover::Administration,
        0.85,
    )];
    let reports = [&a, &b, &c];

    let (list, suggestions) = overview::recurring(&reports, &[]);
    // Unconfirmed: A's and B's title is one thief (same words), C's is apart but suggested.
    assert_eq!(list.len(), 4);
    assert_eq!(list[0].titles, ["Dubbeldokumentation i två system"]);
    assert_eq!(list[0].units, ["A", "B"]);
    assert!((list[0].full_time - 1.25).abs() < 1e-9);
    assert_eq!(suggestions.len(), 1);
    assert_eq!(
        suggestions[0].keys,
        [
            "dokumentation i två system".to_string(),
            "dubbeldokumentation i två system".to_string()
        ]
    );
    assert!(!suggestions[0].confirmed);

    // Confirmed by the reviewer: reported by 3 units, 0,5 + 0,75 + 0,85 = 2,1 FTE.
    let (list, suggestions) = overview::recurring(&reports, &[suggestions[0].keys.clone()]);
    assert_eq!(list.len(), 3);
    assert_eq!(list[0].units, ["A", "B", "C"]);
    assert!((list[0].full_time - 2.1).abs() < 1e-9);
    assert_eq!(
        list[0].titles,
        ["Dubbeldokumentation i två system", "Dokumentation i två system"]
    );
    assert!(suggestions[0].confirmed);
    let groups: Vec<(Remover, Category, usize)> = list.iter().map(|r| (r.remover, r.category, r.units.len())).collect();
    assert_eq!(groups[0], (Remover::Administration, Category::Documentation, 3));
    assert!(groups.contains(&(Remover::Board, Category::Reporting, 1)));
    assert!(groups.contains(&(Remover::Unit, Category::Reporting, 1)));

    // As CSV for Excel: BOM, semicolons, Swedish decimals, CRLF.
    let labels = overview::RecurringLabels {
        header: [
            "Vem",
            "Kategori",
            "Titel",
            "Andra titlar",
            "Enheter",
            "Vilka",
            "Timmar",
            "Årsarbetare",
            "Kronor",
            "Nettoförlust",
        ],
        remover: &|r| r.key(),
        category: &|c| c.key(),
    };
    let csv = overview::recurring_csv(&list, &labels, Lang::Sv);
    assert!(csv.starts_with("\u{feff}Vem;Kategori;Titel"));
    let first = csv.split("\r\n").nth(1).unwrap();
    assert_eq!(
        first,
        "administration;documentation;Dubbeldokumentation i två system;Dokumentation i två system;3;A, B, C;3570;2,1;1249500;937125"
    );
}

#[test]
fn the_table_as_csv_has_a_row_per_unit_in_the_order_shown() {
    let reports = vec![
        report("A", "a", "2026-09-01", &[("tillit.1", [0, 0, 0, 5, 0])]),
        report("=B", "b", "2026-09-01", &[]),
    ];
    let period = Period { year: 2026, half: 2 };
    let rows = overview::table(content(), &reports, period);
    let names: Vec<&str> = content().principles.iter().map(|p| p.name.as_str()).collect();
    let labels = overview::TableLabels {
        unit: "Enhet",
        period: "Halvår",
        date: "Datum",
        respondents: "Svarande",
        answers: "Svar",
        principles: names,
        overall: "Totalt",
        change: "Förändring",
    };
    let csv = overview::table_csv(&rows, period, &labels, Lang::Sv);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 3);
    // In the order of the rows: by name, and "=" before letters. A unit name that would run as
    // a formula in Excel is guarded.
    assert_eq!(lines[1], "'=B;2026-H2;2026-09-01;5;0;;;;;;;;;");
    assert_eq!(lines[2], "A;2026-H2;2026-09-01;5;5;4;;;;;;;4;");
}

#[test]
fn reports_kept_in_the_browser_are_checked_again_on_load() {
    let mut held = HeldReports::default();
    assert_eq!(held.add(valid()), Added::New);
    held.set_merged(&["a".into(), "b".into()], true);
    let json = held.to_json();
    assert_eq!(HeldReports::restore(&json).unwrap(), held);
    // A report damaged in storage is left out; the rest stay.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut bad = v["reports"][0].clone();
    bad["date"] = "yesterday".into();
    v["reports"].as_array_mut().unwrap().push(bad);
    let restored = HeldReports::restore(&v.to_string()).unwrap();
    assert_eq!(restored.reports.len(), 1);
    held.set_merged(&["b".into(), "a".into()], false);
    assert!(held.merged.is_empty());
    assert_eq!(HeldReports::restore("{\"version\":99}"), None);
}

/// Report files with bytes flipped, inserted or removed: read cleanly or refused, never a panic;
/// what is read passes the threshold; a field error names a place.
#[test]
fn fuzzed_report_files_are_refused_cleanly_or_read_within_the_threshold() {
    let raw = valid().to_json();
    let edits = prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<u8>()), 1..6);
    let cases = std::env::var("TILLIT_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&edits, |edits| {
            let mut bytes = raw.as_bytes().to_vec();
            for (at, kind, byte) in edits {
                let i = at.index(bytes.len().max(1));
                match kind {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i.min(bytes.len()), byte),
                    _ if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => {}
                }
            }
            match unit_report::parse(&String::from_utf8_lossy(&bytes)) {
                Ok(report) => {
                    for s in report.principles.iter().flat_map(|p| &p.statements) {
                        prop_assert!(s.distribution().answered() >= report.min_group);
                    }
                    prop_assert_eq!(unit_report::parse(&report.to_json()), Ok(report.clone()));
                }
                Err(ReportError::Invalid { path, .. }) | Err(ReportError::UnderThreshold { path }) => {
                    prop_assert!(!path.is_empty())
                }
                Err(_) => {}
            }
            Ok(())
        })
        .unwrap();
}
