//! The real `lgd` binary in a pseudo-terminal: start the demo, code, quit and reopen with everything
//! there; and kill -9 after acts shown as saved, with all of them there after restarting; the lead
//! editing a roster, with a second editor of the same file refused. The same for `lgd washup`: a
//! consensus typed in survives quitting and kill -9, originals untouched.

mod common;

use std::ffi::OsString;
use std::path::Path;

use common::pty::{BACKSPACE, CTRL_Q, ENTER, Tui};
use lgd_observer::store::read_day;

use common::day::demo_day_file as day_file;

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn code_quit_reopen_and_everything_is_there() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    tui.type_slowly("1p2f3a2b1");
    tui.wait_for(&["Recent acts (4)", "✓ saved"]);
    tui.send(BACKSPACE);
    tui.wait_for(&["Recent acts (3)"]);
    tui.send(ENTER);
    tui.type_slowly("good point");
    tui.send(ENTER);
    tui.wait_for(&["Note saved"]);
    tui.send(CTRL_Q);
    assert!(tui.wait_exit(), "clean exit");

    let (record, _) = read_day(&day_file(dir.path())).expect("read day");
    let codes: Vec<(&str, &str, bool)> = record
        .acts
        .iter()
        .map(|a| (a.participant.as_str(), a.code.as_str(), a.retracted))
        .collect();
    assert_eq!(
        codes,
        [
            ("P74", "PROP", false),
            ("P10", "FACT", false),
            ("P48", "ASK", false),
            ("P10", "BUILD", true)
        ]
    );
    assert_eq!(record.acts[2].note.as_deref(), Some("good point"));

    let mut again = Tui::start(dir.path());
    again.wait_for(&["Recent acts (3)", "good point"]);
    again.send(CTRL_Q);
    assert!(again.wait_exit());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn kill_9_after_acts_shown_saved_loses_none_of_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    let k = 6;
    tui.type_slowly("1pi2fa3sb1");
    tui.wait_for(&[&format!("Recent acts ({k})"), "✓ saved"]);
    tui.kill_9();

    let (record, _) = read_day(&day_file(dir.path())).expect("read day");
    assert_eq!(record.acts.iter().filter(|a| !a.retracted).count(), k);

    let mut again = Tui::start(dir.path());
    again.wait_for(&[&format!("Recent acts ({k})"), "recovered from the journal"]);
    again.send(CTRL_Q);
    assert!(again.wait_exit());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn a_second_lgd_on_the_same_day_file_is_refused_in_the_user_s_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut first = Tui::start(dir.path());
    let mut args: Vec<OsString> = ["demo", "--lang", "id", "--dir"].map(OsString::from).into();
    args.push(dir.path().into());
    let mut second = Tui::run(&args, "sudah dibuka di lgd lain");
    let pid = first.child.process_id().expect("pid");
    second.wait_for(&[&format!("(proses {pid})"), "tutup lgd yang itu dulu"]);
    assert!(!second.wait_exit(), "refused");
    first.send(CTRL_Q);
    assert!(first.wait_exit());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn sigterm_saves_and_quits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    tui.type_slowly("4d5");
    tui.wait_for(&["Recent acts (1)"]);
    tui.signal("TERM");
    assert!(tui.wait_exit(), "a clean exit after SIGTERM");
    let (record, recovery) = read_day(&day_file(dir.path())).expect("read day");
    assert_eq!(record.acts.len(), 1);
    assert_eq!(
        recovery.replayed, 0,
        "the day file itself was rewritten on the way out"
    );
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn the_lead_edits_the_roster_and_a_second_editor_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let event = dir.path().join("acara.json");
    let demo = lgd_observer::catalog::demo_event().expect("demo");
    lgd_observer::setup::save_event(&event, &demo, false).expect("event file");
    let args: Vec<std::ffi::OsString> = vec![
        "roster".into(),
        event.clone().into(),
        "--lang".into(),
        "en".into(),
        "--dir".into(),
        dir.path().join("data").into(),
    ];
    // An observer's day file already made for this event: editing now is worth a warning.
    let days = dir.path().join("data").join("tangsel-2026");
    std::fs::create_dir_all(&days).expect("data dir");
    std::fs::write(days.join("2026-12-03_A01.json"), "{}").expect("day file");
    let mut tui = Tui::run(&args, "editing the roster");
    tui.wait_for(&[
        "✓ saved",
        "everyone has 2+ observers",
        "1 day file(s) of this event already exist",
    ]);

    let second = common::lgd().args(&args).output().expect("second lgd");
    assert!(!second.status.success());
    let said = String::from_utf8_lossy(&second.stderr);
    let pid = tui.child.process_id().expect("pid");
    assert!(said.contains("acara.json"), "{said}");
    assert!(said.contains("already being edited"), "{said}");
    assert!(said.contains(&format!("process {pid}")), "{said}");

    // P74 (G1 seat 1) to the fourth group, first free seat.
    tui.type_slowly("mjjj");
    tui.send(ENTER);
    tui.wait_for(&["Move to seat"]);
    tui.send(ENTER);
    tui.wait_for(&["Moved P74", "undo 1"]);
    tui.wait_for(&["✓ saved"]);
    assert!(
        tui.text()
            .contains("1 day file(s) of this event already exist"),
        "the warning outlives the first edit's message: {}",
        tui.text()
    );
    let saved: lgd_observer::model::Event =
        serde_json::from_str(&std::fs::read_to_string(&event).expect("read")).expect("json");
    assert_eq!(
        saved.group_of("P74").map(|g| g.id.as_str()),
        Some("G4"),
        "on disk as soon as the screen says saved"
    );
    tui.send(CTRL_Q);
    assert!(tui.wait_exit(), "clean exit");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn the_roster_is_read_only_while_observing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    tui.send(b"\x1bOP"); // F1
    tui.wait_for(&["sort: Grp"]);
    tui.type_slowly("m");
    tui.wait_for(&[
        "The roster is read-only while observing",
        "lgd roster EVENT_FILE",
    ]);
    tui.send(CTRL_Q);
    assert!(tui.wait_exit());
}

mod washup {
    use super::*;
    use chrono::{DateTime, FixedOffset, Local};
    use lgd_observer::consolidate::{Cell, Consolidated, read_consolidated};

    const UP: &[u8] = b"\x1b[A";
    const REASON: &str = "A03 saw her lead the plan";

    use common::washup::consolidated_folder;

    fn open(out: &Path) -> Tui {
        let mut args = vec![OsString::from("washup"), out.into()];
        args.extend(["--lead", "LEAD", "--lang", "en"].map(OsString::from));
        let tui = Tui::run(&args, "Wash-up");
        tui.wait_for(&["saved"]);
        tui
    }

    /// Selects P74 on M.2 (the first row and column), raises the proposed 3 to 4, types the reason
    /// and saves; returns once the screen says the journal has it.
    fn decide_p74_m2(tui: &mut Tui) {
        tui.wait_for(&["Fitri Lubis · M.2", "no consensus yet"]);
        tui.type_slowly("c");
        tui.wait_for(&["Level: ◀ 3 ▶"]);
        tui.send(UP);
        tui.wait_for(&["Level: ◀ 4 ▶"]);
        tui.type_slowly(REASON);
        tui.wait_for(&[REASON]);
        tui.send(ENTER);
        // "saving 1" until the writer's fdatasync answers; then "saved".
        tui.wait_for(&["Consensus recorded", "1 decided", "saved"]);
    }

    fn p74_m2(c: &Consolidated) -> &Cell {
        c.cells
            .iter()
            .find(|x| x.participant == "P74" && x.competency == "M.2")
            .expect("cell")
    }

    /// Every journal line, parsed.
    fn journal(out: &Path) -> Vec<serde_json::Value> {
        std::fs::read_to_string(out.join("washup.journal"))
            .expect("journal")
            .lines()
            .map(|l| serde_json::from_str(l).expect("a whole line"))
            .collect()
    }

    fn assert_the_decision(line: &serde_json::Value, before: DateTime<Local>) {
        assert_eq!(line["type"], "consensus", "{line}");
        assert_eq!(line["participant"], "P74");
        assert_eq!(line["competency"], "M.2");
        assert_eq!(line["level"], 4.0);
        assert_eq!(line["reason"], REASON);
        assert_eq!(line["by"], "LEAD");
        let at = line["at"]
            .as_str()
            .and_then(|t| DateTime::<FixedOffset>::parse_from_rfc3339(t).ok())
            .expect("a time");
        assert!(before <= at && at <= Local::now(), "decided at {at}");
    }

    #[test]
    #[cfg_attr(
        windows,
        ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
    )]
    fn a_consensus_typed_in_is_kept_with_who_when_why_and_the_originals_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = consolidated_folder(dir.path());
        let original = read_consolidated(&out.join("consolidated.json")).expect("read");
        let days: Vec<Vec<u8>> = ["A01", "A03"]
            .map(|o| {
                std::fs::read(dir.path().join(format!("in/2026-12-03_{o}.json"))).expect("day")
            })
            .into();
        let before = Local::now();

        let mut tui = open(&out);
        decide_p74_m2(&mut tui);
        tui.send(CTRL_Q);
        assert!(tui.wait_exit(), "clean exit:\n{}", tui.text());

        let lines = journal(&out);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0]["seq"], 1);
        assert_the_decision(&lines[0], before);
        let now = read_consolidated(&out.join("consolidated.json")).expect("read");
        let cell = p74_m2(&now);
        let decided = cell.consensus.as_ref().expect("a consensus");
        assert_eq!(decided.level, Some(4.0));
        assert_eq!(decided.reason, REASON);
        assert_eq!(decided.decided_by, "LEAD");
        assert_eq!(serde_json::json!(decided.decided_at), lines[0]["at"]);
        assert_eq!(cell.final_level, Some(4.0));
        assert_eq!(now.washup_seq, 1);
        for (was, is) in original.cells.iter().zip(&now.cells) {
            assert_eq!(
                was.ratings, is.ratings,
                "{} {}",
                was.participant, was.competency
            );
            assert_eq!(was.proposed, is.proposed);
        }
        assert_eq!(p74_m2(&original).ratings.len(), 2);
        for (o, bytes) in ["A01", "A03"].iter().zip(&days) {
            let path = dir.path().join(format!("in/2026-12-03_{o}.json"));
            assert_eq!(&std::fs::read(path).expect("day"), bytes, "{o}'s day file");
        }

        // The lock was let go: a second wash-up opens and shows the decision.
        let mut again = open(&out);
        again.wait_for(&["1 decided"]);
        again.send(CTRL_Q);
        assert!(again.wait_exit());
    }

    #[test]
    #[cfg_attr(
        windows,
        ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
    )]
    fn kill_9_after_a_consensus_shown_saved_loses_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = consolidated_folder(dir.path());
        let before = Local::now();
        let mut tui = open(&out);
        decide_p74_m2(&mut tui);
        tui.kill_9();

        let lines = journal(&out);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_the_decision(&lines[0], before);

        let mut again = open(&out);
        again.wait_for(&["1 decided", "Fitri Lubis · M.2", REASON]);
        again.send(CTRL_Q);
        assert!(again.wait_exit(), "clean exit:\n{}", again.text());
        let now = read_consolidated(&out.join("consolidated.json")).expect("read");
        let decided = p74_m2(&now).consensus.as_ref().expect("kept");
        assert_eq!(
            (decided.level, decided.reason.as_str()),
            (Some(4.0), REASON)
        );
        assert_eq!(journal(&out).len(), 1, "reopening adds nothing");
    }
}
