//! Rows of the recent-acts list copied from the last frame are the rows drawn afresh: after every
//! key of a session (acts coded, retracted, restored, noted, flagged, a phase started, the language
//! switched, the terminal resized), the screen with the rows kept is the screen drawn from nothing.

use super::*;
use ratatui::buffer::Buffer;

/// The screen drawn with the rows kept from earlier frames, and drawn with none kept.
fn warm_and_cold(app: &mut App, w: u16, h: u16) -> (Buffer, Buffer) {
    let warm = buffer(app, w, h);
    let kept = std::mem::take(&mut app.recent_rows);
    let cold = buffer(app, w, h);
    app.recent_rows = kept;
    (warm, cold)
}

#[test]
fn rows_kept_between_frames_are_the_rows_drawn_afresh() {
    let (mut app, clock) = app(Lang::En);
    let sizes = [(120, 40), (120, 40), (80, 24), (100, 30), (100, 30)];
    let mut frame = 0;
    let mut check = |app: &mut App, what: &str| {
        let (w, h) = sizes[frame % sizes.len()];
        frame += 1;
        let (warm, cold) = warm_and_cold(app, w, h);
        assert_eq!(warm, cold, "after {what} at {w}x{h}");
    };
    // Coded before the discussion starts, so its start moves every session time shown.
    for k in ["1", "p", "2", "b", "1"] {
        type_keys(&mut app, k);
        check(&mut app, k);
    }
    next_phase(&mut app);
    check(&mut app, "the reading phase");
    clock.advance(600.0);
    next_phase(&mut app);
    check(&mut app, "the discussion");
    clock.advance(30.0);
    let script = "1i2pf3b2.5d34x31saa6kqk7p2d11i1i";
    for k in script.chars() {
        type_keys(&mut app, &k.to_string());
        clock.advance(2.0);
        check(&mut app, &format!("{k:?} of {script:?}"));
    }
    press(&mut app, KeyCode::Backspace.into());
    check(&mut app, "a retraction");
    press(&mut app, ctrl('r'));
    check(&mut app, "a restore");
    press(&mut app, KeyCode::Backspace.into());
    press(&mut app, KeyCode::Backspace.into());
    check(&mut app, "two retractions");
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "menyebut data BPS");
    press(&mut app, KeyCode::Enter.into());
    check(&mut app, "a note");
    app.lang = Lang::Id;
    check(&mut app, "the language switched");
    check(&mut app, "the same again");
    type_keys(&mut app, "3a");
    check(&mut app, "an act in Bahasa Indonesia");
    let flagged = (0..app.session.record().acts.len()).any(|i| app.session.is_flagged(i));
    assert!(flagged, "the script flags a likely double");
}

#[test]
fn a_row_is_copied_only_while_its_act_is_the_same_act() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "1p");
    let before = buffer(&app, 120, 40);
    // The act changed in place by a note: the row shows it although nothing else moved.
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "BPS");
    press(&mut app, KeyCode::Enter.into());
    let after = buffer(&app, 120, 40);
    assert_ne!(before, after);
    let text: String = (61..120)
        .map(|x| after[(x, 4)].symbol().to_string())
        .collect();
    assert!(text.contains("“BPS”"), "{text}");
}
