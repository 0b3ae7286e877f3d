//! Sentences of the agreement figures (`lgd agreement` and consolidation) that carry values.

use super::Lang;

/// Raters and units without a single rating, left out of the ICCs.
pub fn left_out_of_icc(lang: Lang, raters: &[String], units: &[String]) -> String {
    let list = |what_id: &str, what_en: &str, labels: &[String]| -> Option<(String, String)> {
        (!labels.is_empty()).then(|| {
            let joined = labels.join(", ");
            (format!("{what_id} {joined}"), format!("{what_en} {joined}"))
        })
    };
    let parts: Vec<(String, String)> = [
        list("penilai", "rater", raters),
        list("unit", "unit", units),
    ]
    .into_iter()
    .flatten()
    .collect();
    let join = |pick: fn(&(String, String)) -> &String| {
        parts
            .iter()
            .map(pick)
            .cloned()
            .collect::<Vec<_>>()
            .join("; ")
    };
    match lang {
        Lang::Id => format!(
            "Tidak dipakai dalam ICC, tanpa penilaian sama sekali: {}",
            join(|p| &p.0)
        ),
        Lang::En => format!("Left out of the ICCs, no rating at all: {}", join(|p| &p.1)),
    }
}

crate::words! {
    /// Fixed notes printed under the agreement figures.
    pub enum AgreementNote {
        /// Which weights each weighted figure uses.
        Weights => (
            "Bobot: kappa linear |x − y| dan kuadratik (x − y)² pada nilai penilaian; AC2 pada nilai (irrCAC); alfa ordinal pada peringkat tengah, interval pada nilai.",
            "Weights: kappa linear |x − y| and quadratic (x − y)² on the rating values; AC2 on the values (irrCAC); alpha ordinal on mid-ranks, interval on the values.",
        ),
    }
}
