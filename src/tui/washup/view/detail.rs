//! The selected cell in full: each observer's original rating and later edits, the figures and
//! flags, the proposed level and every decision, each observer's evidence, and the self-evaluation.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::cell::level_text;
use crate::consolidate::{Cell, Decision, Flag, RatingStatus};
use crate::model::{Lang, Score};
use crate::text::washup::W;
use crate::tui::observe::view::{fmt, style};
use crate::tui::washup::app::WashupApp;

fn score_text(score: &Score, lang: Lang) -> String {
    match score {
        Score::Level { level } => level_text(*level, lang),
        Score::NotObserved => W::NotObserved.get(lang).to_string(),
        Score::Cleared => W::Cleared.get(lang).to_string(),
    }
}

fn flag_text(f: Flag) -> W {
    match f {
        Flag::Spread => W::FlagSpread,
        Flag::AcrossTarget => W::FlagAcrossTarget,
        Flag::FewRatings => W::FlagFewRatings,
    }
}

fn decision_line(d: &Decision, lang: Lang) -> String {
    let level = d
        .level
        .map_or(W::Withdrawn.get(lang).to_string(), |l| level_text(l, lang));
    format!(
        "{level} · {} · {} · {}",
        d.decided_by,
        d.decided_at.format("%Y-%m-%d %H:%M"),
        d.reason
    )
}

/// "split between 3 and 4: needs a decision", or the policy that settled it; none once decided.
fn split_line(cell: &Cell, lang: Lang) -> Option<String> {
    let sp = cell.split?;
    if cell.consensus.is_some() {
        return None;
    }
    let settled = cell.proposed.is_some().then_some(sp.policy);
    Some(crate::text::midpoint::split_line(
        lang,
        &level_text(sp.lower, lang),
        &level_text(sp.upper, lang),
        settled,
    ))
}

/// The cell's title: "Fitri Lubis · M.2 Kerja Sama (target 3)".
fn title(app: &WashupApp, cell: &Cell) -> String {
    let lang = app.lang;
    let name = app
        .c
        .participants
        .iter()
        .find(|p| p.person.id == cell.participant)
        .map_or(cell.participant.as_str(), |p| {
            fmt::short_name(&p.person.name)
        });
    let comp = app
        .c
        .framework
        .competency(&cell.competency)
        .map_or("", |c| c.name.get(lang));
    format!(
        "{name} · {} {comp} ({} {})",
        cell.competency,
        W::Target.get(lang),
        cell.target
    )
}

/// Everything about `cell`, one line per fact.
pub fn lines(app: &WashupApp, cell: &Cell) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut out = vec![Line::from(Span::styled(title(app, cell), style::heading()))];
    out.push(Line::from(Span::styled(
        W::Ratings.get(lang),
        style::heading(),
    )));
    for r in &cell.ratings {
        let state = match r.status {
            RatingStatus::Submitted => String::new(),
            RatingStatus::NotSubmitted => format!(" ({})", W::NotSubmitted.get(lang)),
            RatingStatus::OnlyAfterSubmission => {
                format!(" ({})", W::OnlyAfterSubmission.get(lang))
            }
        };
        let s = if r.counted {
            style::heading()
        } else {
            style::dim()
        };
        out.push(Line::from(vec![
            Span::raw(format!("  {} ", r.observer)),
            Span::styled(score_text(&r.score, lang), s),
            Span::styled(state, style::dim()),
            Span::raw(if r.note.is_empty() {
                String::new()
            } else {
                format!("  {}", r.note)
            }),
        ]));
        for e in &r.after_submission {
            out.push(Line::from(Span::styled(
                format!(
                    "    {} → {}{}",
                    W::AfterSubmission.get(lang),
                    score_text(&e.score, lang),
                    e.reason
                        .as_deref()
                        .map(|x| format!(" ({x})"))
                        .unwrap_or_default()
                ),
                style::dim(),
            )));
        }
    }
    let st = &cell.stats;
    let num = |v: Option<f64>| v.map_or("–".to_string(), |x| format!("{x:.2}"));
    out.push(Line::from(format!(
        "{}: n {} · mean {} · median {} · min {} · max {} · range {}",
        W::Figures.get(lang),
        st.n,
        num(st.mean),
        num(st.median),
        num(st.min),
        num(st.max),
        num(st.range)
    )));
    if !cell.flags.is_empty() {
        let flags: Vec<&str> = cell.flags.iter().map(|f| flag_text(*f).get(lang)).collect();
        out.push(Line::from(Span::styled(
            format!("{}: {}", W::Flags.get(lang), flags.join(", ")),
            style::warn(),
        )));
    }
    out.push(Line::from(format!(
        "{}: {}",
        W::Proposed.get(lang),
        cell.proposed
            .map_or("–".to_string(), |l| level_text(l, lang))
    )));
    if let Some(line) = split_line(cell, lang) {
        out.push(Line::from(Span::styled(line, style::warn())));
    }
    match &cell.consensus {
        Some(d) => out.push(Line::from(Span::styled(
            format!("{}: {}", W::Consensus.get(lang), decision_line(d, lang)),
            style::ok(),
        ))),
        None => out.push(Line::from(Span::styled(
            W::NoConsensus.get(lang),
            style::dim(),
        ))),
    }
    for d in &cell.superseded {
        out.push(Line::from(Span::styled(
            format!("  {}: {}", W::Superseded.get(lang), decision_line(d, lang)),
            style::dim(),
        )));
    }
    let own = app
        .c
        .results
        .iter()
        .find(|r| r.participant == cell.participant)
        .and_then(|r| r.self_gap.iter().find(|g| g.competency == cell.competency));
    if let Some(g) = own {
        out.push(Line::from(format!(
            "{}: {} · {} {}",
            W::SelfEval.get(lang),
            level_text(g.self_level, lang),
            W::Gap.get(lang),
            g.gap.map_or("–".to_string(), |x| format!("{x:+.1}"))
        )));
    }
    out.push(Line::from(Span::styled(
        W::Evidence.get(lang),
        style::heading(),
    )));
    if cell.evidence.is_empty() {
        out.push(Line::from(Span::styled(
            format!("  {}", W::NoEvidence.get(lang)),
            style::dim(),
        )));
    }
    for e in &cell.evidence {
        let codes: Vec<String> = e
            .codes
            .iter()
            .map(|c| format!("{}{} {}", c.valence.sign(), c.code, c.count))
            .collect();
        let suggests = e
            .suggested
            .map(|l| format!(" · {} {l}", W::Suggests.get(lang)))
            .unwrap_or_default();
        out.push(Line::from(format!(
            "  {}: {}{suggests}",
            e.observer,
            codes.join(", ")
        )));
        for n in &e.notes {
            out.push(Line::from(format!("    {} {}", n.kind.sign(), n.text)));
        }
        for n in &e.act_notes {
            out.push(Line::from(Span::styled(
                format!("    {} {} {}", fmt::clock(n.elapsed_s), n.code, n.note),
                style::dim(),
            )));
        }
    }
    out
}

/// The detail in a bordered block over `area`, scrolled by `scroll` lines.
pub fn panel(app: &WashupApp, frame: &mut Frame, area: Rect, scroll: u16) {
    let body = app.selected().map(|c| lines(app, c)).unwrap_or_default();
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(body)
            .block(Block::default().borders(Borders::ALL))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// Three lines under the matrix on narrow screens: title, ratings, final level.
pub fn strip(app: &WashupApp, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(cell) = app.selected() else {
        return;
    };
    let ratings: Vec<String> = cell
        .ratings
        .iter()
        .map(|r| {
            let mark = if r.counted { "" } else { "*" };
            format!("{} {}{mark}", r.observer, score_text(&r.score, lang))
        })
        .collect();
    let flags: Vec<&str> = cell.flags.iter().map(|f| flag_text(*f).get(lang)).collect();
    let last = match &cell.consensus {
        Some(d) => format!("{}: {}", W::Consensus.get(lang), decision_line(d, lang)),
        None if split_line(cell, lang).is_some() && cell.proposed.is_none() => {
            split_line(cell, lang).unwrap_or_default()
        }
        None => format!(
            "{}: {} · {}",
            W::Proposed.get(lang),
            cell.proposed
                .map_or("–".to_string(), |l| level_text(l, lang)),
            W::NoConsensus.get(lang)
        ),
    };
    let lines = vec![
        Line::from(Span::styled(title(app, cell), style::heading())),
        Line::from(vec![
            Span::raw(ratings.join(" · ")),
            Span::styled(
                if flags.is_empty() {
                    String::new()
                } else {
                    format!("  {}", flags.join(", "))
                },
                style::warn(),
            ),
        ]),
        Line::from(last),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// The cell's detail as plain text, one line per fact, for tests.
#[cfg(test)]
pub fn lines_text(app: &WashupApp, cell: &Cell) -> String {
    lines(app, cell)
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
