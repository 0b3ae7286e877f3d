//! Impossible values in a day file, as `lgd check` and `lgd consolidate` name them.

use crate::model::Lang;
use crate::model::validate::DayIssue;

/// What is wrong with the value.
pub fn day_issue(lang: Lang, issue: &DayIssue) -> String {
    match (issue, lang) {
        (DayIssue::LevelOffScale { level, top, .. }, Lang::Id) => {
            format!("level {level} tidak ada di skala 1-{top} (langkah setengah)")
        }
        (DayIssue::LevelOffScale { level, top, .. }, Lang::En) => {
            format!("level {level} is not on the scale 1-{top} (in halves)")
        }
        (DayIssue::TimeOutOfDay { seconds, .. }, Lang::Id) => {
            format!("waktu {seconds} detik di luar satu hari (0-86400)")
        }
        (DayIssue::TimeOutOfDay { seconds, .. }, Lang::En) => {
            format!("the time {seconds} s lies outside one day (0-86400)")
        }
        (DayIssue::TurnEndsBeforeStart { .. }, Lang::Id) => {
            "giliran bicara berakhir sebelum dimulai".into()
        }
        (DayIssue::TurnEndsBeforeStart { .. }, Lang::En) => {
            "the speaking turn ends before it starts".into()
        }
        (DayIssue::DuplicateAct { id, .. }, Lang::Id) => {
            format!("id tindakan {id:?} dipakai dua kali")
        }
        (DayIssue::DuplicateAct { id, .. }, Lang::En) => format!("act id {id:?} is used twice"),
        (DayIssue::UnknownParticipant { id, .. }, Lang::Id) => {
            format!("{id:?} tidak ada di antara peserta berkas harian")
        }
        (DayIssue::UnknownParticipant { id, .. }, Lang::En) => {
            format!("{id:?} is not among the day file's participants")
        }
        (DayIssue::DateMismatch { inside, named }, Lang::Id) => {
            format!("tanggal di dalam berkas {inside} berbeda dari tanggal di namanya {named}")
        }
        (DayIssue::DateMismatch { inside, named }, Lang::En) => {
            format!("the date inside, {inside}, differs from the date in the file's name, {named}")
        }
        (DayIssue::FormatVersion { found }, Lang::Id) => {
            format!("format_version {found} tidak pernah ditulis lgd")
        }
        (DayIssue::FormatVersion { found }, Lang::En) => {
            format!("format_version {found} was never written by lgd")
        }
    }
}
