//! The command line: parsing with clap and one file per command.

mod agreement;
mod check;
mod check_day;
mod consolidate;
mod demo;
pub mod error;
mod export;
mod import;
mod launch;
mod memory;
mod new;
mod observe;
pub mod output;
mod report;
mod roster;
mod washup;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::model::Lang;
use crate::text::cli::{after_failure, cli_error};
use error::CliError;

/// lgd: code a Leaderless Group Discussion keystroke by keystroke, rate, and consolidate.
#[derive(Debug, Parser)]
#[command(name = "lgd", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Language of every message: id (Bahasa Indonesia) or en [default: from LC_ALL, LC_MESSAGES, LANG].
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Parses `--lang`.
fn parse_lang(s: &str) -> Result<Lang, String> {
    // Said in both languages: the one asked for is not known yet.
    Lang::parse(s).ok_or_else(|| {
        format!(
            "bahasa {s:?} tidak dikenal, pakai id atau en / unknown language {s:?}; use id or en"
        )
    })
}

/// What every command gets besides its own arguments.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// The language of messages: `--lang`, else the locale.
    pub lang: Lang,
    /// `--lang` as given, for outputs whose default language is not the locale's (data exports).
    pub asked: Option<Lang>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate event, scheme, framework or day files and print a summary.
    Check(check::CheckArgs),
    /// Create an event file from a participant roster (CSV, XLSX, XLS, ODS).
    New(Box<new::NewArgs>),
    /// Edit an event's roster before the day (lead assessor): move, edit, add, remove, re-balance.
    Roster(roster::RosterArgs),
    /// Inter-rater agreement (ICC, kappa, Krippendorff's alpha, Gwet's AC1) of a long table of ratings.
    Agreement(agreement::AgreementArgs),
    /// Merge every observer's day files into consolidated.json for the wash-up and reports.
    Consolidate(consolidate::ConsolidateArgs),
    /// Export day files for other tools (tidy event log, BORIS project).
    Export(export::ExportArgs),
    /// Add self-evaluation or online-assessment results (CSV, XLSX, XLS, ODS) to an event.
    Import(import::ImportArgs),
    /// Observe the built-in Tangerang Selatan demo event (no files needed).
    Demo(demo::DemoArgs),
    /// Observe a group of an event: code behaviour keystroke by keystroke.
    Observe(observe::ObserveArgs),
    /// Write the HTML report (summary, ranking, groups, one page per participant) of a consolidated file.
    Report(report::ReportArgs),
    /// Run the wash-up (integration meeting) over a consolidation: consensus levels, JPM, categories.
    Washup(washup::WashupArgs),
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = Ctx {
        lang: cli.lang.unwrap_or_else(Lang::from_env),
        asked: cli.lang,
    };
    if matches!(
        cli.command,
        Command::Demo(_) | Command::Observe(_) | Command::Roster(_) | Command::Washup(_)
    ) {
        memory::keep_resident_memory_small();
    }
    let (name, ran) = match cli.command {
        Command::Check(args) => ("check", check::run(&args, ctx)),
        Command::New(args) => ("new", new::run(&args, ctx)),
        Command::Roster(args) => ("roster", roster::run(args, ctx)),
        Command::Export(args) => ("export", export::run(&args, ctx)),
        Command::Agreement(args) => ("agreement", agreement::run(&args, ctx)),
        Command::Import(args) => ("import", import::run(&args, ctx)),
        Command::Demo(args) => ("demo", demo::run(args, ctx)),
        Command::Observe(args) => ("observe", observe::run(args, ctx)),
        Command::Consolidate(args) => ("consolidate", consolidate::run(&args, ctx)),
        Command::Report(args) => ("report", report::run(&args, ctx)),
        Command::Washup(args) => ("washup", washup::run(&args, ctx)),
    };
    finish(ctx.lang, name, ran)
}

/// The one printer of a command's end: its code when it ran, else why it stopped, in the
/// user's language on standard error as `lgd COMMAND: ...`, and the exit code that fits.
pub fn finish(lang: Lang, command: &str, ran: Result<ExitCode, CliError>) -> ExitCode {
    let e = match ran {
        Ok(code) => return code,
        // The reader took what it wanted (`| head`): as quiet as a tool that SIGPIPE ended.
        Err(CliError::Stdout(s)) if s.0.kind() == std::io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS;
        }
        Err(e) => e,
    };
    let mut err = std::io::stderr().lock();
    // A closed standard error leaves nothing to say it on; the exit code still tells.
    for line in output::inert(&cli_error(lang, &e)).lines() {
        // An indented line belongs to a list under the sentence before it.
        let _ = if line.starts_with(char::is_whitespace) {
            writeln!(err, "{line}")
        } else {
            writeln!(err, "lgd {command}: {line}")
        };
    }
    if let Some(after) = after_failure(lang, command) {
        let _ = writeln!(err, "lgd {command}: {after}");
    }
    e.exit_code()
}
