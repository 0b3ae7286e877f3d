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

/// Reads a non-empty group cell; the error says why the text names no group.
pub fn parse_group_label(raw: &str) -> Result<GroupLabel, String> {
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
            .map_err(|_| format!("group {text:?} has too large a number"))?;
        if n == 0 {
            return Err(format!("group {text:?}: number groups from 1"));
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
        return Err(format!("{text:?} is not a group number or letter"));
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
