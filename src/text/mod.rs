//! Every sentence a user reads, terminal and command line alike, in Bahasa Indonesia and English side
//! by side.
//!
//! Fixed texts are tables declared with [`words!`]: an enum whose every entry carries both languages,
//! read through [`Words::get`]. Sentences built from values are functions `fn(lang, ...) -> String`
//! with one `match lang` holding both languages. A test walks every table and fails on an entry that
//! lacks a language.

pub mod agreement;
pub mod amend;
pub mod check;
pub mod cli;
pub mod commands;
pub mod definition;
pub mod errors;
pub mod launch;
pub mod output;
pub mod setup;
pub mod validate;

pub use crate::model::Lang;

/// A path as the user can read it: on Windows, a path that mixes separators (a folder typed as
/// `hasil/akhir` joined with `consolidated.json` gives `hasil/akhir\\consolidated.json`) is written
/// with backslashes only; a path typed one way throughout prints as typed.
pub fn path(p: &std::path::Path) -> String {
    let shown = p.display().to_string();
    if cfg!(windows) && shown.contains('/') && shown.contains('\\') {
        shown.replace('/', "\\")
    } else {
        shown
    }
}

pub mod guard;
pub mod import;
pub mod inert;
pub mod legend;
pub mod matching;
pub mod midpoint;
pub mod observe;
pub mod problems;
pub mod report;
pub mod roster;
pub mod rows;
pub mod score;
pub mod store;
pub mod washup;

/// Of a text given in both languages side by side, the one in `lang`.
pub fn pick<T>(lang: Lang, id: T, en: T) -> T {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A table of fixed texts, each entry both languages side by side.
pub trait Words: Copy + 'static {
    /// Both languages: (Bahasa Indonesia, English).
    fn pair(self) -> (&'static str, &'static str);

    /// Every entry of the table, so tests can check that none lacks a language.
    fn all() -> &'static [Self];

    /// The text in `lang`.
    fn get(self, lang: Lang) -> &'static str {
        let (id, en) = self.pair();
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

/// Declares a table of fixed texts: `words! { pub enum T { Saved => ("✓ tersimpan", "✓ saved"), } }`
/// gives the enum, its [`Words`] implementation and the list of every entry. Doc comments and
/// attributes on entries are kept.
#[macro_export]
macro_rules! words {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident => ($id:expr, $en:expr $(,)?)
            ),* $(,)?
        }
        $(
            // Entries that are another table's, so one type can name texts of several tables
            // (a key table's descriptions); each nested table is checked on its own.
            nested {
                $( $(#[$nmeta:meta])* $nested:ident($inner:ty) ),* $(,)?
            }
        )?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        // Each entry's two texts are its documentation.
        #[allow(missing_docs)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            $($( $(#[$nmeta])* $nested($inner), )*)?
        }

        impl $crate::text::Words for $name {
            fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $( $name::$variant => ($id, $en), )*
                    $($( $name::$nested(inner) => $crate::text::Words::pair(inner), )*)?
                }
            }

            fn all() -> &'static [Self] {
                &[$( $name::$variant, )*]
            }
        }
    };
}

/// A level as written in `lang`: whole levels bare ("3"), a half level with the reader's decimal
/// mark ("3,5" in Bahasa Indonesia, "3.5" in English). Every screen writes levels through here.
pub fn level(lang: crate::model::Lang, level: f64) -> String {
    let text = if level.fract() == 0.0 {
        format!("{level:.0}")
    } else {
        format!("{level:.1}")
    };
    match lang {
        crate::model::Lang::Id => text.replace('.', ","),
        crate::model::Lang::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    words! {
        /// A table only this test uses.
        enum Sample {
            /// With a doc comment.
            One => ("satu", "one"),
            Two => ("dua", "two"),
        }
    }

    #[test]
    fn paths_print_with_the_platform_s_separator() {
        let joined = std::path::Path::new("hasil/akhir").join("consolidated.json");
        let expected = if cfg!(windows) {
            "hasil\\akhir\\consolidated.json"
        } else {
            "hasil/akhir/consolidated.json"
        };
        assert_eq!(path(&joined), expected);
        let typed = std::path::Path::new("/data/lgd/x.journal");
        assert_eq!(
            path(typed),
            "/data/lgd/x.journal",
            "typed one way, shown as typed"
        );
    }

    #[test]
    fn a_table_gives_each_language_and_lists_every_entry() {
        assert_eq!(Sample::One.get(Lang::Id), "satu");
        assert_eq!(Sample::Two.get(Lang::En), "two");
        assert_eq!(Sample::all(), &[Sample::One, Sample::Two]);
    }

    /// Fails on an entry of `T` with an empty text in either language.
    pub(crate) fn assert_complete<T: Words + std::fmt::Debug>() {
        for w in T::all() {
            let (id, en) = w.pair();
            assert!(!id.trim().is_empty(), "{w:?} has no Bahasa Indonesia text");
            assert!(!en.trim().is_empty(), "{w:?} has no English text");
        }
    }

    #[test]
    fn every_table_has_both_languages() {
        assert_complete::<Sample>();
        assert_complete::<cli::CliWords>();
        assert_complete::<commands::CommandWords>();
        assert_complete::<check::CheckWords>();
        assert_complete::<agreement::AgreementNote>();
        assert_complete::<observe::T>();
        assert_complete::<roster::L>();
        assert_complete::<score::S>();
        assert_complete::<guard::G>();
        assert_complete::<amend::A>();
        assert_complete::<washup::W>();
        assert_complete::<midpoint::Mid>();
        assert_complete::<legend::Legend>();
        assert_complete::<super::report::ReportWords>();
        // Each table added to this module is listed here.
    }
}
