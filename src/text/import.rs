//! Sentences of the office-file imports (self-evaluation, online scores, rosters, observer lists):
//! what was matched, left out or is missing, in both languages.

use super::Lang;

/// A row's name fits several participants once titles are left out.
pub fn titles_ambiguous(lang: Lang, name: &str, who: &str) -> String {
    match lang {
        Lang::Id => format!(
            "nama {name:?} tanpa gelar cocok dengan beberapa peserta ({who}); tulis nama lengkap dengan gelar seperti di daftar peserta, atau tambahkan kolom NIP"
        ),
        Lang::En => format!(
            "the name {name:?} without titles fits several participants ({who}); write the full name with titles as in the roster, or add a NIP column"
        ),
    }
}

/// A row whose NIP names a participant but whose name names nobody.
pub fn nip_name_nobody(lang: Lang, nip: &str, who: &str, name: &str) -> String {
    match lang {
        Lang::Id => format!(
            "NIP {nip} milik {who}, tetapi nama {name:?} tidak ada di daftar peserta; perbaiki baris ini, atau pakai --nip-wins bila NIP-nya yang benar"
        ),
        Lang::En => format!(
            "NIP {nip} is {who}, but no participant is named {name:?}; correct the row, or pass --nip-wins if the NIP is right"
        ),
    }
}

/// A row whose NIP and name name different participants.
pub fn nip_name_other(lang: Lang, nip: &str, who: &str, name: &str, other: &str) -> String {
    match lang {
        Lang::Id => format!(
            "NIP {nip} milik {who}, tetapi nama {name:?} milik {other}; perbaiki baris ini, atau pakai --nip-wins bila NIP-nya yang benar"
        ),
        Lang::En => format!(
            "NIP {nip} is {who}, but the name {name:?} is {other}; correct the row, or pass --nip-wins if the NIP is right"
        ),
    }
}

/// An earlier form submission left out for a later one of the same participant.
pub fn earlier_submission(lang: Lang, row: usize, who: &str, at: &str, later: usize) -> String {
    match lang {
        Lang::Id => format!(
            "baris {row} ({who}, dikirim {at}) tidak diimpor: ada kiriman yang lebih baru di baris {later}"
        ),
        Lang::En => format!(
            "row {row} ({who}, submitted {at}) left out: a later submission is on row {later}"
        ),
    }
}

/// A submission time that cannot be read.
pub fn unreadable_timestamp(lang: Lang, column: &str, raw: &str) -> String {
    match lang {
        Lang::Id => format!(
            "{column}: {raw:?} bukan waktu yang terbaca (contoh: 03/12/2026 14:05:33); kiriman ganda tidak bisa diurutkan"
        ),
        Lang::En => format!(
            "{column}: {raw:?} is not a time that can be read (e.g. 03/12/2026 14:05:33); repeated submissions cannot be ordered"
        ),
    }
}

/// Participants who have no self-evaluation after the import.
pub fn without_self_eval(lang: Lang, count: usize, who: &str) -> String {
    match lang {
        Lang::Id => format!("{count} peserta belum punya penilaian diri: {who}"),
        Lang::En => format!("{count} participant(s) have no self-evaluation: {who}"),
    }
}

/// Columns of an online-assessment file left out because they rank, number or total.
pub fn derived_columns_left_out(lang: Lang, columns: &str) -> String {
    match lang {
        Lang::Id => format!(
            "tidak diimpor karena berisi peringkat, nomor urut atau jumlah/rata-rata, bukan skor: {columns}; pilih kolom sendiri dengan --columns"
        ),
        Lang::En => format!(
            "not imported, as they hold a rank, a running number or a total/average rather than a score: {columns}; choose the columns with --columns"
        ),
    }
}

/// A column asked for with `--columns` that the file does not have.
pub fn no_such_column(lang: Lang, wanted: &str, found: &str) -> String {
    match lang {
        Lang::Id => format!("tidak ada kolom {wanted:?}; kolom yang ada: {found}"),
        Lang::En => format!("no column {wanted:?}; the columns are: {found}"),
    }
}

/// An observer a coverage plan gives no one to rate, and why.
pub fn left_out_observer(
    lang: Lang,
    id: &str,
    name: &str,
    reason: &crate::setup::LeftOutReason,
) -> String {
    use crate::setup::LeftOutReason as R;
    let why = match (reason, lang) {
        (R::LeadWithoutGroup, Lang::Id) => "ketua tim tanpa kelompok: mengoordinasi dan memimpin wash-up, tidak menilai; isi kolom Kelompok bila ia juga menilai".to_string(),
        (R::LeadWithoutGroup, Lang::En) => "team lead with no group: coordinates and runs the wash-up, rates no one; fill in the Kelompok column if they also rate".to_string(),
        (R::UnknownGroup(g), Lang::Id) => format!("kelompok {g:?} tidak ada di acara ini"),
        (R::UnknownGroup(g), Lang::En) => format!("group {g:?} is not in the event"),
        (R::EmptyGroup(g), Lang::Id) => format!("kelompok {g:?} tidak punya peserta"),
        (R::EmptyGroup(g), Lang::En) => format!("group {g:?} has no participants"),
        (R::NoCoverage, Lang::Id) => "file acara tidak memberinya peserta untuk dinilai".to_string(),
        (R::NoCoverage, Lang::En) => "the event file gives them no one to rate".to_string(),
    };
    match lang {
        Lang::Id => format!("tidak menilai siapa pun: {id} {name} ({why})"),
        Lang::En => format!("rates no one: {id} {name} ({why})"),
    }
}

/// Observers the coverage plan seated beside a group that is short.
pub fn short_group_observers(lang: Lang, group: &str, who: &str) -> String {
    match lang {
        Lang::Id => format!("{group}: asesor di kelompok ini: {who}"),
        Lang::En => format!("{group}: observers beside this group: {who}"),
    }
}

/// A combined name-and-NIP column was split.
pub fn combined_split(lang: Lang, column: &str) -> String {
    match lang {
        Lang::Id => format!("{column} berisi nama dan NIP sekaligus: dipisah menjadi nama dan NIP"),
        Lang::En => format!("{column} holds both name and NIP: split into a name and a NIP"),
    }
}

/// Rows under the table (a signature block, a footnote) left out.
pub fn footer_left_out(lang: Lang, first: usize, last: usize) -> String {
    match lang {
        Lang::Id => format!(
            "baris {first}-{last} di bawah tabel (blok tanda tangan atau catatan) bukan peserta dan tidak dibaca; tabel berakhir di baris data terakhir"
        ),
        Lang::En => format!(
            "rows {first}-{last} under the table (a signature block or footnote) are not participants and were left out; the table ends at its last data row"
        ),
    }
}

/// The roster has no NIP column, and what that costs.
pub fn no_nip_column(lang: Lang) -> String {
    match lang {
        Lang::Id => "tidak ada kolom NIP: penilaian diri dan hasil asesmen online hanya bisa dicocokkan lewat nama, dan NIP tidak tercantum di hasil; tambahkan kolom NIP bila ada".into(),
        Lang::En => "no NIP column: self-evaluations and online results can be matched by name only, and results carry no NIP; add a NIP column if you have one".into(),
    }
}

/// The roster has no gender column, and what that costs.
pub fn no_gender_column(lang: Lang) -> String {
    match lang {
        Lang::Id => "tidak ada kolom jenis kelamin (L/P): kelompok tidak bisa diseimbangkan menurut jenis kelamin; tambahkan kolom Jenis Kelamin bila perlu".into(),
        Lang::En => "no gender column (L/P): groups cannot be balanced by gender; add a Jenis Kelamin column if that matters".into(),
    }
}

/// A role cell of an observer list that names no role lgd knows.
pub fn unknown_role(lang: Lang, raw: &str) -> String {
    match lang {
        Lang::Id => format!(
            "peran {raw:?} tidak dikenal: tulis Asesor/Anggota (menilai), Pendamping/Reliabilitas (penilai kedua) atau Ketua Tim/Lead"
        ),
        Lang::En => format!(
            "role {raw:?} is not one lgd knows: write Asesor/Anggota (rates), Pendamping/Reliabilitas (second rater) or Ketua Tim/Lead"
        ),
    }
}

/// How a table was read: "text, UTF-8, ';'-separated", "sheet \"Peserta\"".
pub fn source(lang: Lang, s: &crate::import::Source) -> String {
    use crate::import::{Chosen, Source};
    let id = lang == Lang::Id;
    match s {
        Source::Text {
            encoding,
            separator,
            lossy,
        } => {
            let sep = match *separator {
                b'\t' => "tab".to_string(),
                s => format!("'{}'", s as char),
            };
            let mut out = match id {
                true => format!("teks, {encoding}, dipisah {sep}"),
                false => format!("text, {encoding}, {sep}-separated"),
            };
            if *lossy {
                out.push_str(match id {
                    true => "; sebagian bita tidak bisa dibaca dan tampil sebagai \u{FFFD}",
                    false => "; some bytes could not be decoded and show as \u{FFFD}",
                });
            }
            out
        }
        Source::Sheet { name, chosen } => {
            let sheet = match id {
                true => format!("lembar {name:?}"),
                false => format!("sheet {name:?}"),
            };
            match (chosen, id) {
                (Chosen::Plainly, _) => sheet,
                (Chosen::FirstLacksHeader(first), true) => {
                    format!("{sheet}; lembar pertama, {first:?}, tidak berjudul kolom Nama/NIP")
                }
                (Chosen::FirstLacksHeader(first), false) => {
                    format!("{sheet}; the first sheet, {first:?}, has no Nama/NIP header")
                }
                (Chosen::NoneHasHeader(all), true) => format!(
                    "{sheet}; tidak ada lembar berjudul kolom Nama/NIP, lembar yang ada: {}",
                    all.join(", ")
                ),
                (Chosen::NoneHasHeader(all), false) => format!(
                    "{sheet}; no sheet has a Nama/NIP header, the sheets are: {}",
                    all.join(", ")
                ),
            }
        }
        Source::Named(name) => name.clone(),
    }
}

/// The header cells a table has and how it was read, for a roster without a name column.
pub fn found_headers(lang: Lang, headers: &[String], how: &crate::import::Source) -> String {
    let how = source(lang, how);
    let headers = headers.join(", ");
    match lang {
        Lang::Id => format!("{headers} (dibaca sebagai {how})"),
        Lang::En => format!("{headers} (read from {how})"),
    }
}
