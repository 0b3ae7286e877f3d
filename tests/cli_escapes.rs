//! Names and codes read from files reach the terminal inert (issue 13 item 4): an OSC 52 clipboard
//! write, a title-setting sequence or a bidi override in a day file or a roster leaves no ESC, BEL
//! or U+202E in what `lgd check` and `lgd new` print.

mod common;

use std::path::Path;

use common::run;

const OSC52: &str = "\u{1b}]52;c;ZWNobyBoaQ==\u{7}";
const TITLE: &str = "\u{1b}]0;PWNED\u{7}";

/// Whether the bytes hold anything that would act on a terminal.
fn acts_on_terminal(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t') || ('\u{202A}'..='\u{202E}').contains(&c)
    })
}

fn rehearsed_day(dir: &Path) -> std::path::PathBuf {
    let o = run(["demo".as_ref(), "--rehearse".as_ref(), dir.as_os_str()]);
    assert!(o.status.success());
    dir.join("days").join("2026-12-03_A01.json")
}

#[test]
fn check_prints_a_hostile_day_file_inert() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = rehearsed_day(tmp.path());
    let mut day: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("day")).expect("json");
    day["observer"]["name"] = format!("Andi{TITLE}{OSC52}").into();
    day["participants"][0]["name"] = "Budi\u{202E}exe.pdf".into();
    day["acts"][0]["code"] = format!("X{TITLE}").into();
    std::fs::write(&path, serde_json::to_vec(&day).expect("json")).expect("write");
    for args in [vec!["check"], vec!["check", "--json"]] {
        let o = run(args.iter().map(|a| a.as_ref()).chain([path.as_os_str()]));
        assert_eq!(o.status.code(), Some(1));
        assert!(
            !acts_on_terminal(&o.stdout),
            "{}",
            String::from_utf8_lossy(&o.stdout)
        );
        assert!(
            !acts_on_terminal(&o.stderr),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        // The reader still sees that something is there.
        assert!(String::from_utf8_lossy(&o.stdout).contains("\\u001b]52;c;"));
    }
    // The JSON report stays JSON and decodes to the name as it is in the file.
    let o = run(["check".as_ref(), "--json".as_ref(), path.as_os_str()]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert!(report.to_string().contains("\\u001b]52;c;"), "{report}");
}

#[test]
fn new_prints_a_hostile_roster_inert() {
    let tmp = tempfile::tempdir().expect("tmp");
    let roster = tmp.path().join("r.csv");
    let names = format!("Nama\nBudi{OSC52}\nSiti{TITLE}\n\u{202E}Agus\nDewi\u{9b}31m\n");
    std::fs::write(&roster, names).expect("roster");
    let out = tmp.path().join("ev.json");
    let o = run([
        "new".as_ref(),
        "--name".as_ref(),
        "Seleksi".as_ref(),
        "--roster".as_ref(),
        roster.as_os_str(),
        "--groups".as_ref(),
        "1".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(
        !acts_on_terminal(&o.stdout),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(
        !acts_on_terminal(&o.stderr),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(all.contains("Budi\\u001b"), "{all}");
}
