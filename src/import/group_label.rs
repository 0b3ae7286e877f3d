//! Reading a group cell ("1", "Kelompok 1", "G1", "Kel. A") into a group id and name.

use unicode_normalization::UnicodeNormalization;

/// Words that precede a group's number or letter and carry no meaning of their own.
const PREFIXES: &[&str] = &["kelompok", "kel", "klp", "group", "grup", "no", "nomor"];

/// A group as a roster or observer list names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GroupLabel {
    /// Group id: `G1` for group 1, `GA` for group A.
    pub id: String,
    /// Name shown to assessors: "Kelompok 1".
    pub name: String,
    /// The group's number, when it has one.
    pub number: Option<u32>,
}

/// Why a group cell names no group; each carries the cell's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GroupLabelError {
    /// A number too large to be a group's.
    #[error("group {0:?} has too large a number")]
    TooLarge(String),
    /// Group 0.
    #[error("group {0:?}: number groups from 1")]
    Zero(String),
    /// Neither a number nor letters.
    #[error("{0:?} is not a group number or letter")]
    NoLabel(String),
}

/// Reads a non-empty group cell; the error says why the text names no group.
pub fn parse_group_label(raw: &str) -> Result<GroupLabel, GroupLabelError> {
    let text = raw.trim();
    let digits: String = text
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !digits.is_empty() {
        let n: u32 = digits
            .parse()
            .map_err(|_| GroupLabelError::TooLarge(text.to_string()))?;
        if n == 0 {
            return Err(GroupLabelError::Zero(text.to_string()));
        }
        return Ok(GroupLabel {
            id: format!("G{n}"),
            name: format!("Kelompok {n}"),
            number: Some(n),
        });
    }
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    while words.len() > 1 && PREFIXES.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    let letters: String = words
        .concat()
        .nfkd()
        .filter(char::is_ascii_alphanumeric)
        .take(40)
        .collect::<String>()
        .to_uppercase();
    if letters.is_empty() {
        return Err(GroupLabelError::NoLabel(text.to_string()));
    }
    Ok(GroupLabel {
        id: format!("G{letters}"),
        name: format!("Kelompok {}", words.join(" ")),
        number: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_letters_and_prefixes() {
        for s in ["1", "Kelompok 1", "G1", "kel. 01", "Group 1"] {
            assert_eq!(parse_group_label(s).map(|g| g.id), Ok("G1".into()), "{s}");
        }
        let a = parse_group_label("Kelompok A").expect("A");
        assert_eq!((a.id.as_str(), a.name.as_str()), ("GA", "Kelompok A"));
        assert!(parse_group_label("0").is_err());
        assert!(parse_group_label("?!").is_err());
    }
}
