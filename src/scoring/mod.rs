//! Turning evidence into levels: the suggestion rule, rounding, JPM and result categories.

mod candidate;
mod evidence;
mod jpm;
mod suggest;

pub use candidate::{Candidacy, Check, candidacy};
pub use evidence::{CodeTally, Evidence, NotedAct, evidence_for};
pub use jpm::{Shortfall, category_for, jpm, jpm_with, round_to_step};
pub use suggest::{Suggestion, suggest};
