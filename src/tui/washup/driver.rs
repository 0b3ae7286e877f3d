//! The wash-up's run loop: keys, resizes, signals and writer replies on one channel; `update`; the
//! effects carried out against the writer; one redraw per batch of inputs.

use std::io;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent, KeyEvent};

use super::action::{Action, Effect};
use super::app::WashupApp;
use super::{on_key, render, update};
use crate::consolidate::washup::{WashupNotify, WashupReply, WashupWriter};
use crate::tui::store_text::store_error;
use crate::tui::terminal::Screen;

/// Something the loop reacts to.
#[derive(Debug, Clone)]
pub enum Input {
    /// A key.
    Key(KeyEvent),
    /// The terminal changed size.
    Resize,
    /// The writer answered.
    Store(WashupReply),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
}

/// How long quitting waits for the disk before saying it failed.
const FLUSH_TIMEOUT: Duration = Duration::from_secs(5);

/// The input channel; make it before opening the wash-up so the writer can report into it.
pub fn inputs() -> (Sender<Input>, Receiver<Input>) {
    channel()
}

/// A writer hook that forwards every reply into the input channel.
pub fn notifier(tx: Sender<Input>) -> WashupNotify {
    Box::new(move |r: &WashupReply| {
        let _ = tx.send(Input::Store(r.clone()));
    })
}

/// Runs the wash-up until it quits; the writer is flushed and closed before this returns, and
/// any problem saving is returned, in the app's language, to print once the terminal is back.
pub fn run(
    mut app: WashupApp,
    writer: WashupWriter,
    tx: &Sender<Input>,
    rx: &Receiver<Input>,
) -> io::Result<Vec<String>> {
    spawn_sources(tx)?;
    let mut screen = Screen::enter()?;
    let mut warnings = Vec::new();
    screen.terminal.draw(|f| render(&app, f))?;
    'run: while let Ok(first) = rx.recv() {
        let batch: Vec<Input> = std::iter::once(first).chain(rx.try_iter()).collect();
        for input in batch {
            let effects = match input {
                Input::Key(k) => on_key(&mut app, k),
                Input::Resize => Vec::new(),
                Input::Store(r) => update(&mut app, reply_action(r)),
                Input::Signal => update(&mut app, Action::Terminate),
            };
            for fx in effects {
                match fx {
                    Effect::Persist(e) => writer.append(e),
                    Effect::Snapshot => writer.snapshot(app.c.clone()),
                    Effect::Quit | Effect::Exit => {
                        writer.snapshot(app.c.clone());
                        match writer.flush(FLUSH_TIMEOUT) {
                            Ok(_) => break 'run,
                            Err(e) if fx == Effect::Exit => {
                                warnings.push(store_error(app.lang, &e));
                                break 'run;
                            }
                            Err(e) => {
                                let why = store_error(app.lang, &e);
                                update(&mut app, Action::QuitFailed(why));
                            }
                        }
                    }
                }
            }
        }
        screen.terminal.draw(|f| render(&app, f))?;
    }
    drop(screen);
    if let Err(e) = writer.close() {
        warnings.push(store_error(app.lang, &e));
    }
    Ok(warnings)
}

/// The action for a writer's reply.
pub(crate) fn reply_action(r: WashupReply) -> Action {
    match r {
        WashupReply::Saved(seq) => Action::Saved(seq),
        WashupReply::Failed(seq, why) => Action::SaveFailed(seq, why),
        WashupReply::Snapshotted(seq) => Action::Snapshotted(seq),
        WashupReply::SnapshotFailed(why) => Action::SnapshotFailed(why),
        WashupReply::Recreated(r) => Action::Recreated(r),
    }
}

/// Starts the threads that feed the channel: terminal events and signals.
fn spawn_sources(tx: &Sender<Input>) -> io::Result<()> {
    let keys = tx.clone();
    thread::Builder::new()
        .name("lgd-washup-input".into())
        .spawn(move || {
            while let Ok(ev) = event::read() {
                let input = match ev {
                    TermEvent::Key(k) => Input::Key(k),
                    TermEvent::Resize(..) => Input::Resize,
                    _ => continue,
                };
                if keys.send(input).is_err() {
                    break;
                }
            }
        })?;
    crate::tui::terminal::on_signal(tx, "lgd-washup-signals", || Input::Signal)
}
