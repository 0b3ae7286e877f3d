//! `lgd report CONSOLIDATED_FILE --out DIR [--lang id|en]`: the HTML report for the city government.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Ctx;
use super::error::CliError;
use super::output::errln;
use crate::consolidate::read_consolidated;
use crate::output::{Kind, guard};
use crate::report::write_report;
use crate::text::commands as say;

/// Arguments of `lgd report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The consolidated.json that `lgd consolidate` wrote.
    pub file: PathBuf,
    /// Folder to write report.html into; created when missing.
    #[arg(long)]
    pub out: PathBuf,
    /// Write into a folder that holds other files (lgd's own records are never written over).
    #[arg(long)]
    pub force: bool,
}

/// Runs `lgd report`; the report is in the language of the messages.
pub fn run(args: &ReportArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    guard(&args.out, Kind::ReportFolder, args.force)?;
    let consolidated = read_consolidated(&args.file)?;
    let path = write_report(&consolidated, ctx.lang, &args.out)?;
    errln!(
        "{}",
        say::report_written(
            ctx.lang,
            consolidated.participants.len(),
            consolidated.groups.len(),
            &path
        )
    );
    Ok(ExitCode::SUCCESS)
}
