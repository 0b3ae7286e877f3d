//! Tests of the roster editor with no terminal: keys to edits and effects, and screens on a TestBackend.

mod balance;
mod edit;
mod facts;
mod refusals;
mod render;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn press(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    on_key(app, key)
}

fn type_keys(app: &mut App, keys: &str) -> Vec<Effect> {
    keys.chars()
        .flat_map(|c| press(app, KeyCode::Char(c).into()))
        .collect()
}

/// Draws the editor at a size and returns the screen as text.
fn draw(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| render(app, f)).expect("draw");
    term.backend().to_string()
}
