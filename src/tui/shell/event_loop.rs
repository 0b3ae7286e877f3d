//! The run loop: inputs handled in batches, one frame per batch (a key's frame waits briefly for
//! the store's answer), idle ticks drawn only when time changed what is shown, and the quit
//! protocol.

use std::io;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use ratatui::backend::Backend;
use ratatui::{Frame, Terminal};

use super::{Ended, Flow, Input, Measured, Program, quit};

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
    let mut looped = Loop {
        terminal,
        warnings: Vec::new(),
        waiting: None,
        refused: false,
        drawn_ticking: None,
        input_frame: None,
    };
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
        // Only time passed: drawn when what time changes on screen changed.
        let area = looped.terminal.get_frame().area();
        match app.ticking(area) {
            Some(now) if looped.drawn_ticking == Some(now) => {}
            now => looped.draw(&app, now)?,
        }
    }
    let Loop {
        terminal,
        mut warnings,
        waiting,
        ..
    } = looped;
    if let Some(why) = &waiting {
        // The system asked to stop while the disk does not answer (frozen, a USB drive unplugged):
        // closing waits for it, so the screen says what is happening instead of going blank.
        terminal
            .draw(|f| {
                app.draw(f);
                waiting_box(f, why);
            })
            .map_err(io::Error::other)?;
    }
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
}

impl<B: Backend> Loop<'_, B>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    fn draw<P: Program>(&mut self, app: &P, ticking: Option<u64>) -> io::Result<()> {
        self.terminal
            .draw(|f| app.draw(f))
            .map_err(io::Error::other)?;
        self.drawn_ticking = ticking;
        Ok(())
    }

    /// Handles one input; whether the app is to stop (everything saved, or the system insists).
    fn step<P: Program>(&mut self, app: &mut P, input: Input<P::Reply>) -> io::Result<bool> {
        if matches!(input, Input::Resize | Input::Tick) {
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
