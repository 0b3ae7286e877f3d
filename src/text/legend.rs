//! What the short column heads and figures on the observer's screens mean, for the `?` help.

crate::words! {
    /// One term of the help's legend and what it means.
    pub enum Legend {
        Heading => ("Arti kolom dan angka", "What the columns and figures mean"),
        Turns => ("Gil = giliran bicara", "Trn = speaking turns"),
        Air => ("Bicara = lama bicara", "Air = time spoken"),
        Share => (
            "Porsi = bagian dari seluruh waktu bicara",
            "Share = part of all the time spoken",
        ),
        Total => ("Σ = tindakan terkode", "Σ = acts coded"),
        Balance => (
            "+/- = tindakan positif / negatif",
            "+/- = positive / negative acts",
        ),
        Last => (
            "Akhir = waktu sejak tindakan terakhir dikode",
            "Last = time since their last coded act",
        ),
        Positive => (
            "P = tindakan positif terkait kompetensi",
            "P = positive acts linked to the competency",
        ),
        Negative => (
            "N = tindakan negatif terkait",
            "N = negative acts linked to it",
        ),
        Kinds => (
            "K = jenis kode positif yang berbeda",
            "K = different positive codes seen",
        ),
        Half => (
            "3,5 = level setengah (angka yang sama ditekan lagi)",
            "3.5 = a half level (the same digit pressed again)",
        ),
        Edited => (
            "* = diubah setelah kirim, dengan alasan",
            "* = changed after submission, with a reason",
        ),
    }
}
