//! Every word the terminal shows, in Bahasa Indonesia and English, in one place.

use crate::model::Lang;

/// A fixed piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// A key into the table below, where each variant's text in both languages is its documentation.
#[allow(missing_docs)]
pub enum T {
    PaneRoster,
    PaneGroup,
    PaneObserve,
    Saved,
    Saving,
    SaveFailed,
    Observer,
    Group,
    Date,
    Phase,
    NotStarted,
    Paused,
    Running,
    Planned,
    Elapsed,
    ColSeat,
    ColName,
    ColTurns,
    ColAir,
    ColShare,
    ColTotal,
    ColBalance,
    ColLast,
    ColId,
    ColPosition,
    ColUnit,
    ColGroup,
    ColObservers,
    RecentActs,
    /// Heading of the floor timeline; `{bin}` is one column's time.
    Timeline,
    Codes,
    NoActsYet,
    Retracted,
    Flagged,
    NoFloorMark,
    Targeted,
    Floor,
    Covered,
    Nudge,
    Silence,
    ChordPick,
    ChordNoTarget,
    Filter,
    FilterHint,
    Detail,
    Nip,
    Gender,
    None,
    Groups,
    SeatMap,
    GroupObservers,
    Phases,
    Mission,
    MissionEmpty,
    GroupNotes,
    NoNotes,
    ReadOnly,
    Help,
    HelpFooter,
    KeySpace,
    KeyLetters,
    KeySeats,
    KeyPanes,
    KeyTyping,
    NotePrompt,
    GroupNotePrompt,
    EditingMission,
    // Key descriptions.
    KQuit,
    KNextPane,
    KPrevPane,
    KGoPane,
    KHelp,
    KPhaseToggle,
    KPhaseNext,
    KSeat,
    KSilence,
    KCode,
    KPick,
    KUndo,
    KRedo,
    KNote,
    KCancel,
    KUp,
    KDown,
    KPageUp,
    KPageDown,
    KFirst,
    KLast,
    KFilter,
    KSortNext,
    KSortReverse,
    KClearFilter,
    KGroupUp,
    KGroupDown,
    KPhaseStart,
    KPhasePause,
    KEditMission,
    KAddNote,
    KHelpClose,
    KFilterDone,
    KType,
    KErase,
    KSubmit,
    KCancelInput,
    KMissionDone,
    KEdit,
    // Short hints.
    HQuit,
    HSeat,
    HCode,
    HSilence,
    HPick,
    HUndo,
    HRedo,
    HNote,
    HFilter,
    HSort,
    HReverse,
    HStart,
    HPause,
    HNext,
    HMission,
    HGroupNote,
    HPane,
    HHelp,
    HClose,
    HDone,
    HClear,
    HSave,
    HCancel,
    // Messages.
    MNoFloor,
    MPickSeat,
    MChooseTarget,
    MSelfTarget,
    MCancelled,
    MNothingToUndo,
    MNothingToRedo,
    MNothingToNote,
    MPhaseAlreadyRunning,
    MPhaseNotRunning,
    MNoNextPhase,
    MMissionSaved,
    MMissionUnchanged,
    MNoteAdded,
    MNoteEmpty,
    MQuitting,
    MSnapshotFailed,
    /// The Score pane's words.
    Score(super::score::text::S),
    /// The words of the lead's roster editing.
    Lead(super::lead::text::L),
}

impl T {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (id, en) = self.pair();
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    fn pair(self) -> (&'static str, &'static str) {
        use T::*;
        match self {
            PaneRoster => ("Peserta", "Roster"),
            PaneGroup => ("Kelompok", "Group"),
            PaneObserve => ("Observasi", "Observe"),
            Saved => ("✓ tersimpan", "✓ saved"),
            Saving => ("… menyimpan", "… saving"),
            SaveFailed => ("✗ GAGAL MENYIMPAN", "✗ SAVE FAILED"),
            Observer => ("Asesor", "Observer"),
            Group => ("Kelompok", "Group"),
            Date => ("Tanggal", "Date"),
            Phase => ("Fase", "Phase"),
            NotStarted => ("belum mulai (Ctrl+P)", "not started (Ctrl+P)"),
            Paused => ("❚❚ jeda", "❚❚ paused"),
            Running => ("▶ berjalan", "▶ running"),
            Planned => ("rencana", "planned"),
            Elapsed => ("berjalan", "elapsed"),
            ColSeat => ("#", "#"),
            ColName => ("Nama", "Name"),
            ColTurns => ("Gil", "Trn"),
            ColAir => ("Bicara", "Air"),
            ColShare => ("Porsi", "Share"),
            ColTotal => ("Σ", "Σ"),
            ColBalance => ("+/-", "+/-"),
            ColLast => ("Akhir", "Last"),
            ColId => ("ID", "ID"),
            ColPosition => ("Jabatan", "Position"),
            ColUnit => ("Unit kerja", "Unit"),
            ColGroup => ("Klp", "Grp"),
            ColObservers => ("Asesor", "Observers"),
            RecentActs => ("Perilaku terakhir", "Recent acts"),
            Timeline => (
                "Giliran bicara sepanjang sesi (1 kolom = {bin})",
                "Who held the floor over the session (1 column = {bin})",
            ),
            Codes => ("Kode", "Codes"),
            NoActsYet => ("Belum ada kode.", "Nothing coded yet."),
            Retracted => ("↶ ditarik", "↶ retracted"),
            Flagged => ("‼ ganda?", "‼ double?"),
            NoFloorMark => ("° tanpa giliran", "° off the floor"),
            Targeted => ("→ perlu kursi sasaran", "→ needs a target seat"),
            Floor => ("▶ bicara", "▶ speaking"),
            Covered => ("● dinilai Anda", "● yours to rate"),
            Nudge => ("! lama tak dikode", "! not coded lately"),
            Silence => ("hening", "silence"),
            ChordPick => (". → tekan kursi", ". → press a seat"),
            ChordNoTarget => ("Spasi = tanpa sasaran", "Space = no target"),
            Filter => ("Cari", "Filter"),
            FilterHint => (
                "huruf besar/kecil dan aksen diabaikan",
                "case and accents ignored",
            ),
            Detail => ("Rincian", "Detail"),
            Nip => ("NIP", "NIP"),
            Gender => ("Jenis kelamin", "Gender"),
            None => ("—", "—"),
            Groups => ("Kelompok", "Groups"),
            SeatMap => ("Denah kursi", "Seat map"),
            GroupObservers => ("Asesor kelompok", "Observers of the group"),
            Phases => ("Fase", "Phases"),
            Mission => ("Misi kelompok", "Group mission"),
            MissionEmpty => ("(belum ditulis)", "(not written yet)"),
            GroupNotes => ("Catatan kelompok", "Group notes"),
            NoNotes => ("(belum ada)", "(none yet)"),
            ReadOnly => ("hanya baca", "read-only"),
            Help => ("Tombol", "Keys"),
            HelpFooter => ("↑↓ gulir · Esc/? tutup", "↑↓ scroll · Esc/? close"),
            KeySpace => ("Spasi", "Space"),
            KeyLetters => ("a-z", "a-z"),
            KeySeats => ("1-9 0 - =", "1-9 0 - ="),
            KeyPanes => ("F1-F", "F1-F"),
            KeyTyping => ("ketik", "type"),
            NotePrompt => ("Catatan", "Note"),
            GroupNotePrompt => ("Catatan kelompok", "Group note"),
            EditingMission => (
                "Menyunting misi · Esc selesai dan simpan",
                "Editing the mission · Esc done and save",
            ),
            KQuit => ("keluar (simpan dulu)", "quit (saves first)"),
            KNextPane => ("panel berikutnya", "next pane"),
            KPrevPane => ("panel sebelumnya", "previous pane"),
            KGoPane => ("buka panel", "open pane"),
            KHelp => ("bantuan", "help"),
            KPhaseToggle => ("mulai/jeda fase", "start/pause phase"),
            KPhaseNext => ("fase berikutnya", "next phase"),
            KSeat => (
                "kursi bicara (sekali lagi = hening)",
                "seat takes the floor (again = silence)",
            ),
            KSilence => ("hening", "silence"),
            KCode => ("kode perilaku pembicara", "code the speaker's behaviour"),
            KPick => (
                ". lalu kursi: pilih tanpa giliran (angguk)",
                ". then seat: pick without the floor (nod)",
            ),
            KUndo => ("tarik kode terakhir", "retract last act"),
            KRedo => ("kembalikan yang ditarik", "restore retracted act"),
            KNote => ("catatan pada kode terakhir", "note on last act"),
            KCancel => ("batalkan tombol tertunda", "cancel pending keys"),
            KUp => ("naik", "up"),
            KDown => ("turun", "down"),
            KPageUp => ("halaman naik", "page up"),
            KPageDown => ("halaman turun", "page down"),
            KFirst => ("paling atas", "first"),
            KLast => ("paling bawah", "last"),
            KFilter => ("cari", "filter"),
            KSortNext => ("urut kolom berikutnya", "sort by next column"),
            KSortReverse => ("balik urutan", "reverse order"),
            KClearFilter => ("hapus pencarian", "clear filter"),
            KGroupUp => ("kelompok sebelumnya", "previous group"),
            KGroupDown => ("kelompok berikutnya", "next group"),
            KPhaseStart => ("mulai/lanjut fase", "start/resume phase"),
            KPhasePause => ("jeda fase", "pause phase"),
            KEditMission => ("sunting misi", "edit mission"),
            KAddNote => ("tambah catatan kelompok", "add group note"),
            KHelpClose => ("tutup bantuan", "close help"),
            KFilterDone => ("selesai mencari", "done filtering"),
            KType => ("ketik", "type"),
            KErase => ("hapus huruf", "erase"),
            KSubmit => ("simpan", "save"),
            KCancelInput => ("batal", "cancel"),
            KMissionDone => ("selesai dan simpan", "done and save"),
            KEdit => ("menyunting teks", "edit the text"),
            HQuit => ("keluar", "quit"),
            HSeat => ("bicara", "floor"),
            HCode => ("kode", "code"),
            HSilence => ("hening", "silence"),
            HPick => ("pilih", "pick"),
            HUndo => ("tarik", "undo"),
            HRedo => ("pulihkan", "redo"),
            HNote => ("catatan", "note"),
            HFilter => ("cari", "filter"),
            HSort => ("urut", "sort"),
            HReverse => ("balik", "reverse"),
            HStart => ("mulai", "start"),
            HPause => ("jeda", "pause"),
            HNext => ("fase berikut", "next phase"),
            HMission => ("misi", "mission"),
            HGroupNote => ("catatan", "note"),
            HPane => ("panel", "pane"),
            HHelp => ("bantuan", "help"),
            HClose => ("tutup", "close"),
            HDone => ("selesai", "done"),
            HClear => ("hapus", "clear"),
            HSave => ("simpan", "save"),
            HCancel => ("batal", "cancel"),
            MNoFloor => (
                "Belum ada yang bicara: tekan angka kursi dulu (atau . lalu kursi).",
                "Nobody has the floor: press a seat digit first (or . then a seat).",
            ),
            MPickSeat => (
                "Setelah titik, tekan angka kursi.",
                "After the dot, press a seat key.",
            ),
            MChooseTarget => (
                "Tekan kursi sasaran (Spasi = tanpa sasaran, Esc batal).",
                "Press the target's seat (Space = no target, Esc cancels).",
            ),
            MSelfTarget => (
                "Sasaran harus orang lain.",
                "The target must be someone else.",
            ),
            MCancelled => ("Dibatalkan.", "Cancelled."),
            MNothingToUndo => ("Tidak ada kode untuk ditarik.", "Nothing to retract."),
            MNothingToRedo => (
                "Tidak ada kode yang bisa dikembalikan.",
                "Nothing to restore.",
            ),
            MNothingToNote => (
                "Belum ada kode untuk diberi catatan.",
                "No act to attach a note to.",
            ),
            MPhaseAlreadyRunning => ("Fase sudah berjalan.", "The phase is already running."),
            MPhaseNotRunning => ("Tidak ada fase yang berjalan.", "No phase is running."),
            MNoNextPhase => ("Ini fase terakhir.", "This is the last phase."),
            MMissionSaved => ("Misi disimpan.", "Mission saved."),
            MMissionUnchanged => ("Misi tidak berubah.", "Mission unchanged."),
            MNoteAdded => ("Catatan kelompok disimpan.", "Group note saved."),
            MNoteEmpty => ("Catatan kosong, tidak disimpan.", "Empty note, not saved."),
            MQuitting => ("Menyimpan lalu keluar…", "Saving, then quitting…"),
            Score(s) => s.pair(),
            Lead(l) => l.pair(),
            MSnapshotFailed => (
                "Berkas harian gagal ditulis ulang (jurnal tetap aman)",
                "Day file could not be rewritten (the journal is safe)",
            ),
        }
    }
}

/// "Terminal too small" with the size there is and the size needed.
pub fn too_small(lang: Lang, w: u16, h: u16, min_w: u16, min_h: u16) -> String {
    match lang {
        Lang::Id => format!(
            "Layar terlalu kecil ({w}x{h}). Perlu minimal {min_w}x{min_h}: perbesar jendela atau kecilkan huruf. Ctrl+Q keluar."
        ),
        Lang::En => format!(
            "Terminal too small ({w}x{h}). Needs at least {min_w}x{min_h}: enlarge the window or reduce the font. Ctrl+Q quits."
        ),
    }
}

/// A seat with nobody in it.
pub fn empty_seat(lang: Lang, seat: u8) -> String {
    match lang {
        Lang::Id => format!("Kursi {seat} kosong."),
        Lang::En => format!("Seat {seat} is empty."),
    }
}

/// A letter no code uses.
pub fn unknown_key(lang: Lang, key: char) -> String {
    match lang {
        Lang::Id => format!("Tombol '{key}' bukan kode (lihat daftar kode)."),
        Lang::En => format!("'{key}' is not a code (see the code list)."),
    }
}

/// What happened to an act, e.g. "Coded: 3 Rosa PROP".
pub fn act_done(lang: Lang, what: ActDone, act: &str) -> String {
    let verb = match (what, lang) {
        (ActDone::Coded, Lang::Id) => "Dikode",
        (ActDone::Coded, Lang::En) => "Coded",
        (ActDone::Duplicate, Lang::Id) => "‼ Sama dengan kode barusan, ditandai",
        (ActDone::Duplicate, Lang::En) => "‼ Same as the act just before, flagged",
        (ActDone::Retracted, Lang::Id) => "Ditarik (Ctrl+R kembalikan)",
        (ActDone::Retracted, Lang::En) => "Retracted (Ctrl+R restores)",
        (ActDone::Restored, Lang::Id) => "Dikembalikan",
        (ActDone::Restored, Lang::En) => "Restored",
        (ActDone::Noted, Lang::Id) => "Catatan disimpan",
        (ActDone::Noted, Lang::En) => "Note saved",
    };
    format!("{verb}: {act}")
}

/// The kinds of act message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActDone {
    /// Coded.
    Coded,
    /// Coded and flagged.
    Duplicate,
    /// Retracted.
    Retracted,
    /// Restored.
    Restored,
    /// Noted.
    Noted,
}

/// A phase started or paused.
pub fn phase_event(lang: Lang, started: bool, name: &str) -> String {
    match (lang, started) {
        (Lang::Id, true) => format!("Fase dimulai: {name}"),
        (Lang::En, true) => format!("Phase started: {name}"),
        (Lang::Id, false) => format!("Fase dijeda: {name}"),
        (Lang::En, false) => format!("Phase paused: {name}"),
    }
}

/// The chord line once someone is picked.
pub fn chord_picked(lang: Lang, who: &str) -> String {
    match lang {
        Lang::Id => format!(". {who} → tekan kode (tanpa giliran)"),
        Lang::En => format!(". {who} → press a code (no floor)"),
    }
}

/// The chord line while a target is awaited.
pub fn chord_target(lang: Lang, code: &str, who: &str) -> String {
    match lang {
        Lang::Id => format!("{code} oleh {who} → kursi sasaran?"),
        Lang::En => format!("{code} by {who} → target seat?"),
    }
}

/// Quitting was refused because saving failed; `reason` (already in `lang`) ends with the file,
/// so it comes last.
pub fn quit_refused(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Belum keluar, data tetap di memori (perbaiki lalu tekan Ctrl+Q lagi): {reason}"
        ),
        Lang::En => format!(
            "Not quitting, your work is in memory (fix this, then press Ctrl+Q again): {reason}"
        ),
    }
}

/// Which group the day file observes, for a read-only view of another group.
pub fn read_only_group(lang: Lang, observed: &str, chosen: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Hanya baca. Hari ini Anda mengamati {observed}. Untuk mengamati {chosen}: keluar, lalu jalankan lgd observe … --group {chosen}"
        ),
        Lang::En => format!(
            "Read-only. Today you observe {observed}. To observe {chosen}: quit, then run lgd observe … --group {chosen}"
        ),
    }
}

/// "n of m" for the roster count.
pub fn count_of(lang: Lang, n: usize, m: usize) -> String {
    match lang {
        Lang::Id => format!("{n} dari {m}"),
        Lang::En => format!("{n} of {m}"),
    }
}

/// The sort line of the roster.
pub fn sorted_by(lang: Lang, column: &str, descending: bool) -> String {
    let arrow = if descending { "↓" } else { "↑" };
    match lang {
        Lang::Id => format!("urut: {column} {arrow}"),
        Lang::En => format!("sort: {column} {arrow}"),
    }
}

/// The line shown when a signal asks the app to stop.
pub fn signal_quit(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Diminta berhenti oleh sistem: menyimpan lalu keluar…",
        Lang::En => "Asked to stop by the system: saving, then quitting…",
    }
}

/// What opening the day recovered from the journal, and any damage found.
pub fn recovered(lang: Lang, replayed: usize, problems: &[String]) -> String {
    let mut out = match lang {
        Lang::Id => format!("Dibuka kembali: {replayed} perubahan dipulihkan dari jurnal."),
        Lang::En => format!("Reopened: {replayed} change(s) recovered from the journal."),
    };
    if !problems.is_empty() {
        out.push_str(match lang {
            Lang::Id => " Masalah: ",
            Lang::En => " Problems: ",
        });
        out.push_str(&problems.join("; "));
    }
    out
}
