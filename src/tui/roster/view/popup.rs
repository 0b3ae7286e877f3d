//! The popups over the roster: the form of fields, the move picker, the removal question and the
//! re-balance preview.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::model::{Event, Lang, MAX_SEATS};
use crate::setup::Field;
use crate::text::observe::T;
use crate::text::roster::{self as text, L};
use crate::tui::observe::view::{fmt, style};
use crate::tui::popup::centred;
use crate::tui::roster::app::RosterApp as App;
use crate::tui::roster::{Form, FormKind, LeadState, Pick, PickStage, Popup};

/// A box of `lines` centred in `area`, as wide as they need up to the area; returns its inside.
pub(super) fn boxed(
    frame: &mut Frame,
    area: Rect,
    title: String,
    foot: &str,
    lines: Vec<Line<'static>>,
) -> Rect {
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    let width = (widest.max(title.width()).max(foot.width()) + 4) as u16;
    let height = lines.len() as u16 + 2;
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), style::heading()))
        .title_bottom(Span::styled(format!(" {foot} "), style::dim()));
    let inner = block.inner(rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    inner
}

/// The first row to show so that `cursor` is visible in `room` rows.
fn window(cursor: usize, room: usize) -> usize {
    cursor.saturating_sub(room.saturating_sub(1))
}

/// Draws the popup open over the roster.
pub fn popup(app: &App, lead: &LeadState, p: &Popup, frame: &mut Frame, area: Rect) {
    match p {
        Popup::Form(form) => form_box(app, lead, form, frame, area),
        Popup::Pick(pick) => pick_box(app, lead.editor.event(), pick, frame, area),
        Popup::Remove(id) => remove_box(app, lead.editor.event(), id, frame, area),
        Popup::Balance(preview) => super::balance::preview(app, lead, preview, frame, area),
    }
}

fn field_label(lang: Lang, f: Option<&Field>) -> String {
    match f {
        Some(Field::Name) => L::FName.get(lang).into(),
        Some(Field::Nip) => L::FNip.get(lang).into(),
        Some(Field::Position) => L::FPosition.get(lang).into(),
        Some(Field::Unit) => L::FUnit.get(lang).into(),
        Some(Field::Gender) => L::FGender.get(lang).into(),
        Some(Field::Extra(k)) => k.clone(),
        None => L::FNewAttr.get(lang).into(),
    }
}

fn form_box(app: &App, lead: &LeadState, form: &Form, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let title = match &form.kind {
        FormKind::Edit(id) => {
            let name = lead
                .editor
                .event()
                .participant(id)
                .map_or("", |p| p.name.as_str());
            format!("{} {id} {}", L::FormEditTitle.get(lang), fmt::cut(name, 30))
        }
        FormKind::Add => L::FormAddTitle.get(lang).to_string(),
        FormKind::Facts => L::FormFactsTitle.get(lang).to_string(),
    };
    let labels: Vec<String> = form
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| match form.fact_at(i) {
            Some(f) => crate::text::roster::fact_label(lang, f).to_string(),
            None => field_label(lang, r.field.as_ref()),
        })
        .collect();
    let lw = labels.iter().map(|l| l.width()).max().unwrap_or(0).min(28);
    let vw = usize::from(area.width.saturating_sub(lw as u16 + 8)).min(50);
    let room = usize::from(area.height.saturating_sub(3)).max(1);
    let first = window(form.cursor, room);
    let mut lines: Vec<Line> = form
        .rows
        .iter()
        .zip(&labels)
        .enumerate()
        .skip(first)
        .take(room)
        .map(|(i, (r, label))| {
            let here = i == form.cursor;
            let changed = r.value != r.original;
            Line::from(vec![
                Span::styled(
                    format!("{} ", fmt::fit(label, lw)),
                    if here { style::key() } else { style::dim() },
                ),
                Span::styled(
                    fmt::fit(&tail(&r.value, vw), vw),
                    if here {
                        style::selected()
                    } else if changed {
                        style::warn()
                    } else {
                        ratatui::style::Style::new()
                    },
                ),
            ])
        })
        .collect();
    if form.kind == FormKind::Add && lines.len() < room {
        lines.push(Line::from(Span::styled(L::AddHint.get(lang), style::dim())));
    }
    let inner = boxed(frame, area, title, L::FormHint.get(lang), lines);
    if let Some(r) = form.rows.get(form.cursor) {
        let x = inner.x + (lw + 1 + tail(&r.value, vw).width()) as u16;
        let y = inner.y + (form.cursor - first) as u16;
        if y < inner.bottom() {
            crate::tui::shell::cursor::place(
                frame,
                Position::new(x.min(inner.right().saturating_sub(1)), y),
            );
        }
    }
}

/// The end of a long value, where the cursor is.
fn tail(s: &str, width: usize) -> String {
    let w = s.width();
    if w < width {
        return s.to_string();
    }
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.iter().rev().collect()
}

fn pick_box(app: &App, ev: &Event, pick: &Pick, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let who = ev
        .participant(&pick.participant)
        .map_or(String::new(), |p| {
            format!("{} {}", p.id, fmt::cut(&p.name, 28))
        });
    let own = ev.group_of(&pick.participant).map(|g| g.id.clone());
    let mut rows: Vec<Line> = Vec::new();
    let title;
    match pick.stage {
        PickStage::Group => {
            title = format!("{} · {who}", L::PickGroupTitle.get(lang));
            for (i, g) in ev.groups.iter().enumerate() {
                let now = if own.as_deref() == Some(g.id.as_str()) {
                    format!("  ({})", L::Current.get(lang))
                } else {
                    String::new()
                };
                let text = format!(
                    "{:<5}{:<18}{:>3} {}{now}",
                    g.id,
                    fmt::cut(&g.name, 17),
                    g.seats.len(),
                    L::People.get(lang)
                );
                rows.push(pick_line(text, i == pick.cursor));
            }
        }
        PickStage::Seat(gi) => {
            let Some(g) = ev.groups.get(gi) else { return };
            title = format!("{} · {} · {who}", L::PickSeatTitle.get(lang), g.name);
            for seat in 1..=MAX_SEATS {
                let here = usize::from(seat) - 1 == pick.cursor;
                let text = match g.at_seat(seat) {
                    None => format!("{seat:>2}  — {}", L::Free.get(lang)),
                    Some(p) if p == pick.participant => {
                        format!("{seat:>2}  {who}  ({})", L::Current.get(lang))
                    }
                    Some(p) => {
                        let name = ev.participant(p).map_or("", |x| x.name.as_str());
                        let swap = if here {
                            format!("  ⇄ {}", L::SwapWith.get(lang))
                        } else {
                            String::new()
                        };
                        format!("{seat:>2}  {p} {}{swap}", fmt::cut(name, 26))
                    }
                };
                rows.push(pick_line(text, here));
            }
        }
    }
    let room = usize::from(area.height.saturating_sub(2)).max(1);
    let first = window(pick.cursor, room);
    let lines = rows.into_iter().skip(first).take(room).collect();
    let foot = format!(
        "↑↓ · Enter {} · Esc {}",
        L::HChoose.get(lang),
        L::HBack.get(lang)
    );
    boxed(frame, area, title, &foot, lines);
}

fn pick_line(text: String, here: bool) -> Line<'static> {
    if here {
        Line::from(Span::styled(format!("▸ {text}"), style::selected()))
    } else {
        Line::from(Span::raw(format!("  {text}")))
    }
}

fn remove_box(app: &App, ev: &Event, id: &str, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(p) = ev.participant(id) else { return };
    let place = ev.group_of(id).map_or(T::None.get(lang).to_string(), |g| {
        format!(
            "{} · {}",
            g.name,
            text::seat(lang, g.seat_of(id).unwrap_or(0))
        )
    });
    let raters: Vec<String> = ev.observers_of(id).map(|o| o.id.clone()).collect();
    let results = ev
        .self_ratings
        .iter()
        .filter(|r| r.participant == id)
        .count()
        + ev.online_scores
            .iter()
            .filter(|s| s.participant == id)
            .count();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{id} "), style::key()),
            Span::styled(p.name.clone(), style::heading()),
        ]),
        Line::from(format!("{} · {}", p.position, p.unit)),
        Line::from(place),
        Line::from(text::rated_by(
            lang,
            &if raters.is_empty() {
                T::None.get(lang).to_string()
            } else {
                raters.join(", ")
            },
        )),
    ];
    if results > 0 {
        lines.push(Line::from(Span::styled(
            text::results_go(lang, results),
            style::warn(),
        )));
    }
    let title = L::RemoveTitle.get(lang).to_string();
    boxed(frame, area, title, text::remove_hint(lang), lines);
}
