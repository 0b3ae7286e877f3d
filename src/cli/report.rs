//! `lgd report CONSOLIDATED_FILE --out DIR [--lang id|en]`: the HTML report for the city government.

use std::path::PathBuf;
use std::process::ExitCode;

use super::launch::{locale_lang, parse_lang};
use crate::consolidate::read_consolidated;
use crate::model::Lang;
use crate::report::write_report;

/// Arguments of `lgd report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The consolidated.json that `lgd consolidate` wrote.
    pub file: PathBuf,
    /// Folder to write report.html into; created when missing.
    #[arg(long)]
    pub out: PathBuf,
    /// Language of the report: id or en (default from LANG).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Runs `lgd report`.
pub fn run(args: &ReportArgs) -> ExitCode {
    match report(args) {
        Ok(message) => {
            eprintln!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("lgd report: {message}");
            ExitCode::FAILURE
        }
    }
}

fn report(args: &ReportArgs) -> Result<String, String> {
    if args.out.is_file() {
        return Err(format!(
            "{} is a file; --out names the folder the report is written into",
            args.out.display()
        ));
    }
    let consolidated = read_consolidated(&args.file).map_err(|e| e.to_string())?;
    let path = write_report(
        &consolidated,
        args.lang.unwrap_or_else(locale_lang),
        &args.out,
    )
    .map_err(|e| e.to_string())?;
    Ok(format!(
        "wrote the report on {} participant(s) in {} group(s) to {}",
        consolidated.participants.len(),
        consolidated.groups.len(),
        path.display()
    ))
}
