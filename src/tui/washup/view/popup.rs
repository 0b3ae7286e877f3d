//! Boxes over the matrix: the key help, entering a consensus, and the category thresholds.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::cell::{cell_text, level_text};
use crate::model::Category;
use crate::text::washup::{self as text, W};
use crate::tui::observe::view::style;
use crate::tui::popup::{centred, key_lines};
use crate::tui::washup::Action;
use crate::tui::washup::app::{Draft, WashupApp};
use crate::tui::washup::keymap::BINDINGS;
use crate::tui::washup::keymap::{self, Mode};

fn boxed(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line<'static>>, scroll: u16) {
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(format!(" {title} "), style::heading())),
            )
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// Every binding, mode by mode, from the key table.
pub fn help(app: &WashupApp, frame: &mut Frame, area: Rect, scroll: u16) {
    let lang = app.lang;
    let mut lines = Vec::new();
    let modes = [
        Mode::Matrix,
        Mode::Search,
        Mode::Detail,
        Mode::Decide,
        Mode::Thresholds,
    ];
    for mode in modes {
        let heading = match mode {
            Mode::Matrix => W::Title,
            Mode::Detail => W::Evidence,
            Mode::Decide => W::Decide,
            Mode::Search => W::Search,
            _ => W::Thresholds,
        };
        lines.push(Line::from(Span::styled(
            heading.get(lang),
            style::heading(),
        )));
        lines.extend(key_lines(keymap::bindings_for(mode), lang, 20));
    }
    lines.push(Line::from(Span::styled(
        W::HelpFooter.get(lang),
        style::dim(),
    )));
    let title = W::Help.get(lang);
    boxed(frame, centred(area, 72, area.height), title, lines, scroll);
}

/// The consensus being entered for the selected cell.
pub fn decide(app: &WashupApp, frame: &mut Frame, area: Rect, draft: &Draft) {
    let lang = app.lang;
    let Some(cell) = app.selected() else {
        return;
    };
    let mut lines = vec![
        Line::from(format!("{} · {}", cell.participant, cell.competency)),
        Line::from(Span::styled(cell_text(cell, lang), style::dim())),
        Line::from(vec![
            Span::raw(format!("{}: ", W::Level.get(lang))),
            Span::styled(
                format!("◀ {} ▶", level_text(draft.level, lang)),
                style::selected(),
            ),
        ]),
        Line::from(vec![
            Span::raw(format!("{}: ", W::Reason.get(lang))),
            Span::raw(draft.reason.clone()),
            Span::styled("▏", style::key()),
        ]),
    ];
    if cell.consensus.is_some() {
        lines.push(Line::from(Span::styled(
            text::withdraw_hint(lang, &BINDINGS.key_of(&Action::Withdraw, lang)),
            style::dim(),
        )));
    }
    boxed(frame, centred(area, 64, 8), W::Decide.get(lang), lines, 0);
}

/// The categories being edited, the selected one highlighted.
pub fn thresholds(app: &WashupApp, frame: &mut Frame, area: Rect, cats: &[Category], at: usize) {
    let lang = app.lang;
    let lines = cats
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let s = if i == at {
                style::selected()
            } else {
                style::heading()
            };
            Line::from(vec![
                Span::styled(format!("≥ {:>5.1} %", c.min_jpm), s),
                Span::raw(format!("  {}", c.label.get(lang))),
            ])
        })
        .collect();
    let h = u16::try_from(cats.len()).unwrap_or(10).saturating_add(2);
    boxed(
        frame,
        centred(area, 56, h),
        W::Thresholds.get(lang),
        lines,
        0,
    );
}
