//! The `?` overlay: every binding of the pane from the key table, then the codes with what they mean.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::style;
use crate::model::{Code, Lang, Valence};
use crate::text::legend::Legend;
use crate::text::observe::T;
use crate::tui::observe::app::App;
use crate::tui::observe::keymap::{self, Mode};
use crate::tui::observe::pane::Pane;

/// Draws the help over `area`, scrolled by `scroll` lines: the keys of the pane and the codes.
pub fn render(app: &App, frame: &mut Frame, area: Rect, scroll: u16) {
    let codes = &app.session.record().scheme.codes;
    let rows = keymap::bindings_for(Mode::Normal, app.pane);
    let legend = legend_for(app.pane);
    keys_and_codes(app.lang, rows, legend, codes, frame, area, scroll);
}

/// Draws the help for the key-table rows `rows`, then `codes` if any.
pub(crate) fn keys_and_codes(
    lang: Lang,
    rows: impl Iterator<Item = &'static keymap::Binding>,
    legend: &[Legend],
    codes: &[Code],
    frame: &mut Frame,
    area: Rect,
    scroll: u16,
) {
    frame.render_widget(Clear, area);
    let [_, mid, _] = Layout::horizontal([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut lines = crate::tui::popup::key_lines(rows, lang, 22);
    if !legend.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            Legend::Heading.get(lang),
            style::heading(),
        )));
        lines.extend(legend.iter().map(|l| Line::from(l.get(lang))));
    }
    if !codes.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            T::Codes.get(lang),
            style::heading(),
        )));
    }
    for c in codes {
        let sign = match c.valence {
            Valence::Negative => Span::styled("−", style::negative()),
            Valence::Positive => Span::styled("+", style::positive()),
            Valence::Neutral => Span::raw("0"),
        };
        let target = if c.targeted { style::TARGET_MARK } else { " " };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", c.key), style::key()),
            sign,
            Span::raw(format!(" {:<6}{target} ", c.code)),
            Span::styled(c.label.get(lang).to_string(), style::heading()),
            Span::styled(format!("  {}", c.description.get(lang)), style::dim()),
        ]));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(
            format!(" {} ", T::Help.get(lang)),
            style::heading(),
        ))
        .title_bottom(format!(" {} ", T::HelpFooter.get(lang)));
    frame.render_widget(Clear, mid);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        mid,
    );
}

/// The legend lines of the help for `pane` (none for panes whose heads are words).
fn legend_for(pane: Pane) -> &'static [Legend] {
    match pane {
        Pane::Observe => &[
            Legend::Turns,
            Legend::Air,
            Legend::Share,
            Legend::Total,
            Legend::Balance,
            Legend::Last,
        ],
        Pane::Score => &[
            Legend::Positive,
            Legend::Negative,
            Legend::Kinds,
            Legend::Half,
            Legend::Edited,
        ],
        _ => &[],
    }
}
