//! Recognising column headers written in Bahasa Indonesia or English, in any case and spacing.

use unicode_normalization::UnicodeNormalization;

/// A column an importer looks for, with every header text that means it.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Name the importer asks for.
    pub name: &'static str,
    /// Header spellings, compared after [`header_key`] (so "No. Kursi" and "NO KURSI" are one).
    pub synonyms: &'static [&'static str],
}

/// Reduces a header to lower-case letters and digits: "No. Kursi" is `nokursi`, "Jenis Kelamin (L/P)"
/// is `jeniskelamin`. Accents are dropped and bracketed notes ignored unless they are all there is.
pub fn header_key(s: &str) -> String {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let key = letters_and_digits(&outside);
    if key.is_empty() {
        letters_and_digits(s)
    } else {
        key
    }
}

fn letters_and_digits(s: &str) -> String {
    s.nfkd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column holds each field, and which columns matched none.
#[derive(Debug, Clone)]
pub struct HeaderMap {
    fields: Vec<(&'static str, usize)>,
    /// Columns no field claimed (including a second column for a field already found), in order.
    pub unknown: Vec<usize>,
}

impl HeaderMap {
    /// Matches `headers` against `fields`; the first column for a field wins.
    pub fn new(headers: &[String], fields: &[Field]) -> HeaderMap {
        let mut found: Vec<(&'static str, usize)> = Vec::new();
        let mut unknown = Vec::new();
        for (col, h) in headers.iter().enumerate() {
            let key = header_key(h);
            let field = fields
                .iter()
                .find(|f| !key.is_empty() && f.synonyms.iter().any(|s| header_key(s) == key));
            match field {
                Some(f) if !found.iter().any(|(n, _)| *n == f.name) => found.push((f.name, col)),
                _ => unknown.push(col),
            }
        }
        HeaderMap {
            fields: found,
            unknown,
        }
    }

    /// The column of a field, if the file has it.
    pub fn get(&self, field: &str) -> Option<usize> {
        self.fields
            .iter()
            .find(|(n, _)| *n == field)
            .map(|(_, c)| *c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_spacing_punctuation_and_notes() {
        assert_eq!(header_key(" No. Kursi "), "nokursi");
        assert_eq!(header_key("JENIS KELAMIN (L/P)"), "jeniskelamin");
        assert_eq!(header_key("Unit_Kerja"), "unitkerja");
        assert_eq!(header_key("(L/P)"), "lp");
    }

    #[test]
    fn first_column_wins_and_the_rest_are_unknown() {
        const F: &[Field] = &[Field {
            name: "name",
            synonyms: &["Nama", "Name"],
        }];
        let h: Vec<String> = ["NAMA", "Hobi", "name"].map(String::from).to_vec();
        let m = HeaderMap::new(&h, F);
        assert_eq!(m.get("name"), Some(0));
        assert_eq!(m.unknown, vec![1, 2]);
    }
}
