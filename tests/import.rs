//! Reading rosters and observer lists from the files offices really send, with fixtures made here.

use std::path::{Path, PathBuf};

use lgd_observer::import::observers::read_observers;
use lgd_observer::import::roster::{Roster, read_roster};
use lgd_observer::import::{ImportError, Table, read_table};
use lgd_observer::model::{Gender, Role};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn table(name: &str, bytes: &[u8]) -> Table {
    let dir = tempfile::tempdir().expect("tmp");
    read_table(&write(dir.path(), name, bytes), None).expect("table")
}

fn roster(name: &str, bytes: &[u8]) -> Roster {
    read_roster(table(name, bytes), None).expect("roster")
}

fn problems(r: &Roster) -> Vec<(usize, String)> {
    r.problems
        .iter()
        .map(|p| (p.row, p.reason.clone()))
        .collect()
}

fn has_problem(r: &Roster, row: usize, text: &str) -> bool {
    r.problems
        .iter()
        .any(|p| p.row == row && p.reason.contains(text))
}

#[test]
fn semicolon_csv_with_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(
        "Nama;NIP;Jabatan;Unit Kerja;Jenis Kelamin\r\n\
         Ani Lestari, S.H.;198001012005012001;Kepala Seksi;Dinas Kesehatan;P\r\n\
         Budi Santoso;19800202 200501 1 002;Kepala Seksi;Dinas Pendidikan;L\r\n"
            .as_bytes(),
    );
    let t = table("roster.csv", &bytes);
    assert_eq!(
        t.headers[0], "Nama",
        "the BOM is not part of the first header"
    );
    assert!(t.source.to_string().contains("';'"), "{}", t.source);
    assert_eq!(t.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [2, 3]);
    let r = read_roster(t, None).expect("roster");
    assert!(r.problems.is_empty(), "{:?}", problems(&r));
    let p = &r.entries[1].participant;
    assert_eq!(p.id, "P02");
    assert_eq!(p.nip.as_deref(), Some("198002022005011002"));
    assert_eq!(p.unit, "Dinas Pendidikan");
    assert_eq!(p.gender, Some(Gender::L));
    assert_eq!(r.entries[0].participant.name, "Ani Lestari, S.H.");
}

#[test]
fn windows_1252_names_keep_curly_apostrophes_and_accents() {
    let bytes = b"Nama,NIP\r\n\"Drs. H. Ahmad Nur\x92aini, M.Si.\",198001012005011001\r\nJos\xe9 Rizal,\r\n";
    let t = table("roster.csv", bytes);
    assert!(
        t.source.to_string().contains("windows-1252"),
        "{}",
        t.source
    );
    let r = read_roster(t, None).expect("roster");
    let names: Vec<&str> = r
        .entries
        .iter()
        .map(|e| e.participant.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Drs. H. Ahmad Nur\u{2019}aini, M.Si.", "José Rizal"]
    );
    assert_eq!(r.entries[1].participant.nip, None, "an empty NIP is no NIP");
}

#[test]
fn utf16_tab_separated_as_excel_unicode_text() {
    let text = "Nama\tNIP\tKelompok\tNo Kursi\nSiti Nur\u{2019}aini\t198001012005012001\t1\t2\nJosé\t198001012005011002\tKelompok 1\t\n";
    for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
        let mut bytes = bom.to_vec();
        for u in text.encode_utf16() {
            bytes.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let t = table("roster.txt", &bytes);
        assert!(
            t.source.to_string().contains("UTF-16") && t.source.to_string().contains("tab"),
            "{}",
            t.source
        );
        let r = read_roster(t, None).expect("roster");
        assert!(r.has_groups);
        assert_eq!(r.entries[0].participant.name, "Siti Nur\u{2019}aini");
        let groups = r.groups();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].id, "G1");
        // Seat 2 was given; José gets the lowest free seat.
        assert_eq!(groups[0].at_seat(2), Some("P01"));
        assert_eq!(groups[0].at_seat(1), Some("P02"));
    }
}

fn xlsx_fixture(dir: &Path) -> PathBuf {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let cover = book.add_worksheet();
    cover.set_name("Sampul").expect("name");
    cover.write_string(0, 0, "Daftar hadir").expect("cell");
    let sheet = book.add_worksheet();
    sheet.set_name("Peserta").expect("name");
    sheet
        .write_string(0, 0, "DAFTAR PESERTA ASESMEN 2026")
        .expect("cell");
    for (c, h) in ["No.", "NAMA LENGKAP", "NIP", "OPD", "L/P", "Pangkat"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *h).expect("header");
    }
    sheet.write_number(3, 0, 1.0).expect("cell");
    sheet.write_string(3, 1, "Dewi Ma'ruf").expect("cell");
    sheet
        .write_number(3, 2, 198001012005012001.0)
        .expect("number NIP");
    sheet.write_string(3, 3, "Bappeda").expect("cell");
    sheet.write_string(3, 4, "P").expect("cell");
    sheet.write_number(4, 0, 2.0).expect("cell");
    sheet.write_string(4, 1, "Eko Prasetyo").expect("cell");
    sheet
        .write_string(4, 2, "198002022005011002")
        .expect("text NIP");
    sheet.write_string(4, 3, "Bappeda").expect("cell");
    sheet.write_string(4, 4, "L").expect("cell");
    sheet.write_string(4, 5, "III/d").expect("cell");
    let path = dir.join("peserta.xlsx");
    book.save(&path).expect("save xlsx");
    path
}

#[test]
fn xlsx_numeric_nip_is_caught_and_text_nip_kept() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = xlsx_fixture(dir.path());
    let t = read_table(&path, Some("peserta")).expect("sheet by name, any case");
    assert_eq!(t.source.to_string(), "sheet \"Peserta\"");
    let r = read_roster(t, None).expect("roster");
    // The title block is skipped; rows keep their Excel numbers.
    assert!(
        has_problem(&r, 4, "scientific notation"),
        "{:?}",
        problems(&r)
    );
    assert_eq!(r.problems.len(), 1, "{:?}", problems(&r));
    let e = &r.entries[0];
    assert_eq!(e.row, 5);
    assert_eq!(e.participant.nip.as_deref(), Some("198002022005011002"));
    assert_eq!(e.participant.unit, "Bappeda");
    assert_eq!(
        e.participant.extra.get("Pangkat").map(String::as_str),
        Some("III/d")
    );
    assert!(
        !e.participant.extra.contains_key("No."),
        "the running number is not kept"
    );
}

#[test]
fn the_sheet_with_the_roster_header_is_read_unless_one_is_named_and_a_wrong_name_lists_the_sheets()
{
    let dir = tempfile::tempdir().expect("tmp");
    let path = xlsx_fixture(dir.path());
    // The cover sheet "Sampul" names nobody: the sheet with the Nama/NIP header is read, and said.
    let found = read_table(&path, None).expect("roster sheet");
    assert!(
        found.source.to_string().starts_with("sheet \"Peserta\"")
            && found.source.to_string().contains("\"Sampul\""),
        "{}",
        found.source
    );
    let cover = read_table(&path, Some("Sampul")).expect("named sheet");
    assert_eq!(cover.headers, ["Daftar hadir"]);
    let err = read_table(&path, Some("Asesor")).expect_err("no such sheet");
    assert!(matches!(err, ImportError::NoSheet { .. }));
    assert!(err.to_string().contains("Sampul, Peserta"), "{err}");
}

#[test]
fn scientific_nip_in_csv_is_explained() {
    let r = roster("r.csv", b"Nama;NIP\nAni;1,98001E+17\nBudi;1.98001E+17\n");
    for row in [2, 3] {
        assert!(
            has_problem(&r, row, "scientific notation") && has_problem(&r, row, "Text"),
            "{:?}",
            problems(&r)
        );
    }
    let r = roster("r.csv", b"Nama;NIP\nAni;198001012005012000\n");
    assert!(
        has_problem(&r, 2, "kept only 15 digits"),
        "{:?}",
        problems(&r)
    );
}

#[test]
fn duplicate_and_missing_values_are_reported_by_row() {
    let csv = "Nama;NIP;Jenis Kelamin\n\
               Ani;198001012005012001;P\n\
               Budi;198002022005011002;L\n\
               ;;\n\
               Citra;198001012005012001;P\n\
               ;198003032005011003;L\n\
               Dedi;19800303200501;L\n\
               Eka;198004042005012004;X\n";
    let r = roster("r.csv", csv.as_bytes());
    assert_eq!(
        problems(&r).iter().map(|(row, _)| *row).collect::<Vec<_>>(),
        [5, 6, 7, 8]
    );
    assert!(has_problem(&r, 5, "also on row 2"), "{:?}", problems(&r));
    assert!(has_problem(&r, 6, "name is empty"));
    assert!(has_problem(&r, 7, "18 digits"));
    assert!(has_problem(&r, 8, "gender \"X\""));
    let ids: Vec<&str> = r
        .entries
        .iter()
        .map(|e| e.participant.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["P01", "P02"],
        "the blank row is no problem and bad rows get no id"
    );
}

#[test]
fn group_and_seat_problems_are_reported_by_row() {
    let mut csv = String::from("Nama;Kelompok;Kursi\n");
    csv.push_str("A;1;1\nB;1;1\nC;?!;\nD;9;\nE;2;13\nF;;\n");
    for i in 0..13 {
        csv.push_str(&format!("G{i};3;\n"));
    }
    let t = table("r.csv", csv.as_bytes());
    let r = read_roster(t, Some(8)).expect("roster");
    assert!(has_problem(
        &r,
        3,
        "seat 1 in Kelompok 1 is already taken by row 2"
    ));
    assert!(has_problem(&r, 4, "unknown group"));
    assert!(has_problem(
        &r,
        5,
        "unknown group 9: the event has 8 groups"
    ));
    assert!(has_problem(&r, 6, "seat 13 is out of range"));
    assert!(has_problem(&r, 7, "group is empty"));
    assert!(
        has_problem(&r, 20, "Kelompok 3 is full"),
        "{:?}",
        problems(&r)
    );
    assert_eq!(r.problems.len(), 6, "{:?}", problems(&r));
}

#[test]
fn english_headers_unknown_columns_and_name_normalisation() {
    let csv = "Full Name,Employee Number,Position,Department,Gender,Hobby,\n\
               \"  Dra.\u{a0}Hj.  Nur\u{2019}aini ,  M.Si. \",198001012005012001,Head,Finance,F,Chess,x\n\
               Jose\u{301},,Head,Finance,M,,\n";
    let r = roster("r.csv", csv.as_bytes());
    assert!(r.problems.is_empty(), "{:?}", problems(&r));
    let a = &r.entries[0].participant;
    assert_eq!(a.name, "Dra. Hj. Nur\u{2019}aini , M.Si.");
    assert_eq!((a.position.as_str(), a.unit.as_str()), ("Head", "Finance"));
    assert_eq!(a.gender, Some(Gender::P));
    assert_eq!(a.extra.get("Hobby").map(String::as_str), Some("Chess"));
    assert_eq!(a.extra.get("column 7").map(String::as_str), Some("x"));
    let b = &r.entries[1].participant;
    assert_eq!(b.name, "José", "composed to NFC");
    assert!(b.extra.is_empty(), "empty cells add no attributes");
}

#[test]
fn a_roster_without_a_name_column_is_refused_with_its_headers() {
    let t = table("r.csv", b"NIP;Unit\n198001012005012001;X\n");
    let err = read_roster(t, None).expect_err("no name column");
    assert!(err.to_string().contains("NIP, Unit"), "{err}");
}

#[test]
fn observer_lists_give_ids_roles_and_groups() {
    let csv = "Kode;Nama Asesor;Peran;Kelompok\n\
               A07;Dr. Andi, M.Psi.;utama;1\n\
               ;Retno;reliabilitas;Kelompok 2\n\
               ;Bagus;;\n\
               X/1;Citra;ketua;\n\
               A07;Doni;primary;\n\
               A09;Eka;boss;\n";
    let list = read_observers(table("o.csv", csv.as_bytes())).expect("list");
    let got: Vec<(&str, Role, Option<&str>)> = list
        .entries
        .iter()
        .map(|e| {
            (
                e.observer.id.as_str(),
                e.observer.role,
                e.group.as_ref().map(|g| g.id.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("A07", Role::Primary, Some("G1")),
            ("A01", Role::Reliability, Some("G2")),
            ("A02", Role::Primary, None),
        ]
    );
    let rows: Vec<usize> = list.problems.iter().map(|p| p.row).collect();
    assert_eq!(rows, [5, 6, 7]);
    assert!(list.problems[1].reason.contains("also on row 2"));
    assert!(list.problems[2].reason.contains("role \"boss\""));
}

/// Issue 17 item 5: a workbook that opens on a recap sheet, its roster on "Data Peserta" under a
/// title block, one "NAMA / NIP" column (the NIP on the cell's second line), no gender column, and
/// a signature block under the table.
#[test]
fn an_office_workbook_with_a_recap_a_combined_name_nip_column_and_a_signature_block() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().expect("tmp");
    let mut book = Workbook::new();
    let recap = book.add_worksheet();
    recap.set_name("Rekap").expect("name");
    recap
        .write_string(0, 0, "REKAPITULASI PESERTA")
        .expect("cell");
    recap.write_string(2, 0, "Unit Kerja").expect("cell");
    recap.write_string(2, 1, "Jumlah").expect("cell");
    recap.write_string(3, 0, "Dinas Kesehatan").expect("cell");
    recap.write_number(3, 1, 3.0).expect("cell");
    let sheet = book.add_worksheet();
    sheet.set_name("Data Peserta").expect("name");
    sheet
        .write_string(0, 0, "DAFTAR PESERTA ASESMEN KOMPETENSI")
        .expect("title");
    for (c, h) in ["NO", "NAMA / NIP", "JABATAN", "UNIT KERJA"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *h).expect("header");
    }
    let people = [
        (
            "Drs. Budi Santoso, M.Si.\nNIP. 19811215 201111 2 002",
            "Kepala Bidang",
        ),
        ("Ani Lestari, S.E.\n198002022005011002", "Kepala Seksi"),
        ("Citra Dewi / 197905052003122001", "Kepala Seksi"),
    ];
    for (i, (cell, position)) in people.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).expect("no");
        sheet.write_string(r, 1, *cell).expect("name nip");
        sheet.write_string(r, 2, *position).expect("position");
        sheet.write_string(r, 3, "Dinas Kesehatan").expect("unit");
    }
    sheet
        .write_string(8, 2, "Tangerang Selatan, 3 Desember 2026")
        .expect("sig");
    sheet.write_string(9, 2, "Kepala BKPSDM,").expect("sig");
    sheet
        .write_string(13, 2, "Dr. H. Ahmad Fauzi, M.M.")
        .expect("sig");
    sheet
        .write_string(14, 2, "NIP. 19700101 199503 1 001")
        .expect("sig");
    let path = dir.path().join("peserta.xlsx");
    book.save(&path).expect("save");

    let table = read_table(&path, None).expect("table");
    assert!(
        table.source.to_string().contains("Data Peserta"),
        "{}",
        table.source
    );
    let r = read_roster(table, None).expect("roster");
    assert!(r.problems.is_empty(), "{:?}", problems(&r));
    let got: Vec<(&str, Option<&str>)> = r
        .entries
        .iter()
        .map(|e| (e.participant.name.as_str(), e.participant.nip.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Drs. Budi Santoso, M.Si.", Some("198112152011112002")),
            ("Ani Lestari, S.E.", Some("198002022005011002")),
            ("Citra Dewi", Some("197905052003122001")),
        ]
    );
    let notes = r.notes.join("\n");
    assert!(
        notes.contains("\"NAMA / NIP\" holds both name and NIP"),
        "{notes}"
    );
    assert!(notes.contains("rows 9-15 under the table"), "{notes}");
    assert!(notes.contains("no gender column"), "{notes}");
    assert!(!notes.contains("no NIP column"), "{notes}");

    // A roster without NIP column says what that costs.
    let r = roster("r.csv", b"Nama;Jenis Kelamin\nAni;P\n");
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("no NIP column") && n.contains("by name only"))
    );
}
