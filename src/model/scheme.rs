//! A behaviour coding scheme: what an observer can code with one key.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Localized;

/// Keys the app keeps for itself (seats, silence, help, filter, seat 11/12, the pick prefix);
/// a scheme may not bind them. Tab, Enter, Esc and Backspace are not characters and so cannot be bound.
pub const RESERVED_KEYS: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '?', '/', '-', '=', '.',
];

/// A set of behaviour codes and what they evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Scheme {
    /// Stable id, e.g. `lgd-default`.
    pub id: String,
    /// Name shown in the UI.
    pub name: Localized,
    /// The framework whose competency codes the behaviour codes refer to.
    pub framework: String,
    /// The behaviour codes, in legend order.
    pub codes: Vec<Code>,
    /// Competency codes that this exercise rates (the columns of the Score pane).
    #[serde(default)]
    pub rated_competencies: Vec<String>,
    /// Criteria for rating the group's product (its mission text).
    #[serde(default)]
    pub rubric: Vec<RubricItem>,
    /// Competencies this exercise counts as change-related besides M.7: the default change-agent
    /// rule wants them at or above target too. Left out of the file when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub change_competencies: Vec<String>,
}

/// One behaviour code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Code {
    /// The key that codes it: a lower-case letter a-z.
    pub key: char,
    /// Short code written to files, e.g. `PROP`.
    pub code: String,
    /// Label shown in the legend.
    pub label: Localized,
    /// What counts as this behaviour.
    #[serde(default)]
    pub description: Localized,
    /// Whether it speaks for (+) or against (-) the competencies it evidences.
    pub valence: Valence,
    /// Competency codes this behaviour evidences.
    #[serde(default)]
    pub competencies: Vec<String>,
    /// Whether coding it waits for a target participant (e.g. "builds on the idea of seat 3").
    #[serde(default)]
    pub targeted: bool,
    /// Optional grouping for the legend, e.g. Bales' problem area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// The direction of a behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Valence {
    /// Evidence for the competency.
    #[serde(rename = "+")]
    Positive,
    /// Evidence against it.
    #[serde(rename = "-")]
    Negative,
    /// Context only.
    #[serde(rename = "0")]
    Neutral,
}

impl Valence {
    /// `+`, `-` or `0`.
    pub fn sign(self) -> &'static str {
        match self {
            Valence::Positive => "+",
            Valence::Negative => "-",
            Valence::Neutral => "0",
        }
    }
}

/// One criterion for the group's product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RubricItem {
    /// Stable id.
    pub id: String,
    /// What is judged.
    pub label: Localized,
    /// Highest score (lowest is 1).
    pub max: u8,
}

impl Scheme {
    /// The code bound to `key`.
    pub fn by_key(&self, key: char) -> Option<&Code> {
        self.codes.iter().find(|c| c.key == key)
    }

    /// The code named `code`.
    pub fn by_code(&self, code: &str) -> Option<&Code> {
        self.codes.iter().find(|c| c.code == code)
    }
}
