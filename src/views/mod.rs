//! One file per page of the app.

mod not_found;
mod pass_on;
mod plan;
mod results;
mod start;
mod step;
mod thief_form;
mod thieves;

pub use not_found::NotFound;
pub use pass_on::PassOn;
pub use plan::PlanView;
pub use results::Results;
pub use start::Start;
pub use step::Step;
pub use thief_form::ThiefForm;
pub use thieves::Thieves;

use crate::domain::Content;
use crate::domain::scoring::score;
use crate::store::Document;

/// Where "continue" leads: the first principle with an unanswered statement, the results when
/// everything is answered, and the start page when no round is under way.
pub fn continue_path(doc: &Document, content: &Content) -> String {
    let Some(round) = doc.active_round() else {
        return "/".to_string();
    };
    let scores = score(content, &round.assessment);
    match scores.principles.iter().find(|p| p.tally.unanswered() > 0) {
        Some(p) => format!("/princip/{}", p.principle),
        None => "/resultat".to_string(),
    }
}
