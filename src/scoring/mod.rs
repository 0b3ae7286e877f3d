//! Turning evidence into levels: the suggestion rule, rounding, JPM and result categories.

mod evidence;
mod jpm;
mod suggest;

pub use evidence::{CodeTally, Evidence, NotedAct, evidence_for};
pub use jpm::{category_for, jpm, round_to_step};
pub use suggest::{Suggestion, suggest};
