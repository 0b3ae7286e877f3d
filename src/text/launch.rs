//! What `lgd observe`, `lgd demo` and `lgd washup` print around the terminal app, in the user's
//! language: these run on assessors' laptops, where the rest of the day is in Bahasa Indonesia.

use std::fmt::Display;
use std::path::Path;

use crate::model::Lang;

/// "the event has N problem(s):", before the list.
pub fn event_problems(lang: Lang, event: &str, n: usize) -> String {
    match lang {
        Lang::Id => format!("acara {event:?} punya {n} masalah:"),
        Lang::En => format!("the event {event:?} has {n} problem(s):"),
    }
}

/// The observer is not in the event.
pub fn unknown_observer(lang: Lang, observer: &str, event: &str, known: &str) -> String {
    match lang {
        Lang::Id => format!("asesor {observer:?} tidak ada di acara {event:?}; asesornya: {known}"),
        Lang::En => {
            format!("observer {observer:?} is not in event {event:?}; its observers are: {known}")
        }
    }
}

/// The group is not in the event.
pub fn unknown_group(lang: Lang, group: &str, known: &str) -> String {
    match lang {
        Lang::Id => format!("kelompok {group:?} tidak ada di acara; kelompoknya: {known}"),
        Lang::En => format!("group {group:?} is not in the event; its groups are: {known}"),
    }
}

/// Standard input or output is not a terminal.
pub fn needs_terminal(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "perlu terminal interaktif (jalankan langsung, bukan lewat pipe)",
        Lang::En => "needs an interactive terminal (run it directly, not through a pipe)",
    }
}

/// The file given is not an event file.
pub fn not_an_event(lang: Lang, path: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "{} bukan berkas acara (format-nya bukan \"lgd-event\")",
            crate::text::path(path)
        ),
        Lang::En => format!(
            "{} is not an event file (its format is not \"lgd-event\")",
            crate::text::path(path)
        ),
    }
}

/// The day was saved and the app closed.
pub fn saved(lang: Lang, path: &Path) -> String {
    match lang {
        Lang::Id => format!("tersimpan di {}", crate::text::path(path)),
        Lang::En => format!("saved {}", crate::text::path(path)),
    }
}

/// The terminal failed while observing.
pub fn terminal_failed(lang: Lang, e: &dyn Display, path: &Path) -> String {
    match lang {
        Lang::Id => format!(
            "terminal bermasalah: {e}; perubahan yang sudah tersimpan ada di {}",
            crate::text::path(path)
        ),
        Lang::En => format!(
            "terminal error: {e}; changes saved so far are in {}",
            crate::text::path(path)
        ),
    }
}

/// The consolidation names no lead observer and `--lead` was not given.
pub fn no_lead(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => {
            "tidak ada ketua tim di antara berkas harian; sebutkan siapa yang memutuskan dengan --lead ID"
        }
        Lang::En => "no lead observer among the day files; name who decides with --lead ID",
    }
}

/// The terminal failed during the wash-up.
pub fn washup_terminal_failed(lang: Lang, e: &dyn Display) -> String {
    match lang {
        Lang::Id => format!(
            "terminal bermasalah: {e}; keputusan yang sudah tersimpan ada di jurnal rapat integrasi"
        ),
        Lang::En => format!("the terminal failed: {e}; decisions saved so far are in the journal"),
    }
}
