//! Ids in the order people expect: G2 before G10, A9 before A10.

use std::cmp::Ordering;

/// Compares two ids piece by piece, runs of digits by their number.
pub fn natural(a: &str, b: &str) -> Ordering {
    let (pa, pb) = (pieces(a), pieces(b));
    for (x, y) in pa.iter().zip(&pb) {
        let o = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(m), Ok(n)) => m.cmp(&n),
            _ => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    pa.len().cmp(&pb.len()).then_with(|| a.cmp(b))
}

fn pieces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut digit = None;
    for (i, c) in s.char_indices() {
        let d = c.is_ascii_digit();
        if digit.is_some_and(|was| was != d) {
            out.push(&s[start..i]);
            start = i;
        }
        digit = Some(d);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_inside_ids_sort_by_value() {
        let mut ids = vec!["G10", "G2", "G1", "LEAD", "A10", "A9", "P074", "P75"];
        ids.sort_by(|a, b| natural(a, b));
        assert_eq!(ids, ["A9", "A10", "G1", "G2", "G10", "LEAD", "P074", "P75"]);
    }
}
