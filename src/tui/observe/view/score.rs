//! The Score pane: the grid of rated participants x competencies with the empty-cell counter and the
//! submission lock, the group-product rubric below it, and the selected cell's evidence beside or below.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{evidence, fmt, style};
use crate::model::{Rating, Score};
use crate::session::key_for_seat;
use crate::text::score::{self as st, S};
use crate::tui::observe::app::App;
use crate::tui::observe::score;

/// Columns one grid cell takes.
const CELL_W: usize = 6;
/// Marks a level below the competency's target (beside the colour).
pub const BELOW_MARK: &str = "▼";
/// Marks a cell changed after submission.
pub const EDITED_MARK: &str = "*";

/// Draws the pane.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let people = app.session.rated_people().len() as u16;
    let rubric = app.session.record().scheme.rubric.len() as u16;
    let grid_h = 2 + people + if rubric > 0 { rubric + 2 } else { 0 };
    let cols = app.session.record().scheme.rated_competencies.len();
    let grid_w = (24 + CELL_W * cols) as u16;
    if area.width >= grid_w + 50 {
        let [grid, ev] =
            Layout::horizontal([Constraint::Length(grid_w + 2), Constraint::Fill(1)]).areas(area);
        draw_grid(app, frame, grid);
        evidence::render(app, frame, ev);
    } else {
        let h = grid_h.min(area.height.saturating_sub(4));
        let [grid, ev] = Layout::vertical([Constraint::Length(h), Constraint::Fill(1)]).areas(area);
        draw_grid(app, frame, grid);
        evidence::render(app, frame, ev);
    }
}

/// A level as written in `lang` ("3,5" in Bahasa Indonesia).
pub fn level_in(lang: crate::model::Lang, level: f64) -> String {
    crate::text::level(lang, level)
}

/// What a cell shows and how: the text, and whether it is below target.
pub fn cell_text(app: &App, rating: Option<&Rating>, target: u8) -> (String, bool) {
    let Some(r) = rating else {
        return ("-".into(), false);
    };
    let edited = if r.history.iter().any(|h| h.after_submission) {
        EDITED_MARK
    } else {
        ""
    };
    match r.score {
        Score::Level { level } => {
            let below = level < f64::from(target);
            let mark = if below { BELOW_MARK } else { "" };
            (
                format!("{}{mark}{edited}", level_in(app.lang, level)),
                below,
            )
        }
        Score::NotObserved => (
            format!("{}{edited}", S::NotObservedShort.get(app.lang)),
            false,
        ),
        Score::Cleared => (format!("-{edited}"), false),
    }
}

fn draw_grid(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let rec = app.session.record();
    let comps = &rec.scheme.rated_competencies;
    let people = app.session.rated_people();
    let width = usize::from(area.width);
    let name_w = width.saturating_sub(CELL_W * comps.len() + 2).clamp(6, 22);
    let mut lines = Vec::new();

    let lock = match rec.submitted_at {
        Some(_) if rec.withdrawn() => Span::styled(S::Withdrawn.get(lang), style::warn()),
        Some(at) => Span::styled(
            format!("{} {}", S::Submitted.get(lang), at.format("%H:%M")),
            style::warn(),
        ),
        None => Span::styled(S::Draft.get(lang), style::dim()),
    };
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", S::Ratings.get(lang)), style::heading()),
        Span::styled(
            format!("{} ", st::empty_count(lang, score::empty_cells(app))),
            style::key(),
        ),
        lock,
    ]));

    let mut head = vec![Span::raw(fmt::fit("", name_w + 2))];
    for (i, c) in comps.iter().enumerate() {
        let sty = if i == app.score.col {
            style::heading()
        } else {
            style::dim()
        };
        head.push(Span::styled(fmt::fit(c, CELL_W), sty));
    }
    lines.push(Line::from(head));

    for (row, &p) in people.iter().enumerate() {
        let person = &rec.participants[p];
        let seat = app
            .session
            .seat_of(p)
            .and_then(key_for_seat)
            .map_or(' ', |k| k);
        let here = row == app.score.row;
        let mut spans = vec![Span::styled(
            format!("{seat} {}", fmt::fit(fmt::short_name(&person.name), name_w)),
            if here { style::heading() } else { Style::new() },
        )];
        for (col, c) in comps.iter().enumerate() {
            let target = rec.framework.competency(c).map_or(0, |k| k.target);
            let (text, below) = cell_text(app, rec.rating(&person.id, c), target);
            let mut sty = if below {
                style::negative()
            } else {
                Style::new()
            };
            if here && col == app.score.col {
                sty = style::selected();
            }
            spans.push(Span::styled(fmt::fit(&format!(" {text}"), CELL_W), sty));
        }
        lines.push(Line::from(spans));
    }

    if !rec.scheme.rubric.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", S::Rubric.get(lang)), style::heading()),
            Span::styled(S::RubricHint.get(lang), style::dim()),
        ]));
        for (i, item) in rec.scheme.rubric.iter().enumerate() {
            let given = rec
                .rubric
                .iter()
                .find(|r| r.group == rec.group && r.item == item.id);
            let value = given.map_or("-".to_string(), |r| r.score.to_string());
            let sty = if app.score.row == people.len() + i {
                style::selected()
            } else {
                Style::new()
            };
            let note = given.map_or("", |r| r.note.as_str());
            lines.push(Line::from(vec![
                Span::styled(format!("{value:>2}/{} ", item.max), sty),
                Span::raw(fmt::cut(item.label.get(lang), name_w + 4)),
                Span::styled(format!(" {}", fmt::cut(note, width / 3)), style::dim()),
            ]));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}
