//! What the store says about its own guarantees: files deleted under a running app and written
//! again from memory, links refused. Disk failures themselves are worded beside it (`text::store`).

use std::path::Path;

use crate::model::Lang;
use crate::store::Recreated;

/// Files were deleted while lgd ran and were written again from memory at once.
pub fn recreated(lang: Lang, r: &Recreated) -> String {
    let files = r
        .missing
        .iter()
        .map(|p| crate::text::path(p).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::Id => format!(
            "Berkas dihapus saat lgd berjalan; semuanya ditulis ulang dari memori (sampai perubahan {}) dan tersimpan lagi. Jangan hapus berkas di folder data selagi lgd terbuka. ({files})",
            r.seq
        ),
        Lang::En => format!(
            "Files were deleted while lgd ran; everything was written again from memory (up to change {}) and is saved again. Do not delete files in the data folder while lgd is open. ({files})",
            r.seq
        ),
    }
}

/// A lock, journal or day file is a symlink, which lgd never writes through.
pub fn symlink_refused(lang: Lang, path: &Path) -> String {
    let path = crate::text::path(path);
    match lang {
        Lang::Id => format!(
            "{path} adalah tautan simbolik; lgd tidak menulis melalui tautan. Hapus tautan itu (berkas tujuannya tidak disentuh), atau arahkan --dir ke folder yang sebenarnya."
        ),
        Lang::En => format!(
            "{path} is a symbolic link; lgd does not write through links. Remove the link (its target was not touched), or point --dir at the real folder."
        ),
    }
}

/// A day file with keys this lgd does not read inside its lists: it is not opened for writing.
pub fn unknown_fields(lang: Lang, path: &Path, fields: &[String]) -> String {
    let path = crate::text::path(path);
    let shown: Vec<&str> = fields.iter().take(5).map(String::as_str).collect();
    let more = fields.len().saturating_sub(shown.len());
    let list = match (more, lang) {
        (0, _) => shown.join(", "),
        (n, Lang::Id) => format!("{}, dan {n} lagi", shown.join(", ")),
        (n, Lang::En) => format!("{}, and {n} more", shown.join(", ")),
    };
    match lang {
        Lang::Id => format!(
            "{path} berisi isian yang tidak dikenal lgd versi ini ({list}). Menulis ke berkas itu akan menghapusnya, jadi lgd membiarkannya apa adanya: buka dengan versi lgd yang menulisnya."
        ),
        Lang::En => format!(
            "{path} holds fields this version of lgd does not know ({list}). Writing to it would drop them, so lgd leaves it as it is: open it with the lgd version that wrote it."
        ),
    }
}

/// A file deleted under the app could not be written again; nothing is claimed saved.
pub fn lost(lang: Lang, path: &Path, why: &str) -> String {
    let path = crate::text::path(path);
    match lang {
        Lang::Id => format!(
            "{path} dihapus saat lgd berjalan dan belum bisa ditulis ulang; semua perubahan masih di memori dan lgd terus mencoba. Jangan tutup lgd. ({why})"
        ),
        Lang::En => format!(
            "{path} was deleted while lgd ran and cannot be written again yet; every change is still in memory and lgd keeps trying. Do not close lgd. ({why})"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_sentence_names_the_file_in_both_languages() {
        let r = Recreated {
            missing: vec!["/d/ev/2026-12-03_A01.journal".into()],
            seq: 15,
        };
        for lang in [Lang::Id, Lang::En] {
            let s = recreated(lang, &r);
            assert!(
                s.contains("2026-12-03_A01.journal") && s.contains("15"),
                "{s}"
            );
            assert!(symlink_refused(lang, Path::new("/d/x.lock")).contains("/d/x.lock"));
            assert!(lost(lang, Path::new("/d/x.json"), "gone").contains("/d/x.json"));
        }
        assert_ne!(recreated(Lang::Id, &r), recreated(Lang::En, &r));
    }
}
