//! One line under the matrix saying what the cell marks mean, so nobody has to open the help.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::cell::split_mark;
use crate::text::washup::W;
use crate::tui::observe::view::style;
use crate::tui::washup::app::WashupApp;

/// The marks and their meaning, in the order a cell reads.
fn entries() -> [(String, W); 7] {
    [
        ("3·4".into(), W::LegendCounted),
        ("→4".into(), W::LegendProposed),
        ("✓4".into(), W::LegendAgreed),
        (
            format!("→{}", split_mark(3.0, 4.0, crate::model::Lang::En)),
            W::LegendSplit,
        ),
        ("!".into(), W::FlagSpread),
        ("±".into(), W::FlagAcrossTarget),
        ("?".into(), W::FlagFewRatings),
    ]
}

/// Draws the legend, as many entries as fit.
pub fn render(app: &WashupApp, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let mut spans = Vec::new();
    for (mark, meaning) in entries() {
        spans.push(Span::styled(mark, style::key()));
        spans.push(Span::styled(
            format!(" {}  ", meaning.get(lang)),
            style::dim(),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
