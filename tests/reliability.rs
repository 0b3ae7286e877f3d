//! Agreement statistics checked against published values and established implementations.

use lgd_observer::reliability::{
    AgreementOptions, AgreementReport, Level, Reason, Stat, Table, Weighting, agreement_from_file,
    cohen_kappa, gwet_ac, icc, krippendorff_alpha, percent_agreement,
};
use proptest::prelude::*;

fn complete(rows: &[&[f64]]) -> Table {
    Table::from_rows(
        &rows
            .iter()
            .map(|r| r.iter().map(|&x| Some(x)).collect())
            .collect::<Vec<_>>(),
    )
}

fn close(actual: f64, expected: f64, tol: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= tol,
        "{what}: got {actual}, expected {expected}"
    );
}

/// Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges.
fn shrout_fleiss() -> Table {
    complete(&[
        &[9.0, 2.0, 5.0, 8.0],
        &[6.0, 1.0, 3.0, 2.0],
        &[8.0, 4.0, 6.0, 8.0],
        &[7.0, 1.0, 2.0, 6.0],
        &[10.0, 5.0, 6.0, 9.0],
        &[6.0, 2.0, 4.0, 7.0],
    ])
}

#[test]
fn icc_matches_shrout_fleiss_1979_published_two_decimals() {
    // Shrout & Fleiss (1979), Psychological Bulletin 86(2), p. 424.
    let r = icc(&shrout_fleiss());
    let published = [0.17, 0.29, 0.71, 0.44, 0.62, 0.91];
    for ((name, stat), expected) in r.entries().into_iter().zip(published) {
        let value = stat.value().unwrap().icc;
        close((value * 100.0).round() / 100.0, expected, 1e-9, name);
    }
    assert_eq!((r.complete_units, r.dropped_units, r.raters), (6, 0, 4));
}

#[test]
fn icc_matches_pingouin_intraclass_corr() {
    // pingouin 0.6.1 `intraclass_corr` on Shrout & Fleiss Table 2 (scipy 1.12). Its table
    // prints CI95 rounded to 2 decimals; the full-precision bounds below come from the
    // same formulas evaluated without that rounding.
    // (name, ICC, F, df1, df2, p, CI low, CI high)
    let expected = [
        (
            "ICC(1,1)",
            0.16574176840547553,
            1.7946784922394685,
            5,
            18,
            0.1647688083446397,
            -0.13293232487475096,
            0.7225600623281211,
        ),
        (
            "ICC(2,1)",
            0.2897637795275592,
            11.027247956403299,
            5,
            15,
            0.00013456651648433476,
            0.018786513374712044,
            0.7610843696489529,
        ),
        (
            "ICC(3,1)",
            0.7148407148407154,
            11.027247956403299,
            5,
            15,
            0.00013456651648433476,
            0.34246476503392614,
            0.9458582599553597,
        ),
        (
            "ICC(1,k)",
            0.4427971336792688,
            1.7946784922394685,
            5,
            18,
            0.1647688083446397,
            -0.8844421552381196,
            0.9124154203407756,
        ),
        (
            "ICC(2,k)",
            0.6200505475989893,
            11.027247956403299,
            5,
            15,
            0.00013456651648433476,
            0.07113681530250347,
            0.9272320401677219,
        ),
        (
            "ICC(3,k)",
            0.9093155423770697,
            11.027247956403299,
            5,
            15,
            0.00013456651648433476,
            0.6756747138163055,
            0.9858916781690623,
        ),
    ];
    let r = icc(&shrout_fleiss());
    for ((name, stat), (ename, icc, f, df1, df2, p, lo, hi)) in
        r.entries().into_iter().zip(expected)
    {
        assert_eq!(name, ename);
        let v = stat.value().unwrap();
        close(v.icc, icc, 1e-12, name);
        close(v.f.unwrap(), f, 1e-9, name);
        assert_eq!((v.df1, v.df2), (df1, df2), "{name} df");
        close(v.p_value.unwrap(), p, 1e-9, name);
        let [l, h] = v.ci95.unwrap();
        close(l, lo, 1e-6, name);
        close(h, hi, 1e-6, name);
        // The three decimals the human table shows agree with pingouin's.
        for (ours, theirs) in [
            (v.icc, icc),
            (l, lo),
            (h, hi),
            (v.f.unwrap(), f),
            (v.p_value.unwrap(), p),
        ] {
            assert_eq!(format!("{ours:.3}"), format!("{theirs:.3}"), "{name}");
        }
    }
}

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
/// 4 observers x 12 units with missing values.
fn krippendorff_2011() -> Table {
    let n = None;
    let s = |x: f64| Some(x);
    let observers = [
        [
            s(1.),
            s(2.),
            s(3.),
            s(3.),
            s(2.),
            s(1.),
            s(4.),
            s(1.),
            s(2.),
            n,
            n,
            n,
        ],
        [
            s(1.),
            s(2.),
            s(3.),
            s(3.),
            s(2.),
            s(2.),
            s(4.),
            s(1.),
            s(2.),
            s(5.),
            n,
            s(3.),
        ],
        [
            n,
            s(3.),
            s(3.),
            s(3.),
            s(2.),
            s(3.),
            s(4.),
            s(2.),
            s(2.),
            s(5.),
            s(1.),
            n,
        ],
        [
            s(1.),
            s(2.),
            s(3.),
            s(3.),
            s(2.),
            s(4.),
            s(4.),
            s(1.),
            s(2.),
            s(5.),
            s(1.),
            n,
        ],
    ];
    let units: Vec<Vec<Option<f64>>> = (0..12)
        .map(|u| observers.iter().map(|o| o[u]).collect())
        .collect();
    Table::from_rows(&units)
}

#[test]
fn alpha_matches_krippendorff_2011_and_the_krippendorff_package() {
    let t = krippendorff_2011();
    // Published: nominal .743, ordinal .815, interval .849 (Krippendorff 2011, pp. 4-6).
    // Full precision: Python `krippendorff` 0.9.0, krippendorff.alpha(..., level_of_measurement=...).
    for (level, published, package) in [
        (Level::Nominal, 0.743, 0.743421052631579),
        (Level::Ordinal, 0.815, 0.8153875037548814),
        (Level::Interval, 0.849, 0.8491071428571428),
    ] {
        let a = krippendorff_alpha(&t, level).number().unwrap();
        close((a * 1000.0).round() / 1000.0, published, 1e-9, "published");
        close(a, package, 1e-12, "krippendorff package");
    }
}

#[test]
fn kappa_matches_scikit_learn_cohen_kappa_score() {
    // Hand-made 2-rater table, 20 ratings on 1..5. Expected values from scikit-learn 1.9.1
    // sklearn.metrics.cohen_kappa_score(a, b, weights=None / "linear" / "quadratic").
    let a = [
        1., 2., 3., 4., 5., 3., 2., 4., 5., 1., 2., 3., 3., 4., 2., 5., 4., 1., 3., 2.,
    ];
    let b = [
        1., 3., 3., 4., 4., 2., 2., 5., 5., 2., 2., 3., 4., 4., 1., 5., 3., 1., 3., 3.,
    ];
    for (w, expected) in [
        (Weighting::Unweighted, 0.4303797468354431),
        (Weighting::Linear, 0.6864111498257839),
        (Weighting::Quadratic, 0.8615384615384616),
    ] {
        close(
            cohen_kappa(&a, &b, w).number().unwrap(),
            expected,
            1e-12,
            "sklearn",
        );
    }
}

#[test]
fn gwet_matches_irrcac() {
    // Python irrCAC 0.4.4, CAC(ratings, weights=...).gwet(), digits=15, on the
    // Krippendorff 2011 table (units as rows, observers as columns, NaN for missing).
    let t = krippendorff_2011();
    for (w, expected) in [
        (Weighting::Unweighted, 0.775444068126995),
        (Weighting::Linear, 0.858739136432611),
        (Weighting::Quadratic, 0.914000723551605),
    ] {
        close(gwet_ac(&t, w).number().unwrap(), expected, 1e-12, "irrCAC");
    }
    // Same package on a 6 x 3 table with gaps: r1 = 1 2 2 3 1 NA, r2 = 1 2 3 3 NA 2,
    // r3 = 1 1 2 3 1 2.
    let n = None;
    let s = |x: f64| Some(x);
    let t = Table::from_rows(&[
        vec![s(1.), s(1.), s(1.)],
        vec![s(2.), s(2.), s(1.)],
        vec![s(2.), s(3.), s(2.)],
        vec![s(3.), s(3.), s(3.)],
        vec![s(1.), n, s(1.)],
        vec![n, s(2.), s(2.)],
    ]);
    for (w, expected) in [
        (Weighting::Unweighted, 0.671232876712329),
        (Weighting::Linear, 0.758389261744966),
        (Weighting::Quadratic, 0.842105263157895),
    ] {
        close(
            gwet_ac(&t, w).number().unwrap(),
            expected,
            1e-12,
            "irrCAC small",
        );
    }
}

#[test]
fn percent_agreement_matches_irrcac_pa() {
    // irrCAC's unweighted p_a on the Krippendorff 2011 table: 0.818181818181818 (= 9/11).
    let p = percent_agreement(&krippendorff_2011())
        .value()
        .copied()
        .unwrap();
    close(p.value, 9.0 / 11.0, 1e-12, "irrCAC pa");
    assert_eq!(p.units, 11);
}

#[test]
fn degenerate_inputs_are_unavailable_not_nan() {
    let cases = [
        ("empty", Table::default()),
        ("single rater", complete(&[&[1.0], &[2.0], &[3.0]])),
        (
            "zero variance",
            complete(&[&[3.0, 3.0], &[3.0, 3.0], &[3.0, 3.0]]),
        ),
        (
            "one rating per unit",
            Table::from_rows(&[vec![Some(1.0), None], vec![None, Some(2.0)]]),
        ),
    ];
    for (what, table) in cases {
        let r = AgreementReport::from_table(&table);
        for (_, s) in r.icc.entries() {
            assert!(s.value().is_none(), "{what}: ICC");
        }
        for s in [
            &r.krippendorff_alpha.nominal,
            &r.krippendorff_alpha.ordinal,
            &r.krippendorff_alpha.interval,
        ] {
            assert!(s.value().is_none(), "{what}: alpha");
        }
        for s in [&r.gwet.ac1, &r.gwet.ac2_linear, &r.gwet.ac2_quadratic] {
            assert!(s.value().is_none(), "{what}: gwet");
        }
        for pair in &r.cohen_kappa {
            assert!(pair.unweighted.value().is_none(), "{what}: kappa");
        }
        let text = r.to_table_string("en");
        assert!(
            !text.contains("NaN") && !text.contains("inf"),
            "{what}:\n{text}"
        );
    }
    let zero = AgreementReport::from_table(&complete(&[&[3.0, 3.0], &[3.0, 3.0]]));
    assert_eq!(zero.icc.icc2.reason(), Some(Reason::ZeroVariance));
    assert_eq!(
        zero.krippendorff_alpha.nominal.reason(),
        Some(Reason::OneCategory)
    );
    assert_eq!(
        zero.cohen_kappa[0].linear.reason(),
        Some(Reason::OneCategory)
    );
    // Identical ratings do agree perfectly; only the chance-corrected statistics are undefined.
    assert_eq!(zero.percent_agreement.value().map(|p| p.value), Some(1.0));
}

#[test]
fn json_names_statistics_as_the_literature_does() {
    let r = AgreementReport::from_table(&krippendorff_2011());
    let json = serde_json::to_value(&r).unwrap();
    // Units 2-9 are rated by all four observers; the ICCs use only those.
    assert_eq!(json["icc"]["complete_units"], 8);
    assert_eq!(json["icc"]["dropped_units"], 4);
    assert_eq!(json["icc"]["ICC(2,1)"]["status"], "available");
    assert!(json["icc"]["ICC(2,1)"]["icc"].is_f64());
    let lonely = AgreementReport::from_table(&Table::from_rows(&[vec![Some(1.0), Some(2.0)]]));
    let lonely = serde_json::to_value(&lonely).unwrap();
    assert_eq!(lonely["icc"]["ICC(2,1)"]["status"], "unavailable");
    assert_eq!(lonely["icc"]["ICC(2,1)"]["reason"], "too_few_units");
    let alpha = &json["krippendorff_alpha"];
    assert_eq!(alpha["nominal"]["value"], 0.743421052631579);
    assert_eq!(alpha["ordinal"]["band"], "reliable");
    assert!(alpha["interval"]["value"].is_f64());
    assert_eq!(json["gwet"]["AC1"]["status"], "available");
    assert!(json["gwet"]["AC2 (quadratic)"]["value"].is_f64());
    assert!(json["cohen_kappa"][0]["unweighted"]["value"].is_f64());
    assert!(json["cohen_kappa"][0]["quadratic"]["value"].is_f64());
    let full = serde_json::to_value(AgreementReport::from_table(&shrout_fleiss())).unwrap();
    assert_eq!(full["icc"]["ICC(3,k)"]["df2"], 15);
    assert_eq!(full["icc"]["ICC(1,1)"]["band"], "poor");
    assert!(full["icc"]["ICC(2,1)"]["ci95"][1].is_f64());
}

#[test]
fn csv_to_report_end_to_end() {
    // The Krippendorff 2011 data in long form, semicolon-separated with a BOM, "NA" and
    // empty cells for missing ratings, and an extra column that is ignored.
    let t = krippendorff_2011();
    let mut csv = String::from("\u{feff}note;unit;rater;value\n");
    for u in 0..t.n_units() {
        for r in 0..t.n_raters() {
            let value = match (t.get(u, r), (u + r) % 2) {
                (Some(x), _) => x.to_string(),
                (None, 0) => "NA".to_owned(),
                (None, _) => String::new(),
            };
            csv.push_str(&format!(
                "x;u{};{};{value}\n",
                u + 1,
                ["A", "B", "C", "D"][r]
            ));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ratings.csv");
    std::fs::write(&path, csv).unwrap();
    let report = agreement_from_file(&path, None, &AgreementOptions::default()).unwrap();
    assert_eq!(
        (report.units, report.raters, report.ratings, report.missing),
        (12, 4, 41, 7)
    );
    close(
        report.krippendorff_alpha.interval.number().unwrap(),
        0.8491071428571428,
        1e-12,
        "csv",
    );
    let en = report.to_table_string("en");
    assert!(en.contains("interval  0.849 reliable"), "{en}");
    assert!(en.contains("A / B"), "{en}");
    let id = report.to_table_string("id");
    assert!(id.contains("Alfa Krippendorff"), "{id}");
    assert!(id.contains("nominal   0.743 tentatif"), "{id}");
}

#[test]
fn human_table_rounds_to_three_decimals() {
    let text = AgreementReport::from_table(&shrout_fleiss()).to_table_string("en");
    assert!(text.contains("ICC(2,1)"), "{text}");
    assert!(text.contains("0.290"), "{text}");
    assert!(text.contains("[0.019, 0.761]"), "{text}");
    assert!(text.contains("<0.001"), "{text}");
    assert!(!text.contains("0.2897"), "{text}");
}

fn all_numbers(r: &AgreementReport) -> Vec<f64> {
    let mut out = Vec::new();
    if let Stat::Value(p) = &r.percent_agreement {
        out.push(p.value);
    }
    for (_, s) in r.icc.entries() {
        if let Some(v) = s.value() {
            out.push(v.icc);
            out.extend(v.f);
            out.extend(v.p_value);
            out.extend(v.ci95.into_iter().flatten());
        }
    }
    let a = &r.krippendorff_alpha;
    let g = &r.gwet;
    for s in [
        &a.nominal,
        &a.ordinal,
        &a.interval,
        &g.ac1,
        &g.ac2_linear,
        &g.ac2_quadratic,
    ] {
        out.extend(s.number());
    }
    for pair in &r.cohen_kappa {
        for s in [&pair.unweighted, &pair.linear, &pair.quadratic] {
            out.extend(s.number());
        }
    }
    out
}

fn cell() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        1 => Just(None),
        3 => (1u8..=5).prop_map(|x| Some(f64::from(x))),
        1 => (-1e3f64..1e3).prop_map(Some),
    ]
}

proptest! {
    #[test]
    fn random_tables_never_panic_and_give_finite_values(
        rows in (0usize..5).prop_flat_map(|k| prop::collection::vec(prop::collection::vec(cell(), k), 0..10))
    ) {
        let table = Table::from_rows(&rows);
        let report = AgreementReport::from_table(&table);
        for x in all_numbers(&report) {
            prop_assert!(x.is_finite());
        }
        for s in [&report.krippendorff_alpha.nominal, &report.krippendorff_alpha.ordinal, &report.krippendorff_alpha.interval] {
            if let Some(a) = s.number() {
                prop_assert!(a <= 1.0 + 1e-12);
            }
        }
        for (_, s) in report.icc.entries() {
            if let Some([lo, hi]) = s.value().and_then(|v| v.ci95) {
                prop_assert!(lo <= hi);
            }
        }
        for lang in ["en", "id"] {
            let text = report.to_table_string(lang);
            prop_assert!(!text.contains("NaN") && !text.contains("inf"));
        }
        prop_assert!(serde_json::to_string(&report).is_ok());
    }
}

#[test]
fn finely_graded_scores_on_many_units_are_handled() {
    // Every rating distinct, so the category count is as large as the data: guards against
    // anything quadratic in the number of categories (a 6000 x 6000 matrix would be 288 MB).
    let rows: Vec<Vec<Option<f64>>> = (0..1000)
        .map(|u| {
            (0..6)
                .map(|r| (u * 7 + r * 3) % 11 != 0)
                .enumerate()
                .map(|(r, present)| {
                    present.then_some(u as f64 + r as f64 / 10.0 + 0.001 * (u % 13) as f64)
                })
                .collect()
        })
        .collect();
    let report = AgreementReport::from_table(&Table::from_rows(&rows));
    assert!(report.icc.icc2.value().unwrap().icc > 0.99);
    assert!(report.krippendorff_alpha.interval.number().unwrap() > 0.99);
    assert!(report.krippendorff_alpha.ordinal.number().unwrap() > 0.9);
    assert!(report.gwet.ac2_quadratic.number().is_some());
    assert_eq!(report.cohen_kappa.len(), 15);
}
