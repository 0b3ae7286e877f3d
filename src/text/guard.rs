//! The observer's guard rails: keys refused away from the Observe pane, confirmations of phase
//! changes, pastes, and what cancelling said, in Bahasa Indonesia and English.

use crate::model::Lang;

crate::words! {
    /// Fixed texts of the guard rails.
    pub enum G {
        KConfirmYes => ("Ya, lakukan", "Yes, do it"),
        KConfirmNo => ("Tidak, batalkan", "No, cancel"),
        HYes => ("ya", "yes"),
        HNo => ("batal", "cancel"),
        MDeclined => (
            "Tidak jadi; tidak ada yang berubah.",
            "Not done; nothing changed.",
        ),
        MNoteCancelled => (
            "Catatan dibatalkan, tidak disimpan.",
            "Note cancelled, not saved.",
        ),
        MPasteOnObserve => (
            "Tempelan ditolak: panel Observasi hanya menerima ketikan kode. Tekan Enter untuk catatan, lalu tempel.",
            "Paste refused: the Observe pane takes only coding keys. Press Enter for a note, then paste.",
        ),
        MPasteNowhere => (
            "Tempelan ditolak: tidak ada kolom teks yang terbuka.",
            "Paste refused: no text field is open.",
        ),
        MNotSubmitted => (
            "Tidak dikirim; nilai tetap bisa diubah.",
            "Not submitted; the ratings stay open.",
        ),
        MQuitPending => (
            "Ada kode yang belum selesai diketik dan akan hilang. Ctrl+Q lagi = keluar juga, Esc = batalkan kodenya.",
            "A code is half typed and would be lost. Ctrl+Q again = quit anyway, Esc = cancel the code.",
        ),
        MResumed => ("Fase dilanjutkan", "Phase resumed"),
        MConfirmKeys => ("Enter = ya, Esc = batal", "Enter = yes, Esc = cancel"),
        WPaste => ("Tempelan", "Paste"),
    }
}

/// A letter or digit typed on another pane while the discussion is coded: refused, and why.
pub fn off_observe(lang: Lang, pane: &str, key: char, observe_key: &str) -> String {
    match lang {
        Lang::Id => format!(
            "'{key}' ditolak: Anda di panel {pane}, bukan Observasi. Selama diskusi dikode huruf dan angka di sini tidak mengubah apa pun; {observe_key} untuk mengode."
        ),
        Lang::En => format!(
            "'{key}' refused: you are on the {pane} pane, not Observe. While the discussion is coded, letters and digits here change nothing; {observe_key} to code."
        ),
    }
}

/// A printable key that does nothing where it was typed.
pub fn key_does_nothing(lang: Lang, key: char) -> String {
    match lang {
        Lang::Id => format!("'{key}' tidak berfungsi di sini; tidak ada yang berubah."),
        Lang::En => format!("'{key}' does nothing here; nothing changed."),
    }
}

/// A key (or a paste) while a phase question is open: it did nothing, and the question waits.
pub fn answer_first(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Id => format!("{what} diabaikan: jawab pertanyaan ini dulu."),
        Lang::En => format!("{what} ignored: answer this question first."),
    }
}

/// What a phase confirmation asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseAsk {
    /// Start or resume the phase on the clock.
    Start,
    /// Pause the running phase.
    Pause,
    /// End this phase and start the next.
    Next,
}

/// The question before a phase change; `name` is the phase it acts on, `first` when no phase has
/// run yet (then "next" has nothing to end).
pub fn confirm_phase(lang: Lang, ask: PhaseAsk, name: &str, keys: &str, first: bool) -> String {
    match (lang, ask) {
        (Lang::Id, PhaseAsk::Next) if first => format!("Mulai fase {name}? {keys}"),
        (Lang::En, PhaseAsk::Next) if first => format!("Start phase {name}? {keys}"),
        (Lang::Id, PhaseAsk::Start) => format!("Mulai/lanjutkan fase {name}? {keys}"),
        (Lang::En, PhaseAsk::Start) => format!("Start or resume phase {name}? {keys}"),
        (Lang::Id, PhaseAsk::Pause) => format!("Jeda fase {name}? {keys}"),
        (Lang::En, PhaseAsk::Pause) => format!("Pause phase {name}? {keys}"),
        (Lang::Id, PhaseAsk::Next) => format!("Akhiri fase ini dan mulai fase {name}? {keys}"),
        (Lang::En, PhaseAsk::Next) => format!("End this phase and start phase {name}? {keys}"),
    }
}

/// The speaker's seat key pressed again: nothing changes.
pub fn still_speaking(lang: Lang, seat: u8) -> String {
    match lang {
        Lang::Id => format!("Kursi {seat} tetap memegang giliran bicara (Spasi = hening)."),
        Lang::En => format!("Seat {seat} still has the floor (Space = silence)."),
    }
}

/// A seat key while the discussion is paused: no turn, and what to do instead.
pub fn paused_no_turn(lang: Lang, seat: u8) -> String {
    match lang {
        Lang::Id => format!(
            "Diskusi dijeda: kursi {seat} tidak mendapat giliran (jeda bukan waktu bicara). \
             Ctrl+P melanjutkan; kode di luar fase: . lalu kursi."
        ),
        Lang::En => format!(
            "The discussion is paused: seat {seat} gets no turn (a break is nobody's airtime). \
             Ctrl+P resumes; to code outside the phase: . then a seat."
        ),
    }
}

/// A floor change taken back by Backspace (`undone`) or brought back by Redo.
pub fn floor_back(lang: Lang, undone: bool) -> String {
    match (lang, undone) {
        (Lang::Id, true) => {
            "Pergantian giliran bicara ditarik; giliran sebelumnya berlanjut.".into()
        }
        (Lang::En, true) => "Floor change retracted; the turn before it runs on.".into(),
        (Lang::Id, false) => "Pergantian giliran bicara dipulihkan.".into(),
        (Lang::En, false) => "Floor change restored.".into(),
    }
}

/// A phase change taken back (`undone`) or made again, and the phase now running (none: paused).
pub fn phase_back(lang: Lang, undone: bool, now: Option<&str>) -> String {
    let head = match (lang, undone) {
        (Lang::Id, true) => "Pergantian fase ditarik",
        (Lang::En, true) => "Phase change retracted",
        (Lang::Id, false) => "Pergantian fase dipulihkan",
        (Lang::En, false) => "Phase change restored",
    };
    match (lang, now) {
        (Lang::Id, Some(p)) => format!("{head}; berjalan: {p}."),
        (Lang::En, Some(p)) => format!("{head}; running: {p}."),
        (Lang::Id, None) => format!("{head}; tidak ada fase berjalan."),
        (Lang::En, None) => format!("{head}; no phase running."),
    }
}

/// Reopening after a quit that ended `who`'s turn and paused `phase` at `at`.
pub fn reopened(lang: Lang, at: &str, who: Option<&str>, phase: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(w) = who {
        parts.push(match lang {
            Lang::Id => format!("giliran bicara kursi {w} diakhiri"),
            Lang::En => format!("seat {w}'s turn was ended"),
        });
    }
    if let Some(p) = phase {
        parts.push(match lang {
            Lang::Id => format!("fase {p} dijeda (Ctrl+P melanjutkan)"),
            Lang::En => format!("phase {p} was paused (Ctrl+P resumes)"),
        });
    }
    let joined = parts.join(match lang {
        Lang::Id => " dan ",
        Lang::En => " and ",
    });
    match lang {
        Lang::Id => format!("Dibuka lagi. Saat keluar pukul {at}, {joined}."),
        Lang::En => format!("Reopened. When you quit at {at}, {joined}."),
    }
}

/// Whether a typed answer is yes, in either language.
pub fn is_yes(typed: &str) -> bool {
    matches!(typed.trim().to_lowercase().as_str(), "ya" | "yes")
}

/// Where the coded discussion stands when an observer submits.
#[derive(Debug, Clone, Copy)]
pub enum Unfinished<'a> {
    /// The phase named is running.
    Running(&'a str),
    /// The coded phase named is paused, not ended: ratings may still need its evidence.
    Paused(&'a str),
}

/// The question before submitting: how many cells are empty (and whose), whether the discussion
/// still runs or is only paused; the `second` time it asks for the typed word.
pub fn submit_question(
    lang: Lang,
    empty: usize,
    named: &[String],
    unfinished: Option<Unfinished>,
    second: bool,
) -> String {
    let mut parts = Vec::new();
    match unfinished {
        Some(Unfinished::Running(p)) => parts.push(match lang {
            Lang::Id => format!("Fase {p} masih berjalan."),
            Lang::En => format!("Phase {p} is still running."),
        }),
        Some(Unfinished::Paused(p)) => parts.push(match lang {
            Lang::Id => format!("Fase {p} dijeda, belum diakhiri."),
            Lang::En => format!("Phase {p} is paused, not ended."),
        }),
        None => {}
    }
    if empty > 0 {
        let who = named.join("; ");
        parts.push(match lang {
            Lang::Id => format!("{empty} sel kosong ({who})."),
            Lang::En => format!("{empty} cells empty ({who})."),
        });
    }
    parts.push(match (lang, second) {
        (Lang::Id, false) => {
            "Kirim semua nilai? Setelah itu terkunci. Enter = kirim, Esc = batal".to_string()
        }
        (Lang::En, false) => {
            "Submit all ratings? They lock afterwards. Enter = submit, Esc = cancel".to_string()
        }
        (Lang::Id, true) => {
            "Sel kosong dihitung tidak dinilai. Ketik ya lalu Enter untuk tetap mengirim, Esc = batal"
                .to_string()
        }
        (Lang::En, true) => {
            "Empty cells count as not rated. Type yes and Enter to submit anyway, Esc = cancel"
                .to_string()
        }
    });
    parts.join(" ")
}
