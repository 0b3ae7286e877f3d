//! The store's and the wash-up journal's errors in the interface's language: what happened and
//! what to do first, the file and the OS's (English) detail last. The library keeps its English
//! `Display` for the command line and logs; these are what an assessor reads on screen.

pub mod days;
mod disk;
mod files;
mod recovery;

use std::path::Path;

pub use disk::{disk_failure, disk_failure_short};
pub use files::{lost, recreated, symlink_refused, unknown_fields};
pub use recovery::{recovery_problems, skipped};

use crate::consolidate::FileError;
use crate::consolidate::washup::WashupError;
use crate::load::LoadError;
use crate::model::{BeginError, Lang};
use crate::setup::LockError;
use crate::store::{Op, StoreError};
use disk::{Cause, pick, tail};

/// Why a day file could not be opened or saved, for the user.
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    let id = lang == Lang::Id;
    match e {
        StoreError::BadId { what, source } => match lang {
            Lang::Id => format!(
                "Id {} tidak bisa dipakai sebagai nama berkas: {source}",
                role_id(what)
            ),
            Lang::En => format!("The {what} id cannot be used in a file name: {source}"),
        },
        StoreError::NoDataDir => pick(
            lang,
            (
                "Tidak ada folder data: tentukan dengan --dir FOLDER atau variabel lingkungan LGD_DIR.",
                "No data folder: give one with --dir DIR or the LGD_DIR environment variable.",
            ),
        )
        .to_string(),
        StoreError::Io {
            action,
            path,
            source,
        } => {
            let cause = Cause::of(source.kind());
            format!(
                "{}: {}. {}",
                cause.headline(lang),
                cause.fix_to_start(lang),
                tail(lang, *action, path, source)
            )
        }
        StoreError::Locked { path, pid } => {
            let pid = pid
                .map(|p| format!(" ({} {p})", if id { "proses" } else { "process" }))
                .unwrap_or_default();
            match lang {
                Lang::Id => format!(
                    "Berkas ini sudah dibuka di lgd lain{pid}: tutup lgd yang itu dulu, lalu coba lagi; dua program yang menulis satu berkas akan menghilangkan perubahan. ({})",
                    crate::text::path(path)
                ),
                Lang::En => format!(
                    "This file is already open in another lgd{pid}: close it there first, then try again; two programs writing one file would lose changes. ({})",
                    crate::text::path(path)
                ),
            }
        }
        StoreError::Load(le) => load_error(lang, le),
        StoreError::Unreadable { snapshot, backup } => unreadable(lang, snapshot, backup.as_deref()),
        StoreError::Mismatch {
            path,
            what,
            found,
            expected,
        } => mismatch(lang, path, what, found, expected),
        StoreError::Begin(be) => begin_error(lang, be),
        StoreError::NotSaved { count, seq, reason } => {
            let head = match lang {
                Lang::Id => format!("{count} perubahan (sampai nomor {seq}) belum tersimpan di disk"),
                Lang::En => format!("{count} change(s) up to number {seq} are not saved yet"),
            };
            match reason {
                Some(f) => {
                    let cause = Cause::of(f.kind);
                    format!(
                        "{head}. {}: {}. {}",
                        cause.headline(lang),
                        cause.fix(lang),
                        tail(lang, f.op, &f.path, &f.detail)
                    )
                }
                None => format!("{head}."),
            }
        }
        StoreError::Timeout { path, seconds } => match lang {
            Lang::Id => format!(
                "Disk belum mengonfirmasi penyimpanan dalam {seconds} detik; lgd terus mencoba. Tunggu sebentar; jangan cabut flashdisk atau matikan laptop. ({})",
                crate::text::path(path)
            ),
            Lang::En => format!(
                "The disk did not confirm saving within {seconds} s; lgd keeps trying. Wait a moment; do not remove the USB drive or switch the laptop off. ({})",
                crate::text::path(path)
            ),
        },
        StoreError::Symlink { path } => crate::text::store::symlink_refused(lang, path),
        StoreError::UnknownFields { path, fields } => {
            crate::text::store::unknown_fields(lang, path, fields)
        }
        StoreError::Lost { path, reason } => {
            let why = format!("{}: {}", disk_failure_short(lang, reason), reason.detail);
            crate::text::store::lost(lang, path, &why)
        }
        StoreError::WriterGone => pick(
            lang,
            (
                "Penyimpan lgd berhenti tak terduga. Yang sudah bertanda tersimpan ada di jurnal: keluar, jalankan lgd lagi untuk memulihkannya, lalu periksa perubahan terakhir.",
                "lgd's writer stopped unexpectedly. Everything shown as saved is in the journal: quit, start lgd again to recover it, then check the last changes.",
            ),
        )
        .to_string(),
    }
}

/// What a file that is not a day file is.
pub fn not_a_day(lang: Lang, what: crate::store::NotADay) -> &'static str {
    use crate::store::NotADay::*;
    match (what, lang) {
        (Event, Lang::Id) => "berkas acara",
        (Event, Lang::En) => "an event file",
        (Scheme, Lang::Id) => "berkas skema",
        (Scheme, Lang::En) => "a scheme file",
        (Framework, Lang::Id) => "berkas kerangka kompetensi",
        (Framework, Lang::En) => "a framework file",
        (Foreign, Lang::Id) => "bukan berkas lgd",
        (Foreign, Lang::En) => "not an lgd file",
    }
}

/// A file that could not be read: why, what to do, and which file.
fn not_read(lang: Lang, path: &Path, source: &std::io::Error) -> String {
    let cause = Cause::of(source.kind());
    format!(
        "{}: {}. {}",
        cause.headline(lang),
        cause.fix_to_start(lang),
        tail(lang, Op::Read, path, source)
    )
}

/// Why a file could not be read (an event file, a day file, `consolidated.json`), for the user.
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    match (e, lang) {
        (LoadError::Io { path, source }, _) => not_read(lang, path, source),
        (LoadError::Syntax { .. }, Lang::Id) => format!(
            "Berkas rusak (bukan JSON yang benar, atau bentuknya bukan yang dibaca lgd); tidak ada yang diubah. Periksa dengan lgd check. ({})",
            where_damaged(lang, e)
        ),
        (LoadError::Syntax { .. }, Lang::En) => format!(
            "The file is damaged (not valid JSON, or not the shape lgd reads); nothing was changed. Check it with lgd check. ({e})"
        ),
        (LoadError::Newer { .. }, Lang::Id) => {
            format!(
                "Berkas dibuat oleh lgd yang lebih baru: perbarui lgd. Berkas tidak diubah. ({e})"
            )
        }
        (LoadError::Newer { .. }, Lang::En) => {
            format!("The file was made by a newer lgd: update lgd. The file was not changed. ({e})")
        }
        (LoadError::Foreign { .. }, Lang::Id) => {
            format!("Bukan berkas lgd: periksa nama berkasnya. ({e})")
        }
        (LoadError::Foreign { .. }, Lang::En) => {
            format!("Not an lgd file: check the file name. ({e})")
        }
        (LoadError::UnknownKeys { .. }, Lang::Id) => format!(
            "Berkas berisi kunci yang tidak dikenal lgd, jadi tidak diubah: hapus atau perbaiki kunci itu, lalu coba lagi. ({e})"
        ),
        (LoadError::UnknownKeys { .. }, Lang::En) => format!(
            "The file has keys lgd does not know, so it was not changed: remove or correct them, then try again. ({e})"
        ),
    }
}

/// Why the wash-up could not be opened, for the user.
pub fn washup_error(lang: Lang, e: &WashupError) -> String {
    match e {
        // Opening only reads consolidated.json.
        WashupError::File(FileError::Io { path, source, .. }) => not_read(lang, path, source),
        WashupError::File(FileError::Load(le)) => load_error(lang, le),
        WashupError::Store(se) => store_error(lang, se),
        WashupError::Thread(io) => match lang {
            Lang::Id => format!(
                "Penyimpan rapat integrasi tidak bisa dimulai; tutup beberapa program lain, lalu jalankan lgd lagi. ({io})"
            ),
            Lang::En => format!(
                "Cannot start the wash-up writer; close some other programs, then start lgd again. ({io})"
            ),
        },
    }
}

/// Why `lgd roster` cannot edit the event file now, for the user.
pub fn lock_error(lang: Lang, e: &LockError) -> String {
    match e {
        LockError::Busy { path, pid } => match lang {
            Lang::Id => format!(
                "Berkas acara ini sedang diubah di lgd roster lain{}: tutup yang itu dulu; dua penyunting akan saling menimpa perubahan. ({})",
                pid.map(|p| format!(" (proses {p})")).unwrap_or_default(),
                crate::text::path(path)
            ),
            Lang::En => format!(
                "This event file is already being edited by another lgd roster{}: close it there first; two editors would overwrite each other's changes. ({})",
                pid.map(|p| format!(" (process {p})")).unwrap_or_default(),
                crate::text::path(path)
            ),
        },
        LockError::Io(se) => store_error(lang, se),
    }
}

/// Where a file is damaged: lgd's own words in `lang`, the JSON reader's detail as it said it.
fn where_damaged(lang: Lang, e: &LoadError) -> String {
    match (e, lang) {
        (
            LoadError::Syntax {
                file,
                line,
                column,
                message,
            },
            Lang::Id,
        ) => format!("{file}: baris {line}, kolom {column}: {message}"),
        _ => e.to_string(),
    }
}

fn unreadable(lang: Lang, snapshot: &LoadError, backup: Option<&LoadError>) -> String {
    let snapshot = where_damaged(lang, snapshot);
    let detail = match (backup.map(|b| where_damaged(lang, b)), lang) {
        (Some(b), Lang::Id) => format!("({snapshot}; cadangan: {b})"),
        (Some(b), Lang::En) => format!("({snapshot}; backup: {b})"),
        (None, _) => format!("({snapshot})"),
    };
    let what = pick(
        lang,
        match backup {
            Some(_) => (
                "Berkas harian dan cadangannya tidak bisa dibaca",
                "The day file and its backup cannot be read",
            ),
            None => (
                "Berkas harian tidak bisa dibaca dan tidak ada cadangan",
                "The day file cannot be read and there is no backup",
            ),
        },
    );
    let todo = pick(
        lang,
        (
            "Tidak ada yang diubah di disk. Jangan hapus berkas itu: periksa dengan lgd check, lalu hubungi ketua tim.",
            "Nothing was changed on disk. Do not delete the file: check it with lgd check, then call the lead assessor.",
        ),
    );
    format!("{what}. {todo} {detail}")
}

fn mismatch(lang: Lang, path: &Path, what: &str, found: &str, expected: &str) -> String {
    let path = crate::text::path(path);
    match (what, lang) {
        ("group", Lang::Id) => format!(
            "Berkas harian hari ini mencatat kelompok {found:?}, bukan {expected:?}; tidak ada yang diubah. Satu berkas harian untuk satu kelompok: jalankan dengan --group {found} (atau tanpa --group). ({path})"
        ),
        ("group", Lang::En) => format!(
            "Today's day file records group {found:?}, not {expected:?}; nothing was changed. One day file holds one group: start with --group {found} (or without --group). ({path})"
        ),
        (_, Lang::Id) => format!(
            "Berkas ini milik {} {found:?}, bukan {expected:?}; tidak ada yang diubah. Pindahkan berkas itu atau pakai folder data lain (--dir). ({path})",
            role_id(what)
        ),
        (_, Lang::En) => format!(
            "This file belongs to {what} {found:?}, not {expected:?}; nothing was changed. Move that file away or use another data folder (--dir). ({path})"
        ),
    }
}

fn begin_error(lang: Lang, e: &BeginError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (BeginError::UnknownObserver(o), Lang::Id) => format!(
            "Asesor {o:?} tidak ada di acara ini; lgd check BERKAS_ACARA menampilkan daftar asesor."
        ),
        (BeginError::UnknownGroup(g), Lang::Id) => {
            format!("Kelompok {g:?} tidak ada di acara ini.")
        }
        (BeginError::NoGroup(o), Lang::Id) => {
            format!("Asesor {o:?} tidak punya kelompok di acara ini; pilih dengan --group.")
        }
        (BeginError::Definitions(s, f), Lang::Id) => {
            format!("Skema {s:?} atau kerangka kompetensi {f:?} acara ini tidak ditemukan.")
        }
    }
}

/// The Indonesian of the roles the store names ("event", "observer", "group").
fn role_id(what: &str) -> &str {
    match what {
        "event" => "acara",
        "observer" => "asesor",
        "group" => "kelompok",
        other => other,
    }
}
