//! Names without their titles: "Drs. H. Ahmad Fauzi, M.Si." and "Ahmad Fauzi" are one person to a
//! participant filling in a form, who rarely types the academic and religious titles the roster
//! carries.

use super::clean_text;

/// Titles written before a name (compared without dots, in lower case): academic (Dr., Drs., Dra.,
/// Ir., Prof.), religious (H. haji, Hj. hajjah, KH., Ust.) and professional (apt., Ns.).
const BEFORE: &[&str] = &[
    "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "ust", "ustadz", "ustazah", "apt", "ns",
    "drg", "dokter",
];

/// Degrees and titles written after a name without a comma (after a comma, everything is taken as
/// a degree): Indonesian degrees (S.H., S.E., S.Sos., M.Si., M.M., M.Psi., M.Kom. ...) and others.
const AFTER: &[&str] = &[
    "sh", "se", "ssos", "sip", "spd", "spsi", "skom", "st", "sag", "sked", "ssi", "sp", "ak", "mh",
    "msi", "mm", "mpsi", "mkom", "mt", "mpd", "mag", "map", "mkes", "msc", "ma", "mba", "phd",
    "psikolog", "cpa", "amd", "spog", "spa", "mhum", "llm",
];

/// The name as a lower-case key with titles and degrees left out: "Drs. H. Ahmad Fauzi, M.Si."
/// and "ahmad  fauzi" both give `ahmad fauzi`. Empty when nothing but titles is left.
pub fn bare_name(name: &str) -> String {
    let cleaned = clean_text(name);
    // Degrees follow the first comma ("Rosa Setiawan, S.H., M.H.").
    let main = cleaned.split(',').next().unwrap_or("");
    let mut words: Vec<String> = main
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '-')
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && BEFORE.contains(&words[0].as_str()) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| AFTER.contains(&w.as_str())) {
        words.pop();
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_before_and_degrees_after_are_left_out() {
        for written in [
            "Drs. H. Ahmad Fauzi, M.Si.",
            "Ahmad Fauzi",
            "AHMAD FAUZI",
            "Dr. Ir. Ahmad Fauzi, S.E., M.M.",
            "Hj. Ahmad  Fauzi S.H.",
            "Ahmad Fauzi, M.Psi., Psikolog",
        ] {
            assert_eq!(bare_name(written), "ahmad fauzi", "{written:?}");
        }
        // A one-word name that is also a title stays itself.
        assert_eq!(bare_name("Ir"), "ir");
        // Apostrophes and hyphens are part of names.
        assert_eq!(bare_name("Nurul 'Aini, S.Sos."), "nurul 'aini");
    }
}
