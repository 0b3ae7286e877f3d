//! Why a row of a results file matches no participant, in both languages.

use crate::model::Lang;
use crate::text::pick;

/// No participant has the row's id.
pub fn no_id(lang: Lang, id: &str) -> String {
    pick(
        lang,
        format!("tidak ada peserta ber-ID {id:?}"),
        format!("no participant has ID {id:?}"),
    )
}

/// No participant has the row's NIP.
pub fn no_nip(lang: Lang, nip: &str) -> String {
    pick(
        lang,
        format!("tidak ada peserta ber-NIP {nip}"),
        format!("no participant has NIP {nip}"),
    )
}

/// The row's name, as one of the identifiers that disagree.
pub fn name_label(lang: Lang, name: &str) -> String {
    pick(lang, format!("nama {name:?}"), format!("name {name:?}"))
}

/// Identifiers of one row that find different people: (identifier, whom it finds).
pub fn disagree(lang: Lang, found: &[(String, String)]) -> String {
    let (is, but, end) = match lang {
        Lang::Id => (" adalah ", " tetapi ", "; perbaiki barisnya"),
        Lang::En => (" is ", " but ", "; correct the row"),
    };
    let parts: Vec<String> = found
        .iter()
        .map(|(what, who)| format!("{what}{is}{who}"))
        .collect();
    parts.join(but) + end
}

/// A row without any identifier.
pub fn no_identifier(lang: Lang) -> String {
    pick(
        lang,
        "baris tidak berisi ID, NIP atau nama".into(),
        "the row has no ID, NIP or name".into(),
    )
}

/// Several participants fit the row.
pub fn many_fit(lang: Lang, count: usize, who: &str) -> String {
    pick(
        lang,
        format!(
            "{count} peserta cocok dengan baris ini ({who}); tambahkan kolom ID atau NIP untuk membedakannya"
        ),
        format!(
            "{count} participants fit this row ({who}); add an ID or NIP column to tell them apart"
        ),
    )
}

/// A name nobody has, with roster names that start or end the same way.
pub fn unknown_name(lang: Lang, name: &str, similar: &[String]) -> String {
    let similar = similar.join(", ");
    match (lang, similar.is_empty()) {
        (Lang::Id, true) => format!("tidak ada peserta bernama {name:?}, dengan atau tanpa gelar"),
        (Lang::Id, false) => format!(
            "tidak ada peserta bernama {name:?}, dengan atau tanpa gelar; daftar peserta berisi {similar}"
        ),
        (Lang::En, true) => {
            format!("no participant is named {name:?}, with or without titles")
        }
        (Lang::En, false) => format!(
            "no participant is named {name:?}, with or without titles; the roster has {similar}"
        ),
    }
}
