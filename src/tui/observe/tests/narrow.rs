//! Everything reachable and whole at 80x24 in Bahasa Indonesia: the observer id, the code legend's
//! Indonesian labels, messages that wrap instead of losing their end, and the Score pane's evidence
//! scrolled down to the level descriptions and the history.

use ratatui::crossterm::event::KeyCode;

use super::score::on_score;
use super::*;

#[test]
fn at_80x24_before_any_phase_the_header_shows_the_observer_id_whole() {
    let (app, _) = app(Lang::Id);
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Asesor A01"), "{screen}");
    assert!(!screen.contains("A0…"), "{screen}");
    insta::assert_snapshot!("observe_not_started_80x24_id", screen);
}

#[test]
fn at_80x24_the_legend_shows_indonesian_labels() {
    let (app, _) = app(Lang::Id);
    let screen = draw(&app, 80, 24);
    for label in ["Bertanya", "Merangkum", "Menengahi", "Memotong"] {
        assert!(screen.contains(label), "{label}:\n{screen}");
    }
    // English keeps its acronyms where the labels do not fit.
    let (app, _) = self::app(Lang::En);
    assert!(draw(&app, 80, 24).contains("PROP"));
}

#[test]
fn a_refusal_wraps_rather_than_losing_its_end() {
    let (mut app, _) = scripted(Lang::Id);
    // A target on oneself: the sentence follows the pending chord.
    type_keys(&mut app, "1b1");
    let screen = draw(&app, 80, 24);
    // Wrapped onto the next row rather than cut.
    let text = flat(&screen);
    assert!(text.contains("Sasaran harus orang lain."), "{screen}");
    press(&mut app, KeyCode::Esc.into());
    // A code typed on the Score pane while the discussion is coded: the F3 hint at its end shows.
    press(&mut app, KeyCode::F(4).into());
    type_keys(&mut app, "p");
    let screen = draw(&app, 80, 24);
    let text = flat(&screen);
    assert!(text.contains("F3 untuk mengode."), "{screen}");
}

#[test]
fn at_80x24_the_evidence_scrolls_to_the_levels_and_history() {
    let mut app = on_score(Lang::Id);
    type_keys(&mut app, "3");
    let top = draw(&app, 80, 24);
    assert!(top.contains("▼ lagi"), "{top}");
    assert!(!top.contains("Riwayat"), "{top}");
    let mut seen = String::new();
    for _ in 0..12 {
        press(&mut app, KeyCode::PageDown.into());
        seen.push_str(&draw(&app, 80, 24));
    }
    for part in ["Riwayat", "Level", "(target)"] {
        assert!(seen.contains(part), "{part} never shown:\n{seen}");
    }
    let bottom = draw(&app, 80, 24);
    assert!(!bottom.contains("▼ lagi"), "{bottom}");
    // PgUp goes back to the top; moving to another cell starts at the top too.
    for _ in 0..12 {
        press(&mut app, KeyCode::PageUp.into());
    }
    assert_eq!(draw(&app, 80, 24), top);
    press(&mut app, KeyCode::PageDown.into());
    press(&mut app, KeyCode::Right.into());
    assert_eq!(app.score.scroll, 0);
}

#[test]
fn a_rubric_score_out_of_range_names_the_item_not_its_id() {
    let mut app = on_score(Lang::Id);
    let people = app.session.rated_people().len();
    for _ in 0..people + 1 {
        press(&mut app, KeyCode::Down.into());
    }
    // The key table offers only the item's digits; a score beyond them (from any other path) is
    // refused in words.
    crate::tui::observe::update(
        &mut app,
        crate::tui::observe::Action::Score(crate::tui::observe::score::ScoreAction::Digit(9)),
    );
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("“Konkret dan terukur”: 1-4"), "{screen}");
    assert!(!screen.contains("concrete"), "{screen}");
}

#[test]
fn at_80x24_the_recent_acts_count_shows_whole_past_a_hundred() {
    let (mut app, clock) = scripted(Lang::Id);
    for _ in 0..120 {
        clock.advance(2.0);
        type_keys(&mut app, "1p");
    }
    let count = app.session.live_count();
    assert!(count > 100, "{count}");
    let screen = draw(&app, 80, 24);
    // The count is what an observer checks against their paper tally: never cut.
    assert!(screen.contains(&format!("({count})")), "{count}:\n{screen}");
    // A seat past a hundred codes keeps its columns: the time since its last code shows whole.
    let row = screen
        .lines()
        .find(|l| l.contains("Fitri Lubis"))
        .unwrap_or("");
    assert!(row.contains(" 0:00 │"), "{row}");
}

#[test]
fn at_80x24_an_hour_on_the_floor_keeps_the_seat_row_inside_its_columns() {
    let (mut app, clock) = app(Lang::Id);
    next_phase(&mut app);
    type_keys(&mut app, "2p");
    // The floor left held over a long break.
    clock.advance(3725.0);
    let screen = draw(&app, 80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains("Fitri Susan"))
        .expect("the seat row");
    // Minutes past the hour rather than h:mm:ss, so Akhir (last coded) keeps its place whole
    // before the rule.
    assert!(row.contains("62:05"), "{screen}");
    assert!(row.contains(" 62:05 │"), "{row}");
    let head = screen
        .lines()
        .find(|l| l.contains("Akhir"))
        .expect("heading");
    assert_eq!(
        head.find('│').map(|i| head[..i].chars().count()),
        row.find('│').map(|i| row[..i].chars().count()),
        "the row's rule is where the heading's is:\n{head}\n{row}"
    );
}
