//! The observer's roster is read-only: the editing keys say where editing happens.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::text::observe::T;
use crate::text::roster::L;
use crate::tui::observe::Pane;
use crate::tui::observe::app::{Overlay, Status};

fn key(code: KeyCode) -> KeyEvent {
    code.into()
}

#[test]
fn observing_the_roster_stays_read_only_and_says_where_editing_happens() {
    for (lang, words) in [
        (Lang::En, "lgd roster EVENT_FILE"),
        (Lang::Id, "lgd roster FILE_ACARA"),
    ] {
        let (mut app, _) = app(lang);
        app.pane = Pane::Roster;
        let before = app.event.clone();
        for k in ["m", "e", "a", "d", "b", "u"] {
            app.status = None;
            assert!(type_keys(&mut app, k).is_empty());
            assert_eq!(app.status, Some(Status::Text(T::Lead(L::MReadOnly))), "{k}");
        }
        assert!(press(&mut app, key(KeyCode::Delete)).is_empty());
        assert_eq!(app.event, before);
        assert!(matches!(app.overlay, Overlay::None));
        assert!(draw(&app, 160, 30).contains(words));
    }
}
