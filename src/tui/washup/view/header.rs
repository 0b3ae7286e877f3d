//! Two lines on top: the event, the lead and alpha; then counts, the categories and the order.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text::washup::W;
use crate::tui::observe::view::style;
use crate::tui::washup::app::WashupApp;

/// Draws the header.
pub fn render(app: &WashupApp, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let alpha = &app.c.agreement.alpha.overall;
    let alpha_text = match (alpha.value, alpha.band) {
        (Some(v), Some(b)) => format!("{v:.3} ({})", b.label(super::lang_code(lang))),
        (Some(v), None) => format!("{v:.3}"),
        _ => W::NotAvailable.get(lang).to_string(),
    };
    let first = Line::from(vec![
        Span::styled(format!("{} ", W::Title.get(lang)), style::heading()),
        Span::raw(format!(
            "· {} {alpha_text} · {} {} · {}",
            W::Alpha.get(lang),
            W::Lead.get(lang),
            app.lead,
            app.c.event.name,
        )),
    ]);
    let flagged = app
        .c
        .cells
        .iter()
        .filter(|c| !c.flags.is_empty() && c.consensus.is_none())
        .count();
    let decided = app.c.cells.iter().filter(|c| c.consensus.is_some()).count();
    let second = Line::from(vec![Span::styled(
        format!(
            "{} × {} · {flagged} {} · {decided} {} · {}: {} · {}: {} · {}",
            app.c.participants.len(),
            app.c.competencies.len(),
            W::Flagged.get(lang),
            W::Decided.get(lang),
            W::Preset.get(lang),
            app.preset().get(lang),
            W::Sort.get(lang),
            app.sort.label().get(lang),
            crate::text::midpoint::policy_line(lang, app.c.options.midpoint),
        ),
        style::dim(),
    )]);
    frame.render_widget(Paragraph::new(vec![first, second]), area);
}
