//! Sentences about edits in both languages: what was done, undone or redone, and why an edit was refused.

use super::say;
use crate::model::{Event, Lang, NipError};
use crate::setup::{Edit, EditError, Field, GroupingError};

/// Whether an edit was just made, undone or redone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// Made.
    Done,
    /// Undone.
    Undone,
    /// Redone.
    Redone,
}

/// "Moved P14 Rosa Setiawan → Kelompok 2 seat 3", prefixed for undo and redo. Names are looked
/// up in `after`, then `before` (someone removed is only in one of them).
pub fn done(lang: Lang, verb: Verb, edits: &[Edit], before: &Event, after: &Event) -> String {
    let prefix = match (verb, lang) {
        (Verb::Done, _) => "",
        (Verb::Undone, Lang::Id) => "↶ Diurungkan: ",
        (Verb::Undone, Lang::En) => "↶ Undone: ",
        (Verb::Redone, Lang::Id) => "↷ Diulang: ",
        (Verb::Redone, Lang::En) => "↷ Redone: ",
    };
    // Undoing is described with the event as it was with the edit in it.
    let (before, after) = match verb {
        Verb::Undone => (after, before),
        _ => (before, after),
    };
    format!("{prefix}{}", describe(lang, edits, before, after))
}

fn who(id: &str, before: &Event, after: &Event) -> String {
    match after.participant(id).or_else(|| before.participant(id)) {
        Some(p) => format!("{id} {}", p.name),
        None => id.to_string(),
    }
}

fn place(lang: Lang, id: &str, event: &Event) -> String {
    match event.group_of(id) {
        Some(g) => format!(
            "{} {}",
            g.name,
            super::seat(lang, g.seat_of(id).unwrap_or(0))
        ),
        None => "—".into(),
    }
}

fn describe(lang: Lang, edits: &[Edit], before: &Event, after: &Event) -> String {
    let Some(first) = edits.first() else {
        return String::new();
    };
    match first {
        Edit::Move { participant, .. } => {
            let (w, to) = (
                who(participant, before, after),
                place(lang, participant, after),
            );
            say(
                lang,
                format!("Dipindah {w} → {to}"),
                format!("Moved {w} → {to}"),
            )
        }
        Edit::SwapSeats { a, b } => {
            let (a, b) = (who(a, before, after), who(b, before, after));
            say(
                lang,
                format!("Ditukar {a} ↔ {b}"),
                format!("Swapped {a} ↔ {b}"),
            )
        }
        Edit::Add { participant, .. } => {
            let id = &participant.id;
            let (w, to) = (who(id, before, after), place(lang, id, after));
            say(
                lang,
                format!("Ditambah {w} → {to}"),
                format!("Added {w} → {to}"),
            )
        }
        Edit::Remove { participant } => {
            let w = who(participant, before, after);
            say(lang, format!("Dihapus {w}"), format!("Removed {w}"))
        }
        Edit::Rebalance { seed } => {
            let moved = moved(before, after);
            say(
                lang,
                format!(
                    "Kelompok diseimbangkan ulang (seed {seed}): {moved} orang pindah kelompok"
                ),
                format!("Groups re-balanced (seed {seed}): {moved} people changed group"),
            )
        }
        Edit::FewestMoves => {
            let who = movers(before, after);
            let n = who.len();
            let list = who.join(", ");
            say(
                lang,
                format!(
                    "Diseimbangkan, pindah sesedikit mungkin: {n} orang pindah kelompok ({list})"
                ),
                format!(
                    "Re-balanced with fewest moves: {n} {} changed group ({list})",
                    if n == 1 { "person" } else { "people" }
                ),
            )
        }
        Edit::SetFact { .. } => {
            let facts: Vec<&str> = edits
                .iter()
                .filter_map(|e| match e {
                    Edit::SetFact { fact, .. } => Some(super::fact_label(lang, *fact)),
                    _ => None,
                })
                .collect();
            let f = facts.join(", ");
            say(
                lang,
                format!("Data acara diubah ({f})"),
                format!("Event facts changed ({f})"),
            )
        }
        Edit::SetField { participant, .. } => {
            let fields: Vec<String> = edits
                .iter()
                .filter_map(|e| match e {
                    Edit::SetField { field, .. } => Some(field_name(lang, field)),
                    _ => None,
                })
                .collect();
            let w = who(participant, before, after);
            let f = fields.join(", ");
            say(
                lang,
                format!("Diubah {w} ({f})"),
                format!("Changed {w} ({f})"),
            )
        }
    }
}

/// How many participants sit in another group in `after` than in `before`.
pub fn moved(before: &Event, after: &Event) -> usize {
    after
        .participants
        .iter()
        .filter(|p| before.group_of(&p.id).map(|g| &g.id) != after.group_of(&p.id).map(|g| &g.id))
        .count()
}

/// "P74 → G4/10" for each participant in another group in `after` than in `before`, in roster
/// order; after six, "…".
fn movers(before: &Event, after: &Event) -> Vec<String> {
    let mut out: Vec<String> = after
        .participants
        .iter()
        .filter_map(|p| {
            let to = after.group_of(&p.id)?;
            let from = before.group_of(&p.id).map(|g| &g.id);
            (from != Some(&to.id))
                .then(|| format!("{} → {}/{}", p.id, to.id, to.seat_of(&p.id).unwrap_or(0)))
        })
        .collect();
    if out.len() > 6 {
        out.truncate(6);
        out.push("…".into());
    }
    out
}

fn field_name(lang: Lang, field: &Field) -> String {
    let (id, en) = match field {
        Field::Name => ("nama", "name"),
        Field::Nip => ("NIP", "NIP"),
        Field::Position => ("jabatan", "position"),
        Field::Unit => ("unit", "unit"),
        Field::Gender => ("jenis kelamin", "gender"),
        Field::Extra(k) => return k.clone(),
    };
    say(lang, id.into(), en.into())
}

/// Why an edit was refused and what to do, in `lang`.
pub fn refused(lang: Lang, e: &EditError) -> String {
    use EditError::*;
    // The library's wording advises on lgd new's flags; in the editor a re-balance keeps the
    // event's groups, so the advice is what can be done here.
    if let Grouping(g) = e {
        return grouping(lang, g);
    }
    if let Balanced { avoidable } = e {
        return balanced(lang, *avoidable);
    }
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        UnknownParticipant(p) => format!("Peserta {p:?} tidak ada di acara; pilih dari daftar."),
        UnknownGroup(g) => {
            format!("Kelompok {g:?} tidak ada di acara; pilih salah satu kelompoknya.")
        }
        NoSuchSeat(s) => format!(
            "Kursi {s} tidak ada; pilih kursi 1 sampai {}.",
            crate::model::MAX_SEATS
        ),
        SeatTaken {
            group,
            seat,
            id,
            name,
            can_swap,
        } => format!(
            "Kursi {seat} {group} sudah ditempati {id} {name}; pilih kursi kosong{}.",
            if *can_swap {
                ", atau tukar keduanya"
            } else {
                ""
            }
        ),
        GroupFull(g) => format!(
            "Semua {} kursi {g} terisi; pindahkan seseorang keluar dulu.",
            crate::model::MAX_SEATS
        ),
        AllGroupsFull => format!(
            "Semua {} kursi di setiap kelompok terisi; hapus seseorang sebelum menambah, atau bentuk lebih banyak kelompok dengan lgd new.",
            crate::model::MAX_SEATS
        ),
        NotSeated(p) => format!("{p} belum punya kursi; pindahkan ke sebuah kelompok."),
        NoChange => "Tidak ada yang berubah.".into(),
        EmptyName => "Peserta harus punya nama; ketik nama lengkap dengan gelar.".into(),
        Nip(n) => format!("{}; perbaiki atau kosongkan NIP.", nip(n)),
        NipTaken { nip, id, name } => {
            format!("NIP {nip} sudah milik {id} {name}; satu NIP untuk satu orang.")
        }
        Gender(g) => format!(
            "Jenis kelamin {g:?} bukan L atau P; ketik L (laki-laki) atau P (perempuan), atau kosongkan."
        ),
        EmptyExtraName => "Atribut perlu nama; tulis sebagai nama: isi.".into(),
        IdTaken(id) => {
            format!("ID peserta {id:?} sudah dipakai; kosongkan ID agar diberi nomor berikutnya.")
        }
        BadId { id, source } => format!("ID peserta {id:?} tidak bisa dipakai: {source}"),
        Date(d) => format!("{d:?} bukan tanggal; tulis hari sebagai TTTT-BB-HH dipisah koma."),
        TimeZone(z) => format!(
            "Zona waktu {z:?} tidak dikenal; tulis WIB, WITA, WIT atau selisih seperti +07:00, atau kosongkan untuk WIB."
        ),
        NoGroups => "Acara belum punya kelompok; bentuk dengan lgd new --groups N.".into(),
        Grouping(g) => grouping(lang, g),
        Balanced { avoidable } => balanced(lang, *avoidable),
        Invalid(problems) => format!(
            "Perubahan ditolak karena acara menjadi tidak sah: {}",
            problems
                .first()
                .map(|p| crate::text::definition::problem(Lang::Id, p))
                .unwrap_or_default()
        ),
    }
}

/// Why a fewest-moves re-balance has nothing to do, pointing to the new arrangement when units
/// stay together.
fn balanced(lang: Lang, avoidable: usize) -> String {
    if avoidable == 0 {
        return say(
            lang,
            "Kelompok sudah seimbang (ukuran berselisih paling banyak 1, tidak ada unit berkumpul yang bisa dihindari): tidak ada yang perlu dipindah.".into(),
            "The groups are balanced already (sizes differ by at most 1, no unit shares a group avoidably): nothing to do.".into(),
        );
    }
    say(
        lang,
        format!(
            "Ukuran sudah berselisih paling banyak 1, dan tidak ada satu pemindahan atau pertukaran yang memisahkan {avoidable} unit yang berkumpul: tidak ada yang perlu dipindah. Susunan baru (Tab) bisa memisahkannya."
        ),
        format!(
            "Sizes differ by at most 1 already and no single move or swap separates the {avoidable} unit(s) sharing a group avoidably: nothing to do. A new arrangement (Tab) can separate them."
        ),
    )
}

/// Why the groups cannot be formed again, in the editor's terms.
fn grouping(lang: Lang, e: &GroupingError) -> String {
    let seats = crate::model::MAX_SEATS;
    match e {
        GroupingError::NoGroups => say(
            lang,
            "Acara belum punya kelompok; bentuk dengan lgd new.".into(),
            "The event has no groups; form them with lgd new.".into(),
        ),
        GroupingError::TooManyGroups {
            groups,
            participants,
        } => say(
            lang,
            format!(
                "{participants} peserta tidak cukup untuk {groups} kelompok: penyeimbangan mempertahankan kelompok acara, jadi tambahkan peserta dulu."
            ),
            format!(
                "{participants} participant(s) cannot fill {groups} groups: a re-balance keeps the event's groups, so add people first."
            ),
        ),
        GroupingError::TooLarge { size, .. } => say(
            lang,
            format!(
                "Kelompok akan berisi {size} orang, lebih dari {seats} kursi; hapus seseorang dulu."
            ),
            format!(
                "Groups would have {size} people, more than their {seats} seats; remove someone first."
            ),
        ),
    }
}

/// Why a NIP cannot be taken, in Bahasa Indonesia.
pub fn nip(e: &NipError) -> String {
    match e {
        NipError::Length { value, found } => {
            format!("NIP harus 18 angka, {value:?} berisi {found} karakter")
        }
        NipError::NotDigits(v) => format!("NIP hanya boleh angka: {v:?}"),
        NipError::Scientific(v) => format!(
            "NIP {v:?} telah diubah Excel menjadi bilangan (notasi ilmiah); format kolom NIP sebagai Teks lalu ketik ulang 18 angkanya"
        ),
        NipError::BirthDate(v) => {
            format!("NIP {v:?} tidak diawali tanggal lahir TTTTBBHH")
        }
    }
}
