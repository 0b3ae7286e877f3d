//! Seat rows and header rows copied from the last frame are the rows drawn afresh: as the floor
//! changes hands, acts are coded, taken back and restored, seconds and minutes pass (airtime,
//! shares, the time since each was last coded, nudges, the phase clock), changes wait for the disk
//! and are saved or fail, panes and the language switch and the terminal changes size (a column
//! per code from 120 columns), the screen with the rows kept is the screen drawn from nothing.

use super::*;
use crate::tui::Pane;
use ratatui::buffer::Buffer;

/// The screen drawn with the rows kept from earlier frames, and drawn with none kept.
fn warm_and_cold(app: &mut App, w: u16, h: u16) -> (Buffer, Buffer) {
    let warm = buffer(app, w, h);
    let seats = std::mem::take(&mut app.seat_rows);
    let header = std::mem::take(&mut app.header);
    let cold = buffer(app, w, h);
    app.seat_rows = seats;
    app.header = header;
    (warm, cold)
}

#[test]
fn seat_and_header_rows_kept_between_frames_are_the_rows_drawn_afresh() {
    let (mut app, clock) = app(Lang::En);
    let sizes = [(120, 40), (120, 40), (80, 24), (80, 24), (100, 30)];
    let mut frame = 0;
    let mut nudged = false;
    let mut check = |app: &mut App, what: &str| {
        let (w, h) = sizes[frame % sizes.len()];
        frame += 1;
        let (warm, cold) = warm_and_cold(app, w, h);
        assert_eq!(warm, cold, "after {what} at {w}x{h}");
        let s = &app.session;
        nudged |= (0..s.stats().people.len()).any(|p| s.needs_nudge(p, s.now_s()));
    };
    check(&mut app, "nothing yet");
    next_phase(&mut app);
    clock.advance(300.0);
    next_phase(&mut app);
    check(&mut app, "the discussion");
    let script = "1p2f1b2a3s3k1x24d5o1p";
    for (i, k) in script.chars().enumerate() {
        type_keys(&mut app, &k.to_string());
        // Some keys within the second, some seconds apart.
        clock.advance(if i % 3 == 0 { 0.4 } else { 1.7 });
        check(&mut app, &format!("{k:?} of {script:?}"));
    }
    press(&mut app, KeyCode::Backspace.into());
    check(&mut app, "a retraction");
    press(&mut app, ctrl('r'));
    check(&mut app, "a restore");
    for minute in 1..=7 {
        clock.advance(60.0);
        check(&mut app, &format!("quiet minute {minute}"));
    }
    type_keys(&mut app, "2s");
    check(&mut app, "an act after the quiet");
    app.save.sent += 2;
    check(&mut app, "two changes waiting for the disk");
    app.save.saved = app.save.sent;
    check(&mut app, "saved");
    app.save.failed = Some((app.save.sent, disk_full()));
    check(&mut app, "a failed save");
    app.save.failed = None;
    for pane in [Pane::Roster, Pane::Group, Pane::Score, Pane::Observe] {
        app.pane = pane;
        check(&mut app, &format!("the {pane:?} pane"));
    }
    type_keys(&mut app, " ");
    check(&mut app, "silence");
    app.lang = Lang::Id;
    check(&mut app, "the language switched");
    type_keys(&mut app, "3a");
    check(&mut app, "an act in Bahasa Indonesia");
    // 200 acts for one person: tallies and the balance past 99.
    for _ in 0..110 {
        type_keys(&mut app, "4p4x");
    }
    check(&mut app, "a hundred and ten of each");
    check(&mut app, "the same again");
    assert!(nudged, "the quiet minutes nudged someone");
}
