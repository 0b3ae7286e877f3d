//! An assessor (asesor) and the participants they rate.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Lang;

/// One observer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Observer {
    /// Stable id (letters, digits, `-`, `_`); part of day-file names.
    pub id: String,
    /// Full name.
    pub name: String,
    /// What this observer is there for.
    pub role: Role,
    /// The group they sit beside, when fixed in advance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Participant ids this observer rates.
    #[serde(default)]
    pub coverage: Vec<String>,
}

/// An observer's role in the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Rates their covered participants.
    Primary,
    /// A second rater for agreement figures.
    Reliability,
    /// Lead assessor: sets up the event and runs the wash-up.
    Lead,
}

impl Role {
    /// The role's name in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Role::Primary, Lang::Id) => "utama",
            (Role::Primary, Lang::En) => "primary",
            (Role::Reliability, Lang::Id) => "reliabilitas",
            (Role::Reliability, Lang::En) => "reliability",
            (Role::Lead, Lang::Id) => "ketua tim",
            (Role::Lead, Lang::En) => "lead",
        }
    }

    /// Reads a role from a roster cell in either language.
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_lowercase().as_str() {
            "primary" | "utama" | "asesor" | "" => Some(Role::Primary),
            "reliability" | "reliabilitas" | "second" | "kedua" => Some(Role::Reliability),
            "lead" | "ketua" | "ketua tim" | "asesor utama" | "lead assessor" => Some(Role::Lead),
            _ => None,
        }
    }
}
