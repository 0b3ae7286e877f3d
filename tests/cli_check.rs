//! `lgd check` on the real binary: summary, errors and exit codes.

use std::process::Command;

fn lgd() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lgd"))
}

#[test]
fn check_on_the_demo_prints_75_participants_in_8_groups() {
    let out = lgd()
        .args(["check", "data/demo/tangsel-2026.json"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("75 participants in 8 groups"), "{stdout}");
}

#[test]
fn check_json_prints_a_summary_object() {
    let out = lgd()
        .args(["check", "--json", "data/demo/tangsel-2026.json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["summary"]["participants"], 75);
    assert_eq!(v[0]["summary"]["groups"], 8);
    assert_eq!(v[0]["problems"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_broken_file_fails_with_its_name_line_and_column() {
    let dir = tempfile::tempdir().expect("tmp");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"format\": \"lgd-event\",\n \"id\": }").expect("write");
    let out = lgd().arg("check").arg(&bad).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.json: line 2, column"), "{stderr}");
}

#[test]
fn broken_references_are_all_listed() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut ev: serde_json::Value =
        serde_json::from_str(lgd_observer::catalog::DEMO_EVENT_JSON).expect("demo");
    ev["groups"][0]["seats"]["1"] = "GHOST".into();
    ev["observers"][0]["coverage"][0] = "NOBODY".into();
    let path = dir.path().join("ev.json");
    std::fs::write(&path, ev.to_string()).expect("write");
    let out = lgd().arg("check").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("\"GHOST\""), "{stdout}");
    assert!(stdout.contains("\"NOBODY\""), "{stdout}");
}
