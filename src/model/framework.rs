//! A competency framework: competencies with level descriptions 1-5 and target levels.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Localized;

/// The lowest level of the scale.
pub const MIN_LEVEL: u8 = 1;
/// The highest level of the scale.
pub const MAX_LEVEL: u8 = 5;

/// A competency framework such as the ASN managerial competencies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Framework {
    /// Stable id, e.g. `asn-permenpanrb-38-2017`.
    pub id: String,
    /// Name shown in the UI.
    pub name: Localized,
    /// Where the framework comes from.
    #[serde(default)]
    pub source: String,
    /// The competencies.
    pub competencies: Vec<Competency>,
}

/// One competency with its level ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Competency {
    /// Code, e.g. `M.2`.
    pub code: String,
    /// Name.
    pub name: Localized,
    /// What the competency is.
    pub definition: Localized,
    /// Descriptions of levels 1 to 5, in order.
    pub levels: Vec<Localized>,
    /// The level the job requires.
    pub target: u8,
}

impl Framework {
    /// The competency with `code`.
    pub fn competency(&self, code: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.code == code)
    }
}

impl Competency {
    /// The description of `level` (1-based).
    pub fn level(&self, level: u8) -> Option<&Localized> {
        self.levels.get(usize::from(level).checked_sub(1)?)
    }
}
