//! The stored document: restored exactly, unknown fields kept, damage repaired where it can be
//! and otherwise reported with what and where, never silently replaced.

use tillit::domain::audit::{Audit, Benefit, Category, Per, Rates, Remover};
use tillit::domain::model::Answer;
use tillit::domain::plan::{Origin, Plan, Reason, Status};
use tillit::store::{CURRENT_VERSION, Document, IdKind, Repair, RestoreError, restore};

const V1: &str = include_str!("fixtures/v1.json");
const V2: &str = include_str!("fixtures/v2.json");

#[test]
fn a_version_1_document_is_migrated_with_everything_in_it() {
    let restored = restore(V1).unwrap();
    assert_eq!(restored.migrated_from, Some(1));
    assert_eq!(restored.document.version, CURRENT_VERSION);
    assert!(restored.repairs.is_empty(), "{:?}", restored.repairs);
    let doc = restored.document;
    let round = doc.active_round().unwrap();
    assert_eq!(round.unit, "Hemtjänsten Farsta");
    assert_eq!(round.date, "2026-05-12");
    let a = &round.assessment;
    assert_eq!(a.answer("team", "tillit.1"), Answer::score_of(4));
    assert_eq!(a.answer("team", "tillit.2"), Some(Answer::DontKnow));
    assert_eq!(a.answer("team", "tillit.3"), None);
    assert_eq!(
        a.note("team", "tillit"),
        "Vi litar på varandra – men inte alltid uppåt."
    );
    // Schema v1 → v2: an empty audit with the default rates; v2 → v3: an empty plan.
    assert_eq!(round.audit, Audit::default());
    assert_eq!(round.plan, Plan::default());
}

#[test]
fn a_version_2_document_keeps_its_audit_and_gets_a_plan() {
    let restored = restore(V2).unwrap();
    assert_eq!(restored.migrated_from, Some(2));
    assert!(restored.repairs.is_empty());
    let audit = &restored.document.active_round().unwrap().audit;
    assert_eq!(
        audit.rates,
        Rates {
            annual_hours: 1650.0,
            hourly_cost: 420.0
        }
    );
    let t = audit.thief("t-1").unwrap();
    assert_eq!(
        (t.category, t.per, t.benefit, t.removable_by),
        (Category::ItSystems, Per::Week, Benefit::Low, Remover::Administration)
    );
    assert_eq!(t.principles, ["stod", "handlingsutrymme"]);
    // 10 min × 6 a week × (1 650 / 40 = 41,25 weeks) × 4 people = 165 h; × 420 kr.
    assert_eq!(t.cost(&audit.rates).hours_per_year, 165.0);
    assert_eq!(t.cost(&audit.rates).kronor, 69_300.0);
    // The half-typed form is still there.
    let draft = &audit.drafts["new"];
    assert_eq!(
        (draft.title.as_str(), draft.minutes.as_str(), draft.occurrences.as_str()),
        ("Veckorapport till förvaltningen", "4", "")
    );
    assert_eq!(
        restore(&restored.document.to_json()).unwrap().document,
        restored.document
    );
}

#[test]
fn what_is_written_reads_back_the_same() {
    let doc = restore(V1).unwrap().document;
    let again = restore(&doc.to_json()).unwrap().document;
    assert_eq!(doc, again);
}

#[test]
fn fields_this_version_does_not_know_are_kept() {
    let doc = restore(V1).unwrap().document;
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(json["settings"]["projector"], true);
    assert_eq!(json["rounds"][0]["kept_by_a_newer_app"]["anything"][2], 3);
}

#[test]
fn a_new_document_is_at_the_current_version() {
    let doc = Document::default();
    assert_eq!(doc.version, CURRENT_VERSION);
    assert_eq!(restore(&doc.to_json()).unwrap().document, doc);
}

#[test]
fn text_that_is_cut_off_says_where() {
    let cut = &V1[..V1.len() / 2];
    match restore(cut) {
        Err(RestoreError::NotJson { line, .. }) => assert!(line > 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn json_that_is_not_a_document_is_refused() {
    for raw in [
        "[]",
        "{\"rounds\": []}",
        "{\"version\": \"1\"}",
        "{\"version\": 0}",
        "42",
    ] {
        assert_eq!(restore(raw).unwrap_err(), RestoreError::NotADocument, "{raw}");
    }
}

#[test]
fn a_document_from_a_newer_app_is_refused_not_downgraded() {
    let raw = V1.replacen("\"version\": 1", "\"version\": 99", 1);
    let err = restore(&raw).unwrap_err();
    assert_eq!(err, RestoreError::TooNew { found: 99 });
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn a_field_of_the_wrong_type_is_reported_with_its_path() {
    let raw = V1.replacen("\"date\": \"2026-05-12\"", "\"date\": 20260512", 1);
    match restore(&raw).unwrap_err() {
        RestoreError::Invalid { path, .. } => assert_eq!(path, "rounds[0].date"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_missing_field_is_reported_with_its_own_path() {
    let raw = V1.replacen("\"date\": \"2026-05-12\",", "", 1);
    match restore(&raw).unwrap_err() {
        RestoreError::Invalid { path, .. } => assert_eq!(path, "rounds[0].date"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn answers_off_the_scale_are_dropped_and_reported() {
    let raw = V1.replacen("\"stod.3\": 2", "\"stod.3\": 7, \"stod.4\": \"kanske\"", 1);
    let restored = restore(&raw).unwrap();
    let dropped = |statement: &str, value: &str| Repair::AnswerDropped {
        path: "rounds[0].assessment.responses[0]".into(),
        statement: statement.into(),
        value: value.into(),
    };
    assert_eq!(
        restored.repairs,
        [dropped("stod.3", "7"), dropped("stod.4", "\"kanske\"")]
    );
    let a = &restored.document.active_round().unwrap().assessment;
    assert_eq!(a.answer("team", "stod.3"), None);
    assert_eq!(a.answer("team", "tillit.1"), Answer::score_of(4));
}

#[test]
fn an_active_round_that_does_not_exist_is_cleared() {
    let raw = V1.replacen("\"active_round\": \"r-2026-05\"", "\"active_round\": \"nope\"", 1);
    let restored = restore(&raw).unwrap();
    assert_eq!(restored.document.active_round, None);
    assert_eq!(restored.document.rounds.len(), 1);
    assert_eq!(restored.repairs, [Repair::NoActiveRound { id: "nope".into() }]);
}

#[test]
fn duplicate_round_ids_are_made_unique() {
    let mut doc = restore(V1).unwrap().document;
    doc.rounds.push(doc.rounds[0].clone());
    let restored = restore(&doc.to_json()).unwrap();
    let ids: Vec<&str> = restored.document.rounds.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r-2026-05", "r-2026-05-1"]);
    assert_eq!(
        restored.repairs,
        [Repair::IdRenamed {
            path: "rounds[1]".into(),
            kind: IdKind::Round,
            old: "r-2026-05".into(),
            new: "r-2026-05-1".into(),
        }]
    );
}

const V3: &str = include_str!("fixtures/v3.json");

#[test]
fn a_version_3_document_with_a_plan_is_migrated_with_everything_in_it() {
    let restored = restore(V3).unwrap();
    assert_eq!(restored.migrated_from, Some(3));
    assert!(restored.repairs.is_empty());
    assert_eq!(restored.document.settings.min_group, 3);
    let round = restored.document.active_round().unwrap();
    assert_eq!(round.answering, None);
    assert_eq!(round.answerer(), Some("team"));
    let plan = &restored.document.active_round().unwrap().plan;
    assert_eq!(plan.dismissed, ["principle:stod.administrativt-stod"]);
    let [accepted, own] = &plan.actions[..] else {
        panic!("{:?}", plan.actions)
    };
    assert_eq!(
        accepted.origin,
        Some(Origin::Thief {
            thief: "t-1".into(),
            kind: tillit::domain::plan::ThiefActionKind::PassOn
        })
    );
    assert!(matches!(&accepted.reasons[..], [Reason::BigThief { rank: 1, .. }]));
    assert_eq!(
        (accepted.status, accepted.due.as_str()),
        (Status::InProgress, "2027-01-31")
    );
    assert_eq!(
        (own.origin.as_ref(), own.owner.as_str(), own.status),
        (None, "Kim", Status::Planned)
    );
    assert_eq!(
        restore(&restored.document.to_json()).unwrap().document,
        restored.document
    );
}

#[test]
fn an_imported_file_adds_its_rounds_and_overwrites_nothing() {
    use tillit::store::transfer::import;
    let mut here = restore(V3).unwrap().document;
    let before = here.rounds[0].clone();
    // The v1 file has another round: it is migrated on the way in and added.
    let report = import(&mut here, V1).unwrap();
    assert_eq!(
        report.added,
        [("Hemtjänsten Farsta".to_string(), "2026-05-12".to_string())]
    );
    assert_eq!(report.already_here, 0);
    assert_eq!(here.rounds.len(), 2);
    assert_eq!(here.active_round.as_deref(), Some("r-2026-05"));
    // Importing the same again adds nothing, and the round already here is untouched.
    let report = import(&mut here, V3).unwrap();
    assert_eq!((report.added.len(), report.already_here), (0, 1));
    assert_eq!(here.rounds[0], before);
}

#[test]
fn a_malformed_import_file_is_refused_with_the_reason_and_changes_nothing() {
    use tillit::store::transfer::import;
    let mut here = restore(V3).unwrap().document;
    let copy = here.clone();
    assert!(matches!(
        import(&mut here, "<html>not a backup</html>"),
        Err(RestoreError::NotJson { .. })
    ));
    assert_eq!(import(&mut here, "{\"name\": \"x\"}"), Err(RestoreError::NotADocument));
    assert_eq!(here, copy);
}

const V4: &str = include_str!("fixtures/v4.json");

#[test]
fn a_version_4_workshop_with_many_participants_is_restored_exactly() {
    let restored = restore(V4).unwrap();
    assert_eq!(restored.migrated_from, None);
    assert!(restored.repairs.is_empty());
    let doc = &restored.document;
    assert_eq!(doc.settings.min_group, 4);
    let round = doc.active_round().unwrap();
    assert_eq!(round.assessment.participants.len(), 3);
    assert_eq!(round.answering.as_deref(), Some("p-b"));
    assert_eq!(round.answerer(), Some("p-b"));
    assert!(round.is_workshop());
    assert_eq!(
        round.assessment.answer("p-b", "tillit.1"),
        Some(tillit::domain::model::Answer::DontKnow)
    );
    assert!(
        round
            .plan
            .actions
            .iter()
            .all(|a| a.carried_from.as_deref() == Some("r-2026-05"))
    );
    assert_eq!(restore(&doc.to_json()).unwrap().document, *doc);
}

#[test]
fn a_workshop_round_with_nobody_answering_shows_nobodys_answers() {
    let mut doc = restore(V4).unwrap().document;
    let round = doc.active_round_mut().unwrap();
    round.answering = None;
    assert_eq!(round.answerer(), None);
    round.answering = Some("somebody-removed".into());
    assert_eq!(round.answerer(), None);
}

mod import_preview {
    use super::{V1, V3, V4};
    use tillit::store::transfer::{MAX_BYTES, import, preview, replace};
    use tillit::store::{RestoreError, restore};

    #[test]
    fn a_preview_tells_what_a_file_holds_and_changes_nothing() {
        let here = restore(V3).unwrap().document;
        let before = here.clone();
        let p = preview(&here, V4).unwrap();
        let rounds: Vec<(&str, bool)> = p.rounds.iter().map(|r| (r.date.as_str(), r.already_here)).collect();
        // V4 holds the V3 round (same id) and an earlier one.
        assert_eq!(rounds, [("2026-05-12", false), ("2026-11-24", true)]);
        assert_eq!(p.new_rounds(), 1);
        assert_eq!(p.migrated_from, None);
        assert_eq!(here, before);
        assert_eq!(preview(&here, V1).unwrap().migrated_from, Some(1));
    }

    #[test]
    fn replacing_takes_the_files_document_whole() {
        let mut here = restore(V1).unwrap().document;
        replace(&mut here, V4).unwrap();
        assert_eq!(here, restore(V4).unwrap().document);
    }

    #[test]
    fn a_bad_file_changes_nothing_whichever_way_it_is_applied() {
        let mut here = restore(V3).unwrap().document;
        let before = here.clone();
        assert!(replace(&mut here, "{\"version\": 4, \"rounds\": [{\"id\": 1}]}").is_err());
        assert!(import(&mut here, "{\"version\": 4, \"rounds\": [{\"id\": 1}]}").is_err());
        assert_eq!(here, before);
    }

    #[test]
    fn a_file_larger_than_any_backup_is_refused_unread() {
        let huge = format!("{{\"version\": 4, \"pad\": \"{}\"}}", "x".repeat(MAX_BYTES));
        let here = restore(V3).unwrap().document;
        assert!(matches!(preview(&here, &huge), Err(RestoreError::TooLarge { .. })));
    }
}
