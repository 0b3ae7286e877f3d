//! The human-readable agreement table, rounded to 3 decimals, in Indonesian or English.

use std::fmt::Write;

use super::bands::is_indonesian;
use super::icc::IccValue;
use super::report::AgreementReport;
use super::stat::{Estimate, Stat};
use crate::text::agreement::{AgreementNote, left_out_of_icc};
use crate::text::{Lang, Words};

impl AgreementReport {
    /// Renders the report as aligned plain text; `lang` is "id" or "en".
    pub fn to_table_string(&self, lang: &str) -> String {
        let id = is_indonesian(lang);
        let language = if id { Lang::Id } else { Lang::En };
        let tr = |en: &'static str, ind: &'static str| if id { ind } else { en };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: {} {}, {} {}, {} {} ({} {})",
            tr("Inter-rater agreement", "Kesepakatan antar-penilai"),
            self.units,
            tr("units", "unit"),
            self.raters,
            tr("raters", "penilai"),
            self.ratings,
            tr("ratings", "penilaian"),
            self.missing,
            tr("missing", "kosong"),
        );

        let percent = match &self.percent_agreement {
            Stat::Value(p) => format!(
                "{} ({:.1}%), {} {}",
                fmt3(p.value),
                p.value * 100.0,
                p.units,
                tr("units", "unit")
            ),
            Stat::Unavailable { reason } => unavailable(reason.message(lang)),
        };
        let _ = writeln!(
            out,
            "\n{}: {percent}",
            tr("Percent agreement", "Persentase kesepakatan")
        );

        let icc = &self.icc;
        let _ = writeln!(
            out,
            "\n{} ({} {}, {} {})",
            tr("Intraclass correlation", "Korelasi intrakelas"),
            icc.complete_units,
            tr("complete units", "unit lengkap"),
            icc.dropped_units,
            tr("dropped", "dibuang"),
        );
        if !icc.empty_raters.is_empty() || !icc.empty_units.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                left_out_of_icc(language, &icc.empty_raters, &icc.empty_units)
            );
        }
        let mut rows = vec![
            [
                tr("Form", "Bentuk"),
                tr("Model", "Model"),
                "ICC",
                tr("95% CI", "IK 95%"),
                "F",
                "df1",
                "df2",
                "p",
                tr("Band", "Kategori"),
            ]
            .map(String::from)
            .to_vec(),
        ];
        for (name, stat) in icc.entries() {
            let mut row = vec![name.to_owned(), icc_model(name, id).to_owned()];
            match stat {
                Stat::Value(v) => row.extend(icc_cells(v, lang)),
                Stat::Unavailable { reason } => row.push(unavailable(reason.message(lang))),
            }
            rows.push(row);
        }
        out.push_str(&grid(&rows));

        let alpha = &self.krippendorff_alpha;
        let _ = writeln!(
            out,
            "\n{} ({} {})",
            tr("Krippendorff's alpha", "Alfa Krippendorff"),
            alpha.pairable_values,
            tr("pairable values", "nilai berpasangan"),
        );
        let rows: Vec<Vec<String>> = [
            ("nominal", &alpha.nominal),
            ("ordinal", &alpha.ordinal),
            ("interval", &alpha.interval),
        ]
        .into_iter()
        .map(|(name, s)| vec![name.to_owned(), estimate(s, lang)])
        .collect();
        out.push_str(&grid(&rows));

        let _ = writeln!(
            out,
            "\n{}",
            tr(
                "Cohen's kappa (rater pairs)",
                "Kappa Cohen (pasangan penilai)"
            )
        );
        let mut rows = Vec::new();
        if !self.cohen_kappa.is_empty() {
            rows.push(
                [
                    tr("Pair", "Pasangan"),
                    "n",
                    tr("unweighted", "tanpa bobot"),
                    "linear",
                    tr("quadratic", "kuadratik"),
                ]
                .map(String::from)
                .to_vec(),
            );
        }
        for pair in &self.cohen_kappa {
            rows.push(vec![
                format!("{} / {}", pair.rater_a, pair.rater_b),
                pair.units.to_string(),
                estimate(&pair.unweighted, lang),
                estimate(&pair.linear, lang),
                estimate(&pair.quadratic, lang),
            ]);
        }
        if self.cohen_kappa.is_empty() {
            rows.push(vec![unavailable(
                super::stat::Reason::SingleRater.message(lang),
            )]);
        }
        out.push_str(&grid(&rows));

        let _ = writeln!(out, "\nGwet");
        let gwet = &self.gwet;
        let rows = vec![
            vec!["AC1".to_owned(), estimate(&gwet.ac1, lang)],
            vec!["AC2 (linear)".to_owned(), estimate(&gwet.ac2_linear, lang)],
            vec![
                tr("AC2 (quadratic)", "AC2 (kuadratik)").to_owned(),
                estimate(&gwet.ac2_quadratic, lang),
            ],
        ];
        out.push_str(&grid(&rows));

        let _ = writeln!(out, "\n{}", AgreementNote::Weights.get(language));
        let _ = writeln!(
            out,
            "{}",
            tr(
                "Bands: ICC Koo & Li (2016); kappa and AC Landis & Koch (1977); alpha Krippendorff (2004).",
                "Kategori: ICC Koo & Li (2016); kappa dan AC Landis & Koch (1977); alfa Krippendorff (2004)."
            )
        );
        out
    }
}

fn icc_model(name: &str, id: bool) -> &'static str {
    match (name, id) {
        ("ICC(1,1)", false) => "one-way random, single rater",
        ("ICC(2,1)", false) => "two-way random, absolute agreement, single rater",
        ("ICC(3,1)", false) => "two-way mixed, consistency, single rater",
        ("ICC(1,k)", false) => "one-way random, mean of k raters",
        ("ICC(2,k)", false) => "two-way random, absolute agreement, mean of k raters",
        ("ICC(3,k)", false) => "two-way mixed, consistency, mean of k raters",
        ("ICC(1,1)", true) => "acak satu arah, penilai tunggal",
        ("ICC(2,1)", true) => "acak dua arah, kesepakatan absolut, penilai tunggal",
        ("ICC(3,1)", true) => "campuran dua arah, konsistensi, penilai tunggal",
        ("ICC(1,k)", true) => "acak satu arah, rerata k penilai",
        ("ICC(2,k)", true) => "acak dua arah, kesepakatan absolut, rerata k penilai",
        ("ICC(3,k)", true) => "campuran dua arah, konsistensi, rerata k penilai",
        _ => "",
    }
}

fn icc_cells(v: &IccValue, lang: &str) -> Vec<String> {
    vec![
        fmt3(v.icc),
        v.ci95.map_or_else(
            || "—".to_owned(),
            |[lo, hi]| format!("[{}, {}]", fmt3(lo), fmt3(hi)),
        ),
        v.f.map_or_else(|| "∞".to_owned(), fmt3),
        v.df1.to_string(),
        v.df2.to_string(),
        v.p_value.map_or_else(|| "—".to_owned(), fmt_p),
        v.band.label(lang).to_owned(),
    ]
}

fn estimate(stat: &Stat<Estimate>, lang: &str) -> String {
    match stat {
        Stat::Value(e) => match e.band {
            Some(band) => format!("{} {}", fmt3(e.value), band.label(lang)),
            None => fmt3(e.value),
        },
        Stat::Unavailable { reason } => unavailable(reason.message(lang)),
    }
}

fn unavailable(message: &str) -> String {
    format!("— ({message})")
}

/// Three decimals, without a "-0.000" for tiny negatives.
pub(crate) fn fmt3(x: f64) -> String {
    let s = format!("{x:.3}");
    if s == "-0.000" { "0.000".to_owned() } else { s }
}

/// P-values too small for three decimals are shown as a bound rather than as 0.
fn fmt_p(p: f64) -> String {
    if p < 0.001 {
        "<0.001".to_owned()
    } else {
        fmt3(p)
    }
}

/// Left-aligned columns two spaces apart, indented by two.
fn grid(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                // The last cell of a short row spans the columns it lacks (an
                // "unavailable" note), so it must not widen the column it starts in.
                .filter(|r| r.len() == columns || c + 1 < r.len())
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::from(" ");
        for (cell, width) in row.iter().zip(&widths) {
            line.push(' ');
            line.push_str(cell);
            let used = cell.chars().count();
            line.extend(std::iter::repeat_n(' ', width.saturating_sub(used) + 1));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_hides_negative_zero_and_tiny_p() {
        assert_eq!(fmt3(-0.0001), "0.000");
        assert_eq!(fmt3(0.16574), "0.166");
        assert_eq!(fmt_p(0.000134), "<0.001");
        assert_eq!(fmt_p(0.1647), "0.165");
    }

    #[test]
    fn grid_aligns_by_characters() {
        let rows = vec![
            vec!["é".to_owned(), "x".to_owned()],
            vec!["abc".to_owned(), "y".to_owned()],
        ];
        assert_eq!(grid(&rows), "  é    x\n  abc  y\n");
        let rows = vec![
            vec!["a".to_owned(), "b".to_owned(), "c".to_owned()],
            vec!["a".to_owned(), "a long note".to_owned()],
        ];
        assert_eq!(grid(&rows), "  a  b  c\n  a  a long note\n");
    }
}
