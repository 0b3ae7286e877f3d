//! What the apps' boxes over the screen share: centring a box, and the `?` help's rows drawn
//! from a key table.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::model::Lang;
use crate::text::Words;
use crate::tui::keys::{Binding, keys_label};
use crate::tui::observe::view::{fmt, style};

/// A box `width` x `height` in the middle of `area`, cut to fit it.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// One help line per key-table row: its keys in a column (at most `max_keys` wide), then what it does.
pub fn key_lines<'a, C: 'static, A: 'static, W: Words>(
    rows: impl Iterator<Item = &'a Binding<C, A, W>>,
    lang: Lang,
    max_keys: usize,
) -> Vec<Line<'static>> {
    let binds: Vec<(String, &str)> = rows
        .map(|b| (keys_label(b, lang), b.about.get(lang)))
        .collect();
    let kw = binds
        .iter()
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(max_keys);
    binds
        .iter()
        .map(|(k, about)| {
            Line::from(vec![
                Span::styled(fmt::fit(k, kw), style::key()),
                Span::raw(format!("  {about}")),
            ])
        })
        .collect()
}
