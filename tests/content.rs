//! The built-in content: seven principles of SOU 2018:47, enough statements, no empty text,
//! unique ids, every statement traced to a source, and the translation in step with Swedish.

use tillit::domain::content::Files;
use tillit::domain::{Content, Lang};

const PRINCIPLES: [(&str, &str); 7] = [
    ("tillit", "Tillit"),
    ("medborgarfokus", "Medborgarfokus"),
    ("helhetssyn", "Helhetssyn"),
    ("handlingsutrymme", "Handlingsutrymme"),
    ("stod", "Stöd"),
    ("kunskap", "Kunskap"),
    ("oppenhet", "Öppenhet"),
];

#[test]
fn every_language_loads_without_problems() {
    for lang in Lang::ALL {
        let content = Content::load(lang).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(content.problems(), Vec::<String>::new(), "content/{}", lang.code());
    }
}

#[test]
fn swedish_has_the_seven_principles_in_order() {
    let content = Content::get(Lang::Sv);
    let got: Vec<(&str, &str)> = content
        .principles
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(got, PRINCIPLES);
}

#[test]
fn each_principle_has_at_least_four_statements_and_a_reflection_question() {
    for lang in Lang::ALL {
        for p in &Content::get(lang).principles {
            assert!(p.statements.len() >= 4, "{}: {} statements", p.id, p.statements.len());
            assert!(
                (1..=2).contains(&p.reflection.len()),
                "{}: {} questions",
                p.id,
                p.reflection.len()
            );
        }
    }
}

#[test]
fn swedish_statements_are_about_our_own_workplace() {
    for p in &Content::get(Lang::Sv).principles {
        for s in &p.statements {
            assert!(s.text.starts_with("Hos oss"), "{}: {:?}", s.id, s.text);
        }
    }
}

#[test]
fn guiding_sentences_are_the_reports_own() {
    let tillit = Content::get(Lang::Sv).principle("tillit").unwrap();
    assert_eq!(
        tillit.guiding,
        "Sträva efter att som utgångspunkt välja att lita på dem du samarbetar med och ha positiva förväntningar."
    );
    let oppenhet = Content::get(Lang::Sv).principle("oppenhet").unwrap();
    assert!(
        oppenhet.guiding.contains("välkomna oliktänkande"),
        "{}",
        oppenhet.guiding
    );
}

#[test]
fn english_is_the_same_content_translated() {
    let sv = Content::get(Lang::Sv);
    let en = Content::get(Lang::En);
    assert_eq!(sv.differences(en), Vec::<String>::new());
    for (a, b) in sv.principles.iter().zip(&en.principles) {
        assert_ne!(a.explanation, b.explanation, "{} is not translated", a.id);
    }
}

#[test]
fn problems_are_found_in_broken_content() {
    let principles = r#"{"principles": [
        {"id": "a", "name": "A", "guiding": " ", "explanation": "x", "reflection": [],
         "statements": [
            {"id": "a.1", "text": "t", "source": {"doc": "001", "lines": [5, 4], "quote": "q"}},
            {"id": "a.1", "text": "", "source": {"doc": "999", "lines": [1, 1], "quote": "q"}}
         ]}
    ]}"#;
    let sources = r#"{"sources": [{"id": "001", "file": "f", "title": "t", "publisher": "p", "date": "d"}]}"#;
    let thieves = r#"{"starters": [
        {"id": "a.1", "title": "T", "description": "", "category": "reporting", "minutes": 0, "occurrences": 1,
         "per": "week", "people": 1, "beneficiaries": [], "removable_by": "board",
         "principles": ["nope"], "remedy": "r", "source": {"doc": "001", "lines": [1, 1], "quote": "q"}}
    ]}"#;
    let content = Content::parse(
        Lang::Sv,
        Files {
            principles,
            thieves,
            actions: r#"{"principle_actions": [], "thief_actions": []}"#,
            sources,
        },
    )
    .unwrap();
    let problems = content.problems().join("\n");
    for expected in [
        "principle \"a\": guiding is empty",
        "statement \"a.1\": text is empty",
        "id \"a.1\" is used more than once",
        "has 0 reflection questions",
        "has 2 statements, fewer than 4",
        "line range 5–4 is not a range",
        "unknown source document \"999\"",
        "starter \"a.1\": description is empty",
        "starter \"a.1\": its example numbers must be above zero",
        "starter \"a.1\": unknown principle \"nope\"",
    ] {
        assert!(problems.contains(expected), "missing {expected:?} in:\n{problems}");
    }
}

#[test]
fn a_malformed_file_names_itself() {
    let files = Files {
        principles: "{\"principles\": [",
        thieves: "{}",
        actions: "{}",
        sources: "{}",
    };
    let err = Content::parse(Lang::En, files).unwrap_err();
    assert_eq!(err.file, "content/en/principles.json");
}

#[test]
fn there_are_starter_time_thieves_drawn_from_the_sources() {
    for lang in Lang::ALL {
        let starters = &Content::get(lang).starters;
        assert!(starters.len() >= 5, "{}: {} starters", lang.code(), starters.len());
    }
}
