//! The event at a glance: who took part, how well the observers agreed, who is not covered.

use serde::Serialize;

use super::context::{CoefView, Index};
use super::fmt;
use crate::consolidate::IccForms;
use crate::model::Lang;
use crate::text::Words;
use crate::text::report::ReportWords as RW;

/// The summary section's data.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// The event days.
    pub dates: String,
    /// Participants.
    pub participants: usize,
    /// Groups.
    pub groups: usize,
    /// Day files read.
    pub files: usize,
    /// Cells with a wash-up decision.
    pub decided: usize,
    /// Cells with at least one flag.
    pub flagged: usize,
    /// Participants without a JPM.
    pub without_jpm: usize,
    /// One sentence on how final levels were reached.
    pub method: String,
    /// Krippendorff's alpha over all competencies, then per competency.
    pub alpha: Vec<AgreementRow>,
    /// Whether any alpha has a 95% interval: the column is left out when none has (consolidation
    /// does not compute one for alpha yet), rather than printed empty.
    pub alpha_ci: bool,
    /// ICCs per group over the complete rating blocks.
    pub icc: Vec<IccRow>,
    /// Agreement of the behaviour coding, per pair of observers.
    pub behaviour_agreement: Vec<MatchingRow>,
    /// How the pairs' acts were matched, named.
    pub matching_procedure: String,
    /// Agreement on counts per behaviour code.
    pub code_agreement: Vec<super::agreement::CodeRow>,
    /// Participants with too few observers.
    pub thin: Vec<ThinRow>,
    /// Observers who have not submitted.
    pub unsubmitted: Vec<String>,
    /// Every observer.
    pub observers: Vec<ObserverRow>,
    /// What was found while reading the files.
    pub problems: Vec<String>,
}

/// One alpha figure.
#[derive(Debug, Serialize)]
pub struct AgreementRow {
    /// Over what.
    pub scope: String,
    /// Units used.
    pub units: String,
    /// The figure.
    pub coef: CoefView,
}

/// ICC(2,1) and ICC(2,k) of one block of ratings or of one group's act counts.
#[derive(Debug, Serialize)]
pub struct IccRow {
    /// Group name.
    pub group: String,
    /// What was rated, and by whom.
    pub what: String,
    /// Units.
    pub units: String,
    /// One observer's reliability.
    pub single: CoefView,
    /// The reliability of the observers' mean.
    pub mean: CoefView,
}

/// Two observers' coding of one group, matched act by act.
#[derive(Debug, Serialize)]
pub struct MatchingRow {
    /// Group name.
    pub group: String,
    /// "A01 – A03".
    pub pair: String,
    /// "120 / 131".
    pub acts: String,
    /// Matched pairs.
    pub matched: usize,
    /// Percent agreement.
    pub percent: String,
    /// Kappa over matched pairs.
    pub kappa: CoefView,
    /// The clock offset the pair was lined up with.
    pub clock: String,
}

/// A participant rated by too few observers.
#[derive(Debug, Serialize)]
pub struct ThinRow {
    /// Link target.
    pub anchor: String,
    /// Name.
    pub name: String,
    /// Observers who submitted.
    pub submitted_by: String,
    /// Observers planned.
    pub planned: String,
}

/// One observer.
#[derive(Debug, Serialize)]
pub struct ObserverRow {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Role.
    pub role: &'static str,
    /// Groups they have files for.
    pub groups: String,
    /// Files read.
    pub files: usize,
    /// Whether all their files are submitted.
    pub submitted: bool,
}

pub(super) fn summary(ix: &Index) -> Summary {
    let c = ix.c;
    let mut dates: Vec<_> = c
        .observers
        .iter()
        .flat_map(|o| o.files.iter().map(|f| f.date))
        .collect();
    dates.sort();
    dates.dedup();
    let dates = if dates.is_empty() {
        fmt::NONE.to_string()
    } else {
        dates
            .iter()
            .map(|d| fmt::date(*d, ix.lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Summary {
        dates,
        participants: c.participants.len(),
        groups: c.groups.len(),
        files: c.observers.iter().map(|o| o.files.len()).sum(),
        decided: c.cells.iter().filter(|x| x.consensus.is_some()).count(),
        flagged: c.cells.iter().filter(|x| !x.flags.is_empty()).count(),
        without_jpm: c.results.iter().filter(|r| r.jpm.is_none()).count(),
        method: method(ix),
        alpha_ci: c.agreement.alpha.overall.ci95.is_some()
            || c.agreement
                .alpha
                .per_competency
                .iter()
                .any(|a| a.alpha.ci95.is_some()),
        alpha: alpha(ix),
        icc: icc(ix),
        behaviour_agreement: behaviour_agreement(ix),
        matching_procedure: super::agreement::procedures(ix),
        code_agreement: super::agreement::code_rows(ix),
        thin: c
            .coverage
            .thin
            .iter()
            .map(|t| ThinRow {
                anchor: ix.anchor(&t.participant),
                name: ix.name(&t.participant),
                submitted_by: join_or_none(&t.submitted_by),
                planned: join_or_none(&t.planned),
            })
            .collect(),
        unsubmitted: c
            .coverage
            .unsubmitted
            .iter()
            .map(|o| format!("{o} {}", ix.observer_name(o)))
            .collect(),
        observers: c
            .observers
            .iter()
            .map(|o| {
                let mut groups: Vec<String> = o
                    .files
                    .iter()
                    .map(|f| ix.group_name(Some(&f.group)))
                    .collect();
                groups.dedup();
                ObserverRow {
                    id: o.observer.id.clone(),
                    name: o.observer.name.clone(),
                    role: o.observer.role.label(ix.lang),
                    groups: groups.join(", "),
                    files: o.files.len(),
                    submitted: o.submitted,
                }
            })
            .collect(),
        problems: c.problems.iter().map(|p| p.message.clone()).collect(),
    }
}

fn join_or_none(ids: &[String]) -> String {
    if ids.is_empty() {
        fmt::NONE.to_string()
    } else {
        ids.join(", ")
    }
}

fn method(ix: &Index) -> String {
    let o = &ix.c.options;
    let spread = fmt::num(o.spread_threshold, 1, ix.lang);
    let step = fmt::num(o.step, 1, ix.lang);
    let base = match ix.lang {
        Lang::Id => format!(
            "Level akhir adalah keputusan rapat integrasi bila ada, selain itu rerata penilaian independen yang dihitung, dibulatkan ke {step}. Sel ditandai bila rentang penilaian ≥ {spread}, bila penilaian berada di kedua sisi standar, atau bila penilaian kurang dari dua."
        ),
        Lang::En => format!(
            "The final level is the wash-up decision where there is one, otherwise the mean of the counted independent ratings rounded to {step}. A cell is flagged when the ratings span {spread} or more, fall on both sides of the target, or number fewer than two."
        ),
    };
    format!("{base} {}", super::split::policy_sentence(ix))
}

fn alpha(ix: &Index) -> Vec<AgreementRow> {
    let a = &ix.c.agreement.alpha;
    let mut rows = vec![AgreementRow {
        scope: format!("{} ({})", ix.t.all_competencies, RW::Pooled.get(ix.lang)),
        units: a.pairable_units.to_string(),
        coef: ix.coef(&a.overall),
    }];
    rows.extend(a.per_competency.iter().map(|c| {
        let comp = ix.competency(&c.competency);
        AgreementRow {
            scope: format!("{} {}", comp.code, comp.name),
            units: String::new(),
            coef: ix.coef(&c.alpha),
        }
    }));
    rows
}

/// Per group in event order: its complete rating blocks. (The ICC of act counts pooled over codes
/// is no longer shown: it mostly measured how often each code is used; see `code_agreement`.)
fn icc(ix: &Index) -> Vec<IccRow> {
    let c = ix.c;
    let row = |group: String, what: String, forms: &IccForms| IccRow {
        group,
        what,
        units: forms.units.to_string(),
        single: ix.coef(&forms.icc2),
        mean: ix.coef(&forms.icc2k),
    };
    let mut rows = Vec::new();
    for g in &c.groups {
        let id = g.group.id.as_str();
        for b in c.agreement.icc_blocks.iter().filter(|b| b.group == id) {
            let what = format!("{} ({})", ix.t.icc_ratings, b.observers.join(", "));
            rows.push(row(ix.group_name(Some(id)), what, &b.overall));
        }
    }
    rows
}

fn behaviour_agreement(ix: &Index) -> Vec<MatchingRow> {
    ix.c.behaviour
        .matching
        .iter()
        .map(|m| MatchingRow {
            group: ix.session(&m.group, m.date),
            pair: format!("{} – {}", m.observer_a, m.observer_b),
            acts: format!("{} / {}", m.acts_a, m.acts_b),
            matched: m.matched,
            percent: m
                .percent_agreement
                .map_or_else(|| fmt::NONE.to_string(), |p| fmt::percent(p, ix.lang)),
            kappa: ix.coef(&m.kappa),
            clock: super::agreement::clock(ix, m.clock.as_ref()),
        })
        .collect()
}
