//! The recent acts (newest first, flagged repeats and retractions marked) and the code legend.

use crate::text::Words;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::recent_rows::RowSource;
use super::{fmt, style};
use crate::model::{Act, Valence};
use crate::text::observe::T;
use crate::tui::observe::app::App;
use crate::tui::observe::recent::{ActLine, prepare};

/// Draws the last acts that fit; only those are looked at, however long the session.
pub fn recent(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let s = &app.session;
    let acts = &s.record().acts;
    // The count is what an observer checks against a paper tally: the words give way, never it.
    let count = s.live_count();
    let mut title = format!(" {} ({count}) ", T::RecentActs.get(lang));
    if title.trim_end().width() + 1 > usize::from(area.width) {
        title = format!(" {} ({count}) ", T::RecentActsShort.get(lang));
    }
    let inner = left_ruled(
        frame.buffer_mut(),
        area,
        Line::from(Span::styled(title, style::heading())),
    );
    let buf = frame.buffer_mut();
    if acts.is_empty() {
        let empty = Line::from(Span::styled(T::NoActsYet.get(lang), style::dim()));
        super::write_lines(buf, inner, [empty]);
        return;
    }
    let mut drawn = app.recent_rows.frame();
    for (y, (i, a)) in (inner.top()..inner.bottom()).zip(acts.iter().enumerate().rev()) {
        let row = Rect {
            y,
            height: 1,
            ..inner
        };
        // Prepared as the act was coded; only a screen taller than that keeps prepares here, and
        // such rows are drawn each time: what `prepare` reads (names, seats, labels) is not part
        // of a kept row's source.
        let Some(fixed) = app.recent.get(i) else {
            let line = act_line(app, i, a, &prepare(s, a, lang), usize::from(row.width));
            super::write_lines(buf, row, [line]);
            continue;
        };
        let source = RowSource {
            act: a,
            line: fixed,
            flagged: s.is_flagged(i),
            session_s: s.record().session_s(a.stamp.elapsed_s).to_bits(),
            lang,
        };
        drawn.row(buf, row, i, source, |buf, row| {
            let line = act_line(app, i, a, fixed, usize::from(row.width));
            super::write_lines(buf, row, [line]);
        });
    }
}

/// One act's row: session time, seat, name (where it fits), code, marks, and its note or label.
fn act_line(app: &App, i: usize, a: &Act, fixed: &ActLine, width: usize) -> Line<'static> {
    let s = &app.session;
    // Names only where they fit in a fixed column, so codes line up.
    let name_w = if width >= 40 { (width - 26).min(16) } else { 0 };
    // The session clock is not prepared: its origin moves when the discussion starts.
    let time = fmt::session_clock(s.record(), a.stamp.elapsed_s);
    let flagged = s.is_flagged(i);
    let mut text = format!("{time:>5} {} ", fixed.seat);
    if name_w > 0 {
        text.push_str(&fmt::fit(&fixed.name, name_w));
        text.push(' ');
    }
    let tail = format!(
        "{}{}{}{}{}",
        a.code,
        fixed.target,
        if a.floor { "" } else { "°" },
        if flagged { style::FLAG_MARK } else { "" },
        super::act_list::marks(a),
    );
    let st = if a.retracted {
        style::retracted()
    } else if !a.is_evidence() {
        style::dim()
    } else if flagged {
        style::nudge()
    } else if fixed.negative {
        style::negative()
    } else {
        Style::new()
    };
    let used = text.width() + tail.width();
    let text_style = if a.retracted {
        style::retracted()
    } else {
        Style::new()
    };
    // A note says more than the label, which the legend already gives.
    let extra = match &a.note {
        Some(n) => format!(" “{n}”"),
        None => format!(" {}", fixed.label),
    };
    Line::from(vec![
        Span::styled(text, text_style),
        Span::styled(tail, st.patch(style::heading())),
        Span::styled(fmt::cut(&extra, width.saturating_sub(used)), style::dim()),
    ])
}

/// The list's frame: a dim rule down the left edge and the title on the first row, as
/// `Block::default().borders(Borders::LEFT).border_style(dim).title(title)` draws them, without
/// a block's general machinery (the list is drawn on every keystroke); returns the rows inside.
fn left_ruled(buf: &mut Buffer, area: Rect, title: Line<'_>) -> Rect {
    // The rows inside, worked out as `Block::inner` does (the area as given, not cut to the screen).
    let x = area.x.saturating_add(1).min(area.right());
    let y = area.y.saturating_add(1).min(area.bottom());
    let inner = Rect::new(
        x,
        y,
        area.width.saturating_sub(1),
        area.height.saturating_sub(1),
    );
    let shown = area.intersection(buf.area);
    if shown.is_empty() {
        return inner;
    }
    for y in shown.top()..shown.bottom() {
        buf[(shown.x, y)]
            .set_symbol(ratatui::symbols::line::VERTICAL)
            .set_style(style::dim());
    }
    let title_row = Rect {
        x: shown.x + 1,
        width: shown.width - 1,
        height: 1,
        ..shown
    };
    super::write_lines(buf, title_row, [title]);
    inner
}

/// What each legend item shows.
#[derive(Clone, Copy)]
enum Shown {
    /// Key, code and label.
    Full,
    /// Key and label, cut to the column (Bahasa Indonesia, when the full items do not fit).
    Label,
    /// Key and code.
    Code,
}

/// Columns a cut label column needs to stay readable: the key, a space and ten letters.
const LABEL_MIN: usize = 13;

/// Draws the code legend in as many columns as fit, with labels when there is room. It depends on
/// nothing but `area`, the language and the scheme's codes, which are fixed for the life of an
/// `App` (its session's day record keeps one scheme), so it is drawn once (see [`super::Painted`]).
pub fn legend(app: &App, buf: &mut Buffer, area: Rect) {
    let lang = app.lang;
    let codes = &app.session.record().scheme.codes;
    if area.height < 2 || codes.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    // The marks, laid out item by item so none is split across lines.
    let mut marks: Vec<String> = vec![String::new()];
    for t in [
        T::Floor,
        T::Covered,
        T::Nudge,
        T::NoFloorMark,
        T::Flagged,
        T::Retracted,
        T::Amend(crate::text::amend::A::Outside),
    ] {
        let item = t.get(lang);
        let last = marks.last().map_or(0, |l| l.width());
        if last > 0 && last + 2 + item.width() > width {
            marks.push(String::new());
        }
        if let Some(l) = marks.last_mut() {
            if !l.is_empty() {
                l.push_str("  ");
            }
            l.push_str(item);
        }
    }
    let marks_h = (marks.len() as u16).min(area.height);
    let [marks_area, area] =
        Layout::vertical([Constraint::Length(marks_h), Constraint::Fill(1)]).areas(area);
    super::write_lines(
        buf,
        marks_area,
        marks
            .into_iter()
            .map(|m| Line::from(Span::styled(m, style::dim()))),
    );
    if area.height < 2 {
        return;
    }
    let rows_avail = usize::from(area.height - 1);
    let item = |c: &crate::model::Code, shown: Shown| -> String {
        let t = if c.targeted { style::TARGET_MARK } else { "" };
        match shown {
            Shown::Full => format!("{} {}{t} {}", c.key, c.code, c.label.get(lang)),
            Shown::Label => format!("{} {}{t}", c.key, c.label.get(lang)),
            Shown::Code => format!("{} {}{t}", c.key, c.code),
        }
    };
    let layout = |shown: Shown| -> (usize, usize) {
        let w = codes
            .iter()
            .map(|c| item(c, shown).width())
            .max()
            .unwrap_or(1)
            + 2;
        let cols = (width / w).max(1);
        (w, cols)
    };
    let (mut colw, mut cols) = layout(Shown::Full);
    let mut shown = Shown::Full;
    if codes.len().div_ceil(cols) > rows_avail {
        // An Indonesian observer reads the label, not the English acronym: cut labels into as
        // many columns as the rows need, as long as a label keeps a few letters.
        let cols_needed = codes.len().div_ceil(rows_avail.max(1));
        let label_w = width / cols_needed.max(1);
        if lang == crate::model::Lang::Id && label_w >= LABEL_MIN {
            shown = Shown::Label;
            (colw, cols) = (label_w, cols_needed);
        } else {
            shown = Shown::Code;
            (colw, cols) = layout(Shown::Code);
        }
    }
    let rows = codes.len().div_ceil(cols).min(rows_avail);
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}  ", T::Codes.get(lang)), style::heading()),
        Span::styled(T::Targeted.get(lang), style::dim()),
    ])];
    for r in 0..rows {
        let mut spans = Vec::new();
        for c in 0..cols {
            // Column-major, like a printed legend.
            let Some(code) = codes.get(c * rows + r) else {
                continue;
            };
            let text = fmt::fit(&item(code, shown), colw.saturating_sub(1).min(width));
            let text = format!("{text} ");
            let (key, rest) = text.split_at(code.key.len_utf8());
            spans.push(Span::styled(key.to_string(), style::key()));
            let st = if code.valence == Valence::Negative {
                style::negative()
            } else {
                Style::new()
            };
            spans.push(Span::styled(rest.to_string(), st));
        }
        lines.push(Line::from(spans));
    }
    super::write_lines(buf, area, lines);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::{Block, Borders, Widget};

    #[test]
    fn the_left_rule_and_title_are_a_left_bordered_block() {
        for (w, h) in [
            (30, 6),
            (12, 3),
            (1, 4),
            (5, 1),
            (2, 2),
            (0, 3),
            (4, 0),
            (45, 9),
        ] {
            for title in [" Aksi terakhir (1234) ", " Acts (7) ", " ° “x” "] {
                let area = Rect::new(3, 1, w, h);
                let line = || Line::from(Span::styled(title, style::heading()));
                let mut theirs = Buffer::empty(Rect::new(0, 0, 40, 8));
                let block = Block::default()
                    .borders(Borders::LEFT)
                    .border_style(style::dim())
                    .title(line());
                let inner = block.inner(area);
                block.render(area, &mut theirs);
                let mut ours = Buffer::empty(Rect::new(0, 0, 40, 8));
                assert_eq!(left_ruled(&mut ours, area, line()), inner, "{w}x{h}");
                assert_eq!(ours, theirs, "{w}x{h} {title}");
            }
        }
    }
}
