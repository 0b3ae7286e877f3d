//! Importing self-evaluations and online-assessment scores into an event, from messy files made here.

mod common;

use std::path::{Path, PathBuf};

use chrono::DateTime;
use lgd_observer::catalog::{Catalog, DEMO_EVENT_JSON, demo_event};
use lgd_observer::import::read_table;
use lgd_observer::import::results::{
    ImportOptions, ImportReport, ResultsError, import_online, import_self_eval,
};
use lgd_observer::model::validate::validate_event;
use lgd_observer::model::{Event, Lang, MergeCount, SelfRating, participant_results};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn opts(skip_unmatched: bool) -> ImportOptions {
    ImportOptions {
        source: "fixture".into(),
        imported_at: DateTime::parse_from_rfc3339("2026-12-03T15:00:00+07:00").expect("time"),
        skip_unmatched,
        nip_wins: false,
        columns: None,
        lang: Lang::En,
    }
}

fn self_eval(
    event: &mut Event,
    name: &str,
    bytes: &[u8],
    skip: bool,
) -> Result<ImportReport, ResultsError> {
    let dir = tempfile::tempdir().expect("tmp");
    let table = read_table(&write(dir.path(), name, bytes), None).expect("table");
    import_self_eval(event, table, Catalog::builtin().resolver(), &opts(skip))
}

fn online(event: &mut Event, path: &Path, skip: bool) -> Result<ImportReport, ResultsError> {
    let table = read_table(path, None).expect("table");
    import_online(event, table, &opts(skip))
}

fn level(event: &Event, participant: &str, competency: &str) -> Option<f64> {
    event
        .self_ratings
        .iter()
        .find(|r| r.participant == participant && r.competency == competency)
        .map(|r| r.level)
}

fn bom(text: &str) -> Vec<u8> {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

/// (row, reason) pairs.
type Listed = Vec<(usize, String)>;

/// Lists a refusal: unmatched rows, then bad values.
fn refused(r: Result<ImportReport, ResultsError>) -> (Listed, Listed) {
    match r {
        Err(ResultsError::Refused {
            unmatched,
            problems,
        }) => (
            unmatched.into_iter().map(|p| (p.row, p.reason)).collect(),
            problems.into_iter().map(|p| (p.row, p.reason)).collect(),
        ),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn wide_semicolon_csv_with_bom_matches_headers_by_code_and_name_in_any_case() {
    let mut event = demo_event().expect("demo");
    event.settings.half_levels = true;
    let csv = bom(
        "No.;Nama;NIP;  KERJA   SAMA ;m 3;Orientasi pada Hasil (M.4);Decision Making;Catatan\r\n\
                   1;Ridwan Purnomo;;4;3,5;3;2;jujur\r\n\
                   2;rosa setiawan, s.h.;;3;;-;4;\r\n",
    );
    let report = self_eval(&mut event, "self.csv", &csv, false).expect("imports");
    assert_eq!(report.columns, ["M.2", "M.3", "M.4", "M.8"]);
    assert_eq!(report.participants, 2);
    assert_eq!(
        report.count,
        MergeCount {
            added: 6,
            replaced: 0
        }
    );
    assert_eq!(level(&event, "P01", "M.3"), Some(3.5), "decimal comma");
    assert_eq!(
        level(&event, "P02", "M.2"),
        Some(3.0),
        "name in another case"
    );
    assert_eq!(level(&event, "P02", "M.3"), None, "empty cell is no rating");
    assert_eq!(level(&event, "P02", "M.4"), None, "a dash is no rating");
    assert!(
        report.notes.iter().any(|n| n.contains("\"Catatan\"")),
        "{:?}",
        report.notes
    );
    let r = &event.self_ratings[0];
    assert_eq!(
        (r.source.as_str(), r.imported_at),
        ("fixture", opts(false).imported_at)
    );
}

#[test]
fn long_xlsx_with_a_title_block_gives_one_rating_per_row() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().expect("tmp");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .write_string(0, 0, "PENILAIAN DIRI PESERTA LGD")
        .expect("title");
    for (c, h) in ["ID Peserta", "Kompetensi", "Nilai"].iter().enumerate() {
        sheet.write_string(2, c as u16, *h).expect("header");
    }
    let rows = [
        ("P01", "M.2", 4.0),
        ("P01", "komunikasi", 3.0),
        ("P03", "SK.1", 5.0),
    ];
    for (i, (p, c, l)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_string(r, 0, *p).expect("id");
        sheet.write_string(r, 1, *c).expect("competency");
        sheet.write_number(r, 2, *l).expect("level as a number");
    }
    let path = dir.path().join("self.xlsx");
    book.save(&path).expect("save");
    let mut event = demo_event().expect("demo");
    let table = read_table(&path, None).expect("table");
    let report = import_self_eval(
        &mut event,
        table,
        Catalog::builtin().resolver(),
        &opts(false),
    )
    .expect("imports");
    assert_eq!(report.count.added, 3);
    assert_eq!(report.columns, ["M.2", "M.3", "SK.1"]);
    assert_eq!(level(&event, "P01", "M.3"), Some(3.0));
    assert_eq!(level(&event, "P03", "SK.1"), Some(5.0));
}

#[test]
fn bad_levels_are_reported_with_row_and_column_and_nothing_is_imported() {
    let mut event = demo_event().expect("demo");
    let before = event.clone();
    let csv = "ID,M.2,M.3\nP01,6,tiga\nP02,2.5,0\nP03,3,4\n";
    let (unmatched, problems) = refused(self_eval(&mut event, "s.csv", csv.as_bytes(), true));
    assert!(unmatched.is_empty());
    let want = [
        (2, "column B \"M.2\": level 6 is outside 1-5"),
        (2, "column C \"M.3\": \"tiga\" is not a level"),
        (3, "column B \"M.2\": level 2.5 is not a whole level"),
        (3, "column C \"M.3\": level 0 is outside 1-5"),
    ];
    assert_eq!(problems.len(), want.len(), "{problems:?}");
    for ((row, reason), (want_row, want_text)) in problems.iter().zip(want) {
        assert_eq!(*row, want_row);
        assert!(reason.contains(want_text), "{reason:?} lacks {want_text:?}");
    }
    assert_eq!(event, before, "--skip-unmatched does not skip bad values");

    let long = "Nama,Kompetensi,Level\nRidwan Purnomo,Kepemimpinan,3\n";
    let (_, problems) = refused(self_eval(&mut event, "l.csv", long.as_bytes(), false));
    assert_eq!(problems[0].0, 2);
    assert!(
        problems[0]
            .1
            .starts_with("column B \"Kompetensi\": \"Kepemimpinan\" is no competency")
    );
}

#[test]
fn unmatched_and_ambiguous_names_are_listed_by_row_and_nothing_is_imported() {
    let mut event = demo_event().expect("demo");
    // Two people with one name: only an ID or NIP can tell them apart.
    event.participants[4].name = event.participants[3].name.clone();
    let twin = event.participants[3].name.clone();
    let before = event.clone();
    let csv = format!(
        "Nama;M.2\nRidwan Purnomo;4\nRosa Setiawan;3\n{twin};2\nBudi Tidak Ada;3\n;\nH. Wahyu Firmansyah;5\n"
    );
    let (unmatched, problems) = refused(self_eval(&mut event, "s.csv", csv.as_bytes(), false));
    assert!(problems.is_empty(), "{problems:?}");
    let rows: Vec<usize> = unmatched.iter().map(|u| u.0).collect();
    // Row 3 "Rosa Setiawan" is P02 "Rosa Setiawan, S.H.": titles aside, the name is unique.
    assert_eq!(rows, [4, 5]);
    assert!(
        unmatched[0].1.contains("2 participants fit this row (P04"),
        "{}",
        unmatched[0].1
    );
    assert!(
        unmatched[1]
            .1
            .contains("no participant is named \"Budi Tidak Ada\"")
    );
    assert_eq!(event, before, "nothing imported");

    // The NIP tells the twins apart.
    let nip = event.participants[4].nip.clone().expect("nip");
    let csv = format!("Nama;NIP;M.2\n{twin};{nip};2\n");
    self_eval(&mut event, "s.csv", csv.as_bytes(), false).expect("imports");
    assert_eq!(level(&event, "P05", "M.2"), Some(2.0));
}

#[test]
fn skip_unmatched_imports_the_rest_and_lists_the_skipped_rows() {
    let mut event = demo_event().expect("demo");
    let csv = "Nama,M.2\nRidwan Purnomo,4\nSiapa Saja,3\nH. Wahyu Firmansyah,5\n";
    let report = self_eval(&mut event, "s.csv", csv.as_bytes(), true).expect("imports");
    assert_eq!(report.count.added, 2);
    let skipped: Vec<usize> = report.skipped.iter().map(|p| p.row).collect();
    assert_eq!(skipped, [3]);
    assert_eq!(level(&event, "P03", "M.2"), Some(5.0));

    let none = "Nama,M.2\nSiapa Saja,3\n";
    assert!(matches!(
        self_eval(&mut event, "s.csv", none.as_bytes(), true),
        Err(ResultsError::NothingToImport)
    ));
}

#[test]
fn rows_match_by_nip_with_spacing_and_by_id_and_conflicts_are_refused() {
    let mut event = demo_event().expect("demo");
    let csv = "ID;NIP;Nama;M.2\n\
               ;19870726 201712 1 016;;4\n\
               P02;;;3\n\
               P03;;Nama Vendor Lain;2\n\
               X99;197703271999122017;;5\n\
               P01;197308012002112011;;5\n";
    let (unmatched, _) = refused(self_eval(&mut event, "s.csv", csv.as_bytes(), false));
    assert_eq!(unmatched.len(), 1, "{unmatched:?}");
    assert_eq!(unmatched[0].0, 6);
    assert!(
        unmatched[0]
            .1
            .contains("ID P01 is P01 Ridwan Purnomo but NIP 197308012002112011 is P02"),
        "{}",
        unmatched[0].1
    );
    let report = self_eval(&mut event, "s.csv", csv.as_bytes(), true).expect("imports");
    assert_eq!(report.participants, 4);
    assert_eq!(level(&event, "P01", "M.2"), Some(4.0), "by NIP");
    assert_eq!(level(&event, "P02", "M.2"), Some(3.0), "by ID");
    assert_eq!(
        level(&event, "P03", "M.2"),
        Some(2.0),
        "by ID; an unknown name is passed over"
    );
    assert_eq!(
        level(&event, "P06", "M.2"),
        Some(5.0),
        "by NIP; an unknown ID is passed over"
    );
}

#[test]
fn a_participant_on_two_rows_is_refused() {
    let mut event = demo_event().expect("demo");
    let csv = "ID;M.2\nP02;3\nP02;5\n";
    let (_, problems) = refused(self_eval(&mut event, "s.csv", csv.as_bytes(), false));
    assert_eq!(
        problems,
        [(
            3,
            "participant P02 is also on row 2; keep one row".to_string()
        )]
    );
}

#[test]
fn reimporting_replaces_earlier_values_and_says_how_many() {
    let mut event = demo_event().expect("demo");
    self_eval(
        &mut event,
        "a.csv",
        b"ID,M.2,M.3\nP01,2,2\nP02,3,3\n",
        false,
    )
    .expect("first");
    let report = self_eval(&mut event, "b.csv", b"ID,M.2,M.4\nP01,4,4\n", false).expect("again");
    assert_eq!(
        report.count,
        MergeCount {
            added: 1,
            replaced: 1
        }
    );
    assert_eq!(event.self_ratings.len(), 5);
    assert_eq!(level(&event, "P01", "M.2"), Some(4.0));
    assert_eq!(
        level(&event, "P01", "M.3"),
        Some(2.0),
        "not in the new file: kept"
    );
    assert!(validate_event(&event, Catalog::builtin().resolver()).is_empty());
}

fn online_xlsx(dir: &Path) -> PathBuf {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "No.",
        "NIP",
        "Nama",
        "Unit Kerja",
        "Kelompok",
        "Tes Potensi",
        "Kepribadian ",
        "Kategori",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    let rows = [
        (
            "197308012002112011",
            "Rosa Setiawan, S.H.",
            105.0,
            3.5,
            "Optimal",
        ),
        (
            "198707262017121016",
            "Ridwan Purnomo",
            98.0,
            4.0,
            "Cukup Optimal",
        ),
    ];
    for (i, (nip, name, potensi, pribadi, kat)) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).expect("no");
        sheet.write_string(r, 1, *nip).expect("nip");
        sheet.write_string(r, 2, *name).expect("name");
        sheet.write_string(r, 3, "Dinas").expect("unit");
        sheet.write_number(r, 4, 1.0).expect("group");
        sheet.write_number(r, 5, *potensi).expect("score");
        sheet.write_number(r, 6, *pribadi).expect("score");
        sheet.write_string(r, 7, *kat).expect("text");
    }
    let path = dir.join("online.xlsx");
    book.save(&path).expect("save");
    path
}

#[test]
fn online_xlsx_keeps_every_numeric_column_as_a_named_score() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut event = demo_event().expect("demo");
    let report = online(&mut event, &online_xlsx(dir.path()), false).expect("imports");
    assert_eq!(
        report.columns,
        ["Tes Potensi", "Kepribadian"],
        "no running number, group or text"
    );
    assert_eq!(report.count.added, 4);
    assert!(
        report.notes.iter().any(|n| n.contains("\"Kategori\"")),
        "{:?}",
        report.notes
    );
    let rosa = participant_results(&event, "P02");
    let scores: Vec<(&str, f64)> = rosa
        .online_scores
        .iter()
        .map(|s| (s.name.as_str(), s.value))
        .collect();
    assert_eq!(scores, [("Tes Potensi", 105.0), ("Kepribadian", 3.5)]);
    let again = online(&mut event, &online_xlsx(dir.path()), false).expect("again");
    assert_eq!(
        again.count,
        MergeCount {
            added: 0,
            replaced: 4
        }
    );
}

#[test]
fn online_text_in_a_score_column_is_reported_by_row_and_column() {
    let dir = tempfile::tempdir().expect("tmp");
    let csv = "ID;Tes Potensi;Tes Potensi\nP01;105;1\nP02;TH;2\nP03;99,5;3\n";
    let path = write(dir.path(), "o.csv", csv.as_bytes());
    let mut event = demo_event().expect("demo");
    let (_, problems) = refused(online(&mut event, &path, false));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].0, 1);
    assert!(
        problems[0]
            .1
            .contains("column C \"Tes Potensi\" has the same name as column B")
    );
    assert_eq!(problems[1].0, 3);
    assert!(
        problems[1]
            .1
            .starts_with("column B \"Tes Potensi\": \"TH\" is not a number")
    );
    assert!(event.online_scores.is_empty());
}

#[test]
fn imports_leave_the_digest_alone_and_show_in_the_participant_detail() {
    let mut event = demo_event().expect("demo");
    let digest = event.digest();
    self_eval(&mut event, "s.csv", b"ID,M.2\nP01,4\n", false).expect("self");
    let dir = tempfile::tempdir().expect("tmp");
    online(&mut event, &online_xlsx(dir.path()), false).expect("online");
    assert_eq!(
        event.digest(),
        digest,
        "imported results are no part of the definition"
    );
    let r = participant_results(&event, "P01");
    assert_eq!(r.self_ratings.len(), 1);
    assert_eq!(r.online_scores.len(), 2);
    assert!(participant_results(&event, "P40").is_empty());
    event.participants[0].position.push('!');
    assert_ne!(event.digest(), digest, "the definition still counts");
}

#[test]
fn an_event_without_imports_writes_no_result_fields_and_validation_checks_them() {
    let mut event = demo_event().expect("demo");
    let json = serde_json::to_string(&event).expect("json");
    assert!(!json.contains("self_ratings") && !json.contains("online_scores"));
    event.self_ratings.push(SelfRating {
        participant: "P99".into(),
        competency: "M.9".into(),
        level: 7.0,
        source: "x".into(),
        imported_at: opts(false).imported_at,
    });
    let problems = validate_event(&event, Catalog::builtin().resolver());
    let at: Vec<&str> = problems.iter().map(|p| p.at.as_str()).collect();
    assert_eq!(
        at,
        [
            "self_ratings[0].participant",
            "self_ratings[0].competency",
            "self_ratings[0].level"
        ]
    );
}

fn lgd(args: &[&Path]) -> (bool, String, String) {
    let out = common::run(args);
    (
        out.status.success(),
        common::stdout(&out),
        common::stderr(&out),
    )
}

fn digest_of(event: &Path) -> String {
    let (ok, out, err) = lgd(&[Path::new("check"), event, Path::new("--json")]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v[0]["summary"]["digest"]
        .as_str()
        .expect("digest")
        .to_string()
}

#[test]
fn the_binary_imports_into_a_copy_of_the_demo_event() {
    let dir = tempfile::tempdir().expect("tmp");
    let event = write(dir.path(), "tangsel.json", DEMO_EVENT_JSON.as_bytes());
    let digest = digest_of(&event);
    let csv = bom("Nama;M.2;Komunikasi\r\nRidwan Purnomo;4;3\r\nOrang Asing;3;3\r\n");
    let file = write(dir.path(), "penilaian diri.csv", &csv);
    let p = Path::new;

    let (ok, _, err) = lgd(&[p("import"), p("self-eval"), &event, &file]);
    assert!(!ok);
    assert!(
        err.contains("row 3: no participant is named \"Orang Asing\""),
        "{err}"
    );
    assert!(err.contains("--skip-unmatched"), "{err}");
    assert!(err.contains("the event file was not changed"), "{err}");
    assert_eq!(
        std::fs::read(&event).expect("read"),
        DEMO_EVENT_JSON.as_bytes()
    );

    let (ok, out, err) = lgd(&[
        p("import"),
        p("self-eval"),
        &event,
        &file,
        p("--skip-unmatched"),
    ]);
    assert!(ok, "{err}");
    assert!(err.contains("skipped row 3"), "{err}");
    assert!(
        out.contains("2 self-ratings for 1 participant(s) (M.2, M.3): 2 new, 0 replaced"),
        "{out}"
    );

    let xlsx = online_xlsx(dir.path());
    let (ok, out, err) = lgd(&[p("import"), p("online"), &event, &xlsx, p("--dry-run")]);
    assert!(ok, "{err}");
    assert!(out.contains("dry run"), "{out}");
    let (ok, out, err) = lgd(&[p("import"), p("online"), &event, &xlsx]);
    assert!(ok, "{err}");
    assert!(
        out.contains("4 online scores for 2 participant(s)"),
        "{out}"
    );

    let saved: Event =
        serde_json::from_slice(&std::fs::read(&event).expect("read")).expect("event");
    assert_eq!(saved.self_ratings.len(), 2);
    assert_eq!(saved.self_ratings[0].source, "penilaian diri.csv");
    assert_eq!(saved.online_scores.len(), 4);
    assert_eq!(
        digest_of(&event),
        digest,
        "lgd check still sees the same definition"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temp files left: {leftovers:?}");
}

/// An import while `lgd roster` has the event open would be overwritten by the roster's next save
/// (or overwrite its edits): it is refused, naming the editor, and the file is left alone.
#[test]
fn an_import_into_an_event_open_in_lgd_roster_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let event = write(dir.path(), "tangsel.json", DEMO_EVENT_JSON.as_bytes());
    let file = write(dir.path(), "diri.csv", b"Nama;M.2\r\nRidwan Purnomo;4\r\n");
    let p = Path::new;
    let editor = lgd_observer::setup::EventLock::take(&event).expect("the roster editor's lock");
    let (ok, _, err) = lgd(&[p("import"), p("self-eval"), &event, &file]);
    assert!(!ok);
    assert!(err.contains("already being edited"), "{err}");
    assert!(err.contains("the event file was not changed"), "{err}");
    assert_eq!(
        std::fs::read(&event).expect("read"),
        DEMO_EVENT_JSON.as_bytes()
    );
    // A dry run only reads, so it may look while the roster is open.
    let (ok, out, err) = lgd(&[p("import"), p("self-eval"), &event, &file, p("--dry-run")]);
    assert!(ok, "{err}");
    assert!(out.contains("dry run"), "{out}");
    drop(editor);
    let (ok, _, err) = lgd(&[p("import"), p("self-eval"), &event, &file]);
    assert!(ok, "once the editor has closed: {err}");
}

/// A Google Forms self-evaluation as the form's CSV download gives it (UTF-8, `,`): a grid
/// question per competency, "level - label" answers, a participant who submitted twice, names typed
/// without titles (one of them shared), and the participants who sent nothing named at the end.
#[test]
fn google_forms_self_evaluation_keeps_the_latest_submission_and_matches_names_without_titles() {
    let mut event = demo_event().expect("demo");
    let csv = "\"Stempel waktu\",\"Alamat email\",\"Nama Lengkap\",\"Nilailah kemampuan Anda [Kerja Sama]\",\"Nilailah kemampuan Anda [Integritas]\"\r\n\
        \"03/12/2026 9:05:10\",\"a@x.id\",\"Wahyu Firmansyah\",\"3 - Cukup\",\"4 - Baik\"\r\n\
        \"03/12/2026 9:07:00\",\"b@x.id\",\"Rosa Setiawan\",\"2 - Kurang\",\"3 - Cukup\"\r\n\
        \"13/12/2026 8:00:00\",\"a@x.id\",\"H. Wahyu Firmansyah\",\"5 - Sangat Baik\",\"5 - Sangat Baik\"\r\n\
        \"03/12/2026 10:00:00\",\"c@x.id\",\"ridwan purnomo\",\"4 - Baik\",\"\"\r\n";
    let report = self_eval(&mut event, "form.csv", csv.as_bytes(), false).expect("imports");
    assert_eq!(report.columns, ["M.2", "M.1"]);
    assert_eq!(
        level(&event, "P03", "M.2"),
        Some(5.0),
        "the later submission"
    );
    assert_eq!(level(&event, "P02", "M.2"), Some(2.0), "titles aside");
    assert_eq!(level(&event, "P01", "M.1"), None);
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("row 2 (P03") && n.contains("later submission is on row 4")),
        "{:?}",
        report.notes
    );
    assert_eq!(report.without.len(), event.participants.len() - 3);
    assert!(report.without.iter().any(|w| w.starts_with("P04 ")));

    // A name that fits two participants once titles are left out gets a hint, not a guess.
    let mut event = demo_event().expect("demo");
    event.participants[4].name = "Dr. Ridwan Purnomo, M.Si.".into();
    let csv = "Timestamp,Nama,Nilailah kemampuan Anda [Kerja Sama]\n12/3/2026 9:00:00,\"Ridwan Purnomo, S.Sos.\",3 - Cukup\n";
    let (unmatched, _) = refused(self_eval(&mut event, "form.csv", csv.as_bytes(), false));
    assert!(
        unmatched[0]
            .1
            .contains("without titles fits several participants")
            && unmatched[0].1.contains("P01")
            && unmatched[0].1.contains("P05"),
        "{unmatched:?}"
    );
}

/// A row whose NIP is P01's but whose name is nobody's, or P02's, is refused unless the NIP wins.
#[test]
fn a_nip_with_a_name_of_nobody_or_someone_else_is_refused_unless_the_nip_wins() {
    let mut event = demo_event().expect("demo");
    let csv = "NIP;Nama;M.2\n\
               198707262017121016;Siapa Saja;4\n\
               198707262017121016;Rosa Setiawan, S.H.;3\n\
               197212111995091018;Wahyu Firmansyah;5\n";
    let (unmatched, _) = refused(self_eval(&mut event, "s.csv", csv.as_bytes(), false));
    let rows: Vec<usize> = unmatched.iter().map(|u| u.0).collect();
    assert_eq!(rows, [2, 3], "{unmatched:?}");
    assert!(unmatched[0].1.contains("NIP 198707262017121016 is P01 Ridwan Purnomo, but no participant is named \"Siapa Saja\""), "{}", unmatched[0].1);
    assert!(
        unmatched[1].1.contains("is P02 Rosa Setiawan, S.H."),
        "{}",
        unmatched[1].1
    );
    assert!(event.self_ratings.is_empty());

    let mut o = opts(false);
    o.nip_wins = true;
    let csv = "NIP;Nama;M.2\n198707262017121016;Siapa Saja;4\n";
    let dir = tempfile::tempdir().expect("tmp");
    let table = read_table(&write(dir.path(), "s.csv", csv.as_bytes()), None).expect("table");
    import_self_eval(&mut event, table, Catalog::builtin().resolver(), &o).expect("imports");
    assert_eq!(level(&event, "P01", "M.2"), Some(4.0));
}

/// An online-assessment workbook as vendors send it: a running number, the scores, then a total,
/// an average and a rank. By default only the scores are imported, with a note; `--columns` picks
/// the columns, and `--dry-run` previews the values without writing.
fn vendor_xlsx(dir: &Path) -> PathBuf {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "No",
        "NIP",
        "Nama",
        "Tes Potensi",
        "Kepribadian",
        "Jumlah",
        "Rata-rata",
        "Peringkat",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    let rows = [
        ("198707262017121016", "Ridwan Purnomo", 98.0, 4.0, 2.0),
        ("197308012002112011", "Rosa Setiawan, S.H.", 105.0, 3.5, 1.0),
    ];
    for (i, (nip, name, potensi, pribadi, rank)) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).expect("no");
        sheet.write_string(r, 1, *nip).expect("nip");
        sheet.write_string(r, 2, *name).expect("name");
        sheet.write_number(r, 3, *potensi).expect("score");
        sheet.write_number(r, 4, *pribadi).expect("score");
        sheet.write_number(r, 5, potensi + pribadi).expect("sum");
        sheet
            .write_number(r, 6, (potensi + pribadi) / 2.0)
            .expect("mean");
        sheet.write_number(r, 7, *rank).expect("rank");
    }
    let path = dir.join("hasil online.xlsx");
    book.save(&path).expect("save");
    path
}

#[test]
fn online_ranks_totals_and_averages_are_left_out_and_the_lead_can_choose_columns() {
    let dir = tempfile::tempdir().expect("tmp");
    let xlsx = vendor_xlsx(dir.path());
    let mut event = demo_event().expect("demo");
    let report = online(&mut event, &xlsx, false).expect("imports");
    assert_eq!(report.columns, ["Tes Potensi", "Kepribadian"]);
    let note = report
        .notes
        .iter()
        .find(|n| n.contains("rank"))
        .expect("a note on the columns left out");
    for left_out in ["\"Jumlah\"", "\"Rata-rata\"", "\"Peringkat\""] {
        assert!(note.contains(left_out), "{note}");
    }

    let mut event = demo_event().expect("demo");
    let mut o = opts(false);
    o.columns = Some(vec!["tes potensi".into(), "PERINGKAT".into()]);
    let table = read_table(&xlsx, None).expect("table");
    let report = import_online(&mut event, table, &o).expect("imports");
    assert_eq!(report.columns, ["Tes Potensi", "Peringkat"]);
    o.columns = Some(vec!["Nilai Akhir".into()]);
    let table = read_table(&xlsx, None).expect("table");
    let err = import_online(&mut event, table, &o).expect_err("no such column");
    assert!(
        err.to_string().contains("no column \"Nilai Akhir\""),
        "{err}"
    );

    let event = write(dir.path(), "tangsel.json", DEMO_EVENT_JSON.as_bytes());
    let p = Path::new;
    let (ok, out, err) = lgd(&[
        p("import"),
        p("online"),
        &event,
        &xlsx,
        p("--columns"),
        p("Tes Potensi,Kepribadian"),
        p("--dry-run"),
    ]);
    assert!(ok, "{err}");
    assert!(
        out.contains("P01 Ridwan Purnomo: Tes Potensi 98, Kepribadian 4"),
        "{out}"
    );
    assert!(out.contains("dry run"), "{out}");
    assert_eq!(
        std::fs::read(&event).expect("read"),
        DEMO_EVENT_JSON.as_bytes()
    );
}

/// The same form saved from Google Sheets as XLSX: the timestamp is a date-time cell, the name
/// question is "Nama Lengkap beserta Gelar", and the later submission sits above the earlier one.
#[test]
fn google_sheets_xlsx_orders_submissions_by_their_date_time_cells() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().expect("tmp");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Form Responses 1").expect("name");
    let headers = [
        "Timestamp",
        "Nama Lengkap beserta Gelar",
        "Nilailah kemampuan Anda [Kerja Sama]",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    let when = Format::new().set_num_format("dd/mm/yyyy hh:mm:ss");
    let rows = [
        ("2026-12-04 08:00:00", "Ridwan Purnomo", "4 - Baik"),
        ("2026-12-03 08:00:00", "Ridwan Purnomo", "2 - Kurang"),
    ];
    for (i, (at, name, answer)) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        let t = ExcelDateTime::parse_from_str(at).expect("time");
        sheet
            .write_datetime_with_format(r, 0, &t, &when)
            .expect("time");
        sheet.write_string(r, 1, *name).expect("name");
        sheet.write_string(r, 2, *answer).expect("answer");
    }
    let path = dir.path().join("form.xlsx");
    book.save(&path).expect("save");
    let mut event = demo_event().expect("demo");
    let table = read_table(&path, None).expect("table");
    let report = import_self_eval(
        &mut event,
        table,
        Catalog::builtin().resolver(),
        &opts(false),
    )
    .expect("imports");
    assert_eq!(
        level(&event, "P01", "M.2"),
        Some(4.0),
        "the later submission, row 2"
    );
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("row 3 (P01") && n.contains("row 2")),
        "{:?}",
        report.notes
    );
}

/// A long file (a row per competency) with a timestamp column: one person's rows are not
/// resubmissions and all count.
#[test]
fn a_long_file_with_timestamps_keeps_every_competency_row() {
    let mut event = demo_event().expect("demo");
    let csv = "Timestamp;Nama;Kompetensi;Level\n\
               03/12/2026 9:00:00;Ridwan Purnomo;M.2;3\n\
               03/12/2026 9:05:00;Ridwan Purnomo;M.3;4\n";
    self_eval(&mut event, "long.csv", csv.as_bytes(), false).expect("imports");
    assert_eq!(level(&event, "P01", "M.2"), Some(3.0));
    assert_eq!(level(&event, "P01", "M.3"), Some(4.0));
}
