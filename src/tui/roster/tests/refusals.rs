//! The lead's editor refusing what cannot be, in the screen's language and with advice that fits
//! the editor: a taken seat for someone without one, a re-balance with too few people.

use ratatui::crossterm::event::KeyCode;

use super::edit::{key, lead_event, saves, status_text};
use super::*;
use crate::setup::{Edit, Rules, Targets, apply};
use crate::tui::roster::app::{Overlay, Tone};
use crate::tui::roster::{Outcome, Popup};

/// Someone without a seat has nothing to swap: a taken seat is refused as taken, pointing to a
/// free one, in the screen's language.
#[test]
fn a_taken_seat_for_someone_without_a_seat_says_to_choose_a_free_one() {
    let mut ev = crate::catalog::demo_event().expect("demo");
    for g in &mut ev.groups {
        g.seats.retain(|_, p| p != "P74");
    }
    for o in &mut ev.observers {
        o.coverage.retain(|p| p != "P74");
    }
    for (lang, taken, not) in [
        (
            Lang::En,
            "is taken by P29",
            ["swap", "move them into a group"],
        ),
        (
            Lang::Id,
            "sudah ditempati P29",
            ["tukar", "pindahkan ke sebuah kelompok"],
        ),
    ] {
        let mut app = lead_app_with(ev.clone(), lang);
        let mut pick = crate::tui::roster::Pick::new(lead_event(&app), "P74");
        assert!(pick.choose(lead_event(&app)).is_none(), "G1's seats");
        app.overlay = Overlay::Popup(Popup::Pick(crate::tui::roster::Pick {
            stage: crate::tui::roster::PickStage::Seat(1),
            cursor: 0,
            ..pick
        }));
        assert!(press(&mut app, key(KeyCode::Enter)).is_empty());
        let (msg, tone) = status_text(&app);
        assert_eq!(tone, Tone::Error);
        assert!(msg.contains(taken), "{msg}");
        for n in not {
            assert!(!msg.contains(n), "{msg}");
        }
        // A free seat (12: G2 has 10 people) seats them.
        for _ in 0..11 {
            press(&mut app, key(KeyCode::Down));
        }
        let fx = press(&mut app, key(KeyCode::Enter));
        let seated = &saves(&fx)[0].1;
        assert_eq!(seated.group_of("P74").map(|g| g.id.as_str()), Some("G2"));
    }
}

/// Too few people for the event's groups: the re-balance preview says so in the screen's
/// language, with advice for the editor rather than lgd new's flags.
#[test]
fn a_re_balance_that_cannot_be_says_why_in_the_screen_s_language() {
    let mut ev = crate::catalog::demo_event().expect("demo");
    let r = Rules::builtin(Targets::default());
    let keep: Vec<String> = ev.participants[..5].iter().map(|p| p.id.clone()).collect();
    let gone: Vec<String> = ev
        .participants
        .iter()
        .map(|p| p.id.clone())
        .filter(|p| !keep.contains(p))
        .collect();
    for p in gone {
        ev = apply(&ev, &Edit::Remove { participant: p }, &r).expect("removed");
    }
    for (lang, said) in [
        (Lang::Id, "5 peserta tidak cukup untuk 8 kelompok"),
        (Lang::En, "5 participant(s) cannot fill 8 groups"),
    ] {
        let mut app = lead_app_with(ev.clone(), lang);
        press(&mut app, key(KeyCode::Char('b')));
        let Overlay::Popup(Popup::Balance(p)) = &app.overlay else {
            panic!("{:?}", app.overlay)
        };
        for o in [&p.fewest, &p.arranged] {
            let Outcome::Refused(why) = o else {
                panic!("{o:?}")
            };
            assert!(why.contains(said), "{why}");
            assert!(!why.contains("--groups"), "{why}");
        }
    }
}
