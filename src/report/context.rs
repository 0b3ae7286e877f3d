//! The report's view data: everything the templates print, looked up and formatted once here so
//! the templates stay plain layout.

use std::collections::HashMap;

use serde::Serialize;

use super::CHANGE_COMPETENCY;
use super::cover::{CoverView, cover};
use super::fmt::{self, NONE};
use super::group::{GroupView, group_views};
use super::labels::{Labels, labels};
use super::organisation::{OrganisationView, organisation};
use super::participant::{ParticipantView, participant_views};
use super::ranking::{CategoryView, MethodView, RankRow, categories, method, ranking};
use super::summary::{Summary, summary};
use crate::consolidate::{
    Airtime, Cell, Coefficient, Consolidated, GroupInfo, ObserverInfo, ParticipantBehaviour,
    ParticipantInfo, ParticipantResult,
};
use crate::model::{Category, ChangeAgentRule, Lang, Zone};
use crate::reliability::Band;
use crate::scoring::category_for;

/// Everything one report shows.
#[derive(Debug, Serialize)]
pub struct ReportContext {
    /// `id` or `en`, for `<html lang>`.
    pub lang: &'static str,
    /// Fixed text.
    pub t: &'static Labels,
    /// Fixed text added with the results for the organisation (src/text/report.rs), by name.
    pub w: std::collections::BTreeMap<String, &'static str>,
    /// The cover's facts and the signature block.
    pub cover: CoverView,
    /// The event's name.
    pub title: String,
    /// The event's id.
    pub event_id: String,
    /// The start of the event-definition digest.
    pub digest: String,
    /// When the consolidation was made.
    pub generated: String,
    /// The program that made it.
    pub generator: String,
    /// The event at a glance.
    pub summary: Summary,
    /// Result categories with their ranges and counts, highest first.
    pub categories: Vec<CategoryView>,
    /// The JPM formula, its sources, the ranking order and the change-agent rule.
    pub method: MethodView,
    /// Participants by JPM, highest first.
    pub ranking: Vec<RankRow>,
    /// The change competency, when the event rates it.
    pub change: Option<CompetencyRef>,
    /// Candidates and means by unit, the category distribution, the missions by pillar.
    pub organisation: OrganisationView,
    /// One view per group.
    pub groups: Vec<GroupView>,
    /// One view per participant, in group and seat order.
    pub participants: Vec<ParticipantView>,
}

/// A competency's code and name.
#[derive(Debug, Clone, Serialize)]
pub struct CompetencyRef {
    /// Code.
    pub code: String,
    /// Name in the reader's language.
    pub name: String,
}

/// A coefficient ready to print.
#[derive(Debug, Clone, Serialize)]
pub struct CoefView {
    /// Value with two decimals, or a dash.
    pub value: String,
    /// Band label, empty when there is no value.
    pub band: String,
    /// CSS class of the band: good, mid or poor.
    pub class: &'static str,
    /// "[0.61, 0.88]" or empty.
    pub ci: String,
    /// Why there is no value.
    pub reason: String,
}

/// Look-ups over one consolidated file.
pub(super) struct Index<'a> {
    pub c: &'a Consolidated,
    pub lang: Lang,
    pub t: &'static Labels,
    /// The change-agent rule in force.
    pub rule: ChangeAgentRule,
    /// The event's time zone, in which every time is shown.
    pub zone: Zone,
    people: HashMap<&'a str, &'a ParticipantInfo>,
    observers: HashMap<&'a str, &'a ObserverInfo>,
    groups: HashMap<&'a str, &'a GroupInfo>,
    cells: HashMap<(&'a str, &'a str), &'a Cell>,
    results: HashMap<&'a str, &'a ParticipantResult>,
    airtime: HashMap<&'a str, &'a Airtime>,
    behaviour: HashMap<&'a str, &'a ParticipantBehaviour>,
    anchors: HashMap<&'a str, String>,
    /// Whether the files span more than one day, so a group's sessions need their date.
    multi_day: bool,
}

impl<'a> Index<'a> {
    pub(super) fn new(c: &'a Consolidated, lang: Lang) -> Self {
        Index {
            c,
            lang,
            t: labels(lang),
            rule: c.settings.change_agent_rule_for(&c.scheme),
            zone: c.settings.zone(),
            people: c.participants_by_id(),
            observers: c
                .observers
                .iter()
                .map(|o| (o.observer.id.as_str(), o))
                .collect(),
            groups: c.groups.iter().map(|g| (g.group.id.as_str(), g)).collect(),
            cells: c
                .cells
                .iter()
                .map(|x| ((x.participant.as_str(), x.competency.as_str()), x))
                .collect(),
            results: c
                .results
                .iter()
                .map(|r| (r.participant.as_str(), r))
                .collect(),
            airtime: c
                .behaviour
                .airtime
                .iter()
                .map(|a| (a.participant.as_str(), a))
                .collect(),
            behaviour: c
                .behaviour
                .participants
                .iter()
                .map(|b| (b.participant.as_str(), b))
                .collect(),
            // Anchors by position, so no id from a file ever lands in an attribute unchecked.
            anchors: c
                .participants
                .iter()
                .enumerate()
                .map(|(i, p)| (p.person.id.as_str(), format!("p-{}", i + 1)))
                .collect(),
            multi_day: c
                .observers
                .iter()
                .flat_map(|o| &o.files)
                .map(|f| f.date)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                > 1,
        }
    }

    /// A moment in the event's time zone: "3 Desember 2026, 17.05 WIB".
    pub fn moment(&self, t: chrono::DateTime<chrono::FixedOffset>) -> String {
        fmt::moment_in(t, self.zone, self.lang)
    }

    pub fn person(&self, id: &str) -> Option<&'a ParticipantInfo> {
        self.people.get(id).copied()
    }

    /// The participant's name, or their id when the file does not know them.
    pub fn name(&self, id: &str) -> String {
        self.person(id)
            .map_or_else(|| id.to_string(), |p| p.person.name.clone())
    }

    pub fn anchor(&self, id: &str) -> String {
        self.anchors.get(id).cloned().unwrap_or_default()
    }

    pub fn observer(&self, id: &str) -> Option<&'a ObserverInfo> {
        self.observers.get(id).copied()
    }

    pub fn observer_name(&self, id: &str) -> String {
        self.observer(id)
            .map_or_else(|| id.to_string(), |o| o.observer.name.clone())
    }

    pub fn group(&self, id: &str) -> Option<&'a GroupInfo> {
        self.groups.get(id).copied()
    }

    pub fn group_name(&self, id: Option<&str>) -> String {
        match id {
            Some(id) => self
                .group(id)
                .map_or_else(|| id.to_string(), |g| g.group.name.clone()),
            None => NONE.to_string(),
        }
    }

    /// A group's name, with the day when the event ran over several days.
    pub fn session(&self, group: &str, date: chrono::NaiveDate) -> String {
        let name = self.group_name(Some(group));
        if self.multi_day {
            format!("{name}, {}", fmt::date(date, self.lang))
        } else {
            name
        }
    }

    pub fn cell(&self, participant: &str, competency: &str) -> Option<&'a Cell> {
        self.cells.get(&(participant, competency)).copied()
    }

    pub fn result(&self, participant: &str) -> Option<&'a ParticipantResult> {
        self.results.get(participant).copied()
    }

    pub fn airtime(&self, participant: &str) -> Option<&'a Airtime> {
        self.airtime.get(participant).copied()
    }

    pub fn behaviour(&self, participant: &str) -> Option<&'a ParticipantBehaviour> {
        self.behaviour.get(participant).copied()
    }

    pub fn competency(&self, code: &str) -> CompetencyRef {
        CompetencyRef {
            code: code.to_string(),
            name: self
                .c
                .framework
                .competency(code)
                .map(|c| c.name.get(self.lang).to_string())
                .unwrap_or_default(),
        }
    }

    /// The target of a competency: the cells' target, else the framework's.
    pub fn target(&self, code: &str) -> Option<f64> {
        self.c
            .cells
            .iter()
            .find(|x| x.competency == code)
            .map(|x| f64::from(x.target))
            .or_else(|| {
                self.c
                    .framework
                    .competency(code)
                    .map(|c| f64::from(c.target))
            })
    }

    /// The change competency, when it is rated.
    pub fn change(&self) -> Option<CompetencyRef> {
        self.c
            .competencies
            .iter()
            .any(|c| c == CHANGE_COMPETENCY)
            .then(|| self.competency(CHANGE_COMPETENCY))
    }

    /// A participant's category: as consolidated, else the one their JPM earns under the settings.
    pub fn category(&self, result: &ParticipantResult) -> Option<(String, usize)> {
        let label = match (&result.category, result.jpm) {
            (Some(l), _) => l.clone(),
            (None, Some(jpm)) => category_for(jpm, &self.c.settings.categories)?
                .label
                .clone(),
            (None, None) => return None,
        };
        let rank = self
            .categories_sorted()
            .iter()
            .position(|c| c.label == label)
            .unwrap_or(0);
        Some((label.get(self.lang).to_string(), rank))
    }

    pub fn categories_sorted(&self) -> Vec<&'a Category> {
        let mut cats: Vec<&Category> = self.c.settings.categories.iter().collect();
        cats.sort_by(|a, b| b.min_jpm.total_cmp(&a.min_jpm));
        cats
    }

    pub fn lang_code(&self) -> &'static str {
        match self.lang {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn coef(&self, c: &Coefficient) -> CoefView {
        let lang = self.lang_code();
        CoefView {
            value: c
                .value
                .map_or_else(|| NONE.to_string(), |v| fmt::fixed(v, 2, self.lang)),
            band: c
                .band
                .map(|b| b.label(lang).to_string())
                .unwrap_or_default(),
            class: c.band.map_or("", band_class),
            ci: c
                .ci95
                .map(|[lo, hi]| {
                    format!(
                        "[{}; {}]",
                        fmt::fixed(lo, 2, self.lang),
                        fmt::fixed(hi, 2, self.lang)
                    )
                })
                .unwrap_or_default(),
            reason: c
                .unavailable
                .map(|r| r.message(lang).to_string())
                .unwrap_or_default(),
        }
    }
}

fn band_class(b: Band) -> &'static str {
    match b {
        Band::Reliable | Band::Excellent | Band::Good | Band::AlmostPerfect | Band::Substantial => {
            "good"
        }
        Band::Moderate | Band::Tentative | Band::Fair => "mid",
        Band::Poor | Band::Slight | Band::NotReliable => "poor",
    }
}

/// Builds the report's view data from a consolidated file in `lang`.
pub fn report_context(c: &Consolidated, lang: Lang) -> ReportContext {
    let ix = Index::new(c, lang);
    let ranking = ranking(&ix);
    ReportContext {
        lang: ix.lang_code(),
        t: ix.t,
        w: crate::text::report::report_words(lang),
        cover: cover(&ix),
        title: c.event.name.clone(),
        event_id: c.event.id.clone(),
        digest: c.event.digest.chars().take(12).collect(),
        generated: ix.moment(c.generated_at),
        generator: c.generator.clone(),
        summary: summary(&ix),
        categories: categories(&ix),
        method: method(&ix),
        organisation: organisation(&ix),
        ranking,
        change: ix.change(),
        groups: group_views(&ix),
        participants: participant_views(&ix),
    }
}
