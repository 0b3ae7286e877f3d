//! A participant's own feedback file: their profile, ratings with what each level means, strengths
//! and development areas from the evidence notes, and their self-evaluation gap. Nothing about
//! anyone else: no other participant's name (redacted from notes too), no airtime share, no rank.

use serde::Serialize;

use super::charts::Radar;
use super::context::Index;
use super::fmt::NONE;
use super::labels::Labels;
use super::participant::{SelfRow, view};
use crate::consolidate::ParticipantInfo;
use crate::text::Words;
use crate::text::report::{ReportWords, report_words};

/// Everything one participant's file shows.
#[derive(Debug, Serialize)]
pub struct OwnView {
    /// `id` or `en`.
    pub lang: &'static str,
    /// The report's fixed text.
    pub t: &'static Labels,
    /// The results texts, by name.
    pub w: std::collections::BTreeMap<String, &'static str>,
    /// The event's name.
    pub title: String,
    /// Organisation.
    pub organisation: String,
    /// The event's days.
    pub dates: String,
    /// Name.
    pub name: String,
    /// NIP.
    pub nip: String,
    /// Position.
    pub position: String,
    /// Unit.
    pub unit: String,
    /// JPM with its percent sign.
    pub jpm: String,
    /// Category.
    pub category: String,
    /// The category's rank, for its colour.
    pub category_rank: usize,
    /// Competencies below target and by how much.
    pub shortfall: String,
    /// Final levels against the target (`chart`: the template's macro is called `radar`).
    pub chart: Radar,
    /// One row per competency.
    pub rows: Vec<OwnRow>,
    /// Strengths: (competency, note).
    pub strengths: Vec<(String, String)>,
    /// Development areas: (competency, note).
    pub developments: Vec<(String, String)>,
    /// Self-evaluation against the final level.
    pub self_gap: Vec<SelfRow>,
    /// When the results were consolidated, in the event's zone.
    pub generated: String,
}

/// One competency with what the level reached means.
#[derive(Debug, Serialize)]
pub struct OwnRow {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Target.
    pub target: String,
    /// Final level.
    pub final_level: String,
    /// Final minus target.
    pub gap: String,
    /// `below`, `above` or empty.
    pub gap_class: &'static str,
    /// The framework's description of the level reached (whole levels; a half reads as the lower).
    pub meaning: String,
}

/// `text` with every other participant's full name, and first name of four letters or more,
/// replaced by a neutral mark, whole words only.
fn redact(text: &str, others: &[Vec<String>], mark: &str) -> String {
    let mut out = text.to_string();
    for words in others {
        let full = words.join(" ");
        let mut names = vec![full];
        if let Some(first) = words.first().filter(|f| f.chars().count() >= 4) {
            names.push(first.clone());
        }
        for name in names {
            out = replace_word(&out, &name, mark);
        }
    }
    out
}

fn replace_word(text: &str, word: &str, mark: &str) -> String {
    if word.is_empty() {
        return text.to_string();
    }
    let lower = text.to_lowercase();
    let needle = word.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; only then fall back to leaving the text.
    if lower.len() != text.len() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(pos) = lower[i..].find(&needle) {
        let start = i + pos;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let bounded =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        out.push_str(&text[i..start]);
        out.push_str(if bounded { mark } else { &text[start..end] });
        i = end;
    }
    out.push_str(&text[i..]);
    out
}

pub(super) fn own_view(ix: &Index, p: &ParticipantInfo) -> OwnView {
    let v = view(ix, p);
    let lang = ix.lang;
    let mark = ReportWords::OtherParticipant.get(lang);
    let others: Vec<Vec<String>> =
        ix.c.participants
            .iter()
            .filter(|o| o.person.id != p.person.id)
            .map(|o| o.person.name.split_whitespace().map(String::from).collect())
            .collect();
    let clean = |s: &str| redact(s, &others, mark);
    let about = ix.c.about.clone().unwrap_or_default();
    let rows = v
        .rows
        .iter()
        .map(|r| {
            let level = ix.cell(&p.person.id, &r.code).and_then(|c| c.final_level);
            let meaning = level
                .and_then(|l| {
                    let whole = l.floor().clamp(0.0, 255.0) as u8;
                    ix.c.framework.competency(&r.code)?.level(whole)
                })
                .map(|d| d.get(lang).to_string())
                .unwrap_or_else(|| NONE.to_string());
            OwnRow {
                code: r.code.clone(),
                name: r.name.clone(),
                target: r.target.clone(),
                final_level: r.final_level.clone(),
                gap: r.gap.clone(),
                gap_class: r.gap_class,
                meaning,
            }
        })
        .collect();
    OwnView {
        lang: ix.lang_code(),
        t: ix.t,
        w: report_words(lang),
        title: ix.c.event.name.clone(),
        organisation: about.organisation,
        dates: about
            .dates
            .iter()
            .map(|d| super::fmt::date(*d, lang))
            .collect::<Vec<_>>()
            .join(", "),
        name: v.name,
        nip: v.nip,
        position: v.position,
        unit: v.unit,
        jpm: v.jpm,
        category: v.category,
        category_rank: v.category_rank,
        shortfall: v.shortfall,
        chart: v.radar,
        rows,
        strengths: distinct(
            v.strengths
                .iter()
                .map(|n| (n.competency.clone(), clean(&n.text))),
        ),
        developments: distinct(
            v.developments
                .iter()
                .map(|n| (n.competency.clone(), clean(&n.text))),
        ),
        self_gap: v.self_gap,
        generated: ix.moment(ix.c.generated_at),
    }
}

/// The notes in order, each (competency, text) once: two observers often write the same words, and
/// the participant reads no observer's name here to tell them apart.
fn distinct(notes: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    notes.filter(|n| seen.insert(n.clone())).collect()
}

/// A file name for a participant's own report: their id where it is a safe name, else their anchor.
pub(super) fn file_name(ix: &Index, p: &ParticipantInfo) -> String {
    let id = &p.person.id;
    let safe = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if safe {
        format!("{id}.html")
    } else {
        format!("{}.html", ix.anchor(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_names_are_redacted_as_whole_words_only() {
        let others = vec![vec!["Budi".to_string(), "Santoso".to_string()]];
        assert_eq!(
            redact(
                "Menanggapi usulan Budi Santoso dengan data.",
                &others,
                "[x]"
            ),
            "Menanggapi usulan [x] dengan data."
        );
        assert_eq!(redact("Budi setuju", &others, "[x]"), "[x] setuju");
        assert_eq!(redact("Budiman hadir", &others, "[x]"), "Budiman hadir");
    }

    #[test]
    fn the_same_note_from_two_observers_is_shown_once() {
        let n = |c: &str, t: &str| (c.to_string(), t.to_string());
        let notes = [n("M.4", "a"), n("M.2", "b"), n("M.4", "a"), n("M.2", "a")];
        assert_eq!(
            distinct(notes.into_iter()),
            [n("M.4", "a"), n("M.2", "b"), n("M.2", "a")]
        );
    }
}
