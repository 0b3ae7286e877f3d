//! `lgd export events DAYFILE... --format tidy|boris --out PATH`: day files for R, pandas and BORIS;
//! `lgd export xlsx|csv CONSOLIDATED_FILE --out PATH`: the consolidated workbook.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::output::{self, errln};
use crate::consolidate::read_consolidated;
use crate::export::{
    Dialect, boris_project, create_parent, tidy_sheet, workbook, write_csv, write_csv_folder,
    write_xlsx,
};
use crate::model::{DayRecord, Lang};
use crate::output::{Kind, guard};
use crate::store::{Unusable, gather};
use crate::text::commands as say;
use crate::text::store::days;

/// Arguments of `lgd export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// What to export.
    #[command(subcommand)]
    pub what: ExportCommand,
}

/// The kinds of export.
#[derive(Debug, clap::Subcommand)]
pub enum ExportCommand {
    /// Coded acts and speaking turns of day files: a tidy log (CSV, or XLSX when PATH ends in
    /// .xlsx) or a BORIS project.
    Events(EventsArgs),
    /// A consolidated file as one XLSX workbook: Participants, Ratings, Final, Agreement, Acts,
    /// Airtime, Interactions.
    Xlsx(WorkbookArgs),
    /// A consolidated file as a folder of CSV files, one per sheet of the workbook.
    Csv(WorkbookArgs),
}

/// Arguments of `lgd export xlsx` and `lgd export csv`.
#[derive(Debug, clap::Args)]
pub struct WorkbookArgs {
    /// The consolidated.json that `lgd consolidate` wrote.
    pub file: PathBuf,
    /// The workbook to write (xlsx), or the folder for the CSV files (csv); labels (categories,
    /// code names, bands) are in the language of the messages.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace what is at --out even when it is not an earlier export (lgd's own records never).
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `lgd export events`.
#[derive(Debug, clap::Args)]
pub struct EventsArgs {
    /// Day files, or folders searched recursively for them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// `tidy`: one row per act and per turn; `boris`: a BORIS project file (format 7.0).
    #[arg(long, value_enum, default_value_t = Format::Tidy)]
    pub format: Format,
    /// Where to write; `-` writes to standard output. Code labels are English unless `--lang id`
    /// is given: the log is read by R, pandas and BORIS, not by the locale.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace what is at --out even when it is not an earlier export (lgd's own records never).
    #[arg(long)]
    pub force: bool,
}

/// Output formats of `lgd export events`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Long-format event log.
    Tidy,
    /// BORIS project JSON.
    Boris,
}

/// Runs `lgd export`.
pub fn run(args: &ExportArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let summary = match &args.what {
        ExportCommand::Events(a) => events(a, ctx)?,
        ExportCommand::Xlsx(a) => consolidated_workbook(a, true, ctx.lang)?,
        ExportCommand::Csv(a) => consolidated_workbook(a, false, ctx.lang)?,
    };
    errln!("{summary}");
    Ok(ExitCode::SUCCESS)
}

fn consolidated_workbook(args: &WorkbookArgs, xlsx: bool, lang: Lang) -> Result<String, CliError> {
    let consolidated = read_consolidated(&args.file)?;
    let sheets = workbook(&consolidated, lang);
    let rows: usize = sheets.iter().map(|s| s.rows.len()).sum();
    if xlsx {
        guard(&args.out, Kind::Workbook, args.force)?;
        write_xlsx(&sheets, &args.out)?;
    } else {
        guard(&args.out, Kind::CsvFolder, args.force)?;
        write_csv_folder(&sheets, &args.out, Dialect::Spreadsheet)?;
    }
    Ok(say::workbook_written(
        lang,
        sheets.len(),
        rows,
        consolidated.participants.len(),
        &args.out,
    ))
}

fn events(args: &EventsArgs, ctx: Ctx) -> Result<String, CliError> {
    let lang = ctx.lang;
    let labels = ctx.asked.unwrap_or(Lang::En);
    let found = gather(&args.paths);
    for (path, what) in &found.skipped {
        errln!("{}", say::skipped(lang, path, *what));
    }
    for note in &found.notes {
        errln!("{}", note.get(lang));
    }
    if !found.failed.is_empty() {
        let unusable = |(p, why): &(PathBuf, Unusable)| days::unusable(lang, p, why);
        let lines = found.failed.iter().map(unusable).collect();
        return Err(Refusal::UnusableDays(lines).into());
    }
    if found.days.is_empty() {
        return Err(Refusal::NoDayFiles.into());
    }
    let to_stdout = args.out.as_os_str() == "-";
    if !to_stdout {
        let kind = match args.format {
            Format::Tidy if has_extension(&args.out, "xlsx") => Kind::Workbook,
            Format::Tidy => Kind::TidyCsv,
            Format::Boris => Kind::Boris,
        };
        guard(&args.out, kind, args.force)?;
    }
    let days: Vec<DayRecord> = found.days.into_iter().map(|d| d.day).collect();
    match args.format {
        Format::Tidy => {
            let sheet = tidy_sheet(&days, labels);
            let rows = sheet.rows.len();
            if !to_stdout && has_extension(&args.out, "xlsx") {
                write_xlsx(std::slice::from_ref(&sheet), &args.out)?;
            } else {
                write_with(&args.out, to_stdout, |w| Ok(write_csv(&sheet, w)?))?;
            }
            Ok(say::log_written(lang, rows, days.len(), &args.out))
        }
        Format::Boris => {
            let project = boris_project(&days, labels);
            write_with(&args.out, to_stdout, |w| {
                serde_json::to_writer_pretty(&mut *w, &project)
                    .map_err(|e| Refusal::Json(e.to_string()))?;
                writeln!(w).map_err(|source| CliError::Io {
                    path: args.out.clone(),
                    source,
                })
            })?;
            Ok(say::boris_written(
                lang,
                [
                    project.observations(),
                    project.subjects(),
                    project.behaviors(),
                    project.events(),
                ],
                &args.out,
            ))
        }
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Writes to the file, or to standard output in one piece so that a reader leaving early (`| head`)
/// is told apart from a failure of the export itself.
fn write_with(
    path: &Path,
    to_stdout: bool,
    write: impl FnOnce(&mut dyn Write) -> Result<(), CliError>,
) -> Result<(), CliError> {
    if to_stdout {
        let mut buf = Vec::new();
        write(&mut buf)?;
        return Ok(output::bytes(&buf)?);
    }
    let io = |source| CliError::Io {
        path: path.to_path_buf(),
        source,
    };
    create_parent(path)?;
    let file = crate::store::create_private_file(path).map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    write(&mut w)?;
    w.flush().map_err(io)?;
    Ok(())
}
