//! The HTML report and the consolidated workbook, on consolidated files built from the demo event,
//! and through the real binary.

mod agreement;
#[path = "../common/mod.rs"]
mod common;
mod e2e;
mod fixture;
mod html;
mod own;
mod workbook;
