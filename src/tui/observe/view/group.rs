//! The Group pane: choose a group, its seat map with who covers whom, its observers, the phases with
//! planned against elapsed time, the mission text (editable for the observed group) and group notes.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{fmt, style};
use crate::model::Group;
use crate::session::key_for_seat;
use crate::text::observe::{self as text, T};
use crate::tui::observe::app::{App, Overlay};

/// Draws the pane.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(group) = app.event.groups.get(app.group_selected) else {
        return;
    };
    let seats = group.seats.len() as u16;
    let map_w = area.width.saturating_sub(16).max(1);
    let wrapped = |text: &str| (text.width() as u16).div_ceil(map_w).max(1);
    let mut extra = 1 + wrapped(&observers_line(app, group));
    if !app.viewing_observed_group() {
        extra += wrapped(&text::read_only_group(
            app.lang,
            &app.session.record().group,
            &group.id,
        )) + 1;
    }
    let top_h = (seats + extra).min(area.height.saturating_sub(6));
    let [top, bottom] =
        Layout::vertical([Constraint::Length(top_h), Constraint::Fill(1)]).areas(area);
    let [list, map] = Layout::horizontal([Constraint::Length(16), Constraint::Fill(1)]).areas(top);
    let [phases, text] = Layout::horizontal([
        Constraint::Length(40.min(area.width / 2)),
        Constraint::Fill(1),
    ])
    .areas(bottom);
    group_list(app, frame, list);
    seat_map(app, frame, map, group);
    phase_table(app, frame, phases);
    mission_and_notes(app, frame, text, group);
}

fn group_list(app: &App, frame: &mut Frame, area: Rect) {
    let observed = &app.session.record().group;
    let lines: Vec<Line> = app
        .event
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mark = if &g.id == observed {
                style::COVER_MARK
            } else {
                " "
            };
            let st = if i == app.group_selected {
                style::selected()
            } else {
                ratatui::style::Style::new()
            };
            Line::from(Span::styled(
                fmt::fit(&format!("{mark} {}", g.name), 15),
                st,
            ))
        })
        .collect();
    let block = Block::default()
        .borders(Borders::RIGHT)
        .border_style(style::dim())
        .title(Span::styled(T::Groups.get(app.lang), style::heading()));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn seat_map(app: &App, frame: &mut Frame, area: Rect, group: &Group) {
    let lang = app.lang;
    let me = &app.session.record().observer;
    let observed = app.viewing_observed_group();
    let mut title = vec![Span::styled(
        format!(" {} · {} ", T::SeatMap.get(lang), group.name),
        style::heading(),
    )];
    if !observed {
        title.push(Span::styled(
            format!("({}) ", T::ReadOnly.get(lang)),
            style::warn(),
        ));
    }
    let width = usize::from(area.width.saturating_sub(1));
    let mut lines = vec![Line::from(title)];
    for (seat, pid) in &group.seats {
        let name = app
            .event
            .participant(pid)
            .map_or(pid.as_str(), |p| p.name.as_str());
        let mine = me.coverage.contains(pid);
        let observers: Vec<&str> = app.event.observers_of(pid).map(|o| o.id.as_str()).collect();
        let key = key_for_seat(*seat).unwrap_or(' ');
        let name_w = width.saturating_sub(4 + 6 + 1 + 16).clamp(6, 30);
        let row = format!(
            " {seat:>2} {} {} {:<5} {}",
            if mine { style::COVER_MARK } else { " " },
            fmt::fit(name, name_w),
            pid,
            observers.join(" ")
        );
        let st = if mine {
            style::heading()
        } else {
            ratatui::style::Style::new()
        };
        let mut spans = vec![Span::styled(fmt::cut(&row, width), st)];
        if observed && *seat >= 10 {
            spans.push(Span::styled(format!(" [{key}]"), style::key()));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(Span::styled(
        observers_line(app, group),
        style::dim(),
    )));
    if !observed {
        let msg = text::read_only_group(lang, &app.session.record().group, &group.id);
        lines.push(Line::from(Span::styled(format!(" {msg}"), style::warn())));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// The group's observers in one line (wrapped on screen).
fn observers_line(app: &App, group: &Group) -> String {
    let lang = app.lang;
    let names: Vec<String> = app
        .event
        .observers
        .iter()
        .filter(|o| o.group.as_deref() == Some(group.id.as_str()))
        .map(|o| {
            format!(
                "{} {} ({})",
                o.id,
                fmt::short_name(&o.name),
                o.role.label(lang)
            )
        })
        .collect();
    format!(" {}: {}", T::GroupObservers.get(lang), names.join("; "))
}

fn phase_table(app: &App, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(style::dim());
    frame.render_widget(Paragraph::new(phase_lines(app)).block(block), area);
}

/// The phases with their planned and elapsed time.
pub(super) fn phase_lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    let s = &app.session;
    let now = s.now_s();
    let phases = &s.record().phases;
    let current = s.current_phase().map(|(i, _)| i);
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "  {} {:>7} {:>7}",
            fmt::fit(T::Phases.get(lang), 20),
            T::Planned.get(lang),
            T::Elapsed.get(lang)
        ),
        style::heading(),
    ))];
    for (i, p) in phases.iter().enumerate() {
        let mark = if p.running() {
            "▶"
        } else if p.segments.is_empty() {
            "·"
        } else if Some(i) == current {
            "❚"
        } else {
            "✓"
        };
        let elapsed = p.elapsed_s(now);
        let planned = f64::from(p.planned_minutes) * 60.0;
        let st = if p.running() {
            style::floor()
        } else if p.segments.is_empty() {
            style::dim()
        } else {
            ratatui::style::Style::new()
        };
        let over = if elapsed > planned {
            style::error()
        } else {
            st
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{mark} {} {:>7} ",
                    fmt::fit(p.name.get(lang), 20),
                    fmt::clock(planned)
                ),
                st,
            ),
            Span::styled(format!("{:>7}", fmt::clock(elapsed)), over),
        ]));
    }
    lines
}

fn mission_and_notes(app: &App, frame: &mut Frame, area: Rect, group: &Group) {
    let lang = app.lang;
    let observed = app.viewing_observed_group();
    let notes: Vec<_> = if observed {
        app.session
            .record()
            .notes
            .iter()
            .filter(|n| n.group == group.id)
            .collect()
    } else {
        Vec::new()
    };
    let notes_h = (notes.len() as u16 + 2).clamp(3, area.height / 2);
    let [mission, notes_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(notes_h)]).areas(area);
    let block = Block::default()
        .borders(Borders::TOP | Borders::LEFT)
        .border_style(style::dim())
        .title(Span::styled(
            format!(" {} ", T::Mission.get(lang)),
            style::heading(),
        ));
    if let Overlay::Mission(editor) = &app.overlay {
        let block = block
            .border_style(style::chord())
            .title_bottom(format!(" {} ", T::EditingMission.get(lang)));
        let inner = block.inner(mission);
        frame.render_widget(block, mission);
        frame.render_widget(editor.as_ref(), inner);
    } else {
        let text = if observed {
            app.session.group_output()
        } else {
            group.output.as_str()
        };
        let body = if text.is_empty() {
            Paragraph::new(Span::styled(T::MissionEmpty.get(lang), style::dim()))
        } else {
            Paragraph::new(text.to_string())
        };
        frame.render_widget(body.block(block).wrap(Wrap { trim: false }), mission);
    }
    let mut lines: Vec<Line> = notes
        .iter()
        .rev()
        .map(|n| {
            Line::from(vec![
                Span::styled(format!("{} ", n.at.format("%H:%M")), style::dim()),
                Span::raw(n.text.clone()),
            ])
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(T::NoNotes.get(lang), style::dim())));
    }
    let block = Block::default()
        .borders(Borders::TOP | Borders::LEFT)
        .border_style(style::dim())
        .title(Span::styled(
            format!(" {} ", T::GroupNotes.get(lang)),
            style::heading(),
        ));
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        notes_area,
    );
}
