//! Each command refuses an input it cannot use, in the user's language.

use super::*;

#[test]
fn the_checker_finds_english_and_passes_indonesian_paths_and_ids() {
    assert!(!english_words("lgd new: nothing was written").is_empty());
    assert!(
        english_words("lgd new: /tmp/the/ev.json sudah ada; pakai --force \"the file\"").is_empty()
    );
    assert!(english_words("  - name: acara belum bernama").is_empty());
    assert!(!english_words("  - name: the event has no name").is_empty());
}

#[test]
fn new_refuses_to_replace_an_event_in_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::write(tmp.path().join("ev.json"), "{}").expect("write");
    std::fs::write(tmp.path().join("r.csv"), "Nama\nBudi\n").expect("write");
    let args = [
        "new", "--name", "Seleksi", "--roster", "r.csv", "--out", "ev.json",
    ];
    refused_in_both_languages(tmp.path(), &args);
}

#[test]
fn check_of_a_missing_file_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    refused_in_both_languages(tmp.path(), &["check", "tidak-ada.json"]);
}

#[test]
fn consolidate_of_a_folder_without_day_files_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir(tmp.path().join("kosong")).expect("dir");
    refused_in_both_languages(tmp.path(), &["consolidate", "kosong", "--out", "hasil"]);
}

#[test]
fn import_of_a_missing_results_file_is_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    refused_in_both_languages(tmp.path(), &["import", "self-eval", &event, "nilai.csv"]);
    refused_in_both_languages(tmp.path(), &["import", "online", &event, "nilai.csv"]);
}

#[test]
fn report_of_a_missing_consolidation_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    refused_in_both_languages(
        tmp.path(),
        &["report", "consolidated.json", "--out", "laporan"],
    );
}

#[test]
fn export_without_day_files_or_consolidation_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir(tmp.path().join("kosong")).expect("dir");
    refused_in_both_languages(
        tmp.path(),
        &["export", "events", "kosong", "--out", "log.csv"],
    );
    refused_in_both_languages(
        tmp.path(),
        &["export", "xlsx", "consolidated.json", "--out", "hasil.xlsx"],
    );
}

#[test]
fn agreement_with_a_missing_column_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::write(tmp.path().join("r.csv"), "unit,judge,value\na,b,1\n").expect("write");
    refused_in_both_languages(tmp.path(), &["agreement", "r.csv"]);
}

#[test]
fn roster_of_a_missing_event_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    refused_in_both_languages(tmp.path(), &["roster", "acara.json"]);
}

#[test]
fn washup_without_a_terminal_is_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    refused_in_both_languages(tmp.path(), &["washup", "hasil"]);
}

#[test]
fn observe_with_an_unknown_observer_is_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    refused_in_both_languages(tmp.path(), &["observe", &event, "--observer", "ZZ9"]);
}

#[test]
fn demo_without_a_terminal_or_into_an_earlier_rehearsal_is_indonesian() {
    let (tmp, _) = rehearsed();
    refused_in_both_languages(tmp.path(), &["demo"]);
    refused_in_both_languages(tmp.path(), &["demo", "--rehearse", "latihan"]);
}

#[test]
fn the_locale_decides_without_lang_lc_all_then_lc_messages_then_lang() {
    let tmp = tempfile::tempdir().expect("tmp");
    let check = ["check", "tidak-ada.json"];
    let messages = [("LC_MESSAGES", "id_ID.UTF-8"), ("LANG", "en_US.UTF-8")];
    let text = said(&lgd(tmp.path(), &check, &messages));
    assert!(english_words(&text).is_empty(), "LC_MESSAGES=id_ID: {text}");
    assert!(text.contains("tidak ditemukan"), "{text}");

    let all = [("LC_ALL", "en_US.UTF-8"), ("LC_MESSAGES", "id_ID.UTF-8")];
    let text = said(&lgd(tmp.path(), &check, &all));
    assert!(!english_words(&text).is_empty(), "LC_ALL wins: {text}");

    let lang = [("LANG", "id_ID.UTF-8")];
    let text = said(&lgd(tmp.path(), &check, &lang));
    assert!(english_words(&text).is_empty(), "LANG=id_ID: {text}");

    let mut explicit = check.to_vec();
    explicit.extend(["--lang", "en"]);
    let text = said(&lgd(tmp.path(), &explicit, &[("LC_ALL", "id_ID.UTF-8")]));
    assert!(!english_words(&text).is_empty(), "--lang wins: {text}");
}

#[test]
fn lang_is_taken_before_or_after_the_command() {
    let tmp = tempfile::tempdir().expect("tmp");
    let before = said(&lgd(tmp.path(), &["--lang", "id", "check", "x.json"], &[]));
    let after = said(&lgd(tmp.path(), &["check", "x.json", "--lang", "id"], &[]));
    assert_eq!(before, after);
    assert!(before.contains("tidak ditemukan"), "{before}");
}

#[test]
fn exit_codes_tell_problems_from_usage() {
    let tmp = tempfile::tempdir().expect("tmp");
    let problems = lgd(tmp.path(), &["check", "x.json"], &[]);
    assert_eq!(problems.status.code(), Some(1), "{}", said(&problems));
    let usage = lgd(tmp.path(), &["check", "--no-such-option"], &[]);
    assert_eq!(usage.status.code(), Some(2), "{}", said(&usage));
    let bad_lang = lgd(tmp.path(), &["check", "x.json", "--lang", "fr"], &[]);
    assert_eq!(bad_lang.status.code(), Some(2), "{}", said(&bad_lang));
}

#[test]
fn check_of_a_sound_event_reports_in_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    let o = lgd(tmp.path(), &["check", &event, "--lang", "id"], &[]);
    let text = said(&o);
    assert!(o.status.success(), "{text}");
    assert!(
        text.contains("(acara): BAIK") && text.contains("cakupan:"),
        "{text}"
    );
    assert!(
        english_words(&text).is_empty(),
        "{:?}: {text}",
        english_words(&text)
    );
}

#[test]
fn new_speaks_indonesian_from_the_first_line_to_the_last() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut csv = String::from("No;Nama;NIP;Jabatan;Unit Kerja;Jenis Kelamin\n");
    for i in 1..=12 {
        csv.push_str(&format!(
            "{i};Peserta {i};19800{}012005011{i:03};Kepala Seksi;Dinas {};L\n",
            1 + i % 9,
            i % 4
        ));
    }
    std::fs::write(tmp.path().join("r.csv"), csv).expect("roster");
    let args = [
        "new", "--name", "Seleksi", "--roster", "r.csv", "--groups", "2", "--out", "ev.json",
        "--lang", "id",
    ];
    let o = lgd(tmp.path(), &args, &[]);
    let text = said(&o);
    assert!(o.status.success(), "{text}");
    assert!(
        text.contains("sudah ditulis") && text.contains("nama"),
        "{text}"
    );
    assert!(
        english_words(&text).is_empty(),
        "{:?}: {text}",
        english_words(&text)
    );
}

#[test]
fn the_lead_s_commands_report_their_work_in_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    let steps: [&[&str]; 4] = [
        &[
            "consolidate",
            "latihan/days",
            "--event",
            &event,
            "--out",
            "hasil",
        ],
        &["report", "hasil/consolidated.json", "--out", "laporan"],
        &[
            "export",
            "xlsx",
            "hasil/consolidated.json",
            "--out",
            "hasil.xlsx",
        ],
        &["export", "events", "latihan/days", "--out", "log.csv"],
    ];
    for args in steps {
        let mut id = args.to_vec();
        id.extend(["--lang", "id"]);
        let o = lgd(tmp.path(), &id, &[]);
        let text = said(&o);
        assert!(o.status.success(), "{args:?}: {text}");
        assert!(text.contains("sudah ditulis"), "{args:?}: {text}");
        assert!(
            english_words(&text).is_empty(),
            "{args:?} says English ({:?}): {text}",
            english_words(&text)
        );
    }
}

/// A consolidation refused for what the day files are (two files for one observer and day, an
/// event file whose name changed since) says why in Indonesian: the reasons are typed in the
/// library and worded in `text`.
#[test]
fn consolidate_refusing_mismatched_day_files_says_why_in_indonesian() {
    let (tmp, event) = rehearsed();
    let days = tmp.path().join("latihan/days");
    let first = std::fs::read_dir(&days)
        .expect("days")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("a day file");
    let copy = tmp.path().join("latihan/salinan");
    std::fs::create_dir(&copy).expect("dir");
    std::fs::copy(&first, copy.join(first.file_name().expect("name"))).expect("copy");
    refused_in_both_languages(tmp.path(), &["consolidate", "latihan", "--out", "hasil"]);

    std::fs::remove_dir_all(&copy).expect("rm");
    let mut ev: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&event).expect("read")).expect("json");
    ev["name"] = "Seleksi lain".into();
    std::fs::write(tmp.path().join("lain.json"), ev.to_string()).expect("write");
    refused_in_both_languages(
        tmp.path(),
        &[
            "consolidate",
            "latihan/days",
            "--event",
            "lain.json",
            "--out",
            "hasil",
        ],
    );
}

#[test]
fn consolidate_names_the_observers_who_never_started_the_coded_phase_in_both_languages() {
    let (tmp, event) = rehearsed();
    let day = tmp.path().join("latihan/days/2026-12-03_A02.json");
    let mut d: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&day).expect("read")).expect("json");
    for phase in d["phases"].as_array_mut().expect("phases") {
        if phase["coded"] == serde_json::Value::Bool(true) {
            phase["segments"] = serde_json::json!([]);
        }
    }
    std::fs::write(&day, d.to_string()).expect("write");
    let event = event.display().to_string();
    for (lang, line) in [
        ("id", "tidak pernah memulai fase berkode (diskusi): A02"),
        ("en", "never started the coded phase (the discussion): A02"),
    ] {
        let out = format!("hasil-{lang}");
        let args = [
            "consolidate",
            "latihan/days",
            "--event",
            &event,
            "--out",
            &out,
            "--lang",
            lang,
        ];
        let o = lgd(tmp.path(), &args, &[]);
        let text = said(&o);
        assert!(o.status.success() && text.contains(line), "{text}");
    }
}
