//! `lgd agreement FILE`: inter-rater agreement of a tidy long table (unit, rater, value).

use std::path::PathBuf;
use std::process::ExitCode;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::output::{out, outln};
use crate::model::Lang;
use crate::reliability::{AgreementOptions, AgreementReport, agreement_from_file};

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
}

/// Runs `lgd agreement`.
pub fn run(args: &AgreementArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let report = report(args)?;
    if args.json {
        let json =
            serde_json::to_string_pretty(&report).map_err(|e| Refusal::Json(e.to_string()))?;
        outln!("{json}")?;
    } else {
        let code = match ctx.lang {
            Lang::Id => "id",
            Lang::En => "en",
        };
        out!("{}", report.to_table_string(code))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the file with the office-file reader (encodings, workbooks) and builds the ratings
/// table straight from its rows.
fn report(args: &AgreementArgs) -> Result<AgreementReport, CliError> {
    let options = AgreementOptions {
        unit_column: args.unit.clone(),
        rater_column: args.rater.clone(),
        value_column: args.value.clone(),
    };
    Ok(agreement_from_file(
        &args.file,
        args.sheet.as_deref(),
        &options,
    )?)
}
