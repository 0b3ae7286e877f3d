//! The embedded definitions load and validate, and each validation rule fires on a broken copy.

use lgd_observer::catalog::{self, Catalog};
use lgd_observer::load::{Document, LoadError, parse_document};
use lgd_observer::model::validate::{Problem, validate_event, validate_framework, validate_scheme};
use lgd_observer::model::{Event, Framework, Lang, Scheme};

fn demo() -> Event {
    catalog::demo_event().expect("demo event parses")
}

fn problems(ev: &Event) -> Vec<Problem> {
    validate_event(ev, Catalog::builtin().resolver())
}

fn assert_problem(ev: &Event, at: &str, what: &str) {
    let ps = problems(ev);
    assert!(
        ps.iter()
            .any(|p| p.at.contains(at) && p.what(Lang::En).contains(what)),
        "expected a problem at {at:?} containing {what:?}, got {ps:#?}"
    );
}

fn lgd_default() -> Scheme {
    Catalog::builtin()
        .schemes
        .iter()
        .find(|s| s.id == "lgd-default")
        .cloned()
        .expect("built in")
}

fn asn() -> Framework {
    Catalog::builtin().frameworks[0].clone()
}

#[test]
fn every_embedded_file_loads_and_validates() {
    let cat = Catalog::builtin();
    assert_eq!(cat.schemes.len(), 2, "both schemes parse");
    assert_eq!(cat.frameworks.len(), 1, "the framework parses");
    let fw = &cat.frameworks[0];
    assert_eq!(fw.competencies.len(), 9);
    assert!(validate_framework(fw).is_empty());
    for s in &cat.schemes {
        assert_eq!(validate_scheme(s, fw), vec![], "scheme {}", s.id);
    }
    let ev = demo();
    assert_eq!(problems(&ev), vec![]);
}

#[test]
fn demo_has_75_participants_in_8_groups_each_covered_twice() {
    let ev = demo();
    assert_eq!(ev.participants.len(), 75);
    let sizes: Vec<usize> = ev.groups.iter().map(|g| g.seats.len()).collect();
    assert_eq!(sizes, vec![10, 10, 10, 9, 9, 9, 9, 9]);
    for p in &ev.participants {
        assert!(
            ev.observers_of(&p.id).count() >= 2,
            "{} covered fewer than twice",
            p.id
        );
        assert!(ev.group_of(&p.id).is_some());
    }
    for o in &ev.observers {
        assert!(o.coverage.len() <= 5);
    }
}

#[test]
fn framework_is_the_nine_asn_competencies_with_target_3() {
    let fw = asn();
    let codes: Vec<&str> = fw.competencies.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1"
        ]
    );
    assert!(
        fw.competencies
            .iter()
            .all(|c| c.target == 3 && c.levels.len() == 5)
    );
    assert_eq!(
        fw.competency("M.7").map(|c| c.name.id.as_str()),
        Some("Mengelola Perubahan")
    );
}

#[test]
fn default_scheme_rates_the_lgd_competencies() {
    let s = lgd_default();
    assert_eq!(
        s.rated_competencies,
        ["M.2", "M.3", "M.4", "M.7", "M.8", "SK.1"]
    );
    assert!((12..=16).contains(&s.codes.len()));
    let bales = Catalog::builtin()
        .schemes
        .iter()
        .find(|s| s.id == "bales-ipa")
        .expect("bales");
    assert_eq!(bales.codes.len(), 12);
}

#[test]
fn duplicate_ids_are_reported_with_both_places() {
    let mut ev = demo();
    ev.participants[1].id = ev.participants[0].id.clone();
    ev.observers[1].id = ev.observers[0].id.clone();
    ev.groups[1].id = ev.groups[0].id.clone();
    assert_problem(&ev, "participants[1].id", "used twice");
    assert_problem(&ev, "observers[1].id", "used twice");
    assert_problem(&ev, "groups[1].id", "used twice");
}

#[test]
fn a_participant_in_two_groups_is_reported() {
    let mut ev = demo();
    let someone = ev.groups[0].seats[&1].clone();
    ev.groups[1].seats.insert(11, someone);
    assert_problem(&ev, "groups[1]", "seated in group");
}

#[test]
fn seats_out_of_range_and_unknown_participants_are_reported() {
    let mut ev = demo();
    ev.groups[0].seats.insert(13, "P75".into());
    ev.groups[2].seats.insert(12, "NOBODY".into());
    assert_problem(&ev, "seats.13", "outside 1-12");
    assert_problem(&ev, "seats.12", "not in the roster");
}

#[test]
fn bad_and_duplicate_nips_are_reported() {
    let mut ev = demo();
    ev.participants[0].nip = Some("12345".into());
    ev.participants[2].nip = ev.participants[1].nip.clone();
    assert_problem(&ev, "participants[0] (P01).nip", "18 digits");
    assert_problem(&ev, "participants[2] (P03).nip", "also participants[1]");
}

#[test]
fn ids_that_could_be_paths_are_refused() {
    let mut ev = demo();
    ev.id = "../etc".into();
    ev.observers[0].id = "a/b".into();
    assert_problem(&ev, "id", "'/'");
    assert_problem(&ev, "observers[0]", "'/'");
}

#[test]
fn observer_references_must_exist() {
    let mut ev = demo();
    ev.observers[0].group = Some("G99".into());
    ev.observers[1].coverage.push("P99".into());
    assert_problem(&ev, "observers[0]", "group \"G99\" does not exist");
    assert_problem(&ev, "observers[1]", "\"P99\" is not in the roster");
}

#[test]
fn unknown_scheme_or_framework_is_reported() {
    let mut ev = demo();
    ev.scheme = "nope".into();
    ev.framework = "nada".into();
    assert_problem(&ev, "scheme", "neither built in");
    assert_problem(&ev, "framework", "neither built in");
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let mut ev = demo();
    ev.participants[0].name = " ".into();
    ev.participants[1].nip = Some("x".into());
    ev.phases[0].minutes = 0;
    ev.groups[0].seats.insert(0, "P75".into());
    assert!(problems(&ev).len() >= 4, "{:#?}", problems(&ev));
}

#[test]
fn scheme_keys_are_bound_once_and_never_to_reserved_keys() {
    let fw = asn();
    let mut s = lgd_default();
    s.codes[1].key = s.codes[0].key;
    s.codes[2].key = '3';
    s.codes[3].key = '/';
    s.codes[4].key = 'Q';
    let ps = validate_scheme(&s, &fw);
    let has = |at: &str, what: &str| {
        ps.iter()
            .any(|p| p.at.contains(at) && p.what(Lang::En).contains(what))
    };
    assert!(has("codes[1].key", "used twice"), "{ps:#?}");
    assert!(has("codes[2]", "reserved"), "{ps:#?}");
    assert!(has("codes[3]", "reserved"), "{ps:#?}");
    assert!(has("codes[4]", "not a lower-case letter"), "{ps:#?}");
}

#[test]
fn scheme_competencies_must_exist_in_the_framework() {
    let fw = asn();
    let mut s = lgd_default();
    s.codes[0].competencies.push("M.42".into());
    s.rated_competencies.push("X.1".into());
    let ps = validate_scheme(&s, &fw);
    assert!(
        ps.iter().any(|p| p.what(Lang::En).contains("\"M.42\"")),
        "{ps:#?}"
    );
    assert!(
        ps.iter().any(|p| p.at == "rated_competencies[6]"),
        "{ps:#?}"
    );
}

#[test]
fn framework_levels_and_targets_are_checked() {
    let mut fw = asn();
    fw.competencies[0].levels.pop();
    fw.competencies[1].target = 7;
    fw.competencies[2].code = fw.competencies[3].code.clone();
    let ps = validate_framework(&fw);
    assert!(
        ps.iter()
            .any(|p| p.what(Lang::En).contains("4 level descriptions")),
        "{ps:#?}"
    );
    assert!(
        ps.iter()
            .any(|p| p.what(Lang::En).contains("target level 7")),
        "{ps:#?}"
    );
    assert!(
        ps.iter().any(|p| p.what(Lang::En).contains("used twice")),
        "{ps:#?}"
    );
}

#[test]
fn malformed_json_names_line_and_column() {
    let err =
        parse_document("{\n  \"format\": \"lgd-event\",\n  \"id\": 3,\n", "ev.json").unwrap_err();
    match err {
        LoadError::Syntax { file, line, .. } => {
            assert_eq!(file, "ev.json");
            assert!(line >= 3);
        }
        other => panic!("unexpected {other:?}"),
    }
    let wrong_type = parse_document(
        r#"{"format":"lgd-event","format_version":1,"id":3}"#,
        "x.json",
    )
    .unwrap_err()
    .to_string();
    assert!(
        wrong_type.contains("x.json: line 1, column"),
        "{wrong_type}"
    );
    assert!(wrong_type.contains("expected a string"), "{wrong_type}");
}

#[test]
fn foreign_and_newer_files_are_told_apart() {
    let e = parse_document(r#"{"hello": 1}"#, "f.json").unwrap_err();
    assert!(matches!(e, LoadError::Foreign { .. }), "{e:?}");
    let e = parse_document(r#"{"format":"lgd-event","format_version":99}"#, "n.json").unwrap_err();
    assert!(e.to_string().contains("made by a newer lgd"), "{e}");
    assert!(matches!(
        parse_document(catalog::DEMO_EVENT_JSON, "demo"),
        Ok(Document::Event(_))
    ));
}

#[test]
fn a_day_record_begins_with_the_group_and_the_observers_coverage() {
    use lgd_observer::model::{BeginError, DayRecord};
    let ev = demo();
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("time");
    let date = at.date_naive();
    let day =
        DayRecord::begin(&ev, Catalog::builtin().resolver(), "A01", None, date, at).expect("begin");
    assert_eq!(day.group, "G1");
    assert_eq!(day.participants.len(), 10);
    assert_eq!(day.utc_offset, "+07:00");
    assert_eq!(day.event.digest, ev.digest());
    assert_eq!(day.phases.len(), 4);
    let err =
        DayRecord::begin(&ev, Catalog::builtin().resolver(), "ZZ", None, date, at).unwrap_err();
    assert_eq!(err, BeginError::UnknownObserver("ZZ".into()));
    let err =
        DayRecord::begin(&ev, Catalog::builtin().resolver(), "LEAD", None, date, at).unwrap_err();
    assert_eq!(err, BeginError::NoGroup("LEAD".into()));
}
