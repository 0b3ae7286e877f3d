//! Who held the floor over the session, one row per seat: on a tall screen the observer sees at a
//! glance who has gone quiet for a while, which the totals in the seat table hide.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{fmt, style};
use crate::session::{Session, key_for_seat};
use crate::text::observe::T;
use crate::tui::observe::app::App;
use crate::tui::observe::floor::{FloorHistory, STEP_S};

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

/// The share of each column's time each seat held the floor, from the steps kept in the app.
pub fn shares(s: &Session, floor: &FloorHistory, columns: usize, bin: u32) -> Rows {
    let per = (bin / STEP_S).max(1) as usize;
    floor
        .with_running(s)
        .into_iter()
        .map(|(seat, p, steps)| {
            let cells = (0..columns)
                .map(|c| {
                    let from = (c * per).min(steps.len());
                    let to = ((c + 1) * per).min(steps.len());
                    steps[from..to].iter().sum::<f64>() / f64::from(bin)
                })
                .collect();
            (seat, p, cells)
        })
        .collect()
}

/// Draws the timeline into `area` (see [`height`]).
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    super::draw_lines(frame, area, lines(app, area));
}

/// The timeline's lines for `area`; none when it is too narrow.
pub fn lines(app: &App, area: Rect) -> Vec<Line<'static>> {
    let s = &app.session;
    let name_w = 12usize;
    let columns = usize::from(area.width).saturating_sub(name_w + 4);
    if columns < 10 {
        return Vec::new();
    }
    // Session time: 0:00 is the start of the coded discussion, as everywhere else.
    let now = s.record().session_s(s.now_s()).max(0.0);
    let bin = bin_seconds(now, columns);
    let rows = shares(s, &app.floor, columns, bin);
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
    lines
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
