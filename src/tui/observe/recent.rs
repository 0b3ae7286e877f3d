//! What the recent-acts list shows of an act that never changes once it is coded (its time, the
//! seats, the name, the code's label), prepared once when the act is coded for the newest
//! [`KEPT`] acts. `update` keeps it current, so a redraw formats only what can change (marks, notes)
//! and a key costs the one new line, not the list.

use std::collections::VecDeque;

use crate::model::{Act, Lang, Valence};
use crate::session::{Session, key_for_seat};
use crate::tui::observe::view::fmt;
use crate::tui::observe::view::style::TARGET_MARK;

/// Acts prepared: more rows than any terminal shows.
pub const KEPT: usize = 256;

/// The fixed parts of one act's line.
#[derive(Debug, Clone, PartialEq)]
pub struct ActLine {
    /// `HH:MM:SS`; its first five characters are `HH:MM`.
    pub time: String,
    /// The seat key of who acted, `·` for nobody seated.
    pub seat: char,
    /// The short name of who acted (the id when unknown).
    pub name: String,
    /// `→3` for a targeted act, else empty.
    pub target: String,
    /// The code's label in the app's language (the code when unknown).
    pub label: String,
    /// The code is a negative one.
    pub negative: bool,
}

/// The prepared lines of the newest acts.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct RecentActs {
    /// Index in the day's acts of `lines[0]`.
    first: usize,
    lines: VecDeque<ActLine>,
}

impl RecentActs {
    /// Prepares the acts coded since the last call (acts are only ever appended).
    pub fn catch_up(&mut self, s: &Session, lang: Lang) {
        let acts = &s.record().acts;
        let next = self.first + self.lines.len();
        let from = next.max(acts.len().saturating_sub(KEPT));
        if from > next || acts.len() < next {
            self.lines.clear();
            self.first = from;
        }
        for a in &acts[self.first + self.lines.len()..] {
            self.lines.push_back(prepare(s, a, lang));
        }
        while self.lines.len() > KEPT {
            self.lines.pop_front();
            self.first += 1;
        }
    }

    /// The prepared line of act `i`, when it is among the newest.
    pub fn get(&self, i: usize) -> Option<&ActLine> {
        self.lines.get(i.checked_sub(self.first)?)
    }
}

/// The fixed parts of `a`'s line.
pub fn prepare(s: &Session, a: &Act, lang: Lang) -> ActLine {
    let seat_of = |id: &str| {
        s.person_index(id)
            .and_then(|p| s.seat_of(p))
            .and_then(key_for_seat)
            .unwrap_or('·')
    };
    let name = s
        .person_index(&a.participant)
        .and_then(|p| s.person(p))
        .map_or(a.participant.as_str(), |p| fmt::short_name(&p.name));
    let code = s.record().scheme.by_code(&a.code);
    let label = code.map_or(a.code.as_str(), |c| c.label.get(lang));
    ActLine {
        time: a.stamp.at.format("%H:%M:%S").to_string(),
        seat: seat_of(&a.participant),
        name: name.to_string(),
        target: a
            .target
            .as_deref()
            .map(|t| format!("{TARGET_MARK}{}", seat_of(t)))
            .unwrap_or_default(),
        label: label.to_string(),
        negative: code.is_some_and(|c| c.valence == Valence::Negative),
    }
}
