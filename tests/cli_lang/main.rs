//! Every command speaks the user's language from its first line to its last, errors included:
//! each runs the real binary on an input it must refuse, with `--lang id`, and no English
//! sentence may appear; the same run with `--lang en` is English; the locale is read from
//! LC_ALL, then LC_MESSAGES, then LANG. Problems found in files (definitions, day files) and rows of
//! imported tables are in `problems` and `imports`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Words that only an English sentence holds; none of them is Indonesian, nor a term the
/// Indonesian text keeps (terminal, folder, format, pipe, seed).
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "was",
    "were",
    "not",
    "cannot",
    "no",
    "has",
    "have",
    "with",
    "and",
    "or",
    "of",
    "to",
    "from",
    "file",
    "files",
    "found",
    "nothing",
    "written",
    "wrote",
    "saved",
    "error",
    "needs",
    "use",
    "pass",
    "this",
    "that",
    "there",
    "been",
    "into",
    "event",
    "observer",
    "observers",
    "group",
    "groups",
    "participant",
    "participants",
    "read",
    "write",
    "warning",
    "note",
    "skipped",
    "problem",
    "problems",
    "already",
    "exists",
    "choose",
    "another",
    "column",
    "header",
    "directly",
    "through",
    "interactive",
    "such",
    "directory",
    "missing",
    "name",
    "row",
    "rows",
    "line",
    "unknown",
    "empty",
    "also",
    "keep",
    "fix",
    "but",
    "number",
    "does",
    "outside",
    "sheet",
    "text",
    "separated",
];

/// `text` without the place that starts a listed problem ("  - participants[1].id: ..."): a
/// path into the file, spelled as the file spells its keys.
fn without_places(text: &str) -> String {
    text.lines()
        .map(|line| match line.trim_start().strip_prefix("- ") {
            Some(item) => item.split_once(": ").map_or(item, |(_, said)| said),
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The English words of `text`, leaving out what is not a sentence's: quoted values, paths (on disk, or into a file: `participants[0].id`),
/// options (`--force`) and the OS's own code (`os error 2`).
fn english_words(text: &str) -> Vec<String> {
    let mut unquoted = String::new();
    let mut quoted = false;
    for c in without_places(text).chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            unquoted.push(c);
        }
    }
    unquoted
        .split_whitespace()
        .filter(|t| !t.contains(['/', '\\', '[']) && !t.starts_with("--"))
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

/// Runs lgd in `dir` with no locale but the one given, no terminal, and returns its output.
fn lgd(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lgd"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("LGD_DIR", dir.join("data"))
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("lgd runs")
}

fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A folder with a rehearsed demo day: the event file and every observer's day files.
fn rehearsed() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tmp");
    let o = lgd(tmp.path(), &["demo", "--rehearse", "latihan"], &[]);
    assert!(o.status.success(), "{}", said(&o));
    let event = tmp.path().join("latihan/tangsel-2026.json");
    assert!(event.exists(), "{}", said(&o));
    (tmp, event)
}

/// `args` fails with `--lang id` saying only Indonesian, and with `--lang en` says English;
/// returns what it said in Indonesian.
fn refused_in_both_languages(dir: &Path, args: &[&str]) -> String {
    let mut id = args.to_vec();
    id.extend(["--lang", "id"]);
    let o = lgd(dir, &id, &[]);
    let text = said(&o);
    assert!(!o.status.success(), "{args:?} should fail: {text}");
    assert!(!text.trim().is_empty(), "{args:?} says why");
    assert!(
        english_words(&text).is_empty(),
        "{args:?} --lang id says English ({:?}): {text}",
        english_words(&text)
    );
    let indonesian = text;
    let mut en = args.to_vec();
    en.extend(["--lang", "en"]);
    let o = lgd(dir, &en, &[]);
    let text = said(&o);
    assert!(!o.status.success(), "{args:?} should fail: {text}");
    assert!(
        !english_words(&text).is_empty(),
        "{args:?} --lang en should be English: {text}"
    );
    indonesian
}

/// `args` is refused in Indonesian only, and says each of `sentences`.
fn refused_saying(dir: &Path, args: &[&str], sentences: &[&str]) {
    let text = refused_in_both_languages(dir, args);
    for s in sentences {
        assert!(
            text.contains(s),
            "{args:?} --lang id should say {s:?}: {text}"
        );
    }
}

mod commands;
mod imports;
mod problems;
