//! Event settings and facts that shape the results and the report: how JPM treats levels above
//! the target, who counts as a change-agent candidate, the event's time zone, and the facts the
//! report's cover prints (organisation, dates, venue, case, lead assessor, assessor team).
//! Every setting is optional in the file, so events written before it keep opening (and keep their
//! digest); the defaults are stated here and in docs/results.md.

use chrono::{FixedOffset, NaiveDate, Offset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Event, Scheme, Settings};

/// The competency whose level marks a change agent: Mengelola Perubahan (PermenPANRB 38/2017, M.7).
pub const CHANGE_COMPETENCY: &str = "M.7";

/// Who is a change-agent candidate. Every condition must hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ChangeAgentRule {
    /// How many result categories, counted from the highest, qualify: 2 admits Optimal and Cukup
    /// Optimal (or Memenuhi Syarat and Masih Memenuhi Syarat).
    pub top_categories: usize,
    /// The largest shortfall below the target allowed on any competency, in levels.
    pub max_shortfall: f64,
    /// Competencies that must be at or above their target (the change-related ones).
    pub at_target: Vec<String>,
}

impl Default for ChangeAgentRule {
    fn default() -> Self {
        ChangeAgentRule {
            top_categories: 2,
            max_shortfall: 1.0,
            at_target: vec![CHANGE_COMPETENCY.to_string()],
        }
    }
}

/// An Indonesian time zone name or a UTC offset, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    /// The offset from UTC.
    pub offset: FixedOffset,
    /// "WIB", "WITA", "WIT", or "UTC+05:30" for any other offset.
    pub label: &'static str,
}

/// The time zone used when an event names none: Western Indonesian Time, UTC+7.
pub const DEFAULT_TIME_ZONE: &str = "WIB";

/// Reads "WIB" / "WITA" / "WIT" (any case) or an offset "+07:00"; `None` for anything else.
pub fn parse_zone(text: &str) -> Option<Zone> {
    let named = |hours: i32, label| {
        FixedOffset::east_opt(hours * 3600).map(|offset| Zone { offset, label })
    };
    match text.trim().to_ascii_uppercase().as_str() {
        "WIB" => named(7, "WIB"),
        "WITA" => named(8, "WITA"),
        "WIT" => named(9, "WIT"),
        other => {
            let offset: FixedOffset = other.trim_start_matches("UTC").parse().ok()?;
            Some(Zone { offset, label: "" })
        }
    }
}

impl Settings {
    /// Whether a level above the target counts only up to the target in JPM (default: yes).
    pub fn jpm_capped(&self) -> bool {
        self.jpm_capped.unwrap_or(true)
    }

    /// The change-agent rule in force (the default rule when the event sets none).
    pub fn change_agent_rule(&self) -> ChangeAgentRule {
        self.change_agent.clone().unwrap_or_default()
    }

    /// The rule in force for `scheme`: an event's own rule as it stands; the default rule also
    /// wants the competencies the scheme names as change-related at target.
    pub fn change_agent_rule_for(&self, scheme: &Scheme) -> ChangeAgentRule {
        let mut rule = self.change_agent_rule();
        if self.change_agent.is_none() {
            for c in &scheme.change_competencies {
                if !rule.at_target.contains(c) {
                    rule.at_target.push(c.clone());
                }
            }
        }
        rule
    }

    /// The motto pillars the missions are read against (default: Cerdas, Modern, Religius).
    pub fn motto_pillars(&self) -> Vec<String> {
        self.pillars
            .clone()
            .unwrap_or_else(|| ["Cerdas", "Modern", "Religius"].map(String::from).to_vec())
    }

    /// The event's time zone; WIB when unset or unreadable (`lgd check` reports an unreadable one).
    pub fn zone(&self) -> Zone {
        self.time_zone
            .as_deref()
            .and_then(parse_zone)
            .or_else(|| parse_zone(DEFAULT_TIME_ZONE))
            .unwrap_or(Zone {
                offset: chrono::Utc.fix(),
                label: "UTC",
            })
    }
}

/// The facts about an event that the report's cover and signature block print.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct EventAbout {
    /// Organisation assessed.
    pub organisation: String,
    /// Days of the event.
    pub dates: Vec<NaiveDate>,
    /// Where it took place.
    pub venue: String,
    /// The case the groups discussed.
    pub case_title: String,
    /// The lead assessor, who signs the report.
    pub lead_assessor: String,
    /// The assessor team, by name.
    pub assessors: Vec<String>,
}

impl Settings {
    /// Takes the report's settings (JPM cap, change-agent rule, time zone, pillars) from `event`,
    /// the event file the lead gave: they may have been settled after the day files were made.
    pub fn take_report_settings(&mut self, event: &Settings) {
        self.jpm_capped = event.jpm_capped;
        self.change_agent = event.change_agent.clone();
        self.time_zone = event.time_zone.clone();
        self.pillars = event.pillars.clone();
        // How a split is settled is the integration's choice, made by the lead after the day.
        self.midpoint = event.midpoint;
    }
}

impl Event {
    /// Whether any field added for the report (cover facts, report settings) is set.
    pub fn has_report_facts(&self) -> bool {
        let s = &self.settings;
        !self.venue.is_empty()
            || !self.lead_assessor.is_empty()
            || !self.assessors.is_empty()
            || s.jpm_capped.is_some()
            || s.change_agent.is_some()
            || s.time_zone.is_some()
            || s.pillars.is_some()
            || s.midpoint.is_some()
    }

    /// The event without the report's cover facts and settings, as its digest sees it. The older
    /// facts (organisation, dates, case) stay: digests made before this existed included them.
    pub fn without_report_facts(&self) -> Event {
        let mut bare = self.clone();
        bare.venue.clear();
        bare.lead_assessor.clear();
        bare.assessors.clear();
        bare.settings.take_report_settings(&Settings::default());
        bare
    }

    /// The report-cover facts still empty, by their `lgd new` flag name, and a time zone lgd cannot
    /// read; `lgd check` warns about each.
    pub fn missing_facts(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let checks = [
            (self.organisation.trim().is_empty(), "--organisation"),
            (self.dates.is_empty(), "--date"),
            (self.venue.trim().is_empty(), "--venue"),
            (self.case_study.title.trim().is_empty(), "--case-title"),
            (self.lead_assessor.trim().is_empty(), "--lead-assessor"),
            (self.assessors.is_empty(), "--assessor"),
            (
                self.settings
                    .time_zone
                    .as_deref()
                    .is_some_and(|z| parse_zone(z).is_none()),
                "--time-zone",
            ),
        ];
        for (empty, flag) in checks {
            if empty {
                missing.push(flag);
            }
        }
        missing
    }

    /// The event's facts for the report's cover.
    pub fn about(&self) -> EventAbout {
        EventAbout {
            organisation: self.organisation.clone(),
            dates: self.dates.clone(),
            venue: self.venue.clone(),
            case_title: self.case_study.title.clone(),
            lead_assessor: self.lead_assessor.clone(),
            assessors: self.assessors.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_zones_and_offsets_are_read() {
        assert_eq!(
            parse_zone("wib").map(|z| z.offset.local_minus_utc()),
            Some(7 * 3600)
        );
        assert_eq!(parse_zone("WITA").map(|z| z.label), Some("WITA"));
        assert_eq!(
            parse_zone("WIT").map(|z| z.offset.local_minus_utc()),
            Some(9 * 3600)
        );
        assert_eq!(
            parse_zone("+05:30").map(|z| z.offset.local_minus_utc()),
            Some(19800)
        );
        assert_eq!(parse_zone("Jakarta"), None);
    }

    #[test]
    fn report_facts_settled_after_the_day_leave_the_digest_alone() {
        let mut event = crate::catalog::demo_event().expect("demo");
        let before = event.digest();
        event.venue = "Aula".into();
        event.lead_assessor = "Retno".into();
        event.assessors = vec!["Bambang".into()];
        event.settings.jpm_capped = Some(false);
        event.settings.time_zone = Some("WITA".into());
        event.settings.change_agent = Some(ChangeAgentRule::default());
        assert_eq!(event.digest(), before);
        // A change to the definition itself still shows.
        event.name.push('!');
        assert_ne!(event.digest(), before);
    }

    #[test]
    fn the_default_rule_adds_the_schemes_change_competencies_an_explicit_one_does_not() {
        let mut scheme = crate::catalog::Catalog::builtin().schemes[0].clone();
        scheme.change_competencies = vec!["M.8".into(), "M.7".into()];
        let mut s = Settings::default();
        assert_eq!(s.change_agent_rule_for(&scheme).at_target, ["M.7", "M.8"]);
        s.change_agent = Some(ChangeAgentRule {
            at_target: vec!["SK.1".into()],
            ..ChangeAgentRule::default()
        });
        assert_eq!(s.change_agent_rule_for(&scheme).at_target, ["SK.1"]);
    }

    #[test]
    fn absent_settings_take_the_stated_defaults() {
        let s = Settings::default();
        assert!(s.jpm_capped());
        assert_eq!(s.zone().label, "WIB");
        let rule = s.change_agent_rule();
        assert_eq!(rule.top_categories, 2);
        assert_eq!(rule.max_shortfall, 1.0);
        assert_eq!(rule.at_target, vec!["M.7".to_string()]);
    }
}
