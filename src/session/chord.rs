//! The keystroke grammar's inputs and its one piece of memory: the chord waiting for its next key.

/// A keystroke as the grammar sees it, free of any terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    /// A printable key: a seat key, `.`, or a code letter.
    Char(char),
    /// Silence (or "no particular target" while a target is awaited).
    Space,
    /// Cancel the pending chord.
    Esc,
    /// Cancel the pending chord, or retract the last live act.
    Backspace,
    /// Restore the most recently retracted act.
    Redo,
}

/// A chord started but not finished. Participants are indices into `record.participants`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Chord {
    /// Nothing pending.
    #[default]
    Idle,
    /// `.` pressed: the next seat key picks someone without giving them the floor.
    Pick,
    /// Someone picked: the next code letter is theirs.
    Picked {
        /// Who was picked.
        person: usize,
    },
    /// A targeted code waits for the target's seat key.
    Target {
        /// Who acted.
        actor: usize,
        /// Index of the code in the scheme.
        code: usize,
        /// Whether the actor held the floor.
        floor: bool,
    },
}

impl Chord {
    /// Whether a chord is waiting for more keys.
    pub fn pending(self) -> bool {
        self != Chord::Idle
    }
}
