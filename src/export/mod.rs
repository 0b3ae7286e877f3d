//! Files for other tools: spreadsheet-safe CSV and XLSX, the tidy event log, a BORIS project and
//! the consolidated workbook.

pub mod boris;
pub mod cell;
pub mod delimited;
pub mod tidy;
pub mod workbook;

pub use boris::{Project, boris_project};
pub use cell::{Cell, Sheet, WriteError, create_parent, neutralise, write_xlsx};
pub use delimited::{Dialect, write_csv, write_csv_folder, write_spreadsheet_csv};
pub use tidy::{TIDY_COLUMNS, tidy_sheet};
pub use workbook::{WORKBOOK_SHEETS, workbook};
