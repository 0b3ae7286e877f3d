//! What the session tells the observer after a keystroke; the terminal turns these into words.

/// The result of a keystroke worth telling the observer about. Acts are named by their index in `record.acts`.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A code letter with nobody on the floor and nobody picked.
    NoFloor,
    /// A seat key for a seat with nobody in it.
    EmptySeat(u8),
    /// The speaker's seat key again: the floor stays with them (silence is Space).
    StillSpeaking(u8),
    /// A seat key while the discussion is paused: a break is nobody's airtime, so no turn starts.
    PausedNoTurn(u8),
    /// A letter that the scheme does not use.
    UnknownKey(char),
    /// `.` was pressed; a seat key must follow.
    PickSeat,
    /// A code letter while a targeted code waits for its target seat.
    ChooseTarget,
    /// The target of an act cannot be the actor.
    SelfTarget,
    /// The pending chord was cancelled.
    Cancelled,
    /// Undo with no live act left.
    NothingToUndo,
    /// Redo with nothing retracted in this session.
    NothingToRedo,
    /// A note with no act to attach it to.
    NothingToNote,
    /// An act was coded.
    Coded(usize),
    /// An act was coded that repeats one just before it (same person, code and target): kept, but flagged.
    Duplicate(usize),
    /// An act was retracted.
    Retracted(usize),
    /// A retracted act was restored.
    Restored(usize),
    /// A note was attached to an act.
    Noted(usize),
    /// Start was pressed while a phase runs.
    PhaseAlreadyRunning,
    /// Pause was pressed while no phase runs.
    PhaseNotRunning,
    /// Next phase was pressed on the last phase.
    NoNextPhase,
    /// The last floor change was taken back (true) or brought back by Redo (false).
    FloorBack(bool),
    /// A phase change was taken back (true) or made again by Redo (false); the phase now on the clock.
    PhaseBack(bool, Option<usize>),
    /// A phase started or resumed (index into `record.phases`).
    PhaseStarted(usize),
    /// A paused phase was resumed (index into `record.phases`).
    PhaseResumed(usize),
    /// A phase was paused.
    PhasePaused(usize),
    /// An act was coded while no coded phase ran: kept in the file, marked, not evidence.
    CodedOutside(usize),
    /// A past act was corrected from the act list.
    Corrected(usize),
    /// The correction typed changes nothing.
    Unchanged(usize),
    /// A missed act was inserted from the act list.
    Inserted(usize),
    /// An act coded outside a coded phase now counts (true) or no longer counts (false).
    Kept(usize, bool),
    /// Keep asked for an act coded in a coded phase, which always counts.
    AlwaysCounts(usize),
    /// The day record refused a change (a damaged file); nothing was recorded.
    Rejected(String),
}
