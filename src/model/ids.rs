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
    /// A name Windows keeps for a device: a file called so cannot be made there.
    #[error(
        "the id {0:?} is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1-9, LPT1-9); choose another"
    )]
    Reserved(String),
    /// Starts with '-', which a command line would read as an option.
    #[error(
        "the id {0:?} starts with '-', which a command line reads as an option; start it with a letter or digit"
    )]
    LeadingDash(String),
}

/// Whether `id` (any case) is a device name on Windows: there `CON.json` opens the console, since
/// the part before the first dot names the device; ids have no dot, so the whole id is compared.
fn is_windows_device(id: &str) -> bool {
    let upper = id.to_ascii_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => {
            let (stem, digit) = upper.split_at(upper.len().saturating_sub(1));
            matches!(stem, "COM" | "LPT") && digit.chars().all(|c| c.is_ascii_digit())
        }
    }
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
        None if id.starts_with('-') => Err(IdError::LeadingDash(id.to_string())),
        None if is_windows_device(id) => Err(IdError::Reserved(id.to_string())),
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
        for reserved in ["CON", "nul", "Aux", "PRN", "COM1", "com9", "LPT1", "lpt0"] {
            assert_eq!(
                check_id(reserved),
                Err(IdError::Reserved(reserved.into())),
                "{reserved}"
            );
        }
        for fine in ["CONS", "NUL1", "COM", "COM10", "LPT", "A-COM1", "con_1"] {
            assert!(check_id(fine).is_ok(), "{fine} refused");
        }
        assert_eq!(check_id("-x"), Err(IdError::LeadingDash("-x".into())));
        assert_eq!(
            check_id("--help"),
            Err(IdError::LeadingDash("--help".into()))
        );
        assert!(check_id("x-").is_ok());
        assert!(matches!(
            check_id(&"x".repeat(65)),
            Err(IdError::TooLong(_))
        ));
    }
}
