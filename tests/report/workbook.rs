//! The consolidated workbook (XLSX and CSV) and the real binary's `lgd report` and `lgd export`.

use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use lgd_observer::consolidate::Consolidated;
use lgd_observer::export::{Dialect, WORKBOOK_SHEETS, workbook, write_csv_folder, write_xlsx};
use lgd_observer::model::Lang;

use crate::fixture::{FORMULA, PLUS, RTL, SCRIPT, consolidated, with_hostile_text};

fn lgd() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lgd"))
}

fn write_consolidated(c: &Consolidated, dir: &Path) -> std::path::PathBuf {
    let path = dir.join("consolidated.json");
    std::fs::write(&path, serde_json::to_string_pretty(c).expect("json")).expect("write");
    path
}

#[test]
fn the_workbook_has_every_sheet_with_a_row_per_record() {
    let c = consolidated(2);
    let sheets = workbook(&c, Lang::En);
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, WORKBOOK_SHEETS);
    let rows = |name: &str| {
        sheets
            .iter()
            .find(|s| s.name == name)
            .map_or(0, |s| s.rows.len())
    };
    assert_eq!(rows("Participants"), c.participants.len());
    assert_eq!(
        rows("Ratings"),
        c.cells.iter().map(|x| x.ratings.len()).sum::<usize>()
    );
    assert_eq!(rows("Final"), c.cells.len());
    let acts: usize = c
        .behaviour
        .participants
        .iter()
        .flat_map(|p| &p.by_observer)
        .map(|o| o.codes.len())
        .sum();
    assert_eq!(rows("Acts"), acts);
    assert!(rows("Agreement") > c.agreement.alpha.per_competency.len());
    // The participants sheet carries every competency's final level and every online score.
    let participants = &sheets[0];
    for code in &c.competencies {
        assert!(participants.headers.contains(&format!("final {code}")));
    }
    assert!(
        participants
            .headers
            .iter()
            .any(|h| h == "online Tes Potensi")
    );
}

#[test]
fn hostile_names_stay_text_in_xlsx_and_csv() {
    let mut c = consolidated(1);
    with_hostile_text(&mut c);
    let dir = tempfile::tempdir().expect("tempdir");
    let sheets = workbook(&c, Lang::Id);
    let xlsx = dir.path().join("hasil.xlsx");
    write_xlsx(&sheets, &xlsx).expect("xlsx");

    let mut book: Xlsx<_> = open_workbook(&xlsx).expect("open");
    assert_eq!(book.sheet_names(), WORKBOOK_SHEETS);
    let mut strings = Vec::new();
    for name in WORKBOOK_SHEETS {
        let formulas = book.worksheet_formula(name).expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{name} has a formula"
        );
        let range = book.worksheet_range(name).expect("range");
        for (_, _, cell) in range.used_cells() {
            if let Data::String(s) = cell {
                strings.push(s.clone());
            }
        }
    }
    for hostile in [FORMULA, PLUS, "-2+3 \" onmouseover=\"alert(3)"] {
        assert!(
            strings.contains(&format!("'{hostile}")),
            "{hostile:?} quoted"
        );
        assert!(!strings.contains(&hostile.to_string()), "{hostile:?} bare");
    }
    assert!(
        strings.iter().any(|s| s == SCRIPT),
        "markup is only text here"
    );
    assert!(strings.iter().any(|s| s == RTL));
    for s in &strings {
        let first = s.trim_start_matches(|c: char| {
            c.is_whitespace() || ('\u{200B}'..='\u{202E}').contains(&c)
        });
        assert!(
            !first.starts_with(['=', '+', '-', '@']),
            "{s:?} would be a formula"
        );
    }

    let folder = dir.path().join("csv");
    let files = write_csv_folder(&sheets, &folder, Dialect::Spreadsheet).expect("csv");
    assert_eq!(files.len(), WORKBOOK_SHEETS.len());
    let participants = std::fs::read_to_string(folder.join("Participants.csv")).expect("read");
    let participants = participants
        .strip_prefix('\u{FEFF}')
        .expect("BOM for Excel");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(participants.as_bytes());
    let names: Vec<String> = reader
        .records()
        .map(|r| r.expect("record")[2].to_string())
        .collect();
    assert!(names.contains(&format!("'{FORMULA}")));
    assert!(names.contains(&format!("'{PLUS}")));
    assert!(names.contains(&SCRIPT.to_string()));
    assert!(names.iter().all(|n| !n.starts_with(['=', '+', '-', '@'])));
}

#[test]
fn the_binary_writes_the_report_and_the_workbook_from_a_consolidated_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut c = consolidated(2);
    with_hostile_text(&mut c);
    let file = write_consolidated(&c, dir.path());

    let out = dir.path().join("laporan");
    let run = lgd()
        .args(["report"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .args(["--lang", "id"])
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(out.join("report.html")).expect("report");
    assert!(html.contains("<html lang=\"id\">"));
    let doc = scraper::Html::parse_document(&html);
    let sections = scraper::Selector::parse("section.participant").expect("selector");
    assert_eq!(doc.select(&sections).count(), c.participants.len());

    let xlsx = dir.path().join("hasil.xlsx");
    let run = lgd()
        .args(["export", "xlsx"])
        .arg(&file)
        .arg("--out")
        .arg(&xlsx)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let book: Xlsx<_> = open_workbook(&xlsx).expect("open");
    assert_eq!(book.sheet_names(), WORKBOOK_SHEETS);

    let folder = dir.path().join("csv");
    let run = lgd()
        .args(["export", "csv"])
        .arg(&file)
        .arg("--out")
        .arg(&folder)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for name in WORKBOOK_SHEETS {
        assert!(folder.join(format!("{name}.csv")).is_file(), "{name}");
    }
}

#[test]
fn the_binary_refuses_files_that_are_not_consolidated_and_never_overwrites_the_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let event = dir.path().join("event.json");
    std::fs::write(&event, lgd_observer::catalog::DEMO_EVENT_JSON).expect("write");
    let run = lgd()
        .arg("report")
        .arg(&event)
        .arg("--out")
        .arg(dir.path().join("r"))
        .output()
        .expect("run");
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("lgd-consolidated") && err.contains("lgd consolidate"),
        "{err}"
    );
    assert!(!dir.path().join("r").exists(), "nothing written");

    let mut c = consolidated(1);
    c.format_version += 1;
    let newer = write_consolidated(&c, dir.path());
    let run = lgd()
        .args(["export", "csv"])
        .arg(&newer)
        .arg("--out")
        .arg(dir.path().join("csv"))
        .output()
        .expect("run");
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("newer lgd"));

    c.format_version -= 1;
    let file = write_consolidated(&c, dir.path());
    let before = std::fs::read(&file).expect("read");
    let run = lgd()
        .args(["export", "xlsx"])
        .arg(&file)
        .arg("--out")
        .arg(&file)
        .output()
        .expect("run");
    assert!(!run.status.success());
    assert_eq!(
        std::fs::read(&file).expect("read"),
        before,
        "input untouched"
    );
}

/// Issue 17 items 7 and 8: the CSV folder opens whole in Excel under Indonesian regional settings
/// (`;` list separator, decimal comma): UTF-8 BOM, `;`, NIP as text BKN-style, no `sep=` line and no
/// formula; `lgd export xlsx` creates a missing output folder.
#[test]
fn the_csv_folder_opens_whole_in_an_indonesian_excel_and_missing_folders_are_made() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut c = consolidated(2);
    c.participants[0].person.nip = Some("198112152011112002".into());
    let file = write_consolidated(&c, dir.path());

    let folder = dir.path().join("keluar").join("csv");
    let run = lgd()
        .args(["export", "csv"])
        .arg(&file)
        .arg("--out")
        .arg(&folder)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bytes = std::fs::read(folder.join("Participants.csv")).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf8");
    assert!(!text.starts_with("sep="), "a sep= line breaks pandas and R");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[0], "participant");
    assert_eq!(&headers[1], "nip");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(&rows[0][1], "19811215 201111 2 002");
    let jpm = headers.iter().position(|h| h == "jpm").expect("jpm");
    let mut fractional = 0;
    for row in &rows {
        let Some(value) = c
            .results
            .iter()
            .find(|r| r.participant == row[0])
            .and_then(|r| r.jpm)
        else {
            continue;
        };
        let read: f64 = row[jpm].replace(',', ".").parse().expect("a number");
        assert!((read - value).abs() < 1e-9, "{} vs {value}", &row[jpm]);
        if value.fract() != 0.0 {
            assert!(
                row[jpm].contains(',') && !row[jpm].contains('.'),
                "decimal comma"
            );
            fractional += 1;
        }
    }
    assert!(fractional > 0, "the fixture has a fractional JPM");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell:?} is a formula");
        }
    }

    let xlsx = dir.path().join("baru").join("dalam").join("hasil.xlsx");
    let run = lgd()
        .args(["export", "xlsx"])
        .arg(&file)
        .arg("--out")
        .arg(&xlsx)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut book: Xlsx<_> = open_workbook(&xlsx).expect("open");
    let range = book.worksheet_range("Participants").expect("sheet");
    let nip = range.get((1, 1)).expect("nip cell");
    assert_eq!(
        nip,
        &Data::String("198112152011112002".into()),
        "text, all digits"
    );
}
