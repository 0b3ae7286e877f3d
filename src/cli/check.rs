//! `lgd check FILE...`: validate files and summarise them.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::Ctx;
use super::check_day;
use super::error::{CliError, Refusal};
use super::output::{StdoutError, errln, outln};
use crate::catalog::Catalog;
use crate::load::{Document, DocumentKind, read_document_noting_ignored, sniff_document};
use crate::model::validate::{Issue, Problem, validate_event, validate_framework, validate_scheme};
use crate::model::{Event, Framework, Lang, Scheme};
use crate::setup::{Balance, Targets, audit};
use crate::text::Words;
use crate::text::check::{self as say, CheckWords};
use crate::text::errors;

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
    pub kind: Kind,
    /// Facts about it.
    pub summary: serde_json::Value,
    /// Everything wrong with it.
    pub problems: Vec<Problem>,
    /// A reading error, when the file could not be parsed at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The kinds of file `lgd check` reads; JSON gives them in English, for programs.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An event file.
    Event,
    /// A coding scheme.
    Scheme,
    /// A competency framework.
    Framework,
    /// An observer's day file.
    Day,
    /// A file that could not be read.
    Unreadable,
}

impl Kind {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Kind::Event => CheckWords::Event,
            Kind::Scheme => CheckWords::Scheme,
            Kind::Framework => CheckWords::Framework,
            Kind::Day => CheckWords::Day,
            Kind::Unreadable => CheckWords::Unreadable,
        }
        .get(lang)
    }
}

impl FileReport {
    fn ok(&self) -> bool {
        self.problems.is_empty() && self.error.is_none()
    }

    /// A file that could not be read at all, with why in the user's language.
    pub fn unreadable(file: String, error: String) -> FileReport {
        FileReport {
            file,
            kind: Kind::Unreadable,
            summary: serde_json::Value::Null,
            problems: Vec::new(),
            error: Some(error),
        }
    }
}

/// Runs `lgd check`: [`super::error::PROBLEMS`] when any file has a problem.
pub fn run(args: &CheckArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let lang = ctx.lang;
    let reports: Vec<FileReport> = args.files.iter().map(|f| check_file(f, lang)).collect();
    let all_ok = reports.iter().all(FileReport::ok);
    if args.json {
        let json =
            serde_json::to_string_pretty(&reports).map_err(|e| Refusal::Json(e.to_string()))?;
        outln!("{json}")?;
    } else {
        for r in &reports {
            print_report(r, lang)?;
        }
    }
    Ok(ExitCode::from(if all_ok {
        super::error::OK
    } else {
        super::error::PROBLEMS
    }))
}

fn print_report(r: &FileReport, lang: Lang) -> Result<(), StdoutError> {
    if let Some(e) = &r.error {
        errln!("{e}");
        return Ok(());
    }
    let verdict = if r.problems.is_empty() {
        CheckWords::Ok
    } else {
        CheckWords::Problems
    };
    outln!("{} ({}): {}", r.file, r.kind.label(lang), verdict.get(lang))?;
    if let Some(lines) = r.summary.get("lines").and_then(|l| l.as_array()) {
        for l in lines.iter().filter_map(|l| l.as_str()) {
            outln!("  {l}")?;
        }
    }
    if !r.problems.is_empty() {
        outln!("  {}", say::problem_count(lang, r.problems.len()))?;
        for p in &r.problems {
            outln!("  - {}", say::problem(lang, p))?;
        }
    }
    Ok(())
}

/// Checks one file of any kind.
pub fn check_file(path: &std::path::Path, lang: Lang) -> FileReport {
    let file = crate::text::path(path).to_string();
    // The kind comes from the file's first keys, so each file is parsed in full once: a day file
    // only by the store's reader, which also replays its journal.
    let read = sniff_document(path).and_then(|kind| match kind {
        DocumentKind::Day => Ok(None),
        _ => read_document_noting_ignored(path).map(Some),
    });
    match read {
        // A damaged day file may still be readable through its backup and journal.
        Err(_) if check_day::has_backup(path) => check_day::day_report(path, lang),
        Err(e) => FileReport::unreadable(file, errors::load(lang, &e)),
        Ok(None) | Ok(Some((Document::Day(_), _))) => check_day::day_report(path, lang),
        Ok(Some((Document::Event(ev), ignored))) => event_report(file, &ev, &ignored, lang),
        Ok(Some((Document::Scheme(s), _))) => scheme_report(file, &s, lang),
        Ok(Some((Document::Framework(f), _))) => framework_report(file, &f, lang),
    }
}

/// Summarises and validates an event; `ignored` are the keys of its file no field reads
/// ([`ignored_fields`](crate::load::ignored_fields)), warned about since a typo there goes unnoticed.
pub fn event_report(file: String, ev: &Event, ignored: &[String], lang: Lang) -> FileReport {
    let catalog = Catalog::builtin();
    let problems = validate_event(ev, catalog.resolver());
    let sizes: Vec<usize> = ev.groups.iter().map(|g| g.seats.len()).collect();
    let sizes_text: Vec<String> = sizes.iter().map(ToString::to_string).collect();
    let mut lines = vec![
        format!("{}: {}", ev.id, ev.name),
        say::people(
            lang,
            ev.participants.len(),
            ev.groups.len(),
            &sizes_text.join(", "),
        ),
        say::definitions(lang, ev.observers.len(), &ev.scheme, &ev.framework),
    ];
    let balance = Balance::of(&ev.groups, &ev.participants);
    let coverage = audit(ev, Targets::of(ev));
    lines.extend(crate::text::setup::balance(lang, &balance));
    lines.extend(crate::text::setup::coverage(lang, &coverage));
    let missing = ev.missing_facts();
    if !missing.is_empty() {
        lines.push(crate::text::report::missing_facts(lang, &missing));
    }
    if !ignored.is_empty() {
        lines.push(say::ignored_keys(lang, ignored));
    }
    FileReport {
        file,
        kind: Kind::Event,
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

fn scheme_report(file: String, s: &Scheme, lang: Lang) -> FileReport {
    let catalog = Catalog::builtin();
    let problems = match catalog.frameworks.iter().find(|f| f.id == s.framework) {
        Some(fw) => validate_scheme(s, fw),
        None => vec![Problem {
            at: "framework".into(),
            issue: Issue::SchemeFrameworkUnknown {
                id: s.framework.clone(),
            },
        }],
    };
    let lines = vec![say::scheme(
        lang,
        &s.id,
        s.codes.len(),
        &s.rated_competencies.join(", "),
    )];
    FileReport {
        file,
        kind: Kind::Scheme,
        summary: serde_json::json!({ "id": s.id, "codes": s.codes.len(), "lines": lines }),
        problems,
        error: None,
    }
}

fn framework_report(file: String, f: &Framework, lang: Lang) -> FileReport {
    let lines = vec![say::framework(lang, &f.id, f.competencies.len())];
    FileReport {
        file,
        kind: Kind::Framework,
        summary: serde_json::json!({ "id": f.id, "competencies": f.competencies.len(), "lines": lines }),
        problems: validate_framework(f),
        error: None,
    }
}
