//! How a table was read, kept as data so each command can say it in the user's language.

use std::fmt;

/// How a table was read: the text file's encoding and separator, or the sheet taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A text file.
    Text {
        /// The encoding it was decoded with.
        encoding: &'static str,
        /// The separator found or given.
        separator: u8,
        /// Whether some bytes could not be decoded.
        lossy: bool,
    },
    /// A sheet of a workbook.
    Sheet {
        /// The sheet read.
        name: String,
        /// Why it is not the first sheet, or why the first was taken anyway.
        chosen: Chosen,
    },
    /// Rows handed over by a program, named by it.
    Named(String),
}

/// How the sheet of a workbook was chosen when none was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// The one asked for, or the first, which names people.
    Plainly,
    /// Not the first sheet: that one, named here, has no Nama/NIP header.
    FirstLacksHeader(String),
    /// The first sheet, though no sheet has a Nama/NIP header; all the sheets' names.
    NoneHasHeader(Vec<String>),
}

impl From<&str> for Source {
    fn from(name: &str) -> Source {
        Source::Named(name.to_string())
    }
}

/// The English description, as `crate::text::import::source` words it.
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::import::source(crate::model::Lang::En, self))
    }
}
