//! What `lgd check` says about each file, in the user's language. The JSON it prints keeps
//! English keys and kinds (programs read them); its `lines` are these sentences.

use crate::model::Lang;

crate::words! {
    /// Verdicts and kinds of file.
    pub enum CheckWords {
        Ok => ("BAIK", "OK"),
        Problems => ("ADA MASALAH", "PROBLEMS"),
        Event => ("acara", "event"),
        Scheme => ("skema", "scheme"),
        Framework => ("kerangka", "framework"),
        Day => ("harian", "day"),
        Unreadable => ("tidak terbaca", "unreadable"),
        /// The day file itself, where a problem is.
        DayFile => ("berkas harian", "day file"),
        /// Fix of a damaged day file.
        RebuildDayFile => (
            "buka hari itu di lgd: berkas yang rusak disisihkan dan ditulis ulang dari cadangan dan jurnal",
            "open the day in lgd: it keeps the damaged file aside and rewrites it from the backup and journal"
        ),
        /// Fix of a torn last journal line.
        TornLine => (
            "tidak perlu apa-apa: penulisan terputus karena crash; belum pernah ditandai tersimpan",
            "nothing to do: a write cut short by a crash; it was never confirmed as saved"
        ),
        /// Fix of a damaged journal line in the middle.
        DamagedLine => (
            "baris itu disisihkan sebagai .journal.damaged-* saat lgd membuka hari itu; beri tahu ketua tim",
            "the line is kept aside as .journal.damaged-* when lgd opens the day; tell the lead assessor"
        ),
        /// Fix of a reference the day file's own definitions lack.
        EditedByHand => (
            "berkas ini diubah manual atau dibuat dari acara, skema atau kerangka lain",
            "the file was edited by hand or made from another event, scheme or framework"
        ),
        /// Fix of a scheme whose framework is not built in.
        CheckInEvent => (
            "periksa skema ini di dalam acara yang mendefinisikan kerangkanya",
            "check the scheme inside an event that defines the framework"
        ),
    }
}

/// "N problem(s):" above the list.
pub fn problem_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} masalah:"),
        Lang::En => format!("{n} problem(s):"),
    }
}

/// Participants, groups and their sizes.
pub fn people(lang: Lang, participants: usize, groups: usize, sizes: &str) -> String {
    match lang {
        Lang::Id => format!("{participants} peserta dalam {groups} kelompok (ukuran {sizes})"),
        Lang::En => format!("{participants} participants in {groups} groups (sizes {sizes})"),
    }
}

/// Observers and the definitions used.
pub fn definitions(lang: Lang, observers: usize, scheme: &str, framework: &str) -> String {
    match lang {
        Lang::Id => format!("{observers} asesor; skema {scheme}; kerangka {framework}"),
        Lang::En => format!("{observers} observers; scheme {scheme}; framework {framework}"),
    }
}

/// Keys of an event file no field reads.
pub fn ignored_keys(lang: Lang, keys: &[String]) -> String {
    let (n, list) = (keys.len(), keys.join(", "));
    match lang {
        Lang::Id => format!(
            "peringatan: {n} kunci tidak dikenal lgd dan diabaikan (salah ketik nama kolom?): {list}; lgd roster dan lgd import tidak akan menulis ulang berkas ini sebelum kunci itu dihapus atau diganti namanya"
        ),
        Lang::En => format!(
            "warning: {n} key(s) lgd does not know, ignored (typos of known fields?): {list}; lgd roster and lgd import will not rewrite the file until they are removed or renamed"
        ),
    }
}

/// A scheme: codes and what it rates.
pub fn scheme(lang: Lang, id: &str, codes: usize, rates: &str) -> String {
    match lang {
        Lang::Id => format!("{id}: {codes} kode, menilai {rates}"),
        Lang::En => format!("{id}: {codes} codes, rates {rates}"),
    }
}

/// A framework: its competencies.
pub fn framework(lang: Lang, id: &str, competencies: usize) -> String {
    match lang {
        Lang::Id => format!("{id}: {competencies} kompetensi"),
        Lang::En => format!("{id}: {competencies} competencies"),
    }
}

/// A scheme whose framework is not built in.
pub fn framework_unknown(lang: Lang, framework: &str) -> String {
    match lang {
        Lang::Id => format!("kerangka {framework:?} tidak ada di lgd"),
        Lang::En => format!("framework {framework:?} is not built in"),
    }
}

/// Who kept a day file, when and for which group.
pub fn observer_line(
    lang: Lang,
    id: &str,
    name: &str,
    role: &str,
    date: &str,
    group: &str,
) -> String {
    match lang {
        Lang::Id => format!("asesor {id} ({name}, {role}), {date}, kelompok {group}"),
        Lang::En => format!("observer {id} ({name}, {role}), {date}, group {group}"),
    }
}

/// What a day file holds.
pub fn day_counts(lang: Lang, counts: [usize; 5]) -> String {
    let [live, retracted, turns, ratings, evidence] = counts;
    match lang {
        Lang::Id => format!(
            "{live} perilaku terkode ({retracted} ditarik), {turns} giliran bicara, {ratings} nilai, {evidence} catatan bukti"
        ),
        Lang::En => format!(
            "{live} acts coded ({retracted} retracted), {turns} speaking turns, {ratings} ratings, {evidence} evidence notes"
        ),
    }
}

/// Journal lines not yet in the day file.
pub fn pending(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!(
            "jurnal: {n} perubahan belum masuk berkas harian; lgd memutarnya ulang saat berkas dibuka"
        ),
        Lang::En => format!(
            "journal: {n} change(s) not yet in the day file; lgd replays them when it opens it"
        ),
    }
}

/// When the ratings were submitted.
pub fn submitted(lang: Lang, at: &str) -> String {
    match lang {
        Lang::Id => format!("nilai dikirim pada {at}"),
        Lang::En => format!("ratings submitted at {at}"),
    }
}

/// A reference a day file's definitions lack: a participant, a code, a competency.
pub fn stray(lang: Lang, what: Stray, value: &str, of: &str) -> String {
    match (what, lang) {
        (Stray::Participant, Lang::Id) => {
            format!("{value:?} tidak ada di antara peserta berkas harian")
        }
        (Stray::Participant, Lang::En) => {
            format!("{value:?} is not among the day file's participants")
        }
        (Stray::Code, Lang::Id) => format!("{value:?} bukan kode skema {of}"),
        (Stray::Code, Lang::En) => format!("{value:?} is not a code of scheme {of}"),
        (Stray::Competency, Lang::Id) => format!("{value:?} tidak ada di kerangka {of}"),
        (Stray::Competency, Lang::En) => format!("{value:?} is not in framework {of}"),
    }
}

/// What a day file refers to that [`stray`] names.
#[derive(Debug, Clone, Copy)]
pub enum Stray {
    /// An act's participant.
    Participant,
    /// An act's code.
    Code,
    /// A rating's competency.
    Competency,
}

/// A problem found in a file: where, what, and the fix.
pub fn problem(lang: Lang, p: &crate::model::validate::Problem) -> String {
    crate::text::definition::problem(lang, p)
}
