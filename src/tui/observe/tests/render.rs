//! Screens at 80x24 and 160x50 in both languages, kept as insta snapshots and reviewed by eye.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::tui::Pane;

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id",
        Lang::En => "en",
    }
}

#[test]
fn every_pane_at_both_sizes_in_both_languages() {
    for lang in [Lang::Id, Lang::En] {
        for (w, h) in [(80, 24), (160, 50)] {
            for pane in Pane::ALL {
                let (mut app, _) = scripted(lang);
                app.pane = pane;
                let name = format!("{pane:?}_{w}x{h}_{}", lang_name(lang)).to_lowercase();
                insta::assert_snapshot!(name, draw(&app, w, h));
            }
        }
    }
}

#[test]
fn help_overlay_and_note_entry() {
    for lang in [Lang::Id, Lang::En] {
        let (mut app, _) = scripted(lang);
        press(&mut app, KeyCode::Char('?').into());
        insta::assert_snapshot!(
            format!("help_80x24_{}", lang_name(lang)),
            draw(&app, 80, 24)
        );
        press(&mut app, KeyCode::Esc.into());
        press(&mut app, KeyCode::Enter.into());
        insta::assert_snapshot!(
            format!("note_80x24_{}", lang_name(lang)),
            draw(&app, 80, 24)
        );
    }
}

#[test]
fn a_nudge_shows_for_covered_participants_left_uncoded() {
    let (app, clock) = scripted(Lang::En);
    clock.advance(300.0);
    let screen = draw(&app, 80, 24);
    let nudged: Vec<&str> = screen.lines().filter(|l| l.contains(" !")).collect();
    // Seats 1-5 are A01's; seats 6-10 are never nudged on A01's screen.
    assert!(nudged.iter().any(|l| l.contains("Fitri Lubis")), "{screen}");
    assert!(
        !nudged.iter().any(|l| l.contains("Wahyu Kusuma")),
        "{screen}"
    );
}

/// The Score pane with ratings (one below target, one not observed, one edited after submission),
/// evidence notes, a rubric score and imported results for the selected participant.
fn rated(lang: Lang) -> App {
    use crate::model::{OnlineScore, SelfRating};
    let (mut app, clock) = scripted(lang);
    let mut event = (*app.event).clone();
    let first = app.session.rated_people()[0];
    let id = app.session.record().participants[first].id.clone();
    event.self_ratings.push(SelfRating {
        participant: id.clone(),
        competency: "M.2".into(),
        level: 4.0,
        source: "self.csv".into(),
        imported_at: clock.now(),
    });
    event.online_scores.push(OnlineScore {
        participant: id,
        name: "Numerik".into(),
        value: 72.0,
        source: "online.csv".into(),
        imported_at: clock.now(),
    });
    app.event = std::sync::Arc::new(event);
    press(&mut app, super::ctrl('p')); // rated once the discussion is paused
    press(&mut app, KeyCode::F(4).into());
    type_keys(&mut app, "3l2ln");
    press(&mut app, KeyCode::Char('+').into());
    type_keys(&mut app, "merangkum usulan");
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "j4hh");
    press(&mut app, KeyCode::Char('S').into());
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "ya"); // cells are empty: the second, typed confirmation
    press(&mut app, KeyCode::Enter.into());
    clock.advance(60.0);
    type_keys(&mut app, "k2");
    type_keys(&mut app, "salah ketik");
    press(&mut app, KeyCode::Enter.into());
    app
}

#[test]
fn score_pane_with_ratings_at_both_sizes_in_both_languages() {
    for lang in [Lang::Id, Lang::En] {
        let app = rated(lang);
        for (w, h) in [(80, 24), (160, 50)] {
            insta::assert_snapshot!(
                format!("score_rated_{w}x{h}_{}", lang_name(lang)),
                draw(&app, w, h)
            );
        }
    }
}

#[test]
fn the_roster_detail_shows_imported_results() {
    let mut app = rated(Lang::En);
    app.pane = Pane::Roster;
    let first = app.session.rated_people()[0];
    let id = app.session.record().participants[first].id.clone();
    let pos = (0..app.roster.view.len()).position(|i| {
        app.roster
            .row(i)
            .is_some_and(|r| app.event.participants[r.participant].id == id)
    });
    app.roster.selected = pos.expect("in the roster");
    let screen = draw(&app, 160, 50);
    assert!(screen.contains("Self-evaluation: M.2 4"), "{screen}");
    assert!(screen.contains("Online assessment: Numerik 72"), "{screen}");
}

#[test]
fn a_rubric_row_changed_after_submission_shows_its_history_and_reason() {
    let mut app = rated(Lang::En);
    for _ in 0..app.session.rated_people().len() {
        press(&mut app, KeyCode::Down.into());
    }
    type_keys(&mut app, "3");
    type_keys(&mut app, "produk dinilai ulang");
    press(&mut app, KeyCode::Enter.into());
    insta::assert_snapshot!("score_rubric_edited_80x24_en", draw(&app, 80, 24));
}

/// On a tall screen each seat's row of the timeline shows when they held the floor: seat 1 for the
/// first half minute, seat 2 for the next quarter, then silence; at 80x24 there is no room for it.
#[test]
fn a_tall_screen_shows_who_held_the_floor_over_time() {
    let (mut app, clock) = app(Lang::En);
    app.pane = Pane::Observe;
    type_keys(&mut app, "1");
    clock.advance(30.0);
    type_keys(&mut app, "2");
    clock.advance(15.0);
    type_keys(&mut app, " ");
    clock.advance(15.0);
    let screen = draw(&app, 160, 50);
    let row = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("{name}  ")) && !l.contains('%'))
            .map(|l| l.split('│').next().unwrap_or("").trim_end().to_string())
            .expect("a timeline row")
    };
    assert!(screen.contains("Who held the floor over the session (1 column = 0:15)"));
    assert!(
        row("Fitri Lubis").ends_with("Fitri Lubis  ██··"),
        "{screen}"
    );
    assert!(row("Dian Hakim").ends_with("Dian Hakim   ····"), "{screen}");
    assert!(
        screen.lines().any(|l| l.contains("Fitri Susan… ··█·")),
        "{screen}"
    );
    assert!(!draw(&app, 80, 24).contains("Who held the floor"));
    // Ended turns are kept between frames; a later frame adds only what is new.
    type_keys(&mut app, "3");
    clock.advance(15.0);
    let screen = draw(&app, 160, 50);
    for row in [
        "Fitri Lubis  ██···",
        "Fitri Susan… ··█··",
        "Dian Hakim   ····█",
    ] {
        assert!(screen.lines().any(|l| l.contains(row)), "{row}: {screen}");
    }
    type_keys(&mut app, "1");
    clock.advance(15.0);
    let screen = draw(&app, 160, 50);
    for row in [
        "Fitri Lubis  ██···█",
        "Fitri Susan… ··█···",
        "Dian Hakim   ····█·",
    ] {
        assert!(screen.lines().any(|l| l.contains(row)), "{row}: {screen}");
    }
}
