//! `lgd report CONSOLIDATED_FILE --out DIR [--lang id|en]`: the HTML report for the city government.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::Lang;
use crate::report::{read_consolidated, write_report};

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

/// Parses `--lang`.
pub(super) fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}; use id or en"))
}

/// The language asked for, else the one LC_ALL or LANG names.
pub(super) fn lang_or_locale(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| {
        let locale = std::env::var("LC_ALL")
            .ok()
            .filter(|s| !s.is_empty())
            .or_else(|| std::env::var("LANG").ok())
            .unwrap_or_default();
        Lang::from_locale(&locale)
    })
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
    let path = write_report(&consolidated, lang_or_locale(args.lang), &args.out)
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "wrote the report on {} participant(s) in {} group(s) to {}",
        consolidated.participants.len(),
        consolidated.groups.len(),
        path.display()
    ))
}
