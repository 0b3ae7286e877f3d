//! The act list's edit line, `3p5 12:04` (seat, code key, target seat, session time), read into
//! an act draft; the same keys as live coding, so there is nothing new to learn.

use super::{Session, seat_for_key};
use crate::model::Act;

/// An act as typed on the edit line. Participants and codes are indices, as in the session.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Draft {
    /// Who acted.
    pub person: usize,
    /// Index of the code in the scheme.
    pub code: usize,
    /// Whom it was aimed at.
    pub target: Option<usize>,
    /// Session time (seconds from the start of the coded discussion); `None` keeps the default.
    pub time_s: Option<f64>,
}

/// Why an edit line does not make an act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// Nothing typed.
    Empty,
    /// The first key is not a seat key.
    NotASeat(char),
    /// A seat with nobody in it.
    EmptySeat(u8),
    /// No code is missing or the key is not a code.
    UnknownCode(Option<char>),
    /// The target is the actor.
    SelfTarget,
    /// A target given for a code that takes none.
    NotTargeted(String),
    /// The time is not `m:ss`.
    BadTime(String),
    /// More was typed than seat, code, target and time.
    Extra(String),
}

/// Reads `m:ss`, `h:mm:ss` or `-m:ss` into seconds.
pub fn parse_clock(text: &str) -> Option<f64> {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, text),
    };
    let parts: Vec<&str> = rest.split(':').collect();
    if parts.len() < 2 || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let mut total = 0u64;
    for (k, p) in parts.iter().enumerate() {
        let n: u64 = p.parse().ok()?;
        // Seconds and (with hours) minutes are two digits under 60.
        if k > 0 && (n >= 60 || p.len() != 2) {
            return None;
        }
        total = total.checked_mul(60)?.checked_add(n)?;
    }
    Some(sign * total as f64)
}

impl Session {
    /// Reads an edit line into a draft of an act.
    pub fn read_draft(&self, text: &str) -> Result<Draft, DraftError> {
        let mut words = text.split_whitespace();
        let keys: Vec<char> = words.next().ok_or(DraftError::Empty)?.chars().collect();
        let seat = |c: char| -> Result<usize, DraftError> {
            let n = seat_for_key(c).ok_or(DraftError::NotASeat(c))?;
            self.seat(n).ok_or(DraftError::EmptySeat(n))
        };
        let person = seat(keys[0])?;
        let key = keys.get(1).map(|c| c.to_ascii_lowercase());
        let code = key
            .and_then(|k| self.record().scheme.codes.iter().position(|c| c.key == k))
            .ok_or(DraftError::UnknownCode(key))?;
        let target = match keys.get(2) {
            None => None,
            Some(&c) => {
                let scheme_code = &self.record().scheme.codes[code];
                if !scheme_code.targeted {
                    return Err(DraftError::NotTargeted(scheme_code.code.clone()));
                }
                let t = seat(c)?;
                if t == person {
                    return Err(DraftError::SelfTarget);
                }
                Some(t)
            }
        };
        if keys.len() > 3 {
            return Err(DraftError::Extra(keys[3..].iter().collect()));
        }
        let time_s = match words.next() {
            None => None,
            Some(t) => Some(parse_clock(t).ok_or_else(|| DraftError::BadTime(t.to_string()))?),
        };
        if let Some(more) = words.next() {
            return Err(DraftError::Extra(more.to_string()));
        }
        Ok(Draft {
            person,
            code,
            target,
            time_s,
        })
    }

    /// An act as its edit line, `3p5` (seat, code key, target seat), for the line to start from.
    pub fn draft_keys(&self, act: &Act) -> String {
        let seat = |id: &str| self.seat_key_of(id).unwrap_or('?');
        let mut s = String::new();
        s.push(seat(&act.participant));
        if let Some(c) = self.record().scheme.by_code(&act.code) {
            s.push(c.key);
        }
        if let Some(t) = &act.target {
            s.push(seat(t));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::parse_clock;

    #[test]
    fn clocks_read_minutes_seconds_hours_and_a_sign() {
        assert_eq!(parse_clock("12:04"), Some(724.0));
        assert_eq!(parse_clock("0:05"), Some(5.0));
        assert_eq!(parse_clock("-1:30"), Some(-90.0));
        assert_eq!(parse_clock("1:02:03"), Some(3723.0));
        for bad in ["12", "1:5", "1:60", ":30", "a:00", "1:00:00:00", ""] {
            assert_eq!(parse_clock(bad), None, "{bad}");
        }
    }
}
