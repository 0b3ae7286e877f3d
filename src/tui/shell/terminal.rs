//! Entering and leaving the terminal's raw mode, and a panic hook that always leaves it usable.

use std::io::{self, BufWriter, Stdout};

use super::escapes::Escapes;
use ratatui::Terminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::Measured;

/// The terminal in raw mode on the alternate screen; dropping it restores the terminal.
pub struct Screen {
    /// The ratatui terminal.
    pub terminal: Terminal<Measured<Escapes<BufWriter<Stdout>>>>,
}

impl Screen {
    /// Enters raw mode and the alternate screen, after installing the panic hook.
    pub fn enter() -> io::Result<Screen> {
        install_panic_hook();
        enable_raw_mode()?;
        // Bracketed paste: a pasted note arrives as one text, never as keystrokes of the grammar.
        if let Err(e) = execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste) {
            let _ = restore();
            return Err(e);
        }
        // A frame's escape codes leave in one write: stdout's own buffer is line-sized, and a
        // frame has no newlines, so it went out in 1 KiB pieces.
        let out = BufWriter::with_capacity(1 << 16, io::stdout());
        match Terminal::new(Measured::new(Escapes::new(out))) {
            Ok(terminal) => Ok(Screen { terminal }),
            Err(e) => {
                let _ = restore();
                Err(e)
            }
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Leaves raw mode, bracketed paste and the alternate screen and shows the cursor; safe to call twice.
pub fn restore() -> io::Result<()> {
    disable_raw_mode()?;
    execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    )
}

/// Restores the terminal before the previous hook prints the panic, so the message is readable.
/// It never exits the process: unwinding must go on so the writer's destructor flushes the journal.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

/// SIGTERM and SIGHUP (a closed terminal window) and SIGINT become `signal()` on `tx`, so both
/// apps save and quit as on Ctrl+Q.
#[cfg(unix)]
pub fn on_signal<I: Send + 'static>(
    tx: &std::sync::mpsc::Sender<I>,
    thread_name: &str,
    signal: fn() -> I,
) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let sig = tx.clone();
    std::thread::Builder::new()
        .name(thread_name.into())
        .spawn(move || {
            for _ in signals.forever() {
                if sig.send(signal()).is_err() {
                    break;
                }
            }
        })?;
    Ok(())
}

/// Windows delivers Ctrl+C as a key in raw mode; closing the console window, logging off and
/// shutting down become `signal()` on `tx` and wait for the app to save (see `console_close`).
#[cfg(not(unix))]
pub fn on_signal<I: Send + 'static>(
    tx: &std::sync::mpsc::Sender<I>,
    _thread_name: &str,
    signal: fn() -> I,
) -> io::Result<()> {
    let tx = std::sync::Mutex::new(tx.clone());
    super::console_close::on_close(move || {
        if let Ok(tx) = tx.lock() {
            let _ = tx.send(signal());
        }
    })
}
