//! Setting up an event before the day: balanced groups, observer coverage, the event file itself,
//! and editing its roster afterwards.

pub mod balance;
pub mod coverage;
pub mod edit;
mod event;
pub mod fewest;
pub mod grouping;
pub mod left_out;
mod lock;
mod matrix;
mod save;

pub use balance::{Balance, GroupBalance, SharedUnit};
pub use coverage::{
    Audit, CoveragePlan, Shortfall, Targets, audit, generate_observers, plan_coverage,
};
pub use edit::{
    Edit, EditError, Editor, Fact, Field, Rules, apply, apply_all, next_participant_id,
};
pub use event::{DEFAULT_FRAMEWORK, DEFAULT_SCHEME, default_phases, event_id, new_event};
pub use fewest::{Shift, fewest_moves};
pub use grouping::{GroupingError, form_groups};
pub use left_out::{LeftOut, Reason as LeftOutReason};
pub use lock::{EventLock, LockError, lock_path};
pub use matrix::render_matrix;
pub use save::{SaveError, save_event};

/// The unit as compared: case, spacing and accents do not make two units different.
pub(crate) fn unit_key(unit: &str) -> String {
    crate::import::clean_text(unit).to_lowercase()
}
