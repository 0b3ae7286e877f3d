//! The edge cases of issue 15, each on the table the issue gives: undefined ratios, bands at
//! their thresholds, raters without ratings, and a residual that is exactly zero.

use lgd_observer::reliability::{
    AgreementReport, Band, Reason, Stat, Table, Weighting, gwet_ac, icc,
};

fn complete(rows: &[[f64; 2]]) -> Table {
    Table::from_rows(
        &rows
            .iter()
            .map(|r| r.iter().map(|&x| Some(x)).collect())
            .collect::<Vec<_>>(),
    )
}

#[test]
fn icc2k_whose_denominator_is_zero_in_exact_arithmetic_is_undefined() {
    // 3,3 / 3,3 / 3,3 / 3,3 / 2,4: MSR = 0, MSC = MSE = 2/5, so MSR + (MSC - MSE)/n = 0.
    // pingouin prints ICC(A,k) = -2.2518e15 here; lgd printed -2771445924535689.5 "poor".
    let r = icc(&complete(&[
        [3.0, 3.0],
        [3.0, 3.0],
        [3.0, 3.0],
        [3.0, 3.0],
        [2.0, 4.0],
    ]));
    assert_eq!(r.icc2k.reason(), Some(Reason::Undefined));
    for (name, stat) in r.entries() {
        if let Some(v) = stat.value() {
            assert!(v.icc.abs() <= 1.0 + 1e-12, "{name} = {}", v.icc);
        }
    }
    // The single-rater forms are -1 exactly (pingouin: -1.0 for all three).
    assert!((r.icc2.value().unwrap().icc + 1.0).abs() < 1e-12);
    let text = AgreementReport::from_table(&complete(&[
        [3.0, 3.0],
        [3.0, 3.0],
        [3.0, 3.0],
        [3.0, 3.0],
        [2.0, 4.0],
    ]))
    .to_table_string("en");
    assert!(
        !text.contains("e15") && !text.contains("2771445924535689"),
        "{text}"
    );
}

#[test]
fn exact_threshold_values_take_the_thresholds_band() {
    // ICC(1,1) = ICC(2,1) = ICC(3,1) = 9/10 exactly (pingouin 0.900000): Koo & Li "good".
    let r = icc(&complete(&[
        [5.0, 5.0],
        [3.0, 3.0],
        [3.0, 3.0],
        [5.0, 4.0],
        [3.0, 3.0],
    ]));
    for stat in [&r.icc1, &r.icc2, &r.icc3] {
        let v = stat.value().unwrap();
        assert!((v.icc - 0.9).abs() < 1e-12);
        assert_eq!(v.band, Band::Good, "{}", v.icc);
    }
    // ICC(.,k) = 3/4 exactly (pingouin 0.75): "good", not "moderate".
    let r = icc(&complete(&[
        [2.0, 2.0],
        [3.0, 2.0],
        [3.0, 3.0],
        [3.0, 3.0],
        [3.0, 3.0],
    ]));
    for stat in [&r.icc1k, &r.icc2k, &r.icc3k] {
        assert_eq!(stat.value().unwrap().band, Band::Good);
    }
    // ICC(2,1) = 1/2 exactly (pingouin 0.500000): "moderate", not "poor".
    let r = icc(&complete(&[
        [3.0, 3.0],
        [2.0, 2.0],
        [3.0, 4.0],
        [3.0, 2.0],
        [3.0, 3.0],
    ]));
    assert_eq!(r.icc2.value().unwrap().band, Band::Moderate);
    // Binary: AC1 = AC2 = 3/5 exactly (pa = 4/5, pe = 1/2): Landis & Koch "moderate".
    let t = complete(&[[0.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0], [1.0, 1.0]]);
    for w in [
        Weighting::Unweighted,
        Weighting::Linear,
        Weighting::Quadratic,
    ] {
        let Stat::Value(e) = gwet_ac(&t, w) else {
            panic!("AC undefined")
        };
        assert!((e.value - 0.6).abs() < 1e-12);
        assert_eq!(e.band, Some(Band::Moderate), "{w:?} {}", e.value);
    }
}

#[test]
fn a_rater_with_only_empty_values_is_left_out_and_named() {
    // R1-R3 rate six units, R4 is listed on every unit with an empty value.
    let rows: Vec<[f64; 3]> = vec![
        [4.0, 4.0, 3.0],
        [2.0, 3.0, 2.0],
        [5.0, 4.0, 4.0],
        [1.0, 2.0, 2.0],
        [3.0, 3.0, 4.0],
        [2.0, 2.0, 1.0],
    ];
    let cells: Vec<Vec<Option<f64>>> = rows
        .iter()
        .map(|r| r.iter().map(|&x| Some(x)).chain([None]).collect())
        .collect();
    let mut with_empty_unit = cells.clone();
    with_empty_unit.push(vec![None; 4]);
    let t = Table::from_rows(&with_empty_unit);
    let r = icc(&t);
    assert_eq!(r.empty_raters, vec!["R4".to_owned()]);
    assert_eq!(r.empty_units, vec!["7".to_owned()]);
    assert_eq!((r.complete_units, r.dropped_units, r.raters), (6, 0, 3));
    // pingouin.intraclass_corr on R1-R3: ICC(1,1) 0.770992, ICC(A,1) 0.769231, ICC(C,1) 0.751880.
    let v = |s: &Stat<lgd_observer::reliability::IccValue>| s.value().unwrap().icc;
    assert!((v(&r.icc1) - 0.770992).abs() < 5e-7);
    assert!((v(&r.icc2) - 0.769231).abs() < 5e-7);
    assert!((v(&r.icc3) - 0.751880).abs() < 5e-7);
    let en = AgreementReport::from_table(&t).to_table_string("en");
    assert!(
        en.contains("Left out of the ICCs, no rating at all: rater R4; unit 7"),
        "{en}"
    );
    assert!(
        en.contains("quadratic (x − y)² on the rating values"),
        "{en}"
    );
    let json = serde_json::to_value(AgreementReport::from_table(&t)).expect("json");
    assert_eq!(json["cohen_kappa"][0]["weights_on"], "values");
    assert_eq!(json["icc"]["empty_raters"][0], "R4");
    let id = AgreementReport::from_table(&t).to_table_string("id");
    assert!(
        id.contains("Tidak dipakai dalam ICC, tanpa penilaian sama sekali: penilai R4; unit 7"),
        "{id}"
    );
}

#[test]
fn a_residual_of_exactly_zero_has_no_f_and_p_zero() {
    // Every rater a constant apart from the others: the two-way residual is 0 in exact
    // arithmetic (pingouin prints F = 4.2e15, p = 2.3e-46 from the rounding left over).
    let t = Table::from_rows(
        &[
            [1.0, 2.0, 4.0],
            [2.0, 3.0, 5.0],
            [4.0, 5.0, 7.0],
            [3.0, 4.0, 6.0],
        ]
        .iter()
        .map(|r| r.iter().map(|&x| Some(x)).collect())
        .collect::<Vec<_>>(),
    );
    let r = icc(&t);
    for stat in [&r.icc2, &r.icc3, &r.icc2k, &r.icc3k] {
        let v = stat.value().unwrap();
        assert_eq!(v.f, None);
        assert_eq!(v.p_value, Some(0.0));
    }
    assert_eq!(r.icc3.value().unwrap().icc, 1.0);
    // The one-way forms keep their residual (pingouin: ICC(1,1) 0.275862, F 2.142857).
    let v = r.icc1.value().unwrap();
    assert!((v.icc - 0.275862).abs() < 5e-7);
    assert!((v.f.unwrap() - 2.142857).abs() < 5e-7);
}
