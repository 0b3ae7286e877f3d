//! What gathering day files says about the files it read or could not use, in both languages.

use std::path::Path;

use crate::model::Lang;
use crate::store::{Recovery, Unusable};

/// Why a file cannot be used as a day file; the sentence names the file.
pub fn unusable(lang: Lang, path: &Path, why: &Unusable) -> String {
    let file = crate::text::path(path);
    match (why, lang) {
        (Unusable::Store(e), _) => super::store_error(lang, e),
        (Unusable::Load(e), _) => super::load_error(lang, e),
        (Unusable::NotADay(what), Lang::Id) => {
            format!(
                "{file}: {}, bukan berkas harian",
                super::not_a_day(lang, *what)
            )
        }
        (Unusable::NotADay(what), Lang::En) => {
            format!("{file}: {}, not a day file", super::not_a_day(lang, *what))
        }
        (Unusable::Search { dir, error }, Lang::Id) => {
            format!("tidak bisa menelusuri {}: {error}", crate::text::path(dir))
        }
        (Unusable::Search { dir, error }, Lang::En) => {
            format!("cannot search {}: {error}", crate::text::path(dir))
        }
    }
}

/// What reading a day file found worth telling: changes taken from its journal, a backup used.
pub fn notes(lang: Lang, path: &Path, recovery: &Recovery) -> Vec<String> {
    let file = crate::text::path(path);
    let mut out = Vec::new();
    let n = recovery.replayed;
    if n > 0 {
        out.push(match lang {
            Lang::Id => {
                format!("{file}: {n} perubahan dari jurnalnya yang belum ada di berkas ikut dibaca")
            }
            Lang::En => {
                format!("{file}: included {n} change(s) from its journal not yet in the file")
            }
        });
    }
    out.extend(
        super::recovery_problems(lang, recovery)
            .into_iter()
            .map(|p| format!("{file}: {p}")),
    );
    out
}
