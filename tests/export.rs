//! CSV for Excel: the byte order mark, semicolons and CRLF, numbers with the language's decimal
//! separator, text that a spreadsheet would run as a formula made plain, and the results and
//! time-thief exports worked by hand.

use tillit::domain::audit::*;
use tillit::domain::export::{Field, ResultLabels, ThiefLabels, csv, results_csv, thieves_csv};
use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::{Content, Lang};

fn lines(csv: &str) -> Vec<&str> {
    csv.trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn text_cells_are_guarded_and_numbers_follow_the_language() {
    let rows = vec![vec![
        Field::Text("=HYPERLINK(\"x\")"),
        Field::Text("Kim; Bo"),
        Field::Number(Some(1234.5)),
    ]];
    let sv = csv(&["Titel", "Vem", "Tal"], rows, Lang::Sv);
    assert!(sv.starts_with('\u{feff}'));
    assert_eq!(
        lines(&sv),
        ["Titel;Vem;Tal", "\"'=HYPERLINK(\"\"x\"\")\";\"Kim; Bo\";1234,5"]
    );
    let en = csv(
        &["Title"],
        vec![vec![Field::Number(Some(0.25))], vec![Field::Number(None)]],
        Lang::En,
    );
    assert_eq!(lines(&en), ["Title", "0.25", "\"\""]);
}

const LABELS: ResultLabels = ResultLabels {
    principle: "Princip",
    statement: "Påstående",
    mean: "Medelvärde",
    scored: "Med betyg",
    dont_know: "Vet ej",
    unanswered: "Obesvarade",
    spread: "Spridning",
    too_few: "för få svar",
    all_statements: "Alla påståenden",
};

#[test]
fn results_give_each_principle_and_statement_with_its_figures() {
    let content = Content::get(Lang::Sv);
    let mut round = Round::new(
        "r".into(),
        "Enheten".into(),
        "2026-11-24".into(),
        Participant {
            id: "team".into(),
            name: String::new(),
        },
    );
    round.assessment.set_answer("team", "tillit.1", Some(Answer::Score(2)));
    round.assessment.set_answer("team", "tillit.2", Some(Answer::Score(5)));
    round.assessment.set_answer("team", "tillit.3", Some(Answer::DontKnow));
    let out = results_csv(content, &round, 3, &LABELS, Lang::Sv);
    let rows = lines(&out);
    // A header, then for each of the 7 principles its own row and its statements (36 in all).
    assert_eq!(rows.len(), 1 + 7 + 36);
    assert_eq!(
        rows[0],
        "Princip;Påstående;Medelvärde;Med betyg;Vet ej;Obesvarade;Spridning"
    );
    // Tillit: 2 and 5 → mean 3,5, spread 1,5; one "vet ej"; two unanswered.
    assert_eq!(rows[1], "Tillit;Alla påståenden;3,5;2;1;2;1,5");
    let first = &content.principles[0].statements[0].text;
    assert_eq!(rows[2], format!("Tillit;{first};2;1;0;0;0"));
    assert!(rows[7].starts_with("Medborgarfokus;Alla påståenden;;0;0;5;"));
}

#[test]
fn in_a_workshop_no_figures_are_given_where_too_few_answered() {
    let content = Content::get(Lang::Sv);
    let mut round = Round::new(
        "r".into(),
        "Enheten".into(),
        "2026-11-24".into(),
        Participant {
            id: "a".into(),
            name: String::new(),
        },
    );
    round.workshop = true;
    round.assessment.set_answer("a", "tillit.1", Some(Answer::Score(1)));
    let out = results_csv(content, &round, 3, &LABELS, Lang::Sv);
    assert_eq!(lines(&out)[1], "Tillit;Alla påståenden;för få svar;;;;");
    assert!(!out.contains(";1;0;"));
}

#[test]
fn time_thieves_come_largest_loss_first_with_their_cost() {
    let mut audit = Audit::default();
    let thief = |id: &str, title: &str, minutes: f64, need| TimeThief {
        id: id.into(),
        title: title.into(),
        description: String::new(),
        category: Category::Reporting,
        minutes,
        occurrences: 1.0,
        per: Per::Week,
        people: 2,
        need,
        beneficiaries: vec![],
        removable_by: Remover::Board,
        principles: vec![],
        remedy: String::new(),
        role_hourly_cost: None,
        status: ThiefStatus::PassedOn,
        passed_on: None,
        carried: false,
    };
    audit.thieves = vec![
        thief("a", "Liten", 6.0, Need::Minutes(1.5)),
        TimeThief {
            description: "Varje vecka; två rader\nmed åäö".into(),
            remedy: "Slå ihop med månadsrapporten".into(),
            ..thief("b", "-Stor", 60.0, Need::Nothing)
        },
    ];
    let header = [
        "Titel",
        "Beskrivning",
        "Typ",
        "Min",
        "Gånger",
        "Per",
        "Gånger/år",
        "Personer",
        "Timmar",
        "Tjänster",
        "Kr",
        "Nytta",
        "Behövs",
        "Förlorade timmar",
        "Förlust",
        "Läge",
        "Vem",
        "Idé",
    ];
    let labels = ThiefLabels {
        header,
        category: &|c| if c == Category::Reporting { "<reporting>" } else { "?" },
        per: &|p| if p == Per::Week { "<week>" } else { "?" },
        need: &|n| match n {
            NeedKind::Nothing => "<nothing>",
            _ => "<part or all>",
        },
        status: &|s| if s == ThiefStatus::PassedOn { "<passed on>" } else { "?" },
        remover: &|r| if r == Remover::Board { "<board>" } else { "?" },
    };
    let out = thieves_csv(&audit, &labels, Lang::Sv);
    let rows = lines(&out);
    assert_eq!(rows.len(), 3);
    // 60 min a week for 2 people: 1 700 h / 40 h = 42,5 weeks → 85 h; 85 / 1 700 = 0,05 posts;
    // × 346 (35 000 × 12 × 1,4 / 1 700, rounded) = 29 410 kr, all of it lost: the benefit needs
    // none of the time. The exact figures, not the rounded ones the page shows. The title is
    // guarded.
    assert_eq!(
        rows[1],
        "'-Stor;\"Varje vecka; två rader\nmed åäö\";<reporting>;60;1;<week>;42,5;2;85;0,05;29410;<nothing>;0;85;29410;<passed on>;<board>;Slå ihop med månadsrapporten"
    );
    // 6 min a week, 1,5 of them needed: 8,5 h, 2 941 kr, 6,375 h and 2 205,75 kr lost.
    assert_eq!(
        rows[2],
        "Liten;;<reporting>;6;1;<week>;42,5;2;8,5;0,005;2941;<part or all>;1,5;6,375;2205,75;<passed on>;<board>;"
    );
    assert!(rows[2].starts_with("Liten;"));
}
