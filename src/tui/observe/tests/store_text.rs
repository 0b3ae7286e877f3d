//! Store and wash-up errors in words: each variant in both languages says what happened, what to
//! do, and ends with the file.

use std::io::{self, ErrorKind};
use std::path::PathBuf;

use crate::consolidate::FileError;
use crate::consolidate::washup::WashupError;
use crate::load::LoadError;
use crate::model::{BeginError, IdError, Lang};
use crate::setup::LockError;
use crate::store::{DiskFailure, Op, StoreError};
use crate::text::store::{disk_failure, disk_failure_short, lock_error, store_error, washup_error};

pub(super) const DAY: &str = "/data/tangsel-2026/2026-12-03_A01.json";
pub(super) const JOURNAL: &str = "/data/tangsel-2026/2026-12-03_A01.journal";

pub(super) fn os(kind: ErrorKind) -> io::Error {
    io::Error::from(kind)
}

pub(super) fn syntax() -> LoadError {
    LoadError::Syntax {
        file: DAY.into(),
        line: 3,
        column: 7,
        message: "expected value".into(),
    }
}

/// `msg` holds every word in `words` (case-insensitive), and `path` after all of them.
fn says(msg: &str, words: &[&str], path: &str) {
    let lower = msg.to_lowercase();
    for w in words {
        assert!(lower.contains(&w.to_lowercase()), "{w:?} missing in: {msg}");
    }
    let at = msg
        .rfind(path)
        .unwrap_or_else(|| panic!("{path} missing in: {msg}"));
    for w in words {
        let first = lower.find(&w.to_lowercase()).unwrap_or(0);
        assert!(first < at, "{w:?} should come before the path: {msg}");
    }
}

#[test]
fn a_disk_failure_saving_the_journal_says_the_changes_wait_in_memory() {
    let cases = [
        (
            ErrorKind::StorageFull,
            ["disk penuh", "kosongkan ruang disk"],
            ["disk full", "free some disk space"],
        ),
        (
            ErrorKind::ReadOnlyFilesystem,
            ["hanya bisa dibaca", "teknisi"],
            ["read-only", "technician"],
        ),
        (
            ErrorKind::PermissionDenied,
            ["akses ditolak", "izinkan penulisan"],
            ["permission denied", "allow writing"],
        ),
        (
            ErrorKind::NotFound,
            ["tidak ditemukan", "flashdisk"],
            ["not found", "usb drive"],
        ),
        (
            ErrorKind::Other,
            ["gangguan disk", "periksa disk"],
            ["disk error", "check the disk"],
        ),
    ];
    for (kind, id, en) in cases {
        let f = DiskFailure::new(Op::Save, JOURNAL, &os(kind));
        let msg = disk_failure(Lang::Id, &f);
        says(&msg, &id, JOURNAL);
        says(
            &msg,
            &["belum tersimpan", "tetap di memori", "jangan tutup lgd"],
            JOURNAL,
        );
        assert!(msg.contains("gagal menyimpan ke"), "{msg}");
        let msg = disk_failure(Lang::En, &f);
        says(&msg, &en, JOURNAL);
        says(
            &msg,
            &["not saved yet", "stay in memory", "do not close lgd"],
            JOURNAL,
        );
        assert!(msg.contains("cannot save to"), "{msg}");
    }
}

#[test]
fn the_brief_s_wording_for_a_full_disk() {
    let f = DiskFailure::new(Op::Save, JOURNAL, &os(ErrorKind::StorageFull));
    assert!(
        disk_failure(Lang::Id, &f).starts_with(
            "Disk penuh: perubahan belum tersimpan dan tetap di memori; kosongkan ruang disk"
        ),
        "{}",
        disk_failure(Lang::Id, &f)
    );
    assert_eq!(disk_failure_short(Lang::Id, &f), "disk penuh");
    assert_eq!(disk_failure_short(Lang::En, &f), "disk full");
}

#[test]
fn a_failed_rewrite_says_the_journal_holds_everything() {
    let f = DiskFailure::new(Op::Write, DAY, &os(ErrorKind::StorageFull));
    says(
        &disk_failure(Lang::Id, &f),
        &[
            "disk penuh",
            "belum ditulis ulang",
            "jurnal sudah menyimpan",
        ],
        DAY,
    );
    says(
        &disk_failure(Lang::En, &f),
        &["disk full", "not rewritten", "journal holds every change"],
        DAY,
    );
}

#[test]
fn opening_on_a_bad_disk_says_what_to_do_before_starting_again() {
    for (kind, id, en) in [
        (ErrorKind::StorageFull, "penuh", "full"),
        (
            ErrorKind::ReadOnlyFilesystem,
            "disk yang bisa ditulisi",
            "can be written",
        ),
        (ErrorKind::PermissionDenied, "minta izin", "administrator"),
    ] {
        let e = StoreError::io(Op::CreateFolder, "/data/tangsel-2026", os(kind));
        says(
            &store_error(Lang::Id, &e),
            &[id, "gagal membuat folder"],
            "/data/tangsel-2026",
        );
        says(
            &store_error(Lang::En, &e),
            &[en, "cannot create the folder"],
            "/data/tangsel-2026",
        );
    }
}

#[test]
fn a_day_file_open_in_another_lgd() {
    let e = StoreError::Locked {
        path: DAY.into(),
        pid: Some(4242),
    };
    says(
        &store_error(Lang::Id, &e),
        &["sudah dibuka di lgd lain", "proses 4242", "tutup"],
        DAY,
    );
    says(
        &store_error(Lang::En, &e),
        &[
            "already open in another lgd",
            "process 4242",
            "close it there",
        ],
        DAY,
    );
    let e = StoreError::Locked {
        path: DAY.into(),
        pid: None,
    };
    assert!(!store_error(Lang::Id, &e).contains("proses"));
}

#[test]
fn an_unreadable_day_file_with_and_without_a_backup() {
    let with = StoreError::Unreadable {
        snapshot: Box::new(syntax()),
        backup: Some(Box::new(syntax())),
    };
    says(
        &store_error(Lang::Id, &with),
        &[
            "tidak bisa dibaca",
            "cadangannya",
            "jangan hapus",
            "ketua tim",
        ],
        DAY,
    );
    says(
        &store_error(Lang::En, &with),
        &["cannot be read", "backup", "do not delete", "lead assessor"],
        DAY,
    );
    let without = StoreError::Unreadable {
        snapshot: Box::new(syntax()),
        backup: None,
    };
    says(
        &store_error(Lang::Id, &without),
        &["tidak ada cadangan", "tidak ada yang diubah"],
        DAY,
    );
    says(
        &store_error(Lang::En, &without),
        &["there is no backup", "nothing was changed"],
        DAY,
    );
}

#[test]
fn a_file_that_cannot_be_loaded() {
    let e = StoreError::Load(syntax());
    says(&store_error(Lang::Id, &e), &["rusak", "lgd check"], DAY);
    says(&store_error(Lang::En, &e), &["damaged", "lgd check"], DAY);
    let newer = StoreError::Load(LoadError::Newer {
        file: DAY.into(),
        format: "lgd-day".into(),
        found: 9,
        supported: 1,
    });
    says(&store_error(Lang::Id, &newer), &["perbarui lgd"], DAY);
    says(&store_error(Lang::En, &newer), &["update lgd"], DAY);
}

#[test]
fn a_file_of_another_event_or_group() {
    let event = StoreError::Mismatch {
        path: DAY.into(),
        what: "event",
        found: "jakarta-2025".into(),
        expected: "tangsel-2026".into(),
    };
    says(
        &store_error(Lang::Id, &event),
        &[
            "milik acara \"jakarta-2025\"",
            "bukan \"tangsel-2026\"",
            "--dir",
        ],
        DAY,
    );
    says(
        &store_error(Lang::En, &event),
        &[
            "belongs to event \"jakarta-2025\"",
            "not \"tangsel-2026\"",
            "--dir",
        ],
        DAY,
    );
    let group = StoreError::Mismatch {
        path: DAY.into(),
        what: "group",
        found: "G1".into(),
        expected: "G2".into(),
    };
    says(
        &store_error(Lang::Id, &group),
        &["kelompok \"G1\"", "--group G1"],
        DAY,
    );
    says(
        &store_error(Lang::En, &group),
        &["group \"G1\"", "--group G1"],
        DAY,
    );
}

#[test]
fn changes_not_saved_with_the_last_disk_failure() {
    let e = StoreError::NotSaved {
        count: 5,
        seq: 10,
        reason: Some(DiskFailure::new(
            Op::Save,
            JOURNAL,
            &os(ErrorKind::StorageFull),
        )),
    };
    says(
        &store_error(Lang::Id, &e),
        &["5 perubahan", "nomor 10", "belum tersimpan", "disk penuh"],
        JOURNAL,
    );
    says(
        &store_error(Lang::En, &e),
        &["5 change(s)", "number 10", "not saved yet", "disk full"],
        JOURNAL,
    );
    let bare = StoreError::NotSaved {
        count: 1,
        seq: 2,
        reason: None,
    };
    assert!(store_error(Lang::Id, &bare).contains("1 perubahan (sampai nomor 2) belum tersimpan"));
}

#[test]
fn the_disk_did_not_confirm_in_time_and_the_writer_stopped() {
    let e = StoreError::Timeout {
        path: DAY.into(),
        seconds: 5,
    };
    says(
        &store_error(Lang::Id, &e),
        &["5 detik", "terus mencoba", "jangan cabut"],
        DAY,
    );
    says(
        &store_error(Lang::En, &e),
        &["5 s", "keeps trying", "do not remove"],
        DAY,
    );
    let id = store_error(Lang::Id, &StoreError::WriterGone);
    assert!(
        id.contains("berhenti") && id.contains("jalankan lgd lagi"),
        "{id}"
    );
    let en = store_error(Lang::En, &StoreError::WriterGone);
    assert!(
        en.contains("stopped unexpectedly") && en.contains("start lgd again"),
        "{en}"
    );
}

#[test]
fn ids_data_folder_and_beginning_the_day() {
    let bad = StoreError::BadId {
        what: "observer",
        source: IdError::Empty,
    };
    assert!(store_error(Lang::Id, &bad).starts_with("Id asesor"));
    assert!(store_error(Lang::En, &bad).starts_with("The observer id"));
    assert!(store_error(Lang::Id, &StoreError::NoDataDir).contains("Tidak ada folder data"));
    assert!(store_error(Lang::En, &StoreError::NoDataDir).contains("LGD_DIR"));
    let begin = StoreError::Begin(BeginError::NoGroup("A09".into()));
    assert!(store_error(Lang::Id, &begin).contains("tidak punya kelompok"));
    assert!(store_error(Lang::En, &begin).contains("has no group"));
}

#[test]
fn wash_up_and_roster_errors() {
    let path = PathBuf::from("/data/hasil/consolidated.json");
    let missing = WashupError::File(FileError::Io {
        action: "read",
        path: path.clone(),
        source: os(ErrorKind::NotFound),
    });
    says(
        &washup_error(Lang::Id, &missing),
        &["tidak ditemukan", "gagal membaca"],
        "/data/hasil/consolidated.json",
    );
    says(
        &washup_error(Lang::En, &missing),
        &["not found", "cannot read"],
        "/data/hasil/consolidated.json",
    );
    let locked = WashupError::Store(StoreError::Locked {
        path: path.clone(),
        pid: None,
    });
    says(
        &washup_error(Lang::Id, &locked),
        &["sudah dibuka"],
        "consolidated.json",
    );
    let thread = WashupError::Thread(os(ErrorKind::OutOfMemory));
    assert!(washup_error(Lang::Id, &thread).contains("tidak bisa dimulai"));
    let busy = LockError::Busy {
        path: "/data/acara.json".into(),
        pid: Some(7),
    };
    says(
        &lock_error(Lang::Id, &busy),
        &["sedang diubah", "proses 7"],
        "/data/acara.json",
    );
    says(
        &lock_error(Lang::En, &busy),
        &["already being edited", "process 7"],
        "/data/acara.json",
    );
}
