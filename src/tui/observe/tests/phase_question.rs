//! Phase changes ask first: the question names the phase, yes changes it, no and Esc change
//! nothing and say so, and a key that does not answer is said while the question stays.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::model::Lang;
use crate::session::Notice;
use crate::tui::observe::action::Action;
use crate::tui::observe::app::{Overlay, Status};
use crate::tui::update;

#[test]
fn next_phase_asks_and_no_changes_nothing() {
    let (mut app, _) = app(Lang::En);
    assert!(press(&mut app, ctrl('n')).is_empty(), "Ctrl+N only asks");
    assert!(matches!(app.overlay, Overlay::Confirm(_)));
    assert!(
        draw(&app, 80, 24).contains("Start phase"),
        "the question is shown"
    );
    // A doubled key or a code letter does not say yes.
    assert!(type_keys(&mut app, "pa").is_empty());
    assert!(press(&mut app, KeyCode::Esc.into()).is_empty());
    assert!(
        app.session
            .record()
            .phases
            .iter()
            .all(|p| p.segments.is_empty())
    );
    assert!(draw(&app, 80, 24).contains("Not done; nothing changed."));
    press(&mut app, ctrl('n'));
    let fx = press(&mut app, KeyCode::Enter.into());
    assert_eq!(persisted(&fx), 1);
}

#[test]
fn a_key_that_does_not_answer_the_phase_question_says_so_and_the_question_stays() {
    for lang in [Lang::En, Lang::Id] {
        // The reading phase running (not coded), and on the Group pane `p` asks to pause it.
        let (mut app, _) = app(lang);
        press(&mut app, ctrl('n'));
        press(&mut app, KeyCode::Enter.into());
        press(&mut app, KeyCode::F(2).into());
        type_keys(&mut app, "p");
        assert!(
            matches!(app.overlay, Overlay::Confirm(_)),
            "{:?}",
            app.overlay
        );
        let before = app.session.record().clone();
        // A seat digit, a code letter, a pane key and a paste: none answers, each is said.
        let keys = [
            (KeyCode::Char('4').into(), "'4'"),
            (KeyCode::Char('b').into(), "'b'"),
            (KeyCode::F(3).into(), "'F3'"),
        ];
        for (key, name) in keys {
            assert!(press(&mut app, key).is_empty(), "{name} did something");
            assert!(
                matches!(app.overlay, Overlay::Confirm(_)),
                "{name} closed it"
            );
            let Some(Status::Refused(why)) = &app.status else {
                panic!("{name} was silent: {:?}", app.status);
            };
            assert!(why.starts_with(name), "{why}");
            // Both the refusal and the question it waits on are on an 80x24 screen.
            let screen = draw(&app, 80, 24);
            let (ignored, question) = match lang {
                Lang::En => ("ignored: answer this question first", "Pause phase"),
                Lang::Id => ("diabaikan: jawab pertanyaan ini dulu", "Jeda fase"),
            };
            let text = flat(&screen);
            assert!(text.contains(ignored), "{screen}");
            assert!(text.contains(question), "{screen}");
            // The keys that answer it are never cut, at the narrowest screen the app draws on.
            let keys = crate::text::Words::get(crate::text::guard::G::MConfirmKeys, lang);
            for (w, h) in [(80, 24), (60, 18)] {
                let screen = draw(&app, w, h);
                assert!(flat(&screen).contains(keys), "{w}x{h}:\n{screen}");
            }
        }
        assert!(update(&mut app, Action::Paste("tiga".into())).is_empty());
        assert!(
            matches!(&app.status, Some(Status::Refused(w)) if w.contains(match lang {
                Lang::En => "Paste ignored",
                Lang::Id => "Tempelan diabaikan",
            }))
        );
        assert_eq!(app.session.record(), &before, "nothing changed");
        // A failed save on the message line is not hidden by a stray key.
        app.status = Some(Status::SaveFailed(super::disk_full()));
        press(&mut app, KeyCode::Char('4').into());
        assert!(matches!(app.status, Some(Status::SaveFailed(_))));
        if lang == Lang::En {
            let screen = draw(&app, 80, 24);
            let shown = flat(&screen);
            assert!(
                shown.contains("Disk full: changes are not saved"),
                "{screen}"
            );
        }
        // The question still answers as before.
        let fx = press(&mut app, KeyCode::Enter.into());
        assert_eq!(persisted(&fx), 1);
        assert!(app.session.record().running_phase().is_none(), "paused");
    }
}

#[test]
fn ctrl_n_before_any_phase_asks_to_start_not_to_end() {
    let (mut app, _) = app(Lang::Id);
    press(&mut app, ctrl('n'));
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Mulai fase Membaca kasus?"), "{screen}");
    assert!(!screen.contains("Akhiri"), "{screen}");
    press(&mut app, KeyCode::Enter.into());
    press(&mut app, ctrl('n'));
    assert!(draw(&app, 80, 24).contains("Akhiri fase ini"));
}

#[test]
fn resuming_a_paused_phase_says_resumed() {
    let (mut app, _) = app(Lang::Id);
    press(&mut app, ctrl('p'));
    press(&mut app, ctrl('p'));
    press(&mut app, ctrl('p'));
    assert_eq!(app.status, Some(Status::Notice(Notice::PhaseResumed(0))));
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Fase dilanjutkan"), "{screen}");
}
