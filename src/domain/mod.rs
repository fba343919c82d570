//! The domain core: content, the model of a round, scoring and formatting.
//! Plain Rust with no DOM in it, so everything here is tested natively.

pub mod aggregate;
pub mod answer_code;
pub mod audit;
pub mod code_parts;
pub mod content;
pub mod export;
pub mod format;
pub mod history;
pub mod join;
pub mod limits;
pub mod model;
pub mod plan;
pub mod response;
pub mod scoring;

pub use content::{Content, Lang};
