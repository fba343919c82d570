//! One file per page of the app.

mod not_found;
mod over_time;
mod overview;
mod pass_on;
mod plan;
mod projector;
mod report;
mod results;
mod start;
mod step;
mod team;
mod thief_form;
mod thieves;
mod workshop;

pub use not_found::NotFound;
pub use over_time::OverTime;
pub use overview::Overview;
pub use pass_on::PassOn;
pub use plan::PlanView;
pub use projector::Projector;
pub use report::Report;
pub use results::Results;
pub use start::Start;
pub use step::Step;
pub use team::TeamView;
pub use thief_form::ThiefForm;
pub use thieves::Thieves;
pub use workshop::Workshop;

use crate::domain::Content;
use crate::domain::scoring::score;
use crate::store::Document;

/// Where "continue" leads: the first principle with an unanswered statement, the results when
/// everything is answered, and the start page when no round is under way. In a workshop it is
/// about the participant whose turn it is, and leads to the participants when nobody's turn is on.
pub fn continue_path(doc: &Document, content: &Content) -> String {
    let Some(round) = doc.active_round() else {
        return "/".to_string();
    };
    let Some(answerer) = round.answerer() else {
        return "/deltagare".to_string();
    };
    let scores = score(content, &round.assessment.only(answerer));
    match scores.principles.iter().find(|p| p.tally.unanswered() > 0) {
        Some(p) => format!("/princip/{}", p.principle),
        None => "/resultat".to_string(),
    }
}

/// How a participant is shown: their name, or "Deltagare N" by their place in the round.
pub fn participant_label(round: &crate::domain::model::Round, id: &str, numbered: &str) -> String {
    let participants = &round.assessment.participants;
    match participants.iter().position(|p| p.id == id) {
        Some(i) if !participants[i].name.trim().is_empty() => participants[i].name.clone(),
        Some(i) => numbered.replace("{n}", &(i + 1).to_string()),
        None => numbered.replace("{n}", "?"),
    }
}
