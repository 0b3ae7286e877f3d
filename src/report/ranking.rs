//! The ranking by JPM, the result categories, and who is a change-agent candidate and why.

use serde::Serialize;

use super::context::Index;
use super::fmt::{self, NONE};
use crate::consolidate::{ParticipantInfo, ParticipantResult};
use crate::scoring::{Candidacy, Check, Shortfall, candidacy};
use crate::text::report as say;

/// A result category.
#[derive(Debug, Serialize)]
pub struct CategoryView {
    /// Label.
    pub label: String,
    /// "≥ 90%" / "78% – < 90%".
    pub range: String,
    /// 0 for the highest category, for its colour.
    pub rank: usize,
    /// Participants in it.
    pub count: usize,
    /// Their competencies below target, counted and summed: "5 kompetensi, −6 level".
    pub below: String,
}

/// A row of the ranking.
#[derive(Debug, Serialize)]
pub struct RankRow {
    /// 1, 2, 2, 4 ...: equal JPMs share a rank; a dash without JPM.
    pub rank: String,
    /// Link target.
    pub anchor: String,
    /// Name.
    pub name: String,
    /// Position.
    pub position: String,
    /// Unit (OPD).
    pub unit: String,
    /// Group name.
    pub group: String,
    /// JPM with its percent sign.
    pub jpm: String,
    /// Category label, empty without one.
    pub category: String,
    /// The category's rank, for its colour.
    pub category_rank: usize,
    /// Competencies below target and by how much.
    pub shortfall: String,
    /// Competencies still missing, when there is no JPM.
    pub missing: String,
    /// Final level on the change competency.
    pub change_level: String,
    /// Meets every condition of the change-agent rule.
    pub candidate: bool,
    /// The conditions met, in words, for a candidate.
    pub why: String,
}

/// The JPM method, the category sources and the change-agent rule, as the report states them.
#[derive(Debug, Serialize)]
pub struct MethodView {
    /// The formula and the cap setting.
    pub formula: String,
    /// Where formula and categories come from.
    pub sources: String,
    /// How ties are ranked and what the star means.
    pub order: String,
    /// The rule's conditions, one per line.
    pub rule: Vec<String>,
    /// Where the rule is set and its default.
    pub rule_setting: String,
}

pub(super) fn categories(ix: &Index) -> Vec<CategoryView> {
    let sorted = ix.categories_sorted();
    let pct = |x: f64| say::jpm_percent(ix.lang, &fmt::num(x, 1, ix.lang));
    sorted
        .iter()
        .enumerate()
        .map(|(rank, cat)| {
            let low = pct(cat.min_jpm);
            let range = match rank.checked_sub(1).and_then(|i| sorted.get(i)) {
                None => format!("≥ {low}"),
                Some(above) => format!("{low} – < {}", pct(above.min_jpm)),
            };
            let members: Vec<&str> =
                ix.c.results
                    .iter()
                    .filter(|r| ix.category(r).is_some_and(|(_, k)| k == rank))
                    .map(|r| r.participant.as_str())
                    .collect();
            let (n, total) = members
                .iter()
                .map(|id| shortfall_of(ix, id))
                .fold((0, 0.0), |(n, t), s| (n + s.below.len(), t + s.total()));
            CategoryView {
                label: cat.label.get(ix.lang).to_string(),
                range,
                rank,
                count: members.len(),
                below: say::shortfall_sum(ix.lang, n, &fmt::signed(total, ix.lang)),
            }
        })
        .collect()
}

pub(super) fn method(ix: &Index) -> MethodView {
    let lang = ix.lang;
    let rule = &ix.rule;
    let labels: Vec<String> = ix
        .categories_sorted()
        .iter()
        .take(rule.top_categories)
        .map(|c| c.label.get(lang).to_string())
        .collect();
    let mut lines = vec![
        say::rule_category(lang, &labels),
        say::rule_shortfall(lang, &fmt::num(rule.max_shortfall, 1, lang)),
    ];
    lines.extend(rule.at_target.iter().map(|code| {
        let c = ix.competency(code);
        say::rule_at_target(lang, format!("{} {}", c.code, c.name).trim())
    }));
    MethodView {
        formula: say::jpm_method(lang, ix.c.settings.jpm_capped()),
        sources: say::jpm_sources(lang),
        order: say::ranking_order(lang),
        rule: lines,
        rule_setting: say::rule_setting(lang),
    }
}

/// The final level on the change competency and whether it reaches the target.
pub(super) fn change_level(ix: &Index, participant: &str) -> (Option<f64>, bool) {
    let Some(cell) = ix.cell(participant, crate::model::CHANGE_COMPETENCY) else {
        return (None, false);
    };
    let level = cell.final_level;
    (level, level.is_some_and(|l| l >= f64::from(cell.target)))
}

/// The change-agent rule applied to one participant.
pub(super) fn candidacy_of(ix: &Index, participant: &str) -> Candidacy {
    let rank = ix
        .result(participant)
        .and_then(|r| ix.category(r))
        .map(|(_, k)| k);
    let levels: Vec<(&str, Option<f64>, f64)> =
        ix.c.competencies
            .iter()
            .filter_map(|code| {
                let cell = ix.cell(participant, code)?;
                Some((code.as_str(), cell.final_level, f64::from(cell.target)))
            })
            .collect();
    candidacy(&ix.rule, rank, &levels)
}

/// Why a candidate is one: each condition with the participant's figure.
fn why(ix: &Index, c: &Candidacy, category: &str) -> String {
    let lang = ix.lang;
    c.checks
        .iter()
        .map(|check| match check {
            Check::Category { .. } => category.to_string(),
            Check::Shortfall { worst, .. } => {
                say::worst_gap(lang, *worst, &fmt::num(*worst, 1, lang))
            }
            Check::AtTarget {
                competency,
                level,
                target,
                ..
            } => format!(
                "{competency} {} / {}",
                fmt::opt(*level, 1, lang),
                fmt::num(*target, 1, lang)
            ),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A participant's competencies with a final level below target.
fn shortfall_of(ix: &Index, participant: &str) -> Shortfall {
    Shortfall::of(ix.c.competencies.iter().filter_map(|code| {
        let cell = ix.cell(participant, code)?;
        Some((code.as_str(), cell.final_level?, f64::from(cell.target)))
    }))
}

/// "2 kompetensi, −2 level (M.3 −1, M.7 −1)" for one participant, or a dash while no level is final.
pub(super) fn shortfall_text(ix: &Index, participant: &str) -> String {
    let any_final = ix.c.competencies.iter().any(|code| {
        ix.cell(participant, code)
            .is_some_and(|c| c.final_level.is_some())
    });
    if !any_final {
        return NONE.to_string();
    }
    let s = shortfall_of(ix, participant);
    let detail = s
        .below
        .iter()
        .map(|(c, g)| format!("{c} {}", fmt::signed(*g, ix.lang)))
        .collect::<Vec<_>>()
        .join(", ");
    say::shortfall(
        ix.lang,
        s.below.len(),
        &fmt::signed(s.total(), ix.lang),
        &detail,
    )
}

/// A JPM as printed: one decimal and a percent sign.
pub(super) fn jpm_text(ix: &Index, jpm: Option<f64>) -> String {
    jpm.filter(|j| j.is_finite()).map_or_else(
        || NONE.to_string(),
        |j| say::jpm_percent(ix.lang, &fmt::num(j, 1, ix.lang)),
    )
}

pub(super) fn ranking(ix: &Index) -> Vec<RankRow> {
    // Ranked on the JPM as printed (one decimal), so two JPMs that read the same share a rank.
    let shown = |r: Option<&ParticipantResult>| {
        r.and_then(|r| r.jpm)
            .filter(|j| j.is_finite())
            .map(|j| (j * 10.0).round() as i64)
    };
    let mut rows: Vec<(&ParticipantInfo, Option<&ParticipantResult>, Option<i64>)> =
        ix.c.participants
            .iter()
            .map(|p| {
                let r = ix.result(&p.person.id);
                (p, r, shown(r))
            })
            .collect();
    // Highest JPM first, then by name; no JPM last.
    rows.sort_by(|a, b| {
        b.2.is_some()
            .cmp(&a.2.is_some())
            .then_with(|| b.2.cmp(&a.2))
            .then_with(|| a.0.person.name.cmp(&b.0.person.name))
    });
    let mut out = Vec::with_capacity(rows.len());
    let mut rank = 0;
    for (i, (p, result, key)) in rows.iter().enumerate() {
        if i == 0 || rows[i - 1].2 != *key {
            rank = i + 1;
        }
        let id = p.person.id.as_str();
        let (level, _) = change_level(ix, id);
        let (category, category_rank) = result
            .and_then(|r| ix.category(r))
            .unwrap_or((String::new(), 0));
        let verdict = candidacy_of(ix, id);
        let candidate = key.is_some() && verdict.is_candidate();
        out.push(RankRow {
            rank: if key.is_some() {
                rank.to_string()
            } else {
                NONE.to_string()
            },
            anchor: ix.anchor(id),
            name: p.person.name.clone(),
            position: p.person.position.clone(),
            unit: p.person.unit.clone(),
            group: ix.group_name(p.group.as_deref()),
            jpm: super::split::jpm_or_awaits(ix, id, result.and_then(|r| r.jpm)),
            shortfall: shortfall_text(ix, id),
            why: if candidate {
                why(ix, &verdict, &category)
            } else {
                String::new()
            },
            category,
            category_rank,
            missing: result.map(|r| r.missing.join(", ")).unwrap_or_default(),
            change_level: fmt::opt(level, 1, ix.lang),
            candidate,
        });
    }
    out
}
