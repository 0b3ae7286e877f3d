//! The Roster pane: everyone in the event, filtered as you type, sorted by a column, with the selected
//! participant's details.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{fmt, style};
use crate::model::{Event, Gender, Lang};
use crate::text::observe::{self as text, T};
use crate::tui::observe::app::App;
use crate::tui::observe::roster::{Column, Roster, Row};

/// What the roster table is drawn from: the observer's app and the roster editor each lend theirs.
#[derive(Debug, Clone, Copy)]
pub struct RosterTable<'a> {
    /// Interface language.
    pub lang: Lang,
    /// Rows, filter, sort, selection.
    pub roster: &'a Roster,
    /// The event the rows index into.
    pub event: &'a Event,
    /// Whether the filter is being typed.
    pub typing: bool,
    /// The observer whose rows are marked as theirs, if any.
    pub me: Option<&'a str>,
}

/// Draws the pane.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let app = &app.table();
    let detail_h = if area.height >= 24 { 7 } else { 6 };
    let [bar, table, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(detail_h),
    ])
    .areas(area);
    filter_bar(app, frame, bar);
    rows(app, frame, table);
    details(app, frame, detail);
}

pub(crate) fn filter_bar(app: &RosterTable, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let r = app.roster;
    let typing = app.typing;
    let label = format!("/ {}: ", T::Filter.get(lang));
    let mut spans = vec![
        Span::styled(
            label.clone(),
            if typing { style::chord() } else { style::key() },
        ),
        Span::styled(r.filter.clone(), style::heading()),
    ];
    let after = format!(
        "   {} · {}",
        text::count_of(lang, r.view.len(), r.total()),
        text::sorted_by(lang, r.sort.title().get(lang), r.descending),
    );
    spans.push(Span::styled(after, style::dim()));
    if typing {
        spans.push(Span::styled(
            format!(" · {}", T::FilterHint.get(lang)),
            style::dim(),
        ));
        let x = area.x + (label.chars().count() + r.filter.chars().count()) as u16;
        crate::tui::shell::cursor::place(
            frame,
            Position::new(x.min(area.right().saturating_sub(1)), area.y),
        );
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Column widths for a given total width: fixed ones first, the rest shared by name, position and unit.
fn widths(total: u16) -> [usize; 6] {
    let fixed = 4 + 6 + 9 + 5; // id, group+seat, observers, gaps
    let rest = usize::from(total).saturating_sub(fixed);
    let name = (rest * 2 / 5).max(8);
    let pos = (rest - name.min(rest)) / 2;
    let unit = rest.saturating_sub(name + pos);
    [4, name, pos, unit, 6, 9]
}

pub(crate) fn rows(app: &RosterTable, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let r = app.roster;
    let w = widths(area.width);
    let head: Vec<Span> = Column::ALL
        .iter()
        .zip(w)
        .map(|(c, width)| {
            let mut title = c.title().get(lang).to_string();
            if *c == r.sort {
                title.push(if r.descending { '↓' } else { '↑' });
            }
            let st = if *c == r.sort {
                style::key()
            } else {
                style::heading()
            };
            Span::styled(format!("{} ", fmt::fit(&title, width)), st)
        })
        .collect();
    let mut lines = vec![Line::from(head)];
    let visible = usize::from(area.height.saturating_sub(1));
    let first = r.selected.saturating_sub(visible.saturating_sub(1));
    for pos in first..(first + visible).min(r.view.len()) {
        let Some(row) = r.row(pos) else { break };
        let p = &app.event.participants[row.participant];
        let group = match (&row.group, row.seat) {
            (Some(g), Some(s)) => format!("{g}/{s}"),
            _ => "—".into(),
        };
        let cells = [
            p.id.as_str(),
            p.name.as_str(),
            p.position.as_str(),
            p.unit.as_str(),
            group.as_str(),
            &row.observers.join(","),
        ]
        .iter()
        .zip(w)
        .map(|(t, width)| format!("{} ", fmt::fit(t, width)))
        .collect::<String>();
        let st = if pos == r.selected {
            style::selected()
        } else if mine(app, row) {
            style::heading()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(Span::styled(cells, st)));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn mine(app: &RosterTable, row: &Row) -> bool {
    app.me
        .is_some_and(|me| row.observers.iter().any(|o| o == me))
}

pub(crate) fn details(app: &RosterTable, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(style::dim())
        .title(Span::styled(
            format!(" {} ", T::Detail.get(lang)),
            style::heading(),
        ));
    let Some(row) = app.roster.selected_row() else {
        frame.render_widget(block, area);
        return;
    };
    let p = &app.event.participants[row.participant];
    let none = T::None.get(lang);
    let group = row
        .group
        .as_deref()
        .and_then(|g| app.event.group(g))
        .map_or(none.to_string(), |g| {
            format!("{} ({}), #{}", g.name, g.id, row.seat.map_or(0, u32::from))
        });
    let observers: Vec<String> = app
        .event
        .observers_of(&p.id)
        .map(|o| format!("{} {} ({})", o.id, o.name, o.role.label(lang)))
        .collect();
    let gender = match p.gender {
        Some(Gender::L) => "L",
        Some(Gender::P) => "P",
        None => none,
    };
    let field = |k: T, v: String| {
        Line::from(vec![
            Span::styled(format!("{}: ", k.get(lang)), style::dim()),
            Span::raw(v),
        ])
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} ", p.id), style::key()),
            Span::styled(p.name.clone(), style::heading()),
            Span::styled(
                format!(
                    "   {}: {}   {}: {gender}",
                    T::Nip.get(lang),
                    p.nip.as_deref().unwrap_or(none),
                    T::Gender.get(lang)
                ),
                style::dim(),
            ),
        ]),
        field(T::ColPosition, format!("{} · {}", p.position, p.unit)),
        field(T::Group, group),
        field(
            T::ColObservers,
            if observers.is_empty() {
                none.to_string()
            } else {
                observers.join("; ")
            },
        ),
    ];
    lines.extend(super::evidence::imported_lines(
        app.lang, app.event, &p.id, None, false,
    ));
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
