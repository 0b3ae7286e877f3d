//! Day files attacked while lgd runs: files deleted under the writer are written again from memory
//! at once and said so, never shown saved while missing; symlinks planted in the event folder are
//! refused or replaced, never written through. At the writer and on the real binary in a pty.

mod common;

use std::time::Duration;

use common::day::{code, day_file, demo_day_file, open, open_with, seqs};
use common::pty::{CTRL_Q, Tui};
use lgd_observer::store::{
    DayPaths, Fault, FaultSwitch, FaultyDisk, Reply, StoreError, StoreOptions, read_day,
};

const WAIT: Duration = Duration::from_secs(10);

fn recreated(replies: &[Reply]) -> Option<&lgd_observer::store::Recreated> {
    replies.iter().find_map(|r| match r {
        Reply::Recreated(r) => Some(r),
        _ => None,
    })
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Wine keeps a deleted file's name while a handle is open (Windows 10 and later remove it at once), so the deletion is not seen there"
)]
fn a_deleted_journal_is_written_again_from_memory_and_nothing_is_lost_on_a_crash() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = DayPaths::of(&day_file(tmp.path()));
    let mut day = open(tmp.path()).expect("opens");
    code(&mut day, 1, 15);
    day.writer.flush(WAIT).expect("saved");
    std::fs::remove_file(&paths.journal).expect("rm journal");
    code(&mut day, 16, 20);
    assert_eq!(day.writer.flush(WAIT).expect("saved again"), 20);
    let replies: Vec<Reply> = day.writer.replies().try_iter().collect();
    let r = recreated(&replies).expect("the writer says it wrote the files again");
    assert_eq!(r.missing, vec![paths.journal.clone()]);
    // As a kill -9 would leave it: the writer never closes, only what is on disk counts.
    std::mem::forget(day);
    let (record, _) = read_day(&paths.json).expect("reads");
    assert_eq!(seqs(&record), (1..=20).collect::<Vec<_>>());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Windows refuses to delete a folder that holds open files, so this cannot happen there"
)]
fn a_deleted_event_folder_is_written_again_before_quitting_says_saved() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = day_file(tmp.path());
    let mut day = open(tmp.path()).expect("opens");
    code(&mut day, 1, 12);
    day.writer.flush(WAIT).expect("saved");
    std::fs::remove_dir_all(path.parent().expect("folder")).expect("rm -rf");
    // Nothing waits to be appended, yet a flush must not report a file that is gone as saved.
    day.writer.snapshot(day.record.clone());
    assert_eq!(day.writer.flush(WAIT).expect("flushed"), 12);
    let replies: Vec<Reply> = day.writer.replies().try_iter().collect();
    let r = recreated(&replies).expect("recreated");
    assert!(r.missing.contains(&path), "{r:?}");
    assert!(replies.contains(&Reply::Snapshotted(12)), "{replies:?}");
    day.writer.close().expect("close");
    let (record, _) = read_day(&path).expect("reads");
    assert_eq!(seqs(&record), (1..=12).collect::<Vec<_>>());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Windows refuses to delete a folder that holds open files, so this cannot happen there"
)]
fn a_deleted_folder_that_cannot_be_written_again_is_never_reported_saved() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = day_file(tmp.path());
    let switch = FaultSwitch::default();
    let mut day = open_with(
        tmp.path(),
        StoreOptions {
            disk: Box::new(FaultyDisk::new(switch.clone())),
            notify: None,
            retry_every: Duration::from_millis(20),
        },
    )
    .expect("opens");
    code(&mut day, 1, 5);
    day.writer.flush(WAIT).expect("saved");
    std::fs::remove_dir_all(path.parent().expect("folder")).expect("rm -rf");
    switch.set(Fault::NoSpace);
    let err = day
        .writer
        .flush(Duration::from_millis(300))
        .expect_err("a missing file is not saved");
    assert!(
        matches!(&err, StoreError::Lost { path: p, .. } if p.parent() == path.parent()),
        "{err:?}"
    );
    code(&mut day, 6, 7);
    assert!(matches!(
        day.writer.flush(Duration::from_millis(300)),
        Err(StoreError::NotSaved { seq: 7, .. })
    ));
    let saved_while_gone = day
        .writer
        .replies()
        .try_iter()
        .any(|r| matches!(r, Reply::Saved(n) if n > 5));
    assert!(!saved_while_gone);
    switch.clear();
    assert_eq!(day.writer.flush(WAIT).expect("once the disk works"), 7);
    day.writer.close().expect("close");
    let (record, _) = read_day(&path).expect("reads");
    assert_eq!(seqs(&record), (1..=7).collect::<Vec<_>>());
}

#[cfg(unix)]
mod links {
    use super::*;
    use std::os::unix::fs::symlink;

    const BAIT: &str = "precious data\n";

    /// A file outside the event folder that a link points at; it must come out untouched.
    fn bait(dir: &std::path::Path) -> std::path::PathBuf {
        let p = dir.join("bait.txt");
        std::fs::write(&p, BAIT).expect("bait");
        p
    }

    fn untouched(p: &std::path::Path) {
        assert_eq!(std::fs::read_to_string(p).expect("bait"), BAIT);
    }

    #[test]
    fn a_lock_journal_or_day_file_that_is_a_link_is_refused_and_its_target_untouched() {
        for which in ["lock", "journal", "json"] {
            let tmp = tempfile::tempdir().expect("tmp");
            let outside = tempfile::tempdir().expect("outside");
            let target = bait(outside.path());
            let paths = DayPaths::of(&day_file(tmp.path()));
            std::fs::create_dir_all(paths.dir()).expect("folder");
            let link = match which {
                "lock" => &paths.lock,
                "journal" => &paths.journal,
                _ => &paths.json,
            };
            symlink(&target, link).expect("plant");
            let err = open(tmp.path()).expect_err(which);
            assert!(
                matches!(&err, StoreError::Symlink { path } if path == link),
                "{which}: {err:?}"
            );
            assert!(err.to_string().contains("symbolic link"), "{err}");
            untouched(&target);
        }
    }

    #[test]
    fn links_planted_at_temp_files_are_replaced_not_written_through() {
        let tmp = tempfile::tempdir().expect("tmp");
        let outside = tempfile::tempdir().expect("outside");
        let target = bait(outside.path());
        let paths = DayPaths::of(&day_file(tmp.path()));
        let mut day = open(tmp.path()).expect("opens");
        symlink(&target, &paths.json_tmp).expect("plant json.tmp");
        symlink(&target, &paths.journal_tmp).expect("plant journal.tmp");
        code(&mut day, 1, 4);
        day.writer.snapshot(day.record.clone());
        day.writer.flush(WAIT).expect("saved");
        let replies: Vec<Reply> = day.writer.replies().try_iter().collect();
        assert!(replies.contains(&Reply::Snapshotted(4)), "{replies:?}");
        day.writer.close().expect("close");
        untouched(&target);
        let (record, _) = read_day(&paths.json).expect("reads");
        assert_eq!(record.last_seq, 4);
    }

    #[test]
    fn a_journal_replaced_by_a_link_while_running_is_written_again_not_appended_through() {
        let tmp = tempfile::tempdir().expect("tmp");
        let outside = tempfile::tempdir().expect("outside");
        let target = bait(outside.path());
        let paths = DayPaths::of(&day_file(tmp.path()));
        let mut day = open(tmp.path()).expect("opens");
        code(&mut day, 1, 3);
        day.writer.flush(WAIT).expect("saved");
        std::fs::remove_file(&paths.journal).expect("rm");
        symlink(&target, &paths.journal).expect("plant");
        code(&mut day, 4, 6);
        assert_eq!(day.writer.flush(WAIT).expect("saved"), 6);
        day.writer.close().expect("close");
        untouched(&target);
        assert!(
            !std::fs::symlink_metadata(&paths.journal)
                .expect("journal")
                .file_type()
                .is_symlink()
        );
        let (record, _) = read_day(&paths.json).expect("reads");
        assert_eq!(seqs(&record), (1..=6).collect::<Vec<_>>());
    }
}

/// The real binary: `rm` the journal while coding, then kill -9; every act is there on restart.
#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn the_app_writes_a_deleted_journal_again_says_so_and_a_crash_loses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    tui.type_slowly("1p2f");
    tui.wait_for(&["Recent acts (2)", "✓ saved"]);
    let json = demo_day_file(dir.path());
    std::fs::remove_file(DayPaths::of(&json).journal).expect("rm journal");
    tui.type_slowly("3a");
    tui.wait_for(&["Recent acts (3)", "written again"]);
    tui.type_slowly("2b1p");
    tui.wait_for(&["Recent acts (5)", "✓ saved"]);
    tui.kill_9();
    let (record, _) = read_day(&json).expect("read day");
    assert_eq!(record.acts.len(), 5, "{:?}", record.acts);
}

/// The real binary: `rm -rf` the event folder; quitting writes everything again and exits 0.
#[test]
#[cfg_attr(
    windows,
    ignore = "drives lgd in a pseudo-terminal: under Wine the ConPTY shows a blank screen"
)]
fn the_app_quits_with_everything_on_disk_after_its_folder_was_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::start(dir.path());
    tui.type_slowly("1p2f3a");
    tui.wait_for(&["Recent acts (3)", "✓ saved"]);
    let json = demo_day_file(dir.path());
    std::fs::remove_dir_all(json.parent().expect("folder")).expect("rm -rf");
    tui.send(CTRL_Q);
    assert!(tui.wait_exit(), "quit:\n{}", tui.text());
    let (record, _) = read_day(&json).expect("everything is on disk again");
    assert_eq!(record.acts.len(), 3);
}

/// Keys a newer lgd (or a person) added to a day file survive opening, coding, a snapshot and quitting.
#[test]
fn keys_lgd_does_not_know_are_kept_through_open_and_quit() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = day_file(tmp.path());
    open(tmp.path())
        .expect("creates")
        .writer
        .close()
        .expect("close");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    json["reviewed_by"] = serde_json::json!({"name": "Lead", "at": "2026-12-04"});
    json["tablet_serial"] = serde_json::json!("SN-123");
    std::fs::write(&path, serde_json::to_vec_pretty(&json).expect("json")).expect("write");

    let mut day = open(tmp.path()).expect("opens");
    code(&mut day, 1, 2);
    day.writer.snapshot(day.record.clone());
    day.writer.close().expect("close");
    let after: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_eq!(after["reviewed_by"]["name"], "Lead");
    assert_eq!(after["tablet_serial"], "SN-123");
    assert_eq!(after["last_seq"], 2);
}

/// The wash-up's files under the same writer: a consensus journal deleted mid-meeting is written
/// again with every decision, links at its files are refused or replaced, never written through.
mod washup {
    use super::*;
    use common::washup::consolidated_folder;
    use lgd_observer::consolidate::read_consolidated;
    use lgd_observer::consolidate::washup::{
        WASHUP_JOURNAL, WashupChange, WashupEntry, open_washup_default, replay,
    };

    fn decision(seq: u64) -> WashupEntry {
        WashupEntry {
            seq,
            change: WashupChange::Consensus {
                participant: "P74".into(),
                competency: "M.2".into(),
                level: Some(3.0),
                reason: format!("round {seq}"),
                by: "LEAD".into(),
                at: common::day::t0(),
            },
        }
    }

    #[test]
    #[cfg_attr(
        windows,
        ignore = "Wine keeps a deleted file's name while a handle is open (Windows 10 and later remove it at once), so the deletion is not seen there"
    )]
    fn a_deleted_consensus_journal_is_written_again_with_every_decision() {
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_folder(tmp.path());
        let w = open_washup_default(&out, None).expect("opens");
        w.writer.append(decision(1));
        w.writer.flush(WAIT).expect("saved");
        std::fs::remove_file(out.join(WASHUP_JOURNAL)).expect("rm");
        w.writer.append(decision(2));
        assert_eq!(w.writer.flush(WAIT).expect("saved"), 2);
        w.writer.close().expect("close");
        let mut c = read_consolidated(&out.join("consolidated.json")).expect("read");
        let journal = std::fs::read(out.join(WASHUP_JOURNAL)).expect("journal");
        let r = replay(&mut c, &journal);
        assert_eq!((r.applied + r.stale, r.last_seq), (2, 2), "{r:?}");
    }

    #[cfg(unix)]
    #[test]
    fn links_at_the_wash_up_s_files_are_refused_or_replaced_never_followed() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_folder(tmp.path());
        let bait = tmp.path().join("bait.txt");
        std::fs::write(&bait, "precious\n").expect("bait");
        symlink(&bait, out.join(WASHUP_JOURNAL)).expect("plant journal");
        let err = open_washup_default(&out, None).expect_err("refused");
        assert!(
            matches!(
                &err,
                lgd_observer::consolidate::washup::WashupError::Store(StoreError::Symlink { .. })
            ),
            "{err:?}"
        );
        std::fs::remove_file(out.join(WASHUP_JOURNAL)).expect("unplant");
        symlink(&bait, out.join("consolidated.json.tmp")).expect("plant tmp");
        let w = open_washup_default(&out, None).expect("opens");
        w.writer.append(decision(1));
        w.writer.snapshot(w.consolidated.clone());
        w.writer.close().expect("close");
        assert_eq!(std::fs::read_to_string(&bait).expect("bait"), "precious\n");
        read_consolidated(&out.join("consolidated.json")).expect("still a consolidation");
    }
}
