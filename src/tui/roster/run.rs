//! The lead's roster editing on the shell: every change written to the event file (atomically,
//! fsync'd) before the screen says saved.

use std::io;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};

use ratatui::Frame;

use super::app::RosterApp;
use super::update::{Effect, on_key, save_failed, saved, update};
use crate::model::Event;
use crate::setup::save_event;
use crate::tui::observe::Action;
use crate::tui::shell::{self, Ended, Flow, Input, Program, Quits, Unsaved};

/// The editor's inputs: it has no writer thread, so nothing replies.
pub type Inputs = Input<()>;

/// Runs the editor until the lead quits. Quitting with changes not in the file tries to save
/// them once more; if that fails the first quit is refused, and a second one leaves the file as
/// last saved and reports it.
pub fn run(app: RosterApp, tx: &Sender<Inputs>, rx: &Receiver<Inputs>) -> io::Result<Ended> {
    let path = app.lead.path.clone();
    shell::run(Editing { app, path }, tx, rx)
}

/// The app and its event file.
struct Editing {
    app: RosterApp,
    path: PathBuf,
}

impl Program for Editing {
    type Reply = ();
    const TICKS: bool = false;

    fn draw(&self, frame: &mut Frame) {
        super::view::render(&self.app, frame);
    }

    fn handle(&mut self, input: Inputs) -> Flow {
        let effects = match input {
            Input::Key(k) => on_key(&mut self.app, k),
            Input::Signal => update(&mut self.app, Action::Terminate),
            Input::Paste(_) | Input::Resize | Input::Tick | Input::Store(()) => Vec::new(),
        };
        shell::carry_out(effects, |fx| {
            if let Effect::SaveEvent { rev, event } = fx {
                self.save(rev, &event);
            }
        })
    }

    /// Saves what is not in the file yet.
    fn save_all(&mut self) -> Result<(), Unsaved> {
        let lead = &self.app.lead;
        if lead.is_saved() {
            return Ok(());
        }
        let (rev, event) = (lead.rev, lead.editor.event().clone());
        match save_event(&self.path, &event, true) {
            Ok(()) => {
                saved(&mut self.app, rev);
                Ok(())
            }
            Err(e) => Err(Unsaved::RefuseOnce {
                warning: format!(
                    "{} was not saved ({e}); it holds the roster as last saved",
                    self.path.display()
                ),
                why: e.to_string(),
            }),
        }
    }

    fn refuse_quit(&mut self, why: String) {
        update(&mut self.app, Action::QuitFailed(why));
    }

    fn close(self) -> Vec<String> {
        Vec::new()
    }
}

impl Editing {
    /// Writes the event file as revision `rev` and tells the app how it went.
    fn save(&mut self, rev: u64, event: &Event) {
        match save_event(&self.path, event, true) {
            Ok(()) => saved(&mut self.app, rev),
            Err(e) => save_failed(&mut self.app, rev, e.to_string()),
        }
    }
}

impl Quits for Effect {
    fn flow(&self) -> Flow {
        match self {
            Effect::Quit => Flow::Quit { forced: false },
            Effect::Exit => Flow::Quit { forced: true },
            Effect::SaveEvent { .. } => Flow::Continue,
        }
    }
}
