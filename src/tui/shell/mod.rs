//! The shell the three terminal apps run on: one run loop, one input thread (keys, pastes, resizes,
//! ticks, signals, the writer's replies on one channel), one quit-and-flush protocol.
//!
//! An app plugs in through [`Program`]: it turns an input into its own effects and carries them out
//! against its own store; the shell decides when to draw, when to stop, and what to do when saving
//! before quitting fails.

mod chrome;
pub mod console_close;
pub mod cursor;
mod diff;
mod escapes;
mod event_loop;
mod input;
pub mod journal;
mod measured;
#[cfg(test)]
mod probe;
mod quit;
pub mod same;
mod save;
pub mod terminal;

use std::io;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub(crate) use chrome::help_overlay;
pub use chrome::{HelpOverlay, refuse_quit, toggle_help};
#[cfg(test)]
pub(crate) use event_loop::{shown, shown_in_turn};
pub(crate) use measured::Measured;
pub use quit::Unsaved;
pub use save::{Heard, SaveState};
use terminal::Screen;

/// Something the loop reacts to; `R` is the app's writer reply.
#[derive(Debug, Clone)]
pub enum Input<R> {
    /// A key.
    Key(KeyEvent),
    /// Text pasted at once (bracketed paste); no app takes it yet.
    #[allow(dead_code)]
    Paste(String),
    /// The terminal changed size.
    Resize,
    /// A quarter second passed (only for apps that ask for ticks).
    Tick,
    /// The app's writer answered.
    Store(R),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
}

/// What an input asks of the shell once the app has handled it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on.
    Continue,
    /// Save everything and stop; `forced` when the system asked, so a failure does not keep it open.
    Quit {
        /// The system asked (a signal): stop even if saving fails.
        forced: bool,
    },
}

impl Flow {
    /// Both asks together: a forced quit over a quit over going on.
    pub fn and(self, other: Flow) -> Flow {
        match (self, other) {
            (Flow::Quit { forced: a }, Flow::Quit { forced: b }) => Flow::Quit { forced: a || b },
            (Flow::Quit { .. }, Flow::Continue) => self,
            (Flow::Continue, other) => other,
        }
    }
}

/// An app's effect that may ask the shell to stop.
pub trait Quits {
    /// What the effect asks of the shell; [`Flow::Continue`] for work the app carries out itself.
    fn flow(&self) -> Flow;
}

/// Carries out every effect that is work with `store`, in order, and returns what the others ask.
pub fn carry_out<E: Quits>(effects: Vec<E>, mut store: impl FnMut(E)) -> Flow {
    effects
        .into_iter()
        .fold(Flow::Continue, |flow, fx| match fx.flow() {
            Flow::Continue => {
                store(fx);
                flow
            }
            asked => flow.and(asked),
        })
}

/// An app with its store, as the shell runs it.
pub trait Program {
    /// What the app's writer reports.
    type Reply: Send + 'static;
    /// Whether the app wants a [`Input::Tick`] four times a second (clocks, periodic saves).
    const TICKS: bool;
    /// Draws the app; a pure function of its state. The shell strips from the frame whatever
    /// would act on the terminal before sending it.
    fn draw(&self, frame: &mut Frame);
    /// Handles one input and carries out the effects it gave.
    fn handle(&mut self, input: Input<Self::Reply>) -> Flow;
    /// Called once per batch of inputs, before the redraw.
    fn settle(&mut self) {}
    /// Whether a change was handed to the store and its answer is due: the shell waits up to
    /// [`REPLY_WAIT`] for it before drawing, so with a quick disk a key costs one frame, already
    /// saying "saved".
    fn awaiting_reply(&self) -> bool {
        false
    }
    /// A digest of everything on screen that changes with time alone (clock texts, nudges), as it
    /// would be drawn in `area` now; a tick that leaves it as it was is not drawn. `None` draws
    /// every tick.
    fn ticking(&self, _area: Rect) -> Option<u64> {
        None
    }
    /// Saves everything before quitting; what is not saved, in the app's language.
    fn save_all(&mut self) -> Result<(), Unsaved>;
    /// Quitting was refused: the app shows why and stays open.
    fn refuse_quit(&mut self, why: String);
    /// Closes the store after the terminal is restored; problems to print, in the app's language.
    fn close(self) -> Vec<String>;
}

/// The input channel; make it before opening the app's store so the writer can report into it.
pub fn inputs<R>() -> (Sender<Input<R>>, Receiver<Input<R>>) {
    channel()
}

/// A writer hook that forwards every reply into the input channel.
pub fn notifier<R: Clone + Send + 'static>(tx: Sender<Input<R>>) -> Box<dyn Fn(&R) + Send> {
    Box::new(move |reply: &R| {
        let _ = tx.send(Input::Store(reply.clone()));
    })
}

/// How a run ended.
#[derive(Debug)]
pub struct Ended {
    /// Problems to print once the terminal is back to normal, in the app's language.
    pub warnings: Vec<String>,
}

/// How long the loop waits for the store's answer to a change before drawing without it.
pub const REPLY_WAIT: Duration = Duration::from_millis(5);

/// How recent a key's frame spares the ticks their frames: the key's frame already showed the
/// time then, and the next key's will show it again. While the observer types, a clock second
/// is no longer a second whole frame in the same moment as a key's (the slowest keys were those:
/// one in ten fell beside one of the four ticks a second); when typing stops, the next tick that
/// finds the screen behind draws it, so a time shown is never more than 0.35 s late (this 0.1 s
/// and the 0.25 s between ticks).
pub const KEY_FRAME_FRESH: Duration = Duration::from_millis(100);

/// Runs `app` until it quits; its store is closed before this returns.
pub fn run<P: Program>(
    app: P,
    tx: &Sender<Input<P::Reply>>,
    rx: &Receiver<Input<P::Reply>>,
) -> io::Result<Ended> {
    input::spawn(tx, P::TICKS)?;
    let mut screen = Screen::enter()?;
    let ended = event_loop::run_on(&mut screen.terminal, app, rx, REPLY_WAIT, KEY_FRAME_FRESH);
    // The store is closed while the screen still shows why it may take a while.
    drop(screen);
    // Everything is on disk: a Windows console being closed may now end the process.
    console_close::flushed();
    ended
}

#[cfg(test)]
mod serve_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Fx {
        Work(u8),
        Quit,
        Exit,
    }

    impl Quits for Fx {
        fn flow(&self) -> Flow {
            match self {
                Fx::Work(_) => Flow::Continue,
                Fx::Quit => Flow::Quit { forced: false },
                Fx::Exit => Flow::Quit { forced: true },
            }
        }
    }

    /// An app whose disk froze: saving before quitting fails, closing gives `closed`.
    struct Frozen {
        closed: Vec<String>,
    }

    impl Program for Frozen {
        type Reply = ();
        const TICKS: bool = false;
        fn draw(&self, frame: &mut Frame) {
            frame.render_widget("the app", frame.area());
        }
        fn handle(&mut self, input: Input<()>) -> Flow {
            match input {
                Input::Signal => Flow::Quit { forced: true },
                _ => Flow::Continue,
            }
        }
        fn save_all(&mut self) -> Result<(), Unsaved> {
            Err(Unsaved::Lost {
                why: "The disk did not confirm saving; lgd keeps trying".into(),
                warning: "not saved".into(),
            })
        }
        fn refuse_quit(&mut self, _why: String) {}
        fn close(self) -> Vec<String> {
            self.closed
        }
    }

    fn terminated(closed: Vec<String>) -> (Ended, String) {
        let (tx, rx) = inputs();
        tx.send(Input::Signal).expect("queued");
        let mut terminal =
            ratatui::Terminal::new(Measured::new(ratatui::backend::TestBackend::new(60, 12)))
                .expect("tb");
        let ended = event_loop::run_on(
            &mut terminal,
            Frozen { closed },
            &rx,
            REPLY_WAIT,
            KEY_FRAME_FRESH,
        )
        .expect("runs");
        let screen = terminal
            .backend()
            .inner()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        (ended, screen)
    }

    #[test]
    fn a_signal_on_a_frozen_disk_shows_the_wait_and_reports_what_closing_found() {
        // The disk answered while closing: nothing is left to warn about.
        let (ended, screen) = terminated(Vec::new());
        assert!(ended.warnings.is_empty(), "{:?}", ended.warnings);
        // The last frame, shown while closing waits, says why instead of going blank.
        assert!(screen.contains("keeps trying"), "{screen}");
        assert!(screen.contains("the app"), "{screen}");
        // Still not saved after closing: closing's own word replaces the stale one.
        let (ended, _) = terminated(vec!["3 changes not saved".into()]);
        assert_eq!(ended.warnings, vec!["3 changes not saved".to_string()]);
    }

    #[test]
    fn work_is_done_in_order_and_the_strongest_quit_wins() {
        let mut done = Vec::new();
        let flow = carry_out(vec![Fx::Work(1), Fx::Exit, Fx::Work(2), Fx::Quit], |fx| {
            done.push(fx)
        });
        assert_eq!(done, vec![Fx::Work(1), Fx::Work(2)]);
        assert_eq!(flow, Flow::Quit { forced: true });
        assert_eq!(carry_out(vec![Fx::Work(3)], |_| {}), Flow::Continue);
        assert_eq!(
            carry_out(vec![Fx::Quit, Fx::Quit], |_| {}),
            Flow::Quit { forced: false }
        );
    }
}
