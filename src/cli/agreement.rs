//! `lgd agreement FILE`: inter-rater agreement of a tidy long table (unit, rater, value).

use std::path::PathBuf;
use std::process::ExitCode;

use super::output::{StdoutError, out, outln};
use crate::reliability::{AgreementError, AgreementOptions, AgreementReport, agreement_from_file};

/// Arguments of `lgd agreement`.
#[derive(Debug, clap::Args)]
pub struct AgreementArgs {
    /// A long table with one rating per row: CSV (`,` `;` or tab; any common encoding), XLSX, XLS or ODS.
    pub file: PathBuf,
    /// Column naming the rated unit (participant, or participant x competency).
    #[arg(long, default_value = "unit")]
    pub unit: String,
    /// Column naming the rater.
    #[arg(long, default_value = "rater")]
    pub rater: String,
    /// Column holding the rating.
    #[arg(long, default_value = "value")]
    pub value: String,
    /// Sheet to read from a workbook (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Print a JSON object with every statistic at full precision.
    #[arg(long)]
    pub json: bool,
    /// Language of the printed table: id or en (default from LANG).
    #[arg(long)]
    pub lang: Option<String>,
}

/// Runs `lgd agreement`.
pub fn run(args: &AgreementArgs) -> Result<ExitCode, StdoutError> {
    match report(args) {
        Ok(report) => {
            if args.json {
                match serde_json::to_string_pretty(&report) {
                    Ok(s) => outln!("{s}")?,
                    Err(e) => {
                        eprintln!("lgd agreement: {e}");
                        return Ok(ExitCode::FAILURE);
                    }
                }
            } else {
                out!("{}", report.to_table_string(&lang(args)))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("lgd agreement: {}: {e}", args.file.display());
            Ok(ExitCode::FAILURE)
        }
    }
}

fn lang(args: &AgreementArgs) -> String {
    args.lang.clone().unwrap_or_else(|| {
        let locale = std::env::var("LC_ALL")
            .ok()
            .filter(|s| !s.is_empty())
            .or_else(|| std::env::var("LANG").ok())
            .unwrap_or_default();
        match crate::model::Lang::from_locale(&locale) {
            crate::model::Lang::Id => "id".into(),
            crate::model::Lang::En => "en".into(),
        }
    })
}

/// Reads the file with the office-file reader (encodings, workbooks) and builds the ratings
/// table straight from its rows.
fn report(args: &AgreementArgs) -> Result<AgreementReport, AgreementError> {
    let options = AgreementOptions {
        unit_column: args.unit.clone(),
        rater_column: args.rater.clone(),
        value_column: args.value.clone(),
    };
    agreement_from_file(&args.file, args.sheet.as_deref(), &options)
}
