//! Reading the office files people actually bring: CSV in any common encoding and separator, and
//! spreadsheets (XLSX, XLS, ODS), into rows of text with the row numbers the user sees in Excel.

mod cell;
pub mod combined;
mod footer;
mod group_label;
mod header;
pub mod names;
pub mod observers;
pub mod results;
pub mod roster;
mod roster_fields;
mod sheet;
mod source;
mod table;
mod text;

pub use cell::clean_text;
pub use group_label::{GroupLabel, GroupLabelError, parse_group_label};
pub use header::{Field, HeaderMap, header_key};
pub use source::{Chosen, Source};
pub use table::{ImportError, Row, Table, read_table};
