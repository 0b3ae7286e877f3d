//! `lgd check FILE...`: validate files and summarise them.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::check_day;
use super::output::{StdoutError, outln};
use crate::catalog::Catalog;
use crate::load::{Document, read_document_noting_ignored};
use crate::model::validate::{Problem, validate_event, validate_framework, validate_scheme};
use crate::model::{Event, Framework, Scheme};
use crate::setup::{Balance, Targets, audit};

/// Arguments of `lgd check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files to check: events, schemes, frameworks, day files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print the summaries as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The result of checking one file.
#[derive(Debug, Serialize)]
pub struct FileReport {
    /// The file.
    pub file: String,
    /// What kind of file it is.
    pub kind: &'static str,
    /// Facts about it.
    pub summary: serde_json::Value,
    /// Everything wrong with it.
    pub problems: Vec<Problem>,
    /// A reading error, when the file could not be parsed at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl FileReport {
    fn ok(&self) -> bool {
        self.problems.is_empty() && self.error.is_none()
    }
}

/// Runs `lgd check`.
pub fn run(args: &CheckArgs) -> Result<ExitCode, StdoutError> {
    let reports: Vec<FileReport> = args.files.iter().map(|f| check_file(f)).collect();
    let all_ok = reports.iter().all(FileReport::ok);
    if args.json {
        match serde_json::to_string_pretty(&reports) {
            Ok(s) => outln!("{s}")?,
            Err(e) => eprintln!("lgd check: {e}"),
        }
    } else {
        for r in &reports {
            print_report(r)?;
        }
    }
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_report(r: &FileReport) -> Result<(), StdoutError> {
    if let Some(e) = &r.error {
        eprintln!("{e}");
        return Ok(());
    }
    let verdict = if r.problems.is_empty() {
        "OK"
    } else {
        "PROBLEMS"
    };
    outln!("{} ({}): {verdict}", r.file, r.kind)?;
    if let Some(lines) = r.summary.get("lines").and_then(|l| l.as_array()) {
        for l in lines.iter().filter_map(|l| l.as_str()) {
            outln!("  {l}")?;
        }
    }
    if !r.problems.is_empty() {
        outln!("  {} problem(s):", r.problems.len())?;
        for p in &r.problems {
            outln!("  - {p}")?;
        }
    }
    Ok(())
}

/// Checks one file of any kind.
pub fn check_file(path: &std::path::Path) -> FileReport {
    let file = path.display().to_string();
    match read_document_noting_ignored(path) {
        // A damaged day file may still be readable through its backup and journal.
        Err(_) if check_day::has_backup(path) => check_day::day_report(path),
        Err(e) => FileReport {
            file,
            kind: "unreadable",
            summary: serde_json::Value::Null,
            problems: Vec::new(),
            error: Some(e.to_string()),
        },
        Ok((Document::Event(ev), ignored)) => event_report(file, &ev, &ignored),
        Ok((Document::Scheme(s), _)) => scheme_report(file, &s),
        Ok((Document::Framework(f), _)) => framework_report(file, &f),
        Ok((Document::Day(_), _)) => check_day::day_report(path),
    }
}

/// Summarises and validates an event; `ignored` are the keys of its file no field reads
/// ([`ignored_fields`](crate::load::ignored_fields)), warned about since a typo there goes unnoticed.
pub fn event_report(file: String, ev: &Event, ignored: &[String]) -> FileReport {
    let catalog = Catalog::builtin();
    let problems = validate_event(ev, catalog.resolver());
    let sizes: Vec<usize> = ev.groups.iter().map(|g| g.seats.len()).collect();
    let sizes_text: Vec<String> = sizes.iter().map(ToString::to_string).collect();
    let mut lines = vec![
        format!("{}: {}", ev.id, ev.name),
        format!(
            "{} participants in {} groups (sizes {})",
            ev.participants.len(),
            ev.groups.len(),
            sizes_text.join(", ")
        ),
        format!(
            "{} observers; scheme {}; framework {}",
            ev.observers.len(),
            ev.scheme,
            ev.framework
        ),
    ];
    let balance = Balance::of(&ev.groups, &ev.participants);
    let coverage = audit(ev, Targets::of(ev));
    lines.extend(balance.summary_lines());
    lines.extend(coverage.lines());
    let missing = ev.missing_facts();
    if !missing.is_empty() {
        lines.push(crate::text::report::missing_facts(
            crate::model::Lang::En,
            &missing,
        ));
    }
    if !ignored.is_empty() {
        lines.push(format!(
            "warning: {} key(s) lgd does not know, ignored (typos of known fields?): {}; lgd roster and lgd import will not rewrite the file until they are removed or renamed",
            ignored.len(),
            ignored.join(", ")
        ));
    }
    FileReport {
        file,
        kind: "event",
        summary: serde_json::json!({
            "id": ev.id,
            "name": ev.name,
            "participants": ev.participants.len(),
            "groups": ev.groups.len(),
            "group_sizes": sizes,
            "observers": ev.observers.len(),
            "scheme": ev.scheme,
            "framework": ev.framework,
            "digest": ev.digest(),
            "balance": balance,
            "coverage": coverage,
            "ignored_keys": ignored,
            "missing_facts": missing,
            "lines": lines,
        }),
        problems,
        error: None,
    }
}

fn scheme_report(file: String, s: &Scheme) -> FileReport {
    let catalog = Catalog::builtin();
    let problems = match catalog.frameworks.iter().find(|f| f.id == s.framework) {
        Some(fw) => validate_scheme(s, fw),
        None => vec![Problem {
            at: "framework".into(),
            what: format!("framework {:?} is not built in", s.framework),
            fix: "check the scheme inside an event that defines the framework".into(),
        }],
    };
    let lines = vec![format!(
        "{}: {} codes, rates {}",
        s.id,
        s.codes.len(),
        s.rated_competencies.join(", ")
    )];
    FileReport {
        file,
        kind: "scheme",
        summary: serde_json::json!({ "id": s.id, "codes": s.codes.len(), "lines": lines }),
        problems,
        error: None,
    }
}

fn framework_report(file: String, f: &Framework) -> FileReport {
    let lines = vec![format!("{}: {} competencies", f.id, f.competencies.len())];
    FileReport {
        file,
        kind: "framework",
        summary: serde_json::json!({ "id": f.id, "competencies": f.competencies.len(), "lines": lines }),
        problems: validate_framework(f),
        error: None,
    }
}
