//! The observer's key table as data: no key bound twice in one context, every code key reachable.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::session::Stroke;
use crate::tui::Pane;
use crate::tui::observe::action::Action;
use crate::tui::observe::keymap::{self, BINDINGS, Context, Mode};

fn key(code: KeyCode) -> KeyEvent {
    code.into()
}

#[test]
fn the_key_table_has_no_two_bindings_for_one_key_in_one_context() {
    let contexts = [
        Context::Always,
        Context::Panes,
        Context::Pane(Pane::Observe),
        Context::Pane(Pane::Roster),
        Context::Pane(Pane::Group),
        Context::Help,
        Context::Filter,
        Context::Note,
        Context::Mission,
    ];
    for ctx in contexts {
        crate::tui::testing::bound_once(&BINDINGS, &ctx);
    }
}

#[test]
fn every_code_key_of_the_built_in_schemes_reaches_the_grammar() {
    for scheme in &crate::catalog::Catalog::builtin().schemes {
        for c in &scheme.codes {
            let action = keymap::dispatch(Mode::Normal, Pane::Observe, key(KeyCode::Char(c.key)));
            assert_eq!(
                action,
                Some(Action::Stroke(Stroke::Char(c.key))),
                "{}",
                c.code
            );
        }
    }
}
