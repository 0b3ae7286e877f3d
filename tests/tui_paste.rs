//! Issue 14 item 2, on the real binary: bracketed paste is switched on while `lgd` runs and off
//! when it quits; a paste on the Observe pane is refused and codes nothing; a long paste fills the
//! note at once.

mod common;

use common::pty::{CTRL_Q, ENTER, Tui};
use lgd_observer::store::read_day;

use common::day::demo_day_file as day_file;

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn a_paste_is_never_coded_and_a_long_one_fills_the_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    assert!(tui.bracketed_paste(), "bracketed paste is on");
    tui.type_slowly("1p");
    tui.wait_for(&["Recent acts (1)", "✓ saved"]);
    // A three-line note pasted on the Observe pane by mistake.
    tui.paste("line one\r3a\r5s");
    tui.wait_for(&["Paste refused"]);
    // Enter and the paste in one write, so they arrive in one read: the rest of the paste must
    // not wait for the next key press.
    let long = "x".repeat(2000);
    tui.send(format!("\r\x1b[200~{long}\x1b[201~").as_bytes());
    tui.wait_for(&["xxxxxxxxxx"]);
    tui.send(ENTER);
    tui.wait_for(&["Note saved"]);
    tui.send(CTRL_Q);
    assert!(tui.wait_exit(), "clean exit");
    assert!(!tui.bracketed_paste(), "switched off on the way out");

    let (record, _) = read_day(&day_file(dir.path())).expect("read day");
    assert_eq!(record.acts.len(), 1, "nothing coded from the paste");
    assert_eq!(record.turns.len(), 1, "the floor never moved");
    assert_eq!(record.acts[0].note.as_deref(), Some(long.as_str()));
}
