//! Balance and coverage of the groups, measured after every change: a compact strip under the
//! roster on small screens, a panel beside it on wide ones.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::model::Lang;
use crate::setup::{Audit, Balance};
use crate::text::observe::T;
use crate::text::roster::{self as text, L};
use crate::tui::observe::view::{fmt, style};
use crate::tui::roster::LeadState;
use crate::tui::roster::app::RosterApp as App;

const LABEL: usize = 7;
const CELL: usize = 5;

fn selected_group(app: &App) -> Option<String> {
    app.roster.selected_row().and_then(|r| r.group.clone())
}

/// Four lines: group ids, sizes, men/women, then what needs attention.
pub fn strip(app: &App, lead: &LeadState, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let b = &lead.balance;
    let mine = selected_group(app);
    let cells = usize::from(area.width).saturating_sub(LABEL) / CELL;
    let shown = &b.groups[..b.groups.len().min(cells)];
    let (lo, hi) = size_range(b);
    let row = |label: &str, cell: &dyn Fn(&crate::setup::GroupBalance) -> Span<'static>| {
        let mut spans = vec![Span::styled(fmt::fit(label, LABEL), style::dim())];
        spans.extend(shown.iter().map(cell));
        Line::from(spans)
    };
    let ids = row(T::ColGroup.get(lang), &|g| {
        let st = if mine.as_deref() == Some(g.id.as_str()) {
            style::selected()
        } else {
            style::heading()
        };
        Span::styled(format!("{:>CELL$}", g.id), st)
    });
    let mut sizes = row(&title_case(L::People.get(lang)), &|g| {
        Span::styled(format!("{:>CELL$}", g.size), size_style(g.size, lo, hi))
    });
    sizes.spans.push(Span::styled(
        format!("  {}", text::spread(lang, hi - lo)),
        if hi - lo > 1 {
            style::error()
        } else {
            style::dim()
        },
    ));
    let genders = row("L/P", &|g| {
        Span::raw(format!("{:>CELL$}", format!("{}/{}", g.men, g.women)))
    });
    let issues = Line::from(issue_spans(lang, b, &lead.audit));
    frame.render_widget(Paragraph::new(vec![ids, sizes, genders, issues]), area);
}

/// Per group: size, men/women, units, the units that share it; then coverage.
pub fn side(app: &App, lead: &LeadState, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let b = &lead.balance;
    let mine = selected_group(app);
    let (lo, hi) = size_range(b);
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{:<5}{:>6}{:>6}{:>6}  {}",
            T::ColGroup.get(lang),
            title_case(L::People.get(lang)),
            "L/P",
            L::Units.get(lang),
            L::SameUnit.get(lang)
        ),
        style::dim(),
    ))];
    for g in &b.groups {
        let shared: Vec<String> = g
            .shared
            .iter()
            .map(|s| format!("{} ×{}", s.unit, s.count))
            .collect();
        let avoidable = b.avoidable.iter().any(|s| s.group == g.id);
        let mark = if mine.as_deref() == Some(g.id.as_str()) {
            "◆"
        } else {
            " "
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark}{:<4}", g.id), style::heading()),
            Span::styled(format!("{:>6}", g.size), size_style(g.size, lo, hi)),
            Span::raw(format!(
                "{:>6}{:>6}  ",
                format!("{}/{}", g.men, g.women),
                g.units
            )),
            Span::styled(
                fmt::cut(&shared.join(", "), 20),
                if avoidable {
                    style::warn()
                } else {
                    style::dim()
                },
            ),
        ]));
    }
    lines.push(Line::from(Span::styled(
        L::Selected.get(lang),
        style::dim(),
    )));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        text::spread(lang, hi - lo),
        if hi - lo > 1 {
            style::error()
        } else {
            style::dim()
        },
    )));
    lines.push(Line::from(issue_spans(lang, b, &lead.audit)));
    let block = Block::default()
        .borders(Borders::LEFT)
        .border_style(style::dim())
        .title(Span::styled(
            format!(
                " {} · {} ",
                L::BalanceHead.get(lang),
                L::CoverageHead.get(lang)
            ),
            style::heading(),
        ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// What needs attention: sizes, avoidable shared units, coverage; or that all is well.
pub fn issue_spans(lang: Lang, b: &Balance, a: &Audit) -> Vec<Span<'static>> {
    let t = a.targets;
    let mut spans = Vec::new();
    let list = |items: &[(String, usize)]| {
        items
            .iter()
            .map(|(x, n)| format!("{x} ({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !b.avoidable.is_empty() {
        spans.push(Span::styled(
            format!("{} · ", text::avoidable(lang, b.avoidable.len())),
            style::warn(),
        ));
    }
    if a.under.is_empty() && a.over.is_empty() && a.outside_group.is_empty() {
        spans.push(Span::styled(
            text::coverage_ok(lang, t.min_observers, t.max_per_observer),
            style::ok(),
        ));
        return spans;
    }
    if !a.under.is_empty() {
        spans.push(Span::styled(
            format!("{} ", text::under(lang, &list(&a.under))),
            style::error(),
        ));
    }
    if !a.over.is_empty() {
        spans.push(Span::styled(
            format!("{} ", text::over(lang, t.max_per_observer, &list(&a.over))),
            style::error(),
        ));
    }
    if !a.outside_group.is_empty() {
        let who: Vec<String> = a
            .outside_group
            .iter()
            .map(|(o, p)| format!("{o}→{p}"))
            .collect();
        spans.push(Span::styled(
            text::outside(lang, &who.join(", ")),
            style::warn(),
        ));
    }
    spans
}

fn size_range(b: &Balance) -> (usize, usize) {
    let sizes = b.groups.iter().map(|g| g.size);
    (sizes.clone().min().unwrap_or(0), sizes.max().unwrap_or(0))
}

/// Sizes stand out only when the groups differ by more than one.
fn size_style(size: usize, lo: usize, hi: usize) -> Style {
    if hi - lo > 1 && (size == lo || size == hi) {
        style::warn()
    } else {
        Style::new()
    }
}

pub(super) fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
