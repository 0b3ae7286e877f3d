//! The one key table: it dispatches keys and draws the help overlay and the hint bar, so they always agree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::pane::Pane;
use super::score::ScoreAction as SA;
use super::score::text::S;
use super::text::T;
use crate::model::{EvidenceKind, Lang};
use crate::session::{Stroke, seat_for_key};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, even while typing.
    Always,
    /// On every pane when nothing is being typed.
    Panes,
    /// One pane.
    Pane(Pane),
    /// The help overlay.
    Help,
    /// Typing a roster filter.
    Filter,
    /// Typing a note.
    Note,
    /// Editing the mission text.
    Mission,
}

/// A key or family of keys a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key with no modifier (Shift is allowed for characters).
    Plain(KeyCode),
    /// Ctrl and a letter.
    Ctrl(char),
    /// The seat keys 1-9, 0, -, =.
    Seat,
    /// Any letter (a code; capitals count as small letters).
    Letter,
    /// The level keys 1-5.
    Level,
    /// F1 to F(number of panes).
    PaneF,
    /// Any printable character.
    Printable,
}

/// What a binding does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Fixed action.
    Do(Act),
    /// The key itself is a grammar keystroke.
    Stroke,
    /// The function key's pane.
    GoPane,
    /// The key is typed into the input.
    Type,
    /// The key goes to the mission editor.
    Edit,
    /// A Score-pane action.
    Score(SA),
    /// The level key pressed, on the Score pane.
    Level,
}

/// Fixed actions a binding can name (an [`Action`] without data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// See [`Action::Quit`].
    Quit,
    /// See [`Action::ToggleHelp`].
    Help,
    /// See [`Action::NextPane`].
    NextPane,
    /// See [`Action::PrevPane`].
    PrevPane,
    /// See [`Action::PhaseToggle`].
    PhaseToggle,
    /// See [`Action::PhaseStart`].
    PhaseStart,
    /// See [`Action::PhasePause`].
    PhasePause,
    /// See [`Action::PhaseNext`].
    PhaseNext,
    /// Silence.
    Silence,
    /// Retract.
    Undo,
    /// Restore.
    Redo,
    /// Cancel the chord.
    Cancel,
    /// See [`Action::BeginNote`].
    Note,
    /// Up one row.
    Up,
    /// Down one row.
    Down,
    /// Up a page.
    PageUp,
    /// Down a page.
    PageDown,
    /// First row.
    First,
    /// Last row.
    Last,
    /// See [`Action::BeginFilter`].
    Filter,
    /// See [`Action::SortNext`].
    SortNext,
    /// See [`Action::SortReverse`].
    SortReverse,
    /// See [`Action::ClearFilter`].
    ClearFilter,
    /// See [`Action::EditMission`].
    EditMission,
    /// See [`Action::BeginGroupNote`].
    GroupNote,
    /// See [`Action::InputBackspace`].
    Erase,
    /// See [`Action::Submit`].
    Submit,
    /// See [`Action::CancelInput`].
    CancelInput,
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys, first one shown first.
    pub keys: &'static [Key],
    /// Where it applies.
    pub context: Context,
    /// What it does.
    pub command: Command,
    /// What the help and hint bar say.
    pub about: T,
    /// The short label the hint bar shows, if it shows this binding.
    pub hint: Option<T>,
}

const fn b(
    keys: &'static [Key],
    context: Context,
    command: Command,
    about: T,
    hint: Option<T>,
) -> Binding {
    Binding {
        keys,
        context,
        command,
        about,
        hint,
    }
}

use Command::Do;
use Context as C;
use Key::{Ctrl, Plain};
use KeyCode as K;

const OBS: Context = C::Pane(Pane::Observe);
const ROS: Context = C::Pane(Pane::Roster);
const GRP: Context = C::Pane(Pane::Group);
const SCO: Context = C::Pane(Pane::Score);

/// The key table.
pub static BINDINGS: &[Binding] = &[
    b(
        &[Ctrl('q'), Ctrl('c')],
        C::Always,
        Do(Act::Quit),
        T::KQuit,
        Some(T::HQuit),
    ),
    // Observe: the coding grammar.
    b(&[Key::Seat], OBS, Command::Stroke, T::KSeat, Some(T::HSeat)),
    b(
        &[Key::Letter],
        OBS,
        Command::Stroke,
        T::KCode,
        Some(T::HCode),
    ),
    b(
        &[Plain(K::Char(' '))],
        OBS,
        Do(Act::Silence),
        T::KSilence,
        Some(T::HSilence),
    ),
    b(
        &[Plain(K::Char('.'))],
        OBS,
        Command::Stroke,
        T::KPick,
        Some(T::HPick),
    ),
    b(
        &[Plain(K::Backspace)],
        OBS,
        Do(Act::Undo),
        T::KUndo,
        Some(T::HUndo),
    ),
    b(
        &[Ctrl('r'), Ctrl('y')],
        OBS,
        Do(Act::Redo),
        T::KRedo,
        Some(T::HRedo),
    ),
    b(
        &[Plain(K::Enter)],
        OBS,
        Do(Act::Note),
        T::KNote,
        Some(T::HNote),
    ),
    b(&[Plain(K::Esc)], OBS, Do(Act::Cancel), T::KCancel, None),
    // Roster.
    b(
        &[Plain(K::Char('/'))],
        ROS,
        Do(Act::Filter),
        T::KFilter,
        Some(T::HFilter),
    ),
    b(
        &[Plain(K::Char('s'))],
        ROS,
        Do(Act::SortNext),
        T::KSortNext,
        Some(T::HSort),
    ),
    b(
        &[Plain(K::Char('r'))],
        ROS,
        Do(Act::SortReverse),
        T::KSortReverse,
        Some(T::HReverse),
    ),
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        ROS,
        Do(Act::Up),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        ROS,
        Do(Act::Down),
        T::KDown,
        None,
    ),
    b(&[Plain(K::PageUp)], ROS, Do(Act::PageUp), T::KPageUp, None),
    b(
        &[Plain(K::PageDown)],
        ROS,
        Do(Act::PageDown),
        T::KPageDown,
        None,
    ),
    b(&[Plain(K::Home)], ROS, Do(Act::First), T::KFirst, None),
    b(&[Plain(K::End)], ROS, Do(Act::Last), T::KLast, None),
    b(
        &[Plain(K::Esc)],
        ROS,
        Do(Act::ClearFilter),
        T::KClearFilter,
        None,
    ),
    // Group.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        GRP,
        Do(Act::Up),
        T::KGroupUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        GRP,
        Do(Act::Down),
        T::KGroupDown,
        None,
    ),
    b(
        &[Plain(K::Char('s'))],
        GRP,
        Do(Act::PhaseStart),
        T::KPhaseStart,
        Some(T::HStart),
    ),
    b(
        &[Plain(K::Char('p'))],
        GRP,
        Do(Act::PhasePause),
        T::KPhasePause,
        Some(T::HPause),
    ),
    b(
        &[Plain(K::Char('n'))],
        GRP,
        Do(Act::PhaseNext),
        T::KPhaseNext,
        Some(T::HNext),
    ),
    b(
        &[Plain(K::Char('m'))],
        GRP,
        Do(Act::EditMission),
        T::KEditMission,
        Some(T::HMission),
    ),
    b(
        &[Plain(K::Char('c'))],
        GRP,
        Do(Act::GroupNote),
        T::KAddNote,
        Some(T::HGroupNote),
    ),
    // Score.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        SCO,
        Do(Act::Up),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        SCO,
        Do(Act::Down),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('h'))],
        SCO,
        Command::Score(SA::Left),
        T::Score(S::KLeft),
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('l'))],
        SCO,
        Command::Score(SA::Right),
        T::Score(S::KRight),
        None,
    ),
    b(
        &[Key::Level],
        SCO,
        Command::Level,
        T::Score(S::KLevel),
        Some(T::Score(S::HLevel)),
    ),
    b(
        &[Plain(K::Char('n'))],
        SCO,
        Command::Score(SA::NotObserved),
        T::Score(S::KNotObserved),
        Some(T::Score(S::HNotObserved)),
    ),
    b(
        &[Plain(K::Char('x')), Plain(K::Delete)],
        SCO,
        Command::Score(SA::Clear),
        T::Score(S::KClear),
        Some(T::Score(S::HClear)),
    ),
    b(
        &[Plain(K::Enter)],
        SCO,
        Command::Score(SA::Justify),
        T::Score(S::KJustify),
        Some(T::Score(S::HJustify)),
    ),
    b(
        &[Plain(K::Char('+'))],
        SCO,
        Command::Score(SA::Evidence(EvidenceKind::Strength)),
        T::Score(S::KStrength),
        Some(T::Score(S::HEvidence)),
    ),
    b(
        &[Plain(K::Char('-'))],
        SCO,
        Command::Score(SA::Evidence(EvidenceKind::Development)),
        T::Score(S::KDevelopment),
        None,
    ),
    b(
        &[Plain(K::Char('0'))],
        SCO,
        Command::Score(SA::Evidence(EvidenceKind::Neutral)),
        T::Score(S::KNeutral),
        None,
    ),
    b(
        &[Plain(K::Char('S'))],
        SCO,
        Command::Score(SA::SubmitAll),
        T::Score(S::KSubmit),
        Some(T::Score(S::HSubmit)),
    ),
    // Every pane.
    b(
        &[Plain(K::Tab)],
        C::Panes,
        Do(Act::NextPane),
        T::KNextPane,
        Some(T::HPane),
    ),
    b(
        &[Plain(K::BackTab)],
        C::Panes,
        Do(Act::PrevPane),
        T::KPrevPane,
        None,
    ),
    b(&[Key::PaneF], C::Panes, Command::GoPane, T::KGoPane, None),
    b(
        &[Ctrl('p')],
        C::Panes,
        Do(Act::PhaseToggle),
        T::KPhaseToggle,
        None,
    ),
    b(
        &[Ctrl('n')],
        C::Panes,
        Do(Act::PhaseNext),
        T::KPhaseNext,
        None,
    ),
    b(
        &[Plain(K::Char('?'))],
        C::Panes,
        Do(Act::Help),
        T::KHelp,
        Some(T::HHelp),
    ),
    // Help overlay.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::Help,
        Do(Act::Up),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::Help,
        Do(Act::Down),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Char('?'))],
        C::Help,
        Do(Act::Help),
        T::KHelpClose,
        Some(T::HClose),
    ),
    // Typing a filter.
    b(
        &[Plain(K::Enter)],
        C::Filter,
        Do(Act::Submit),
        T::KFilterDone,
        Some(T::HDone),
    ),
    b(
        &[Plain(K::Esc)],
        C::Filter,
        Do(Act::ClearFilter),
        T::KClearFilter,
        Some(T::HClear),
    ),
    b(
        &[Plain(K::Backspace)],
        C::Filter,
        Do(Act::Erase),
        T::KErase,
        None,
    ),
    b(&[Plain(K::Up)], C::Filter, Do(Act::Up), T::KUp, None),
    b(&[Plain(K::Down)], C::Filter, Do(Act::Down), T::KDown, None),
    b(&[Key::Printable], C::Filter, Command::Type, T::KType, None),
    // Typing a note.
    b(
        &[Plain(K::Enter)],
        C::Note,
        Do(Act::Submit),
        T::KSubmit,
        Some(T::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        C::Note,
        Do(Act::CancelInput),
        T::KCancelInput,
        Some(T::HCancel),
    ),
    b(
        &[Plain(K::Backspace)],
        C::Note,
        Do(Act::Erase),
        T::KErase,
        None,
    ),
    b(&[Key::Printable], C::Note, Command::Type, T::KType, None),
    // Editing the mission.
    b(
        &[Plain(K::Esc)],
        C::Mission,
        Do(Act::Submit),
        T::KMissionDone,
        Some(T::HDone),
    ),
    b(&[Key::Printable], C::Mission, Command::Edit, T::KEdit, None),
];

/// Where keys are looked up, most specific first.
pub fn contexts_for(mode: Mode, pane: Pane) -> &'static [Context] {
    match (mode, pane) {
        (Mode::Help, _) => &[C::Always, C::Help],
        (Mode::Filter, _) => &[C::Always, C::Filter],
        (Mode::Note, _) => &[C::Always, C::Note],
        (Mode::Mission, _) => &[C::Always, C::Mission],
        (Mode::Normal, Pane::Observe) => &[C::Always, OBS, C::Panes],
        (Mode::Normal, Pane::Roster) => &[C::Always, ROS, C::Panes],
        (Mode::Normal, Pane::Group) => &[C::Always, GRP, C::Panes],
        (Mode::Normal, Pane::Score) => &[C::Always, SCO, C::Panes],
    }
}

/// The kind of key handling the app is in, for looking up the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Panes take keys.
    Normal,
    /// The help overlay is open.
    Help,
    /// Typing a roster filter.
    Filter,
    /// Typing a note.
    Note,
    /// Editing the mission text.
    Mission,
}

/// Translates a key press into an action using the table.
pub fn dispatch(mode: Mode, pane: Pane, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    for ctx in contexts_for(mode, pane) {
        for bind in BINDINGS.iter().filter(|b| b.context == *ctx) {
            if let Some(k) = bind.keys.iter().find(|k| matches_key(**k, key)) {
                return action_for(bind.command, *k, key);
            }
        }
    }
    // The editor receives every key that is not bound (arrows, Ctrl+Z, Enter...).
    (mode == Mode::Mission).then_some(Action::EditorKey(key))
}

fn plain_mods(key: KeyEvent) -> bool {
    !key.modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Whether a key press is one of the keys `k` stands for.
pub fn matches_key(k: Key, key: KeyEvent) -> bool {
    match (k, key.code) {
        (Key::Plain(KeyCode::BackTab), KeyCode::BackTab) => true,
        (Key::Plain(code), c) => {
            code == c
                && plain_mods(key)
                && !matches!(c, KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT))
        }
        (Key::Ctrl(ch), KeyCode::Char(c)) => {
            key.modifiers.contains(KeyModifiers::CONTROL) && c.eq_ignore_ascii_case(&ch)
        }
        (Key::Seat, KeyCode::Char(c)) => plain_mods(key) && seat_for_key(c).is_some(),
        (Key::Letter, KeyCode::Char(c)) => plain_mods(key) && c.is_ascii_alphabetic(),
        (Key::Level, KeyCode::Char(c)) => plain_mods(key) && ('1'..='5').contains(&c),
        (Key::PaneF, KeyCode::F(n)) => Pane::from_fkey(n).is_some(),
        (Key::Printable, KeyCode::Char(c)) => plain_mods(key) && !c.is_control(),
        _ => false,
    }
}

fn action_for(command: Command, bound: Key, key: KeyEvent) -> Option<Action> {
    let ch = match key.code {
        KeyCode::Char(c) => Some(c),
        _ => None,
    };
    Some(match command {
        Command::Do(act) => fixed(act),
        Command::Stroke => {
            let c = ch?;
            // Caps Lock left on in a hurry should still code.
            let c = if bound == Key::Letter {
                c.to_ascii_lowercase()
            } else {
                c
            };
            Action::Stroke(Stroke::Char(c))
        }
        Command::GoPane => match key.code {
            KeyCode::F(n) => Action::GoPane(Pane::from_fkey(n)?),
            _ => return None,
        },
        Command::Type => Action::InputChar(ch?),
        Command::Edit => Action::EditorKey(key),
        Command::Score(a) => Action::Score(a),
        Command::Level => Action::Score(SA::Digit(ch?.to_digit(10)? as u8)),
    })
}

fn fixed(act: Act) -> Action {
    match act {
        Act::Quit => Action::Quit,
        Act::Help => Action::ToggleHelp,
        Act::NextPane => Action::NextPane,
        Act::PrevPane => Action::PrevPane,
        Act::PhaseToggle => Action::PhaseToggle,
        Act::PhaseStart => Action::PhaseStart,
        Act::PhasePause => Action::PhasePause,
        Act::PhaseNext => Action::PhaseNext,
        Act::Silence => Action::Stroke(Stroke::Space),
        Act::Undo => Action::Stroke(Stroke::Backspace),
        Act::Redo => Action::Stroke(Stroke::Redo),
        Act::Cancel => Action::Stroke(Stroke::Esc),
        Act::Note => Action::BeginNote,
        Act::Up => Action::Move(-1),
        Act::Down => Action::Move(1),
        Act::PageUp => Action::Move(-10),
        Act::PageDown => Action::Move(10),
        Act::First => Action::MoveEnd(false),
        Act::Last => Action::MoveEnd(true),
        Act::Filter => Action::BeginFilter,
        Act::SortNext => Action::SortNext,
        Act::SortReverse => Action::SortReverse,
        Act::ClearFilter => Action::ClearFilter,
        Act::EditMission => Action::EditMission,
        Act::GroupNote => Action::BeginGroupNote,
        Act::Erase => Action::InputBackspace,
        Act::Submit => Action::Submit,
        Act::CancelInput => Action::CancelInput,
    }
}

/// How a key is written in the help and hint bar.
pub fn key_label(k: Key, lang: Lang) -> String {
    match k {
        Key::Plain(code) => code_label(code, lang),
        Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
        Key::Seat => T::KeySeats.get(lang).to_string(),
        Key::Letter => T::KeyLetters.get(lang).to_string(),
        Key::Level => "1-5".into(),
        Key::PaneF => format!("{}{}", T::KeyPanes.get(lang), Pane::ALL.len()),
        Key::Printable => T::KeyTyping.get(lang).to_string(),
    }
}

fn code_label(code: KeyCode, lang: Lang) -> String {
    match code {
        KeyCode::Char(' ') => T::KeySpace.get(lang).to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift+Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

/// All keys of a binding, e.g. "Ctrl+R / Ctrl+Y".
pub fn keys_label(bind: &Binding, lang: Lang) -> String {
    bind.keys
        .iter()
        .map(|k| key_label(*k, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The bindings that apply in a mode and pane, in lookup order.
pub fn bindings_for(mode: Mode, pane: Pane) -> impl Iterator<Item = &'static Binding> {
    contexts_for(mode, pane)
        .iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == *ctx))
}
