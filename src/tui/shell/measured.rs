//! The terminal's backend with its size asked once per resize instead of once per frame: asking
//! opens `/dev/tty` each time (crossterm), and ratatui asks before every frame, which was a
//! fifteenth of a keystroke's cost. Likewise the cursor is hidden or shown only when that changes:
//! ratatui hides it after every frame, and crossterm writes and flushes the escape each time.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// A backend whose size is the one last measured.
#[derive(Debug)]
pub struct Measured<B> {
    inner: B,
    size: Option<Size>,
    /// Whether the cursor was last hidden (true) or shown (false); `None` when not known.
    hidden: Option<bool>,
    /// Times the size was asked.
    #[cfg(test)]
    measurements: usize,
}

impl<B: Backend> Measured<B> {
    /// Wraps `inner`, measuring it now.
    pub fn new(inner: B) -> Measured<B> {
        let mut m = Measured {
            inner,
            size: None,
            hidden: None,
            #[cfg(test)]
            measurements: 0,
        };
        m.remeasure();
        m
    }

    /// Asks the terminal its size again: on a resize, and on idle ticks as a safety net (the
    /// cursor is then hidden or shown again on the next frame, should anything have changed it).
    pub fn remeasure(&mut self) {
        self.size = self.inner.size().ok();
        self.hidden = None;
        #[cfg(test)]
        {
            self.measurements += 1;
        }
    }

    /// Times the size was asked.
    #[cfg(test)]
    pub fn measurements(&self) -> usize {
        self.measurements
    }

    /// The wrapped backend.
    #[cfg(test)]
    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// The wrapped backend, to resize a test's terminal.
    #[cfg(test)]
    pub fn inner_mut(&mut self) -> &mut B {
        &mut self.inner
    }
}

impl<B: Backend> Backend for Measured<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        if self.hidden != Some(true) {
            self.inner.hide_cursor()?;
            self.hidden = Some(true);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        if self.hidden != Some(false) {
            self.inner.show_cursor()?;
            self.hidden = Some(false);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        match self.size {
            Some(s) => Ok(s),
            // Never measured (the terminal refused once): ask again each time, as ratatui would.
            None => self.inner.size(),
        }
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::super::probe::Probe;
    use super::*;

    #[test]
    fn frames_keep_the_measured_size_until_it_is_measured_again() {
        let mut term = Terminal::new(Measured::new(TestBackend::new(30, 10))).expect("terminal");
        term.draw(|f| f.render_widget("x", f.area()))
            .expect("draws");
        term.backend_mut().inner_mut().resize(50, 12);
        let drawn = term
            .draw(|f| f.render_widget("x", f.area()))
            .expect("draws");
        assert_eq!((drawn.area.width, drawn.area.height), (30, 10));
        term.backend_mut().remeasure();
        let drawn = term
            .draw(|f| f.render_widget("x", f.area()))
            .expect("draws");
        assert_eq!((drawn.area.width, drawn.area.height), (50, 12));
        assert_eq!(term.backend().inner().buffer().area.width, 50);
    }

    #[test]
    fn the_cursor_is_hidden_once_not_after_every_frame() {
        let mut term = Terminal::new(Measured::new(Probe::new(20, 4))).expect("terminal");
        let told = |term: &Terminal<Measured<Probe>>| term.backend().inner().cursor_told();
        let frame = |term: &mut Terminal<Measured<Probe>>, cursor: bool| {
            term.draw(|f| {
                f.render_widget("x", f.area());
                if cursor {
                    super::super::cursor::place(f, Position::new(3, 1));
                }
            })
            .expect("draws");
        };
        for _ in 0..5 {
            frame(&mut term, false);
        }
        assert_eq!(told(&term), 1, "hidden once for five frames");
        frame(&mut term, true);
        frame(&mut term, true);
        assert_eq!(
            told(&term),
            2,
            "shown once when a frame puts the cursor somewhere"
        );
        frame(&mut term, false);
        assert_eq!(told(&term), 3);
        assert!(!term.backend().inner().inner().cursor_visible());
        // After a measurement (a resize, an idle tick) nothing is assumed: the next frame hides it
        // again.
        term.backend_mut().remeasure();
        frame(&mut term, false);
        assert_eq!(told(&term), 4);
    }
}
