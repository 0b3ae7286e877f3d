//! The observer's app on the shell: its effects carried out against the day file's writer, and
//! saving everything before quitting.

use std::io;
use std::sync::mpsc::{Receiver, Sender};

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::{Action, Effect};
use super::app::App;
use super::{on_key, render, update};
use crate::store::{Reply, Writer};
use crate::tui::shell::{self, Ended, Flow, Input, Program, Unsaved, journal};

/// The observer's inputs.
pub type Inputs = Input<Reply>;

/// Runs the observer's app until it quits; the writer is flushed and closed before this returns.
pub fn run(
    app: App,
    writer: Writer,
    tx: &Sender<Inputs>,
    rx: &Receiver<Inputs>,
) -> io::Result<Ended> {
    shell::run(Observing { app, writer }, tx, rx)
}

/// The app and the writer of its day file.
struct Observing {
    app: App,
    writer: Writer,
}

impl Program for Observing {
    type Reply = Reply;
    const TICKS: bool = true;

    fn draw(&self, frame: &mut Frame) {
        render(&self.app, frame);
    }

    fn handle(&mut self, input: Inputs) -> Flow {
        let app = &mut self.app;
        let effects = match input {
            Input::Key(k) => on_key(app, k),
            Input::Paste(text) => update(app, Action::Paste(text)),
            Input::Resize => Vec::new(),
            Input::Tick => update(app, Action::Tick),
            Input::Store(r) => update(app, Action::Store(r)),
            Input::Signal => update(app, Action::Terminate),
        };
        let writer = &self.writer;
        shell::carry_out(effects, |fx| match fx {
            Effect::Persist(entry) => writer.append(entry),
            // The writer keeps its own copy of the day current; nothing the day's size runs here.
            Effect::Snapshot => writer.snapshot_current(),
            Effect::Quit | Effect::Exit => {}
        })
    }

    fn awaiting_reply(&self) -> bool {
        // A failing disk answers at its retry pace; the screen says so at once instead.
        self.app.save.pending() > 0 && self.app.save.failed.is_none()
    }

    fn ticking(&self, area: Rect) -> Option<u64> {
        Some(super::view::ticking(&self.app, area))
    }

    fn settle(&mut self) {
        // Replies also came through the channel; the writer's own queue is only kept short.
        while self.writer.replies().try_recv().is_ok() {}
    }

    /// Writes the snapshot and waits for the journal: changes not on disk refuse every quit; a
    /// failed rewrite of the day file (the journal holds everything) refuses the first one.
    fn save_all(&mut self) -> Result<(), Unsaved> {
        let lang = self.app.lang;
        while self.writer.replies().try_recv().is_ok() {}
        self.writer.snapshot_current();
        journal::flush(&self.writer, lang)?;
        let failed = self.writer.replies().try_iter().find_map(|r| match r {
            Reply::SnapshotFailed(why) => Some(crate::text::store::disk_failure(lang, &why)),
            _ => None,
        });
        match failed {
            None => Ok(()),
            Some(why) => Err(Unsaved::RefuseOnce {
                why: why.clone(),
                warning: why,
            }),
        }
    }

    fn refuse_quit(&mut self, why: String) {
        update(&mut self.app, Action::QuitFailed(why));
    }

    fn close(self) -> Vec<String> {
        journal::close(self.writer, self.app.lang)
    }
}
