//! Ids that become parts of file names must never be paths.

/// Why an id cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// Empty id.
    #[error("the id is empty; use letters, digits, '-' or '_'")]
    Empty,
    /// Longer than a file name part should be.
    #[error("the id {0:?} is longer than 64 characters")]
    TooLong(String),
    /// Has a character outside letters, digits, `-`, `_`.
    #[error("the id {id:?} contains {bad:?}; use only letters, digits, '-' or '_'")]
    BadChar {
        /// The id.
        id: String,
        /// The first offending character.
        bad: char,
    },
}

/// Accepts ASCII letters, digits, `-` and `_` (1-64 characters), so an id is safe as a file-name part.
pub fn check_id(id: &str) -> Result<(), IdError> {
    if id.is_empty() {
        return Err(IdError::Empty);
    }
    if id.len() > 64 {
        return Err(IdError::TooLong(id.to_string()));
    }
    match id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(bad) => Err(IdError::BadChar {
            id: id.to_string(),
            bad,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_like_ids_are_refused() {
        assert!(check_id("obs-01_a").is_ok());
        for bad in ["../x", "a/b", "a b", "c:", ".", "é"] {
            assert!(check_id(bad).is_err(), "{bad} accepted");
        }
        assert_eq!(check_id(""), Err(IdError::Empty));
        assert!(matches!(
            check_id(&"x".repeat(65)),
            Err(IdError::TooLong(_))
        ));
    }
}
