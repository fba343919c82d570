//! Plan generation worked by hand: deterministic, the weakest principles and statements rated
//! 1–2 get actions with their reasons, the largest thieves get the kind of action that fits,
//! unjudged principles get nothing, no duplicates, a short plan; and the exports.

use tillit::domain::audit::{Audit, Category, Need, Per, Rates, Remover, ThiefStatus, TimeThief};
use tillit::domain::content::Files;
use tillit::domain::export::*;
use tillit::domain::model::{Answer, Assessment, Participant};
use tillit::domain::plan::*;
use tillit::domain::propose::*;
use tillit::domain::scoring::{Visible, score};
use tillit::domain::{Content, Lang};

/// The scores of a team answering together, all of which may be shown.
fn team(a: &Assessment) -> Visible {
    Visible::Shown(score(&content(), a))
}

/// Three principles "a", "b", "c" with four statements each and three actions each.
fn content() -> Content {
    let source = r#"{"doc": "001", "lines": [1, 2], "quote": "q"}"#;
    let principles: Vec<String> = ["a", "b", "c"]
        .iter()
        .map(|p| {
            let statements: Vec<String> = (1..=4)
                .map(|i| format!(r#"{{"id": "{p}.{i}", "text": "Hos oss {p}{i}", "source": {source}}}"#))
                .collect();
            format!(
                r#"{{"id": "{p}", "name": "{p}", "guiding": "g", "explanation": "e", "reflection": ["r"], "statements": [{}]}}"#,
                statements.join(",")
            )
        })
        .collect();
    let actions: Vec<String> = ["a", "b", "c"]
        .iter()
        .flat_map(|p| (1..=3).map(move |i| format!(r#"{{"id": "{p}.x{i}", "principle": "{p}", "title": "Gör {p}{i}", "description": "d", "source": {source}}}"#)))
        .collect();
    let kinds: Vec<String> = ["stop", "simplify", "automate", "move_role", "pass_on"]
        .iter()
        .map(|k| format!(r#"{{"kind": "{k}", "title": "{k}", "description": "d", "source": {source}}}"#))
        .collect();
    let principles = format!(r#"{{"principles": [{}]}}"#, principles.join(","));
    let actions = format!(
        r#"{{"principle_actions": [{}], "thief_actions": [{}]}}"#,
        actions.join(","),
        kinds.join(",")
    );
    let sources = r#"{"sources": [{"id": "001", "file": "f", "title": "t", "publisher": "p", "date": "d"}]}"#;
    let files = Files {
        principles: &principles,
        thieves: r#"{"starters": []}"#,
        actions: &actions,
        sources,
    };
    Content::parse(Lang::Sv, files).unwrap()
}

/// The team's answers: `scores[p]` for the four statements of principle p (0 = "vet ej",
/// None = unanswered).
fn assessment(scores: [[Option<u8>; 4]; 3]) -> Assessment {
    let mut a = Assessment::with_participant(Participant {
        id: "team".into(),
        name: "Gruppen".into(),
    });
    for (p, row) in ["a", "b", "c"].iter().zip(scores) {
        for (i, s) in row.iter().enumerate() {
            let answer = s.map(|n| {
                if n == 0 {
                    Answer::DontKnow
                } else {
                    Answer::score_of(n).unwrap()
                }
            });
            a.set_answer("team", &format!("{p}.{}", i + 1), answer);
        }
    }
    a
}

/// A thief of `minutes` once a week for one person, with the share `lost` of its time beyond
/// what the benefit needs.
fn thief(id: &str, minutes: f64, lost: f64, category: Category, by: Remover) -> TimeThief {
    TimeThief {
        id: id.into(),
        title: id.into(),
        description: String::new(),
        category,
        minutes,
        occurrences: 1.0,
        per: Per::Week,
        people: 1,
        need: if lost == 1.0 {
            Need::Nothing
        } else {
            Need::Minutes(minutes * (1.0 - lost))
        },
        beneficiaries: vec![],
        removable_by: by,
        principles: vec![],
        remedy: String::new(),
        role_hourly_cost: None,
        status: ThiefStatus::Open,
        passed_on: None,
        carried: false,
    }
}

fn keys(proposals: &[Proposal]) -> Vec<String> {
    proposals.iter().map(Proposal::key).collect()
}

#[test]
fn the_weakest_principles_get_actions_and_say_why() {
    // a: 4,4,5,5 = 4,5; b: 2,3,3,4 = 3,0; c: 3,4,4,4 = 3,75. Weakest: b, then c.
    let a = assessment([
        [Some(4), Some(4), Some(5), Some(5)],
        [Some(2), Some(3), Some(3), Some(4)],
        [Some(3), Some(4), Some(4), Some(4)],
    ]);
    let p = propose(&content(), &team(&a), &Audit::default());
    // The weakest gets two actions, the next one; a (above 4) none.
    assert_eq!(keys(&p), ["principle:b.x1", "principle:b.x2", "principle:c.x1"]);
    assert_eq!(
        p[0].reasons,
        [
            Reason::WeakPrinciple {
                principle: "b".into(),
                mean: 3.0
            },
            Reason::LowStatements {
                principle: "b".into(),
                statements: vec![("b.1".into(), 2.0)]
            },
        ]
    );
    assert_eq!(
        p[2].reasons,
        [Reason::WeakPrinciple {
            principle: "c".into(),
            mean: 3.75
        }]
    );
}

#[test]
fn a_statement_rated_1_or_2_gets_its_principle_an_action_even_when_the_principle_is_strong() {
    // a: 1,5,5,5 = 4,0 (not weak, but a 1); b and c all 5.
    let a = assessment([[Some(1), Some(5), Some(5), Some(5)], [Some(5); 4], [Some(5); 4]]);
    let p = propose(&content(), &team(&a), &Audit::default());
    assert_eq!(keys(&p), ["principle:a.x1"]);
    assert_eq!(
        p[0].reasons,
        [Reason::LowStatements {
            principle: "a".into(),
            statements: vec![("a.1".into(), 1.0)]
        }]
    );
}

#[test]
fn principles_with_too_few_scores_are_not_judged() {
    // a: one score of 1 among four (vet ej, unanswered): not judged even though it is a 1.
    // b: two of four scored (half): judged, 2,0. c: nothing.
    let a = assessment([
        [Some(1), Some(0), None, None],
        [Some(2), Some(2), Some(0), None],
        [None; 4],
    ]);
    let p = propose(&content(), &team(&a), &Audit::default());
    assert_eq!(keys(&p), ["principle:b.x1", "principle:b.x2"]);
    // Nothing answered at all: nothing proposed.
    assert!(propose(&content(), &team(&assessment([[None; 4]; 3])), &Audit::default()).is_empty());
}

#[test]
fn the_largest_thieves_get_the_action_that_fits_them() {
    let audit = Audit {
        thieves: vec![
            thief("small", 5.0, 0.75, Category::Documentation, Remover::Unit),
            thief("upwards", 60.0, 0.75, Category::Reporting, Remover::Board),
            thief("useless", 40.0, 1.0, Category::Meetings, Remover::Unit),
            thief("cleaning", 30.0, 0.25, Category::OutsideRole, Remover::Unit),
            thief("zero", 0.0, 1.0, Category::Other, Remover::Unit),
            TimeThief {
                status: ThiefStatus::Removed,
                ..thief("removed", 600.0, 1.0, Category::Meetings, Remover::Unit)
            },
        ],
        rates: Rates::default(),
        ..Audit::default()
    };
    // Net loss per week-minute: upwards 60 × 0,75 = 45; useless 40 × 1 = 40; cleaning 30 × 0,25
    // = 7,5; small 5 × 0,75 = 3,75. Top three only; the one costing nothing never, nor the one
    // already removed, however large it was.
    let p = propose(&content(), &team(&assessment([[None; 4]; 3])), &audit);
    assert_eq!(
        keys(&p),
        [
            "thief:upwards:pass_on",
            "thief:useless:stop",
            "thief:cleaning:move_role"
        ]
    );
    match &p[0].reasons[..] {
        [
            Reason::BigThief {
                thief,
                title,
                net_loss,
                rank: 1,
            },
        ] => {
            assert_eq!((thief.as_str(), title.as_str()), ("upwards", "upwards"));
            // 1 h × 42,5 weeks × 346 kr × 75 %.
            assert!((net_loss - 11_028.75).abs() < 1e-6);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_kind_of_action_follows_the_thief() {
    use ThiefActionKind::*;
    let kind = |lost, category, by| ThiefActionKind::for_thief(&thief("t", 1.0, lost, category, by));
    assert_eq!(kind(1.0, Category::Meetings, Remover::State), PassOn);
    assert_eq!(kind(0.25, Category::Scheduling, Remover::Unit), MoveRole);
    assert_eq!(kind(1.0, Category::Reporting, Remover::Unit), Stop);
    assert_eq!(kind(0.5, Category::ItSystems, Remover::Unit), Automate);
    assert_eq!(kind(0.75, Category::Documentation, Remover::Unit), Simplify);
}

#[test]
fn the_plan_stays_short_and_has_no_duplicates() {
    // Every principle weak with low statements, and five thieves.
    let a = assessment([[Some(1), Some(2), Some(1), Some(2)]; 3]);
    let audit = Audit {
        thieves: (1..=5)
            .map(|i| {
                thief(
                    &format!("t{i}"),
                    f64::from(i) * 10.0,
                    1.0,
                    Category::Other,
                    Remover::Unit,
                )
            })
            .collect(),
        ..Audit::default()
    };
    let p = propose(&content(), &team(&a), &audit);
    assert_eq!(p.len(), MAX_PRINCIPLE_PROPOSALS + MAX_THIEF_PROPOSALS);
    let k: std::collections::BTreeSet<_> = keys(&p).into_iter().collect();
    assert_eq!(k.len(), p.len());
}

#[test]
fn the_same_input_always_gives_the_same_plan() {
    let a = assessment([
        [Some(3), Some(3), Some(2), Some(3)],
        [Some(3), Some(3), Some(3), Some(3)],
        [Some(3), Some(1), Some(3), Some(3)],
    ]);
    let audit = Audit {
        thieves: vec![thief("x", 10.0, 0.75, Category::Approvals, Remover::Administration)],
        ..Audit::default()
    };
    let first = propose(&content(), &team(&a), &audit);
    for _ in 0..10 {
        assert_eq!(propose(&content(), &team(&a), &audit), first);
    }
    // c (2,5) is weakest: two actions; a (2,75) next: one; b (3,0) is third and has no 1–2.
    assert_eq!(
        keys(&first),
        ["principle:c.x1", "principle:c.x2", "principle:a.x1", "thief:x:pass_on"]
    );
}

#[test]
fn handled_proposals_are_known_by_their_key() {
    let mut plan = Plan::default();
    plan.dismissed.push("principle:a.x1".into());
    plan.actions.push(Action {
        id: "1".into(),
        origin: Some(Origin::Thief {
            thief: "t".into(),
            kind: ThiefActionKind::Stop,
        }),
        ..Action::default()
    });
    assert!(plan.has_handled("principle:a.x1"));
    assert!(plan.has_handled("thief:t:stop"));
    assert!(!plan.has_handled("principle:a.x2"));
    let c = content();
    assert_eq!(
        wording(&c, &Origin::Principle { action: "b.x2".into() }),
        Some(("Gör b2".into(), "d".into()))
    );
}

fn labels() -> PlanLabels<'static> {
    PlanLabels {
        title: "Åtgärd",
        description: "Beskrivning",
        why: "Varför",
        owner: "Ansvarig",
        due: "Klart senast",
        status: "Status",
        effect: "Förväntad effekt",
        follow_up: "Följs upp",
        status_name: &|s| match s {
            Status::Planned => "Planerad",
            Status::InProgress => "Pågår",
            Status::Done => "Klar",
            Status::Dropped => "Avbruten",
        },
    }
}

fn actions() -> Vec<Action> {
    vec![
        Action {
            id: "1".into(),
            title: "Färre möten; mer \"tid\"".into(),
            description: "Två rader\nmed åäö".into(),
            owner: "Åsa Öberg".into(),
            due: "2027-02-01".into(),
            status: Status::InProgress,
            effect: "Mer tid för brukarna".into(),
            follow_up: "2027-03-01".into(),
            ..Action::default()
        },
        Action {
            id: "2".into(),
            title: "Egen | åtgärd".into(),
            ..Action::default()
        },
    ]
}

#[test]
fn csv_opens_in_excel_and_reads_back_the_same() {
    let text = plan_csv(&actions(), &labels(), &|a| format!("skäl {}", a.id));
    assert!(text.starts_with('\u{feff}'), "a byte order mark, so Excel reads UTF-8");
    assert!(text.contains("\r\n"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "Åtgärd",
            "Beskrivning",
            "Varför",
            "Ansvarig",
            "Klart senast",
            "Status",
            "Förväntad effekt",
            "Följs upp"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "Färre möten; mer \"tid\"",
            "Två rader\nmed åäö",
            "skäl 1",
            "Åsa Öberg",
            "2027-02-01",
            "Pågår",
            "Mer tid för brukarna",
            "2027-03-01"
        ]
    );
    assert_eq!(rows[1][0], "Egen | åtgärd");
    assert_eq!(rows[1][5], "Planerad");
    assert_eq!(rows.len(), 2);
}

#[test]
fn markdown_is_a_table_that_survives_pipes_and_line_breaks() {
    let md = plan_markdown(
        "Förbättringsplan",
        &["Hemtjänsten, 2026-11-24".into()],
        &actions(),
        &labels(),
        &|_| "skäl".into(),
    );
    assert!(md.starts_with("# Förbättringsplan\n\nHemtjänsten, 2026-11-24\n\n"));
    assert!(md.contains(
        "| Åtgärd | Beskrivning | Varför | Ansvarig | Klart senast | Status | Förväntad effekt | Följs upp |"
    ));
    assert!(md.contains(
        "| Färre möten; mer \"tid\" | Två rader<br>med åäö | skäl | Åsa Öberg | 2027-02-01 | Pågår | Mer tid för brukarna | 2027-03-01 |"
    ));
    assert!(md.contains("| Egen \\| åtgärd |"));
    assert_eq!(md.lines().filter(|l| l.starts_with('|')).count(), 4);
}

#[test]
fn markdown_shows_html_typed_into_a_field_as_text() {
    let mut actions = actions();
    actions[1].title = "<img src=x onerror=alert(1)> & <b>fet</b>".into();
    let md = plan_markdown("Plan", &[], &actions, &labels(), &|_| String::new());
    assert!(
        md.contains("| &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;fet&lt;/b&gt; |"),
        "{md}"
    );
    assert!(!md.contains("<img"));
    // Line breaks are the one piece of HTML the table is given.
    assert!(md.contains("Två rader<br>med åäö"));
}

const REASONS: ReasonTexts = ReasonTexts {
    weak: "{principle} har {mean}.",
    low: "Lågt: {statements}.",
    more: "{count} till",
    thief: "Nr {rank}: {title}, {kronor} kr.",
};

#[test]
fn why_says_each_reason_that_may_be_shown_in_a_sentence() {
    let a = assessment([[Some(1); 4], [Some(4); 4], [Some(4); 4]]);
    let reasons = vec![
        Reason::WeakPrinciple {
            principle: "a".into(),
            mean: 1.0,
        },
        Reason::LowStatements {
            principle: "a".into(),
            statements: vec![
                ("a.1".into(), 1.0),
                ("a.2".into(), 1.0),
                ("a.3".into(), 1.0),
                ("a.4".into(), 1.0),
            ],
        },
        Reason::BigThief {
            thief: "t".into(),
            title: "Rapporten".into(),
            net_loss: 12_345.0,
            rank: 1,
        },
    ];
    let text = why(&content(), &reasons, &team(&a), &REASONS, Lang::Sv);
    assert_eq!(
        text,
        "a har 1,0. Lågt: ”Hos oss a1”; ”Hos oss a2”; 2 till. Nr 1: Rapporten, 12\u{a0}000 kr."
    );
    // Under the threshold nothing of the scores is said, but the thief still is.
    let hidden = Visible::TooFew {
        respondents: 2,
        min_group: 3,
    };
    assert_eq!(
        why(&content(), &reasons, &hidden, &REASONS, Lang::Sv),
        "Nr 1: Rapporten, 12\u{a0}000 kr."
    );
}

#[test]
fn a_proposal_from_a_thief_is_titled_by_it_and_to_stop_one_says_what_the_law_requires() {
    use tillit::domain::content::ThiefActionKind;
    use tillit::domain::model::Round;
    let texts = ProposalTexts {
        stop_warning: "Lagen gäller.",
        thief_title: "{action}: {thief}",
        thief_remedy: "Förslag: {remedy}",
    };
    let mut round = Round::new(
        "r".into(),
        "U".into(),
        "2026-01-01".into(),
        Participant {
            id: "team".into(),
            name: "Gruppen".into(),
        },
    );
    let mut t = thief("t", 60.0, 1.0, Category::Reporting, Remover::Unit);
    t.title = "Rapporten".into();
    t.remedy = "Sluta".into();
    let id = round.audit.add_thief(t);
    let stop = Proposal {
        origin: Origin::Thief {
            thief: id.clone(),
            kind: ThiefActionKind::Stop,
        },
        reasons: vec![],
    };
    let (title, description) = proposal_text(&content(), &round, &stop, &texts);
    assert_eq!(title, "stop: Rapporten");
    assert_eq!(description, "d Lagen gäller. Förslag: Sluta");
    let simplify = Proposal {
        origin: Origin::Thief {
            thief: id,
            kind: ThiefActionKind::Simplify,
        },
        reasons: vec![],
    };
    assert_eq!(
        proposal_text(&content(), &round, &simplify, &texts).1,
        "d Förslag: Sluta"
    );
    let own = Proposal {
        origin: Origin::Principle { action: "b.x1".into() },
        reasons: vec![],
    };
    assert_eq!(
        proposal_text(&content(), &round, &own, &texts),
        ("Gör b1".into(), "d".into())
    );
}

#[test]
fn reasons_and_origins_are_read_as_written_and_a_wrong_one_is_named() {
    let reasons = vec![
        Reason::WeakPrinciple {
            principle: "tillit".into(),
            mean: 2.25,
        },
        Reason::LowStatements {
            principle: "stod".into(),
            statements: vec![("stod.1".into(), 1.5), ("stod.3".into(), 2.0)],
        },
        Reason::BigThief {
            thief: "t1".into(),
            title: "Dubbel dokumentation".into(),
            net_loss: 120_000.5,
            rank: 2,
        },
    ];
    let written = serde_json::to_string(&reasons).unwrap();
    assert!(written.starts_with(r#"[{"kind":"weak_principle","principle":"tillit","mean":2.25}"#));
    assert_eq!(serde_json::from_str::<Vec<Reason>>(&written).unwrap(), reasons);

    let origins = vec![
        Origin::Principle {
            action: "tillit.dialog-om-mal".into(),
        },
        Origin::Thief {
            thief: "t1".into(),
            kind: ThiefActionKind::ALL[1],
        },
    ];
    let written = serde_json::to_string(&origins).unwrap();
    assert!(written.starts_with(r#"[{"from":"principle","action":"tillit.dialog-om-mal"}"#));
    assert_eq!(serde_json::from_str::<Vec<Origin>>(&written).unwrap(), origins);

    let error = |json: &str| serde_json::from_str::<Reason>(json).unwrap_err().to_string();
    assert!(error(r#"{"kind":"weak_principle","principle":"tillit"}"#).contains("missing field `mean`"));
    assert!(error(r#"{"kind":"strong_principle"}"#).contains("unknown variant `strong_principle`"));
    assert!(error(r#"{"principle":"tillit","mean":2}"#).contains("missing field `kind`"));
    let error = |json: &str| serde_json::from_str::<Origin>(json).unwrap_err().to_string();
    assert!(error(r#"{"from":"thief","thief":"t1","kind":"pray"}"#).contains("unknown variant `pray`"));
    assert!(error(r#"{"from":"principle"}"#).contains("missing field `action`"));
}
