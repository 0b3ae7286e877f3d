//! Tidying a cell's text the way HR spreadsheets need it.

use unicode_normalization::UnicodeNormalization;

/// Trims, collapses inner whitespace (no-break spaces included) and composes to Unicode NFC.
///
/// Zero-width characters that survive copy-and-paste from web pages are dropped; apostrophes,
/// dots and commas of titles are kept exactly as typed.
pub fn clean_text(s: &str) -> String {
    let visible: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}'))
        .collect();
    let joined = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_spacing_and_composes() {
        assert_eq!(
            clean_text("  Drs.\u{A0}H.  Ahmad\tNur'aini, M.Si. "),
            "Drs. H. Ahmad Nur'aini, M.Si."
        );
        assert_eq!(clean_text("Jose\u{301}\u{200B}"), "José");
    }
}
