//! What the lead sees while editing: a header about the file and its saving, the roster with the
//! balance and coverage of the groups beside or under it, and the popups.

mod balance;
mod banner;
mod footer;
mod panel;
mod popup;

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::LeadState;
use crate::text::observe::T;
use crate::text::roster::{self as text, L};
use crate::tui::observe::view::hints as observe_hints;
use crate::tui::observe::view::{fmt, header, help, roster, style};
use crate::tui::roster::app::Overlay;
use crate::tui::roster::app::RosterApp as App;
use crate::tui::roster::keymap::Mode;

pub use popup::popup;

/// Draws the editor: header, roster with balance and coverage, message line, hints, and what is open
/// over the roster; a pure function of the state.
pub fn render(app: &App, frame: &mut Frame) {
    crate::tui::small::sweep(
        app.lang,
        || {
            crate::tui::roster::keymap::BINDINGS
                .key_of(&crate::tui::observe::Action::Quit, app.lang)
        },
        frame,
        |frame, area| draw(app, frame, area),
        |frame, area| footer::status(app, frame, area),
    );
}

fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let hints = footer::hints(app);
    let hint_rows = observe_hints::rows_for(&hints, area.width, area.height);
    let status_rows = footer::status_rows(app, area.width);
    let [top, body, status, hint_area] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(status_rows),
        Constraint::Length(hint_rows),
    ])
    .areas(area);
    header(app, &app.lead, frame, top);
    roster(app, &app.lead, frame, body);
    footer::status(app, frame, status);
    observe_hints::draw_hints(&hints, frame, hint_area);
    match &app.overlay {
        Overlay::Help(scroll) => {
            help::keys_and_codes(
                app.lang,
                crate::tui::roster::keymap::bindings_for(Mode::Lead),
                &[],
                &[],
                frame,
                body,
                *scroll,
            );
        }
        Overlay::Popup(p) => popup(app, &app.lead, p, frame, body),
        Overlay::None | Overlay::Filter => {}
    }
}

/// Width from which balance and coverage go beside the roster rather than under it.
const SIDE_FROM: u16 = 120;
/// Width of the side panel.
const SIDE_WIDTH: u16 = 46;

/// The three header lines: pane and saving; event and file; counts, targets and history.
pub fn header(app: &App, lead: &LeadState, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let rows: [Rect; 3] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
    let tab = Span::styled(
        format!(
            " F1 {} · {} ",
            T::PaneRoster.get(lang),
            L::Editing.get(lang)
        ),
        style::selected().add_modifier(ratatui::style::Modifier::BOLD),
    );
    header::split(frame, rows[0], Line::from(tab), save_line(app, lead));
    let ev = lead.editor.event();
    let file = Line::from(Span::styled(lead.path.display().to_string(), style::dim()));
    header::split(
        frame,
        rows[1],
        Line::from(Span::styled(ev.name.clone(), style::heading())),
        file,
    );
    let counts = format!(
        "{} · {} {} · {} {} · {} {}",
        L::Lead.get(lang),
        ev.participants.len(),
        L::People.get(lang),
        ev.groups.len(),
        T::Groups.get(lang).to_lowercase(),
        ev.observers.len(),
        T::ColObservers.get(lang).to_lowercase(),
    );
    let right = text::history(lang, lead.editor.undo_depth(), lead.editor.redo_depth());
    header::split(
        frame,
        rows[2],
        Line::from(counts),
        Line::from(Span::styled(right, style::dim())),
    );
}

fn save_line(app: &App, lead: &LeadState) -> Line<'static> {
    let lang = app.lang;
    if let Some(why) = &lead.failed {
        return Line::from(Span::styled(
            format!("{}: {}", L::NotSaved.get(lang), fmt::cut(why, 40)),
            style::error(),
        ));
    }
    if lead.is_saved() {
        Line::from(Span::styled(T::Saved.get(lang), style::ok()))
    } else {
        Line::from(Span::styled(T::Saving.get(lang), style::warn()))
    }
}

/// The Roster pane while editing: filter bar, rows, balance and coverage, the selected person.
pub fn roster(app: &App, lead: &LeadState, frame: &mut Frame, area: Rect) {
    let room = match area.height {
        20.. => 3,
        14.. => 2,
        _ => 1,
    };
    let warning = banner::lines(app, lead, area.width, room);
    let [warn_area, area] = Layout::vertical([
        Constraint::Length(warning.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    banner::render(frame, warn_area, &warning);
    let side = area.width >= SIDE_FROM && area.height >= 20;
    let detail_h = if area.height >= 30 { 7 } else { 5 };
    let strip_h = if side { 0 } else { 4 };
    let [bar, table_area, strip, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(strip_h),
        Constraint::Length(detail_h),
    ])
    .areas(area);
    let table = &app.table();
    roster::filter_bar(table, frame, bar);
    if side {
        let [rows, _, panel_area] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(SIDE_WIDTH),
        ])
        .areas(table_area);
        roster::rows(table, frame, rows);
        panel::side(app, lead, frame, panel_area);
    } else {
        roster::rows(table, frame, table_area);
        panel::strip(app, lead, frame, strip);
    }
    roster::details(table, frame, detail);
}
