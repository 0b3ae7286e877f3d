//! The report's cover facts and time zone through the real binary: `lgd new` records them from its
//! flags, `lgd check` warns while they are empty, an unreadable time zone is refused.

use std::path::Path;
use std::process::{Command, Output};

use lgd_observer::model::Event;

fn lgd(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lgd"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .output()
        .expect("run lgd")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

const VENUE: &str = "Aula Blandongan, Puspemkot Tangerang Selatan";
const LEAD: &str = "Dra. Retno Wulandari, M.Psi.";

#[test]
fn lgd_new_records_the_cover_facts_and_lgd_check_warns_while_they_are_empty() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let mut csv = String::from("No;Nama;NIP;Jabatan;Unit Kerja;Jenis Kelamin\n");
    for i in 0..12 {
        csv.push_str(&format!(
            "{};Peserta {};1980{:02}{:02}2005011{:03};Kepala Seksi;Dinas {};L\n",
            i + 1,
            i + 1,
            1 + i % 12,
            1 + i % 28,
            i + 1,
            i % 3
        ));
    }
    std::fs::write(dir.join("r.csv"), csv).expect("roster");
    let base = ["new", "--name", "X", "--roster", "r.csv", "--groups", "2"];
    ok(&lgd(&[&base[..], &["--out", "bare.json"]].concat(), dir));
    let check = lgd(&["check", "bare.json"], dir);
    let said = String::from_utf8_lossy(&check.stdout).to_string();
    assert!(
        said.contains("warning: the report's cover is still empty"),
        "{said}"
    );
    for flag in [
        "--organisation",
        "--date",
        "--venue",
        "--case-title",
        "--lead-assessor",
    ] {
        assert!(said.contains(flag), "{flag}: {said}");
    }
    let full = [
        "--organisation",
        "Pemerintah Kota Tangerang Selatan",
        "--date",
        "2026-12-03",
        "--date",
        "2026-12-04",
        "--venue",
        VENUE,
        "--case-title",
        "Singapura",
        "--lead-assessor",
        LEAD,
        "--assessor",
        "Bambang Sutrisno",
        "--assessor",
        "Sri Handayani",
        "--time-zone",
        "wit",
        "--out",
        "full.json",
    ];
    ok(&lgd(&[&base[..], &full[..]].concat(), dir));
    let event: Event =
        serde_json::from_slice(&std::fs::read(dir.join("full.json")).expect("event"))
            .expect("json");
    assert_eq!(event.organisation, "Pemerintah Kota Tangerang Selatan");
    assert_eq!(event.dates.len(), 2);
    assert_eq!(event.venue, VENUE);
    assert_eq!(event.case_study.title, "Singapura");
    assert_eq!(event.lead_assessor, LEAD);
    assert_eq!(event.assessors, ["Bambang Sutrisno", "Sri Handayani"]);
    assert_eq!(event.settings.zone().label, "WIT");
    let check = lgd(&["check", "full.json"], dir);
    ok(&check);
    let said = String::from_utf8_lossy(&check.stdout).to_string();
    assert!(!said.contains("cover is still empty"), "{said}");
    // A time zone lgd cannot read is refused before anything is written.
    let bad = lgd(
        &[&base[..], &["--time-zone", "Jakarta", "--out", "bad.json"]].concat(),
        dir,
    );
    assert!(!bad.status.success());
    assert!(!dir.join("bad.json").exists());
}
