//! The domain core: content, the model of a round, scoring and formatting.
//! Plain Rust with no DOM in it, so everything here is tested natively.

pub mod aggregate;
pub mod answer_code;
pub mod audit;
pub mod code_parts;
pub mod content;
pub mod date;
pub mod export;
pub mod format;
pub mod history;
pub mod ids;
pub mod join;
pub mod json;
pub mod kept;
pub mod lang;
pub mod limits;
pub mod model;
pub mod order;
pub mod overview;
pub mod plan;
pub mod propose;
pub mod response;
pub mod scoring;
pub mod text;
pub mod ui;
mod ui_paths;
pub mod unit_report;
pub mod won_back;

pub use content::{Content, Lang};
