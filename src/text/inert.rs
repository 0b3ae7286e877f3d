//! Text from files anyone can edit (names, notes, paths) made harmless before it reaches a terminal:
//! the one test of what would act on a terminal, used by the command printer and by every cell the
//! terminal apps draw.

use std::borrow::Cow;

/// Whether `c` would act on a terminal rather than show: C0 controls other than newline and tab,
/// DEL, C1 controls, and the bidirectional and invisible formatting characters.
pub fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` with every character that would act on the terminal shown as its code (`\u001b`), so
/// the reader sees it is there and the terminal does nothing with it. The form is JSON's own
/// escape (every such character is below U+FFFF), so `--json` output stays valid and decodes to
/// the same strings.
pub fn inert(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_on_terminal(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` fit for one cell of a terminal screen: newline, carriage return and tab become a space
/// (a name or note is drawn on its row, never breaking it), every other character that would act on
/// the terminal becomes `�`, so each keeps one column and columns stay lined up.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) && !text.contains(['\n', '\t']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c if acts_on_terminal(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::one_line;
    use std::borrow::Cow;

    #[test]
    fn a_cell_keeps_one_row_and_one_column_per_character() {
        assert_eq!(one_line("Ana\nBudi\tC"), "Ana Budi C");
        assert_eq!(
            one_line("a\0b\u{202E}c\u{1b}[2J"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}[2J"
        );
        assert!(matches!(one_line("Fitri Lubis"), Cow::Borrowed(_)));
    }
}
