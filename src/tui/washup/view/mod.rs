//! Pure views of the wash-up: `render(&WashupApp, &mut Frame)`, every area from `frame.area()`.

mod cell;
mod detail;
mod footer;
mod header;
mod legend;
mod matrix;
mod popup;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

use super::app::{Overlay, WashupApp};
use crate::tui::washup::keymap::BINDINGS;

#[cfg(test)]
pub use cell::cell_text;
#[cfg(test)]
pub use detail::lines_text as detail_lines_text;

/// From this width the selected cell's detail stands beside the matrix.
const SIDE_FROM: u16 = 120;

/// "id" or "en", as the reliability labels take it.
pub fn lang_code(lang: crate::model::Lang) -> &'static str {
    match lang {
        crate::model::Lang::Id => "id",
        crate::model::Lang::En => "en",
    }
}

/// Draws the wash-up.
pub fn render(app: &WashupApp, frame: &mut Frame) {
    crate::tui::small::sweep(
        app.lang,
        || BINDINGS.key_of(&super::Action::Quit, app.lang),
        frame,
        |frame, area| draw(app, frame, area),
        |frame, area| footer::status(app, frame, area),
    );
}

fn draw(app: &WashupApp, frame: &mut Frame, area: ratatui::layout::Rect) {
    let [top, body, legend_row, status, hints] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(footer::status_rows(app, area.width)),
        Constraint::Length(1),
    ])
    .areas(area);
    header::render(app, frame, top);
    if area.width >= SIDE_FROM {
        let [left, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(area.width * 2 / 5)])
                .areas(body);
        matrix::render(app, frame, left);
        detail::panel(app, frame, right, 0);
    } else {
        let [grid, strip] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(3)]).areas(body);
        matrix::render(app, frame, grid);
        detail::strip(app, frame, strip);
    }
    legend::render(app, frame, legend_row);
    footer::status(app, frame, status);
    footer::hints(app, frame, hints);
    match &app.overlay {
        Overlay::None => {}
        Overlay::Help(scroll) => popup::help(app, frame, body, *scroll),
        Overlay::Detail(scroll) => detail::panel(app, frame, body, *scroll),
        Overlay::Decide(draft) => popup::decide(app, frame, body, draft),
        Overlay::Thresholds(cats, i) => popup::thresholds(app, frame, body, cats, *i),
        // The search is typed on the message line; the matrix stays in view.
        Overlay::Search(..) => {}
    }
}
