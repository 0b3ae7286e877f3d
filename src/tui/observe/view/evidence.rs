//! The selected cell's evidence: the suggestion with its rule, airtime and turns, the linked codes
//! split into positive and negative with times, act notes, evidence notes, the cell's history, the level descriptions with the target
//! marked, and what was imported for the participant. For a rubric row: the item and the mission text.

use crate::text::Words;
use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::score::level_in;
use super::{fmt, style};
use crate::model::{Lang, Valence, participant_results};
use crate::scoring::{evidence_for, suggest};
use crate::text::score::{self as st, S};
use crate::tui::observe::app::App;
use crate::tui::observe::score::{Cell, selected};

/// The panel's title and lines for the selected cell.
fn content(app: &App) -> (String, Vec<Line<'static>>) {
    match selected(app) {
        Some(Cell::Rating(p, comp)) => rating_lines(app, p, &comp),
        Some(Cell::Rubric(i)) => rubric_lines(app, i),
        None => (S::Evidence.get(app.lang).to_string(), Vec::new()),
    }
}

/// The narrowest the panel is drawn (below the grid it takes the whole width, beside it 50 or more).
const NARROWEST: u16 = 50;

/// Rows the selected cell's evidence takes at its narrowest: how far a key may scroll it (the
/// view stops at the last row on the screen it is drawn on).
pub fn line_count(app: &App) -> u16 {
    u16::try_from(rows(&content(app).1, NARROWEST)).unwrap_or(u16::MAX)
}

/// Rows `lines` take wrapped at `width` (words wrap a little later than characters; close enough
/// to know whether more is below).
fn rows(lines: &[Line<'_>], width: u16) -> usize {
    let w = usize::from(width.max(1));
    lines.iter().map(|l| l.width().div_ceil(w).max(1)).sum()
}

/// Draws the panel, scrolled as the observer left it; "▼ more" at the foot while lines are hidden.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let (title, lines) = content(app);
    let shown = usize::from(area.height.saturating_sub(1));
    let total = rows(&lines, area.width);
    let last = u16::try_from(total.saturating_sub(shown)).unwrap_or(u16::MAX);
    let scroll = app.score.scroll.min(last);
    let mut block = Block::default()
        .borders(Borders::TOP)
        .border_style(style::dim())
        .title(Span::styled(
            format!(
                " {} ",
                fmt::cut(&title, usize::from(area.width).saturating_sub(4))
            ),
            style::heading(),
        ));
    if total > usize::from(scroll) + shown {
        block = block.title(
            Line::from(Span::styled(
                format!(" {} ", S::More.get(lang)),
                style::key(),
            ))
            .right_aligned(),
        );
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// Participant `p`'s share of the airtime so far and turns taken.
pub(super) fn airtime_line(app: &App, p: usize) -> Line<'static> {
    let stats = app.session.stats();
    let turns = stats.people.get(p).map_or(0, |s| s.turns);
    Line::from(format!(
        "{}: {:.0}% · {turns} {}",
        S::Airtime.get(app.lang),
        stats.share(p, app.session.now_s()) * 100.0,
        S::Turns.get(app.lang)
    ))
}

fn heading(lang: Lang, s: S) -> Line<'static> {
    Line::from(Span::styled(s.get(lang).to_string(), style::heading()))
}

fn rating_lines(app: &App, p: usize, comp: &str) -> (String, Vec<Line<'static>>) {
    let lang = app.lang;
    let rec = app.session.record();
    let person = &rec.participants[p];
    let competency = rec.framework.competency(comp);
    let name = competency.map_or("", |c| c.name.get(lang));
    let title = format!(
        "{}: {} · {comp} {name}",
        S::Evidence.get(lang),
        fmt::short_name(&person.name)
    );
    let ev = evidence_for(rec, &person.id, comp);
    let mut lines = Vec::new();

    lines.push(match suggest(&ev) {
        Some(s) => Line::from(vec![
            Span::styled(st::suggested(lang, s.level, s.explain(lang)), style::key()),
            Span::styled(
                format!(" ({})", S::SuggestionNeverApplied.get(lang)),
                style::dim(),
            ),
        ]),
        None => Line::from(Span::styled(S::NoSuggestion.get(lang), style::dim())),
    });
    lines.push(airtime_line(app, p));

    if ev.tallies.is_empty() {
        lines.push(Line::from(Span::styled(
            S::NoEvidence.get(lang),
            style::dim(),
        )));
    } else {
        lines.push(heading(lang, S::Codes));
        for t in &ev.tallies {
            let (sign, sty) = match t.valence {
                Valence::Positive => ("+", style::positive()),
                Valence::Negative => ("−", style::negative()),
                Valence::Neutral => ("0", style::dim()),
            };
            let times: Vec<String> = t
                .times
                .iter()
                .map(|s| fmt::session_clock(rec, *s))
                .collect();
            lines.push(Line::from(vec![
                Span::styled(format!("{sign} {:<6}{:>2}  ", t.code, t.times.len()), sty),
                Span::styled(times.join(" "), style::dim()),
            ]));
        }
    }
    if !ev.notes.is_empty() {
        lines.push(heading(lang, S::ActNotes));
        for n in &ev.notes {
            lines.push(Line::from(format!(
                "{} {} {}",
                fmt::session_clock(rec, n.elapsed_s),
                n.code,
                n.note
            )));
        }
    }
    let notes: Vec<_> = rec
        .evidence
        .iter()
        .filter(|e| e.participant == person.id && e.competency == comp)
        .collect();
    if !notes.is_empty() {
        lines.push(heading(lang, S::EvidenceNotes));
        for n in notes {
            let mut spans = vec![Span::raw(format!("{} {}", n.kind.sign(), n.text))];
            if n.after_submission {
                spans.push(after_submission(lang, n.reason.as_deref().unwrap_or("")));
            }
            lines.push(Line::from(spans));
        }
    }
    if let Some(r) = rec.rating(&person.id, comp) {
        lines.push(heading(lang, S::History));
        for h in &r.history {
            let value = match h.score {
                crate::model::Score::Level { level } => level_in(app.lang, level),
                crate::model::Score::NotObserved => S::NotObservedShort.get(lang).to_string(),
                crate::model::Score::Cleared => "-".into(),
            };
            let reason = h
                .after_submission
                .then(|| h.reason.as_deref().unwrap_or(""));
            lines.push(history_line(lang, h.at, value, &h.note, reason));
        }
    }
    if let Some(c) = competency {
        lines.push(heading(lang, S::Levels));
        let current = rec.rating(&person.id, comp).and_then(|r| r.score.level());
        for (i, d) in c.levels.iter().enumerate() {
            let level = i as u8 + 1;
            let is_target = level == c.target;
            let mark = if is_target { "◎" } else { " " };
            let sty = if current.is_some_and(|l| l.floor() as u8 == level) {
                style::heading()
            } else {
                style::dim()
            };
            let target = if is_target {
                format!(" ({})", S::Target.get(lang))
            } else {
                String::new()
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark}{level} "), style::key()),
                Span::styled(format!("{}{target}", d.get(lang)), sty),
            ]));
        }
    }
    lines.extend(imported_lines(
        app.lang,
        &app.event,
        &person.id,
        Some(comp),
        true,
    ));
    (title, lines)
}

/// The self-evaluation and online scores imported for a participant (all competencies when `only` is None).
pub fn imported_lines(
    lang: crate::model::Lang,
    event: &crate::model::Event,
    participant: &str,
    only: Option<&str>,
    with_heading: bool,
) -> Vec<Line<'static>> {
    let res = participant_results(event, participant);
    let selfs: Vec<String> = res
        .self_ratings
        .iter()
        .filter(|r| only.is_none_or(|c| c == r.competency))
        .map(|r| format!("{} {}", r.competency, level_in(lang, r.level)))
        .collect();
    let online: Vec<String> = res
        .online_scores
        .iter()
        .map(|s| format!("{} {}", s.name, level_in(lang, s.value)))
        .collect();
    if selfs.is_empty() && online.is_empty() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    if with_heading {
        lines.push(heading(lang, S::Imported));
    }
    if !selfs.is_empty() {
        lines.push(Line::from(format!(
            "{}: {}",
            S::SelfRating.get(lang),
            selfs.join(" · ")
        )));
    }
    if !online.is_empty() {
        lines.push(Line::from(format!(
            "{}: {}",
            S::Online.get(lang),
            online.join(" · ")
        )));
    }
    lines
}

/// One earlier value: when, what, its note, and the reason when it was changed after submission.
fn history_line(
    lang: Lang,
    at: DateTime<FixedOffset>,
    value: String,
    note: &str,
    after_submission: Option<&str>,
) -> Line<'static> {
    let mut spans = vec![Span::raw(format!("{} {value}", at.format("%H:%M:%S")))];
    if !note.is_empty() {
        spans.push(Span::styled(format!(" “{note}”"), style::dim()));
    }
    if let Some(reason) = after_submission {
        spans.push(self::after_submission(lang, reason));
    }
    Line::from(spans)
}

/// The mark of a change made after submission, with its reason: " [after submission; reason: …]".
fn after_submission(lang: Lang, reason: &str) -> Span<'static> {
    Span::styled(
        format!(
            " [{}; {}: {reason}]",
            S::AfterSubmission.get(lang),
            S::Reason.get(lang),
        ),
        style::warn(),
    )
}

fn rubric_lines(app: &App, i: usize) -> (String, Vec<Line<'static>>) {
    let lang = app.lang;
    let rec = app.session.record();
    let item = &rec.scheme.rubric[i];
    let mut lines = vec![Line::from(format!("1-{}", item.max))];
    if let Some(r) = rec
        .rubric
        .iter()
        .find(|r| r.group == rec.group && r.item == item.id)
    {
        lines.push(Line::from(vec![
            Span::styled(format!("{}/{} ", r.score, item.max), style::key()),
            Span::raw(r.note.clone()),
        ]));
        // A lone entry given before submission is just the line above.
        if r.history.len() > 1 || r.history.iter().any(|h| h.after_submission) {
            lines.push(heading(lang, S::History));
            for h in &r.history {
                let reason = h
                    .after_submission
                    .then(|| h.reason.as_deref().unwrap_or(""));
                let value = format!("{}/{}", h.score, item.max);
                lines.push(history_line(lang, h.at, value, &h.note, reason));
            }
        }
    }
    lines.push(heading(lang, S::Rubric));
    let mission = app.session.group_output();
    lines.extend(mission.lines().map(|l| Line::from(l.to_string())));
    (item.label.get(lang).to_string(), lines)
}
