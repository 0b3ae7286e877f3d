//! Why a command stopped, in the user's language: [`cli_error`] is what the one printer of
//! `cli::finish` writes after `lgd COMMAND:`, and [`after_failure`] the line that follows it.

use crate::cli::error::{CliError, Refusal, RowList, Saved};
use crate::consolidate::washup::WashupError;
use crate::import::results::ResultsError;
use crate::model::Lang;
use crate::store::StoreError;
use crate::text::store::{lock_error, store_error, washup_error};
use crate::text::{Words, errors, launch};

crate::words! {
    /// Closing lines and fixed phrases of the commands.
    pub enum CliWords {
        /// After `lgd new` failed.
        NothingWritten => ("tidak ada berkas yang ditulis", "nothing was written"),
        /// After `lgd import` failed.
        EventUnchanged => ("berkas acara tidak diubah", "the event file was not changed"),
        /// Before a note from a reader.
        Note => ("catatan", "note"),
        /// Before a warning.
        Warning => ("peringatan", "warning"),
    }
}

/// The command's failure, for the user.
pub fn cli_error(lang: Lang, e: &CliError) -> String {
    match e {
        CliError::Stdout(s) => match lang {
            Lang::Id => format!(
                "tidak bisa menulis ke keluaran standar: {}",
                errors::io(lang, &s.0)
            ),
            Lang::En => e.to_string(),
        },
        CliError::Load(x) => errors::load(lang, x),
        CliError::Import(x) => errors::import(lang, x),
        CliError::Roster(x) => errors::roster(lang, x),
        CliError::Results(x) => match x {
            ResultsError::Refused { problems, .. } => {
                format!(
                    "{}; {}",
                    errors::results(lang, x),
                    import_advice(lang, problems.is_empty())
                )
            }
            _ => errors::results(lang, x),
        },
        CliError::Save(x) => errors::save(lang, x),
        CliError::Lock(x) => lock_error(lang, x),
        // A file that cannot be read is said the same way whoever read it.
        CliError::Store(StoreError::Load(x)) => errors::load(lang, x),
        CliError::Washup(WashupError::File(x)) => errors::file(lang, x),
        CliError::Store(x) => store_error(lang, x),
        CliError::Washup(x) => washup_error(lang, x),
        CliError::File(x) => errors::file(lang, x),
        CliError::Consolidate(x) => errors::consolidate(lang, x),
        CliError::Grouping(x) => errors::grouping(lang, x),
        CliError::Id(x) => format!("--id: {}", errors::id(lang, x)),
        CliError::Agreement(x) => errors::agreement(lang, x),
        CliError::Report(x) => errors::report(lang, x),
        CliError::Write(x) => errors::write(lang, x),
        CliError::Output(x) => super::output::refusal(lang, x),
        CliError::Rehearsal(x) => errors::rehearsal(lang, x),
        CliError::Refused(r) => refusal(lang, r),
        CliError::Io { path, source } => {
            errors::cannot_write(lang, path, &errors::io(lang, source))
        }
        CliError::Terminal { source, saved_in } => match saved_in {
            Saved::File(path) => launch::terminal_failed(lang, source, path),
            Saved::WashupJournal => launch::washup_terminal_failed(lang, source),
        },
        CliError::Unsaved(warnings) => warnings.join("\n"),
    }
}

/// The line printed after a failure of `command`, if it has one.
pub fn after_failure(lang: Lang, command: &str) -> Option<&'static str> {
    match command {
        "new" => Some(CliWords::NothingWritten.get(lang)),
        "import" => Some(CliWords::EventUnchanged.get(lang)),
        _ => None,
    }
}

/// The command's own reason for refusing.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    if lang == Lang::En {
        return r.to_string();
    }
    match r {
        Refusal::NeedsTerminal => launch::needs_terminal(lang).into(),
        Refusal::NotAnEvent(p) => launch::not_an_event(lang, p),
        Refusal::NotAScheme(p) => format!("{}: bukan skema pengodean", crate::text::path(p)),
        Refusal::EventProblems { event, count } => launch::event_problems(lang, event, *count),
        Refusal::UnknownObserver {
            observer,
            event,
            known,
        } => launch::unknown_observer(lang, observer, event, known),
        Refusal::UnknownGroup { group, known } => launch::unknown_group(lang, group, known),
        Refusal::BadRows { what, rows } => format!(
            "{rows} baris {} bermasalah (tercantum di atas); perbaiki, atau pakai --skip-bad-rows untuk melewatinya",
            row_list(lang, *what)
        ),
        Refusal::NoParticipants => "daftar peserta tidak berisi peserta yang bisa dipakai".into(),
        Refusal::Coverage { min, max, missing } => format!(
            "target cakupan tidak terpenuhi ({min} asesor per peserta, paling banyak {max} peserta per asesor): masih kurang {missing} asesor; tambahkan ke daftar asesor, atau turunkan --min-observers atau naikkan --max-per-observer"
        ),
        Refusal::WouldHaveProblems(n) => format!("acara akan punya {n} masalah"),
        Refusal::UnusableDays(lines) => format!(
            "tidak ada yang ditulis; berkas-berkas ini tidak bisa dipakai:\n  {}",
            lines.join("\n  ")
        ),
        Refusal::NoDayFiles => {
            "tidak ada berkas harian; sebutkan berkas harian (*.json) atau folder yang memuatnya"
                .into()
        }
        Refusal::InvalidForRoster { path, count } => format!(
            "{} punya {count} masalah (tercantum di atas); lgd roster hanya menyunting acara yang benar: perbaiki dulu di berkasnya",
            crate::text::path(path)
        ),
        Refusal::NoGroups(p) => format!(
            "{} belum punya kelompok; lgd roster menyunting kelompok acara: bentuk dengan lgd new (--groups N, atau kolom Kelompok di daftar peserta)",
            crate::text::path(p)
        ),
        Refusal::NoLead => launch::no_lead(lang).into(),
        Refusal::RehearsalExists(p) => format!(
            "{} sudah ada; tidak ada yang ditulis. Pilih folder kosong atau hapus latihan sebelumnya.",
            crate::text::path(p)
        ),
        Refusal::DemoUndated => "acara contoh tidak punya tanggal".into(),
        Refusal::WashupReplay(w) => format!(
            "{}; tidak ada yang ditulis, jadi tidak ada keputusan yang hilang",
            store_error(lang, w)
        ),
        Refusal::Json(j) => format!("tidak bisa menulis JSON (rincian: {j})"),
    }
}

/// The list a bad row came from.
pub fn row_list(lang: Lang, what: RowList) -> &'static str {
    match (what, lang) {
        (RowList::Roster, Lang::Id) => "daftar peserta",
        (RowList::Roster, Lang::En) => "roster",
        (RowList::Observers, Lang::Id) => "daftar asesor",
        (RowList::Observers, Lang::En) => "observer",
    }
}

/// How to go on after a refused import: with bad cells, correct the file; with unmatched rows
/// only, correct them or leave them out (`--skip-unmatched` never passes bad cells).
fn import_advice(lang: Lang, unmatched_only: bool) -> &'static str {
    match (unmatched_only, lang) {
        (false, Lang::Id) => "perbaiki berkasnya, lalu impor lagi",
        (false, Lang::En) => "correct the file and import it again",
        (true, Lang::Id) => {
            "perbaiki baris-baris itu (ID, NIP atau nama persis seperti di acara), atau pakai --skip-unmatched untuk mengimpor baris lainnya dan melewati yang ini"
        }
        (true, Lang::En) => {
            "correct the rows (IDs, NIPs or names exactly as in the event), or pass --skip-unmatched to import the other rows and leave these out"
        }
    }
}
