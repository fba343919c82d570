//! Pieces the views are built from: the answer scale, the progress through the steps, the
//! radar chart, the storage notice, the language switch, the page heading and the
//! notice that a workshop has too few answers to show.

mod bar_chart;
mod confirm;
mod distribution;
mod field;
pub mod figures;
mod hand_back;
mod heading;
pub mod labels;
mod lang_switch;
mod line_chart;
pub mod messages;
mod no_round;
mod not_found;
mod plan_table;
mod progress;
mod qr;
mod radar;
mod report_file;
mod scores;
mod statement;
mod storage_notice;
mod team_table;
mod too_few;
mod when;

pub use bar_chart::BarChart;
pub use confirm::ConfirmButton;
pub use distribution::DistributionBars;
pub use field::{Check, EnumSelect, Field};
pub use hand_back::HandBack;
pub use heading::PageHeading;
pub use lang_switch::{LangSwitch, LanguageNotice};
pub use line_chart::LineChart;
pub use no_round::NoRound;
pub use not_found::NotFound;
pub use plan_table::PlanTable;
pub use progress::StepProgress;
pub use qr::QrCode;
pub use radar::Radar;
pub use report_file::ReportFile;
pub use scores::{ScoreRadar, ScoreTable};
pub use statement::StatementQuestion;
pub use storage_notice::{SavingNotice, StorageNotice};
pub use team_table::{TeamRow, TeamTable};
pub use too_few::TooFew;
pub use when::When;
