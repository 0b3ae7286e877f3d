//! The report's texts added for the results the city defends: the JPM method and its source, the
//! change-agent rule, the cover and signature block, a participant's own file and the summary for
//! the organisation. (The report's older fixed texts are in src/report/labels.rs.)

use super::{Lang, Words};
use crate::words;

words! {
    /// Headings, column names and fixed sentences of the report.
    pub enum ReportWords {
        Organisation => ("Instansi", "Organisation"),
        Venue => ("Tempat", "Venue"),
        Case => ("Studi kasus", "Case study"),
        LeadAssessor => ("Ketua tim asesor", "Lead assessor"),
        AssessorTeam => ("Tim asesor", "Assessor team"),
        TimeZone => ("Zona waktu", "Time zone"),
        NotRecorded => (
            "belum dicatat (jalankan lgd consolidate dengan --event)",
            "not recorded (run lgd consolidate with --event)",
        ),
        Signature => ("Pengesahan", "Signed"),
        SignatureRole => ("Ketua Tim Asesor", "Lead Assessor"),
        BelowTarget => ("Di bawah standar", "Below target"),
        Method => ("Cara menghitung", "How the figures are computed"),
        CandidateRule => ("Aturan kandidat agen perubahan", "Change-agent candidate rule"),
        Why => ("Alasan", "Why"),
        CandidatesHeading => ("Kandidat agen perubahan", "Change-agent candidates"),
        NoCandidates => (
            "Belum ada peserta yang memenuhi aturan ini.",
            "No participant meets this rule yet.",
        ),
        ForOrganisation => ("Ringkasan untuk instansi", "Summary for the organisation"),
        ByUnit => ("Menurut unit kerja (OPD)", "By unit (OPD)"),
        Unit => ("Unit kerja", "Unit"),
        Participants => ("Peserta", "Participants"),
        Candidates => ("Kandidat", "Candidates"),
        MeanByUnit => (
            "Rata-rata level akhir per kompetensi menurut unit kerja",
            "Mean final level per competency by unit",
        ),
        Missions => ("Misi kelompok menurut pilar motto", "The groups' missions by motto pillar"),
        Group => ("Kelompok", "Group"),
        Unassigned => ("Lainnya", "Other"),
        SharedThemes => ("Tema yang dimiliki beberapa kelompok", "Themes several groups share"),
        Theme => ("Tema", "Theme"),
        GroupsSharing => ("Kelompok", "Groups"),
        NoMissions => ("Belum ada misi yang dicatat.", "No mission recorded yet."),
        OwnReport => ("Laporan umpan balik peserta", "Participant feedback report"),
        OwnNote => (
            "Laporan ini hanya memuat hasil Anda sendiri. Level 1-5 sesuai standar kompetensi ASN (PermenPANRB 38/2017); standar adalah level yang dituntut jabatan.",
            "This report holds your own results only. Levels 1-5 follow the ASN competency standard (PermenPANRB 38/2017); the target is the level the post requires.",
        ),
        Competency => ("Kompetensi", "Competency"),
        Target => ("Standar", "Target"),
        Level => ("Level", "Level"),
        LevelMeaning => ("Arti level yang dicapai", "What the level achieved means"),
        Strengths => ("Kekuatan", "Strengths"),
        Developments => ("Area pengembangan", "Development areas"),
        NoneRecorded => ("Tidak ada catatan.", "None recorded."),
        SelfEvaluation => ("Penilaian diri dibanding hasil", "Self-evaluation against the result"),
        SelfLevel => ("Penilaian diri", "Own rating"),
        FinalLevel => ("Level akhir", "Final level"),
        SelfGap => ("Selisih", "Gap"),
        OtherParticipant => ("[peserta lain]", "[another participant]"),
        Jpm => ("JPM", "JPM"),
        Category => ("Kategori", "Category"),
        // Splits (issue 15 item 8) and the agreement section (items 5, 6, 9).
        JpmAwaits => (
            "menunggu keputusan rapat integrasi (nilai terbelah)",
            "awaits a wash-up decision (split)",
        ),
        SplitMark => ("terbelah", "split"),
        Procedure => ("Pencocokan tindakan", "Act matching"),
        SameCodeFirst => (
            "Observer XT / INTERACT, kode sama lebih dulu; tindakan tanpa pasangan dihitung tidak sepakat",
            "Observer XT / INTERACT, same code first; unmatched acts count as disagreements",
        ),
        TimeOnly => (
            "berdasarkan waktu saja, kode apa pun (berkas lama); kappa hanya atas pasangan",
            "by time only, whatever the code (older file); kappa over matched pairs only",
        ),
        ClockOffset => ("Selisih jam", "Clock offset"),
        Estimated => ("diperkirakan dari data", "estimated from the data"),
        StartingGuess => ("awal fase (data kurang)", "phase start (too little data)"),
        Marks => ("penanda", "marks"),
        PooledCaveat => (
            "Alpha gabungan memperlakukan enam sel seorang peserta sebagai unit yang saling lepas, padahal tidak: bacalah bersama alpha per kompetensi di bawahnya.",
            "The pooled alpha treats a participant's six cells as independent units, which they are not: read it beside the per-competency alphas below it.",
        ),
        Pooled => ("gabungan", "pooled"),
        CodeAgreementHeading => (
            "Kesepakatan jumlah per kode perilaku",
            "Agreement on counts per behaviour code",
        ),
        CodeAgreementNote => (
            "Per kode: alpha Krippendorff (interval) atas berapa kali setiap peserta menunjukkan kode itu menurut tiap asesor sesi yang sama. Menggantikan ICC jumlah gabungan, yang lebih mencerminkan seberapa sering tiap kode dipakai.",
            "Per code: Krippendorff's alpha (interval) over how often each participant showed the code according to each observer of the same session. Replaces the pooled count ICC, which mostly reflected how often each code is used.",
        ),
        Code => ("Kode", "Code"),
        MeanCount => ("Rerata jumlah", "Mean count"),
    }
}

/// "A mean exactly halfway between two levels (x.5): decided in the wash-up (no level proposed)."
pub fn midpoint_method(lang: Lang, policy: crate::model::MidpointPolicy) -> String {
    let name = crate::text::midpoint::policy(lang, policy);
    match lang {
        Lang::Id => format!("Rerata tepat di tengah dua level (x,5): {name}."),
        Lang::En => format!("A mean exactly halfway between two levels (x.5): {name}."),
    }
}

/// "split 3 | 4: needs a decision" for a cell's flags.
pub fn split_flag(lang: Lang, lower: &str, upper: &str, settled: Option<&str>) -> String {
    match (lang, settled) {
        (Lang::Id, None) => format!("terbelah {lower} | {upper}: perlu diputuskan"),
        (Lang::En, None) => format!("split {lower} | {upper}: needs a decision"),
        (Lang::Id, Some(p)) => format!("terbelah {lower} | {upper}: {p}"),
        (Lang::En, Some(p)) => format!("split {lower} | {upper}: {p}"),
    }
}

/// Every entry of [`ReportWords`] by its variant name, for the templates (`w.Venue`).
pub fn report_words(lang: Lang) -> std::collections::BTreeMap<String, &'static str> {
    ReportWords::all()
        .iter()
        .map(|w| (format!("{w:?}"), w.get(lang)))
        .collect()
}

/// "83,3%": a JPM as a percentage with one decimal in the reader's notation.
pub fn jpm_percent(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Id | Lang::En => format!("{value}%"),
    }
}

/// The JPM formula and whether levels above target are capped, with the sources.
pub fn jpm_method(lang: Lang, capped: bool) -> String {
    match (lang, capped) {
        (Lang::Id, true) => "JPM (Job Person Match) = jumlah level akhir ÷ jumlah level standar × 100%; level di atas standar dihitung sama dengan standar (dibatasi), sehingga kelebihan pada satu kompetensi tidak menutupi kekurangan pada kompetensi lain dan JPM paling tinggi 100%. Pengaturan acara: jpm_capped (bawaan: ya).".into(),
        (Lang::Id, false) => "JPM (Job Person Match) = jumlah level akhir ÷ jumlah level standar × 100%; level di atas standar dihitung penuh (tidak dibatasi), sehingga JPM dapat melebihi 100%. Pengaturan acara: jpm_capped = false.".into(),
        (Lang::En, true) => "JPM (Job Person Match) = sum of final levels ÷ sum of target levels × 100%; a level above the target counts as the target (capped), so a surplus on one competency cannot make up for a shortfall on another and JPM is at most 100%. Event setting: jpm_capped (default: yes).".into(),
        (Lang::En, false) => "JPM (Job Person Match) = sum of final levels ÷ sum of target levels × 100%; levels above the target count in full (not capped), so JPM can exceed 100%. Event setting: jpm_capped = false.".into(),
    }
}

/// Where the formula and the category thresholds come from.
pub fn jpm_sources(lang: Lang) -> String {
    match lang {
        Lang::Id => "Sumber: JPM sebagai perbandingan nilai capaian kompetensi dengan level standar kompetensi jabatan dalam persen, dan kategori seleksi Memenuhi Syarat ≥ 80%, Masih Memenuhi Syarat 68% s.d. < 80%, Kurang Memenuhi Syarat < 68% (Berita Negara RI 2020 No. 35, lampiran uji kompetensi); kategori pemetaan Optimal ≥ 90%, Cukup Optimal 78% s.d. < 90%, Kurang Optimal < 78% (Peraturan BRIN No. 3 Tahun 2023 Pasal 33, mengikuti pedoman BKN); standar kompetensi dari PermenPANRB No. 38 Tahun 2017. Peraturan tidak menyebut apakah level di atas standar dibatasi: itu pilihan acara.".into(),
        Lang::En => "Sources: JPM as the ratio of achieved competency levels to the post's standard levels, in percent, and the selection categories Meets requirements ≥ 80%, Still meets 68% to < 80%, Does not meet < 68% (Berita Negara RI 2020 No. 35, competency-test annex); the mapping categories Optimal ≥ 90%, Fairly optimal 78% to < 90%, Below optimal < 78% (BRIN Regulation No. 3 of 2023, Art. 33, following BKN guidance); competency standard from PermenPANRB No. 38 of 2017. The regulations do not say whether levels above the target are capped: that is the event's choice.".into(),
    }
}

/// How ties are ranked.
pub fn ranking_order(lang: Lang) -> String {
    match lang {
        Lang::Id => "Diurutkan menurut JPM, tertinggi lebih dulu; JPM yang sama (pada satu desimal) berbagi peringkat (1, 2, 2, 4). ★ dan latar kuning: kandidat agen perubahan menurut aturan di bawah.".into(),
        Lang::En => "Ordered by JPM, highest first; equal JPMs (to one decimal) share a rank (1, 2, 2, 4). ★ and a yellow background: change-agent candidates under the rule below.".into(),
    }
}

/// The rule's category condition: "category Optimal or Cukup Optimal".
pub fn rule_category(lang: Lang, labels: &[String]) -> String {
    let list = labels.join(match lang {
        Lang::Id => " atau ",
        Lang::En => " or ",
    });
    match lang {
        Lang::Id => format!("kategori {list}"),
        Lang::En => format!("category {list}"),
    }
}

/// The rule's shortfall condition.
pub fn rule_shortfall(lang: Lang, max: &str) -> String {
    match lang {
        Lang::Id => format!("tidak ada kompetensi lebih dari {max} level di bawah standar"),
        Lang::En => format!("no competency more than {max} level(s) below target"),
    }
}

/// The rule's at-target condition for one competency.
pub fn rule_at_target(lang: Lang, competency: &str) -> String {
    match lang {
        Lang::Id => format!("{competency} pada atau di atas standar"),
        Lang::En => format!("{competency} at or above target"),
    }
}

/// Where the rule is set.
pub fn rule_setting(lang: Lang) -> String {
    match lang {
        Lang::Id => "Semua syarat harus terpenuhi. Pengaturan acara: change_agent (top_categories, max_shortfall, at_target); bawaan: dua kategori teratas, paling banyak 1 level di bawah standar, M.7 Mengelola Perubahan pada standar.".into(),
        Lang::En => "Every condition must hold. Event setting: change_agent (top_categories, max_shortfall, at_target); default: the top two categories, at most 1 level below target, M.7 Managing change at target.".into(),
    }
}

/// "2 kompetensi, −2 level (M.3 −1, M.7 −1)" or "tidak ada".
pub fn shortfall(lang: Lang, count: usize, total: &str, detail: &str) -> String {
    match (lang, count) {
        (Lang::Id, 0) => "tidak ada".into(),
        (Lang::En, 0) => "none".into(),
        (Lang::Id, n) => format!("{n} kompetensi, {total} level ({detail})"),
        (Lang::En, n) => format!(
            "{n} competenc{}, {total} level(s) ({detail})",
            if n == 1 { "y" } else { "ies" }
        ),
    }
}

/// A category's members' competencies below target, summed: "5 kompetensi, −6 level".
pub fn shortfall_sum(lang: Lang, count: usize, total: &str) -> String {
    match (lang, count) {
        (Lang::Id, 0) => "tidak ada".into(),
        (Lang::En, 0) => "none".into(),
        (Lang::Id, n) => format!("{n} kompetensi, {total} level"),
        (Lang::En, n) => format!(
            "{n} competenc{}, {total} level(s)",
            if n == 1 { "y" } else { "ies" }
        ),
    }
}

/// A candidate's largest gap: "none below target" or "at most 1 level below target".
pub fn worst_gap(lang: Lang, worst: f64, levels: &str) -> String {
    match (lang, worst > 0.0) {
        (Lang::Id, false) => "tidak ada di bawah standar".into(),
        (Lang::En, false) => "none below target".into(),
        (Lang::Id, true) => format!("paling jauh {levels} level di bawah standar"),
        (Lang::En, true) => format!("at most {levels} level(s) below target"),
    }
}

/// `lgd check`'s warning about cover facts still empty (or a time zone it cannot read).
pub fn missing_facts(lang: Lang, flags: &[&str]) -> String {
    let list = flags.join(", ");
    match lang {
        Lang::Id => format!(
            "peringatan: sampul laporan masih kosong untuk {list}; isi dengan lgd new {list} (atau di berkas acara); zona waktu: WIB, WITA, WIT atau +07:00"
        ),
        Lang::En => format!(
            "warning: the report's cover is still empty for {list}; set them with lgd new {list} (or in the event file); time zone: WIB, WITA, WIT or +07:00"
        ),
    }
}

/// The place and date line of the signature block: "Tangerang Selatan, 3 Desember 2026".
pub fn place_date(place: &str, date: &str) -> String {
    if place.is_empty() {
        date.to_string()
    } else {
        format!("{place}, {date}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_has_both_languages() {
        for lang in [Lang::Id, Lang::En] {
            for capped in [true, false] {
                assert!(jpm_method(lang, capped).contains("JPM"));
            }
            assert!(!jpm_sources(lang).is_empty());
            assert!(!shortfall(lang, 2, "−2", "M.3 −1, M.7 −1").is_empty());
        }
        assert_ne!(
            shortfall(Lang::Id, 0, "0", ""),
            shortfall(Lang::En, 0, "0", "")
        );
    }
}
