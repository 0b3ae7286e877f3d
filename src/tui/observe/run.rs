//! The observer's app on the shell: its effects carried out against the day file's writer, and
//! saving everything before quitting.

use std::io;
use std::sync::mpsc::{Receiver, Sender};

use ratatui::Frame;

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
        let (app, writer) = (&self.app, &self.writer);
        shell::carry_out(effects, |fx| match fx {
            Effect::Persist(entry) => writer.append(entry),
            Effect::Snapshot => writer.snapshot(app.session.record().clone()),
            Effect::Quit | Effect::Exit => {}
        })
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
        self.writer.snapshot(self.app.session.record().clone());
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
