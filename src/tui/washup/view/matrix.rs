//! Participants x competencies: every counted rating, the final level and a flag mark per cell,
//! then JPM and category per participant.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::cell::cell_text;
use crate::consolidate::Cell;
use crate::text::washup::W;
use crate::tui::observe::view::{fmt, style};
use crate::tui::washup::app::WashupApp;

/// Column widths for a body `width` wide.
struct Widths {
    name: usize,
    cell: usize,
    jpm: usize,
    category: usize,
}

fn widths(width: usize, competencies: usize) -> Widths {
    let wide = width >= 90;
    let name = if wide { 18 } else { 15 };
    let jpm = 7;
    let category = if wide { 14 } else { 0 };
    let room = width.saturating_sub(name + jpm + category + 1);
    let cell = (room / competencies.max(1)).clamp(5, 12);
    Widths {
        name,
        cell,
        jpm,
        category,
    }
}

fn cell_style(cell: &Cell, selected: bool) -> Style {
    let base = if cell.consensus.is_some() {
        style::ok()
    } else if !cell.flags.is_empty() {
        style::warn()
    } else {
        Style::default()
    };
    if selected { style::selected() } else { base }
}

/// Draws the matrix into `area`, scrolled so the selected row shows.
pub fn render(app: &WashupApp, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let w = widths(usize::from(area.width), app.c.competencies.len());
    let mut head = vec![Span::styled(
        fmt::fit(W::Participant.get(lang), w.name),
        style::heading(),
    )];
    for (i, comp) in app.c.competencies.iter().enumerate() {
        let s = if i == app.col {
            style::selected()
        } else {
            style::heading()
        };
        head.push(Span::styled(fmt::fit(comp, w.cell), s));
    }
    head.push(Span::styled(
        fmt::fit(W::Jpm.get(lang), w.jpm),
        style::heading(),
    ));
    if w.category > 0 {
        head.push(Span::styled(
            fmt::fit(W::Category.get(lang), w.category),
            style::heading(),
        ));
    }
    let visible = usize::from(area.height.saturating_sub(1)).max(1);
    let start = app.row.saturating_sub(visible - 1);
    let mut lines = vec![Line::from(head)];
    for r in start..(start + visible).min(app.rows.len()) {
        let Some(p) = app.participant_at(r) else {
            continue;
        };
        let label = format!(
            "{} {}",
            p.group.as_deref().unwrap_or("-"),
            fmt::short_name(&p.person.name)
        );
        let name_style = if r == app.row {
            style::heading()
        } else {
            Style::default()
        };
        let mut spans = vec![
            Span::styled(fmt::fit(&label, w.name - 1), name_style),
            Span::raw(" "),
        ];
        for col in 0..app.c.competencies.len() {
            let text = app
                .cell_at(r, col)
                .map(|c| cell_text(c, app.lang))
                .unwrap_or_default();
            let s = app
                .cell_at(r, col)
                .map(|c| cell_style(c, r == app.row && col == app.col))
                .unwrap_or_default();
            // One column kept blank so a full mark never runs into the next cell.
            spans.push(Span::styled(fmt::fit(&text, w.cell - 1), s));
            spans.push(Span::raw(" "));
        }
        let result = app.c.results.iter().find(|x| x.participant == p.person.id);
        let jpm = result.and_then(|x| x.jpm);
        // A JPM held back by a split says so: the meeting can settle it, unlike missing ratings.
        let waits = jpm.is_none()
            && (0..app.c.competencies.len()).any(|col| {
                app.cell_at(r, col)
                    .is_some_and(|c| c.split.is_some() && c.final_level.is_none())
            });
        let (jpm, jpm_style) = match jpm {
            Some(j) => (format!("{j:.1}%"), Style::default()),
            None if waits => (W::JpmSplit.get(lang).to_string(), style::warn()),
            None => ("–".to_string(), Style::default()),
        };
        spans.push(Span::styled(fmt::fit(&jpm, w.jpm), jpm_style));
        if w.category > 0 {
            let cat = result
                .and_then(|x| x.category.as_ref())
                .map_or("", |c| c.get(lang));
            spans.push(Span::raw(fmt::fit(cat, w.category)));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
