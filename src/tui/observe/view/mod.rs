//! Pure views: `render(&App, &mut Frame)` draws everything from the app's state, every area computed
//! from `frame.area()` on each frame, so resizing can never leave a stale layout.

mod act_list;
mod acts;
pub mod evidence;
pub(crate) mod fmt;
pub(crate) mod footer;
mod group;
pub(crate) mod header;
pub(crate) mod help;
pub(crate) mod hints;
mod lines;
mod observe;
mod painted;
mod recent_rows;
pub(crate) mod roster;
pub mod score;
mod seat_rows;
pub(crate) mod small;
pub(crate) mod style;
mod timeline;
pub use lines::{draw_lines, write_lines};
pub use painted::Painted;
pub use recent_rows::RecentRows;
pub use roster::RosterTable;
pub use seat_rows::SeatRows;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::app::{App, Overlay};
use super::pane::Pane;
use super::score::{Cell, selected};
use crate::session::key_for_seat;

/// Draws the app (the shell screens what would act on the terminal).
pub fn render(app: &App, frame: &mut Frame) {
    crate::tui::small::sweep(
        app.lang,
        || super::keymap::BINDINGS.key_of(&super::Action::Quit, app.lang),
        frame,
        |frame, area| draw(app, frame, area),
        |frame, area| small::last(app, frame, area),
    );
}

fn draw(app: &App, frame: &mut Frame, area: Rect) {
    // The hints are worked out once a frame: the layout needs their rows, the bar their text.
    let entries = app.hints.entries(app);
    let [top, body, status, hints] = layout(app, &entries, area);
    header::render(app, frame, top);
    match app.pane {
        Pane::Roster => roster::render(app, frame, body),
        Pane::Group => group::render(app, frame, body),
        Pane::Observe => observe::render(app, frame, body),
        Pane::Score => score::render(app, frame, body),
    }
    footer::status(app, frame, status);
    app.hints.draw(&entries, frame, hints);
    if !matches!(app.overlay, Overlay::None) {
        // Something may be drawn over what the pane vouched for as the screen's.
        crate::tui::shell::same::forget(frame.buffer_mut());
    }
    match &app.overlay {
        Overlay::Help(scroll) => help::render(app, frame, body, *scroll),
        Overlay::Acts(list) => act_list::render(app, list, frame, body),
        _ => {}
    }
}

/// The header, the pane, the message line and the key hints.
fn layout(app: &App, entries: &[hints::Hint], area: Rect) -> [Rect; 4] {
    let hint_rows = hints::rows_for(entries, area.width, area.height);
    let status_rows = footer::status_rows(app, area.width);
    Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(status_rows),
        Constraint::Length(hint_rows),
    ])
    .areas(area)
}

/// A digest of what [`render`] would show in `area` that changes with time alone: the phase clock;
/// the seat table and the timeline on the Observe pane; the phases' times on the Group pane; the
/// selected participant's airtime on the Score pane.
pub fn ticking(app: &App, area: Rect) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    if crate::tui::small::too_small(area) {
        // The floor line, with the clock, shows under the message from three rows up.
        if area.height > 2 {
            small::floor_line(app).hash(&mut h);
        }
        return h.finish();
    }
    let [_, body, _, _] = layout(app, &app.hints.entries(app), area);
    header::phase_line(app).hash(&mut h);
    match app.pane {
        Pane::Roster => {}
        Pane::Observe => observe::ticking(app, body, &mut h),
        Pane::Group => group::phase_lines(app).hash(&mut h),
        Pane::Score => {
            if let Some(Cell::Rating(p, _)) = selected(app) {
                evidence::airtime_line(app, p).hash(&mut h);
            }
        }
    }
    h.finish()
}

/// "3 Rosa Setiawan PROP → 1 Ridwan" for messages about an act.
pub fn describe_act(app: &App, act: usize) -> String {
    let s = &app.session;
    let Some(a) = s.record().acts.get(act) else {
        return String::new();
    };
    let who = |id: &str| -> String {
        let Some(p) = s.person_index(id) else {
            return id.to_string();
        };
        let name = s.person(p).map_or(id, |p| fmt::short_name(&p.name));
        match s.seat_of(p).and_then(key_for_seat) {
            Some(k) => format!("{k} {name}"),
            None => name.to_string(),
        }
    };
    let mut out = format!("{} {}", who(&a.participant), a.code);
    if let Some(t) = &a.target {
        out.push_str(&format!(" {} {}", style::TARGET_MARK, who(t)));
    }
    out
}
