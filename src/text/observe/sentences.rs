//! Interface sentences built from values (sizes, names, counts), in both languages.

use crate::model::Lang;

/// "Terminal too small" with the size there is and the size needed; `quit` is the quit key's name.
pub fn too_small(lang: Lang, w: u16, h: u16, min_w: u16, min_h: u16, quit: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Layar terlalu kecil ({w}x{h}). Perlu minimal {min_w}x{min_h}: perbesar jendela atau kecilkan huruf. {quit} keluar."
        ),
        Lang::En => format!(
            "Terminal too small ({w}x{h}). Needs at least {min_w}x{min_h}: enlarge the window or reduce the font. {quit} quits."
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

/// What happened to an act, e.g. "Coded: 3 Rosa PROP"; `restore` is the restore key's name.
pub fn act_done(lang: Lang, what: ActDone, act: &str, restore: &str) -> String {
    let verb = match (what, lang) {
        (ActDone::Retracted, Lang::Id) => return format!("Ditarik ({restore} pulihkan): {act}"),
        (ActDone::Retracted, Lang::En) => return format!("Retracted ({restore} restores): {act}"),
        (ActDone::Coded, Lang::Id) => "Dikode",
        (ActDone::Coded, Lang::En) => "Coded",
        (ActDone::Duplicate, Lang::Id) => "‼ Sama dengan kode barusan, ditandai",
        (ActDone::Duplicate, Lang::En) => "‼ Same as the act just before, flagged",
        (ActDone::Restored, Lang::Id) => "Dipulihkan",
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
/// so it comes last; `quit` is the quit key's name.
pub fn quit_refused(lang: Lang, quit: &str, reason: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Belum keluar, data tetap di memori (perbaiki lalu tekan {quit} lagi): {reason}"
        ),
        Lang::En => format!(
            "Not quitting, your work is in memory (fix this, then press {quit} again): {reason}"
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

/// The phase clock before the first start; `start` is the start key's name.
pub fn not_started(lang: Lang, start: &str) -> String {
    match lang {
        Lang::Id => format!("belum mulai ({start})"),
        Lang::En => format!("not started ({start})"),
    }
}
