//! One file per page of the app.

mod backup;
mod hand_in;
mod over_time;
mod overview;
mod pass_on;
mod plan;
mod projector;
mod receive;
mod report;
mod results;
mod start;
mod step;
mod team;
mod thief_form;
mod thieves;
mod workshop;

pub use backup::Backup;
pub use hand_in::HandIn;
pub use over_time::OverTime;
pub use overview::Overview;
pub use pass_on::PassOn;
pub use plan::PlanView;
pub use projector::Projector;
pub use receive::Receive;
pub use report::Report;
pub use results::Results;
pub use start::Start;
pub use step::Step;
pub use team::TeamView;
pub use thief_form::ThiefForm;
pub use thieves::Thieves;
pub use workshop::Workshop;
