//! The whole state of the terminal app; only `update` changes it.

use std::sync::Arc;

use ratatui_textarea::TextArea;

use super::keymap::Mode;
use super::pane::Pane;
use super::roster::{FilterOverlay, Roster};
use super::score::{ScoreNote, ScoreState};
use crate::model::{Event, Lang};
use crate::session::{Notice, Session};
use crate::store::DiskFailure;
use crate::text::guard::PhaseAsk;
use crate::text::observe::T;
use crate::tui::shell::SaveState;

/// What sits over the pane and takes the keys.
#[derive(Debug, Clone, Default)]
pub enum Overlay {
    /// Nothing: the pane takes keys.
    #[default]
    None,
    /// The key help, scrolled by this many rows.
    Help(u16),
    /// Typing the roster filter.
    Filter,
    /// Typing a note.
    Note {
        /// The text so far.
        text: String,
        /// What the note is for.
        target: NoteTarget,
    },
    /// Editing the mission text.
    Mission(Box<TextArea<'static>>),
    /// A phase change waiting for Enter (yes) or Esc (no).
    Confirm(PhaseAsk),
    /// The act list: correcting, inserting and keeping acts.
    Acts(super::act_list::ActList),
}

crate::tui::shell::help_overlay!(Overlay);

impl FilterOverlay for Overlay {
    fn filter() -> Self {
        Overlay::Filter
    }
}

/// What a note being typed belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteTarget {
    /// The last live act.
    Act,
    /// The group.
    Group,
    /// Something on the Score pane.
    Score(ScoreNote),
}

/// The message line.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// From the coding session.
    Notice(Notice),
    /// Fixed text.
    Text(T),
    /// The writer failed.
    SaveFailed(DiskFailure),
    /// Quitting was refused because saving failed.
    QuitRefused(String),
    /// The system asked the app to stop.
    Terminating,
    /// Files deleted under the app were written again from memory (the sentence says which).
    Recreated(String),
    /// A key or paste refused, the sentence saying why (nothing changed).
    Refused(String),
    /// What opening the day file recovered or found damaged.
    Recovered {
        /// Journal changes replayed on top of the day file.
        replayed: usize,
        /// Problems, one sentence each.
        problems: Vec<String>,
    },
}

/// The app.
#[derive(Debug)]
pub struct App {
    /// The coding session over the day record.
    pub session: Session,
    /// The event (for the roster and other groups).
    pub event: Arc<Event>,
    /// Interface language.
    pub lang: Lang,
    /// The pane shown.
    pub pane: Pane,
    /// What takes the keys over the pane.
    pub overlay: Overlay,
    /// Roster rows, filter, sort, selection.
    pub roster: Roster,
    /// Index into `event.groups` chosen on the Group pane.
    pub group_selected: usize,
    /// The Score pane's cursor and pending change.
    pub score: ScoreState,
    /// Saving.
    pub save: SaveState,
    /// The message line.
    pub status: Option<Status>,
    /// Quit requested; the shell is saving.
    pub quitting: bool,
    /// Changes since the last snapshot.
    pub dirty: bool,
    /// When the last snapshot was asked for (session seconds).
    pub last_snapshot_s: f64,
    /// Who held the floor when, for the turns that have ended; `update` keeps it current.
    pub floor: super::floor::FloorHistory,
    /// The fixed parts of the newest acts' lines in the recent-acts list; `update` keeps it current.
    pub recent: super::recent::RecentActs,
    /// The code legend as last drawn, copied into each frame until the area or language changes.
    pub legend: super::view::Painted,
    /// The recent-acts rows as last drawn, copied into the next frame while their act is unchanged.
    pub recent_rows: super::view::RecentRows,
    /// The header's rows as last drawn, copied into the next frame while what they show is the same.
    pub header: super::view::header::HeaderRows,
    /// The seat table's rows as last drawn, copied into the next frame while what they show is the same.
    pub seat_rows: super::view::SeatRows,
    /// The hint bar as last worked out and drawn, until the mode, pane or language changes.
    pub hints: super::view::hints::HintBar,
}

/// Seconds between snapshots while there are changes.
pub const SNAPSHOT_EVERY_S: f64 = 60.0;

impl App {
    /// A new app on the Observe pane.
    pub fn new(session: Session, event: Arc<Event>, lang: Lang) -> App {
        let roster = Roster::new(&event);
        let group_selected = event
            .groups
            .iter()
            .position(|g| g.id == session.record().group)
            .unwrap_or(0);
        let last_seq = session.record().last_seq;
        let status = super::guard::reopened(&session, lang).map(Status::Refused);
        let last_snapshot_s = session.now_s();
        let mut floor = super::floor::FloorHistory::default();
        floor.catch_up(&session);
        let mut recent = super::recent::RecentActs::default();
        recent.catch_up(&session, lang);
        App {
            session,
            event,
            lang,
            pane: Pane::Observe,
            overlay: Overlay::None,
            roster,
            group_selected,
            score: ScoreState::default(),
            save: SaveState::at(last_seq),
            status,
            quitting: false,
            dirty: false,
            last_snapshot_s,
            floor,
            recent,
            legend: Default::default(),
            recent_rows: Default::default(),
            seat_rows: Default::default(),
            header: Default::default(),
            hints: Default::default(),
        }
    }

    /// The key-handling mode, for the key table.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::None => Mode::Normal,
            Overlay::Help(_) => Mode::Help,
            Overlay::Filter => Mode::Filter,
            Overlay::Note { .. } => Mode::Note,
            Overlay::Mission(_) => Mode::Mission,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Acts(l) if l.edit.is_some() => Mode::ActEdit,
            Overlay::Acts(_) => Mode::Acts,
        }
    }

    /// Whether a coded phase (the discussion) is running, when stray keys matter most.
    pub fn coding_live(&self) -> bool {
        self.session
            .record()
            .running_phase()
            .is_some_and(|p| p.coded)
    }

    /// Whether the group chosen on the Group pane is the one this day file observes.
    pub fn viewing_observed_group(&self) -> bool {
        self.event
            .groups
            .get(self.group_selected)
            .is_some_and(|g| g.id == self.session.record().group)
    }

    /// What the Roster pane's table is drawn from.
    pub fn table(&self) -> crate::tui::observe::view::RosterTable<'_> {
        crate::tui::observe::view::RosterTable {
            lang: self.lang,
            roster: &self.roster,
            event: &self.event,
            typing: matches!(self.overlay, Overlay::Filter),
            me: Some(&self.session.record().observer.id),
        }
    }
}
