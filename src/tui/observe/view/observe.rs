//! The Observe pane: one row per seat (floor, turns, airtime, tallies, balance, last coded), the recent
//! acts beside it and the code legend below. At 80 columns tallies fold into a total; wider, every code
//! gets a column.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::{acts, seat_rows, timeline};
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
    let rows = seat_rows::rows(app, a.name_w, a.grid);
    app.seat_rows
        .draw(frame.buffer_mut(), a.table, app, rows, a.name_w, a.grid);
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
    seat_rows::rows(app, a.name_w, a.grid).hash(into);
    if a.timeline.height > 0 {
        timeline::lines(app, a.timeline).hash(into);
    }
}
