//! The words of the lead's roster editing in Bahasa Indonesia and English (reached through `T::Lead`).

use crate::model::Lang;

pub mod message;

crate::words! {
    /// A fixed piece of roster-editing text.
    pub enum L {
        Editing => ("menyunting peserta", "editing the roster"),
        Lead => ("Ketua tim", "Lead assessor"),
        NotSaved => ("✗ BELUM TERSIMPAN", "✗ NOT SAVED"),
        FName => ("Nama", "Name"),
        FNip => ("NIP (18 angka)", "NIP (18 digits)"),
        FPosition => ("Jabatan", "Position"),
        FUnit => ("Unit kerja", "Unit"),
        FGender => ("Jenis kelamin (L/P)", "Gender (L/P)"),
        FNewAttr => ("Atribut baru (nama: isi)", "New attribute (name: value)"),
        FormEditTitle => ("Ubah data", "Edit"),
        FormFactsTitle => ("Data acara (sampul laporan)", "Event facts (report cover)"),
        FOrganisation => ("Instansi", "Organisation"),
        FDates => ("Tanggal (TTTT-BB-HH, …)", "Dates (YYYY-MM-DD, …)"),
        FVenue => ("Tempat", "Venue"),
        FCaseTitle => ("Judul studi kasus", "Case title"),
        FLeadAssessor => ("Ketua tim asesor", "Lead assessor"),
        FAssessors => ("Tim asesor (nama, …)", "Assessor team (name, …)"),
        FTimeZone => ("Zona waktu (WIB/WITA/WIT)", "Time zone (WIB/WITA/WIT)"),
        FormAddTitle => ("Peserta baru", "New participant"),
        FormHint => (
            "Enter simpan · Esc batal · Tab/↑↓ kolom · atribut dikosongkan = dihapus",
            "Enter saves · Esc cancels · Tab/↑↓ field · an emptied attribute is removed",
        ),
        AddHint => (
            "Masuk kelompok terkecil; pindahkan dengan m.",
            "Joins the smallest group; move them with m.",
        ),
        PickGroupTitle => ("Pindah ke kelompok", "Move to group"),
        PickSeatTitle => ("Pindah ke kursi", "Move to seat"),
        Free => ("kosong", "free"),
        Current => ("sekarang", "now"),
        SwapWith => ("tukar dengan", "swap with"),
        People => ("orang", "people"),
        RemoveTitle => ("Hapus peserta?", "Remove this participant?"),
        BalanceTitle => ("Seimbangkan ulang", "Re-balance"),
        BalanceHead => ("Keseimbangan", "Balance"),
        FewestMoves => ("Pindah sesedikit mungkin", "Fewest moves"),
        NothingToDo => ("tidak ada yang perlu dipindah", "nothing to do"),
        NotPossible => ("tidak bisa", "not possible"),
        Movers => ("Pindah", "Moving"),
        Units => ("Unit", "Units"),
        SameUnit => ("Unit sama", "Same unit"),
        CoverageHead => ("Cakupan asesor", "Coverage"),
        Selected => (
            "◆ = kelompok peserta terpilih",
            "◆ = the selected person's group",
        ),
        MReadOnly => (
            "Daftar peserta hanya dibaca saat mengamati. Ketua tim mengubahnya sebelum acara: lgd roster FILE_ACARA",
            "The roster is read-only while observing. The lead edits it before the event: lgd roster EVENT_FILE",
        ),
        MNothingToUndo => ("Tidak ada perubahan untuk diurungkan.", "Nothing to undo."),
        MNothingToRedo => ("Tidak ada yang bisa diulang.", "Nothing to redo."),
        MNoSelection => (
            "Pilih peserta dulu (↑↓ atau / cari).",
            "Choose a participant first (↑↓ or / filter).",
        ),
        MNothingChanged => ("Tidak ada yang berubah.", "Nothing changed."),
        MAllSaved => ("Semua perubahan sudah tersimpan.", "Every change is saved."),
        KReadOnly => (
            "ubah peserta: hanya ketua tim, lewat lgd roster FILE_ACARA",
            "edit the roster: the lead does, with lgd roster EVENT_FILE",
        ),
        KMove => (
            "pindahkan ke kelompok atau kursi lain",
            "move to another group or seat",
        ),
        KFacts => (
            "ubah data acara: instansi, tanggal, tempat, kasus, ketua, tim, zona waktu",
            "edit the event's facts: organisation, dates, venue, case, lead, team, time zone",
        ),
        KEdit => (
            "ubah nama, NIP, jabatan, unit, jenis kelamin, atribut",
            "edit name, NIP, position, unit, gender, attributes",
        ),
        KAdd => ("tambah peserta", "add a participant"),
        KRemove => (
            "hapus peserta (ditanya dulu)",
            "remove the participant (asks first)",
        ),
        KRebalance => (
            "seimbangkan ulang kelompok: pindah sesedikit mungkin atau susunan baru (lihat dulu)",
            "re-balance the groups: fewest moves or a new arrangement (preview first)",
        ),
        KUndo => ("urungkan perubahan terakhir", "undo the last change"),
        KRedo => ("ulangi yang diurungkan", "redo what was undone"),
        KSaveNow => (
            "simpan lagi (setelah gagal menyimpan)",
            "save again (after a failed save)",
        ),
        KFormSave => ("simpan isian", "save the form"),
        KNextField => ("kolom berikutnya", "next field"),
        KPrevField => ("kolom sebelumnya", "previous field"),
        KPickChoose => ("pilih", "choose"),
        KPickBack => ("kembali / batal", "back / cancel"),
        KRemoveYes => ("ya, hapus", "yes, remove"),
        KRemoveNo => ("jangan, biarkan", "no, keep them"),
        KBalanceApply => (
            "pakai penyeimbangan yang ditampilkan",
            "make the re-balance shown",
        ),
        KSeedNext => (
            "seed berikutnya: susunan lain",
            "next seed: another arrangement",
        ),
        KSeedPrev => ("seed sebelumnya", "previous seed"),
        KSwitchBalance => (
            "pilih: pindah sesedikit mungkin ↔ susunan baru",
            "choose: fewest moves ↔ new arrangement",
        ),
        HMove => ("pindah", "move"),
        HEdit => ("ubah", "edit"),
        HFacts => ("acara", "event"),
        HAdd => ("tambah", "add"),
        HRemove => ("hapus", "remove"),
        HRebalance => ("seimbangkan", "balance"),
        HUndo => ("urung", "undo"),
        HRedo => ("ulang", "redo"),
        HField => ("kolom", "field"),
        HChoose => ("pilih", "choose"),
        HBack => ("kembali", "back"),
        HKeep => ("biarkan", "keep"),
        HApply => ("pakai", "apply"),
        HSeed => ("seed lain", "another seed"),
        HSwitch => ("sedikit/baru", "fewest/new"),
    }
}

/// Picks the sentence of the language.
pub fn say(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Day files made before the edit will no longer match the event.
pub fn day_files_exist(lang: Lang, n: usize, dir: &str) -> String {
    say(
        lang,
        format!(
            "⚠ Sudah ada {n} berkas harian acara ini: mengubah peserta sekarang membuatnya tidak cocok dengan acara, dan lgd consolidate akan melaporkannya. Folder: {dir}"
        ),
        format!(
            "⚠ {n} day file(s) of this event already exist: editing now makes them disagree with the event, and lgd consolidate will report it. Folder: {dir}"
        ),
    )
}

/// Saving the event file failed; `save` is the save key's name.
pub fn save_failed(lang: Lang, save: &str, reason: &str) -> String {
    say(
        lang,
        format!(
            "GAGAL MENYIMPAN: {reason}. Perubahan tetap di memori, berkas di disk tidak berubah; perbaiki lalu {save}."
        ),
        format!(
            "SAVE FAILED: {reason}. Changes are kept in memory and the file on disk is unchanged; fix it, then {save}."
        ),
    )
}

/// Quitting was refused because the last changes are not in the file; `quit` is the quit key's name.
pub fn quit_refused(lang: Lang, quit: &str, reason: &str) -> String {
    say(
        lang,
        format!(
            "Belum keluar: berkas acara gagal disimpan ({reason}). Perbaiki lalu {quit} lagi; jika masih gagal, lgd keluar dan berkas tetap seperti terakhir tersimpan."
        ),
        format!(
            "Not quitting: the event file could not be saved ({reason}). Fix it and press {quit} again; if saving still fails, lgd quits and the file stays as last saved."
        ),
    )
}

/// How many steps can be undone and redone.
pub fn history(lang: Lang, undo: usize, redo: usize) -> String {
    say(
        lang,
        format!("urung {undo} · ulang {redo}"),
        format!("undo {undo} · redo {redo}"),
    )
}

/// A seat number.
pub fn seat(lang: Lang, seat: u8) -> String {
    say(lang, format!("kursi {seat}"), format!("seat {seat}"))
}

/// How far apart the group sizes are.
pub fn spread(lang: Lang, d: usize) -> String {
    say(
        lang,
        format!("selisih ukuran {d}"),
        format!("sizes differ by {d}"),
    )
}

/// Units sharing a group more than an even spread needs.
pub fn avoidable(lang: Lang, n: usize) -> String {
    say(
        lang,
        format!("{n} unit berkumpul padahal bisa dihindari"),
        format!("{n} unit(s) share a group avoidably"),
    )
}

/// Coverage meets the targets.
pub fn coverage_ok(lang: Lang, min: usize, max: usize) -> String {
    say(
        lang,
        format!("✓ tiap peserta ≥{min} asesor, tiap asesor ≤{max}"),
        format!("✓ everyone has {min}+ observers, none rates over {max}"),
    )
}

/// Participants short of observers.
pub fn under(lang: Lang, who: &str) -> String {
    say(
        lang,
        format!("Kurang asesor: {who}"),
        format!("Short of observers: {who}"),
    )
}

/// Observers over the maximum.
pub fn over(lang: Lang, max: usize, who: &str) -> String {
    say(
        lang,
        format!("Menilai >{max}: {who}"),
        format!("Rating over {max}: {who}"),
    )
}

/// Observers rating someone of another group.
pub fn outside(lang: Lang, who: &str) -> String {
    say(
        lang,
        format!("Menilai di luar kelompoknya: {who}"),
        format!("Rating outside their group: {who}"),
    )
}

/// Who rates the participant about to be removed.
pub fn rated_by(lang: Lang, who: &str) -> String {
    say(
        lang,
        format!("dinilai oleh: {who}"),
        format!("rated by: {who}"),
    )
}

/// Imported results that go with the participant.
pub fn results_go(lang: Lang, n: usize) -> String {
    say(
        lang,
        format!("{n} hasil impor (penilaian diri, tes online) ikut terhapus"),
        format!("{n} imported result(s) (self-evaluation, online tests) go too"),
    )
}

/// The removal can be undone.
pub fn remove_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Enter/y hapus · Esc/n biarkan · u mengurungkan nanti",
        Lang::En => "Enter/y removes · Esc/n keeps · u undoes it later",
    }
}

/// The preview's keys.
pub fn balance_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Enter/y pakai · Tab sedikit/baru · s/→ ← seed · Esc batal",
        Lang::En => "Enter/y applies · Tab fewest/new · s/→ ← seed · Esc cancels",
    }
}

/// A new arrangement's name in the preview.
pub fn arrangement(lang: Lang, seed: u64) -> String {
    say(
        lang,
        format!("Susunan baru (seed {seed})"),
        format!("New arrangement (seed {seed})"),
    )
}

/// How many people a re-balance moves.
pub fn moved_of(lang: Lang, moved: usize, total: usize) -> String {
    say(
        lang,
        format!("{moved} dari {total} orang pindah kelompok"),
        format!("{moved} of {total} people change group"),
    )
}

/// The form's label of one of the event's cover facts.
pub fn fact_label(lang: Lang, fact: crate::setup::Fact) -> &'static str {
    use crate::setup::Fact;
    use crate::text::Words;
    match fact {
        Fact::Organisation => L::FOrganisation,
        Fact::Dates => L::FDates,
        Fact::Venue => L::FVenue,
        Fact::CaseTitle => L::FCaseTitle,
        Fact::LeadAssessor => L::FLeadAssessor,
        Fact::Assessors => L::FAssessors,
        Fact::TimeZone => L::FTimeZone,
    }
    .get(lang)
}
