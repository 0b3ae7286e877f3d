//! The run loop against a test terminal: how many frames a key, a writer's reply and idle ticks cost.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::mpsc::Sender;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

use super::*;

/// What the fake app counted, kept outside it since the loop consumes the app.
#[derive(Default)]
struct Counts {
    frames: Cell<usize>,
    saved: Cell<u64>,
    ticks: Cell<u64>,
    /// Times the terminal's size was asked, the first (on starting) included.
    measured: Cell<usize>,
    /// Times the loop asked what time changes on screen (once per idle batch of ticks).
    asked_ticking: Cell<usize>,
    /// The area of each frame drawn.
    drawn: std::cell::RefCell<Vec<Rect>>,
}

/// An app whose writer answers each key after `delay`, whose clock text changes every fourth tick,
/// and which counts the frames drawn.
struct Fake {
    tx: Sender<Input<u64>>,
    delay: Duration,
    sent: u64,
    counts: Rc<Counts>,
}

impl Program for Fake {
    type Reply = u64;
    const TICKS: bool = false;

    fn draw(&self, frame: &mut Frame) {
        self.counts.frames.set(self.counts.frames.get() + 1);
        self.counts.drawn.borrow_mut().push(frame.area());
    }

    fn handle(&mut self, input: Input<u64>) -> Flow {
        match input {
            Input::Key(_) => {
                self.sent += 1;
                let (tx, seq, delay) = (self.tx.clone(), self.sent, self.delay);
                std::thread::spawn(move || {
                    std::thread::sleep(delay);
                    let _ = tx.send(Input::Store(seq));
                });
            }
            Input::Store(seq) => self.counts.saved.set(self.counts.saved.get().max(seq)),
            Input::Tick => self.counts.ticks.set(self.counts.ticks.get() + 1),
            Input::Signal => return Flow::Quit { forced: true },
            Input::Paste(_) | Input::Resize => {}
        }
        Flow::Continue
    }

    fn awaiting_reply(&self) -> bool {
        self.sent > self.counts.saved.get()
    }

    fn ticking(&self, _area: Rect) -> Option<u64> {
        self.counts
            .asked_ticking
            .set(self.counts.asked_ticking.get() + 1);
        Some(self.counts.ticks.get() / 4)
    }

    fn save_all(&mut self) -> Result<(), Unsaved> {
        Ok(())
    }

    fn refuse_quit(&mut self, _why: String) {}

    fn close(self) -> Vec<String> {
        Vec::new()
    }
}

/// Feeds `feed` (each after `gap`) to the loop, which waits up to `wait` for a reply, then a
/// signal; the frames drawn, the first included. Ticks are drawn whatever a key drew before them.
fn frames(delay: Duration, wait: Duration, gap: Duration, feed: Vec<Input<u64>>) -> Rc<Counts> {
    frames_fresh(delay, wait, Duration::ZERO, gap, feed)
}

/// [`frames`], with ticks undrawn within `fresh` of a key's frame.
fn frames_fresh(
    delay: Duration,
    wait: Duration,
    fresh: Duration,
    gap: Duration,
    feed: Vec<Input<u64>>,
) -> Rc<Counts> {
    let (tx, rx) = inputs::<u64>();
    let counts = Rc::new(Counts::default());
    let app = Fake {
        tx: tx.clone(),
        delay,
        sent: 0,
        counts: counts.clone(),
    };
    let feeder = std::thread::spawn(move || {
        for i in feed {
            std::thread::sleep(gap);
            let _ = tx.send(i);
        }
        std::thread::sleep(gap);
        let _ = tx.send(Input::Signal);
    });
    let mut terminal =
        Terminal::new(super::Measured::new(TestBackend::new(20, 5))).expect("terminal");
    let ended = event_loop::run_on(&mut terminal, app, &rx, wait, fresh).expect("runs");
    counts.measured.set(terminal.backend().measurements());
    feeder.join().expect("feeder");
    assert!(ended.warnings.is_empty());
    counts
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn key() -> Input<u64> {
    Input::Key(ratatui::crossterm::event::KeyCode::Char('1').into())
}

#[test]
fn a_key_saved_quickly_is_one_frame_already_saying_saved() {
    // Times far apart, so a busy machine cannot blur them.
    let (delay, wait, gap) = (ms(20), ms(5_000), ms(100));
    let c = frames(delay, wait, gap, vec![key(), key(), key()]);
    assert_eq!(c.saved.get(), 3);
    // The first frame, one per key, the frame saying "saving" while quitting.
    assert_eq!(c.frames.get(), 1 + 3 + 1);
}

#[test]
fn a_slow_disk_shows_saving_at_once_and_saved_when_it_answers() {
    let (delay, wait, gap) = (ms(300), ms(20), ms(600));
    let c = frames(delay, wait, gap, vec![key(), key()]);
    assert_eq!(c.saved.get(), 2);
    assert_eq!(c.frames.get(), 1 + 2 * 2 + 1);
}

#[test]
fn a_tick_is_drawn_only_when_what_time_changes_on_screen_changed() {
    let c = frames(ms(0), ms(5), ms(15), vec![Input::Tick; 8]);
    assert_eq!(c.ticks.get(), 8);
    // The clock text changes at ticks 4 and 8; the first tick is compared with a key's frame.
    assert_eq!(c.frames.get(), 1 + 3 + 1);
}

#[test]
fn while_keys_keep_the_screen_fresh_ticks_draw_nothing() {
    let mut feed = vec![key()];
    feed.extend(vec![Input::Tick; 8]);
    // Every tick within a minute of the key: the clock text changed twice, no tick is drawn.
    let c = frames_fresh(ms(0), ms(5_000), ms(60_000), ms(5), feed.clone());
    assert_eq!((c.saved.get(), c.ticks.get()), (1, 8));
    // The first frame, the key's, the frame saying "saving" while quitting.
    assert_eq!(c.frames.get(), 1 + 1 + 1);
    // Nor is the terminal asked its size (which opens it) on those ticks: only on starting.
    assert_eq!(c.measured.get(), 1);
    // With no such grace the first tick is drawn (the key's frame was not compared) and the
    // clock's two changes are.
    let c = frames_fresh(ms(0), ms(5_000), ms(0), ms(5), feed);
    assert_eq!(c.frames.get(), 1 + 1 + 3 + 1);
    // Idle ticks ask it, a safety net for a resize that sent no event: once per batch of ticks
    // the loop handles (ticks that came together are one).
    assert!(c.asked_ticking.get() >= 1);
    assert_eq!(c.measured.get(), 1 + c.asked_ticking.get());
}

#[test]
fn an_idle_tick_that_finds_a_new_size_draws_it_at_once() {
    let probe = super::probe::Probe::new(20, 5);
    let resize = probe.resizer();
    let (tx, rx) = inputs::<u64>();
    let counts = Rc::new(Counts::default());
    let app = Fake {
        tx: tx.clone(),
        delay: ms(0),
        sent: 0,
        counts: counts.clone(),
    };
    let feeder = std::thread::spawn(move || {
        // A tick (drawn: the first it is compared with), then the window grows and no resize
        // event comes; the next tick's clock text is the same, so time alone draws nothing.
        std::thread::sleep(ms(20));
        let _ = tx.send(Input::Tick);
        std::thread::sleep(ms(20));
        *resize.lock().expect("size") = Size::new(30, 7);
        let _ = tx.send(Input::Tick);
        std::thread::sleep(ms(20));
        let _ = tx.send(Input::Signal);
    });
    let backend = super::Measured::new(probe);
    let mut terminal = Terminal::new(backend).expect("terminal");
    let ticking = Duration::ZERO;
    event_loop::run_on(&mut terminal, app, &rx, ms(5), ticking).expect("runs");
    feeder.join().expect("feeder");
    // The frame before the quit's is the second tick's, at the new size.
    let drawn = counts.drawn.borrow();
    let (old, new) = (Rect::new(0, 0, 20, 5), Rect::new(0, 0, 30, 7));
    assert_eq!(drawn.first(), Some(&old));
    assert_eq!(drawn.iter().rev().nth(1), Some(&new), "{drawn:?}");
}
