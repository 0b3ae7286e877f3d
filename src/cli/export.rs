//! `lgd export events DAYFILE... --format tidy|boris --out PATH`: day files for R, pandas and BORIS;
//! `lgd export xlsx|csv CONSOLIDATED_FILE --out PATH`: the consolidated workbook.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::launch::{locale_lang, parse_lang};
use super::output::{self, StdoutError, Stop};
use crate::consolidate::read_consolidated;
use crate::export::{
    Dialect, boris_project, create_parent, gather, tidy_sheet, workbook, write_csv,
    write_csv_folder, write_xlsx,
};
use crate::load::{Document, read_document};
use crate::model::{DayRecord, Lang};

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
    /// The workbook to write (xlsx), or the folder for the CSV files (csv).
    #[arg(long)]
    pub out: PathBuf,
    /// Language of labels (categories, code names, bands): id or en (default from LANG).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
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
    /// Where to write; `-` writes to standard output.
    #[arg(long)]
    pub out: PathBuf,
    /// Language of code labels: id or en.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
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
pub fn run(args: &ExportArgs) -> Result<ExitCode, StdoutError> {
    let done = match &args.what {
        ExportCommand::Events(a) => events(a),
        ExportCommand::Xlsx(a) => consolidated_workbook(a, true).map_err(Stop::Failed),
        ExportCommand::Csv(a) => consolidated_workbook(a, false).map_err(Stop::Failed),
    };
    match done {
        Ok(summary) => {
            eprintln!("{summary}");
            Ok(ExitCode::SUCCESS)
        }
        Err(Stop::Stdout(e)) => Err(e),
        Err(Stop::Failed(message)) => {
            eprintln!("lgd export: {message}");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn consolidated_workbook(args: &WorkbookArgs, xlsx: bool) -> Result<String, String> {
    let consolidated = read_consolidated(&args.file).map_err(|e| e.to_string())?;
    let sheets = workbook(&consolidated, args.lang.unwrap_or_else(locale_lang));
    let rows: usize = sheets.iter().map(|s| s.rows.len()).sum();
    if xlsx {
        guard_output(&args.out, std::iter::once(args.file.as_path()))?;
        write_xlsx(&sheets, &args.out).map_err(|e| e.to_string())?;
    } else {
        if args.out.is_file() {
            return Err(format!(
                "{} is a file; --out names the folder the CSV files are written into",
                args.out.display()
            ));
        }
        write_csv_folder(&sheets, &args.out, Dialect::Spreadsheet).map_err(|e| e.to_string())?;
    }
    Ok(format!(
        "wrote {} sheets ({rows} rows) for {} participant(s) to {}",
        sheets.len(),
        consolidated.participants.len(),
        args.out.display()
    ))
}

fn events(args: &EventsArgs) -> Result<String, Stop> {
    let found = gather(&args.paths);
    for (path, what) in &found.skipped {
        eprintln!("skipped {}: {what}", path.display());
    }
    for note in &found.notes {
        eprintln!("{note}");
    }
    if !found.failed.is_empty() {
        let lines: Vec<&str> = found.failed.iter().map(|(_, m)| m.as_str()).collect();
        return Err(format!(
            "nothing written; these files could not be used:\n  {}",
            lines.join("\n  ")
        )
        .into());
    }
    if found.days.is_empty() {
        return Err(Stop::Failed(
            "no day files found; name day files (*.json) or folders holding them".into(),
        ));
    }
    let to_stdout = args.out.as_os_str() == "-";
    if !to_stdout {
        guard_output(&args.out, found.days.iter().map(|d| d.path.as_path()))?;
    }
    let days: Vec<DayRecord> = found.days.into_iter().map(|d| d.day).collect();
    let out = args.out.display();
    match args.format {
        Format::Tidy => {
            let sheet = tidy_sheet(&days, args.lang);
            let rows = sheet.rows.len();
            if !to_stdout && has_extension(&args.out, "xlsx") {
                write_xlsx(std::slice::from_ref(&sheet), &args.out).map_err(|e| e.to_string())?;
            } else {
                write_with(&args.out, to_stdout, |w| {
                    write_csv(&sheet, w).map_err(|e| e.to_string())
                })?;
            }
            Ok(format!(
                "wrote {rows} rows from {} day file(s) to {out}",
                days.len()
            ))
        }
        Format::Boris => {
            let project = boris_project(&days, args.lang);
            write_with(&args.out, to_stdout, |w| {
                serde_json::to_writer_pretty(&mut *w, &project).map_err(|e| e.to_string())?;
                writeln!(w).map_err(|e| e.to_string())
            })?;
            Ok(format!(
                "wrote a BORIS project ({} observation(s), {} subjects, {} behaviours, {} events) to {out}",
                project.observations(),
                project.subjects(),
                project.behaviors(),
                project.events()
            ))
        }
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Refuses to write over a day file being exported or over any lgd event or day file, so a slip
/// in `--out` can never destroy a record.
fn guard_output<'a>(out: &Path, inputs: impl Iterator<Item = &'a Path>) -> Result<(), String> {
    if !out.exists() {
        return Ok(());
    }
    let target = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_path_buf());
    let is_input = inputs
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .any(|p| p == target);
    let is_record = matches!(
        read_document(out),
        Ok(Document::Day(_)) | Ok(Document::Event(_))
    );
    if is_input || is_record || out.is_dir() {
        return Err(format!(
            "{} is a folder or an lgd record; choose another --out so nothing is overwritten",
            out.display()
        ));
    }
    Ok(())
}

/// Writes to the file, or to standard output in one piece so that a reader leaving early (`| head`)
/// is told apart from a failure of the export itself.
fn write_with(
    path: &Path,
    to_stdout: bool,
    write: impl FnOnce(&mut dyn Write) -> Result<(), String>,
) -> Result<(), Stop> {
    if to_stdout {
        let mut buf = Vec::new();
        write(&mut buf)?;
        return Ok(output::bytes(&buf)?);
    }
    create_parent(path).map_err(|e| e.to_string())?;
    let file =
        std::fs::File::create(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    write(&mut w)?;
    w.flush()
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(())
}
