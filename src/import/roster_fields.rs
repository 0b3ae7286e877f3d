//! The columns a roster may have, with every spelling offices use for them.

use super::Field;

/// The roster columns recognised, with their spellings in Bahasa Indonesia and English.
pub const FIELDS: &[Field] = &[
    Field {
        name: "name",
        synonyms: &[
            "Nama",
            "Name",
            "Nama Lengkap",
            "Nama Peserta",
            "Nama Pegawai",
            "Nama Asesi",
            "Nama dan Gelar",
            "Nama Lengkap dan Gelar",
            "Nama Lengkap beserta Gelar",
            "Nama Lengkap Beserta Gelar Akademik",
            "Nama Responden",
            "Full Name",
            "Participant",
        ],
    },
    Field {
        name: "nip",
        synonyms: &[
            "NIP",
            "NIP Baru",
            "Nomor Induk Pegawai",
            "NIP/NRP",
            "Employee Number",
        ],
    },
    Field {
        name: "position",
        synonyms: &["Jabatan", "Position", "Nama Jabatan", "Posisi", "Job Title"],
    },
    Field {
        name: "unit",
        synonyms: &[
            "Unit Kerja",
            "OPD",
            "Unit",
            "Satuan Kerja",
            "Satker",
            "Perangkat Daerah",
            "SKPD",
            "Instansi",
            "Work Unit",
            "Department",
            "Organisation",
            "Organization",
        ],
    },
    Field {
        name: "gender",
        synonyms: &["Jenis Kelamin", "Gender", "Sex", "JK", "L/P", "Kelamin"],
    },
    Field {
        name: "group",
        synonyms: &[
            "Kelompok",
            "Group",
            "Grup",
            "Kel",
            "Klp",
            "No Kelompok",
            "Group No",
        ],
    },
    Field {
        name: "seat",
        synonyms: &[
            "No Kursi",
            "Kursi",
            "Nomor Kursi",
            "Seat",
            "Seat No",
            "Seat Number",
            "No Duduk",
            "Nomor Duduk",
            "Tempat Duduk",
        ],
    },
];

/// Headers of a running-number column ("No."), which carries nothing worth keeping.
pub(crate) const INDEX_HEADERS: &[&str] = &["no", "nourut", "nomor", "nomorurut"];
