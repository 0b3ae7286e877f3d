//! Setting up an event before the day: balanced groups, observer coverage, and the event file itself.

pub mod balance;
pub mod coverage;
mod event;
pub mod grouping;
mod matrix;
mod save;

pub use balance::{Balance, GroupBalance, SharedUnit};
pub use coverage::{
    Audit, CoveragePlan, Shortfall, Targets, audit, generate_observers, plan_coverage,
};
pub use event::{DEFAULT_FRAMEWORK, DEFAULT_SCHEME, default_phases, event_id, new_event};
pub use grouping::{GroupingError, form_groups};
pub use matrix::render_matrix;
pub use save::{SaveError, save_event};

/// The unit as compared: case, spacing and accents do not make two units different.
pub(crate) fn unit_key(unit: &str) -> String {
    crate::import::clean_text(unit).to_lowercase()
}
