//! The re-balance preview: both re-balances with how many people each moves, the chosen one marked
//! `▸`; under it who moves (fewest moves) and the groups' balance and coverage afterwards, or why
//! there is nothing to do.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::banner::wrap;
use super::panel::{issue_spans, title_case};
use super::popup::boxed;
use crate::model::{Event, Lang};
use crate::setup::{Balance, audit};
use crate::text::observe::T;
use crate::text::roster::{self as text, L};
use crate::tui::observe::view::{fmt, style};
use crate::tui::roster::app::RosterApp as App;
use crate::tui::roster::{BalanceMode, LeadState, Outcome, Preview};

/// Lines of "P30 G2→G1/1" shown at most; the last is cut with `…` when more move.
const MOVER_LINES: usize = 2;

/// The widest wrapped line: the box stays compact on a wide screen.
const WRAP: usize = 72;

/// Draws the preview over the roster.
pub fn preview(app: &App, lead: &LeadState, p: &Preview, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let now = lead.editor.event();
    let total = now.participants.len();
    let fewest = L::FewestMoves.get(lang).to_string();
    let arranged = text::arrangement(lang, p.seed);
    let title = match p.mode {
        BalanceMode::FewestMoves => format!("{} · {}", L::BalanceTitle.get(lang), fewest),
        BalanceMode::NewArrangement => format!("{} · seed {}", L::BalanceTitle.get(lang), p.seed),
    };
    // Room for text inside the box (a border and a space each side), kept to a readable measure.
    let width = usize::from(area.width.saturating_sub(4)).clamp(10, WRAP);
    let mut lines = vec![
        choice(
            lang,
            &fewest,
            &p.fewest,
            total,
            p.mode == BalanceMode::FewestMoves,
        ),
        choice(
            lang,
            &arranged,
            &p.arranged,
            total,
            p.mode == BalanceMode::NewArrangement,
        ),
    ];
    match p.shown() {
        Outcome::Ready { event, .. } => {
            if p.mode == BalanceMode::FewestMoves {
                lines.extend(movers(lang, now, event, width));
            }
            lines.extend(groups(app, lead, event));
        }
        Outcome::Nothing(why) => lines.extend(said(why, width, style::warn())),
        Outcome::Refused(why) => lines.extend(said(why, width, style::error())),
    }
    boxed(frame, area, title, text::balance_hint(lang), lines);
}

/// "▸ Fewest moves: 2 of 73 people change group", or what stops it.
fn choice(lang: Lang, name: &str, o: &Outcome, total: usize, chosen: bool) -> Line<'static> {
    let what = match o {
        Outcome::Ready { moved, .. } => text::moved_of(lang, *moved, total),
        Outcome::Nothing(_) => L::NothingToDo.get(lang).to_string(),
        Outcome::Refused(_) => L::NotPossible.get(lang).to_string(),
    };
    let text = format!("{} {name}: {what}", if chosen { "▸" } else { " " });
    if chosen {
        Line::from(Span::styled(text, style::heading()))
    } else {
        Line::from(Span::styled(text, style::dim()))
    }
}

/// "Moving: P74 G1→G4 · P12 G2→G5", wrapped, for people who would sit in another group.
fn movers(lang: Lang, now: &Event, after: &Event, width: usize) -> Vec<Line<'static>> {
    let moves: Vec<String> = after
        .participants
        .iter()
        .filter_map(|p| {
            let to = after.group_of(&p.id)?;
            let from = now.group_of(&p.id).map(|g| g.id.as_str());
            let seat = to.seat_of(&p.id).unwrap_or(0);
            (from != Some(to.id.as_str()))
                .then(|| format!("{} {}→{}/{seat}", p.id, from.unwrap_or("—"), to.id))
        })
        .collect();
    if moves.is_empty() {
        return Vec::new();
    }
    let all = format!("{}: {}", L::Movers.get(lang), moves.join(" · "));
    let mut wrapped = wrap(&all, width);
    if wrapped.len() > MOVER_LINES {
        let rest = wrapped[MOVER_LINES - 1..].join(" ");
        wrapped.truncate(MOVER_LINES - 1);
        wrapped.push(fmt::cut(&rest, width));
    }
    wrapped
        .into_iter()
        .map(|l| Line::from(Span::styled(l, style::warn())))
        .collect()
}

/// The groups' sizes, genders and units afterwards, the size spread, and what is still amiss.
fn groups(app: &App, lead: &LeadState, ev: &Event) -> Vec<Line<'static>> {
    let lang = app.lang;
    let b = Balance::of(&ev.groups, &ev.participants);
    let a = audit(ev, lead.editor.rules().targets);
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{:<5}{:>6}{:>6}{:>6}",
            T::ColGroup.get(lang),
            title_case(L::People.get(lang)),
            "L/P",
            L::Units.get(lang)
        ),
        style::dim(),
    ))];
    for g in &b.groups {
        lines.push(Line::from(format!(
            "{:<5}{:>6}{:>6}{:>6}",
            g.id,
            g.size,
            format!("{}/{}", g.men, g.women),
            g.units
        )));
    }
    lines.push(Line::from(text::spread(lang, b.size_spread())));
    lines.push(Line::from(issue_spans(lang, &b, &a)));
    lines
}

fn said(why: &str, width: usize, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(why, width)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, style)))
        .collect()
}
