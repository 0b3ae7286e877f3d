//! One participant's page: the radar, every observer's rating beside the final level, the
//! evidence, their share of the talk, and the results from outside the discussion.

use serde::Serialize;

use super::behaviour::{acts_chart, member_airtime_chart};
use super::charts::{Bars, Radar, Spoke, radar};
use super::context::{CompetencyRef, Index};
use super::evidence::{DecisionView, NoteView, decisions, notes, rating_notes};
use super::fmt::{self, NONE};
use super::ranking::{candidacy_of, change_level, shortfall_text};
use crate::consolidate::{Cell, CellRating, Flag, ParticipantInfo, RatingStatus};
use crate::model::{EvidenceKind, Score};

/// One participant's section.
#[derive(Debug, Serialize)]
pub struct ParticipantView {
    /// Link target.
    pub anchor: String,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// NIP, empty when unknown.
    pub nip: String,
    /// Position.
    pub position: String,
    /// Unit.
    pub unit: String,
    /// Group name.
    pub group: String,
    /// Seat, empty when unknown.
    pub seat: String,
    /// JPM.
    pub jpm: String,
    /// Category label, empty without one.
    pub category: String,
    /// The category's rank, for its colour.
    pub category_rank: usize,
    /// The change competency's level against its target.
    pub change: Option<ChangeView>,
    /// Meets every condition of the change-agent rule.
    pub candidate: bool,
    /// Competencies below target and by how much.
    pub shortfall: String,
    /// Competencies without a final level.
    pub missing: String,
    /// Final levels against the target.
    pub radar: Radar,
    /// Observers who rated this participant, in the file's order.
    pub observers: Vec<ObserverRef>,
    /// One row per competency.
    pub rows: Vec<CompetencyRow>,
    /// Wash-up decisions with their reasons.
    pub decisions: Vec<DecisionView>,
    /// Observers' justifications of their ratings.
    pub rating_notes: Vec<NoteView>,
    /// Strength notes.
    pub strengths: Vec<NoteView>,
    /// Development-area notes.
    pub developments: Vec<NoteView>,
    /// Talking time.
    pub airtime: Option<AirtimeView>,
    /// The group's airtime with this participant highlighted.
    pub airtime_chart: Option<Bars>,
    /// Mean acts per code.
    pub acts_chart: Option<Bars>,
    /// Self-evaluation against the final level.
    pub self_gap: Vec<SelfRow>,
    /// Online-assessment scores.
    pub online: Vec<OnlineRow>,
}

/// The change competency for one participant.
#[derive(Debug, Serialize)]
pub struct ChangeView {
    /// "M.7 Mengelola Perubahan".
    pub name: String,
    /// Final level.
    pub level: String,
    /// Target.
    pub target: String,
}

/// An observer in a participant's ratings table.
#[derive(Debug, Serialize)]
pub struct ObserverRef {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Whether they submitted.
    pub submitted: bool,
}

/// One competency row.
#[derive(Debug, Serialize)]
pub struct CompetencyRow {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Target.
    pub target: String,
    /// One entry per observer column.
    pub ratings: Vec<RatingView>,
    /// Mean of counted levels.
    pub mean: String,
    /// Proposed level.
    pub proposed: String,
    /// Consensus level, or a dash.
    pub consensus: String,
    /// Final level.
    pub final_level: String,
    /// Final minus target.
    pub gap: String,
    /// `below`, `above` or empty.
    pub gap_class: &'static str,
    /// Flags in words.
    pub flags: String,
    /// Whether this is the change competency.
    pub change: bool,
    /// Whether the cell is a split waiting for the wash-up.
    pub split: bool,
}

/// One observer's rating in a row.
#[derive(Debug, Serialize)]
pub struct RatingView {
    /// The level, with a status mark.
    pub text: String,
    /// `uncounted` or empty.
    pub class: &'static str,
    /// Tooltip: the observer's note.
    pub title: String,
}

/// Talking time.
#[derive(Debug, Serialize)]
pub struct AirtimeView {
    /// Share of the group's airtime.
    pub share: String,
    /// Minutes and seconds.
    pub time: String,
    /// Turns.
    pub turns: String,
}

/// Self-rating against the final level.
#[derive(Debug, Serialize)]
pub struct SelfRow {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Self-rating.
    pub self_level: String,
    /// Final level.
    pub final_level: String,
    /// Self minus final.
    pub gap: String,
    /// `below` (a warning) when the participant rated themselves above the final level, `above` when under it.
    pub gap_class: &'static str,
}

/// One online score.
#[derive(Debug, Serialize)]
pub struct OnlineRow {
    /// Score name.
    pub name: String,
    /// Value.
    pub value: String,
}

pub(super) fn participant_views(ix: &Index) -> Vec<ParticipantView> {
    ix.c.participants.iter().map(|p| view(ix, p)).collect()
}

pub(super) fn view(ix: &Index, p: &ParticipantInfo) -> ParticipantView {
    let id = p.person.id.as_str();
    let lang = ix.lang;
    let cells: Vec<&Cell> =
        ix.c.competencies
            .iter()
            .filter_map(|code| ix.cell(id, code))
            .collect();
    let observers = observers(ix, &cells);
    let result = ix.result(id);
    let jpm = result.and_then(|r| r.jpm);
    let (category, category_rank) = result
        .and_then(|r| ix.category(r))
        .unwrap_or((String::new(), 0));
    let (change_lvl, _) = change_level(ix, id);
    let change = ix.change().and_then(|c: CompetencyRef| {
        let cell = ix.cell(id, &c.code)?;
        Some(ChangeView {
            name: format!("{} {}", c.code, c.name),
            level: fmt::opt(change_lvl, 1, lang),
            target: cell.target.to_string(),
        })
    });
    let spokes: Vec<Spoke> =
        ix.c.competencies
            .iter()
            .map(|code| {
                let comp = ix.competency(code);
                let cell = ix.cell(id, code);
                let level = cell.and_then(|x| x.final_level);
                let target = cell
                    .map(|x| f64::from(x.target))
                    .or_else(|| ix.target(code))
                    .unwrap_or(0.0);
                Spoke {
                    label: comp.code.clone(),
                    title: format!(
                        "{} {}: {} / {}",
                        comp.code,
                        comp.name,
                        fmt::opt(level, 1, lang),
                        fmt::num(target, 1, lang)
                    ),
                    level,
                    target,
                    value: fmt::opt(level, 1, lang),
                }
            })
            .collect();
    ParticipantView {
        anchor: ix.anchor(id),
        id: id.to_string(),
        name: p.person.name.clone(),
        nip: p.person.nip.clone().unwrap_or_default(),
        position: p.person.position.clone(),
        unit: p.person.unit.clone(),
        group: ix.group_name(p.group.as_deref()),
        seat: p.seat.map(|s| s.to_string()).unwrap_or_default(),
        jpm: super::split::jpm_or_awaits(ix, id, jpm),
        category,
        category_rank,
        change,
        candidate: jpm.is_some() && candidacy_of(ix, id).is_candidate(),
        shortfall: shortfall_text(ix, id),
        missing: result.map(|r| r.missing.join(", ")).unwrap_or_default(),
        radar: radar(&spokes, format!("{}: {}", ix.t.radar_title, p.person.name)),
        rows: cells.iter().map(|x| row(ix, x, &observers)).collect(),
        decisions: decisions(ix, &cells),
        rating_notes: rating_notes(&cells),
        strengths: notes(&cells, EvidenceKind::Strength),
        developments: notes(&cells, EvidenceKind::Development),
        airtime: ix.airtime(id).map(|a| AirtimeView {
            share: a
                .share
                .map_or_else(|| NONE.to_string(), |s| fmt::percent(s, lang)),
            time: fmt::duration(a.seconds),
            turns: fmt::num(a.turns, 1, lang),
        }),
        airtime_chart: member_airtime_chart(ix, p),
        acts_chart: acts_chart(ix, id),
        self_gap: self_rows(ix, id),
        online: ix
            .c
            .online_scores
            .iter()
            .filter(|s| s.participant == id)
            .map(|s| OnlineRow {
                name: s.name.clone(),
                value: fmt::num(s.value, 2, lang),
            })
            .collect(),
        observers,
    }
}

fn observers(ix: &Index, cells: &[&Cell]) -> Vec<ObserverRef> {
    let mut ids: Vec<&str> = Vec::new();
    for r in cells.iter().flat_map(|x| &x.ratings) {
        if !ids.contains(&r.observer.as_str()) {
            ids.push(&r.observer);
        }
    }
    ids.into_iter()
        .map(|o| ObserverRef {
            id: o.to_string(),
            name: ix.observer_name(o),
            submitted: ix.observer(o).is_none_or(|info| info.submitted),
        })
        .collect()
}

fn row(ix: &Index, cell: &Cell, observers: &[ObserverRef]) -> CompetencyRow {
    let lang = ix.lang;
    let comp = ix.competency(&cell.competency);
    let gap = cell.final_level.map(|l| l - f64::from(cell.target));
    CompetencyRow {
        code: comp.code.clone(),
        name: comp.name,
        target: cell.target.to_string(),
        ratings: observers
            .iter()
            .map(|o| {
                cell.ratings
                    .iter()
                    .find(|r| r.observer == o.id)
                    .map_or_else(
                        || RatingView {
                            text: NONE.to_string(),
                            class: "",
                            title: String::new(),
                        },
                        |r| rating(ix, r),
                    )
            })
            .collect(),
        mean: fmt::opt(cell.stats.mean, 2, lang),
        proposed: match cell.split.filter(|_| super::split::open_split(cell)) {
            Some(sp) => format!(
                "{} | {}",
                fmt::num(sp.lower, 1, lang),
                fmt::num(sp.upper, 1, lang)
            ),
            None => fmt::opt(cell.proposed, 1, lang),
        },
        consensus: fmt::opt(cell.consensus.as_ref().and_then(|d| d.level), 1, lang),
        final_level: fmt::opt(cell.final_level, 1, lang),
        gap: gap.map_or_else(|| NONE.to_string(), |g| fmt::signed(g, lang)),
        gap_class: gap_class(gap),
        flags: cell
            .flags
            .iter()
            .map(|f| match f {
                Flag::Spread => ix.t.flag_spread,
                Flag::AcrossTarget => ix.t.flag_across_target,
                Flag::FewRatings => ix.t.flag_few_ratings,
            })
            .map(str::to_string)
            .chain(super::split::flag(ix, cell))
            .collect::<Vec<_>>()
            .join("; "),
        change: cell.competency == super::CHANGE_COMPETENCY,
        split: super::split::open_split(cell),
    }
}

fn rating(ix: &Index, r: &CellRating) -> RatingView {
    let value = match r.score {
        Score::Level { level } => fmt::num(level, 1, ix.lang),
        Score::NotObserved => ix.t.not_observed.to_string(),
        Score::Cleared => NONE.to_string(),
    };
    let mark = match r.status {
        RatingStatus::Submitted => "",
        RatingStatus::NotSubmitted => "*",
        RatingStatus::OnlyAfterSubmission => "†",
    };
    RatingView {
        text: format!("{value}{mark}"),
        class: if r.counted { "" } else { "uncounted" },
        title: r.note.clone(),
    }
}

fn gap_class(gap: Option<f64>) -> &'static str {
    match gap {
        Some(g) if g < 0.0 => "below",
        Some(g) if g > 0.0 => "above",
        _ => "",
    }
}

pub(super) fn self_rows(ix: &Index, id: &str) -> Vec<SelfRow> {
    let Some(result) = ix.result(id) else {
        return Vec::new();
    };
    result
        .self_gap
        .iter()
        .map(|s| {
            let comp = ix.competency(&s.competency);
            SelfRow {
                code: comp.code,
                name: comp.name,
                self_level: fmt::num(s.self_level, 1, ix.lang),
                final_level: fmt::opt(s.final_level, 1, ix.lang),
                gap: s
                    .gap
                    .map_or_else(|| NONE.to_string(), |g| fmt::signed(g, ix.lang)),
                gap_class: gap_class(s.gap.map(|g| -g)),
            }
        })
        .collect()
}
