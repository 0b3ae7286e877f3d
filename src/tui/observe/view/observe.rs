//! The Observe pane: one row per seat (floor, turns, airtime, tallies, balance, last coded), the recent
//! acts beside it and the code legend below. At 80 columns tallies fold into a total; wider, every code
//! gets a column.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{acts, fmt, style, timeline};
use crate::model::{MAX_SEATS, Valence};
use crate::session::key_for_seat;
use crate::text::observe::T;
use crate::tui::observe::app::App;

/// Columns of the seat table before tallies: marks, name, turns, air, share, total, balance, last.
const FIXED: u16 = 3 + 1 + 1 + 3 + 1 + 5 + 1 + 4 + 1 + 4 + 1 + 3 + 1 + 3 + 4 + 1 + 6;
/// Room the recent-acts list needs beside the table.
const RECENT_MIN: u16 = 24;
/// Rows the legend keeps before a timeline may take the bottom of the column.
const LEGEND_ROOM: u16 = 14;

/// Where the pane's parts go: the seat table, the legend, the timeline (zero rows when there is no
/// room), the recent acts; and how the table is laid out (name width, a column per code).
struct Areas {
    table: Rect,
    legend: Rect,
    timeline: Rect,
    recent: Rect,
    name_w: usize,
    grid: bool,
}

fn areas(app: &App, area: Rect) -> Areas {
    let codes = app.session.record().scheme.codes.len() as u16;
    let name_w = 12u16;
    let grid = area.width >= FIXED + name_w + codes * 3 + 44;
    let name_w = if grid {
        (area.width - FIXED - codes * 3 - 44).clamp(12, 24)
    } else {
        (area.width.saturating_sub(FIXED + RECENT_MIN + 1)).clamp(6, 16)
    };
    let table_w = FIXED + name_w + if grid { codes * 3 } else { 0 };
    let [left, _, right] = Layout::horizontal([
        Constraint::Length(table_w.min(area.width)),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    let seats = app
        .session
        .record()
        .observed_group()
        .map_or(0, |g| g.seats.len() as u16);
    // A tall screen has room under the legend for who held the floor over time.
    let timeline_h = if left.height >= seats + 1 + timeline::height(seats) + LEGEND_ROOM {
        timeline::height(seats)
    } else {
        0
    };
    let [table, legend, over_time] = Layout::vertical([
        Constraint::Length(seats + 1),
        Constraint::Fill(1),
        Constraint::Length(timeline_h),
    ])
    .areas(left);
    Areas {
        table,
        legend,
        timeline: over_time,
        recent: right,
        name_w: usize::from(name_w),
        grid,
    }
}

/// Draws the pane.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let a = areas(app, area);
    super::draw_lines(frame, a.table, seat_table(app, a.name_w, a.grid));
    app.legend
        .paint(frame.buffer_mut(), a.legend, app.lang, |b| {
            acts::legend(app, b, a.legend)
        });
    if a.timeline.height > 0 {
        timeline::render(app, frame, a.timeline);
    }
    acts::recent(app, frame, a.recent);
}

/// Feeds `into` what the pane in `area` shows that changes with time alone: the seat table
/// (airtime, shares, time since last coded, nudges) and the timeline.
pub fn ticking(app: &App, area: Rect, into: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    let a = areas(app, area);
    seat_table(app, a.name_w, a.grid).hash(into);
    if a.timeline.height > 0 {
        timeline::lines(app, a.timeline).hash(into);
    }
}

fn seat_table(app: &App, name_w: usize, grid: bool) -> Vec<Line<'static>> {
    let lang = app.lang;
    let s = &app.session;
    let now = s.now_s();
    let codes = &s.record().scheme.codes;
    let mut head = vec![Span::styled(
        format!(
            "   {} {:>3} {:>5} {:<9} {:>3} {:>7} {:>6}",
            fmt::fit(T::ColName.get(lang), name_w),
            T::ColTurns.get(lang),
            T::ColAir.get(lang),
            T::ColShare.get(lang),
            T::ColTotal.get(lang),
            T::ColBalance.get(lang),
            T::ColLast.get(lang),
        ),
        style::heading(),
    )];
    if grid {
        for c in codes {
            let st = if c.valence == Valence::Negative {
                style::negative()
            } else {
                style::key()
            };
            head.push(Span::styled(format!("{:>3}", c.key), st));
        }
    }
    let mut lines = vec![Line::from(head)];
    for seat in 1..=MAX_SEATS {
        let Some(p) = s.seat(seat) else { continue };
        let st = &s.stats().people[p];
        let on_floor = s.floor() == Some(p);
        let nudge = s.needs_nudge(p, now);
        let name = s.person(p).map_or("", |x| fmt::short_name(&x.name));
        let key = key_for_seat(seat).unwrap_or(' ');
        let marks = format!(
            "{}{}{}",
            if on_floor { style::FLOOR_MARK } else { " " },
            key,
            if s.covers(p) { style::COVER_MARK } else { " " },
        );
        let share = s.stats().share(p, now);
        let last = match st.last_coded_s() {
            Some(t) => fmt::clock(now - t),
            None => "—".to_string(),
        };
        let row_style = if on_floor {
            style::floor()
        } else {
            Style::new()
        };
        let mut spans = vec![
            Span::styled(marks, row_style.patch(style::heading())),
            Span::styled(
                format!(
                    " {} {:>3} {:>5} {} {:>3}% {:>3} ",
                    fmt::fit(name, name_w),
                    st.turns,
                    fmt::clock(s.stats().airtime_s(p, now)),
                    fmt::bar(share, 4),
                    (share * 100.0).round() as u32,
                    st.total(),
                ),
                row_style,
            ),
            Span::styled(
                // Past 99 the sign gives way so the columns after it stay where the heading is.
                if st.plus < 100 {
                    format!("{:>3}", format!("+{}", st.plus))
                } else {
                    format!("{:>3}", st.plus)
                },
                row_style.patch(style::positive()),
            ),
            Span::styled(
                if st.minus < 100 {
                    format!("{:>4}", format!("-{}", st.minus))
                } else {
                    format!("{:>4}", st.minus)
                },
                row_style.patch(if st.minus > 0 {
                    style::negative()
                } else {
                    style::dim()
                }),
            ),
        ];
        if nudge {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                format!("{}{:>5}", style::NUDGE_MARK, last),
                style::nudge(),
            ));
        } else {
            spans.push(Span::styled(format!(" {:>6}", last), row_style));
        }
        if grid {
            for (i, c) in codes.iter().enumerate() {
                let n = st.tallies.get(i).copied().unwrap_or(0);
                let cell = if n == 0 {
                    "  ·".to_string()
                } else {
                    format!("{n:>3}")
                };
                let st = if n == 0 {
                    style::dim()
                } else if c.valence == Valence::Negative {
                    style::negative()
                } else {
                    Style::new()
                };
                spans.push(Span::styled(cell, row_style.patch(st)));
            }
        }
        lines.push(Line::from(spans));
    }
    lines
}
