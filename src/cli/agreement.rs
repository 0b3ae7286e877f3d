//! `lgd agreement FILE`: inter-rater agreement of a tidy long table (unit, rater, value).

use std::path::PathBuf;
use std::process::ExitCode;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::output::{out, outln};
use crate::import::read_table;
use crate::model::Lang;
use crate::reliability::{AgreementError, AgreementOptions, AgreementReport, agreement_from_csv};

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

/// Reads the file with the office-file reader (encodings, workbooks), then hands the cells to the
/// statistics as tab-separated text so their row-numbered errors still point at the user's rows.
fn report(args: &AgreementArgs) -> Result<AgreementReport, CliError> {
    let table = read_table(&args.file, args.sheet.as_deref())?;
    let mut out = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .from_writer(Vec::new());
    let csv = |e: csv::Error| AgreementError::Csv(e);
    out.write_record(&table.headers).map_err(csv)?;
    for row in &table.rows {
        out.write_record(&row.cells).map_err(csv)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| csv(csv::Error::from(e.into_error())))?;
    let options = AgreementOptions {
        unit_column: args.unit.clone(),
        rater_column: args.rater.clone(),
        value_column: args.value.clone(),
        delimiter: Some(b'\t'),
    };
    Ok(agreement_from_csv(bytes.as_slice(), &options)?)
}
