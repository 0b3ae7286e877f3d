//! The library's typed errors as a user of the command line reads them. The library keeps one
//! English `Display` (logs, tests, the English here); the Indonesian is built from the variants'
//! fields, never by translating the English string, so file paths, ids, rows and numbers stay as
//! they are and only the OS's or a parser's own detail is left in its language.

use std::io;
use std::path::Path;

use crate::consolidate::{ConsolidateError, FileError};
use crate::export::WriteError;
use crate::import::ImportError;
use crate::import::results::ResultsError;
use crate::import::roster::{RosterError, RowProblem};
use crate::load::LoadError;
use crate::model::{IdError, Lang};
use crate::rehearsal::RehearsalError;
use crate::reliability::AgreementError;
use crate::report::ReportError;
use crate::setup::{GroupingError, SaveError};

/// An OS error: what an assessor can act on in Indonesian, the OS's own words when it has no
/// common name.
pub fn io(lang: Lang, e: &io::Error) -> String {
    use io::ErrorKind as K;
    if lang == Lang::En {
        return e.to_string();
    }
    match e.kind() {
        K::NotFound => "tidak ditemukan".into(),
        K::PermissionDenied => "tidak ada izin".into(),
        K::AlreadyExists => "sudah ada".into(),
        K::StorageFull => "disk penuh".into(),
        K::ReadOnlyFilesystem => "disk hanya bisa dibaca".into(),
        K::IsADirectory => "itu folder, bukan berkas".into(),
        K::NotADirectory => "itu berkas, bukan folder".into(),
        _ => format!("kesalahan sistem ({e})"),
    }
}

/// "cannot read PATH: why".
pub fn cannot_read(lang: Lang, path: &Path, e: &io::Error) -> String {
    match lang {
        Lang::Id => format!(
            "tidak bisa membaca {}: {}",
            crate::text::path(path),
            io(lang, e)
        ),
        Lang::En => format!("cannot read {}: {e}", crate::text::path(path)),
    }
}

/// "cannot write PATH: why".
pub fn cannot_write(lang: Lang, path: &Path, e: &dyn std::fmt::Display) -> String {
    match lang {
        Lang::Id => format!("tidak bisa menulis {}: {e}", crate::text::path(path)),
        Lang::En => format!("cannot write {}: {e}", crate::text::path(path)),
    }
}

/// An event, day, scheme or consolidated file that could not be read.
pub fn load(lang: Lang, e: &LoadError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        LoadError::Io { path, source } => cannot_read(lang, path, source),
        LoadError::Syntax {
            file,
            line,
            column,
            message,
        } => format!(
            "{file}: baris {line}, kolom {column}: berkas rusak (bukan JSON yang benar, atau bentuknya bukan yang dibaca lgd); tidak ada yang diubah (rincian: {message})"
        ),
        LoadError::Newer {
            file,
            format,
            found,
            supported,
        } => format!(
            "{file}: dibuat oleh lgd yang lebih baru ({format} versi {found}; lgd ini membaca sampai versi {supported}). Perbarui lgd; berkas tidak diubah"
        ),
        LoadError::Foreign { file, .. } => format!(
            "{file}: bukan berkas lgd (tidak ada \"format\" lgd-event, lgd-day, lgd-scheme atau lgd-framework); periksa nama berkasnya"
        ),
        LoadError::UnknownKeys { file, keys } => format!(
            "{file} berisi {} kunci yang tidak dikenal lgd: {}; menulis ulang berkas akan menghilangkannya, jadi berkas tidak diubah. Hapus atau ganti namanya, lalu coba lagi: mungkin salah ketik nama kolom yang dikenal (\"minute\" untuk \"minutes\"), dan keterangan pribadi peserta tempatnya di \"extra\"",
            keys.len(),
            keys.join(", ")
        ),
    }
}

/// An office file (CSV, XLSX, XLS, ODS) that could not be read.
pub fn import(lang: Lang, e: &ImportError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        ImportError::Io { path, source } => cannot_read(lang, path, source),
        ImportError::Spreadsheet { path, message } => format!(
            "{}: lembar kerja tidak terbaca (rincian: {message}); simpan ulang sebagai .xlsx atau .csv",
            crate::text::path(path)
        ),
        ImportError::NoSheet {
            path,
            wanted,
            available,
        } => format!(
            "{}: tidak ada lembar bernama {wanted:?}; lembarnya: {}",
            crate::text::path(path),
            available.join(", ")
        ),
        ImportError::SheetForText { path } => format!(
            "{}: berkas teks (CSV) tidak punya lembar; jangan pakai --sheet",
            crate::text::path(path)
        ),
        ImportError::Csv { path, row, message } => format!(
            "{}: baris {row}: isi CSV tidak terbaca (rincian: {message})",
            crate::text::path(path)
        ),
        ImportError::Empty { path } => {
            format!(
                "{}: berkas (atau lembar) ini kosong",
                crate::text::path(path)
            )
        }
    }
}

/// A roster without a name column.
pub fn roster(lang: Lang, e: &RosterError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (RosterError::NoNameColumn { found }, Lang::Id) => format!(
            "tidak ada kolom nama (berjudul \"Nama\" atau \"Name\") di baris-baris awal; judul kolom yang ada: {found}. Ganti judul kolom nama menjadi \"Nama\""
        ),
    }
}

/// A row of a roster, observer list or results file that cannot be used: the row number in the
/// user's language; the reason as the reader found it.
pub fn row_problem(lang: Lang, p: &RowProblem) -> String {
    match lang {
        Lang::Id => format!("baris {}: {}", p.row, p.reason),
        Lang::En => p.to_string(),
    }
}

/// Self-evaluation or online results that were refused.
pub fn results(lang: Lang, e: &ResultsError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        ResultsError::NoParticipantColumn { found } => format!(
            "tidak ada kolom yang menyebut peserta (ID / NIP / Nama) di baris-baris awal; judul kolom yang ada: {found}"
        ),
        ResultsError::NoCompetencies { found } => format!(
            "tidak ada kolom kompetensi: beri judul tiap kolom dengan kode kompetensi (M.2) atau namanya (Kerja Sama), atau sediakan kolom Kompetensi dan Level; judul kolom yang ada: {found}"
        ),
        ResultsError::NoScores { found } => format!(
            "tidak ada kolom nilai: selain ID, NIP, nama dan keterangan peserta, setiap kolom harus berisi angka; judul kolom yang ada: {found}"
        ),
        // Already said in the user's language where it was found (`ImportOptions::lang`).
        ResultsError::NoSuchColumn(said) => said.clone(),
        ResultsError::NoFramework(f) => format!(
            "kerangka kompetensi acara ({f:?}) tidak ada di lgd maupun di berkas acara"
        ),
        ResultsError::Refused {
            unmatched,
            problems,
        } => {
            let rows = |ps: &[RowProblem]| {
                let mut r: Vec<usize> = ps.iter().map(|p| p.row).collect();
                r.sort_unstable();
                r.dedup();
                r.len()
            };
            let mut parts = Vec::new();
            if !unmatched.is_empty() {
                parts.push(format!(
                    "{} baris tidak cocok dengan tepat satu peserta",
                    rows(unmatched)
                ));
            }
            if !problems.is_empty() {
                parts.push(format!(
                    "{} nilai di {} baris tidak bisa dipakai",
                    problems.len(),
                    rows(problems)
                ));
            }
            format!("{}; tidak ada yang diimpor", parts.join(" dan "))
        }
        ResultsError::NothingToImport => {
            "berkas tidak memberi nilai apa pun untuk diimpor: semua sel kosong atau semua baris dilewati".into()
        }
    }
}

/// The event file could not be written.
pub fn save(lang: Lang, e: &SaveError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (SaveError::Exists(p), Lang::Id) => format!(
            "{} sudah ada; pilih --out lain, atau pakai --force untuk menggantinya",
            crate::text::path(p)
        ),
        (SaveError::Io { path, source }, Lang::Id) => cannot_write(lang, path, &io(lang, source)),
        (SaveError::Json(j), Lang::Id) => {
            format!("acara tidak bisa diubah ke JSON (rincian: {j})")
        }
    }
}

/// Groups that cannot be formed as asked.
pub fn grouping(lang: Lang, e: &GroupingError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (GroupingError::NoGroups, Lang::Id) => {
            "tidak bisa membentuk 0 kelompok; pakai --groups 1 atau lebih".into()
        }
        (
            GroupingError::TooManyGroups {
                groups,
                participants,
            },
            Lang::Id,
        ) => format!(
            "{groups} kelompok untuk {participants} peserta akan menyisakan kelompok kosong; pakai --groups {participants} atau kurang"
        ),
        (
            GroupingError::TooLarge {
                groups,
                participants,
                size,
                needed,
            },
            Lang::Id,
        ) => format!(
            "{participants} peserta dalam {groups} kelompok berarti {size} orang per kelompok, melebihi kursi yang ada; pakai --groups {needed} atau lebih"
        ),
    }
}

/// An id that cannot be used.
pub fn id(lang: Lang, e: &IdError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (IdError::Empty, Lang::Id) => "id kosong; pakai huruf, angka, '-' atau '_'".into(),
        (IdError::TooLong(id), Lang::Id) => format!("id {id:?} lebih dari 64 karakter"),
        (IdError::BadChar { id, bad }, Lang::Id) => {
            format!("id {id:?} berisi {bad:?}; pakai hanya huruf, angka, '-' atau '_'")
        }
        (IdError::Reserved(id), Lang::Id) => format!(
            "id {id:?} adalah nama perangkat yang dicadangkan Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9); pilih yang lain"
        ),
        (IdError::LeadingDash(id), Lang::Id) => format!(
            "id {id:?} diawali '-', yang dibaca baris perintah sebagai opsi; awali dengan huruf atau angka"
        ),
    }
}

/// A table of ratings the agreement statistics refused.
pub fn agreement(lang: Lang, e: &AgreementError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        AgreementError::Import(i) => import(lang, i),
        AgreementError::MissingColumn { name, found } => {
            format!("kolom {name:?} tidak ada di baris judul (kolom yang ada: {found:?})")
        }
        AgreementError::NonNumeric { row, column, value } => {
            format!("baris {row}: nilai {value:?} di kolom {column:?} bukan angka")
        }
        AgreementError::EmptyLabel { row, column } => {
            format!("baris {row}: kolom {column:?} kosong")
        }
        AgreementError::DuplicateRating {
            row,
            first_row,
            unit,
            rater,
        } => format!("baris {row}: penilai {rater:?} sudah menilai {unit:?} di baris {first_row}"),
    }
}

/// Day files that could not be consolidated.
pub fn consolidate(lang: Lang, e: &ConsolidateError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (ConsolidateError::NoDayFiles { .. }, Lang::Id) => {
            "tidak ada berkas harian; sebutkan berkas harian (*.json) atau folder yang memuatnya"
                .into()
        }
        (ConsolidateError::Refused { problems }, Lang::Id) => format!(
            "tidak ada yang digabungkan: {} masalah pada berkas harian (tercantum di atas); perbaiki, atau pakai --allow-mismatch",
            problems.iter().filter(|p| p.blocks()).count()
        ),
    }
}

/// `consolidated.json` that could not be read or written.
pub fn file(lang: Lang, e: &FileError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (FileError::Load(l), _) => load(lang, l),
        (
            FileError::Io {
                action,
                path,
                source,
            },
            Lang::Id,
        ) => {
            let what = match *action {
                "read" => "membaca",
                "write" => "menulis",
                "create" => "membuat",
                other => other,
            };
            format!(
                "tidak bisa {what} {}: {}",
                crate::text::path(path),
                io(lang, source)
            )
        }
    }
}

/// The HTML report that could not be written.
pub fn report(lang: Lang, e: &ReportError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (ReportError::Template(t), Lang::Id) => format!(
            "laporan tidak bisa disusun; ini cacat di lgd, laporkan ke pengembang (rincian: {t})"
        ),
        (ReportError::Io { path, source }, Lang::Id) => cannot_write(lang, path, &io(lang, source)),
    }
}

/// An export that could not be written.
pub fn write(lang: Lang, e: &WriteError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (WriteError::Io { path, source }, Lang::Id) => cannot_write(lang, path, &io(lang, source)),
        (WriteError::Csv(c), Lang::Id) => format!("CSV tidak bisa ditulis (rincian: {c})"),
        (WriteError::Xlsx { path, source }, Lang::Id) => {
            cannot_write(lang, path, &format!("(rincian: {source})"))
        }
    }
}

/// A rehearsal day that could not be simulated: a defect in lgd, told so.
pub fn rehearsal(lang: Lang, e: &RehearsalError) -> String {
    match lang {
        Lang::Id => format!(
            "hari latihan tidak bisa disimulasikan; ini cacat di lgd, laporkan ke pengembang (rincian: {e})"
        ),
        Lang::En => format!("cannot simulate the day: {e}"),
    }
}
