//! Who held the floor over the session, one row per seat: on a tall screen the observer sees at a
//! glance who has gone quiet for a while, which the totals in the seat table hide.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{fmt, style};
use crate::model::MAX_SEATS;
use crate::session::{Session, key_for_seat};
use crate::text::observe::T;
use crate::tui::observe::app::App;

/// Rows the timeline needs for a group of `seats`: a heading, a row per seat and the time axis.
pub fn height(seats: u16) -> u16 {
    seats + 2
}

/// Seconds per column: whole session in view, in steps a reader can count with.
fn bin_seconds(span_s: f64, columns: usize) -> u32 {
    let need = span_s / columns.max(1) as f64;
    [15, 30, 60, 120, 300, 600, 1200]
        .into_iter()
        .find(|b| f64::from(*b) >= need)
        .unwrap_or(1800)
}

/// Floor share per seat row and column.
pub type Rows = Vec<(u8, usize, Vec<f64>)>;

/// The rows for the turns that have ended, and what they were computed for: turns only ever end
/// or are added, so a day's thousands of turns are walked again only when the column size changes.
#[derive(Debug, Default)]
pub struct TimelineMemo {
    key: Option<(usize, u32, usize)>,
    rows: Rows,
}

/// The share of each column's time each seat held the floor, by seat row.
pub fn shares(s: &Session, columns: usize, bin: u32, memo: &mut TimelineMemo) -> Rows {
    let turns = &s.record().turns;
    let open = turns.last().is_some_and(|t| t.end.is_none());
    let ended = turns.len() - usize::from(open);
    let key = (ended, bin, columns);
    if memo.key != Some(key) {
        let mut rows: Rows = (1..=MAX_SEATS)
            .filter_map(|seat| s.seat(seat).map(|p| (seat, p, vec![0.0; columns])))
            .collect();
        let from = match memo.key {
            // Same columns, more ended turns: add only the new ones.
            Some((before, b, c)) if b == bin && c == columns && before <= ended => {
                rows = std::mem::take(&mut memo.rows);
                before
            }
            _ => 0,
        };
        for turn in &turns[from..ended] {
            add_turn(s, &mut rows, turn, f64::from(bin), s.now_s());
        }
        memo.key = Some(key);
        memo.rows = rows;
    }
    let mut rows = memo.rows.clone();
    if let Some(turn) = turns.last().filter(|_| open) {
        add_turn(s, &mut rows, turn, f64::from(bin), s.now_s());
    }
    rows
}

/// Adds one turn's floor time to its seat's columns.
fn add_turn(s: &Session, rows: &mut Rows, turn: &crate::model::Turn, bin: f64, now: f64) {
    let Some(row) = s
        .person_index(&turn.participant)
        .and_then(|p| rows.iter_mut().find(|r| r.1 == p))
    else {
        return;
    };
    let columns = row.2.len();
    let start = turn.start.elapsed_s.max(0.0);
    let end = turn.end.map_or(now, |e| e.elapsed_s).min(now);
    let mut t = start;
    while t < end {
        let col = (t / bin) as usize;
        if col >= columns {
            break;
        }
        let col_end = ((col + 1) as f64 * bin).min(end);
        row.2[col] += (col_end - t) / bin;
        t = col_end;
    }
}

/// Draws the timeline into `area` (see [`height`]).
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = &app.session;
    let name_w = 12usize;
    let columns = usize::from(area.width).saturating_sub(name_w + 4);
    if columns < 10 {
        return;
    }
    let now = s.now_s();
    let bin = bin_seconds(now, columns);
    let rows = shares(s, columns, bin, &mut app.timeline.borrow_mut());
    let used = ((now / f64::from(bin)).ceil() as usize).clamp(1, columns);
    let mut lines = vec![Line::from(Span::styled(
        T::Timeline
            .get(app.lang)
            .replace("{bin}", &fmt::clock(f64::from(bin))),
        style::heading(),
    ))];
    for (seat, p, cells) in rows {
        let name = s.person(p).map_or("", |x| fmt::short_name(&x.name));
        let key = key_for_seat(seat).unwrap_or(' ');
        let bar: String = cells[..used].iter().map(|f| shade(*f)).collect();
        let row_style = if s.floor() == Some(p) {
            style::floor()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {key} "), style::heading()),
            Span::styled(format!("{} ", fmt::fit(name, name_w)), row_style),
            Span::styled(bar, style::positive()),
        ]));
    }
    let axis_end = fmt::clock(f64::from(bin) * used as f64);
    let gap = used.saturating_sub(4 + axis_end.len()).max(1);
    lines.push(Line::from(Span::styled(
        format!("{:w$}0:00{:gap$}{axis_end}", "", "", w = name_w + 4),
        style::dim(),
    )));
    super::draw_lines(frame, area, lines);
}

/// One column's glyph: silence is a dot, so empty time still reads as time.
fn shade(share: f64) -> char {
    match share {
        s if s <= 0.0 => '·',
        s if s < 0.25 => '░',
        s if s < 0.5 => '▒',
        s if s < 0.75 => '▓',
        _ => '█',
    }
}

#[cfg(test)]
mod tests {
    use super::{bin_seconds, shade};

    #[test]
    fn columns_take_the_smallest_countable_step_that_fits_the_session() {
        assert_eq!(bin_seconds(10.0, 100), 15);
        assert_eq!(bin_seconds(45.0 * 60.0, 100), 30);
        assert_eq!(bin_seconds(45.0 * 60.0, 40), 120);
        assert_eq!(bin_seconds(8.0 * 3600.0, 10), 1800);
    }

    #[test]
    fn shades_grow_with_the_share_of_the_column() {
        let s: String = [0.0, 0.1, 0.3, 0.6, 1.0].map(shade).iter().collect();
        assert_eq!(s, "·░▒▓█");
    }
}
