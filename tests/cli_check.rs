//! `lgd check` on the real binary: summary, errors and exit codes.

mod common;

use common::lgd;

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

/// Keys no field reads (a typo, a hand-added note) are warned about by `lgd check`, and `lgd import`
/// will not rewrite the file and lose them.
#[test]
fn keys_lgd_does_not_know_are_warned_about_and_never_dropped_by_an_import() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut ev: serde_json::Value =
        serde_json::from_str(lgd_observer::catalog::DEMO_EVENT_JSON).expect("demo");
    ev["note_for_team"] = "bawa proyektor".into();
    ev["participants"][3]["hobby"] = "catur".into();
    ev["settings"]["nudge_minute"] = 4.into();
    let path = dir.path().join("ev.json");
    let text = serde_json::to_string_pretty(&ev).expect("json");
    std::fs::write(&path, &text).expect("write");

    let out = lgd().arg("check").arg(&path).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "a warning, not a failure: {stdout}");
    assert!(
        stdout.contains("warning: 3 key(s) lgd does not know")
            && stdout.contains("note_for_team")
            && stdout.contains("participants.3.hobby")
            && stdout.contains("settings.nudge_minute"),
        "{stdout}"
    );
    let json = lgd()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(
        v[0]["summary"]["ignored_keys"].as_array().map(Vec::len),
        Some(3)
    );

    let scores = dir.path().join("online.csv");
    std::fs::write(&scores, "ID;Tes Potensi\nP01;105\n").expect("scores");
    let import = |dry: bool| {
        let mut cmd = lgd();
        cmd.args(["import", "online"]).arg(&path).arg(&scores);
        if dry {
            cmd.arg("--dry-run");
        }
        cmd.output().expect("runs")
    };
    let out = import(false);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("participants.3.hobby") && stderr.contains("Remove or rename"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    let out = import(true);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning:") && stderr.contains("note_for_team"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

/// A day file with 4 acts (one retracted) saved in a snapshot, 2 more in the journal and a torn last line.
fn day_with_a_torn_journal(dir: &std::path::Path) -> std::path::PathBuf {
    use common::day::{act, open};
    use lgd_observer::model::{Change, Entry};
    use lgd_observer::store::DayPaths;
    let mut day = open(dir).expect("opens");
    let push = |day: &mut lgd_observer::store::OpenedDay, mut e: Entry| {
        e.seq = day.record.last_seq + 1;
        day.record.apply(&e).expect("applies");
        day.writer.append(e);
    };
    for seq in 1..=6 {
        push(&mut day, act(seq));
        if seq == 4 {
            let change = Change::ActRetracted {
                id: "A01-2026-12-03-4".into(),
            };
            push(&mut day, Entry { seq: 0, change });
            day.writer.snapshot(day.record.clone());
        }
    }
    let path = day.path.clone();
    day.writer.close().expect("close");
    let journal = DayPaths::of(&path).journal;
    let mut bytes = std::fs::read(&journal).expect("journal");
    bytes.extend_from_slice(b"{\"seq\":8,\"type\":\"act_co");
    std::fs::write(&journal, bytes).expect("tear");
    path
}

#[test]
fn check_reports_a_day_file_with_counts_pending_journal_lines_and_a_torn_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = day_with_a_torn_journal(dir.path());
    let out = lgd().arg("check").arg(&path).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a torn line is a problem: {stdout}"
    );
    for want in [
        "(day): PROBLEMS",
        "observer A01 (",
        "2026-12-03 +07:00, group G1",
        "5 acts coded (1 retracted)",
        "journal: 2 change(s) not yet in the day file",
        "2026-12-03_A01.journal: journal line 8 (change 8, 23 bytes at byte",
        "torn last line",
    ] {
        assert!(stdout.contains(want), "{want:?} missing from:\n{stdout}");
    }

    let out = lgd()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let s = &v[0]["summary"];
    assert_eq!(v[0]["kind"], "day");
    assert_eq!(
        (s["acts"]["live"].as_u64(), s["acts"]["retracted"].as_u64()),
        (Some(5), Some(1))
    );
    assert_eq!(s["journal"]["pending"], 2);
    assert_eq!(s["journal"]["skipped"][0]["seq"], 8);
    assert_eq!(s["observer"], "A01");
    assert_eq!(v[0]["problems"].as_array().map(Vec::len), Some(1));
}

#[test]
fn check_reads_a_damaged_day_file_through_its_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = day_with_a_torn_journal(dir.path());
    std::fs::write(&path, "{\"format\": \"lgd-day\", ").expect("damage");
    let out = lgd().arg("check").arg(&path).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("used the backup"), "{stdout}");
    assert!(stdout.contains("(day): PROBLEMS"), "{stdout}");
}

/// Runs lgd with standard output a pipe that is closed after the first line, as `| head -1` does.
fn with_stdout_closed_after_one_line(args: &[String]) -> std::process::Output {
    use std::io::BufRead;
    use std::process::Stdio;
    let mut child = lgd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut reader = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("first line");
    assert!(
        !first.is_empty(),
        "lgd printed nothing before the pipe closed"
    );
    drop(reader);
    child.wait_with_output().expect("ends")
}

#[test]
fn a_reader_that_stops_early_ends_lgd_quietly() {
    // Far more than a pipe holds (64 KiB), so lgd is still writing when the reader leaves.
    let files = std::iter::repeat_n("data/demo/tangsel-2026.json".to_string(), 400);
    for mut args in [
        vec!["check".to_string()],
        vec!["check".into(), "--json".into()],
    ] {
        args.extend(files.clone());
        let out = with_stdout_closed_after_one_line(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", args[1]);
        assert!(stderr.is_empty(), "{}: {stderr}", args[1]);
        assert_eq!(out.status.code(), Some(0), "{}: {stderr}", args[1]);
    }
}
