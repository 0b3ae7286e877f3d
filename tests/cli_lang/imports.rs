//! Rows of a roster, observer list or results file that cannot be used, said in the user's
//! language: `lgd new` and `lgd import`.

use super::*;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

#[test]
fn new_names_a_roster_s_bad_rows_in_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    let nip = "199001012015011001";
    let roster = format!("Nama;NIP;Kelompok\nBudi;123;1\n;{nip};1\nSiti;{nip};0\nAni;{nip};\n");
    write(tmp.path(), "r.csv", &roster);
    refused_saying(
        tmp.path(),
        &[
            "new", "--name", "Seleksi", "--roster", "r.csv", "--out", "ev.json",
        ],
        &[
            "(teks, UTF-8, dipisah ';') terbaca",
            "NIP harus 18 angka",
            "nama kosong",
            "juga ada di baris 3",
            "kelompok tidak dikenal",
            "kelompok kosong",
        ],
    );
}

#[test]
fn new_without_a_name_column_says_how_the_roster_was_read_in_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    write(tmp.path(), "r.csv", "Foo;Bar\n1;2\n");
    refused_saying(
        tmp.path(),
        &[
            "new", "--name", "Seleksi", "--roster", "r.csv", "--out", "ev.json",
        ],
        &["Foo, Bar (dibaca sebagai teks, UTF-8, dipisah ';')"],
    );
}

#[test]
fn new_names_an_observer_list_s_bad_rows_in_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    write(tmp.path(), "r.csv", "Nama\nBudi\nSiti\nAni\n");
    write(
        tmp.path(),
        "a.csv",
        "ID;Nama;Kelompok\nA1;Dewi;0\nA1;Eka;\n;;\nB;;1\n",
    );
    let args = [
        "new",
        "--name",
        "Seleksi",
        "--roster",
        "r.csv",
        "--groups",
        "1",
        "--observers",
        "a.csv",
        "--out",
        "ev.json",
    ];
    refused_saying(
        tmp.path(),
        &args,
        &[
            "kelompok tidak dikenal",
            "id \"A1\" juga ada di baris 2",
            "nama kosong",
        ],
    );
}

#[test]
fn import_names_self_evaluation_rows_it_cannot_use_in_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    write(
        tmp.path(),
        "se.csv",
        "ID;Nama;M.1\nP01;x;3\nZZ;Tidak Ada;2\nP01;x;abc\nP02;y;9\n",
    );
    refused_saying(
        tmp.path(),
        &["import", "self-eval", &event, "se.csv"],
        &[
            "tidak ada peserta ber-ID \"ZZ\"",
            "tidak ada peserta bernama \"Tidak Ada\"",
            "kolom C \"M.1\": \"abc\" bukan level (1-5)",
            "level 9 di luar 1-5",
            "peserta P01 juga ada di baris 2",
        ],
    );
}

#[test]
fn import_names_online_score_rows_it_cannot_use_in_indonesian() {
    let (tmp, event) = rehearsed();
    let event = event.display().to_string();
    write(tmp.path(), "on.csv", "ID;Tes;Tes\nP01;3;4\nP03;abc;2\n");
    refused_saying(
        tmp.path(),
        &["import", "online", &event, "on.csv"],
        &[
            "kolom B \"Tes\": \"abc\" bukan angka",
            "kolom C \"Tes\" bernama sama dengan kolom B \"Tes\"",
        ],
    );
}
