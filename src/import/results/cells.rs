//! Reading numbers as Indonesian and English spreadsheets write them, and naming columns as Excel does.

/// What a cell holds, for a column of numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// Nothing, or a dash that means nothing.
    Empty,
    /// A number.
    Number(f64),
    /// Text that is not a number.
    Text,
}

/// Reads a cell: `3`, `3.5`, `3,5` (decimal comma, as Indonesian Excel writes it), `1.234,5`,
/// `1,234.5`. Empty cells and lone dashes are empty; anything else is text.
pub fn read_cell(raw: &str) -> Cell {
    let s = raw.trim();
    if s.is_empty() || matches!(s, "-" | "\u{2013}" | "\u{2014}") {
        return Cell::Empty;
    }
    let ok = s.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || c == '.' || c == ',' || (i == 0 && (c == '-' || c == '+'))
    });
    if !ok || !s.chars().any(|c| c.is_ascii_digit()) {
        return Cell::Text;
    }
    // The last separator of two kinds is the decimal one; the other groups thousands.
    let plain = match (s.rfind('.'), s.rfind(',')) {
        (Some(d), Some(c)) if c > d => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        (None, Some(_)) if s.matches(',').count() == 1 => s.replace(',', "."),
        (None, Some(_)) => return Cell::Text,
        _ => s.to_string(),
    };
    match plain.parse::<f64>() {
        Ok(f) if f.is_finite() => Cell::Number(f),
        _ => Cell::Text,
    }
}

/// The column's letter as Excel shows it: 0 is A, 25 is Z, 26 is AA.
pub fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// "column C \"Kerja Sama\"" ("kolom C ..." in Bahasa Indonesia): the letter to find it, the
/// header to recognise it.
pub fn column_label(lang: crate::model::Lang, col: usize, headers: &[String]) -> String {
    let column = match lang {
        crate::model::Lang::Id => "kolom",
        crate::model::Lang::En => "column",
    };
    match headers.get(col).map(|h| h.trim()) {
        Some(h) if !h.is_empty() => format!("{column} {} {h:?}", column_letter(col)),
        _ => format!("{column} {}", column_letter(col)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_commas_thousands_and_dashes() {
        assert_eq!(read_cell(" 3 "), Cell::Number(3.0));
        assert_eq!(read_cell("3,5"), Cell::Number(3.5));
        assert_eq!(read_cell("3.5"), Cell::Number(3.5));
        assert_eq!(read_cell("1.234,5"), Cell::Number(1234.5));
        assert_eq!(read_cell("1,234.5"), Cell::Number(1234.5));
        assert_eq!(read_cell("-2"), Cell::Number(-2.0));
        assert_eq!(read_cell("-"), Cell::Empty);
        assert_eq!(read_cell(""), Cell::Empty);
        for text in ["tiga", "1,2,3", "3+", "inf", "NaN", "1e5", ".", "4 "] {
            let want = if text == "4 " {
                Cell::Number(4.0)
            } else {
                Cell::Text
            };
            assert_eq!(read_cell(text), want, "{text}");
        }
    }

    #[test]
    fn columns_are_lettered_like_excel() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
