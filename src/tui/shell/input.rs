//! The threads that feed the shell's channel: terminal events, ticks, signals.

use std::io;
use std::sync::mpsc::Sender;
use std::thread;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent, KeyEventKind};

use super::Input;

const TICK: Duration = Duration::from_millis(250);

/// What a terminal event is to the apps. A key's release is nothing: Windows consoles report
/// it beside the press, and an app would take it for a second key (a refusal said for a key the
/// user pressed once).
fn input_of<R>(ev: TermEvent) -> Option<Input<R>> {
    match ev {
        TermEvent::Key(k) if k.kind == KeyEventKind::Release => None,
        TermEvent::Key(k) => Some(Input::Key(k)),
        TermEvent::Paste(text) => Some(Input::Paste(text)),
        TermEvent::Resize(..) => Some(Input::Resize),
        _ => None,
    }
}

/// Starts the input thread, the tick thread when `ticks`, and the signal watcher.
pub(super) fn spawn<R: Send + 'static>(tx: &Sender<Input<R>>, ticks: bool) -> io::Result<()> {
    let keys = tx.clone();
    thread::Builder::new()
        .name("lgd-input".into())
        .spawn(move || {
            while let Ok(ev) = event::read() {
                let Some(input) = input_of(ev) else {
                    continue;
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

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;

    #[test]
    fn a_key_is_one_input_however_many_events_the_terminal_reports() {
        let at = |kind| {
            TermEvent::Key(KeyEvent::new_with_kind(
                KeyCode::Char('p'),
                KeyModifiers::NONE,
                kind,
            ))
        };
        let inputs: Vec<Input<()>> = [
            at(KeyEventKind::Press),
            at(KeyEventKind::Release),
            at(KeyEventKind::Repeat),
        ]
        .into_iter()
        .filter_map(input_of)
        .collect();
        // The press and a held key's repeat are keys; the release is nothing.
        assert_eq!(inputs.len(), 2, "{inputs:?}");
        assert!(
            inputs
                .iter()
                .all(|i| matches!(i, Input::Key(k) if k.kind != KeyEventKind::Release))
        );
        assert!(matches!(
            input_of::<()>(TermEvent::Resize(80, 24)),
            Some(Input::Resize)
        ));
        assert!(input_of::<()>(TermEvent::FocusGained).is_none());
    }
}
