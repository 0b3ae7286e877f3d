//! The run loop: one channel of inputs (keys, resizes, ticks, writer replies, signals), `update`,
//! the effects carried out against the writer, and a redraw per batch of inputs.

use std::io;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent, KeyEvent};

use super::action::{Action, Effect};
use super::app::App;
use super::store_text;
use super::terminal::Screen;
use super::{on_key, render, update};
use crate::store::{Notify, Reply, Writer};

/// Something the loop reacts to.
#[derive(Debug, Clone)]
pub enum Input {
    /// A key.
    Key(KeyEvent),
    /// The terminal changed size.
    Resize,
    /// A quarter second passed.
    Tick,
    /// The writer answered.
    Store(Reply),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
}

/// How long quitting waits for the disk before saying it failed.
const FLUSH_TIMEOUT: Duration = Duration::from_secs(5);
const TICK: Duration = Duration::from_millis(250);

/// The input channel; make it before opening the day so the writer can report into it.
pub fn inputs() -> (Sender<Input>, Receiver<Input>) {
    channel()
}

/// A writer hook that forwards every reply into the input channel.
pub fn notifier(tx: Sender<Input>) -> Notify {
    Box::new(move |reply: &Reply| {
        let _ = tx.send(Input::Store(reply.clone()));
    })
}

/// How the session ended.
#[derive(Debug)]
pub struct Ended {
    /// Problems to print once the terminal is back to normal, in the app's language.
    pub warnings: Vec<String>,
}

/// Runs the app until it quits; the writer is flushed and closed before this returns.
pub fn run(
    mut app: App,
    writer: Writer,
    tx: Sender<Input>,
    rx: Receiver<Input>,
) -> io::Result<Ended> {
    spawn_sources(&tx)?;
    let mut screen = Screen::enter()?;
    let mut warnings = Vec::new();
    let mut refused_snapshot = false;
    screen.terminal.draw(|f| render(&app, f))?;
    'run: while let Ok(first) = rx.recv() {
        // Everything already waiting is handled before one redraw.
        let batch: Vec<Input> = std::iter::once(first).chain(rx.try_iter()).collect();
        for input in batch {
            let effects = match input {
                Input::Key(k) => on_key(&mut app, k),
                Input::Resize => Vec::new(),
                Input::Tick => update(&mut app, Action::Tick),
                Input::Store(r) => update(&mut app, reply_action(r)),
                Input::Signal => update(&mut app, Action::Terminate),
            };
            for fx in effects {
                match fx {
                    Effect::Persist(entry) => writer.append(entry),
                    Effect::Snapshot => writer.snapshot(app.session.record().clone()),
                    // Only the lead's roster editing asks for this, and it has its own driver.
                    Effect::SaveEvent { .. } => {}
                    Effect::Quit | Effect::Exit => {
                        screen.terminal.draw(|f| render(&app, f))?;
                        let forced = fx == Effect::Exit;
                        match save_all(&app, &writer, refused_snapshot) {
                            Ok(None) => break 'run,
                            Ok(Some(snapshot_problem)) if forced => {
                                warnings.push(snapshot_problem);
                                break 'run;
                            }
                            Ok(Some(snapshot_problem)) => {
                                refused_snapshot = true;
                                update(&mut app, Action::QuitFailed(snapshot_problem));
                            }
                            Err(e) if forced => {
                                warnings.push(e);
                                break 'run;
                            }
                            Err(e) => {
                                update(&mut app, Action::QuitFailed(e));
                            }
                        }
                    }
                }
            }
        }
        // Replies also came through the channel; the writer's own queue is only kept short.
        while writer.replies().try_recv().is_ok() {}
        screen.terminal.draw(|f| render(&app, f))?;
    }
    drop(screen);
    if let Err(e) = writer.close() {
        warnings.push(store_text::store_error(app.lang, &e));
    }
    Ok(Ended { warnings })
}

/// Writes the snapshot and waits for the journal. `Err` when changes are not on disk;
/// `Ok(Some)` when only the rewrite of the day file failed (the journal holds everything), which
/// refuses the first quit so the observer knows, and lets the second through. Both say why in
/// the app's language.
fn save_all(app: &App, writer: &Writer, refused_before: bool) -> Result<Option<String>, String> {
    while writer.replies().try_recv().is_ok() {}
    writer.snapshot(app.session.record().clone());
    writer
        .flush(FLUSH_TIMEOUT)
        .map_err(|e| store_text::store_error(app.lang, &e))?;
    let snapshot_failed = writer.replies().try_iter().find_map(|r| match r {
        Reply::SnapshotFailed(why) => Some(store_text::disk_failure(app.lang, &why)),
        _ => None,
    });
    Ok(snapshot_failed.filter(|_| !refused_before))
}

/// The action for a writer's reply.
pub(crate) fn reply_action(r: Reply) -> Action {
    match r {
        Reply::Saved(seq) => Action::Saved(seq),
        Reply::Failed(seq, why) => Action::SaveFailed(seq, why),
        Reply::Snapshotted(seq) => Action::Snapshotted(seq),
        Reply::SnapshotFailed(why) => Action::SnapshotFailed(why),
        Reply::Recreated(r) => Action::Recreated(r),
    }
}

/// Starts the threads that feed the channel: terminal events, ticks, signals.
pub(super) fn spawn_sources(tx: &Sender<Input>) -> io::Result<()> {
    let keys = tx.clone();
    thread::Builder::new()
        .name("lgd-input".into())
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
    let ticks = tx.clone();
    thread::Builder::new()
        .name("lgd-tick".into())
        .spawn(move || {
            while ticks.send(Input::Tick).is_ok() {
                thread::sleep(TICK);
            }
        })?;
    crate::tui::terminal::on_signal(tx, "lgd-signals", || Input::Signal)
}
