//! How to fix each definition problem.

use crate::model::Lang;
use crate::model::validate::{CompetencyIn, Issue, NamedIn};
use crate::model::{MAX_LEVEL, MIN_LEVEL};
use crate::text::pick;

/// How to fix it.
pub fn fix(lang: Lang, issue: &Issue) -> String {
    use Issue as I;
    let (id, en): (String, String) = match issue {
        I::Format { .. } => (
            "ini bukan berkas acara lgd".into(),
            "this is not an lgd event file".into(),
        ),
        I::NewerVersion { .. } => ("perbarui lgd".into(), "update lgd".into()),
        I::Id(_) => (
            "ganti namanya dengan huruf, angka, '-' atau '_' saja".into(),
            "rename it with letters, digits, '-' or '_' only".into(),
        ),
        I::UsedTwice { what, .. } => {
            let noun = super::unique(lang, *what);
            (
                format!("beri setiap {noun} nilainya sendiri"),
                format!("give each {noun} its own value"),
            )
        }
        I::EventUnnamed => (
            "beri acara sebuah nama".into(),
            "give the event a name".into(),
        ),
        I::ZeroMinutes => (
            "rencanakan paling sedikit 1 menit".into(),
            "plan at least 1 minute".into(),
        ),
        I::ZeroSetting => (
            "pakai 1 atau lebih, atau kosongkan untuk nilai bawaan".into(),
            "use 1 or more, or leave it out for the default".into(),
        ),
        I::ParticipantUnnamed => ("isi nama lengkapnya".into(), "fill in the full name".into()),
        I::NipTwice { .. } => (
            "periksa daftar peserta: satu NIP per orang".into(),
            "check the roster: one NIP per person".into(),
        ),
        I::Nip(_) => (
            "perbaiki NIP atau kosongkan".into(),
            "correct the NIP or leave it empty".into(),
        ),
        I::SeatOutside { max, .. } => (
            format!("beri nomor kursi 1 sampai {max}"),
            format!("number seats 1 to {max}"),
        ),
        I::NotInRoster {
            named_in: NamedIn::Seat,
            ..
        } => (
            "tambahkan ke daftar peserta atau kosongkan kursinya".into(),
            "add them to participants or free the seat".into(),
        ),
        I::NotInRoster {
            named_in: NamedIn::Coverage,
            ..
        } => (
            "nilai hanya peserta dari daftar peserta".into(),
            "cover only participants of the roster".into(),
        ),
        I::NotInRoster {
            named_in: NamedIn::Result,
            ..
        } => (
            "impor hasilnya lagi dengan daftar peserta ini".into(),
            "import the results again against this roster".into(),
        ),
        I::SeatedTwice { .. } => (
            "dudukkan setiap peserta di satu kelompok saja".into(),
            "seat each participant in one group only".into(),
        ),
        I::NoSuchGroup { .. } => (
            "sebut salah satu kelompok acara".into(),
            "name one of the event's groups".into(),
        ),
        I::UnknownScheme { .. } => (
            "pakai lgd-default atau bales-ipa, atau tambahkan skema di \"schemes\"".into(),
            "use lgd-default or bales-ipa, or add the scheme under \"schemes\"".into(),
        ),
        I::UnknownFramework { .. } => (
            "pakai asn-permenpanrb-38-2017, atau tambahkan kerangka di \"frameworks\"".into(),
            "use asn-permenpanrb-38-2017, or add the framework under \"frameworks\"".into(),
        ),
        I::NoCompetencies => (
            "tambahkan paling sedikit satu kompetensi".into(),
            "add at least one competency".into(),
        ),
        I::CompetencyUncoded => (
            "beri kode seperti M.2".into(),
            "give it a code such as M.2".into(),
        ),
        I::CompetencyUnnamed => (
            "isi name.id dan name.en".into(),
            "fill name.id and name.en".into(),
        ),
        I::LevelCount { .. } => (
            format!("uraikan setiap level {MIN_LEVEL} sampai {MAX_LEVEL}, berurutan"),
            format!("describe each level {MIN_LEVEL} to {MAX_LEVEL}, in order"),
        ),
        I::TargetOutside { .. } => (
            "isi level yang dituntut jabatan, mis. 3 untuk jabatan Administrator".into(),
            "set the level the job requires, e.g. 3 for an Administrator post".into(),
        ),
        I::SchemeFramework { .. } => (
            "pakai kerangka yang menjadi dasar skema, atau perbarui kerangka di skema".into(),
            "use the framework the scheme was written for, or update the scheme's framework".into(),
        ),
        I::NoCodes => (
            "tambahkan paling sedikit satu kode".into(),
            "add at least one code".into(),
        ),
        I::ReservedKey { .. } | I::KeyNotLetter { .. } => (
            "ikat kode ke huruf kecil a-z".into(),
            "bind the code to a lower-case letter a-z".into(),
        ),
        I::EmptyCode => (
            "beri kode singkat seperti PROP".into(),
            "give it a short code such as PROP".into(),
        ),
        I::LabelMissing => (
            "isi label.id dan label.en".into(),
            "fill label.id and label.en".into(),
        ),
        I::NotInFramework {
            named_in: CompetencyIn::Code,
            ..
        } => (
            "pakai kode kompetensi yang didefinisikan kerangka".into(),
            "use a competency code the framework defines".into(),
        ),
        I::NotInFramework {
            named_in: CompetencyIn::Rated,
            ..
        } => (
            "sebut hanya kompetensi yang didefinisikan kerangka".into(),
            "list only competencies the framework defines".into(),
        ),
        I::NotInFramework {
            named_in: CompetencyIn::SelfRating,
            ..
        } => (
            "impor penilaian diri lagi, atau hapus penilaian diri ini".into(),
            "import the self-evaluation again, or remove this self-rating".into(),
        ),
        I::RubricMax { .. } => (
            "pakai maksimum 2 atau lebih (mis. 4)".into(),
            "use a maximum of 2 or more (e.g. 4)".into(),
        ),
        I::Level(_) => (
            "impor penilaian diri yang sudah diperbaiki".into(),
            "import a corrected self-evaluation".into(),
        ),
        I::ScoreUnnamed => (
            "beri nama kolomnya di berkas asesmen daring".into(),
            "name the column in the online-assessment file".into(),
        ),
        I::NotANumber { .. } => (
            "impor berkas asesmen daring yang sudah diperbaiki".into(),
            "import a corrected online-assessment file".into(),
        ),
        I::Said { fix, .. } => (fix.clone(), fix.clone()),
        I::SchemeFrameworkUnknown { .. } => {
            let w = crate::text::check::CheckWords::CheckInEvent;
            let (i, e) = crate::text::Words::pair(w);
            (i.into(), e.into())
        }
    };
    pick(lang, id, en)
}
