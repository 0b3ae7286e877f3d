//! What the commands print on their way and at their end (`lgd new`, `import`, `consolidate`,
//! `report`, `export`, `demo`, `roster`), in the user's language: the lines an HR clerk or a lead
//! assessor reads after each step.

use std::path::Path;

use chrono::NaiveDate;

use crate::consolidate::ProblemKind;
use crate::model::Lang;

crate::words! {
    /// Fixed lines of the commands.
    pub enum CommandWords {
        /// After the rehearsal was written, before the commands to try.
        TryLeadSteps => (
            "Coba langkah-langkah ketua tim dengan data ini:",
            "Try the lead assessor's steps on it:"
        ),
        /// `lgd new` kept the groups of the roster.
        GroupsAsGiven => ("kelompok sesuai daftar peserta", "groups as given in the roster"),
        /// Above the unmatched rows of an import.
        UnmatchedRows => (
            "baris yang tidak cocok dengan tepat satu peserta:",
            "rows that match no single participant:"
        ),
        /// Above the unusable cells of an import.
        BadCells => ("sel yang tidak bisa dipakai:", "cells that cannot be used:"),
        /// The progress bar of `lgd consolidate`.
        ReadingDayFiles => ("membaca berkas harian", "reading day files"),
    }
}

/// `lgd demo --rehearse` wrote its files.
pub fn rehearsal_written(
    lang: Lang,
    event: &str,
    date: NaiveDate,
    observers: usize,
    acts: usize,
    dir: &Path,
) -> String {
    let d = crate::text::path(dir);
    match lang {
        Lang::Id => format!(
            "Hari simulasi {event} ({date}) sudah ditulis ke {d}: berkas acara dan berkas harian {observers} asesor ({acts} perilaku terkode)."
        ),
        Lang::En => format!(
            "Wrote a simulated day of {event} ({date}): the event file and {observers} observers' day files ({acts} coded acts) into {d}."
        ),
    }
}

/// `lgd roster` closed with every change saved.
pub fn roster_saved(lang: Lang, path: &Path) -> String {
    match lang {
        Lang::Id => format!("{} sudah tersimpan", crate::text::path(path)),
        Lang::En => format!("{} is saved", crate::text::path(path)),
    }
}

/// `lgd report` wrote the report.
pub fn report_written(lang: Lang, participants: usize, groups: usize, path: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "laporan {participants} peserta dalam {groups} kelompok sudah ditulis ke {}",
            crate::text::path(path)
        ),
        Lang::En => format!(
            "wrote the report on {participants} participant(s) in {groups} group(s) to {}",
            crate::text::path(path)
        ),
    }
}

/// `lgd export xlsx|csv` wrote the workbook.
pub fn workbook_written(
    lang: Lang,
    sheets: usize,
    rows: usize,
    participants: usize,
    out: &Path,
) -> String {
    match lang {
        Lang::Id => format!(
            "{sheets} lembar ({rows} baris) untuk {participants} peserta sudah ditulis ke {}",
            crate::text::path(out)
        ),
        Lang::En => format!(
            "wrote {sheets} sheets ({rows} rows) for {participants} participant(s) to {}",
            crate::text::path(out)
        ),
    }
}

/// A file that `lgd export events` passed over, with the reader's reason.
pub fn skipped(lang: Lang, path: &Path, what: crate::store::NotADay) -> String {
    let why = crate::text::store::not_a_day(lang, what);
    match lang {
        Lang::Id => format!("dilewati {}: {why}", crate::text::path(path)),
        Lang::En => format!("skipped {}: {why}", crate::text::path(path)),
    }
}

/// `lgd export events --format tidy` wrote the log.
pub fn log_written(lang: Lang, rows: usize, days: usize, out: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "{rows} baris dari {days} berkas harian sudah ditulis ke {}",
            crate::text::path(out)
        ),
        Lang::En => format!(
            "wrote {rows} rows from {days} day file(s) to {}",
            crate::text::path(out)
        ),
    }
}

/// `lgd export events --format boris` wrote the project: observations, subjects, behaviours,
/// events.
pub fn boris_written(lang: Lang, counts: [usize; 4], out: &Path) -> String {
    let [o, s, b, e] = counts;
    match lang {
        Lang::Id => format!(
            "proyek BORIS ({o} observasi, {s} subjek, {b} perilaku, {e} kejadian) sudah ditulis ke {}",
            crate::text::path(out)
        ),
        Lang::En => format!(
            "wrote a BORIS project ({o} observation(s), {s} subjects, {b} behaviours, {e} events) to {}",
            crate::text::path(out)
        ),
    }
}

/// An office file was read.
pub fn rows_read(lang: Lang, path: &Path, source: &crate::import::Source, rows: usize) -> String {
    let source = crate::text::import::source(lang, source);
    match lang {
        Lang::Id => format!(
            "{} ({source}) terbaca: {rows} baris data",
            crate::text::path(path)
        ),
        Lang::En => format!(
            "read {} ({source}): {rows} data rows",
            crate::text::path(path)
        ),
    }
}

/// A reader's note or a warning, labelled.
pub fn labelled(lang: Lang, label: crate::text::cli::CliWords, text: &str) -> String {
    use crate::text::Words;
    format!("{}: {text}", label.get(lang))
}

/// `lgd new` formed the groups itself.
pub fn groups_formed(lang: Lang, count: usize, seed: u64) -> String {
    match lang {
        Lang::Id => format!(
            "{count} kelompok dibentuk dengan seed {seed}; --seed lain memberi susunan lain"
        ),
        Lang::En => format!(
            "formed {count} groups with seed {seed}; another --seed gives another arrangement"
        ),
    }
}

/// Bad rows of a list left out with `--skip-bad-rows`.
pub fn rows_left_out(lang: Lang, rows: usize, list: &str) -> String {
    match lang {
        Lang::Id => format!("peringatan: {rows} baris {list} dilewati (tercantum di atas)"),
        Lang::En => format!("warning: {rows} {list} row(s) left out (listed above)"),
    }
}

/// `lgd new` wrote the event file.
pub fn event_written(
    lang: Lang,
    path: &Path,
    participants: usize,
    groups: usize,
    observers: usize,
) -> String {
    match lang {
        Lang::Id => format!(
            "{} sudah ditulis: {participants} peserta dalam {groups} kelompok, {observers} asesor",
            crate::text::path(path)
        ),
        Lang::En => format!(
            "wrote {}: {participants} participants in {groups} groups, {observers} observers",
            crate::text::path(path)
        ),
    }
}

/// A row of an import that matched no participant and was left out.
pub fn row_skipped(lang: Lang, row: &str) -> String {
    match lang {
        Lang::Id => format!("  dilewati {row}"),
        Lang::En => format!("  skipped {row}"),
    }
}

/// Rows of an import left out with `--skip-unmatched`.
pub fn unmatched_left_out(lang: Lang, rows: usize) -> String {
    match lang {
        Lang::Id => format!(
            "peringatan: {rows} baris tidak cocok dengan tepat satu peserta dan dilewati (tercantum di atas)"
        ),
        Lang::En => format!(
            "warning: {rows} row(s) match no single participant and were left out (listed above)"
        ),
    }
}

/// What an import added: self-ratings or online scores.
pub fn imported(
    lang: Lang,
    self_eval: bool,
    participants: usize,
    columns: &str,
    added: usize,
    replaced: usize,
) -> String {
    let total = added + replaced;
    match lang {
        Lang::Id => {
            let what = if self_eval {
                "penilaian diri"
            } else {
                "nilai asesmen daring"
            };
            format!(
                "{total} {what} untuk {participants} peserta ({columns}): {added} baru, {replaced} menggantikan nilai impor sebelumnya"
            )
        }
        Lang::En => {
            let what = if self_eval {
                "self-ratings"
            } else {
                "online scores"
            };
            format!(
                "{total} {what} for {participants} participant(s) ({columns}): {added} new, {replaced} replaced earlier imported values"
            )
        }
    }
}

/// A dry run of an import left the event as it was.
pub fn dry_run(lang: Lang, path: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "uji coba (dry run): {} tidak diubah",
            crate::text::path(path)
        ),
        Lang::En => format!("dry run: {} was not changed", crate::text::path(path)),
    }
}

/// A file was written.
pub fn wrote(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Id => format!("sudah ditulis: {path}"),
        Lang::En => format!("wrote {path}"),
    }
}

/// The first line of `lgd consolidate`'s summary.
pub fn consolidated(
    lang: Lang,
    files: usize,
    observers: usize,
    participants: usize,
    cells: usize,
    flagged: usize,
) -> String {
    match lang {
        Lang::Id => format!(
            "{files} berkas harian dari {observers} asesor; {participants} peserta, {cells} sel, {flagged} ditandai untuk rapat integrasi"
        ),
        Lang::En => format!(
            "{files} day file(s) from {observers} observer(s); {participants} participant(s), {cells} cell(s), {flagged} flagged for the wash-up"
        ),
    }
}

/// Krippendorff's alpha of the event, with its band's label, or why there is none.
pub fn alpha(lang: Lang, value: Option<(f64, &str)>) -> String {
    match (value, lang) {
        (Some((a, band)), Lang::Id) => format!("Alfa Krippendorff (ordinal): {a:.3} ({band})"),
        (Some((a, band)), Lang::En) => format!("Krippendorff's alpha (ordinal): {a:.3} ({band})"),
        (None, Lang::Id) => {
            "Alfa Krippendorff (ordinal): tidak tersedia (terlalu sedikit penilaian berpasangan)"
                .into()
        }
        (None, Lang::En) => {
            "Krippendorff's alpha (ordinal): not available (too few paired ratings)".into()
        }
    }
}

/// Participants rated by fewer than two observers who submitted.
pub fn thin_coverage(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} peserta dinilai kurang dari dua asesor yang sudah mengirim nilai"),
        Lang::En => {
            format!("{n} participant(s) have fewer than two observers who submitted ratings")
        }
    }
}

/// Observers who have not submitted.
pub fn unsubmitted(lang: Lang, who: &str) -> String {
    match lang {
        Lang::Id => format!("belum mengirim nilai: {who}"),
        Lang::En => format!("not submitted: {who}"),
    }
}

/// Observers with a day file whose coded phase (the discussion) never started.
pub fn never_coded(lang: Lang, who: &str) -> String {
    match lang {
        Lang::Id => format!("tidak pernah memulai fase berkode (diskusi): {who}"),
        Lang::En => format!("never started the coded phase (the discussion): {who}"),
    }
}

/// An observer who withdrew their ratings and submitted again: how often, and the reasons given.
pub fn resubmitted(lang: Lang, who: &str, times: usize, reasons: &str) -> String {
    match lang {
        Lang::Id => format!(
            "{who} membuka lagi dan mengirim ulang nilai {times} kali (alasan: {reasons}); kiriman terakhir yang dihitung"
        ),
        Lang::En => format!(
            "{who} withdrew and re-submitted ratings {times} time(s) (reasons: {reasons}); the latest submission is counted"
        ),
    }
}

/// An observer whose last withdrawal was not followed by a new submission.
pub fn still_withdrawn(lang: Lang, who: &str, reason: &str, at: &str) -> String {
    match lang {
        Lang::Id => format!(
            "{who} membuka lagi kiriman nilai (alasan: {reason}) dan belum mengirim lagi; kiriman pukul {at} yang dihitung"
        ),
        Lang::En => format!(
            "{who} withdrew their ratings (reason: {reason}) and has not submitted again; the submission of {at} is counted"
        ),
    }
}

/// Wash-up decisions folded into a new consolidation.
pub fn decisions_kept(lang: Lang, n: usize, journal: &str) -> String {
    match lang {
        Lang::Id => format!("{n} keputusan rapat integrasi dari {journal} tetap dipakai"),
        Lang::En => format!("kept {n} wash-up decision(s) from {journal}"),
    }
}

/// The label of a consolidation problem.
pub fn problem_kind(lang: Lang, kind: ProblemKind) -> &'static str {
    let (id, en) = match kind {
        ProblemKind::Unreadable => ("tidak terbaca", "unreadable"),
        ProblemKind::Mismatch => ("tidak cocok", "mismatch"),
        ProblemKind::Duplicate => ("ganda", "duplicate"),
        ProblemKind::Skipped => ("dilewati", "skipped"),
        ProblemKind::Recovered => ("dipulihkan", "recovered"),
        ProblemKind::Conflict => ("bentrok", "conflict"),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}
