//! Tests of the roster editor with no terminal: keys to edits and effects, and screens on a TestBackend.

mod balance;
mod edit;
mod facts;
mod refusals;
mod render;

use ratatui::crossterm::event::KeyEvent;

use crate::tui::testing::{ctrl, screen, typed};

use super::update::{Effect, on_key};
use super::view::render;
use super::{LeadState, RosterApp as App};
use crate::catalog::demo_event;
use crate::model::Lang;

/// The lead editing the demo event's roster, saved (in the header only) to a fixed path.
fn lead_app(lang: Lang) -> App {
    lead_app_with(demo_event().expect("demo"), lang)
}

/// The lead's editor over `event`.
fn lead_app_with(event: crate::model::Event, lang: Lang) -> App {
    let rules = crate::setup::Rules::builtin(crate::setup::Targets::default());
    let lead = LeadState::new(event, "/data/tangsel-2026.json".into(), rules, 1);
    App::new(lead, lang)
}

fn press(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    on_key(app, key)
}

fn type_keys(app: &mut App, keys: &str) -> Vec<Effect> {
    typed(keys, |k| press(app, k))
}

/// Draws the editor at a size and returns the screen as text.
fn draw(app: &App, w: u16, h: u16) -> String {
    screen(w, h, |f| render(app, f))
}
