//! The wash-up on the shell: its effects carried out against the wash-up journal's writer, and
//! saving everything before quitting.

use std::io;
use std::sync::mpsc::{Receiver, Sender};

use ratatui::Frame;

use super::action::{Action, Effect};
use super::app::WashupApp;
use super::{on_key, render, update};
use crate::consolidate::washup::{WashupReply, WashupWriter};
use crate::tui::shell::{self, Ended, Flow, Input, Program, Unsaved, journal};

/// The wash-up's inputs.
pub type Inputs = Input<WashupReply>;

/// Runs the wash-up until it quits; the writer is flushed and closed before this returns, and
/// any problem saving is returned, in the app's language, to print once the terminal is back.
/// `folded_in` says that opening folded journal decisions into the consolidation, so
/// `consolidated.json` is behind and is rewritten on quitting even if nothing else changes.
pub fn run(
    app: WashupApp,
    writer: WashupWriter,
    folded_in: bool,
    tx: &Sender<Inputs>,
    rx: &Receiver<Inputs>,
) -> io::Result<Ended> {
    shell::run(Washing::new(app, writer, folded_in), tx, rx)
}

/// The app and the writer of its journal.
struct Washing {
    app: WashupApp,
    writer: WashupWriter,
    /// Whether `consolidated.json` lags behind the app: a plain open and quit leaves the file
    /// byte for byte as it was (a rewrite recomputes figures and can move them by an ulp).
    changed: bool,
}

impl Washing {
    fn new(app: WashupApp, writer: WashupWriter, folded_in: bool) -> Washing {
        Washing {
            app,
            writer,
            changed: folded_in,
        }
    }
}

impl Program for Washing {
    type Reply = WashupReply;
    const TICKS: bool = false;

    fn draw(&self, frame: &mut Frame) {
        render(&self.app, frame);
    }

    fn handle(&mut self, input: Inputs) -> Flow {
        let app = &mut self.app;
        let effects = match input {
            Input::Key(k) => on_key(app, k),
            Input::Paste(_) | Input::Resize | Input::Tick => Vec::new(),
            Input::Store(r) => update(app, Action::Store(r)),
            Input::Signal => update(app, Action::Terminate),
        };
        let (app, writer, changed) = (&self.app, &self.writer, &mut self.changed);
        shell::carry_out(effects, |fx| match fx {
            Effect::Persist(e) => {
                *changed = true;
                writer.append(e);
            }
            Effect::Snapshot => {
                *changed = true;
                writer.snapshot(app.c.clone());
            }
            Effect::Quit | Effect::Exit => {}
        })
    }

    /// Rewrites `consolidated.json` and waits for the journal; decisions not on disk refuse every quit.
    fn save_all(&mut self) -> Result<(), Unsaved> {
        if self.changed {
            self.writer.snapshot(self.app.c.clone());
        }
        journal::flush(&self.writer, self.app.lang)
    }

    fn refuse_quit(&mut self, why: String) {
        update(&mut self.app, Action::QuitFailed(why));
    }

    fn close(self) -> Vec<String> {
        journal::close(self.writer, self.app.lang)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::clock::ManualClock;
    use crate::consolidate::washup::open_washup_default;
    use crate::consolidate::write_consolidated;
    use crate::model::Lang;

    #[test]
    fn a_plain_open_and_quit_leaves_consolidated_json_byte_for_byte() {
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("consolidated.json");
        write_consolidated(&path, &super::super::tests::consolidated()).expect("writes");
        let before = std::fs::read(&path).expect("read");
        let opened = open_washup_default(tmp.path(), None).expect("opens");
        assert_eq!(opened.replay.applied, 0, "nothing to fold in");
        let app = WashupApp::new(
            opened.consolidated,
            "LEAD".into(),
            Lang::Id,
            Arc::new(ManualClock::jakarta()),
            opened.replay.last_seq,
        );
        let mut washing = Washing::new(app, opened.writer, false);
        washing.save_all().expect("saved");
        assert!(washing.close().is_empty());
        assert_eq!(std::fs::read(&path).expect("read"), before);
    }
}
