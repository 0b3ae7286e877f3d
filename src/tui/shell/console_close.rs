//! Windows: closing the console window, logging off or shutting down (`CTRL_CLOSE_EVENT`,
//! `CTRL_LOGOFF_EVENT`, `CTRL_SHUTDOWN_EVENT`) saves as SIGTERM and SIGHUP do on Unix.
//!
//! Windows ends the process as soon as a console control handler returns, so the handler asks the
//! app to save and quit and then waits until the app says everything is on disk ([`flushed`]) or
//! Windows' own grace period (about 5 s) runs out. Elsewhere both functions do nothing.

use std::io;

/// Asks the app to save and quit (through `request`) when the console is closed; see the module.
// Unix closes through SIGHUP (`terminal::on_signal`), so only Windows registers this.
#[cfg_attr(unix, allow(dead_code))]
pub fn on_close(request: impl Fn() + Send + Sync + 'static) -> io::Result<()> {
    imp::on_close(Box::new(request))
}

/// Says that the journal is flushed and the day file written, so a waiting close may end the process.
pub fn flushed() {
    imp::flushed()
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod imp {
    use std::io;
    use std::sync::{Condvar, Mutex, OnceLock};
    use std::time::Duration;

    use windows_sys::Win32::Foundation::{FALSE, TRUE};
    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
        SetConsoleCtrlHandler,
    };
    use windows_sys::core::BOOL;

    /// Longer than Windows waits (5 s for a close, up to 20 s at shutdown): Windows decides the end.
    const PATIENCE: Duration = Duration::from_secs(30);

    type Request = Box<dyn Fn() + Send + Sync>;

    struct Hook {
        request: Mutex<Option<Request>>,
        done: Mutex<bool>,
        cv: Condvar,
    }

    fn hook() -> &'static Hook {
        static HOOK: OnceLock<Hook> = OnceLock::new();
        HOOK.get_or_init(|| Hook {
            request: Mutex::new(None),
            done: Mutex::new(false),
            cv: Condvar::new(),
        })
    }

    pub(super) fn on_close(request: Request) -> io::Result<()> {
        if let Ok(mut slot) = hook().request.lock() {
            *slot = Some(request);
        }
        // SAFETY: `handler` has the signature SetConsoleCtrlHandler expects, is 'static, and only
        // touches the synchronised statics above; registering it has no other precondition.
        let ok = unsafe { SetConsoleCtrlHandler(Some(handler), TRUE) };
        if ok == FALSE {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    pub(super) fn flushed() {
        let h = hook();
        if let Ok(mut done) = h.done.lock() {
            *done = true;
            h.cv.notify_all();
        }
    }

    fn request() {
        if let Ok(slot) = hook().request.lock()
            && let Some(request) = slot.as_ref()
        {
            request();
        }
    }

    /// Runs on a thread Windows starts for the event.
    pub(super) unsafe extern "system" fn handler(event: u32) -> BOOL {
        match event {
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => {
                request();
                let h = hook();
                if let Ok(done) = h.done.lock() {
                    let _ = h.cv.wait_timeout_while(done, PATIENCE, |done| !*done);
                }
                TRUE
            }
            // In raw mode Ctrl+C arrives as a key; should one come as an event, it quits the same way.
            CTRL_C_EVENT | CTRL_BREAK_EVENT => {
                request();
                TRUE
            }
            _ => FALSE,
        }
    }

    #[cfg(test)]
    mod tests {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicBool, Ordering};

        use super::*;

        #[test]
        fn a_closed_console_asks_to_save_and_returns_only_once_everything_is_on_disk() {
            let saved = Arc::new(AtomicBool::new(false));
            let s = Arc::clone(&saved);
            // The app's side: told to quit, it saves on its own thread, then says so.
            *hook().request.lock().expect("lock") = Some(Box::new(move || {
                let s = Arc::clone(&s);
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(100));
                    s.store(true, Ordering::SeqCst);
                    flushed();
                });
            }));
            // SAFETY: calling the handler as Windows would, on this thread.
            let answer = unsafe { handler(CTRL_CLOSE_EVENT) };
            assert_eq!(answer, TRUE, "the close is handled");
            assert!(
                saved.load(Ordering::SeqCst),
                "the handler returned (and Windows would end the process) before the save finished"
            );
        }
    }
}

#[cfg(not(windows))]
mod imp {
    use std::io;

    #[cfg_attr(unix, allow(dead_code))]
    pub(super) fn on_close(_request: Box<dyn Fn() + Send + Sync>) -> io::Result<()> {
        Ok(())
    }

    pub(super) fn flushed() {}
}
