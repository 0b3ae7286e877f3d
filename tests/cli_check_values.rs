//! `lgd check` refuses day files whose values are impossible (issue 13 item 7): each case is one
//! edit of a good rehearsed day file, which check passed before the edit.

mod common;

use std::path::{Path, PathBuf};

use common::{run, stdout};
use serde_json::{Value, json};

fn rehearsed(dir: &Path) -> PathBuf {
    let o = run(["demo".as_ref(), "--rehearse".as_ref(), dir.as_os_str()]);
    assert!(o.status.success());
    dir.join("days").join("2026-12-03_A02.json")
}

type Edit = fn(&mut Value);

const CASES: &[(&str, &str, Edit)] = &[
    ("level 7", "ratings[0].score", |d| {
        d["ratings"][0]["score"]["level"] = json!(7.0)
    }),
    ("level 1e308", "ratings[1].score", |d| {
        d["ratings"][1]["score"]["level"] = json!(1e308)
    }),
    ("level 2.3", "ratings[2].score", |d| {
        d["ratings"][2]["score"]["level"] = json!(2.3)
    }),
    ("turn ending at 1e308 s", "turns[0].end.elapsed_s", |d| {
        d["turns"][0]["end"]["elapsed_s"] = json!(1e308)
    }),
    ("negative act time", "acts[3].elapsed_s", |d| {
        d["acts"][3]["elapsed_s"] = json!(-5.0)
    }),
    ("turn ending before it starts", "turns[1]", |d| {
        let start = d["turns"][1]["start"]["elapsed_s"].as_f64().expect("start");
        d["turns"][1]["end"]["elapsed_s"] = json!(start - 10.0)
    }),
    ("duplicate act id", "acts[1].id", |d| {
        d["acts"][1]["id"] = d["acts"][0]["id"].clone()
    }),
    (
        "rating for an unknown participant",
        "ratings[0].participant",
        |d| d["ratings"][0]["participant"] = json!("P999"),
    ),
    (
        "evidence for an unknown participant",
        "evidence[0].participant",
        |d| d["evidence"][0]["participant"] = json!("X1"),
    ),
    ("date differs from the file name", "date", |d| {
        d["date"] = json!("2026-12-04")
    }),
    ("format_version 0", "format_version", |d| {
        d["format_version"] = json!(0)
    }),
];

#[test]
fn each_impossible_value_is_a_problem_named_where_it_is() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = rehearsed(tmp.path());
    let good = std::fs::read(&path).expect("day");
    let o = run(["check".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    for (case, at, edit) in CASES {
        let mut day: Value = serde_json::from_slice(&good).expect("json");
        edit(&mut day);
        std::fs::write(&path, serde_json::to_vec(&day).expect("json")).expect("write");
        for lang in ["en", "id"] {
            let o = run([
                "--lang".as_ref(),
                lang.as_ref(),
                "check".as_ref(),
                path.as_os_str(),
            ]);
            assert_eq!(o.status.code(), Some(1), "{case}: {}", stdout(&o));
            assert!(
                stdout(&o).contains(&format!("- {at}: ")),
                "{case}: {}",
                stdout(&o)
            );
        }
    }
}

/// `lgd consolidate` refuses a day file with an impossible value by name; with --allow-mismatch it
/// goes on without the value and lists it.
#[test]
fn consolidate_refuses_impossible_values_unless_allowed_and_then_leaves_them_out() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = rehearsed(tmp.path());
    let mut day: Value = serde_json::from_slice(&std::fs::read(&path).expect("day")).expect("json");
    day["ratings"][0]["score"]["level"] = json!(7.0);
    let (who, what) = (
        day["ratings"][0]["participant"]
            .as_str()
            .expect("p")
            .to_string(),
        day["ratings"][0]["competency"]
            .as_str()
            .expect("c")
            .to_string(),
    );
    std::fs::write(&path, serde_json::to_vec(&day).expect("json")).expect("write");
    let days = tmp.path().join("days");
    let out = tmp.path().join("c");
    let o = run([
        "consolidate".as_ref(),
        days.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let said = common::stderr(&o);
    assert!(
        said.contains("2026-12-03_A02.json") && said.contains("ratings[0].score"),
        "{said}"
    );
    assert!(!out.join("consolidated.json").exists());
    let o = run([
        "consolidate".as_ref(),
        days.as_os_str(),
        "--allow-mismatch".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let c: Value =
        serde_json::from_slice(&std::fs::read(out.join("consolidated.json")).expect("c"))
            .expect("json");
    let cell = c["cells"]
        .as_array()
        .expect("cells")
        .iter()
        .find(|x| x["participant"] == who.as_str() && x["competency"] == what.as_str())
        .expect("cell");
    let observers: Vec<&str> = cell["ratings"]
        .as_array()
        .expect("ratings")
        .iter()
        .filter_map(|r| r["observer"].as_str())
        .collect();
    assert!(!observers.contains(&"A02"), "{observers:?}");
    assert!(
        c["problems"].to_string().contains("left out"),
        "{}",
        c["problems"]
    );
}
