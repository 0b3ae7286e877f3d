//! The lead's roster editing on the shell: every change written to the event file (atomically,
//! fsync'd) before the screen says saved.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

use ratatui::Frame;

use crate::model::Event;
use crate::setup::save_event;
use crate::tui::observe::action::{Action, Effect};
use crate::tui::observe::app::App;
use crate::tui::shell::{self, Ended, Flow, Input, Program, Unsaved};
use crate::tui::{on_key, render, update};

/// The editor's inputs: it has no writer thread, so nothing replies.
pub type Inputs = Input<()>;

/// Runs the editor until the lead quits. Quitting with changes not in the file tries to save
/// them once more; if that fails the first quit is refused, and a second one leaves the file as
/// last saved and reports it.
pub fn run(app: App, tx: &Sender<Inputs>, rx: &Receiver<Inputs>) -> io::Result<Ended> {
    let Some(path) = app.lead.as_ref().map(|l| l.path.clone()) else {
        return Err(io::Error::other("the roster editor needs an event file"));
    };
    shell::run(Editing { app, path }, tx, rx)
}

/// The app and its event file.
struct Editing {
    app: App,
    path: PathBuf,
}

impl Program for Editing {
    type Reply = ();
    const TICKS: bool = false;

    fn draw(&self, frame: &mut Frame) {
        render(&self.app, frame);
    }

    fn handle(&mut self, input: Inputs) -> Flow {
        let effects = match input {
            Input::Key(k) => on_key(&mut self.app, k),
            Input::Signal => update(&mut self.app, Action::Terminate),
            Input::Paste(_) | Input::Resize | Input::Tick | Input::Store(()) => Vec::new(),
        };
        let mut flow = Flow::Continue;
        for fx in effects {
            match fx {
                Effect::SaveEvent { rev, event } => {
                    let reply = save(&self.path, rev, &event);
                    update(&mut self.app, reply);
                }
                Effect::Quit if flow == Flow::Continue => flow = Flow::Quit { forced: false },
                Effect::Quit => {}
                Effect::Exit => flow = Flow::Quit { forced: true },
                // The editing session has no day file: nothing to journal or snapshot.
                Effect::Persist(_) | Effect::Snapshot => {}
            }
        }
        flow
    }

    /// Saves what is not in the file yet.
    fn save_all(&mut self) -> Result<(), Unsaved> {
        let Some(lead) = self.app.lead.as_ref() else {
            return Ok(());
        };
        if lead.is_saved() {
            return Ok(());
        }
        let (rev, event) = (lead.rev, lead.editor.event().clone());
        match save(&self.path, rev, &event) {
            Action::EventSaveFailed(_, why) => Err(Unsaved::RefuseOnce {
                warning: format!(
                    "{} was not saved ({why}); it holds the roster as last saved",
                    self.path.display()
                ),
                why,
            }),
            reply => {
                update(&mut self.app, reply);
                Ok(())
            }
        }
    }

    fn refuse_quit(&mut self, why: String) {
        update(&mut self.app, Action::QuitFailed(why));
    }

    fn close(self) -> Vec<String> {
        Vec::new()
    }
}

/// Writes the event file and says how it went, as an action for `update`.
fn save(path: &Path, rev: u64, event: &Event) -> Action {
    match save_event(path, event, true) {
        Ok(()) => Action::EventSaved(rev),
        Err(e) => Action::EventSaveFailed(rev, e.to_string()),
    }
}
