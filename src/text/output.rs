//! Why an output was not written, in both languages.

use crate::model::Lang;
use crate::output::{Kind, OutputRefusal, Record};

/// What a record is, for "X is ... of lgd".
pub fn record(lang: Lang, r: Record) -> &'static str {
    match (r, lang) {
        (Record::Day, Lang::Id) => "berkas hari pengamat",
        (Record::Day, Lang::En) => "an observer's day file",
        (Record::Backup, Lang::Id) => "cadangan berkas hari",
        (Record::Backup, Lang::En) => "a day file's backup",
        (Record::Journal, Lang::Id) => "jurnal perubahan berkas hari",
        (Record::Journal, Lang::En) => "a day file's journal of changes",
        (Record::Event, Lang::Id) => "berkas acara",
        (Record::Event, Lang::En) => "an event file",
        (Record::Consolidation, Lang::Id) => "hasil konsolidasi",
        (Record::Consolidation, Lang::En) => "a consolidation",
        (Record::WashupJournal, Lang::Id) => "jurnal keputusan rapat konsensus",
        (Record::WashupJournal, Lang::En) => "the wash-up's journal of decisions",
        (Record::Definition, Lang::Id) => "definisi lgd (skema atau kerangka kompetensi)",
        (Record::Definition, Lang::En) => "an lgd definition (scheme or framework)",
        (Record::Lock, Lang::Id) => "kunci berkas hari",
        (Record::Lock, Lang::En) => "a day file's lock",
    }
}

fn kind(lang: Lang, k: Kind) -> &'static str {
    match (k, lang) {
        (Kind::TidyCsv, Lang::Id) => "log CSV",
        (Kind::TidyCsv, Lang::En) => "CSV log",
        (Kind::Workbook, Lang::Id) => "buku kerja XLSX dari lgd",
        (Kind::Workbook, Lang::En) => "XLSX workbook from lgd",
        (Kind::Boris, Lang::Id) => "proyek BORIS",
        (Kind::Boris, Lang::En) => "BORIS project",
        (Kind::CsvFolder, Lang::Id) => "folder berkas CSV",
        (Kind::CsvFolder, Lang::En) => "folder of CSV files",
        (Kind::ReportFolder, Lang::Id) => "folder laporan",
        (Kind::ReportFolder, Lang::En) => "report folder",
        (Kind::Consolidation, Lang::Id) => "hasil konsolidasi",
        (Kind::Consolidation, Lang::En) => "consolidation",
        (Kind::Event, Lang::Id) => "berkas acara",
        (Kind::Event, Lang::En) => "event file",
    }
}

/// The refusal as a sentence.
pub fn refusal(lang: Lang, e: &OutputRefusal) -> String {
    match (e, lang) {
        (OutputRefusal::Record { path, record: r }, Lang::Id) => format!(
            "{} adalah {} milik lgd: tidak pernah ditimpa, juga dengan --force; pilih --out lain",
            crate::text::path(path),
            record(lang, *r)
        ),
        (OutputRefusal::Record { path, record: r }, Lang::En) => format!(
            "{} is {} of lgd: it is never written over, not even with --force; choose another --out",
            crate::text::path(path),
            record(lang, *r)
        ),
        (OutputRefusal::Exists { path, kind: k }, Lang::Id) => format!(
            "{} sudah ada dan bukan {} sebelumnya; pilih --out lain, atau pakai --force untuk menggantinya",
            crate::text::path(path),
            kind(lang, *k)
        ),
        (OutputRefusal::Exists { path, kind: k }, Lang::En) => format!(
            "{} already exists and is not an earlier {}; choose another --out, or give --force to replace it",
            crate::text::path(path),
            kind(lang, *k)
        ),
        (OutputRefusal::WrongShape { path, is_dir }, Lang::Id) => format!(
            "{} adalah {}; --out harus menyebut {}",
            crate::text::path(path),
            if *is_dir { "folder" } else { "berkas" },
            if *is_dir { "berkas" } else { "folder" }
        ),
        (OutputRefusal::WrongShape { path, is_dir }, Lang::En) => format!(
            "{} is a {}; --out must name a {}",
            crate::text::path(path),
            if *is_dir { "folder" } else { "file" },
            if *is_dir { "file" } else { "folder" }
        ),
    }
}
