//! `lgd agreement` on the real binary: Shrout & Fleiss (1979) Table 2 as a long table in CSV and XLSX.

mod common;

use common::lgd;

/// Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges.
const SF: [[f64; 4]; 6] = [
    [9.0, 2.0, 5.0, 8.0],
    [6.0, 1.0, 3.0, 2.0],
    [8.0, 4.0, 6.0, 8.0],
    [7.0, 1.0, 2.0, 6.0],
    [10.0, 5.0, 6.0, 9.0],
    [6.0, 2.0, 4.0, 7.0],
];

fn long_rows() -> Vec<(String, String, f64)> {
    let mut rows = Vec::new();
    for (t, row) in SF.iter().enumerate() {
        for (j, v) in row.iter().enumerate() {
            rows.push((format!("target{}", t + 1), format!("J{}", j + 1), *v));
        }
    }
    rows
}

fn icc21(json: &serde_json::Value) -> f64 {
    json["icc"]["ICC(2,1)"]["icc"]
        .as_f64()
        .unwrap_or_else(|| panic!("no ICC(2,1) in {json:#}"))
}

#[test]
fn json_from_a_semicolon_csv_with_custom_headers_gives_published_icc() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("ratings.csv");
    let mut text = String::from("\u{feff}peserta;asesor;nilai\n");
    for (u, r, v) in long_rows() {
        text.push_str(&format!("{u};{r};{v}\n"));
    }
    std::fs::write(&path, text).expect("write");
    let out = lgd()
        .arg("agreement")
        .arg(&path)
        .args([
            "--unit", "peserta", "--rater", "asesor", "--value", "nilai", "--json",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    // Published .29; pingouin 0.6.1 gives 0.289764.
    assert!((icc21(&json) - 0.289764).abs() < 1e-5, "{json:#}");
}

#[test]
fn an_xlsx_sheet_reads_the_same_and_the_table_is_rounded() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("ratings.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["unit", "rater", "value"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).expect("cell");
    }
    for (i, (u, r, v)) in long_rows().into_iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string(row, 0, u).expect("cell");
        ws.write_string(row, 1, r).expect("cell");
        ws.write_number(row, 2, v).expect("cell");
    }
    wb.save(&path).expect("save");
    let out = lgd()
        .arg("agreement")
        .arg(&path)
        .args(["--lang", "en"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("ICC(2,1)"), "{stdout}");
    assert!(
        stdout.contains("0.290"),
        "three decimals in the human table: {stdout}"
    );
    assert!(!stdout.contains("NaN"), "{stdout}");
}

#[test]
fn a_missing_column_is_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("r.csv");
    std::fs::write(&path, "unit,judge,value\na,b,1\n").expect("write");
    let out = lgd().arg("agreement").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("rater"), "{stderr}");
}
