//! The act list overlay: every act by session time with its marks (corrected, inserted, coded
//! outside a coded phase, kept, retracted), the cursor kept in view, and the edit line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};
use unicode_width::UnicodeWidthStr;

use super::{describe_act, fmt, style};
use crate::model::{Act, Valence};
use crate::session::Notice;
use crate::text::Words;
use crate::text::amend::{self as words, A, Changed};
use crate::tui::observe::Action;
use crate::tui::observe::act_list::{ActList, ActsAction, insert_default_s};
use crate::tui::observe::app::App;
use crate::tui::observe::keymap;

/// The marks after an act: corrected, inserted, outside (or kept), retracted.
pub fn marks(a: &Act) -> String {
    let mut m = String::new();
    if a.marks.original.is_some() {
        m.push('✎');
    }
    if a.marks.inserted.is_some() {
        m.push('+');
    }
    if a.marks.outside {
        m.push(if a.marks.kept { '✓' } else { '⊘' });
    }
    if a.retracted {
        m.push('↶');
    }
    m
}

/// Draws the list over `area`.
pub fn render(app: &App, list: &ActList, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let s = &app.session;
    let rec = s.record();
    frame.render_widget(Clear, area);
    let block = Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {} ({}) ", A::Title.get(lang), list.order.len()),
        style::heading(),
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let edit_rows = if list.edit.is_some() { 2 } else { 0 };
    // Heading, marks legend, edit line and its message.
    let rows = usize::from(inner.height).saturating_sub(2 + edit_rows);
    let mut lines = vec![Line::from(Span::styled(
        fmt::cut(A::Columns.get(lang), width),
        style::dim(),
    ))];
    if list.order.is_empty() {
        lines.push(Line::from(Span::styled(A::MEmpty.get(lang), style::dim())));
    }
    // The cursor stays in view, as low as the list allows.
    let first = (list.cursor + 1).saturating_sub(rows);
    let seat_of = |id: &str| s.seat_key_of(id).unwrap_or('·');
    for (pos, &i) in list.order.iter().enumerate().skip(first).take(rows) {
        let a = &rec.acts[i];
        let name = s
            .person_index(&a.participant)
            .and_then(|p| s.person(p))
            .map_or(a.participant.as_str(), |p| fmt::short_name(&p.name));
        let target = a
            .target
            .as_deref()
            .map(|t| format!(" {}{}", style::TARGET_MARK, seat_of(t)))
            .unwrap_or_default();
        let text = format!(
            "{:>6} {} {} {}{target} {}",
            fmt::session_clock(rec, a.stamp.elapsed_s),
            seat_of(&a.participant),
            fmt::fit(name, 18),
            a.code,
            marks(a),
        );
        let mut st = if a.retracted {
            style::retracted()
        } else if !a.is_evidence() {
            style::dim()
        } else if rec
            .scheme
            .by_code(&a.code)
            .is_some_and(|c| c.valence == Valence::Negative)
        {
            style::negative()
        } else {
            Style::new()
        };
        if pos == list.cursor {
            st = st.patch(style::selected()).add_modifier(Modifier::BOLD);
        }
        lines.push(Line::from(Span::styled(fmt::fit(&text, width), st)));
    }
    let body = Rect {
        height: inner.height.saturating_sub(1 + edit_rows as u16),
        ..inner
    };
    super::draw_lines(frame, body, lines);
    let mut foot = vec![Line::from(Span::styled(
        fmt::cut(A::Marks.get(lang), width),
        style::dim(),
    ))];
    if let Some(edit) = &list.edit {
        let prompt = match edit.act {
            Some(_) => A::EditPrompt.get(lang).to_string(),
            None => words::insert_prompt(lang, &fmt::clock_signed(insert_default_s(app, list))),
        };
        let head = format!("{prompt}: ");
        let room = width.saturating_sub(head.width() + 1);
        foot.push(Line::from(vec![
            Span::styled(fmt::cut(&head, width), style::chord()),
            Span::raw(format!("{}▏", fmt::cut(&edit.text, room))),
        ]));
        if let Some(e) = &edit.error {
            foot.push(Line::from(Span::styled(
                fmt::cut(&words::draft_error(lang, e), width),
                style::warn(),
            )));
        } else {
            foot.push(Line::default());
        }
    }
    let foot_area = Rect {
        y: inner.bottom().saturating_sub(foot.len() as u16),
        height: foot.len() as u16,
        ..inner
    };
    super::draw_lines(frame, foot_area, foot);
}

/// The act list's notices in words, with how loudly to show them; `None` for other notices.
pub fn notice_text(app: &App, n: &Notice) -> Option<(String, Style)> {
    let lang = app.lang;
    let act = |i: &usize| describe_act(app, *i);
    Some(match n {
        Notice::CodedOutside(i) => {
            let key = keymap::BINDINGS.key_of(&Action::Acts(ActsAction::Open), lang);
            (words::coded_outside(lang, &act(i), &key), style::warn())
        }
        Notice::Corrected(i) => (
            words::act_changed(lang, Changed::Corrected, &act(i)),
            style::ok(),
        ),
        Notice::Inserted(i) => (
            words::act_changed(lang, Changed::Inserted, &act(i)),
            style::ok(),
        ),
        Notice::Kept(i, true) => (
            words::act_changed(lang, Changed::Kept, &act(i)),
            style::ok(),
        ),
        Notice::Kept(i, false) => (
            words::act_changed(lang, Changed::NotKept, &act(i)),
            style::warn(),
        ),
        Notice::Unchanged(_) => (A::MUnchanged.get(lang).to_string(), style::dim()),
        Notice::AlwaysCounts(_) => (A::MAlwaysCounts.get(lang).to_string(), style::dim()),
        _ => return None,
    })
}
