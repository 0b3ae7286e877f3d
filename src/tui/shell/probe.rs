//! The shell's own test terminal: a `TestBackend` that counts the times it is told to hide or
//! show the cursor, whose size another thread may set, as a window resized without telling, and
//! whose next frame may fail halfway, as a terminal gone away mid-write.

use std::sync::{Arc, Mutex};

use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// A test terminal that counts cursor changes and takes its size from [`Probe::resizer`].
pub struct Probe {
    inner: TestBackend,
    size: Arc<Mutex<Size>>,
    cursor_told: usize,
    fail_next_draw: bool,
}

impl Probe {
    /// A `width` x `height` terminal.
    pub fn new(width: u16, height: u16) -> Probe {
        Probe {
            inner: TestBackend::new(width, height),
            size: Arc::new(Mutex::new(Size::new(width, height))),
            cursor_told: 0,
            fail_next_draw: false,
        }
    }

    /// The next frame's first half of changed cells reaches the screen, then the draw fails.
    pub fn fail_next_draw(&mut self) {
        self.fail_next_draw = true;
    }

    /// The size the terminal reports from now on, settable from another thread.
    pub fn resizer(&self) -> Arc<Mutex<Size>> {
        Arc::clone(&self.size)
    }

    /// Times the cursor was hidden or shown.
    pub fn cursor_told(&self) -> usize {
        self.cursor_told
    }

    /// The screen as drawn.
    pub fn inner(&self) -> &TestBackend {
        &self.inner
    }
}

impl Backend for Probe {
    type Error = std::io::Error;

    fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(
        &mut self,
        content: I,
    ) -> Result<(), Self::Error> {
        let size = self.size()?;
        if sure(self.inner.size())? != size {
            self.inner.resize(size.width, size.height);
        }
        if std::mem::take(&mut self.fail_next_draw) {
            let cells: Vec<_> = content.collect();
            sure(self.inner.draw(cells[..cells.len() / 2].iter().copied()))?;
            return Err(std::io::Error::other("the terminal went away mid-write"));
        }
        sure(self.inner.draw(content))
    }
    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        sure(self.inner.append_lines(n))
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.cursor_told += 1;
        sure(self.inner.hide_cursor())
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.cursor_told += 1;
        sure(self.inner.show_cursor())
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        sure(self.inner.get_cursor_position())
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
        sure(self.inner.set_cursor_position(p))
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        sure(self.inner.clear())
    }
    fn clear_region(&mut self, t: ClearType) -> Result<(), Self::Error> {
        sure(self.inner.clear_region(t))
    }
    fn size(&self) -> Result<Size, Self::Error> {
        // A poisoned lock only means a test thread panicked; its last size still holds.
        Ok(*self.size.lock().unwrap_or_else(|e| e.into_inner()))
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        sure(self.inner.window_size())
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        sure(self.inner.flush())
    }
}

/// A `TestBackend` call, which cannot fail.
fn sure<T>(r: Result<T, std::convert::Infallible>) -> std::io::Result<T> {
    r.map_err(|e| match e {})
}
