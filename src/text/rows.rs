//! Why a row of a roster, observer list or results file cannot be used, and what an import left
//! out, in both languages.

use crate::import::GroupLabelError;
use crate::model::{IdError, Lang, LevelError, NipError};
use crate::text::pick;

/// A row without a name.
pub fn name_empty(lang: Lang) -> String {
    pick(lang, "nama kosong".into(), "name is empty".into())
}

/// A NIP that is not one.
pub fn nip(lang: Lang, e: &NipError) -> String {
    match lang {
        Lang::Id => crate::text::roster::message::nip(e),
        Lang::En => e.to_string(),
    }
}

/// A NIP a spreadsheet cut to 15 digits.
pub fn nip_truncated(lang: Lang, nip: &str) -> String {
    pick(
        lang,
        format!(
            "NIP {nip} berakhir 000: lembar kerja hanya menyimpan 15 angka dan 3 angka terakhir hilang; format kolom NIP sebagai Teks lalu ketik ulang 18 angkanya"
        ),
        format!(
            "NIP {nip} ends in 000: the spreadsheet kept only 15 digits and lost the last 3; format the NIP column as Text and type the 18 digits again"
        ),
    )
}

/// A NIP on an earlier row too.
pub fn nip_twice(lang: Lang, nip: &str, first: usize) -> String {
    pick(
        lang,
        format!("NIP {nip} juga ada di baris {first}: orang yang sama dua kali, atau salah ketik"),
        format!("NIP {nip} is also on row {first}: one person twice, or a typing error"),
    )
}

/// A gender that is neither L/P nor M/F.
pub fn gender(lang: Lang, g: &str) -> String {
    pick(
        lang,
        format!("jenis kelamin {g:?} bukan L/P (atau M/F)"),
        format!("gender {g:?} is not L/P (or M/F)"),
    )
}

/// An empty group cell where other rows have one.
pub fn group_empty(lang: Lang) -> String {
    pick(
        lang,
        "kelompok kosong, padahal baris lain berisi kelompok; isi kelompoknya".into(),
        "group is empty, though other rows have one; fill in the group".into(),
    )
}

/// A group cell that names no group.
pub fn group_label(lang: Lang, e: &GroupLabelError) -> String {
    let why = match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (GroupLabelError::TooLarge(t), Lang::Id) => {
            format!("kelompok {t:?} bernomor terlalu besar")
        }
        (GroupLabelError::Zero(t), Lang::Id) => {
            format!("kelompok {t:?}: nomor kelompok mulai dari 1")
        }
        (GroupLabelError::NoLabel(t), Lang::Id) => {
            format!("{t:?} bukan nomor atau huruf kelompok")
        }
    };
    pick(
        lang,
        format!("kelompok tidak dikenal: {why}"),
        format!("unknown group: {why}"),
    )
}

/// A group number above the number of groups.
pub fn group_beyond(lang: Lang, n: u32, max: usize) -> String {
    pick(
        lang,
        format!("kelompok {n} tidak dikenal: acara punya {max} kelompok (--groups {max})"),
        format!("unknown group {n}: the event has {max} groups (--groups {max})"),
    )
}

/// An observer's group that the event lacks.
pub fn group_not_in_event(lang: Lang, group: &str, groups: &[&str]) -> String {
    let groups = groups.join(", ");
    pick(
        lang,
        format!("kelompok {group:?} tidak dikenal: kelompok acara ini {groups}"),
        format!("unknown group {group:?}: the event's groups are {groups}"),
    )
}

/// A seat column in a roster without groups.
pub fn seat_column_ignored(lang: Lang) -> String {
    pick(
        lang,
        "kolom kursi diabaikan: kursi dibagikan saat kelompok dibentuk".into(),
        "the seat column is ignored: seats are given when groups are formed".into(),
    )
}

/// A seat cell that is not a number.
pub fn seat_not_a_number(lang: Lang, raw: &str) -> String {
    pick(
        lang,
        format!("kursi {raw:?} bukan angka"),
        format!("seat {raw:?} is not a number"),
    )
}

/// A seat off the table.
pub fn seat_out_of_range(lang: Lang, n: u32, max: u8) -> String {
    pick(
        lang,
        format!("kursi {n} di luar jangkauan: kursi 1 sampai {max}"),
        format!("seat {n} is out of range: seats are 1 to {max}"),
    )
}

/// A seat an earlier row took.
pub fn seat_taken(lang: Lang, seat: u8, group: &str, first: usize) -> String {
    pick(
        lang,
        format!("kursi {seat} di {group} sudah dipakai baris {first}"),
        format!("seat {seat} in {group} is already taken by row {first}"),
    )
}

/// A group with every seat taken.
pub fn group_full(lang: Lang, group: &str, max: u8) -> String {
    pick(
        lang,
        format!("{group} penuh: satu kelompok paling banyak {max} kursi"),
        format!("{group} is full: a group has at most {max} seats"),
    )
}

/// An id that cannot be used.
pub fn id(lang: Lang, e: &IdError) -> String {
    crate::text::errors::id(lang, e)
}

/// An id on an earlier row too.
pub fn id_twice(lang: Lang, id: &str, first: usize) -> String {
    pick(
        lang,
        format!("id {id:?} juga ada di baris {first}"),
        format!("id {id:?} is also on row {first}"),
    )
}

/// A participant on an earlier row too.
pub fn participant_twice(lang: Lang, participant: &str, first: usize) -> String {
    pick(
        lang,
        format!("peserta {participant} juga ada di baris {first}; simpan satu baris"),
        format!("participant {participant} is also on row {first}; keep one row"),
    )
}

/// A participant's competency on an earlier row too.
pub fn rating_twice(lang: Lang, participant: &str, code: &str, first: usize) -> String {
    pick(
        lang,
        format!("{code} milik {participant} juga ada di baris {first}; simpan satu baris"),
        format!("{participant}'s {code} is also on row {first}; keep one row"),
    )
}

/// A column of scores without a header.
pub fn score_unnamed(lang: Lang, column: &str) -> String {
    pick(
        lang,
        format!("{column} berisi nilai tetapi tak berjudul; beri nama nilainya"),
        format!("{column} holds scores but has no header; name the score"),
    )
}

/// Two score columns of one name.
pub fn score_named_twice(lang: Lang, column: &str, other: &str) -> String {
    pick(
        lang,
        format!("{column} bernama sama dengan {other}; beri setiap nilai namanya sendiri"),
        format!("{column} has the same name as {other}; give each score its own name"),
    )
}

/// A score cell that is not a number.
pub fn not_a_score(lang: Lang, column: &str, raw: &str) -> String {
    pick(
        lang,
        format!("{column}: {raw:?} bukan angka; kosongkan sel bila tidak ada nilai"),
        format!("{column}: {raw:?} is not a number; leave the cell empty when there is no score"),
    )
}

/// Columns of text left out of an online-results import.
pub fn text_columns_left_out(lang: Lang, columns: &str) -> String {
    pick(
        lang,
        format!("tidak diimpor, karena berisi teks, bukan nilai: {columns}"),
        format!("not imported, as they hold text rather than scores: {columns}"),
    )
}

/// Columns left out of a self-evaluation import.
pub fn no_competency_columns_left_out(lang: Lang, columns: &str) -> String {
    pick(
        lang,
        format!("tidak diimpor, karena tidak menyebut kompetensi kerangka: {columns}"),
        format!("not imported, as they name no competency of the framework: {columns}"),
    )
}

/// A level cell that cannot be taken.
pub fn level(lang: Lang, column: &str, e: &LevelError) -> String {
    format!(
        "{column}: {}",
        crate::text::definition::level_error(lang, e)
    )
}

/// A level cell that is not a level.
pub fn not_a_level(lang: Lang, column: &str, raw: &str) -> String {
    pick(
        lang,
        format!("{column}: {raw:?} bukan level (1-5)"),
        format!("{column}: {raw:?} is not a level (1-5)"),
    )
}

/// A second column for one competency.
pub fn competency_twice(lang: Lang, column: &str, code: &str, first: &str) -> String {
    pick(
        lang,
        format!("{column} adalah kompetensi {code} lagi ({first} juga); simpan salah satunya"),
        format!("{column} is competency {code} again ({first} is too); keep one of them"),
    )
}

/// A competency cell that names none of the framework's.
pub fn no_such_competency(lang: Lang, column: &str, raw: &str) -> String {
    pick(
        lang,
        format!(
            "{column}: {raw:?} bukan kompetensi kerangka (tulis kode seperti M.2 atau nama seperti Kerja Sama)"
        ),
        format!(
            "{column}: {raw:?} is no competency of the framework (give a code such as M.2 or a name such as Kerja Sama)"
        ),
    )
}

/// How a self-evaluation was laid out: a column per competency, or a row per competency.
pub fn layout(lang: Lang, wide: bool) -> String {
    let (id, en) = match wide {
        true => (
            "satu baris per peserta, satu kolom per kompetensi",
            "one row per participant, a column per competency",
        ),
        false => (
            "satu baris per peserta dan kompetensi",
            "one row per participant and competency",
        ),
    };
    pick(lang, id.into(), en.into())
}
