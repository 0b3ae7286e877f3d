//! The command line: parsing with clap and one file per command.

mod agreement;
mod check;
mod check_day;
mod consolidate;
mod demo;
mod export;
mod import;
mod launch;
mod launch_text;
mod new;
mod observe;
pub mod output;
mod report;
mod roster;
mod washup;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// lgd: code a Leaderless Group Discussion keystroke by keystroke, rate, and consolidate.
#[derive(Debug, Parser)]
#[command(name = "lgd", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
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
    let ran = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::New(args) => new::run(&args),
        Command::Roster(args) => Ok(roster::run(args)),
        Command::Export(args) => export::run(&args),
        Command::Agreement(args) => agreement::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Demo(args) => demo::run(args),
        Command::Observe(args) => Ok(observe::run(args)),
        Command::Consolidate(args) => consolidate::run(&args),
        Command::Report(args) => Ok(report::run(&args)),
        Command::Washup(args) => Ok(washup::run(&args)),
    };
    output::exit_code(ran)
}
