//! What is wrong with an event, scheme or framework (`lgd check`, `lgd new`, `lgd import`, the
//! setup screens), and how to fix it, in both languages.

mod fix;

pub use fix::fix;

use crate::model::Lang;
use crate::model::validate::{Issue, Problem, Unique};
use crate::model::{LevelError, MAX_LEVEL, MIN_LEVEL};
use crate::text::pick;

/// A problem as one line: where, what, and the fix.
pub fn problem(lang: Lang, p: &Problem) -> String {
    let fix_word = match lang {
        Lang::Id => "perbaikan",
        Lang::En => "fix",
    };
    format!(
        "{}: {} ({fix_word}: {})",
        p.at,
        what(lang, &p.issue),
        fix(lang, &p.issue)
    )
}

/// The kind of value that must be unique, as a noun.
fn unique(lang: Lang, u: Unique) -> &'static str {
    let (id, en) = match u {
        Unique::Phase => ("id tahap", "phase id"),
        Unique::Participant => ("id peserta", "participant id"),
        Unique::Group => ("id kelompok", "group id"),
        Unique::Observer => ("id asesor", "observer id"),
        Unique::Covered => ("peserta yang dinilai", "covered participant"),
        Unique::Competency => ("kode kompetensi", "competency code"),
        Unique::Key => ("tombol", "key"),
        Unique::Code => ("kode", "code"),
        Unique::Rubric => ("butir rubrik", "rubric item"),
        Unique::SelfRating => (
            "penilaian diri peserta dan kompetensi",
            "self-rating of participant and competency",
        ),
        Unique::OnlineScore => (
            "nilai daring peserta dan nama",
            "online score of participant and name",
        ),
    };
    pick(lang, id, en)
}

/// A level that cannot be taken.
pub fn level_error(lang: Lang, e: &LevelError) -> String {
    match (e, lang) {
        (_, Lang::En) => e.to_string(),
        (LevelError::OutOfRange(l), Lang::Id) => {
            format!("level {l} di luar {MIN_LEVEL}-{MAX_LEVEL}")
        }
        (LevelError::BetweenLevels { level, half: true }, Lang::Id) => {
            format!("level {level} bukan level bulat atau setengah (2,5)")
        }
        (LevelError::BetweenLevels { level, half: false }, Lang::Id) => {
            format!("level {level} bukan level bulat; acara ini tidak memakai setengah level")
        }
    }
}

/// What is wrong.
pub fn what(lang: Lang, issue: &Issue) -> String {
    use Issue as I;
    let id = lang == Lang::Id;
    match issue {
        I::Format { found } => {
            let want = crate::model::EVENT_FORMAT;
            pick(
                lang,
                format!("berisi {found:?}, seharusnya {want:?}"),
                format!("is {found:?}, expected {want:?}"),
            )
        }
        I::NewerVersion { found, reads } => pick(
            lang,
            format!("versi {found} dibuat lgd yang lebih baru (lgd ini membaca sampai {reads})"),
            format!("version {found} was made by a newer lgd (this one reads up to {reads})"),
        ),
        I::Id(e) => crate::text::errors::id(lang, e),
        I::UsedTwice { what, key, first } => {
            let what = unique(lang, *what);
            pick(
                lang,
                format!("{what} {key:?} dipakai dua kali (pertama di {first})"),
                format!("{what} {key:?} is used twice (first at {first})"),
            )
        }
        I::EventUnnamed => pick(lang, "acara belum bernama", "the event has no name").into(),
        I::ZeroMinutes => pick(
            lang,
            "lama yang direncanakan 0 menit",
            "planned length is 0 minutes",
        )
        .into(),
        I::ZeroSetting => pick(lang, "bernilai 0", "is 0").into(),
        I::ParticipantUnnamed => {
            pick(lang, "peserta belum bernama", "the participant has no name").into()
        }
        I::NipTwice { nip, first } => pick(
            lang,
            format!("NIP {nip} juga milik participants[{first}]"),
            format!("NIP {nip} is also participants[{first}]'s"),
        ),
        I::Nip(e) if id => crate::text::roster::message::nip(e),
        I::Nip(e) => e.to_string(),
        I::SeatOutside { seat, max } => pick(
            lang,
            format!("kursi {seat} di luar 1-{max}"),
            format!("seat {seat} is outside 1-{max}"),
        ),
        I::NotInRoster { id: pid, .. } => pick(
            lang,
            format!("peserta {pid:?} tidak ada di daftar peserta"),
            format!("participant {pid:?} is not in the roster"),
        ),
        I::SeatedTwice { id: pid, other } => pick(
            lang,
            format!("peserta {pid:?} duduk di kelompok {other:?} dan juga di sini"),
            format!("participant {pid:?} is seated in group {other:?} and again here"),
        ),
        I::NoSuchGroup { group } => pick(
            lang,
            format!("kelompok {group:?} tidak ada"),
            format!("group {group:?} does not exist"),
        ),
        I::UnknownScheme { id: s } => pick(
            lang,
            format!("skema {s:?} tidak bawaan lgd dan tidak didefinisikan di berkas ini"),
            format!("scheme {s:?} is neither built in nor defined in this file"),
        ),
        I::UnknownFramework { id: f } => pick(
            lang,
            format!("kerangka {f:?} tidak bawaan lgd dan tidak didefinisikan di berkas ini"),
            format!("framework {f:?} is neither built in nor defined in this file"),
        ),
        I::NoCompetencies => pick(
            lang,
            "kerangka tidak punya kompetensi",
            "the framework has no competencies",
        )
        .into(),
        I::CompetencyUncoded => pick(
            lang,
            "kompetensi tidak punya kode",
            "the competency has no code",
        )
        .into(),
        I::CompetencyUnnamed => pick(
            lang,
            "kompetensi belum bernama",
            "the competency has no name",
        )
        .into(),
        I::LevelCount { found, want } => pick(
            lang,
            format!("berisi {found} uraian level, seharusnya {want}"),
            format!("has {found} level descriptions, expected {want}"),
        ),
        I::TargetOutside { target } => pick(
            lang,
            format!("level target {target} di luar {MIN_LEVEL}-{MAX_LEVEL}"),
            format!("target level {target} is outside {MIN_LEVEL}-{MAX_LEVEL}"),
        ),
        I::SchemeFramework { own, used } => pick(
            lang,
            format!("skema merujuk kerangka {own:?} tetapi dipakai dengan {used:?}"),
            format!("the scheme refers to framework {own:?} but is used with {used:?}"),
        ),
        I::NoCodes => pick(
            lang,
            "skema tidak punya kode perilaku",
            "the scheme has no behaviour codes",
        )
        .into(),
        I::ReservedKey { key } => pick(
            lang,
            format!("tombol {key:?} dicadangkan aplikasi (angka, spasi, ?, /, -, =, .)"),
            format!("key {key:?} is reserved by the app (digits, space, ?, /, -, =, .)"),
        ),
        I::KeyNotLetter { key } => pick(
            lang,
            format!("tombol {key:?} bukan huruf kecil"),
            format!("key {key:?} is not a lower-case letter"),
        ),
        I::EmptyCode => pick(lang, "kodenya kosong", "the code is empty").into(),
        I::LabelMissing => pick(lang, "label belum lengkap", "a label is missing").into(),
        I::NotInFramework {
            code, framework, ..
        } => pick(
            lang,
            format!("kompetensi {code:?} tidak ada di kerangka {framework:?}"),
            format!("competency {code:?} is not in framework {framework:?}"),
        ),
        I::RubricMax { max } => pick(
            lang,
            format!("skor maksimum {max} tidak menyisakan pilihan"),
            format!("maximum score {max} leaves nothing to choose"),
        ),
        I::Level(e) => level_error(lang, e),
        I::ScoreUnnamed => pick(lang, "nilai belum bernama", "the score has no name").into(),
        I::NotANumber { value } => pick(
            lang,
            format!("{value} bukan bilangan"),
            format!("{value} is not a number"),
        ),
        I::Said { what, .. } => what.clone(),
        I::SchemeFrameworkUnknown { id: f } => crate::text::check::framework_unknown(lang, f),
    }
}
