//! Why day files do not consolidate together (`lgd consolidate`), in both languages; the English
//! sentence is also the one `consolidated.json` keeps.

use crate::consolidate::why::{Departure, Why};
use crate::model::Lang;

/// The sentence for a consolidation problem.
pub fn problem(lang: Lang, why: &Why) -> String {
    let id = lang == Lang::Id;
    match why {
        Why::OtherDefinition {
            count,
            event,
            version,
            others,
            reference,
            reference_version: rv,
        } => {
            let what = match (version, id) {
                (Some(v), true) => format!("versi lain acara {event:?} (definisi {v})"),
                (Some(v), false) => format!("another version of event {event:?} (definition {v})"),
                (None, true) => format!("acara {event:?}"),
                (None, false) => format!("event {event:?}"),
            };
            if id {
                format!(
                    "{count} berkas milik {what}, yang lain ({others}) milik acara {reference:?} (definisi {rv}); \
                     gabungkan berkas dari satu definisi acara, atau beri --allow-mismatch"
                )
            } else {
                format!(
                    "{count} file(s) belong to {what}, the others ({others}) to event {reference:?} (definition {rv}); \
                     consolidate the files of one event definition, or pass --allow-mismatch"
                )
            }
        }
        Why::OtherScheme {
            count,
            scheme,
            codes,
            rated,
        } => match id {
            true => format!(
                "{count} berkas memakai skema pengodean selain {scheme:?} (kode {codes}; dinilai {rated}), jadi kodenya tidak bisa dibandingkan"
            ),
            false => format!(
                "{count} file(s) use a coding scheme other than {scheme:?} (codes {codes}; rated {rated}), so their codes cannot be compared"
            ),
        },
        Why::OtherFramework {
            count,
            framework,
            targets,
        } => match id {
            true => format!(
                "{count} berkas memakai kerangka kompetensi selain {framework:?} (kompetensi dan target {targets})"
            ),
            false => format!(
                "{count} file(s) use a competency framework other than {framework:?} (competencies and targets {targets})"
            ),
        },
        Why::Duplicate {
            count,
            observer,
            date,
        } => match id {
            true => format!(
                "{count} berkas untuk asesor {observer} pada {date}; simpan satu (yang lain mungkin salinan), atau beri --allow-mismatch untuk memakai yang perubahannya terbanyak"
            ),
            false => format!(
                "{count} files for observer {observer} on {date}; keep one (the other may be a copy), or pass --allow-mismatch to use the one with the most changes"
            ),
        },
        Why::NoLongerFit {
            count,
            event_file,
            example,
            departure: d,
        } => {
            let d = departure(lang, d);
            match id {
                true => format!(
                    "{count} berkas harian tidak lagi cocok dengan berkas acara {event_file} (untuk {example}: {d}); berikan berkas acara asal berkas itu dibuat, atau beri --allow-mismatch"
                ),
                false => format!(
                    "{count} day file(s) no longer fit the event file {event_file} (for {example}: {d}); give the event file they were made from, or pass --allow-mismatch"
                ),
            }
        }
        Why::OtherEventFile {
            event_file,
            event,
            version,
            made_from,
            made_from_version,
        } => match id {
            true => format!(
                "berkas acara {event_file} adalah acara {event:?} (definisi {version}), tetapi berkas harian dibuat dari {made_from:?} (definisi {made_from_version}); berikan berkas acara asal berkas itu dibuat"
            ),
            false => format!(
                "the event file {event_file} is event {event:?} (definition {version}), but the day files were made from {made_from:?} (definition {made_from_version}); give the event file they were made from"
            ),
        },
        Why::Conflict {
            observer,
            participant,
            competency,
            used,
        } => match id {
            true => format!(
                "asesor {observer} menilai {participant} pada {competency} di dua berkas; penilaian di {used} yang dipakai"
            ),
            false => format!(
                "observer {observer} rated {participant} on {competency} in two files; the rating in {used} is used"
            ),
        },
        Why::Said(both) => both.get(lang).to_string(),
        Why::Skipped { file, what } => {
            let what = crate::text::store::not_a_day(lang, *what);
            match id {
                true => format!("{file}: {what}, dilewati"),
                false => format!("{file}: {what}, passed over"),
            }
        }
        Why::Impossible {
            file,
            left_out,
            issues,
        } => {
            let list: Vec<String> = issues
                .iter()
                .map(|i| format!("{}: {}", i.at(), crate::text::validate::day_issue(lang, i)))
                .collect();
            let list = list.join("; ");
            match (id, left_out) {
                (true, true) => format!("{file}: nilai mustahil, dikeluarkan: {list}"),
                (true, false) => format!(
                    "{file}: nilai mustahil, ditolak; perbaiki berkasnya atau beri --allow-mismatch untuk mengeluarkannya: {list}"
                ),
                (false, true) => format!("{file}: impossible values, left out: {list}"),
                (false, false) => format!(
                    "{file}: impossible values, refused; fix the file or give --allow-mismatch to leave them out: {list}"
                ),
            }
        }
    }
}

/// Why one day file does not fit a later event definition.
fn departure(lang: Lang, d: &Departure) -> String {
    match (d, lang) {
        (Departure::OtherEvent { file, later }, Lang::Id) => {
            format!("acara {file:?}, bukan {later:?}")
        }
        (Departure::OtherEvent { file, later }, Lang::En) => {
            format!("event {file:?}, not {later:?}")
        }
        (Departure::Renamed, Lang::Id) => "nama acara berubah".into(),
        (Departure::Renamed, Lang::En) => "the event's name changed".into(),
        (Departure::Scheme, Lang::Id) => "skema pengodean berubah".into(),
        (Departure::Scheme, Lang::En) => "the coding scheme changed".into(),
        (Departure::Framework, Lang::Id) => "kerangka kompetensi berubah".into(),
        (Departure::Framework, Lang::En) => "the competency framework changed".into(),
        (Departure::Settings, Lang::Id) => "pengaturan acara berubah".into(),
        (Departure::Settings, Lang::En) => "the event's settings changed".into(),
        (Departure::ObserverGone(o), Lang::Id) => format!("asesor {o} tidak lagi ada di acara"),
        (Departure::ObserverGone(o), Lang::En) => format!("observer {o} is no longer in the event"),
        (Departure::ParticipantRemoved(p), Lang::Id) => format!("peserta {p} dihapus"),
        (Departure::ParticipantRemoved(p), Lang::En) => format!("participant {p} was removed"),
        (Departure::Moved { id, seat, group }, Lang::Id) => {
            format!("{id} tidak lagi duduk di kursi {seat} kelompok {group}")
        }
        (Departure::Moved { id, seat, group }, Lang::En) => {
            format!("{id} no longer sits in seat {seat} of group {group}")
        }
    }
}
