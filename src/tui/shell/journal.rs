//! What the apps that save through a journal writer (the observer, the wash-up) share on the
//! shell: the effects they give, waiting for the disk before quitting, and closing the writer.

use std::time::Duration;

use super::{Flow, Quits, Unsaved};
use crate::model::Lang;
use crate::store::{JournalWriter, Target};
use crate::text::store::store_error;

/// How long quitting waits for the disk before saying it failed.
pub const FLUSH_TIMEOUT: Duration = Duration::from_secs(5);

/// Work for the shell; `update` never touches the disk or the terminal. `L` is a journal line.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect<L> {
    /// Append this line to the journal.
    Persist(L),
    /// Rewrite the snapshot file from the current state.
    Snapshot,
    /// Flush, snapshot, and end the program if both succeed.
    Quit,
    /// Flush, snapshot, and end the program whatever happens (the system asked).
    Exit,
}

impl<L> Quits for Effect<L> {
    fn flow(&self) -> Flow {
        match self {
            Effect::Quit => Flow::Quit { forced: false },
            Effect::Exit => Flow::Quit { forced: true },
            Effect::Persist(_) | Effect::Snapshot => Flow::Continue,
        }
    }
}

/// Waits for the journal; what it could not write refuses every quit.
pub fn flush<T: Target>(writer: &JournalWriter<T>, lang: Lang) -> Result<(), Unsaved> {
    match writer.flush(FLUSH_TIMEOUT) {
        Ok(_) => Ok(()),
        Err(e) => {
            let why = store_error(lang, &e);
            Err(Unsaved::Lost {
                why: why.clone(),
                warning: why,
            })
        }
    }
}

/// Closes the writer; a problem is a warning to print, in `lang`.
pub fn close<T: Target>(writer: JournalWriter<T>, lang: Lang) -> Vec<String> {
    match writer.close() {
        Ok(()) => Vec::new(),
        Err(e) => vec![store_error(lang, &e)],
    }
}
