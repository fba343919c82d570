//! The built-in content: seven principles of SOU 2018:47, enough statements, no empty text,
//! unique ids, every statement traced to a source, and the translation in step with Swedish.

use tillit::domain::content::Files;
use tillit::domain::{Content, Lang, ui};

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
            actions: r#"{"principle_actions": [
                {"id": "b.x", "principle": "a", "title": "T", "description": "d", "source": {"doc": "001", "lines": [1, 1], "quote": "q"}}
            ], "thief_actions": []}"#,
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
        "action \"b.x\": its id does not begin with its principle \"a\" and a dot",
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
        let starters = &Content::get(lang).starters();
        assert!(starters.len() >= 5, "{}: {} starters", lang.code(), starters.len());
    }
}

/// Letters and digits only, lower case, with Swedish and other accents folded, so that a quote
/// can be compared with the scanned source text, which lost most of its accents.
fn folded(text: &str) -> Vec<u8> {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'å' | 'ä' | 'à' | 'á' | 'â' => Some(b'a'),
            'ö' | 'ó' | 'ô' | 'ø' => Some(b'o'),
            'é' | 'è' | 'ë' | 'ê' => Some(b'e'),
            'ü' | 'ú' => Some(b'u'),
            'í' | 'ï' => Some(b'i'),
            c if c.is_ascii_alphanumeric() => Some(c as u8),
            _ => None,
        })
        .collect()
}

/// The fewest edits that turn `needle` into some stretch of `hay` (Sellers' algorithm).
fn edits_to_find(needle: &[u8], hay: &[u8]) -> usize {
    let mut row: Vec<usize> = vec![0; hay.len() + 1];
    for (i, &n) in needle.iter().enumerate() {
        let mut next = vec![i + 1; hay.len() + 1];
        for (j, &h) in hay.iter().enumerate() {
            let swap = row[j] + usize::from(n != h);
            next[j + 1] = swap.min(row[j + 1] + 1).min(next[j] + 1);
        }
        row = next;
    }
    row.into_iter().min().unwrap_or(needle.len())
}

/// Why `quote` is not in lines `from..=to` of `seed`, or None when it is. The quote's parts
/// between "…" must each be there, allowing the scanning errors of the source (one edit in ten
/// letters), and each part's first and last twenty letters must be there almost exactly, so a
/// line range that misses the start or the end of a quote is caught.
fn quote_missing(seed: &str, [from, to]: [u32; 2], quote: &str) -> Option<String> {
    let lines: Vec<&str> = seed.lines().collect();
    if from == 0 || to as usize > lines.len() {
        return Some(format!("lines {from}–{to} are outside the document"));
    }
    let hay = folded(&lines[from as usize - 1..to as usize].join(" "));
    for part in quote.split('…').map(folded).filter(|p| p.len() >= 8) {
        let whole = edits_to_find(&part, &hay);
        let edge = part.len().min(20);
        let start = edits_to_find(&part[..edge], &hay);
        let end = edits_to_find(&part[part.len() - edge..], &hay);
        if whole * 10 > part.len() || start > 2 || end > 2 {
            let text = String::from_utf8_lossy(&part);
            return Some(format!("{text:?} is not there ({whole}, {start}, {end} edits)"));
        }
    }
    None
}

#[test]
fn quoting_finds_only_what_the_lines_say() {
    let seed = "Inledning\nTillit innebdr inte att medarbetaren fritt\nkan valja vad hen ska arbeta med.\n";
    let quote = "Tillit innebär inte att medarbetaren fritt kan välja vad hen ska arbeta med.";
    assert_eq!(quote_missing(seed, [2, 3], quote), None);
    assert!(quote_missing(seed, [3, 3], quote).is_some(), "the start is on line 2");
    assert!(quote_missing(seed, [1, 2], quote).is_some(), "the end is on line 3");
    assert!(quote_missing(seed, [2, 9], quote).is_some(), "past the end");
    assert!(quote_missing(seed, [2, 3], "Medarbetaren väljer fritt vad hen gör.").is_some());
}

/// The seeds are not part of the repository; they are read from `TILLIT_SEEDS`, or from
/// `../shared/seeds` beside the checkout.
fn seeds_dir() -> std::path::PathBuf {
    std::env::var_os("TILLIT_SEEDS")
        .map(Into::into)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"))
}

#[test]
fn every_quote_is_in_the_lines_it_cites() {
    let dir = seeds_dir();
    // A checkout without the source documents beside it cannot check its quotes; it says so
    // rather than fail on a missing folder.
    if !dir.is_dir() {
        eprintln!("quotes not checked: no seeds at {} (set TILLIT_SEEDS)", dir.display());
        return;
    }
    for lang in Lang::ALL {
        let wrong = misquoted(Content::get(lang), &dir);
        assert_eq!(wrong, Vec::<String>::new(), "content/{}", lang.code());
    }
}

/// Each citation of `content` whose quote is not found in the lines it gives.
fn misquoted(content: &Content, dir: &std::path::Path) -> Vec<String> {
    let seed = |doc: &str| -> String {
        let file = &content
            .source(doc)
            .unwrap_or_else(|| panic!("unknown source {doc}"))
            .file;
        std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (set TILLIT_SEEDS to the seeds' folder)",
                dir.join(file).display()
            )
        })
    };
    let mut cited = Vec::new();
    for p in &content.principles {
        cited.extend(p.statements.iter().map(|s| (s.id.clone(), &s.source)));
    }
    cited.extend(content.starters().iter().map(|s| (s.thief.id.clone(), &s.source)));
    cited.extend(content.principle_actions().iter().map(|a| (a.id.clone(), &a.source)));
    cited.extend(
        content
            .thief_actions()
            .iter()
            .map(|a| (a.kind.key().to_string(), &a.source)),
    );
    cited
        .into_iter()
        .filter_map(|(id, s)| {
            quote_missing(&seed(&s.doc), s.lines, &s.quote)
                .map(|why| format!("{id} ({} {}–{}): {why}", s.doc, s.lines[0], s.lines[1]))
        })
        .collect()
}

/// The English bundle as `scripts/content-bundle.mjs` writes it: each file whole, in one object.
fn english_bundle() -> String {
    let file = |name: &str| std::fs::read_to_string(format!("content/en/{name}.json")).unwrap();
    format!(
        r#"{{"principles":{},"thieves":{},"actions":{},"ui":{}}}"#,
        file("principles"),
        file("thieves"),
        file("actions"),
        file("ui")
    )
}

#[test]
fn the_english_bundle_reads_as_the_english_files_do() {
    let (bundled, texts) = Content::parse_bundle(Lang::En, &english_bundle()).unwrap();
    let built_in = Content::load(Lang::En).unwrap();
    // The examples and the action library are read from the bundle when first asked for.
    let parts = |c: &Content| {
        format!(
            "{:?} {:?} {:?} {:?} {:?}",
            c.principles,
            c.sources,
            c.starters(),
            c.principle_actions(),
            c.thief_actions()
        )
    };
    assert_eq!(parts(&bundled), parts(&built_in));
    assert_eq!(bundled.starters()[0].thief.title, built_in.starters()[0].thief.title);
    assert_ne!(
        bundled.starters()[0].thief.title,
        Content::get(Lang::Sv).starters()[0].thief.title,
        "English, not Swedish"
    );
    assert_eq!(
        texts,
        ui::read(&serde_json::from_str(&std::fs::read_to_string("content/en/ui.json").unwrap()).unwrap()).unwrap()
    );
    assert!(Content::install(Lang::En, &english_bundle()).is_ok());
}

#[test]
fn a_bundle_whose_examples_or_action_library_cannot_be_read_gives_the_swedish_ones() {
    // As from another version of the app: the files' keys renamed. They are read when first
    // asked for, not when the bundle is installed, and then the Swedish stand in.
    let bundle = english_bundle().replacen(r#""starters""#, r#""examples""#, 1).replacen(
        r#""thief_actions""#,
        r#""thief_library""#,
        1,
    );
    let (content, _) = Content::parse_bundle(Lang::En, &bundle).unwrap();
    let sv = Content::get(Lang::Sv);
    let titles = |starters: &[tillit::domain::content::Starter]| -> Vec<String> {
        starters.iter().map(|s| s.thief.title.clone()).collect()
    };
    assert_eq!(titles(content.starters()), titles(sv.starters()));
    assert_eq!(
        format!("{:?}", content.principle_actions()),
        format!("{:?}", sv.principle_actions())
    );
    assert_eq!(
        format!("{:?}", content.thief_actions()),
        format!("{:?}", sv.thief_actions())
    );
    // The principles are the bundle's own.
    assert_eq!(
        content.principles[0].name,
        Content::load(Lang::En).unwrap().principles[0].name
    );
}

#[test]
fn a_bundle_with_other_statements_or_broken_json_is_refused() {
    let bundle = english_bundle();
    let fewer = bundle.replacen(r#""id": "tillit.1""#, r#""id": "tillit.99""#, 1);
    assert_ne!(fewer, bundle, "the bundle names tillit.1");
    let err = Content::install(Lang::En, &fewer).unwrap_err();
    assert_eq!(err.file, "content-en.json");
    assert!(err.message.contains("statements"), "{err}");
    let err = Content::install(Lang::En, &bundle[..bundle.len() / 2]).unwrap_err();
    assert_eq!(err.file, "content-en.json");
    let err = Content::install(Lang::En, r#"{"principles": {"principles": []}}"#).unwrap_err();
    assert!(err.message.contains("thieves"), "{err}");
    let err = Content::install(Lang::En, r#"{"principles": {"principles": []}, "thieves": {}}"#).unwrap_err();
    assert!(err.message.contains("actions"), "{err}");
    // The interface texts of another version of the app.
    let other_texts = bundle.replacen(r#""results": "Results""#, r#""outcome": "Results""#, 1);
    assert_ne!(other_texts, bundle, "the bundle has nav.results");
    let err = Content::install(Lang::En, &other_texts).unwrap_err();
    assert_eq!(err.file, "content-en.json");
    assert!(err.message.contains("texts"), "{err}");
}
