//! Every word the report prints, in Bahasa Indonesia and English, in one place.

use serde::Serialize;

use crate::model::Lang;

/// The report's fixed text in one language.
#[derive(Debug, Serialize)]
pub struct Labels {
    /// Report title.
    pub report_title: &'static str,
    /// Data-protection line on the cover.
    pub confidential: &'static str,
    /// Footer.
    pub footer: &'static str,
    /// Heading of the table of contents.
    pub contents: &'static str,
    /// Section: summary.
    pub summary: &'static str,
    /// Section: ranking.
    pub ranking: &'static str,
    /// Section: individual reports.
    pub individual_reports: &'static str,
    /// One individual report.
    pub individual_report: &'static str,
    /// "Generated".
    pub generated: &'static str,
    /// "Event id".
    pub event_id: &'static str,
    /// "Definition digest".
    pub digest: &'static str,
    /// "Dates".
    pub dates: &'static str,
    /// "Participants".
    pub participants: &'static str,
    /// "Participant".
    pub participant: &'static str,
    /// "Groups".
    pub groups: &'static str,
    /// "Group".
    pub group: &'static str,
    /// "Observers".
    pub observers: &'static str,
    /// "Day files".
    pub day_files: &'static str,
    /// Cells decided in the wash-up.
    pub cells_decided: &'static str,
    /// Cells flagged for discussion.
    pub cells_flagged: &'static str,
    /// Results by category heading.
    pub results_by_category: &'static str,
    /// "Category".
    pub category: &'static str,
    /// "JPM range".
    pub jpm_range: &'static str,
    /// "Count".
    pub count: &'static str,
    /// No JPM yet.
    pub no_jpm_yet: &'static str,
    /// Agreement heading.
    pub agreement: &'static str,
    /// How to read the agreement table.
    pub agreement_note: &'static str,
    /// What an agreement figure measures.
    pub scope: &'static str,
    /// "Units".
    pub units: &'static str,
    /// "Value".
    pub value: &'static str,
    /// "95% CI".
    pub ci95: &'static str,
    /// "Interpretation".
    pub band: &'static str,
    /// Agreement of behaviour coding heading.
    pub coding_agreement: &'static str,
    /// "Acts".
    pub acts: &'static str,
    /// "Matched".
    pub matched: &'static str,
    /// "% agreement".
    pub percent_agreement: &'static str,
    /// "Kappa".
    pub kappa: &'static str,
    /// Coverage heading.
    pub coverage: &'static str,
    /// Coverage is complete.
    pub coverage_complete: &'static str,
    /// Lead-in to the thin-coverage table.
    pub thin_coverage: &'static str,
    /// "Submitted by".
    pub submitted_by: &'static str,
    /// "Planned".
    pub planned: &'static str,
    /// Observers who have not submitted.
    pub unsubmitted: &'static str,
    /// "Id".
    pub id: &'static str,
    /// "Name".
    pub name: &'static str,
    /// "Role".
    pub role: &'static str,
    /// "Submitted".
    pub submitted: &'static str,
    /// "yes".
    pub yes: &'static str,
    /// "no".
    pub no: &'static str,
    /// "none".
    pub none: &'static str,
    /// Problems heading.
    pub problems: &'static str,
    /// "Rank".
    pub rank: &'static str,
    /// "JPM".
    pub jpm: &'static str,
    /// Change-agent candidate.
    pub change_agent_candidate: &'static str,
    /// "Members".
    pub members: &'static str,
    /// "Seat".
    pub seat: &'static str,
    /// "Position".
    pub position: &'static str,
    /// "Unit".
    pub unit: &'static str,
    /// "Airtime share".
    pub airtime_share: &'static str,
    /// "Turns".
    pub turns: &'static str,
    /// "turns", inside a sentence.
    pub turns_lower: &'static str,
    /// The group's mission text heading.
    pub mission: &'static str,
    /// "recorded by".
    pub recorded_by: &'static str,
    /// No mission text recorded.
    pub no_mission: &'static str,
    /// Rubric heading.
    pub rubric: &'static str,
    /// "Criterion".
    pub criterion: &'static str,
    /// "Mean".
    pub mean: &'static str,
    /// "Max".
    pub max: &'static str,
    /// "Total".
    pub total: &'static str,
    /// Airtime distribution heading.
    pub airtime_distribution: &'static str,
    /// Interaction matrix heading.
    pub interaction_matrix: &'static str,
    /// How to read the interaction matrix.
    pub interaction_note: &'static str,
    /// Corner cell of the matrix.
    pub from_to: &'static str,
    /// "Received".
    pub received: &'static str,
    /// Group notes heading.
    pub group_notes: &'static str,
    /// "NIP".
    pub nip: &'static str,
    /// Levels still missing.
    pub missing_levels: &'static str,
    /// Ratings heading.
    pub ratings: &'static str,
    /// "not submitted".
    pub not_submitted: &'static str,
    /// "Competency".
    pub competency: &'static str,
    /// "Target".
    pub target: &'static str,
    /// "Proposed".
    pub proposed: &'static str,
    /// "Consensus".
    pub consensus: &'static str,
    /// "Final".
    pub final_level: &'static str,
    /// "Gap".
    pub gap: &'static str,
    /// "Flags".
    pub flags: &'static str,
    /// The ratings table's legend.
    pub ratings_legend: &'static str,
    /// Consensus reasons heading.
    pub consensus_reasons: &'static str,
    /// Observers' rating notes heading.
    pub rating_notes: &'static str,
    /// Strengths heading.
    pub strengths: &'static str,
    /// Development areas heading.
    pub development_areas: &'static str,
    /// Nothing recorded.
    pub none_recorded: &'static str,
    /// Airtime chart caption in a participant's report.
    pub airtime_in_group: &'static str,
    /// Acts chart caption.
    pub acts_by_code: &'static str,
    /// Self-evaluation heading.
    pub self_evaluation: &'static str,
    /// "Self".
    pub self_level: &'static str,
    /// "Self - final".
    pub self_gap: &'static str,
    /// How to read the self-evaluation gap.
    pub self_gap_note: &'static str,
    /// Online scores heading.
    pub online_scores: &'static str,
    /// "Test".
    pub test: &'static str,
    /// "Score".
    pub score: &'static str,
    /// Not observed, as a rating cell.
    pub not_observed: &'static str,
    /// Flag: spread.
    pub flag_spread: &'static str,
    /// Flag: observers on both sides of the target.
    pub flag_across_target: &'static str,
    /// Flag: fewer than two ratings.
    pub flag_few_ratings: &'static str,
    /// Label of the equal-share line.
    pub equal_share: &'static str,
    /// Radar chart title.
    pub radar_title: &'static str,
    /// Acts chart title.
    pub acts_title: &'static str,
    /// Krippendorff's alpha heading.
    pub alpha_ordinal: &'static str,
    /// Scope: all competencies.
    pub all_competencies: &'static str,
    /// ICC heading.
    pub icc_heading: &'static str,
    /// What the ICC rows measure: competency ratings.
    pub icc_ratings: &'static str,
    /// What the ICC rows measure: act counts.
    pub icc_counts: &'static str,
    /// "One observer".
    pub icc_single: &'static str,
    /// "Mean of observers".
    pub icc_mean: &'static str,
    /// "all" in "JPM range".
    pub and_above: &'static str,
    /// "below".
    pub below: &'static str,
}

/// The labels in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: Labels = Labels {
    report_title: "Laporan Hasil Leaderless Group Discussion",
    confidential: "Rahasia: berisi data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi). Hanya untuk pihak yang berwenang.",
    footer: "Laporan ini disusun dari penilaian independen para asesor dan keputusan rapat integrasi. Penilaian asli setiap asesor tidak pernah diubah.",
    contents: "Daftar isi",
    summary: "Ringkasan",
    ranking: "Peringkat menurut JPM",
    individual_reports: "Laporan individu",
    individual_report: "Laporan individu",
    generated: "Disusun",
    event_id: "ID kegiatan",
    digest: "sidik definisi",
    dates: "Tanggal",
    participants: "Peserta",
    participant: "Peserta",
    groups: "Kelompok",
    group: "Kelompok",
    observers: "Asesor",
    day_files: "Berkas harian",
    cells_decided: "Diputuskan dalam rapat integrasi",
    cells_flagged: "Sel ditandai untuk dibahas",
    results_by_category: "Hasil per kategori",
    category: "Kategori",
    jpm_range: "Rentang JPM",
    count: "Jumlah",
    no_jpm_yet: "JPM belum lengkap",
    agreement: "Kesepakatan antarasesor",
    agreement_note: "Alpha Krippendorff (ordinal) atas seluruh penilaian independen yang dihitung: ≥ 0,800 reliabel, ≥ 0,667 tentatif. ICC dalam setiap blok lengkap (kelompok dan asesor yang menilai semua anggotanya): ICC(2,1) untuk satu asesor, ICC(2,k) untuk rerata yang menjadi dasar level usulan.",
    scope: "Yang diukur",
    units: "Unit",
    value: "Nilai",
    ci95: "IK 95%",
    band: "Interpretasi",
    coding_agreement: "Kesepakatan pengodean perilaku",
    acts: "Perilaku",
    matched: "Cocok",
    percent_agreement: "% sepakat",
    kappa: "Kappa",
    coverage: "Cakupan pengamatan",
    coverage_complete: "Setiap peserta dinilai oleh sedikitnya dua asesor yang telah mengirimkan penilaiannya.",
    thin_coverage: "Peserta yang dinilai kurang dari dua asesor:",
    submitted_by: "Dikirim oleh",
    planned: "Direncanakan",
    unsubmitted: "Asesor yang belum mengirimkan penilaian",
    id: "ID",
    name: "Nama",
    role: "Peran",
    submitted: "Terkirim",
    yes: "ya",
    no: "belum",
    none: "tidak ada",
    problems: "Catatan pembacaan berkas",
    rank: "No.",
    jpm: "JPM",
    change_agent_candidate: "kandidat agen perubahan",
    members: "Anggota",
    seat: "Kursi",
    position: "Jabatan",
    unit: "Unit kerja",
    airtime_share: "Porsi bicara",
    turns: "Giliran",
    turns_lower: "giliran",
    mission: "Misi yang dirumuskan kelompok",
    recorded_by: "dicatat oleh",
    no_mission: "Tidak ada teks misi yang dicatat.",
    rubric: "Penilaian produk kelompok",
    criterion: "Kriteria",
    mean: "Rerata",
    max: "Maks.",
    total: "Total",
    airtime_distribution: "Sebaran porsi bicara",
    interaction_matrix: "Matriks interaksi (siapa kepada siapa)",
    interaction_note: "Rerata jumlah perilaku terarah dari peserta pada baris kepada peserta pada kolom (nomor kursi), dari semua asesor kelompok.",
    from_to: "Dari \\ kepada",
    received: "Diterima",
    group_notes: "Catatan asesor tentang kelompok",
    nip: "NIP",
    missing_levels: "Level akhir belum ada untuk",
    ratings: "Penilaian kompetensi",
    not_submitted: "belum dikirim",
    competency: "Kompetensi",
    target: "Standar",
    proposed: "Usulan",
    consensus: "Konsensus",
    final_level: "Akhir",
    gap: "GAP",
    flags: "Tanda",
    ratings_legend: "Angka per asesor adalah penilaian independen sebelum rapat integrasi. Miring: tidak dihitung. * belum dikirim; † dinilai setelah pengiriman. TT: tidak teramati. Usulan: rerata dibulatkan. GAP: level akhir dikurangi standar.",
    consensus_reasons: "Keputusan rapat integrasi",
    rating_notes: "Catatan asesor atas penilaian",
    strengths: "Kekuatan (+)",
    development_areas: "Area pengembangan (−)",
    none_recorded: "Tidak ada catatan.",
    airtime_in_group: "Porsi bicara dalam kelompok",
    acts_by_code: "Perilaku menurut kode (rerata per asesor)",
    self_evaluation: "Evaluasi diri dibandingkan level akhir",
    self_level: "Diri",
    self_gap: "Selisih",
    self_gap_note: "Selisih = penilaian diri dikurangi level akhir; positif berarti menilai diri lebih tinggi.",
    online_scores: "Hasil asesmen daring",
    test: "Tes",
    score: "Skor",
    not_observed: "TT",
    flag_spread: "selisih besar",
    flag_across_target: "di kedua sisi standar",
    flag_few_ratings: "kurang dari 2 penilaian",
    equal_share: "porsi rata",
    radar_title: "Level akhir dibandingkan standar",
    acts_title: "Perilaku menurut kode",
    alpha_ordinal: "Alpha Krippendorff (ordinal)",
    all_competencies: "semua kompetensi",
    icc_heading: "ICC per kelompok (Koo & Li)",
    icc_ratings: "penilaian kompetensi",
    icc_counts: "jumlah perilaku per kode",
    icc_single: "ICC(2,1) satu asesor",
    icc_mean: "ICC(2,k) rerata asesor",
    and_above: "ke atas",
    below: "di bawah",
};

static EN: Labels = Labels {
    report_title: "Leaderless Group Discussion Report",
    confidential: "Confidential: contains personal data (Indonesian Personal Data Protection Law 27/2022). For authorised readers only.",
    footer: "This report is built from the assessors' independent ratings and the integration meeting's decisions. No assessor's original rating was ever changed.",
    contents: "Contents",
    summary: "Summary",
    ranking: "Ranking by JPM",
    individual_reports: "Individual reports",
    individual_report: "Individual report",
    generated: "Generated",
    event_id: "event id",
    digest: "definition digest",
    dates: "Dates",
    participants: "Participants",
    participant: "Participant",
    groups: "Groups",
    group: "Group",
    observers: "Observers",
    day_files: "Day files",
    cells_decided: "Decided in the wash-up",
    cells_flagged: "Cells flagged for discussion",
    results_by_category: "Results by category",
    category: "Category",
    jpm_range: "JPM range",
    count: "Count",
    no_jpm_yet: "JPM not complete",
    agreement: "Agreement between observers",
    agreement_note: "Krippendorff's alpha (ordinal) over every counted independent rating: ≥ 0.800 reliable, ≥ 0.667 tentative. ICC within each complete block (a group and the observers who rated all its members): ICC(2,1) for one observer, ICC(2,k) for the mean the proposed level rests on.",
    scope: "Measured",
    units: "Units",
    value: "Value",
    ci95: "95% CI",
    band: "Interpretation",
    coding_agreement: "Agreement of behaviour coding",
    acts: "Acts",
    matched: "Matched",
    percent_agreement: "% agreement",
    kappa: "Kappa",
    coverage: "Coverage",
    coverage_complete: "Every participant was rated by at least two observers who submitted their ratings.",
    thin_coverage: "Participants rated by fewer than two observers:",
    submitted_by: "Submitted by",
    planned: "Planned",
    unsubmitted: "Observers who have not submitted",
    id: "Id",
    name: "Name",
    role: "Role",
    submitted: "Submitted",
    yes: "yes",
    no: "no",
    none: "none",
    problems: "Notes from reading the files",
    rank: "Rank",
    jpm: "JPM",
    change_agent_candidate: "change-agent candidate",
    members: "Members",
    seat: "Seat",
    position: "Position",
    unit: "Unit",
    airtime_share: "Airtime share",
    turns: "Turns",
    turns_lower: "turns",
    mission: "The group's mission text",
    recorded_by: "recorded by",
    no_mission: "No mission text was recorded.",
    rubric: "Rating of the group's product",
    criterion: "Criterion",
    mean: "Mean",
    max: "Max",
    total: "Total",
    airtime_distribution: "Airtime distribution",
    interaction_matrix: "Interaction matrix (who to whom)",
    interaction_note: "Mean number of targeted acts from the participant in the row to the participant in the column (seat number), over the group's observers.",
    from_to: "From \\ to",
    received: "Received",
    group_notes: "Observers' notes on the group",
    nip: "NIP",
    missing_levels: "No final level yet for",
    ratings: "Competency ratings",
    not_submitted: "not submitted",
    competency: "Competency",
    target: "Target",
    proposed: "Proposed",
    consensus: "Consensus",
    final_level: "Final",
    gap: "Gap",
    flags: "Flags",
    ratings_legend: "Each observer's figure is their independent rating before the wash-up. Italic: not counted. * not submitted; † rated only after submission. n/o: not observed. Proposed: rounded mean. Gap: final level minus target.",
    consensus_reasons: "Wash-up decisions",
    rating_notes: "Observers' notes on their ratings",
    strengths: "Strengths (+)",
    development_areas: "Development areas (−)",
    none_recorded: "Nothing recorded.",
    airtime_in_group: "Airtime within the group",
    acts_by_code: "Acts by code (mean per observer)",
    self_evaluation: "Self-evaluation against the final level",
    self_level: "Self",
    self_gap: "Difference",
    self_gap_note: "Difference = self-rating minus final level; positive means the participant rated themselves higher.",
    online_scores: "Online assessment",
    test: "Test",
    score: "Score",
    not_observed: "n/o",
    flag_spread: "wide spread",
    flag_across_target: "both sides of target",
    flag_few_ratings: "fewer than 2 ratings",
    equal_share: "equal share",
    radar_title: "Final levels against the target",
    acts_title: "Acts by code",
    alpha_ordinal: "Krippendorff's alpha (ordinal)",
    all_competencies: "all competencies",
    icc_heading: "ICC per group (Koo & Li)",
    icc_ratings: "competency ratings",
    icc_counts: "act counts per code",
    icc_single: "ICC(2,1) one observer",
    icc_mean: "ICC(2,k) observers' mean",
    and_above: "and above",
    below: "below",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_label_is_empty_in_either_language() {
        for lang in [Lang::Id, Lang::En] {
            let value = serde_json::to_value(labels(lang)).expect("labels");
            for (key, text) in value.as_object().expect("object") {
                assert!(
                    text.as_str().is_some_and(|t| !t.trim().is_empty()),
                    "{lang:?} {key}"
                );
            }
        }
    }
}
