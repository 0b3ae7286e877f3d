//! The seat table's rows as what they show: the figures of each row at the precision shown, so a
//! row is formatted and drawn only when one of them changes and copied from its last drawing
//! otherwise. Formatting every row on every keystroke was a sixth of a key's instructions; a key
//! changes one or two rows, and time changes a row's text once a second at most.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::painted::Painted;
use super::{fmt, style};
use crate::model::{Code, Lang, MAX_SEATS, Valence};
use crate::session::key_for_seat;
use crate::text::Words;
use crate::text::observe::T;
use crate::tui::observe::app::App;

/// Cells of the airtime share bar.
const BAR: usize = 4;

/// What one seat's row shows: equal rows draw alike.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct SeatRow {
    /// The seat's key.
    key: char,
    /// Holds the floor.
    on_floor: bool,
    /// This observer rates them.
    covers: bool,
    /// Not coded for a while.
    nudge: bool,
    /// Short name.
    name: String,
    turns: u32,
    /// Airtime, whole seconds.
    air_s: u64,
    /// Cells of the share bar filled.
    bar: usize,
    /// Share of the airtime, whole percent.
    share_pct: u32,
    total: u32,
    plus: u32,
    minus: u32,
    /// Whole seconds since last coded.
    last_s: Option<u64>,
    /// Tallies by code, when every code has a column.
    tallies: Option<Vec<u32>>,
    /// Columns for the name.
    name_w: usize,
}

/// Every seated person's row, in seat order, at the session's clock.
pub fn rows(app: &App, name_w: usize, grid: bool) -> Vec<SeatRow> {
    let s = &app.session;
    let now = s.now_s();
    let mut out = Vec::with_capacity(MAX_SEATS as usize);
    for seat in 1..=MAX_SEATS {
        let Some(p) = s.seat(seat) else { continue };
        let st = &s.stats().people[p];
        let share = s.stats().share(p, now);
        out.push(SeatRow {
            key: key_for_seat(seat).unwrap_or(' '),
            on_floor: s.floor() == Some(p),
            covers: s.covers(p),
            nudge: s.needs_nudge(p, now),
            name: s
                .person(p)
                .map_or("", |x| fmt::short_name(&x.name))
                .to_string(),
            turns: st.turns,
            air_s: fmt::whole_seconds(s.stats().airtime_s(p, now)),
            bar: fmt::bar_filled(share, BAR),
            share_pct: (share * 100.0).round() as u32,
            total: st.total(),
            plus: st.plus,
            minus: st.minus,
            last_s: st.last_coded_s().map(|t| fmt::whole_seconds(now - t)),
            tallies: grid.then(|| st.tallies.clone()),
            name_w,
        });
    }
    out
}

/// The table's heading.
pub fn heading(lang: Lang, codes: &[Code], name_w: usize, grid: bool) -> Line<'static> {
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
    Line::from(head)
}

/// One row's line; `codes` colour the tallies.
pub fn line(r: &SeatRow, codes: &[Code]) -> Line<'static> {
    let marks = format!(
        "{}{}{}",
        if r.on_floor { style::FLOOR_MARK } else { " " },
        r.key,
        if r.covers { style::COVER_MARK } else { " " },
    );
    let last = match r.last_s {
        Some(t) => fmt::clock_narrow(t),
        None => "—".to_string(),
    };
    let row_style = if r.on_floor {
        style::floor()
    } else {
        Style::new()
    };
    let mut spans = vec![
        Span::styled(marks, row_style.patch(style::heading())),
        Span::styled(
            format!(
                " {} {:>3} {:>5} {} {:>3}% {:>3} ",
                fmt::fit(&r.name, r.name_w),
                r.turns,
                fmt::clock_narrow(r.air_s),
                fmt::bar_of(r.bar, BAR),
                r.share_pct,
                r.total,
            ),
            row_style,
        ),
        Span::styled(
            // Past 99 the sign gives way so the columns after it stay where the heading is.
            if r.plus < 100 {
                format!("{:>3}", format!("+{}", r.plus))
            } else {
                format!("{:>3}", r.plus)
            },
            row_style.patch(style::positive()),
        ),
        Span::styled(
            if r.minus < 100 {
                format!("{:>4}", format!("-{}", r.minus))
            } else {
                format!("{:>4}", r.minus)
            },
            row_style.patch(if r.minus > 0 {
                style::negative()
            } else {
                style::dim()
            }),
        ),
    ];
    if r.nudge {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            format!("{}{:>5}", style::NUDGE_MARK, last),
            style::nudge(),
        ));
    } else {
        spans.push(Span::styled(format!(" {:>6}", last), row_style));
    }
    if let Some(tallies) = &r.tallies {
        for (i, c) in codes.iter().enumerate() {
            let n = tallies.get(i).copied().unwrap_or(0);
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
    Line::from(spans)
}

/// The table's heading and rows as last drawn, each copied into the next frame while what it
/// shows is the same. The scheme's codes (their keys and valence colour the heading and the
/// tallies) are not in the keys: a day's scheme is fixed for the life of the app that keeps these.
#[derive(Debug, Default)]
pub struct SeatRows {
    heading: Painted<(Lang, usize, bool)>,
    rows: [Painted<SeatRow>; MAX_SEATS as usize],
}

impl SeatRows {
    /// Draws the table into `area` of `buf`: its heading, then `rows` a line each while they fit.
    pub fn draw(
        &self,
        buf: &mut Buffer,
        area: Rect,
        app: &App,
        rows: Vec<SeatRow>,
        name_w: usize,
        grid: bool,
    ) {
        let codes = &app.session.record().scheme.codes;
        let at = |k: usize| Rect {
            y: area.y + k as u16,
            height: 1,
            ..area
        };
        if area.height == 0 {
            return;
        }
        self.heading
            .paint(buf, at(0), (app.lang, name_w, grid), |b| {
                super::write_lines(b, b.area, [heading(app.lang, codes, name_w, grid)]);
            });
        let shown = usize::from(area.height - 1);
        for ((k, row), memo) in rows.into_iter().enumerate().take(shown).zip(&self.rows) {
            memo.paint_with(buf, at(k + 1), row, |b, row| {
                super::write_lines(b, b.area, [line(row, codes)]);
            });
        }
    }
}
