//! The real `lgd` in a pseudo-terminal, read through a vt100 screen: start it, type, wait for text,
//! kill -9 it.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Rows of the pseudo-terminal.
pub const ROWS: u16 = 30;
/// Columns of the pseudo-terminal.
pub const COLS: u16 = 100;
/// Only a guard against hanging forever; nothing here measures speed.
const PATIENCE: Duration = Duration::from_secs(30);

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}

/// `lgd` running in a pseudo-terminal.
pub struct Tui {
    /// The process.
    pub child: Box<dyn Child + Send + Sync>,
    keys: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn MasterPty + Send>,
}

impl Tui {
    /// The demo observing into `dir`, once its panes are drawn.
    pub fn start(dir: &Path) -> Tui {
        let mut args: Vec<std::ffi::OsString> = ["demo", "--lang", "en", "--dir"]
            .iter()
            .map(Into::into)
            .collect();
        args.push(dir.into());
        Tui::run(&args, "F3 Observe")
    }

    /// Starts `lgd ARGS...` and waits until the screen shows `ready`.
    pub fn run(args: &[std::ffi::OsString], ready: &str) -> Tui {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lgd"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn lgd");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let keys = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(ROWS), nz(COLS), 0)));
        let feed = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().expect("screen").process(&buf[..n]);
            }
        });
        let tui = Tui {
            child,
            keys,
            screen,
            _master: pty.master,
        };
        tui.wait_for(&[ready]);
        tui
    }

    /// Whether the app asked the terminal for bracketed paste.
    pub fn bracketed_paste(&self) -> bool {
        self.screen
            .lock()
            .expect("screen")
            .screen()
            .bracketed_paste()
    }

    /// Pastes `text` as a terminal with bracketed paste sends it.
    pub fn paste(&mut self, text: &str) {
        self.send(format!("\x1b[200~{text}\x1b[201~").as_bytes());
    }

    /// The screen as text.
    pub fn text(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    /// Waits until the screen shows every one of `all` (30 s at most).
    pub fn wait_for(&self, all: &[&str]) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let text = self.text();
            if all.iter().all(|t| text.contains(t)) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {all:?}; screen:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends raw bytes as keys.
    pub fn send(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).expect("send keys");
        self.keys.flush().expect("flush keys");
    }

    /// Types keys one at a time, as a person does, so each is its own key event.
    pub fn type_slowly(&mut self, keys: &str) {
        for b in keys.bytes() {
            self.send(&[b]);
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends lgd a signal by name (`TERM`, `KILL`, ...).
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("pid");
        let sent = std::process::Command::new("kill")
            .args([format!("-{name}"), pid.to_string()])
            .status()
            .expect("kill");
        assert!(sent.success(), "kill -{name} {pid}");
    }

    /// Kills lgd with SIGKILL: no destructor, no flush, as a crash or a pulled plug.
    pub fn kill_9(&mut self) {
        self.signal("KILL");
        assert!(!self.wait_exit(), "killed, not exited");
    }

    /// Waits for lgd to exit; whether it exited with success.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.success();
            }
            assert!(
                Instant::now() < deadline,
                "lgd did not exit:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Ctrl+Q.
pub const CTRL_Q: &[u8] = &[0x11];
/// Backspace.
pub const BACKSPACE: &[u8] = &[0x7f];
/// Enter.
pub const ENTER: &[u8] = b"\r";
