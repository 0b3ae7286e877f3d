//! The run loop: inputs handled in batches, one frame per batch (a key's frame waits briefly for
//! the store's answer), idle ticks drawn only when time changed what is shown, and the quit
//! protocol.

use std::io;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::{Frame, Terminal};

use super::{Ended, Flow, Input, Measured, Program, cursor, diff, quit, same};

/// The loop on any terminal (a test's [`ratatui::backend::TestBackend`] too): draws, handles
/// inputs until a quit is let through, waiting up to `wait` for the store's answer to a change
/// before drawing and leaving ticks undrawn within `fresh` of an input's frame, then closes the
/// store.
pub(crate) fn run_on<B: Backend, P: Program>(
    terminal: &mut Terminal<Measured<B>>,
    mut app: P,
    rx: &Receiver<Input<P::Reply>>,
    wait: Duration,
    fresh: Duration,
) -> io::Result<Ended>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut looped = Loop::new(terminal);
    looped.draw(&app, None)?;
    'run: while let Ok(first) = rx.recv() {
        // Everything already waiting is handled before one redraw; ticks alone may need none.
        let mut visible = false;
        for input in std::iter::once(first).chain(rx.try_iter()) {
            visible |= !matches!(input, Input::Tick);
            if looped.step(&mut app, input)? {
                break 'run;
            }
        }
        // The answer to a change usually comes within a millisecond: drawing once it is here
        // spares a second frame per key.
        let deadline = Instant::now() + wait;
        while app.awaiting_reply() {
            let Ok(input) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now()))
            else {
                break;
            };
            visible |= !matches!(input, Input::Tick);
            if looped.step(&mut app, input)? {
                break 'run;
            }
        }
        app.settle();
        if visible {
            looped.draw(&app, None)?;
            looped.input_frame = Some(Instant::now());
            continue;
        }
        if looped.input_frame.is_some_and(|at| at.elapsed() < fresh) {
            continue;
        }
        // Only time passed. The terminal's size is asked again, a safety net for a resize that
        // sent no event (asking opens the terminal: while keys come it is not asked on ticks,
        // and their frames show a resize's own event), and a new size is drawn at once; else
        // drawn when what time changes on screen changed.
        looped.terminal.backend_mut().remeasure();
        let measured = looped.terminal.size().ok();
        if measured.is_some_and(|size| size != looped.last.area.as_size()) {
            looped.draw(&app, None)?;
            continue;
        }
        let area = looped.terminal.get_frame().area();
        match app.ticking(area) {
            Some(now) if looped.drawn_ticking == Some(now) => {}
            now => looped.draw(&app, now)?,
        }
    }
    if let Some(why) = looped.waiting.clone() {
        // The system asked to stop while the disk does not answer (frozen, a USB drive unplugged):
        // closing waits for it, so the screen says what is happening instead of going blank.
        looped.frame(|f| waiting_frame(f, |f| app.draw(f), &why))?;
    }
    let Loop {
        mut warnings,
        waiting,
        ..
    } = looped;
    let problems = app.close();
    if waiting.is_some() {
        // Closing waited for the disk: what it found is the truth now ("keeps trying" would be
        // false once lgd has exited, and "not saved" once the disk answered).
        warnings.clear();
    }
    warnings.extend(problems);
    Ok(Ended { warnings })
}

/// What the run loop keeps between inputs.
struct Loop<'t, B: Backend> {
    terminal: &'t mut Terminal<Measured<B>>,
    warnings: Vec<String>,
    /// Why quitting waits for the disk, when it does.
    waiting: Option<String>,
    refused: bool,
    /// [`Program::ticking`] of the last frame, when it was drawn for a tick (other frames are not
    /// asked, so a key pays nothing for it).
    drawn_ticking: Option<u64>,
    /// When the last frame for a key (or a paste, resize or reply) was drawn.
    input_frame: Option<Instant>,
    /// The frame on the screen, to draw only what changed.
    last: Buffer,
    /// Whether every cell of `last` is known to be a plain one-column cell (see `diff`).
    last_plain: bool,
    /// The cells that changed, kept to reuse the allocation.
    changes: Vec<usize>,
    /// What the view vouched for in `last` and in the frame being drawn (see `same`).
    vouched_last: Vec<(ratatui::layout::Rect, u64)>,
    vouched: Vec<(ratatui::layout::Rect, u64)>,
    /// The cells both vouch for alike, which the diff skips.
    unchanged: Vec<std::ops::Range<usize>>,
    /// The parts of the frame being drawn left for the screen to fill (see `same::keep`).
    holes: Vec<ratatui::layout::Rect>,
    /// Room for the holes' cells while a drawn frame is made blank.
    blanks: Vec<std::ops::Range<usize>>,
    /// A frame failed to reach the terminal whole: what the screen shows is unknown.
    unknown: bool,
}

impl<'t, B: Backend> Loop<'t, B>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    /// A loop on `terminal`, whose screen is taken to be blank.
    fn new(terminal: &'t mut Terminal<Measured<B>>) -> Loop<'t, B> {
        Loop {
            terminal,
            warnings: Vec::new(),
            waiting: None,
            refused: false,
            drawn_ticking: None,
            input_frame: None,
            last: Buffer::default(),
            last_plain: false,
            changes: Vec::new(),
            vouched_last: Vec::new(),
            vouched: Vec::new(),
            unchanged: Vec::new(),
            holes: Vec::new(),
            blanks: Vec::new(),
            unknown: false,
        }
    }

    fn draw<P: Program>(&mut self, app: &P, ticking: Option<u64>) -> io::Result<()> {
        self.frame(|f| app.draw(f))?;
        self.drawn_ticking = ticking;
        Ok(())
    }

    /// Draws one frame as `Terminal::draw` does, with the changed cells found by [`diff`] when it
    /// can tell them (ratatui's diff otherwise) against the frame on the screen, and screened
    /// (`inert`) so that no cell sends the terminal a character that acts on it. The view is lent
    /// the screen's frame, so a part it vouches the screen holds already is left undrawn (see
    /// [`same::keep`]); the screen's frame is then brought up to date, cell by changed cell when
    /// the cheap diff decided.
    fn frame(&mut self, render: impl FnOnce(&mut Frame)) -> io::Result<()> {
        let t = &mut *self.terminal;
        if self.unknown {
            t.clear().map_err(io::Error::other)?;
            self.unknown = false;
        }
        t.autoresize().map_err(io::Error::other)?;
        if self.last.area != t.current_buffer_mut().area {
            // A new size: ratatui has cleared the screen, so nothing drawn before is on it.
            self.last = Buffer::empty(t.current_buffer_mut().area);
            self.last_plain = true;
            self.vouched_last.clear();
        }
        cursor::forget();
        self.vouched.clear();
        self.holes.clear();
        same::listen(same::Listening {
            vouched: std::mem::take(&mut self.vouched),
            on_screen: std::mem::take(&mut self.vouched_last),
            screen: std::mem::take(&mut self.last),
            holes: std::mem::take(&mut self.holes),
        });
        render(&mut t.get_frame());
        let at = cursor::asked();
        let lent = same::take();
        (self.vouched, self.vouched_last) = (lent.vouched, lent.on_screen);
        (self.last, self.holes) = (lent.screen, lent.holes);
        let mut next = std::mem::take(t.current_buffer_mut());
        #[cfg(debug_assertions)]
        same::holes_left_blank(&next, &self.holes);
        if !self.last_plain {
            // The diff is to look at every cell of the screen's frame (see `diff`), so the parts
            // left undrawn are compared too: they are filled first.
            same::fill_holes(&mut next, &self.last, &mut self.holes);
        }
        same::unchanged(
            &self.vouched,
            &self.vouched_last,
            next.area,
            &mut self.unchanged,
        );
        self.last_plain = diff::plain_changes(
            &self.last,
            self.last_plain,
            &next,
            &self.unchanged,
            &mut self.changes,
        );
        #[cfg(debug_assertions)]
        if self.last_plain {
            same::check_vouched(&self.last, &self.unchanged, &self.holes, &next);
        }
        // No cell may act on the terminal. Only the changed cells need a look: the others are on
        // the screen already, screened when they were drawn. A cell that held such a character
        // changed just now, so ratatui's diff decides the frame, screened whole.
        if !self.last_plain || crate::tui::inert::screen_cells(&mut next, &self.changes) {
            // ratatui's diff compares every cell: the parts left undrawn are filled first.
            same::fill_holes(&mut next, &self.last, &mut self.holes);
            crate::tui::inert::screen(&mut next);
            self.last_plain = false;
        }
        let drawn = if self.last_plain {
            let cells = self.changes.iter().map(|&i| {
                let (x, y) = next.pos_of(i);
                (x, y, &next.content[i])
            });
            t.backend_mut().draw(cells)
        } else {
            t.backend_mut().draw(self.last.diff_iter(&next))
        };
        if let Err(e) = drawn {
            // What reached the screen is unknown: should a frame follow (every caller ends the
            // run on this error), the screen is cleared first and the frame drawn whole.
            next.reset();
            *t.current_buffer_mut() = next;
            self.last = Buffer::default();
            self.last_plain = false;
            self.vouched_last.clear();
            self.unknown = true;
            return Err(io::Error::other(e));
        }
        let placed = match at {
            None => t.hide_cursor(),
            Some(at) => t.show_cursor().and_then(|()| t.set_cursor_position(at)),
        };
        // What is drawn becomes the screen. The frame's changed cells are all that differ from it
        // when the cheap diff decided (the parts left undrawn included); else the frame is whole.
        if self.last_plain {
            for &i in &self.changes {
                self.last.content[i].clone_from(&next.content[i]);
            }
        } else {
            std::mem::swap(&mut self.last, &mut next);
        }
        std::mem::swap(&mut self.vouched_last, &mut self.vouched);
        // `next` (the frame drawn, or after a swap the screen's frame before it) is the next
        // frame's buffer, blank again: the parts left undrawn (still in `holes` where nothing
        // filled them) are blank already, and on a key that codes no act they are most of the
        // frame.
        same::blank_but(&mut next, &self.holes, &mut self.blanks);
        *t.current_buffer_mut() = next;
        placed.map_err(io::Error::other)?;
        t.backend_mut().flush().map_err(io::Error::other)
    }

    /// Handles one input; whether the app is to stop (everything saved, or the system insists).
    fn step<P: Program>(&mut self, app: &mut P, input: Input<P::Reply>) -> io::Result<bool> {
        if matches!(input, Input::Resize) {
            self.terminal.backend_mut().remeasure();
        }
        let Flow::Quit { forced } = app.handle(input) else {
            return Ok(false);
        };
        // The screen says "saving" while the disk is waited for.
        self.draw(app, None)?;
        match quit::decide(app.save_all(), forced, self.refused) {
            quit::Decision::Leave { warning, waiting } => {
                self.warnings.extend(warning);
                self.waiting = waiting;
                Ok(true)
            }
            quit::Decision::Stay { why, refused_once } => {
                self.refused |= refused_once;
                app.refuse_quit(why);
                Ok(false)
            }
        }
    }
}

/// What a `w` x `h` terminal shows once the loop has drawn one frame with `draw` on it: the
/// frame as it reaches the terminal, screened.
#[cfg(test)]
pub(crate) fn shown(
    w: u16,
    h: u16,
    draw: impl FnOnce(&mut Frame),
) -> ratatui::backend::TestBackend {
    let backend = Measured::new(ratatui::backend::TestBackend::new(w, h));
    let mut terminal = Terminal::new(backend).expect("terminal");
    Loop::new(&mut terminal).frame(draw).expect("drawn");
    terminal.backend().inner().clone()
}

/// Draws `frames` frames in turn through one loop on a `w` x `h` terminal, `draw(i, frame)`
/// drawing the i-th, and hands `check` what the terminal shows after each.
#[cfg(test)]
pub(crate) fn shown_in_turn(
    w: u16,
    h: u16,
    frames: usize,
    mut draw: impl FnMut(usize, &mut Frame),
    mut check: impl FnMut(usize, &ratatui::backend::TestBackend),
) {
    let backend = Measured::new(ratatui::backend::TestBackend::new(w, h));
    let mut terminal = Terminal::new(backend).expect("terminal");
    let mut looped = Loop::new(&mut terminal);
    for i in 0..frames {
        looped.frame(|f| draw(i, f)).expect("drawn");
        check(i, looped.terminal.backend().inner());
    }
}

/// The app's frame (`draw`) with why quitting waits over it.
fn waiting_frame(frame: &mut Frame, draw: impl FnOnce(&mut Frame), why: &str) {
    draw(frame);
    // The box goes over parts the app may have vouched for as unchanged since the frame before.
    same::forget(frame.buffer_mut());
    waiting_box(frame, why);
}

/// Why quitting waits, over the app's last frame.
fn waiting_box(frame: &mut Frame, why: &str) {
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};
    use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
    let area = frame.area();
    let width = area.width.saturating_sub(4).min(70);
    let height = area.height.min(7);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(why)
            .wrap(Wrap { trim: true })
            .style(Style::new().fg(Color::Yellow))
            .block(Block::new().borders(Borders::ALL)),
        rect,
    );
}

#[cfg(test)]
#[path = "loop_tests.rs"]
mod tests;
