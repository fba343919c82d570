//! The stored document: restored exactly, unknown fields kept, damage repaired where it can be
//! and otherwise reported with what and where, never silently replaced.

use tillit::domain::audit::{Audit, Category, Need, Per, Rates, Remover};
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
    assert_eq!(*round.audit, Audit::default());
    assert_eq!(*round.plan, Plan::default());
}

#[test]
fn a_version_2_document_keeps_its_audit_and_gets_a_plan() {
    let restored = restore(V2).unwrap();
    assert_eq!(restored.migrated_from, Some(2));
    // The only change reported: the benefit became minutes needed (schema v5).
    assert!(
        restored
            .repairs
            .iter()
            .all(|r| matches!(r, Repair::BenefitMapped { .. })),
        "{:?}",
        restored.repairs
    );
    let audit = &restored.document.active_round().unwrap().audit;
    // The hourly cost typed then stays as typed.
    assert_eq!(
        audit.rates,
        Rates {
            annual_hours: 1650.0,
            hourly_cost: Some(420.0),
            ..Rates::default()
        }
    );
    let t = audit.thief("t-1").unwrap();
    assert_eq!(
        (t.category, t.per, t.need, t.removable_by),
        (
            Category::ItSystems,
            Per::Week,
            Need::Minutes(2.5),
            Remover::Administration
        )
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
    assert_eq!(ids, ["r-2026-05", "r-2026-05-2"]);
    assert_eq!(
        restored.repairs,
        [Repair::IdRenamed {
            path: "rounds[1]".into(),
            kind: IdKind::Round,
            old: "r-2026-05".into(),
            new: "r-2026-05-2".into(),
        }]
    );
}

const V3: &str = include_str!("fixtures/v3.json");

#[test]
fn a_version_3_document_with_a_plan_is_migrated_with_everything_in_it() {
    let restored = restore(V3).unwrap();
    assert_eq!(restored.migrated_from, Some(3));
    assert!(
        restored
            .repairs
            .iter()
            .all(|r| matches!(r, Repair::BenefitMapped { .. })),
        "{:?}",
        restored.repairs
    );
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
const V5: &str = include_str!("fixtures/v5.json");

#[test]
fn a_version_4_workshop_with_many_participants_is_restored_exactly() {
    let restored = restore(V4).unwrap();
    assert_eq!(restored.migrated_from, Some(4));
    assert_eq!(restored.repairs.len(), 2, "{:?}", restored.repairs);
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
fn a_version_4_benefit_becomes_the_minutes_that_give_the_same_loss_and_says_so() {
    // The fixture's thief, once with each of the old benefit choices: 10 min, 6 a week,
    // 4 people at 1 650 h and 420 kr: 165 h, 69 300 kr.
    let mut value: serde_json::Value = serde_json::from_str(V4).unwrap();
    let thief = value["rounds"][1]["audit"]["thieves"][0].clone();
    let choices = [
        ("none", 0.0, 1.0),
        ("low", 2.5, 0.75),
        ("some", 5.0, 0.5),
        ("high", 7.5, 0.25),
    ];
    value["rounds"][1]["audit"]["thieves"] = choices
        .iter()
        .enumerate()
        .map(|(i, (benefit, _, _))| {
            let mut t = thief.clone();
            t["id"] = format!("t-{i}").into();
            t["benefit"] = (*benefit).into();
            t
        })
        .collect();
    value["rounds"][1]["audit"]["drafts"]["new"]["benefit"] = "some".into();
    let restored = restore(&value.to_string()).unwrap();
    let round = &restored.document.rounds[1];
    for (i, (benefit, needed, lost)) in choices.iter().enumerate() {
        let t = &round.audit.thieves[i];
        let expected = if *needed == 0.0 {
            Need::Nothing
        } else {
            Need::Minutes(*needed)
        };
        assert_eq!(t.need, expected, "{benefit}");
        // The loss is what it was: the old share of the cost.
        let c = t.cost(&round.audit.rates);
        assert!((c.net_loss - 69_300.0 * lost).abs() < 1e-6, "{benefit}: {}", c.net_loss);
        assert!(restored.repairs.contains(&Repair::BenefitMapped {
            path: format!("rounds[1].audit.thieves[{i}]"),
            title: "Samma uppgifter i två system".into(),
            benefit: (*benefit).into(),
            minutes: 10.0,
            needed: *needed,
        }));
    }
    // A half-typed form keeps its choice as a part of the time, with the minutes once typed.
    let draft = &round.audit.drafts["new"];
    assert_eq!(draft.need, Some(tillit::domain::audit::NeedKind::Part));
    assert_eq!(draft.needed, "2");
    // Nothing else of the thief changed.
    assert_eq!(
        round.audit.thieves[0].remedy,
        "En gemensam registrering som båda systemen läser från."
    );
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
    use super::{V1, V3, V5};
    use tillit::store::transfer::{MAX_BYTES, import, preview, replace};
    use tillit::store::{RestoreError, restore};

    #[test]
    fn a_preview_tells_what_a_file_holds_and_changes_nothing() {
        let here = restore(V3).unwrap().document;
        let before = here.clone();
        let p = preview(&here, V5).unwrap();
        let rounds: Vec<(&str, bool)> = p.rounds.iter().map(|r| (r.date.as_str(), r.already_here)).collect();
        // V5 holds the V3 round (same id) and an earlier one.
        assert_eq!(rounds, [("2026-05-12", false), ("2026-11-24", true)]);
        assert_eq!(p.new_rounds(), 1);
        assert_eq!(p.migrated_from, None);
        assert_eq!(here, before);
        assert_eq!(preview(&here, V1).unwrap().migrated_from, Some(1));
    }

    #[test]
    fn replacing_takes_the_files_document_whole() {
        let mut here = restore(V1).unwrap().document;
        replace(&mut here, V5).unwrap();
        assert_eq!(here, restore(V5).unwrap().document);
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

mod unique_ids {
    use super::V4;
    use tillit::domain::audit::Audit;
    use tillit::domain::model::{Answer, Participant};
    use tillit::domain::plan::{Action, Plan};
    use tillit::store::{Document, IdKind, Repair, restore};

    fn v4() -> Document {
        restore(V4).unwrap().document
    }

    fn renamed(path: &str, kind: IdKind, old: &str, new: &str) -> Repair {
        Repair::IdRenamed {
            path: path.into(),
            kind,
            old: old.into(),
            new: new.into(),
        }
    }

    #[test]
    fn a_renamed_round_never_takes_an_id_another_round_has() {
        let mut doc = v4();
        let first = doc.rounds[0].clone();
        // Ids r, r, r-2: the second r cannot become r-2, which the third has.
        let mut third = first.clone();
        third.id = format!("{}-2", first.id);
        doc.rounds = vec![first.clone(), first.clone(), third];
        let restored = restore(&doc.to_json()).unwrap();
        let ids: Vec<&str> = restored.document.rounds.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["r-2026-05", "r-2026-05-3", "r-2026-05-2"]);
        assert_eq!(
            restored.repairs[0],
            renamed("rounds[1]", IdKind::Round, "r-2026-05", "r-2026-05-3")
        );
    }

    #[test]
    fn two_thieves_with_one_id_become_two_and_deleting_one_leaves_the_other() {
        let mut doc = v4();
        let audit = &mut doc.rounds[1].audit;
        let mut twin = audit.thieves[0].clone();
        twin.title = "Twin".into();
        audit.thieves.push(twin);
        let restored = restore(&doc.to_json()).unwrap();
        assert_eq!(
            restored.repairs,
            [renamed("rounds[1].audit.thieves[1]", IdKind::Thief, "t-1", "t-1-2")]
        );
        let mut audit: Audit = (*restored.document.rounds[1].audit).clone();
        assert_eq!(audit.thief("t-1-2").unwrap().title, "Twin");
        audit.thieves.retain(|t| t.id != "t-1");
        assert_eq!(audit.thieves.len(), 1);
    }

    #[test]
    fn a_duplicated_participant_is_renamed_and_keeps_their_own_answers() {
        let mut doc = v4();
        let a = &mut doc.rounds[1].assessment;
        // A second "p-a" with answers of their own, filed under the same id after the first's.
        a.participants.push(Participant {
            id: "p-a".into(),
            name: "Alva".into(),
        });
        let mut second = a.response("p-a").unwrap().clone();
        second.answers.insert("tillit.1".into(), Answer::Score(1));
        a.responses.push(second);
        let restored = restore(&doc.to_json()).unwrap();
        assert_eq!(
            restored.repairs,
            [renamed(
                "rounds[1].assessment.participants[3]",
                IdKind::Participant,
                "p-a",
                "p-a-2"
            )]
        );
        let a = &restored.document.rounds[1].assessment;
        let ids: Vec<&str> = a.participants.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["p-a", "p-b", "r-own.team", "p-a-2"]);
        assert_eq!(a.answer("p-a", "tillit.1"), Some(Answer::Score(4)));
        assert_eq!(a.answer("p-a-2", "tillit.1"), Some(Answer::Score(1)));
        assert_eq!(a.respondents().count(), 4);
    }

    #[test]
    fn a_duplicated_participant_without_answers_of_their_own_gets_none() {
        let mut doc = v4();
        let a = &mut doc.rounds[1].assessment;
        a.participants.push(a.participants[0].clone());
        let restored = restore(&doc.to_json()).unwrap();
        let a = &restored.document.rounds[1].assessment;
        assert_eq!(a.participants[3].id, "p-a-2");
        assert_eq!(a.answer("p-a", "tillit.1"), Some(Answer::Score(4)));
        assert!(!a.has_answered("p-a-2"));
        assert_eq!(restored.repairs.len(), 1);
    }

    #[test]
    fn two_actions_with_one_id_are_both_kept() {
        let mut doc = v4();
        let plan = &mut doc.rounds[1].plan;
        plan.actions[1].id = plan.actions[0].id.clone();
        let restored = restore(&doc.to_json()).unwrap();
        assert_eq!(
            restored.repairs,
            [renamed("rounds[1].plan.actions[1]", IdKind::Action, "a-1", "a-1-2")]
        );
        let ids: Vec<&str> = restored.document.rounds[1]
            .plan
            .actions
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["a-1", "a-1-2"]);
    }

    #[test]
    fn the_same_ids_in_different_rounds_are_left_alone() {
        let mut doc = v4();
        doc.rounds[0].audit = doc.rounds[1].audit.clone();
        doc.rounds[0].plan = doc.rounds[1].plan.clone();
        assert!(restore(&doc.to_json()).unwrap().repairs.is_empty());
    }

    #[test]
    fn adding_to_a_round_never_gives_two_items_one_id() {
        let mut round = v4().rounds[1].clone();
        let thief = round.audit.thieves[0].clone();
        assert_eq!(round.audit.add_thief(thief.clone()), "t-1-2");
        assert_eq!(round.audit.add_thief(thief), "t-1-3");
        let mut plan = Plan::default();
        let action = Action {
            id: "a".into(),
            ..Action::default()
        };
        assert_eq!(plan.add_action(action.clone()), "a");
        assert_eq!(plan.add_action(action), "a-2");
        // A turn started under an id somebody who has answered already has.
        round.start_turn(Participant {
            id: "p-a".into(),
            name: "Another".into(),
        });
        assert_eq!(round.answering.as_deref(), Some("p-a-2"));
        assert_eq!(round.assessment.answer("p-a", "tillit.1"), Some(Answer::Score(4)));
        let ids: Vec<&str> = round.assessment.participants.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["p-a", "p-b", "r-own.team", "p-a-2"]);
    }

    #[test]
    fn putting_an_edited_thief_replaces_it_and_a_gone_one_is_added() {
        let mut audit = v4().rounds[1].audit.clone();
        let mut edited = audit.thieves[0].clone();
        edited.title = "Edited".into();
        audit.put_thief(edited.clone());
        assert_eq!(audit.thieves.len(), 1);
        assert_eq!(audit.thieves[0].title, "Edited");
        audit.thieves.clear();
        audit.put_thief(edited);
        assert_eq!(audit.thieves.len(), 1);
    }
}

mod numbers {
    use super::V5;
    use serde_json::{Value, json};
    use tillit::domain::audit::{
        ANNUAL_HOURS, DEFAULT_ANNUAL_HOURS, Draft, FieldError, MAX_MINUTES, MIN_ANNUAL_HOURS, MINUTES, PEOPLE, Rates,
    };
    use tillit::store::{Fix, Repair, restore};

    /// The v4 fixture with `change` made to its JSON.
    fn v4_with(change: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(V5).unwrap();
        change(&mut value);
        value.to_string()
    }

    fn number(path: &str, found: f64, now: f64, fix: Fix) -> Repair {
        Repair::Number {
            path: path.into(),
            found,
            now,
            fix,
        }
    }

    #[test]
    fn minutes_the_form_refuses_are_clamped_and_the_cost_stays_finite() {
        let raw = v4_with(|v| v["rounds"][1]["audit"]["thieves"][0]["minutes"] = json!(1e308));
        let restored = restore(&raw).unwrap();
        assert_eq!(
            restored.repairs,
            [number(
                "rounds[1].audit.thieves[0].minutes",
                1e308,
                MAX_MINUTES,
                Fix::Clamped
            )]
        );
        let audit = &restored.document.rounds[1].audit;
        assert_eq!(audit.thieves[0].minutes, MAX_MINUTES);
        assert!(audit.total().kronor.is_finite());
        // The form takes what restore made of it.
        assert_eq!(MINUTES.check(audit.thieves[0].minutes), Ok(MAX_MINUTES));
    }

    #[test]
    fn an_annual_working_time_near_zero_is_raised_and_the_cost_stays_finite() {
        // Found by the fuzz test: the rates written as a list read as their fields in order, so
        // the annual working time became 7e-309, and the hourly cost worked out from it infinite.
        let raw = v4_with(|v| v["rounds"][1]["audit"]["rates"] = json!([7.16865709889245e-309]));
        let restored = restore(&raw).unwrap();
        assert!(restored.repairs.contains(&number(
            "rounds[1].audit.rates.annual_hours",
            7.16865709889245e-309,
            MIN_ANNUAL_HOURS,
            Fix::Clamped
        )));
        let audit = &restored.document.rounds[1].audit;
        assert!(audit.total().kronor.is_finite() && audit.total().net_loss.is_finite());
        // The form says the same of what is typed.
        assert_eq!(
            ANNUAL_HOURS.check(1.7),
            Err(FieldError::TooSmall { min: MIN_ANNUAL_HOURS })
        );
        assert_eq!(ANNUAL_HOURS.check(MIN_ANNUAL_HOURS), Ok(MIN_ANNUAL_HOURS));
    }

    #[test]
    fn zero_or_negative_numbers_are_reset_and_say_so() {
        let raw = v4_with(|v| {
            v["rounds"][1]["audit"]["thieves"][0]["occurrences"] = json!(-2.5);
            v["rounds"][1]["audit"]["rates"]["annual_hours"] = json!(0);
            v["settings"]["min_group"] = json!(0);
        });
        let restored = restore(&raw).unwrap();
        assert_eq!(
            restored.repairs,
            [
                number("settings.min_group", 0.0, 3.0, Fix::Reset),
                number(
                    "rounds[1].audit.rates.annual_hours",
                    0.0,
                    DEFAULT_ANNUAL_HOURS,
                    Fix::Reset
                ),
                number("rounds[1].audit.thieves[0].occurrences", -2.5, 1.0, Fix::Reset),
            ]
        );
        assert_eq!(restored.document.settings.min_group, 3);
    }

    #[test]
    fn whole_numbers_that_do_not_fit_are_repaired_instead_of_refusing_the_file() {
        let raw = v4_with(|v| {
            v["rounds"][1]["audit"]["thieves"][0]["people"] = json!(-4);
            v["settings"]["min_group"] = json!(2.6);
            v["rounds"][1]["plan"]["actions"][0]["reasons"][0]["rank"] = json!(1e12);
        });
        let restored = restore(&raw).unwrap();
        assert_eq!(
            restored.repairs,
            [
                number("settings.min_group", 2.6, 3.0, Fix::Rounded),
                number("rounds[1].audit.thieves[0].people", -4.0, 1.0, Fix::Reset),
                number("rounds[1].plan.actions[0].reasons[0].rank", 1e12, 3.0, Fix::Clamped),
            ]
        );
        let round = &restored.document.rounds[1];
        assert_eq!(round.audit.thieves[0].people, 1);
        // A threshold above the highest is lowered to it, never made less strict.
        let raw = v4_with(|v| v["settings"]["min_group"] = json!(1000));
        let restored = restore(&raw).unwrap();
        assert_eq!(restored.document.settings.min_group, 50);
        assert_eq!(
            restored.repairs,
            [number("settings.min_group", 1000.0, 50.0, Fix::Clamped)]
        );
    }

    #[test]
    fn figures_a_plan_remembers_are_kept_within_what_the_app_can_work_out() {
        let raw = v4_with(|v| {
            v["rounds"][1]["plan"]["actions"][0]["reasons"][0]["net_loss"] = json!(-1e300);
            v["rounds"][1]["plan"]["actions"][1]["reasons"] =
                json!([{"kind": "weak_principle", "principle": "stod", "mean": 9.5}]);
        });
        let restored = restore(&raw).unwrap();
        assert_eq!(
            restored.repairs,
            [
                number(
                    "rounds[1].plan.actions[0].reasons[0].net_loss",
                    -1e300,
                    0.0,
                    Fix::Clamped
                ),
                number("rounds[1].plan.actions[1].reasons[0].mean", 9.5, 5.0, Fix::Clamped),
            ]
        );
    }

    #[test]
    fn numbers_in_range_are_left_exactly_as_they_are() {
        assert!(restore(V5).unwrap().repairs.is_empty());
        let raw = v4_with(|v| v["rounds"][1]["audit"]["thieves"][0]["minutes"] = json!(MAX_MINUTES));
        assert!(restore(&raw).unwrap().repairs.is_empty());
    }

    #[test]
    fn the_form_and_restore_apply_one_rule() {
        let draft = |minutes: &str, people: &str| Draft {
            title: "T".into(),
            minutes: minutes.into(),
            occurrences: "1".into(),
            people: people.into(),
            ..Draft::default()
        };
        let rates = Rates::default();
        assert_eq!(
            draft("1e308", "1").errors(&rates).minutes,
            Some(FieldError::TooLarge { max: MAX_MINUTES })
        );
        assert_eq!(draft("5", "2,5").errors(&rates).people, Some(FieldError::NotWhole));
        assert_eq!(PEOPLE.check(2.5), Err(FieldError::NotWhole));
        assert_eq!(PEOPLE.repair(2.5), Some((3.0, Fix::Rounded)));
        assert_eq!(MINUTES.repair(f64::NAN), Some((1.0, Fix::Reset)));
        for n in [-1.0, 0.0, 0.4, 2.5, 1e9, f64::INFINITY] {
            for bounds in [MINUTES, PEOPLE] {
                let (now, _) = bounds.repair(n).unwrap_or((n, Fix::Clamped));
                assert_eq!(bounds.check(now), Ok(now), "{n} with {bounds:?}");
            }
        }
    }
}

mod import_choices {
    use super::V4;
    use std::collections::BTreeMap;
    use tillit::store::restore;
    use tillit::store::transfer::{Choice, import_with, preview};

    /// Here: the V4 document. The file: the same, with the active round's unit changed.
    fn here_and_file() -> (tillit::store::Document, String, String) {
        let here = restore(V4).unwrap().document;
        let mut changed = here.clone();
        let id = changed.active_round.clone().unwrap();
        changed.active_round_mut().unwrap().unit = "Annan enhet".into();
        (here, changed.to_json(), id)
    }

    #[test]
    fn a_changed_copy_of_a_round_is_shown_as_differing() {
        let (here, file, id) = here_and_file();
        let p = preview(&here, &file).unwrap();
        assert_eq!(p.differing(), 1);
        let changed = p.rounds.iter().find(|r| r.id == id).unwrap();
        assert!(changed.already_here && changed.differs);
        assert!(p.rounds.iter().filter(|r| r.id != id).all(|r| !r.differs));
    }

    #[test]
    fn per_round_the_user_keeps_this_one_takes_the_files_or_keeps_both() {
        let (here, file, id) = here_and_file();
        let choose = |c| BTreeMap::from([(id.clone(), c)]);

        let mut kept = here.clone();
        let report = import_with(&mut kept, &file, &choose(Choice::Keep)).unwrap();
        assert_eq!(kept, here);
        assert_eq!((report.added.len(), report.replaced, report.already_here), (0, 0, 2));

        let mut taken = here.clone();
        let report = import_with(&mut taken, &file, &choose(Choice::Take)).unwrap();
        assert_eq!(report.replaced, 1);
        assert_eq!(taken.rounds.len(), here.rounds.len());
        assert_eq!(taken.rounds.iter().find(|r| r.id == id).unwrap().unit, "Annan enhet");

        let mut both = here.clone();
        let report = import_with(&mut both, &file, &choose(Choice::Both)).unwrap();
        assert_eq!(report.added, [("Annan enhet".to_string(), "2026-11-24".to_string())]);
        assert_eq!(both.rounds.len(), here.rounds.len() + 1);
        let copy = both.rounds.last().unwrap();
        assert_eq!(copy.id, format!("{id}-2"));
        assert_eq!(both.active_round.as_deref(), Some(copy.id.as_str()));
        assert_eq!(
            both.rounds.iter().find(|r| r.id == id).unwrap(),
            here.active_round().unwrap()
        );
    }
}

#[test]
fn continue_leads_to_the_first_principle_left_to_answer_then_to_the_results() {
    use tillit::domain::model::{Participant, Round};
    use tillit::domain::{Content, Lang};
    let content = Content::get(Lang::Sv);
    let mut doc = Document::default();
    assert_eq!(doc.continue_path(content), "/");
    let team = Participant {
        id: "team".into(),
        name: "Gruppen".into(),
    };
    doc.start_round(Round::new("r".into(), "U".into(), "2026-01-01".into(), team));
    assert_eq!(
        doc.continue_path(content),
        format!("/princip/{}", content.principles[0].id)
    );
    let answer_all = |doc: &mut Document, who: &str, principles: usize| {
        let round = doc.active_round_mut().unwrap();
        for p in content.principles.iter().take(principles) {
            for s in &p.statements {
                round.assessment.set_answer(who, &s.id, Answer::score_of(3));
            }
        }
    };
    answer_all(&mut doc, "team", 1);
    assert_eq!(
        doc.continue_path(content),
        format!("/princip/{}", content.principles[1].id)
    );
    answer_all(&mut doc, "team", content.principles.len());
    assert_eq!(doc.continue_path(content), "/resultat");
    // In a workshop it is about the one whose turn it is; with nobody's turn on, the participants.
    let round = doc.active_round_mut().unwrap();
    round.start_turn(Participant {
        id: "p".into(),
        name: String::new(),
    });
    assert_eq!(
        doc.continue_path(content),
        format!("/princip/{}", content.principles[0].id)
    );
    doc.active_round_mut().unwrap().answering = None;
    assert_eq!(doc.continue_path(content), "/deltagare");
}

/// The walk build (start page and steps) reads a document with `restore_rounds`: the rounds'
/// audits and plans stay as they were stored, and a round started there takes over its earlier
/// round's thieves and open actions once the full build reads the document with `restore`.
mod walk_build {
    use super::*;
    use serde_json::{Value, json};
    use tillit::domain::model::{Participant, Round};
    use tillit::store::{restore_audits, restore_current, restore_rounds};

    /// A document at the current version with the version 2 fixture's round, which has time
    /// thieves, and an open and a finished action in its plan.
    fn stored() -> Value {
        let mut doc = restore(V2).unwrap().document;
        let round = doc.active_round_mut().unwrap();
        for (id, status) in [("open", Status::Planned), ("done", Status::Done)] {
            round.plan.actions.push(tillit::domain::plan::Action {
                id: id.into(),
                origin: None,
                reasons: Vec::new(),
                title: format!("Åtgärd {id}"),
                description: String::new(),
                owner: String::new(),
                due: String::new(),
                status,
                effect: String::new(),
                follow_up: String::new(),
                carried_from: None,
            });
        }
        serde_json::from_str(&doc.to_json()).unwrap()
    }

    #[test]
    fn an_audit_the_full_build_cannot_read_is_kept_as_it_was_and_reported_there() {
        let mut value = stored();
        value["rounds"][0]["audit"]["thieves"][0]["minutes"] = json!("en stund");
        let raw = value.to_string();
        match restore(&raw).unwrap_err() {
            RestoreError::Invalid { path, .. } => assert_eq!(path, "rounds[0].audit.thieves[0].minutes"),
            other => panic!("{other:?}"),
        }
        // The walk build reads the answers, and writes the audit back untouched.
        let mut doc = restore_rounds(&raw).unwrap().document;
        doc.active_round_mut()
            .unwrap()
            .assessment
            .set_answer("team", "tillit.3", Answer::score_of(2));
        let written: Value = serde_json::from_str(&doc.to_json()).unwrap();
        assert_eq!(written["rounds"][0]["audit"], value["rounds"][0]["audit"]);
        assert_eq!(written["rounds"][0]["plan"], value["rounds"][0]["plan"]);
        let again = restore_rounds(&doc.to_json()).unwrap().document;
        assert_eq!(
            again.active_round().unwrap().assessment.answer("team", "tillit.3"),
            Answer::score_of(2)
        );
    }

    /// A round's actions, each with the round it was carried over from.
    fn carried_actions(round: &Round) -> Vec<(&str, Option<&str>)> {
        round
            .plan
            .actions
            .iter()
            .map(|a| (a.id.as_str(), a.carried_from.as_deref()))
            .collect()
    }

    /// The stored document with a round started in the walk build that is to take over the
    /// earlier round's work (`Round::carry_from`), and the earlier round's id.
    fn started_to_carry_over() -> (String, String) {
        let mut doc = restore_rounds(&stored().to_string()).unwrap().document;
        let earlier = doc.active_round.clone().unwrap();
        let me = Participant {
            id: "team".into(),
            name: "Teamet".into(),
        };
        let mut round = Round::new("r-next".into(), "Hemtjänsten Farsta".into(), "2026-11-24".into(), me);
        round.carry_from = Some(earlier.clone());
        doc.start_round(round);
        (doc.to_json(), earlier)
    }

    #[test]
    fn a_round_started_in_the_walk_build_takes_over_the_earlier_rounds_work_when_read_in_full() {
        let (raw, earlier) = started_to_carry_over();

        // Not yet where the audits are not read…
        let walk = restore_rounds(&raw).unwrap().document;
        let next = walk.active_round().unwrap();
        assert_eq!(next.carry_from.as_deref(), Some(earlier.as_str()));
        assert!(next.audit.thieves.is_empty());

        // …and once the full build reads it: every thief, the open action only, and no marker.
        let full = restore(&raw).unwrap().document;
        let before = full.rounds.iter().find(|r| r.id == earlier).unwrap();
        let next = full.active_round().unwrap();
        assert_eq!(next.carry_from, None);
        assert_eq!(next.audit.thieves.len(), before.audit.thieves.len());
        assert!(next.audit.thieves.iter().all(|t| t.carried));
        assert_eq!(next.audit.rates, before.audit.rates);
        assert_eq!(carried_actions(next), [("open", Some(earlier.as_str()))]);
        assert!(!full.to_json().contains("carry_from"));
    }

    #[test]
    fn the_time_thieves_build_takes_the_thieves_over_and_leaves_the_actions_to_a_build_that_reads_plans() {
        let (raw, earlier) = started_to_carry_over();

        // The time thieves' build: the thieves and rates taken over, the plan left as it was
        // stored (empty) with a note that its open actions are still to come.
        let thieves = restore_audits(&raw).unwrap().document;
        let next = thieves.active_round().unwrap();
        assert_eq!(next.carry_from, None);
        assert_eq!(next.carry_actions_from.as_deref(), Some(earlier.as_str()));
        assert!(!next.audit.thieves.is_empty() && next.audit.thieves.iter().all(|t| t.carried));
        let written = thieves.to_json();
        let stored_plan = |raw: &str| serde_json::from_str::<Value>(raw).unwrap()["rounds"][1]["plan"].clone();
        assert_eq!(stored_plan(&written), json!({}));

        // Read in full afterwards (or by the results' build): the open action comes too, and
        // the thieves are not taken over a second time (a carried thief estimated meanwhile
        // keeps its new estimate).
        let mut changed = restore_audits(&written).unwrap().document;
        changed.active_round_mut().unwrap().audit.thieves[0].minutes = 7.0;
        let changed = changed.to_json();
        for full in [
            restore(&changed).unwrap().document,
            restore_current(&changed).unwrap().document,
        ] {
            let next = full.active_round().unwrap();
            assert_eq!((&next.carry_from, &next.carry_actions_from), (&None, &None));
            assert_eq!(next.audit.thieves[0].minutes, 7.0);
            assert_eq!(carried_actions(next), [("open", Some(earlier.as_str()))]);
        }
        // The same as carrying everything over at once, but for the estimate changed between.
        let at_once = restore(&raw).unwrap().document;
        let halves = restore(&written).unwrap().document;
        assert_eq!(halves, at_once);
    }

    /// The walk build is built without serde_json's exact reading of floats (Cargo feature
    /// `exact-floats`): it reads no float, and writes the audits and plans, where the floats
    /// are, back as the text they were stored as.
    #[test]
    fn the_walk_build_writes_every_number_of_an_audit_and_plan_back_as_it_was() {
        let mut doc = stored();
        let audit = &mut doc["rounds"][0]["audit"];
        audit["rates"] = json!({ "hourly_cost": 412.30000000000007, "payroll_percent": 31.419999999999998 });
        audit["thieves"][0]["people"] = json!(3);
        let text = doc.to_string();
        for number in ["412.30000000000007", "31.419999999999998"] {
            assert!(text.contains(number), "{number} is in the stored text");
        }
        let walked = restore_rounds(&text).unwrap().document.to_json();
        let rounds = |t: &str| serde_json::from_str::<Value>(t).unwrap()["rounds"].to_string();
        assert_eq!(rounds(&walked), rounds(&text));
        for number in ["412.30000000000007", "31.419999999999998"] {
            assert!(walked.contains(number), "{number} is written back as it was");
        }
    }

    #[test]
    fn what_only_the_full_build_reads_is_left_to_it() {
        // An earlier version's document, and two of this version, one with an answer off the
        // scale, one naming an active round that is not there: the walk build leaves all of
        // them to the full build, which reads them (and repairs the two).
        let older = V2.to_string();
        let mut value = stored();
        value["rounds"][0]["assessment"]["responses"][0]["answers"]["tillit.1"] = json!(7);
        let off_the_scale = value.to_string();
        let mut value = stored();
        value["active_round"] = json!("nope");
        let no_such_round = value.to_string();
        for raw in [&older, &off_the_scale, &no_such_round] {
            assert_eq!(restore_rounds(raw).unwrap_err(), RestoreError::ForFullBuild);
            let full = restore(raw).unwrap();
            assert!(full.migrated_from.is_some() || !full.repairs.is_empty());
            // What the full build writes, the walk build reads as it is.
            let written = full.document.to_json();
            let walk = restore_rounds(&written).unwrap();
            assert!(walk.repairs.is_empty());
            let json = |raw: &str| serde_json::from_str::<Value>(raw).unwrap();
            assert_eq!(json(&walk.document.to_json()), json(&written));
        }
        // What is not a document at all is not the full build's either: the same error there.
        for raw in ["", "{", "[1]", "{\"version\": 99}"] {
            assert_eq!(restore_rounds(raw).unwrap_err(), RestoreError::ForFullBuild);
            assert_ne!(restore(raw).unwrap_err(), RestoreError::ForFullBuild);
        }
    }

    #[test]
    fn a_new_rounds_audit_and_plan_are_stored_empty_and_read_as_the_defaults() {
        let me = Participant {
            id: "team".into(),
            name: String::new(),
        };
        let round = Round::new("r".into(), "Enheten".into(), "2026-11-24".into(), me);
        let written: Value = serde_json::from_str(&serde_json::to_string(&round).unwrap()).unwrap();
        assert_eq!((&written["audit"], &written["plan"]), (&json!({}), &json!({})));
        assert_eq!(*round.audit.read().unwrap(), Audit::default());
        assert_eq!(*round.plan.read().unwrap(), Plan::default());
    }

    #[test]
    fn a_round_to_carry_over_from_a_round_since_deleted_keeps_its_own() {
        let mut doc = Document::default();
        let me = Participant {
            id: "team".into(),
            name: String::new(),
        };
        let mut round = Round::new("r".into(), "Enheten".into(), "2026-11-24".into(), me);
        round.carry_from = Some("gone".into());
        doc.start_round(round);
        let full = restore(&doc.to_json()).unwrap().document;
        let round = full.active_round().unwrap();
        assert_eq!(round.carry_from, None);
        assert!(round.audit.thieves.is_empty() && round.plan.actions.is_empty());
    }
}

/// The page builds (results, time thieves, the workshop, the overview) read a document with
/// `restore_current`: every part of one this version wrote that needs no repair, and nothing
/// else, which they leave to the full build (`RestoreError::ForFullBuild`).
mod page_builds {
    use super::*;
    use serde_json::{Value, json};
    use tillit::store::{restore_audits, restore_current};

    /// A document as this version writes it (the V2 fixture, read), with `change` made to it.
    fn current_with(change: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(&restore(V2).unwrap().document.to_json()).unwrap();
        change(&mut value);
        value.to_string()
    }

    #[test]
    fn read_every_part_of_a_current_document_as_the_full_build_does() {
        let raw = restore(V2).unwrap().document.to_json();
        let read = restore_current(&raw).unwrap();
        assert_eq!(read.document, restore(&raw).unwrap().document);
        assert!(!read.document.active_round().unwrap().audit.thieves.is_empty());
        assert_eq!(read.migrated_from, None);
    }

    #[test]
    fn leave_an_earlier_version_a_repair_and_a_damaged_part_to_the_full_build() {
        assert_eq!(restore_current(V2).unwrap_err(), RestoreError::ForFullBuild);

        let damaged = current_with(|v| v["rounds"][0]["audit"]["thieves"][0]["minutes"] = json!("en stund"));
        assert!(matches!(restore(&damaged), Err(RestoreError::Invalid { .. })));
        assert_eq!(restore_current(&damaged).unwrap_err(), RestoreError::ForFullBuild);

        let repaired = current_with(|v| v["settings"]["min_group"] = json!(500));
        assert!(!restore(&repaired).unwrap().repairs.is_empty());
        assert_eq!(restore_current(&repaired).unwrap_err(), RestoreError::ForFullBuild);

        assert_eq!(restore_current("{not json").unwrap_err(), RestoreError::ForFullBuild);
    }

    /// The time thieves' build: the audits read and checked, the plans kept as stored.
    #[test]
    fn read_the_audits_and_keep_the_plans_as_stored() {
        let raw = restore(V2).unwrap().document.to_json();
        let full = restore(&raw).unwrap().document;
        let read = restore_audits(&raw).unwrap();
        for (a, b) in read.document.rounds.iter().zip(&full.rounds) {
            assert_eq!(*a.audit, *b.audit);
        }
        assert!(!read.document.active_round().unwrap().audit.thieves.is_empty());
        assert_eq!(read.document.to_json(), raw);

        // A plan this build does not read goes back exactly as it came, whatever is in it.
        let plan = r#"{"actions":[{"id":"a1","title":7}],"extra":1.10}"#;
        let mut current: Value = serde_json::from_str(&raw).unwrap();
        current["rounds"][0]["plan"] = json!("PLAN");
        let odd = current.to_string().replace(r#""PLAN""#, plan);
        assert!(restore(&odd).is_err());
        let written = restore_audits(&odd).unwrap().document.to_json();
        assert!(written.contains(&format!(r#""plan":{plan}"#)), "{written}");
    }

    #[test]
    fn leave_an_earlier_version_and_a_damaged_or_repaired_audit_to_the_full_build() {
        assert_eq!(restore_audits(V2).unwrap_err(), RestoreError::ForFullBuild);

        let damaged = current_with(|v| v["rounds"][0]["audit"]["thieves"][0]["minutes"] = json!("en stund"));
        assert_eq!(restore_audits(&damaged).unwrap_err(), RestoreError::ForFullBuild);

        let repaired = current_with(|v| v["rounds"][0]["audit"]["thieves"][0]["minutes"] = json!(-5));
        assert!(!restore(&repaired).unwrap().repairs.is_empty());
        assert_eq!(restore_audits(&repaired).unwrap_err(), RestoreError::ForFullBuild);
    }
}
