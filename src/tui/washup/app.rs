//! The wash-up's whole state; only `update` changes it.

use std::sync::Arc;

use super::keymap::Mode;
use crate::clock::Clock;
use crate::consolidate::{Cell, Consolidated, Flag, ParticipantInfo};
use crate::model::{Category, Lang, Settings};
use crate::store::DiskFailure;
use crate::text::washup::W;
use crate::tui::shell::SaveState;

/// How the participant rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// Group and seat, as consolidated.
    Seat,
    /// Widest rating range first.
    Spread,
    /// Most flagged cells without a consensus first.
    Flags,
}

impl Sort {
    /// The order after this one.
    pub fn next(self) -> Sort {
        match self {
            Sort::Seat => Sort::Spread,
            Sort::Spread => Sort::Flags,
            Sort::Flags => Sort::Seat,
        }
    }

    /// Its name.
    pub fn label(self) -> W {
        match self {
            Sort::Seat => W::SortSeat,
            Sort::Spread => W::SortSpread,
            Sort::Flags => W::SortFlags,
        }
    }
}

/// A consensus being entered.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The level proposed to the meeting.
    pub level: f64,
    /// The reason typed so far.
    pub reason: String,
}

/// What sits over the matrix and takes the keys.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Overlay {
    /// Nothing: the matrix takes keys.
    #[default]
    None,
    /// The key help, scrolled by this many rows.
    Help(u16),
    /// The selected cell's evidence and history, scrolled.
    Detail(u16),
    /// Entering a consensus.
    Decide(Draft),
    /// Editing thresholds: the categories being edited and the one selected.
    Thresholds(Vec<Category>, usize),
    /// Searching the rows: the query typed so far and the row selected before, to go back to.
    Search(String, usize),
}

crate::tui::shell::help_overlay!(Overlay);

/// The message line.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Fixed text.
    Text(W),
    /// Free text (already in the interface language).
    Line(String),
    /// The writer failed.
    SaveFailed(DiskFailure),
    /// Quitting was refused because saving failed.
    QuitRefused(String),
}

/// The wash-up.
pub struct WashupApp {
    /// The consolidation with every decision so far folded in.
    pub c: Consolidated,
    /// Interface language.
    pub lang: Lang,
    /// Who decides (the lead assessor's observer id).
    pub lead: String,
    /// Where decision times come from.
    pub clock: Arc<dyn Clock>,
    /// Participant indices in display order.
    pub rows: Vec<usize>,
    /// The row order.
    pub sort: Sort,
    /// Selected row (into `rows`).
    pub row: usize,
    /// Selected competency (into `c.competencies`).
    pub col: usize,
    /// What takes the keys.
    pub overlay: Overlay,
    /// Saving.
    pub save: SaveState,
    /// The message line.
    pub status: Option<Status>,
    /// Quit requested; the shell is saving.
    pub quitting: bool,
}

impl std::fmt::Debug for WashupApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WashupApp")
            .field("row", &self.row)
            .field("col", &self.col)
            .field("overlay", &self.overlay)
            .finish()
    }
}

impl WashupApp {
    /// A wash-up over `c`, whose journal holds decisions up to `last_seq`.
    pub fn new(
        c: Consolidated,
        lead: String,
        lang: Lang,
        clock: Arc<dyn Clock>,
        last_seq: u64,
    ) -> WashupApp {
        let rows = (0..c.participants.len()).collect();
        WashupApp {
            c,
            lang,
            lead,
            clock,
            rows,
            sort: Sort::Seat,
            row: 0,
            col: 0,
            overlay: Overlay::None,
            save: SaveState::at(last_seq),
            status: None,
            quitting: false,
        }
    }

    /// The key-handling mode, for the key table.
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Overlay::None => Mode::Matrix,
            Overlay::Help(_) => Mode::Help,
            Overlay::Detail(_) => Mode::Detail,
            Overlay::Decide(_) => Mode::Decide,
            Overlay::Thresholds(..) => Mode::Thresholds,
            Overlay::Search(..) => Mode::Search,
        }
    }

    /// The participant shown on display row `row`.
    pub fn participant_at(&self, row: usize) -> Option<&ParticipantInfo> {
        self.c.participants.get(*self.rows.get(row)?)
    }

    /// The cell of display row `row`, competency `col`.
    pub fn cell_at(&self, row: usize, col: usize) -> Option<&Cell> {
        let p = self.participant_at(row)?;
        let comp = self.c.competencies.get(col)?;
        let n = self.c.competencies.len();
        // Cells are stored participant by participant in competency order; checked, not assumed.
        let i = self.rows[row] * n + col;
        match self.c.cells.get(i) {
            Some(x) if x.participant == p.person.id && &x.competency == comp => Some(x),
            _ => self
                .c
                .cells
                .iter()
                .find(|x| x.participant == p.person.id && &x.competency == comp),
        }
    }

    /// Display rows whose participant's name, id, NIP or group holds `query` (any case).
    pub fn matches(&self, query: &str) -> Vec<usize> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        (0..self.rows.len())
            .filter(|r| {
                self.participant_at(*r).is_some_and(|p| {
                    [
                        Some(p.person.name.as_str()),
                        Some(p.person.id.as_str()),
                        p.person.nip.as_deref(),
                        p.group.as_deref(),
                    ]
                    .into_iter()
                    .flatten()
                    .any(|f| f.to_lowercase().contains(&q))
                })
            })
            .collect()
    }

    /// The selected cell.
    pub fn selected(&self) -> Option<&Cell> {
        self.cell_at(self.row, self.col)
    }

    /// Which preset the categories in force are, if either.
    pub fn preset(&self) -> W {
        let now = &self.c.settings.categories;
        if *now == Settings::mapping_categories() {
            W::PresetMapping
        } else if *now == Settings::selection_categories() {
            W::PresetSelection
        } else {
            W::PresetCustom
        }
    }

    /// Orders the rows by `sort`, keeping the selected participant selected.
    pub fn resort(&mut self) {
        let keep = self.rows.get(self.row).copied();
        let n = self.c.competencies.len();
        let cells = &self.c.cells;
        let of = |p: usize| cells.iter().skip(p * n).take(n);
        let spread = |p: usize| of(p).filter_map(|c| c.stats.range).fold(0.0f64, f64::max);
        // Disagreement (spread, both sides of the target) before too few ratings, which is a
        // coverage matter more than one for discussion.
        let flags = |p: usize| {
            let open = || of(p).filter(|c| c.consensus.is_none());
            let disagree = open()
                .filter(|c| c.flags.iter().any(|f| *f != Flag::FewRatings))
                .count();
            let few = open()
                .filter(|c| c.flags.contains(&Flag::FewRatings))
                .count();
            (disagree, few)
        };
        let mut rows: Vec<usize> = (0..self.c.participants.len()).collect();
        match self.sort {
            Sort::Seat => {}
            Sort::Spread => rows.sort_by(|a, b| spread(*b).total_cmp(&spread(*a))),
            Sort::Flags => rows.sort_by_key(|p| std::cmp::Reverse(flags(*p))),
        }
        self.rows = rows;
        if let Some(k) = keep {
            self.row = self.rows.iter().position(|r| *r == k).unwrap_or(0);
        }
    }
}

/// Who decides when `--lead` is not given: the event's lead assessor named in the consolidation,
/// else the observer whose role is lead; `None` when neither is known (the caller asks once).
pub fn default_lead(c: &Consolidated) -> Option<String> {
    let named = c
        .about
        .as_ref()
        .map(|a| a.lead_assessor.trim())
        .filter(|n| !n.is_empty());
    named.map(String::from).or_else(|| {
        c.observers
            .iter()
            .find(|o| o.observer.role == crate::model::Role::Lead)
            .map(|o| o.observer.id.clone())
    })
}
