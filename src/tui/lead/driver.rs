//! The run loop of the lead's roster editing: keys, resizes and signals on one channel, `update`,
//! every change written to the event file (atomically, fsync'd) before the screen says saved.

use std::io;
use std::path::Path;
use std::sync::mpsc::{Receiver, Sender};

use crate::model::Event;
use crate::setup::save_event;
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::driver::{Ended, Input, spawn_sources};
use crate::tui::terminal::Screen;
use crate::tui::{on_key, render, update};

/// Runs the editor until the lead quits. Quitting with changes not in the file tries to save
/// them once more; if that fails the first quit is refused, and a second one leaves the file as
/// last saved and reports it.
pub fn run(mut app: App, tx: &Sender<Input>, rx: &Receiver<Input>) -> io::Result<Ended> {
    let Some(path) = app.lead.as_ref().map(|l| l.path.clone()) else {
        return Err(io::Error::other("the roster editor needs an event file"));
    };
    spawn_sources(tx)?;
    let mut screen = Screen::enter()?;
    let mut warnings = Vec::new();
    let mut refused_quit = false;
    screen.terminal.draw(|f| render(&app, f))?;
    'run: while let Ok(first) = rx.recv() {
        let batch: Vec<Input> = std::iter::once(first).chain(rx.try_iter()).collect();
        for input in batch {
            let effects = match input {
                Input::Key(k) => on_key(&mut app, k),
                Input::Signal => update(&mut app, Action::Terminate),
                Input::Resize | Input::Tick | Input::Store(_) => Vec::new(),
            };
            for fx in effects {
                match fx {
                    Effect::SaveEvent { rev, event } => {
                        let reply = save(&path, rev, &event);
                        update(&mut app, reply);
                    }
                    Effect::Quit | Effect::Exit => {
                        screen.terminal.draw(|f| render(&app, f))?;
                        match save_before_quit(&mut app, &path) {
                            None => break 'run,
                            Some(why) if fx == Effect::Exit || refused_quit => {
                                warnings.push(format!(
                                    "{} was not saved ({why}); it holds the roster as last saved",
                                    path.display()
                                ));
                                break 'run;
                            }
                            Some(why) => {
                                refused_quit = true;
                                update(&mut app, Action::QuitFailed(why));
                            }
                        }
                    }
                    // The editing session has no day file: nothing to journal or snapshot.
                    Effect::Persist(_) | Effect::Snapshot => {}
                }
            }
        }
        screen.terminal.draw(|f| render(&app, f))?;
    }
    drop(screen);
    Ok(Ended { warnings })
}

/// Writes the event file and says how it went, as an action for `update`.
fn save(path: &Path, rev: u64, event: &Event) -> Action {
    match save_event(path, event, true) {
        Ok(()) => Action::EventSaved(rev),
        Err(e) => Action::EventSaveFailed(rev, e.to_string()),
    }
}

/// Saves what is not in the file yet; the reason when that fails.
fn save_before_quit(app: &mut App, path: &Path) -> Option<String> {
    let lead = app.lead.as_ref()?;
    if lead.is_saved() {
        return None;
    }
    let (rev, event) = (lead.rev, lead.editor.event().clone());
    match save(path, rev, &event) {
        reply @ Action::EventSaved(_) => {
            update(app, reply);
            None
        }
        Action::EventSaveFailed(_, why) => Some(why),
        _ => None,
    }
}
