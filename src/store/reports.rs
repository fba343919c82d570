//! The units' report files read into the overview, kept in this browser under a key of their
//! own beside the document: they are other units' data, not this unit's work, so a backup of
//! this unit's rounds does not carry them and the document's schema stays as it is.
//! Every report is checked again on load, like a file read in; one that fails is left out.

use crate::domain::overview::{self, Added};
use crate::domain::unit_report::{self, UnitReport};
use serde::{Deserialize, Serialize};

/// The format of what is kept under the key.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeldReports {
    pub version: u32,
    #[serde(default)]
    pub reports: Vec<UnitReport>,
    /// Pairs of thief titles (`overview::title_key`) the reviewer confirmed as the same thief.
    #[serde(default)]
    pub merged: Vec<[String; 2]>,
}

impl HeldReports {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("reports always serialize")
    }

    /// What is kept, each report checked as a file would be; `None` if it cannot be read at all
    /// (then nothing is shown, and nothing written over it until something is added).
    pub fn restore(raw: &str) -> Option<HeldReports> {
        let value: serde_json::Value = serde_json::from_str(raw).ok()?;
        let version = value.get("version")?.as_u64()?;
        if version > u64::from(VERSION) {
            return None;
        }
        let mut held = HeldReports {
            version: VERSION,
            ..HeldReports::default()
        };
        for report in value.get("reports").and_then(|r| r.as_array()).into_iter().flatten() {
            if let Ok(report) = unit_report::parse(&report.to_string()) {
                overview::add(&mut held.reports, report);
            }
        }
        if let Some(merged) = value.get("merged") {
            held.merged = crate::domain::json::decode(merged).unwrap_or_default();
        }
        Some(held)
    }

    /// Adds a report read from a file (see `overview::add`).
    pub fn add(&mut self, report: UnitReport) -> Added {
        self.version = VERSION;
        overview::add(&mut self.reports, report)
    }

    /// Confirms (or takes back) that two titles are the same thief.
    pub fn set_merged(&mut self, keys: &[String; 2], merged: bool) {
        self.merged
            .retain(|[a, b]| !((a == &keys[0] && b == &keys[1]) || (a == &keys[1] && b == &keys[0])));
        if merged {
            self.merged.push(keys.clone());
        }
    }
}
