//! The threads that feed the shell's channel: terminal events, ticks, signals.

use std::io;
use std::sync::mpsc::Sender;
use std::thread;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent};

use super::Input;

const TICK: Duration = Duration::from_millis(250);

/// Starts the input thread, the tick thread when `ticks`, and the signal watcher.
pub(super) fn spawn<R: Send + 'static>(tx: &Sender<Input<R>>, ticks: bool) -> io::Result<()> {
    let keys = tx.clone();
    thread::Builder::new()
        .name("lgd-input".into())
        .spawn(move || {
            while let Ok(ev) = event::read() {
                let input = match ev {
                    TermEvent::Key(k) => Input::Key(k),
                    TermEvent::Paste(text) => Input::Paste(text),
                    TermEvent::Resize(..) => Input::Resize,
                    _ => continue,
                };
                if keys.send(input).is_err() {
                    break;
                }
            }
        })?;
    if ticks {
        let tick = tx.clone();
        thread::Builder::new()
            .name("lgd-tick".into())
            .spawn(move || {
                while tick.send(Input::Tick).is_ok() {
                    thread::sleep(TICK);
                }
            })?;
    }
    super::terminal::on_signal(tx, "lgd-signals", || Input::Signal)
}
