//! The command line: parsing with clap and one file per command.

mod check;
mod check_day;
mod demo;
mod launch;
mod observe;

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
    /// Observe the built-in Tangerang Selatan demo event (no files needed).
    Demo(demo::DemoArgs),
    /// Observe a group of an event: code behaviour keystroke by keystroke.
    Observe(observe::ObserveArgs),
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Demo(args) => demo::run(args),
        Command::Observe(args) => observe::run(args),
    }
}
