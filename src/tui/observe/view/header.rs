//! The three header lines: panes and save state; event and date; group, observer and phase clock.

use crate::text::Words;
use crate::tui::observe::{Action, keymap};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Painted, fmt, style};
use crate::text::observe::T;
use crate::tui::observe::app::App;
use crate::tui::observe::pane::Pane;
use ratatui::buffer::Buffer;

/// The header's rows as last drawn, each with the two sides it shows: a row is laid out and
/// written only when a side changes (the saving state, the clock's second), else copied.
#[derive(Debug, Default)]
pub struct HeaderRows([Painted<(Line<'static>, Line<'static>)>; 3]);

impl HeaderRows {
    /// Puts `left` and `right` on header row `k`, in `area`.
    fn row(
        &self,
        k: usize,
        frame: &mut Frame,
        area: Rect,
        left: Line<'static>,
        right: Line<'static>,
    ) {
        self.0[k].paint_with(
            frame.buffer_mut(),
            area,
            (left, right),
            |buf, (left, right)| {
                split_into(buf, buf.area, left, right);
            },
        );
    }
}

/// Draws the header.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let rows: [Rect; 3] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
    let lang = app.lang;
    let rec = app.session.record();

    let save = save_line(app);
    let tabs: Vec<Span> = Pane::ALL
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            let label = format!(" F{} {} ", i + 1, p.title().get(lang));
            let st = if *p == app.pane {
                style::selected().add_modifier(ratatui::style::Modifier::BOLD)
            } else {
                style::dim()
            };
            [Span::styled(label, st), Span::raw(" ")]
        })
        .collect();
    app.header.row(0, frame, rows[0], Line::from(tabs), save);

    let date = Line::from(Span::styled(
        format!("{} {}", T::Date.get(lang), rec.date),
        style::dim(),
    ));
    app.header.row(
        1,
        frame,
        rows[1],
        Line::from(Span::styled(rec.event.name.clone(), style::heading())),
        date,
    );

    let group = rec
        .observed_group()
        .map_or(rec.group.as_str(), |g| g.name.as_str());
    let phase = phase_line(app);
    let room = usize::from(area.width).saturating_sub(phase.width() + 1);
    app.header
        .row(2, frame, rows[2], who_line(app, group, room), phase);
}

/// "Kelompok 1 · Asesor A01 Andi Prasetyo" in `room` columns: the observer's name goes first, then
/// the group's is cut, so the observer id always shows whole.
fn who_line(app: &App, group: &str, room: usize) -> Line<'static> {
    let rec = app.session.record();
    let id = format!("{} {}", T::Observer.get(app.lang), rec.observer.id);
    let name = format!(" {}", fmt::short_name(&rec.observer.name));
    let fixed = id.chars().count() + 3;
    let group_room = room.saturating_sub(fixed);
    let group = if group.chars().count() > group_room {
        fmt::cut(group, group_room)
    } else {
        group.to_string()
    };
    let mut spans = vec![
        Span::styled(group.clone(), style::heading()),
        Span::raw(" · "),
        Span::raw(id),
    ];
    // The name takes what is left, cut, as long as a few letters of it show.
    let left = room.saturating_sub(group.chars().count() + fixed);
    if left >= 5 {
        spans.push(Span::raw(fmt::cut(&name, left)));
    }
    Line::from(spans)
}

/// Draws `left` and `right` on one row; the right side wins the room it needs and the left is cut
/// with an ellipsis.
pub(crate) fn split(frame: &mut Frame, area: Rect, left: Line, right: Line) {
    split_into(frame.buffer_mut(), area, &left, &right);
}

/// [`split`] into a buffer.
fn split_into(buf: &mut Buffer, area: Rect, left: &Line<'_>, right: &Line<'_>) {
    let rw = (right.width() as u16).min(area.width);
    let room = usize::from(area.width.saturating_sub(rw + 1));
    let left = if left.width() > room {
        let mut spans = Vec::new();
        let mut used = 0;
        for s in &left.spans {
            let w = s.width();
            if used + w > room {
                spans.push(Span::styled(fmt::cut(&s.content, room - used), s.style));
                break;
            }
            used += w;
            spans.push(s.clone());
        }
        Line::from(spans)
    } else {
        left.clone()
    };
    // The right side's width changes as the saving state and the clock do: worked out here rather
    // than by a Layout, which would solve its constraints afresh for every new width.
    let l = Rect {
        width: area.width.saturating_sub(rw + 1),
        ..area
    };
    let r = Rect {
        x: area.right() - rw,
        width: rw,
        ..area
    };
    super::write_lines(buf, l, [left]);
    super::write_lines(buf, r, [right.clone()]);
}

fn save_line(app: &App) -> Line<'static> {
    let lang = app.lang;
    if let Some((_, failure)) = &app.save.failed {
        return Line::from(Span::styled(
            format!(
                "{}: {}",
                T::SaveFailed.get(lang),
                crate::text::store::disk_failure_short(lang, failure)
            ),
            style::error(),
        ));
    }
    let mut spans = Vec::new();
    if app.save.snapshot_failed.is_some() {
        spans.push(Span::styled("⚠ ", style::warn()));
    }
    if app.save.recreated > 0 {
        spans.push(Span::styled(
            format!("{} · ", T::FilesWrittenAgain.get(lang)),
            style::warn(),
        ));
    }
    if app.save.pending() > 0 {
        spans.push(Span::styled(
            format!("{} ({})", T::Saving.get(lang), app.save.pending()),
            style::warn(),
        ));
    } else {
        spans.push(Span::styled(T::Saved.get(lang), style::ok()));
    }
    Line::from(spans)
}

/// The phase, whether it runs, and its clock against the time planned.
pub(super) fn phase_line(app: &App) -> Line<'static> {
    let lang = app.lang;
    let s = &app.session;
    let Some((i, phase)) = s.current_phase() else {
        return Line::default();
    };
    let now = s.now_s();
    let elapsed = phase.elapsed_s(now);
    let planned = f64::from(phase.planned_minutes) * 60.0;
    let state = if phase.running() {
        Span::styled(
            T::Running.get(lang),
            style::ok().add_modifier(ratatui::style::Modifier::BOLD),
        )
    } else if phase.segments.is_empty() {
        Span::styled(
            crate::text::observe::not_started(
                lang,
                &keymap::BINDINGS.key_of(&Action::PhaseToggle, lang),
            ),
            style::dim(),
        )
    } else {
        Span::styled(T::Paused.get(lang), style::warn())
    };
    // One clock on screen: session time, as the acts and the Score pane show it; the plan's
    // overrun is the phase's own.
    let clock = format!(
        "{} {}",
        T::Amend(crate::text::amend::A::Session).get(lang),
        fmt::session_clock(s.record(), now)
    );
    let clock_style = if elapsed > planned {
        style::error()
    } else {
        style::heading()
    };
    let name = format!(
        "{} {}/{} {} ",
        T::Phase.get(lang),
        i + 1,
        s.record().phases.len(),
        phase.name.get(lang)
    );
    let mut spans = vec![Span::raw(name), state];
    // Before any phase has started there is no session to time: a clock counting from when the
    // day file was made would only distract (and redraw the screen every second for nothing).
    if s.record().phases.iter().any(|p| !p.segments.is_empty()) {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(clock, clock_style));
    }
    if elapsed > planned {
        spans.push(Span::styled(
            format!(" +{}", fmt::clock(elapsed - planned)),
            style::error(),
        ));
    }
    Line::from(spans)
}
