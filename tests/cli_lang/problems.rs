//! Problems lgd finds inside files, said in the user's language: a definition's problems
//! (`check`), a file that is not a day file or is damaged (`consolidate`, `export`), a journal's
//! skipped lines (`check` of a day file).

use super::*;

/// The rehearsed event with a problem of each part: no name, an id twice, a phase of 0 minutes,
/// an observer of a group that does not exist.
fn broken_event(dir: &Path, event: &Path) -> String {
    let mut e: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(event).expect("read")).expect("json");
    e["name"] = "".into();
    e["participants"][1]["id"] = e["participants"][0]["id"].clone();
    e["phases"][0]["minutes"] = 0.into();
    e["observers"][0]["group"] = "zz".into();
    let path = dir.join("rusak.json");
    std::fs::write(&path, e.to_string()).expect("write");
    path.display().to_string()
}

#[test]
fn check_names_an_event_s_problems_and_their_fixes_in_indonesian() {
    let (tmp, event) = rehearsed();
    let broken = broken_event(tmp.path(), &event);
    refused_saying(
        tmp.path(),
        &["check", &broken],
        &[
            "name: acara belum bernama (perbaikan: beri acara sebuah nama)",
            "dipakai dua kali",
            "lama yang direncanakan 0 menit",
            "kelompok \"zz\" tidak ada",
        ],
    );
}

#[test]
fn an_event_file_named_as_a_day_file_is_refused_in_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    let not_a_day = "berkas acara, bukan berkas harian";
    refused_saying(
        tmp.path(),
        &["consolidate", &event, "--out", "hasil"],
        &[not_a_day],
    );
    refused_saying(
        tmp.path(),
        &["export", "events", &event, "--out", "x.csv"],
        &[not_a_day],
    );
}

#[test]
fn a_damaged_day_file_is_refused_in_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::write(tmp.path().join("2026-12-03_A01.json"), "{\"format\":").expect("write");
    refused_saying(
        tmp.path(),
        &["consolidate", "2026-12-03_A01.json", "--out", "hasil"],
        &["tidak ada cadangan", "baris 1, kolom"],
    );
}

#[test]
fn check_of_a_day_file_says_its_skipped_journal_lines_in_indonesian() {
    let (tmp, _) = rehearsed();
    let journal = tmp.path().join("latihan/days/2026-12-03_A01.journal");
    std::fs::write(&journal, "rusak sekali\n{\"x\":1}").expect("write");
    refused_saying(
        tmp.path(),
        &["check", "latihan/days/2026-12-03_A01.json"],
        &[
            "Baris jurnal 1 rusak dan dilewati",
            "Baris terakhir jurnal (baris 2)",
        ],
    );
}
