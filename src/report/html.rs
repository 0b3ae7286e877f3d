//! Rendering the report: minijinja templates embedded in the binary, HTML escaping always on.

use std::io::Write;
use std::path::{Path, PathBuf};

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};

use super::context::{Index, report_context};
use super::own::{file_name, own_view};
use crate::consolidate::Consolidated;
use crate::model::Lang;

/// The templates, by name; `.html` ones are escaped, the stylesheet is not (it holds no data).
const TEMPLATES: &[(&str, &str)] = &[
    ("report.html", include_str!("templates/report.html")),
    ("summary.html", include_str!("templates/summary.html")),
    ("ranking.html", include_str!("templates/ranking.html")),
    ("group.html", include_str!("templates/group.html")),
    (
        "participant.html",
        include_str!("templates/participant.html"),
    ),
    ("charts.html", include_str!("templates/charts.html")),
    ("own.html", include_str!("templates/own.html")),
    (
        "organisation.html",
        include_str!("templates/organisation.html"),
    ),
    ("style.css", include_str!("templates/style.css")),
];

/// The file name of the report inside `--out`.
pub const REPORT_FILE: &str = "report.html";
/// The folder inside `--out` holding one feedback file per participant.
pub const PARTICIPANT_DIR: &str = "participants";

/// Why the report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A template failed; a defect in lgd that the tests are there to catch.
    #[error("cannot render the report: {0}")]
    Template(#[from] minijinja::Error),
    /// The report could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// Where.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

fn environment() -> Result<Environment<'static>, minijinja::Error> {
    let mut env = Environment::new();
    // Escape everything but the stylesheet, whatever the template's name, so a new template can
    // never be added unescaped by accident.
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".css") {
            AutoEscape::None
        } else {
            AutoEscape::Html
        }
    });
    // A misspelt field is an error in the tests, not a silently empty cell in a report.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(SyntaxConfig::builder().trim_blocks(true).build()?);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// The whole report as one self-contained HTML document.
pub fn render_report(c: &Consolidated, lang: Lang) -> Result<String, ReportError> {
    let env = environment()?;
    let ctx = report_context(c, lang);
    Ok(env
        .get_template("report.html")?
        .render(Value::from(Serde(&ctx)))?)
}

/// Each participant's own feedback file: (file name, HTML).
pub fn render_participant_files(
    c: &Consolidated,
    lang: Lang,
) -> Result<Vec<(String, String)>, ReportError> {
    let env = environment()?;
    let template = env.get_template("own.html")?;
    let ix = Index::new(c, lang);
    c.participants
        .iter()
        .map(|p| {
            let html = template.render(Value::from(Serde(&own_view(&ix, p))))?;
            Ok((file_name(&ix, p), html))
        })
        .collect()
}

/// Renders the report and writes it to `dir/report.html`, and each participant's own file into
/// `dir/participants/`, each atomically (a partly written file never appears); returns the
/// report's path.
pub fn write_report(c: &Consolidated, lang: Lang, dir: &Path) -> Result<PathBuf, ReportError> {
    let html = render_report(c, lang)?;
    let own = render_participant_files(c, lang)?;
    let path = dir.join(REPORT_FILE);
    write_atomic(dir, &path, &html)?;
    let own_dir = dir.join(PARTICIPANT_DIR);
    for (name, html) in own {
        write_atomic(&own_dir, &own_dir.join(name), &html)?;
    }
    Ok(path)
}

fn write_atomic(dir: &Path, path: &Path, text: &str) -> Result<(), ReportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ReportError::Io { path, source }
    };
    crate::store::create_private_dir_all(dir).map_err(io(dir))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io(dir))?;
    tmp.write_all(text.as_bytes()).map_err(io(path))?;
    tmp.as_file().sync_all().map_err(io(path))?;
    tmp.persist(path).map_err(|e| ReportError::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}
