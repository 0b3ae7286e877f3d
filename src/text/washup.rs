//! Every word the wash-up shows, in Bahasa Indonesia and English, in one place.

use crate::model::Lang;

crate::words! {
    /// A fixed piece of wash-up text.
    pub enum W {
        Title => ("Rapat integrasi", "Wash-up"),
        Lead => ("ketua", "lead"),
        Alpha => ("α ordinal", "ordinal α"),
        NotAvailable => ("tidak tersedia", "not available"),
        Participant => ("Peserta", "Participant"),
        Flagged => ("ditandai", "flagged"),
        Decided => ("diputuskan", "decided"),
        Jpm => ("JPM", "JPM"),
        Category => ("Kategori", "Category"),
        Sort => ("urut", "sort"),
        SortSeat => ("kelompok/kursi", "group/seat"),
        SortSpread => ("selisih terbesar", "widest spread"),
        SortFlags => ("tanda terbanyak", "most flags"),
        Preset => ("kategori", "categories"),
        PresetMapping => ("pemetaan", "mapping"),
        PresetSelection => ("seleksi", "selection"),
        PresetCustom => ("khusus", "custom"),
        Saved => ("tersimpan", "saved"),
        Saving => ("menyimpan", "saving"),
        SaveFailed => ("GAGAL SIMPAN", "SAVE FAILED"),
        Target => ("target", "target"),
        Ratings => (
            "Penilaian asesor (asli, tidak diubah)",
            "Observers' ratings (originals, never changed)",
        ),
        NotSubmitted => (
            "belum dikirim, tidak dihitung",
            "not submitted, not counted",
        ),
        OnlyAfterSubmission => (
            "hanya setelah kirim, tidak dihitung",
            "only after submission, not counted",
        ),
        NotObserved => ("tidak teramati", "not observed"),
        Cleared => ("dihapus", "cleared"),
        AfterSubmission => ("diubah setelah kirim", "changed after submission"),
        Figures => ("Angka", "Figures"),
        Flags => ("Tanda", "Flags"),
        FlagSpread => ("selisih besar", "wide spread"),
        FlagAcrossTarget => ("di kedua sisi target", "both sides of target"),
        FlagFewRatings => ("penilai < 2", "fewer than 2 ratings"),
        Proposed => ("usulan (rata-rata)", "proposed (mean)"),
        Consensus => ("konsensus", "consensus"),
        Superseded => ("keputusan sebelumnya", "earlier decisions"),
        Withdrawn => ("dibatalkan", "withdrawn"),
        NoConsensus => ("belum ada konsensus", "no consensus yet"),
        Evidence => ("Bukti per asesor", "Evidence by observer"),
        NoEvidence => ("tidak ada bukti tercatat", "no evidence recorded"),
        Suggests => ("aturan bukti menyarankan", "evidence rule suggests"),
        SelfEval => ("Penilaian diri", "Self-evaluation"),
        Gap => ("selisih", "gap"),
        Missing => ("belum lengkap", "incomplete"),
        Decide => ("Konsensus", "Consensus"),
        Level => ("Level", "Level"),
        Reason => ("Alasan", "Reason"),
        ReasonNeeded => ("Tulis alasannya dulu", "Write the reason first"),
        DecisionSaved => ("Konsensus dicatat", "Consensus recorded"),
        Thresholds => ("Batas kategori (JPM %)", "Category thresholds (JPM %)"),
        Help => ("Bantuan tombol", "Keys"),
        HelpFooter => ("Esc atau ? menutup", "Esc or ? closes"),
        TooSmall => ("Layar terlalu kecil", "Terminal too small"),
        Recovered => ("dari jurnal", "from the journal"),
        Terminating => ("Menyimpan dan keluar…", "Saving and quitting…"),
        // Legend of the cell marks.
        LegendCounted => ("penilaian", "ratings"),
        LegendProposed => ("usulan", "proposed"),
        LegendAgreed => ("konsensus", "agreed"),
        LegendSplit => ("terbelah, putuskan", "split, decide"),
        JpmSplit => ("belah", "split"),
        // Search, confirmations, the lead.
        Search => ("Cari", "Search"),
        NoMatch => ("tidak ditemukan", "no match"),
        ConsensusWithdrawn => ("Konsensus dibatalkan", "Consensus withdrawn"),
        ThresholdsSaved => ("Batas kategori disimpan", "Category thresholds saved"),
        Unchanged => ("Tidak ada yang berubah", "Nothing changed"),
        KSearch => (
            "cari peserta (nama, NIP/id, kelompok)",
            "search participants (name, id, group)",
        ),
        KSearchNext => ("hasil berikutnya", "next match"),
        KSearchPrev => ("hasil sebelumnya", "previous match"),
        KKeep => ("tetap di hasil ini", "stay on this match"),
        KBack => ("kembali ke baris semula", "back to the row before"),
        HSearch => ("cari", "search"),
        HKeep => ("pilih", "choose"),
        LeadPrompt => (
            "Siapa ketua rapat integrasi (nama atau id asesor)? ",
            "Who leads the wash-up (name or observer id)? ",
        ),
        // Key descriptions.
        KQuit => ("simpan dan keluar", "save and quit"),
        KHelp => ("bantuan", "help"),
        KUp => ("baris sebelumnya", "previous row"),
        KDown => ("baris berikutnya", "next row"),
        KLeft => ("kompetensi sebelumnya", "previous competency"),
        KRight => ("kompetensi berikutnya", "next competency"),
        KPageUp => ("satu halaman ke atas", "page up"),
        KPageDown => ("satu halaman ke bawah", "page down"),
        KFirst => ("baris pertama", "first row"),
        KLast => ("baris terakhir", "last row"),
        KSort => (
            "urutan berikutnya: kursi, selisih, tanda",
            "next order: seat, spread, flags",
        ),
        KDetail => ("bukti dan riwayat sel", "the cell's evidence and history"),
        KDecide => ("tetapkan konsensus sel", "set the cell's consensus"),
        KPreset => (
            "ganti kategori: pemetaan / seleksi",
            "switch categories: mapping / selection",
        ),
        KThresholds => ("ubah batas kategori", "edit category thresholds"),
        KClose => ("tutup", "close"),
        KLevelUp => ("naikkan level", "raise the level"),
        KLevelDown => ("turunkan level", "lower the level"),
        KType => ("ketik alasan", "type the reason"),
        KTypeSearch => ("ketik nama, id atau kelompok", "type a name, id or group"),
        KErase => ("hapus huruf", "erase a character"),
        KSave => ("simpan", "save"),
        KCancel => ("batal", "cancel"),
        KWithdraw => ("batalkan konsensus", "withdraw the consensus"),
        KThresholdUp => ("naikkan batas 1 poin", "raise the threshold by 1"),
        KThresholdDown => ("turunkan batas 1 poin", "lower the threshold by 1"),
        // Hint-bar labels.
        HQuit => ("keluar", "quit"),
        HHelp => ("bantuan", "help"),
        HMove => ("pindah", "move"),
        HSort => ("urut", "sort"),
        HDetail => ("bukti", "evidence"),
        HDecide => ("konsensus", "consensus"),
        HPreset => ("kategori", "categories"),
        HThresholds => ("batas", "thresholds"),
        HClose => ("tutup", "close"),
        HLevel => ("level", "level"),
        HSave => ("simpan", "save"),
        HCancel => ("batal", "cancel"),
        HWithdraw => ("batalkan", "withdraw"),
        HAdjust => ("ubah", "adjust"),
    }
}

/// What opening found in the journal.
pub fn replayed(lang: Lang, applied: usize, problems: usize) -> String {
    match lang {
        Lang::Id => format!("{applied} keputusan dari jurnal dimuat; {problems} baris bermasalah"),
        Lang::En => {
            format!("{applied} decision(s) loaded from the journal; {problems} bad line(s)")
        }
    }
}

/// How to withdraw the cell's consensus; `key` is the withdraw key's name.
pub fn withdraw_hint(lang: Lang, key: &str) -> String {
    match lang {
        Lang::Id => format!("{key} membatalkan konsensus yang ada"),
        Lang::En => format!("{key} withdraws the current consensus"),
    }
}

/// Quitting was refused because saving failed; `quit` is the quit key's name, `why` comes last.
pub fn quit_refused(lang: Lang, quit: &str, why: &str) -> String {
    match lang {
        Lang::Id => {
            format!(
                "Belum keluar, keputusan tetap di memori (perbaiki lalu tekan {quit} lagi): {why}"
            )
        }
        Lang::En => {
            format!(
                "Not quitting, decisions stay in memory (fix this, then press {quit} again): {why}"
            )
        }
    }
}

/// "Search: budi (3 of 7)", the search line with where the selection is among the matches.
pub fn search_line(lang: Lang, query: &str, at: Option<(usize, usize)>) -> String {
    use crate::text::Words;
    let head = W::Search.get(lang);
    match (lang, at) {
        (_, None) if query.is_empty() => format!("{head}: "),
        (_, None) => format!("{head}: {query}  ({})", W::NoMatch.get(lang)),
        (Lang::Id, Some((i, n))) => format!("{head}: {query}  ({i} dari {n})"),
        (Lang::En, Some((i, n))) => format!("{head}: {query}  ({i} of {n})"),
    }
}
