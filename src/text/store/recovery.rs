//! What reopening a day file found, in the interface's language: an assessor who restarts after a
//! crash must understand at once whether anything they saw saved is missing (it never is).

use crate::model::Lang;
use crate::store::{Recovery, SkippedLine};

/// The problems reopening found, one sentence each, in `lang`.
pub fn recovery_problems(lang: Lang, r: &Recovery) -> Vec<String> {
    let mut out = Vec::new();
    let detail = r.snapshot_problem.as_deref().unwrap_or("");
    if r.used_backup {
        out.push(match lang {
            Lang::Id => format!(
                "Berkas harian rusak; dipulihkan dari cadangan (.bak) dan jurnal, berkas rusak disimpan terpisah ({detail})"
            ),
            Lang::En => format!(
                "The day file was damaged; rebuilt from its backup (.bak) and the journal, the damaged file kept aside ({detail})"
            ),
        });
    } else if !detail.is_empty() {
        out.push(match lang {
            Lang::Id => format!("Berkas harian tidak terbaca: {detail}"),
            Lang::En => format!("The day file could not be read: {detail}"),
        });
    }
    out.extend(r.skipped.iter().map(|s| skipped(lang, s)));
    out
}

/// The JSON reader's own words with its position ("at line 1 column 5") in Bahasa Indonesia;
/// the rest is the reader's and stays as it said it.
fn reader_detail(reason: &str) -> String {
    let position = reason.rsplit_once(" at line ").and_then(|(what, at)| {
        let (line, column) = at.split_once(" column ")?;
        Some(format!("{what}, baris {line} kolom {column}"))
    });
    position.unwrap_or_else(|| reason.to_string())
}

/// A journal line that could not be used.
pub fn skipped(lang: Lang, s: &SkippedLine) -> String {
    let change = s.seq.map_or(String::new(), |n| match lang {
        Lang::Id => format!(", perubahan {n}"),
        Lang::En => format!(", change {n}"),
    });
    match (lang, s.last) {
        (Lang::Id, true) => format!(
            "Baris terakhir jurnal (baris {}{change}) terpotong saat program berhenti dan dilewati; perubahan itu belum pernah tampil tersimpan",
            s.line
        ),
        (Lang::En, true) => format!(
            "The journal's last line (line {}{change}) was cut short when the program stopped and was skipped; that change was never shown as saved",
            s.line
        ),
        (Lang::Id, false) => format!(
            "Baris jurnal {}{change} rusak dan dilewati, disimpan terpisah (rincian: {})",
            s.line,
            reader_detail(&s.reason)
        ),
        (Lang::En, false) => format!(
            "Journal line {}{change} is garbled and was skipped, kept aside: {}",
            s.line, s.reason
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn torn(last: bool) -> SkippedLine {
        SkippedLine {
            line: 7,
            offset: 900,
            bytes: 31,
            seq: Some(12),
            last,
            reason: "EOF while parsing".into(),
        }
    }

    #[test]
    fn a_torn_last_line_says_it_was_never_shown_saved_in_both_languages() {
        let r = Recovery {
            skipped: vec![torn(true)],
            ..Recovery::default()
        };
        let id = recovery_problems(Lang::Id, &r);
        assert_eq!(id.len(), 1);
        assert!(
            id[0].contains("baris 7, perubahan 12")
                && id[0].contains("belum pernah tampil tersimpan")
        );
        let en = recovery_problems(Lang::En, &r);
        assert!(en[0].contains("line 7, change 12") && en[0].contains("never shown as saved"));
    }

    #[test]
    fn a_garbled_line_and_a_backup_are_told_with_their_detail() {
        let r = Recovery {
            skipped: vec![torn(false)],
            used_backup: true,
            snapshot_problem: Some("day.json:3:1: expected value".into()),
            ..Recovery::default()
        };
        let id = recovery_problems(Lang::Id, &r);
        assert_eq!(id.len(), 2);
        assert!(id[0].contains("cadangan") && id[0].contains("day.json:3:1"));
        assert!(id[1].contains("rusak dan dilewati") && id[1].contains("EOF while parsing"));
        let en = recovery_problems(Lang::En, &r);
        assert!(en[0].contains("backup") && en[1].contains("garbled"));
    }

    #[test]
    fn a_clean_reopen_has_nothing_to_say() {
        let r = Recovery {
            replayed: 4,
            ..Recovery::default()
        };
        assert!(recovery_problems(Lang::Id, &r).is_empty());
    }
}
