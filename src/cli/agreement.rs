//! `lgd agreement FILE`: inter-rater agreement of a tidy long table (unit, rater, value).

use std::path::PathBuf;
use std::process::ExitCode;

use super::output::{StdoutError, out, outln};
use crate::import::{ImportError, read_table};
use crate::reliability::{AgreementOptions, AgreementReport, agreement_from_csv};

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

#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Agreement(#[from] crate::reliability::AgreementError),
    #[error("{0}")]
    Csv(#[from] csv::Error),
}

/// Reads the file with the office-file reader (encodings, workbooks), then hands the cells to the
/// statistics as tab-separated text so their row-numbered errors still point at the user's rows.
fn report(args: &AgreementArgs) -> Result<AgreementReport, Failure> {
    let table = read_table(&args.file, args.sheet.as_deref())?;
    let mut out = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .from_writer(Vec::new());
    out.write_record(&table.headers)?;
    for row in &table.rows {
        out.write_record(&row.cells)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let options = AgreementOptions {
        unit_column: args.unit.clone(),
        rater_column: args.rater.clone(),
        value_column: args.value.clone(),
        delimiter: Some(b'\t'),
    };
    Ok(agreement_from_csv(bytes.as_slice(), &options)?)
}
