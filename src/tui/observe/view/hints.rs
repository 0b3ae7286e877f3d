//! The hint bar: the short labels of the keys in force, drawn from the same key table as the help,
//! and kept between frames while what it comes from is unchanged.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::style;
use crate::tui::observe::app::App;
use crate::tui::observe::keymap::{self, Key};
use crate::tui::observe::score::{Cell, selected};

/// One hint: the key's short label, its hint, and whether it always shows (quit and help).
pub(crate) type Hint = (String, &'static str, bool);

/// The hints of the bindings in force, each key labelled as the bar shows it.
pub(crate) fn hint_entries(app: &App) -> Vec<Hint> {
    let rows = keymap::bindings_for(app.mode(), app.pane);
    hints_for(app.lang, rows, &|k| hint_key(k, app))
}

/// What the hint bar is worked out from: the key table's rows in force (mode and pane), the
/// language, and the Score pane's level keys, the one label that follows the selection.
#[derive(Debug, Clone, PartialEq)]
struct HintKey {
    mode: keymap::Mode,
    pane: crate::tui::observe::pane::Pane,
    lang: crate::model::Lang,
    levels: Option<String>,
}

impl HintKey {
    fn of(app: &App) -> HintKey {
        use crate::tui::observe::pane::Pane;
        HintKey {
            mode: app.mode(),
            pane: app.pane,
            lang: app.lang,
            // `Key::Level` is bound on the Score pane only.
            levels: (app.pane == Pane::Score).then(|| level_keys(app)),
        }
    }
}

/// The hint bar as last worked out and drawn: every keystroke draws a frame, and the bar changes
/// only with the mode, the pane and the language (its labels were formatted and its cells written
/// afresh each time).
#[derive(Debug, Default)]
pub struct HintBar {
    entries: std::cell::RefCell<Option<(HintKey, std::rc::Rc<[Hint]>)>>,
    drawn: super::Painted<std::rc::Rc<[Hint]>>,
}

impl HintBar {
    /// The hints in force, worked out again only when what they come from changed.
    pub(crate) fn entries(&self, app: &App) -> std::rc::Rc<[Hint]> {
        let key = HintKey::of(app);
        let mut memo = self.entries.borrow_mut();
        match &*memo {
            Some((k, entries)) if *k == key => entries.clone(),
            _ => {
                let entries: std::rc::Rc<[Hint]> = hint_entries(app).into();
                *memo = Some((key, entries.clone()));
                entries
            }
        }
    }

    /// Draws `entries` (from [`HintBar::entries`]) in `area`, copying the last drawing when
    /// they and the area are the same.
    pub(crate) fn draw(&self, entries: &std::rc::Rc<[Hint]>, frame: &mut Frame, area: Rect) {
        self.drawn
            .paint(frame.buffer_mut(), area, entries.clone(), |buf| {
                write_hints(entries, buf, area)
            });
    }
}

/// The hints of the key-table rows `rows`, each key labelled by `label`.
pub(crate) fn hints_for(
    lang: crate::model::Lang,
    rows: impl Iterator<Item = &'static keymap::Binding>,
    label: &dyn Fn(Key) -> String,
) -> Vec<Hint> {
    let mut entries: Vec<Hint> = rows
        .filter_map(|b| {
            let k = label(b.keys[0]);
            let always = k == "^Q" || k == "?";
            Some((k, b.hint?.get(lang), always))
        })
        .collect();
    // Quit and help go last, where the eye finds them.
    entries.sort_by_key(|e| e.2);
    entries
}

fn entry_width(e: &(String, &str, bool)) -> usize {
    e.0.width() + 1 + e.1.width() + 2
}

/// How many rows these hints want: two when one is not enough and the screen is tall.
pub(crate) fn rows_for(entries: &[Hint], width: u16, height: u16) -> u16 {
    let total: usize = entries.iter().map(entry_width).sum();
    if total > usize::from(width) && height >= 24 {
        2
    } else {
        1
    }
}

/// The hint bar: short labels of the bindings in force, as many as fit; quit and help always show.
pub(crate) fn draw_hints(entries: &[Hint], frame: &mut Frame, area: Rect) {
    write_hints(entries, frame.buffer_mut(), area);
}

/// [`draw_hints`] into a buffer.
fn write_hints(entries: &[Hint], buf: &mut ratatui::buffer::Buffer, area: Rect) {
    let width = usize::from(area.width);
    let rows = usize::from(area.height.max(1));
    let reserved: usize = entries.iter().filter(|e| e.2).map(entry_width).sum();
    let mut lines: Vec<Vec<Span>> = vec![Vec::new(); rows];
    let mut used = vec![0usize; rows];
    let mut row = 0;
    for e in entries {
        let w = entry_width(e);
        let room =
            |r: usize| width.saturating_sub(if r + 1 == rows && !e.2 { reserved } else { 0 });
        while row < rows && used[row] + w > room(row) {
            if e.2 && row + 1 == rows {
                break;
            }
            row += 1;
        }
        let r = row.min(rows - 1);
        if used[r] + w > room(r) && !e.2 {
            continue;
        }
        used[r] += w;
        lines[r].push(Span::styled(e.0.clone(), style::key()));
        lines[r].push(Span::raw(format!(" {}  ", e.1)));
    }
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    super::write_lines(buf, area, lines);
}

/// Compact key labels for the hint bar.
fn hint_key(k: Key, app: &App) -> String {
    match k {
        Key::Level => level_keys(app),
        other => short_key(other, app.lang),
    }
}

/// A key's compact label for the hint bar.
pub(crate) fn short_key(k: Key, lang: crate::model::Lang) -> String {
    use ratatui::crossterm::event::KeyCode;
    match k {
        Key::Ctrl(c) => format!("^{}", c.to_ascii_uppercase()),
        Key::Seat => "0-9".into(),
        Key::Plain(KeyCode::Backspace) => "⌫".into(),
        Key::Plain(KeyCode::Enter) => "⏎".into(),
        other => keymap::key_label(other, lang),
    }
}

/// The digits the selected Score-pane row takes: a rubric item's own range, else the levels.
fn level_keys(app: &App) -> String {
    let rubric = match selected(app) {
        Some(Cell::Rubric(i)) => app.session.record().scheme.rubric.get(i),
        _ => None,
    };
    match rubric {
        Some(item) => format!("1-{}", item.max),
        None => keymap::key_label(Key::Level, app.lang),
    }
}
