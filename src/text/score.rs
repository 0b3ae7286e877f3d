//! The Score pane's words in Bahasa Indonesia and English (reached through `T::Score`).

use crate::model::Lang;
use crate::text::Words;

crate::words! {
    /// A fixed piece of Score-pane text.
    pub enum S {
        Pane => ("Nilai", "Score"),
        Ratings => ("Penilaian", "Ratings"),
        NotObservedShort => ("t/t", "n/o"),
        BelowTarget => ("▼ di bawah target", "▼ below target"),
        Empty => ("sel kosong", "empty cells"),
        Submitted => ("⊠ terkirim, terkunci", "⊠ submitted, locked"),
        Draft => ("belum dikirim", "not submitted"),
        Withdrawn => (
            "↺ dibuka lagi, kirim lagi bila siap",
            "↺ withdrawn, submit again when ready",
        ),
        Evidence => ("Bukti", "Evidence"),
        Levels => ("Level", "Levels"),
        Target => ("target", "target"),
        Codes => ("Kode terkait", "Linked codes"),
        ActNotes => ("Catatan tindakan", "Act notes"),
        Airtime => ("Porsi bicara", "Airtime"),
        Turns => ("giliran", "turns"),
        Suggested => ("Saran", "Suggested"),
        NoSuggestion => (
            "Saran: - (belum ada bukti terkode)",
            "Suggested: - (no coded evidence)",
        ),
        SuggestionNeverApplied => (
            "hanya saran, tidak diisikan",
            "a suggestion only, never filled in",
        ),
        History => ("Riwayat", "History"),
        AfterSubmission => ("setelah kirim", "after submission"),
        Reason => ("alasan", "reason"),
        EvidenceNotes => ("Catatan bukti", "Evidence notes"),
        Rubric => ("Produk kelompok (rubrik)", "Group product (rubric)"),
        RubricHint => (
            "angka = skor, Enter = catatan",
            "digit = score, Enter = note",
        ),
        Imported => ("Hasil impor", "Imported results"),
        SelfRating => ("Penilaian diri", "Self-evaluation"),
        Online => ("Asesmen daring", "Online assessment"),
        NoEvidence => ("Belum ada bukti terkode.", "No coded evidence yet."),
        PromptJustify => ("Justifikasi", "Justification"),
        PromptStrength => ("Bukti + (kekuatan)", "Evidence + (strength)"),
        PromptDevelopment => (
            "Bukti - (area pengembangan)",
            "Evidence - (development area)",
        ),
        PromptNeutral => ("Bukti 0 (netral)", "Evidence 0 (neutral)"),
        PromptReason => (
            "Nilai sudah dikirim. Alasan perubahan",
            "Ratings were submitted. Reason for the change",
        ),
        PromptConfirm => (
            "Kirim semua nilai? Setelah itu terkunci. Enter = kirim, Esc = batal",
            "Submit all ratings? They lock afterwards. Enter = submit, Esc = cancel",
        ),
        PromptRubric => ("Catatan rubrik", "Rubric note"),
        PromptWithdraw => (
            "Nilai sudah dikirim. Buka lagi untuk diubah? Alasan (Esc = batal)",
            "Ratings were submitted. Withdraw them to change? Reason (Esc = cancel)",
        ),
        MWithdrawn => (
            "Kiriman dibuka lagi dengan alasannya; kiriman lama tetap berlaku sampai dikirim lagi.",
            "Submission withdrawn with its reason; the earlier one stands until you submit again.",
        ),
        MSubmitted => (
            "Nilai dikirim dan dikunci.",
            "Ratings submitted and locked.",
        ),
        MReasonNeeded => (
            "Perubahan butuh alasan; tidak ada yang diubah.",
            "A change needs a reason; nothing changed.",
        ),
        MEditRecorded => (
            "Perubahan setelah kirim dicatat dengan alasannya.",
            "Post-submission edit recorded with its reason.",
        ),
        MEvidenceAdded => ("Catatan bukti disimpan.", "Evidence note saved."),
        MNoteEmpty => ("Catatan kosong, tidak disimpan.", "Empty note, not saved."),
        MRateFirst => ("Beri nilai dulu.", "Rate the cell first."),
        KLeft => ("kompetensi sebelumnya", "previous competency"),
        KRight => ("kompetensi berikutnya", "next competency"),
        KLevel => (
            "level (ulang = setengah, bila boleh); rubrik: skor",
            "level (again = half, if allowed); rubric: score",
        ),
        KNotObserved => ("tidak teramati", "not observed"),
        KClear => ("kosongkan sel", "clear the cell"),
        KJustify => ("catatan justifikasi", "justification note"),
        KStrength => ("catatan bukti: kekuatan", "evidence note: strength"),
        KDevelopment => (
            "catatan bukti: area pengembangan",
            "evidence note: development area",
        ),
        KNeutral => ("catatan bukti: netral", "evidence note: neutral"),
        KSubmit => (
            "kirim nilai (lalu terkunci); sudah dikirim: buka lagi dengan alasan",
            "submit the ratings (then locked); once submitted: withdraw with a reason",
        ),
        KScrollDown => ("gulir bukti ke bawah", "scroll the evidence down"),
        KScrollUp => ("gulir bukti ke atas", "scroll the evidence up"),
        HScroll => ("gulir bukti", "scroll evidence"),
        More => ("▼ lagi", "▼ more"),
        HLevel => ("level", "level"),
        HNotObserved => ("t/t", "n/o"),
        HClear => ("hapus", "clear"),
        HJustify => ("justifikasi", "justify"),
        HEvidence => ("bukti", "evidence"),
        HSubmit => ("kirim", "submit"),
    }
}

/// "Suggested: 3 — P=4 N=1 K=2: consistent evidence".
pub fn suggested(lang: Lang, level: u8, rule: &str) -> String {
    format!("{}: {level} — {rule}", S::Suggested.get(lang))
}

/// "7 empty cells".
pub fn empty_count(lang: Lang, n: usize) -> String {
    format!("{n} {}", S::Empty.get(lang))
}

/// A rubric score outside its item's range: "Skor “Konkret dan terukur”: 1-4; tidak ada yang diubah."
pub fn rubric_range(lang: Lang, label: &str, max: u8) -> String {
    match lang {
        Lang::Id => format!("Skor “{label}”: 1-{max}; tidak ada yang diubah."),
        Lang::En => format!("Score for “{label}”: 1-{max}; nothing changed."),
    }
}
