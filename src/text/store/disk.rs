//! A refused disk write in words: what happened (from the OS error's kind), what to do about it,
//! and last the file and the OS's own words, so a line cut at the screen's edge keeps the advice.

use std::io::ErrorKind;
use std::path::Path;

use crate::model::Lang;
use crate::store::{DiskFailure, Op};

/// What the user can do something about, from the OS error's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cause {
    /// No space left.
    Full,
    /// The file system turned read-only (a failing disk, a write-protected USB drive).
    ReadOnly,
    /// No permission, or another program holds the file (Windows).
    Denied,
    /// The folder or file went away (a USB drive pulled out).
    Missing,
    /// Anything else.
    Other,
}

impl Cause {
    /// The cause of an OS error of `kind`.
    pub(super) fn of(kind: ErrorKind) -> Cause {
        match kind {
            ErrorKind::StorageFull => Cause::Full,
            ErrorKind::ReadOnlyFilesystem => Cause::ReadOnly,
            ErrorKind::PermissionDenied => Cause::Denied,
            ErrorKind::NotFound => Cause::Missing,
            _ => Cause::Other,
        }
    }

    /// What happened, as the start of a sentence.
    pub(super) fn headline(self, lang: Lang) -> &'static str {
        pick(
            lang,
            match self {
                Cause::Full => ("Disk penuh", "Disk full"),
                Cause::ReadOnly => ("Disk hanya bisa dibaca", "The disk is read-only"),
                Cause::Denied => ("Akses ditolak", "Permission denied"),
                Cause::Missing => (
                    "Folder atau berkas tidak ditemukan",
                    "Folder or file not found",
                ),
                Cause::Other => ("Gangguan disk", "Disk error"),
            },
        )
    }

    /// What happened in two or three words, for the header.
    fn short(self, lang: Lang) -> &'static str {
        pick(
            lang,
            match self {
                Cause::Full => ("disk penuh", "disk full"),
                Cause::ReadOnly => ("disk hanya-baca", "disk read-only"),
                Cause::Denied => ("akses ditolak", "permission denied"),
                Cause::Missing => ("folder hilang", "folder missing"),
                Cause::Other => ("gangguan disk", "disk error"),
            },
        )
    }

    /// What to do while lgd keeps the work and can try again.
    pub(super) fn fix(self, lang: Lang) -> &'static str {
        pick(
            lang,
            match self {
                Cause::Full => (
                    "kosongkan ruang disk (hapus atau pindahkan berkas lain)",
                    "free some disk space (delete or move other files)",
                ),
                Cause::ReadOnly => (
                    "disk atau flashdisk mungkin rusak atau terkunci: panggil teknisi",
                    "the disk or USB drive may be failing or write-protected: call the technician",
                ),
                Cause::Denied => (
                    "izinkan penulisan di folder itu atau tutup program lain yang memakai berkasnya (antivirus, Excel)",
                    "allow writing in that folder or close other programs using the file (antivirus, Excel)",
                ),
                Cause::Missing => (
                    "pasang kembali flashdisk atau folder data yang hilang",
                    "put back the USB drive or the missing data folder",
                ),
                Cause::Other => (
                    "periksa disk (kabel, flashdisk, ruang kosong)",
                    "check the disk (cable, USB drive, free space)",
                ),
            },
        )
    }

    /// What to do when lgd could not start: nothing is held in memory yet.
    pub(super) fn fix_to_start(self, lang: Lang) -> &'static str {
        pick(
            lang,
            match self {
                Cause::Full => (
                    "kosongkan ruang disk, lalu jalankan lgd lagi",
                    "free some disk space, then start lgd again",
                ),
                Cause::ReadOnly => (
                    "pakai folder di disk yang bisa ditulisi (disk laptop, bukan flashdisk yang terkunci)",
                    "use a folder on a disk that can be written (the laptop's own, not a write-protected USB drive)",
                ),
                Cause::Denied => (
                    "pakai folder yang boleh Anda tulisi, tutup program lain yang memakai berkasnya, atau minta izin pada pengelola komputer",
                    "use a folder you may write to, close other programs using the file, or ask the computer's administrator for access",
                ),
                Cause::Missing => (
                    "periksa folder dan nama berkasnya (flashdisk terpasang?), lalu jalankan lgd lagi",
                    "check the folder and the file name (is the USB drive in?), then start lgd again",
                ),
                Cause::Other => (
                    "periksa disk, lalu jalankan lgd lagi",
                    "check the disk, then start lgd again",
                ),
            },
        )
    }
}

/// The Indonesian or English of a pair.
pub(super) fn pick(lang: Lang, (id, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// "(gagal menyimpan ke PATH: DETAIL)": the end of every disk message, in the OS's words.
pub(super) fn tail(lang: Lang, op: Op, path: &Path, detail: &dyn std::fmt::Display) -> String {
    let path = crate::text::path(path);
    match lang {
        Lang::Id => format!("(gagal {} {path}: {detail})", op_id(op)),
        Lang::En => format!("(cannot {op} {path}: {detail})"),
    }
}

/// The Indonesian of [`Op`]'s English.
fn op_id(op: Op) -> &'static str {
    match op {
        Op::CreateFolder => "membuat folder",
        Op::Create => "membuat",
        Op::Write => "menulis",
        Op::Read => "membaca",
        Op::Save => "menyimpan ke",
        Op::Rewrite => "menulis ulang",
        Op::RestartJournal => "memulai ulang",
        Op::SetAside => "menyisihkan berkas rusak",
        Op::Repair => "memperbaiki",
        Op::CreateLock => "membuat berkas kunci",
        Op::Lock => "mengunci",
        Op::StartWriter => "memulai penulis untuk",
        Op::Recreate => "menulis ulang",
    }
}

/// A failed save while the app runs: whether the changes wait in memory (a journal append) or
/// only the rewrite of the file failed (the journal holds everything), what to do, then the file.
pub fn disk_failure(lang: Lang, f: &DiskFailure) -> String {
    let cause = Cause::of(f.kind);
    let head = cause.headline(lang);
    let fix = cause.fix(lang);
    let tail = tail(lang, f.op, &f.path, &f.detail);
    match (lang, f.op == Op::Save) {
        (Lang::Id, true) => format!(
            "{head}: perubahan belum tersimpan dan tetap di memori; {fix}, lgd akan mencoba lagi. Jangan tutup lgd. {tail}"
        ),
        (Lang::En, true) => format!(
            "{head}: changes are not saved yet and stay in memory; {fix}; lgd keeps retrying. Do not close lgd. {tail}"
        ),
        (Lang::Id, false) => format!(
            "{head}: berkas belum ditulis ulang, tetapi jurnal sudah menyimpan semua perubahan; {fix}, lgd akan mencoba lagi. {tail}"
        ),
        (Lang::En, false) => format!(
            "{head}: the file was not rewritten, but the journal holds every change; {fix}; lgd keeps retrying. {tail}"
        ),
    }
}

/// What went wrong in two or three words ("disk penuh"), for the header beside "SAVE FAILED".
pub fn disk_failure_short(lang: Lang, f: &DiskFailure) -> &'static str {
    Cause::of(f.kind).short(lang)
}
