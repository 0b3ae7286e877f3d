//! The act list's words (correcting, inserting, keeping acts), session time and coding outside a
//! coded phase, in Bahasa Indonesia and English.

use crate::model::Lang;
use crate::session::DraftError;

crate::words! {
    /// Fixed texts of the act list.
    pub enum A {
        KOpen => (
            "daftar kode: koreksi, sisipkan, hitung",
            "act list: correct, insert, keep",
        ),
        HOpen => ("daftar", "acts"),
        KEdit => (
            "koreksi kode terpilih (kursi, kode, sasaran, waktu)",
            "correct the selected act (seat, code, target, time)",
        ),
        HEdit => ("koreksi", "correct"),
        KInsert => ("sisipkan kode yang terlewat", "insert a missed act"),
        HInsert => ("sisip", "insert"),
        KKeep => (
            "kode di luar fase berkode: hitung / jangan hitung sebagai bukti",
            "act coded outside a coded phase: count / do not count as evidence",
        ),
        HKeep => ("hitung", "keep"),
        KClose => ("tutup daftar", "close the list"),
        HClose => ("tutup", "close"),
        KApply => ("simpan koreksi", "save the correction"),
        KDiscard => ("batal", "cancel"),
        Title => ("Daftar kode", "Act list"),
        /// Column heads of the act list.
        Columns => (
            "Waktu  Kursi/nama           Kode",
            "Time   Seat/name            Code",
        ),
        /// What the marks in the act list and recent acts mean.
        Marks => (
            "✎ dikoreksi  + disisipkan  ⊘ di luar fase berkode  ✓ tetap dihitung  ↶ ditarik",
            "✎ corrected  + inserted  ⊘ outside a coded phase  ✓ kept  ↶ retracted",
        ),
        Outside => ("⊘ di luar fase", "⊘ outside phase"),
        EditPrompt => ("Koreksi (kursi kode [sasaran] [m:ss])", "Correct (seat code [target] [m:ss])"),
        MUnchanged => ("Tidak ada yang berubah.", "Nothing changed."),
        MAlwaysCounts => (
            "Kode ini dibuat dalam fase berkode dan selalu dihitung.",
            "This act was coded in a coded phase and always counts.",
        ),
        MEditCancelled => (
            "Koreksi dibatalkan; tidak ada yang berubah.",
            "Correction cancelled; nothing changed.",
        ),
        MEmpty => ("Belum ada kode.", "No acts yet."),
        /// The session clock's label in the header.
        Session => ("Sesi", "Session"),
    }
}

/// The insert line's prompt, with the time used when none is typed.
pub fn insert_prompt(lang: Lang, default: &str) -> String {
    match lang {
        Lang::Id => format!("Sisipkan (kursi kode [sasaran] [m:ss], tanpa waktu = {default})"),
        Lang::En => format!("Insert (seat code [target] [m:ss], no time = {default})"),
    }
}

/// What the act list did to an act, e.g. "Dikoreksi: 3 Rosa PROP".
pub fn act_changed(lang: Lang, what: Changed, act: &str) -> String {
    let verb = match (what, lang) {
        (Changed::Corrected, Lang::Id) => "Dikoreksi",
        (Changed::Corrected, Lang::En) => "Corrected",
        (Changed::Inserted, Lang::Id) => "Disisipkan",
        (Changed::Inserted, Lang::En) => "Inserted",
        (Changed::Kept, Lang::Id) => "✓ Dihitung sebagai bukti",
        (Changed::Kept, Lang::En) => "✓ Counts as evidence",
        (Changed::NotKept, Lang::Id) => "⊘ Tidak dihitung sebagai bukti",
        (Changed::NotKept, Lang::En) => "⊘ Not counted as evidence",
    };
    format!("{verb}: {act}")
}

/// The kinds of act-list message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// Corrected.
    Corrected,
    /// Inserted.
    Inserted,
    /// Counts after all.
    Kept,
    /// No longer counts.
    NotKept,
}

/// An act coded while no coded phase runs: kept and marked, not evidence; `list` is the act list's key.
pub fn coded_outside(lang: Lang, act: &str, list: &str) -> String {
    match lang {
        Lang::Id => format!("⊘ {act}: di luar fase berkode, bukan bukti ({list}: hitung)"),
        Lang::En => format!("⊘ {act}: outside a coded phase, not evidence ({list}: keep)"),
    }
}

/// Why an edit line was not taken.
pub fn draft_error(lang: Lang, e: &DraftError) -> String {
    match (lang, e) {
        (Lang::Id, DraftError::Empty) => "Ketik kursi lalu kode, mis. 3p.".into(),
        (Lang::En, DraftError::Empty) => "Type a seat then a code, e.g. 3p.".into(),
        (Lang::Id, DraftError::NotASeat(c)) => format!("'{c}' bukan tombol kursi."),
        (Lang::En, DraftError::NotASeat(c)) => format!("'{c}' is not a seat key."),
        (Lang::Id, DraftError::EmptySeat(s)) => format!("Kursi {s} kosong."),
        (Lang::En, DraftError::EmptySeat(s)) => format!("Seat {s} is empty."),
        (Lang::Id, DraftError::UnknownCode(Some(c))) => format!("'{c}' bukan kode."),
        (Lang::En, DraftError::UnknownCode(Some(c))) => format!("'{c}' is not a code."),
        (Lang::Id, DraftError::UnknownCode(None)) => "Kode belum diketik.".into(),
        (Lang::En, DraftError::UnknownCode(None)) => "The code is missing.".into(),
        (Lang::Id, DraftError::SelfTarget) => "Sasaran harus orang lain.".into(),
        (Lang::En, DraftError::SelfTarget) => "The target must be someone else.".into(),
        (Lang::Id, DraftError::NotTargeted(c)) => format!("{c} tidak memakai sasaran."),
        (Lang::En, DraftError::NotTargeted(c)) => format!("{c} takes no target."),
        (Lang::Id, DraftError::BadTime(t)) => format!("'{t}' bukan waktu m:ss."),
        (Lang::En, DraftError::BadTime(t)) => format!("'{t}' is not a time m:ss."),
        (Lang::Id, DraftError::Extra(x)) => format!("'{x}' berlebih."),
        (Lang::En, DraftError::Extra(x)) => format!("'{x}' is one too many."),
    }
}
