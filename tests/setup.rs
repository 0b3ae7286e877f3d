//! Group formation, observer coverage, and `lgd new` / `lgd check` on the real binary.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::Output;

use lgd_observer::catalog::{self, Catalog};
use lgd_observer::model::{Event, Gender, Group, Observer, Participant, Role};
use lgd_observer::setup::{
    Balance, Targets, audit, form_groups, generate_observers, plan_coverage,
};
use proptest::prelude::*;

fn person(i: usize, unit: &str, gender: Option<Gender>) -> Participant {
    Participant {
        id: format!("P{:02}", i + 1),
        nip: None,
        name: format!("Peserta {}", i + 1),
        position: String::new(),
        unit: unit.to_string(),
        gender,
        extra: BTreeMap::new(),
    }
}

fn unit_name(u: usize) -> String {
    match u {
        9 => String::new(),
        // Spelling differences must not make two units of one.
        u if u % 2 == 0 => format!("DINAS  {u}"),
        u => format!("Dinas {u}"),
    }
}

fn members(groups: &[Group]) -> Vec<Vec<&str>> {
    groups
        .iter()
        .map(|g| g.seats.values().map(String::as_str).collect())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn groups_are_even_spread_complete_and_reproducible(
        // Squaring skews towards unit 0, so large units (more members than groups) occur often.
        units in prop::collection::vec((0usize..100).prop_map(|x| x * x / 1000), 1..97),
        genders in prop::collection::vec(prop::option::of(any::<bool>()), 97),
        count in 1usize..=10,
        seed in any::<u64>(),
    ) {
        let n = units.len();
        prop_assume!(count <= n && n.div_ceil(count) <= 12);
        let ps: Vec<Participant> = units
            .iter()
            .enumerate()
            .map(|(i, u)| person(i, &unit_name(*u), genders[i].map(|m| if m { Gender::L } else { Gender::P })))
            .collect();
        let groups = form_groups(&ps, count, seed).expect("groups");
        prop_assert_eq!(groups.len(), count);
        let sizes: Vec<usize> = groups.iter().map(|g| g.seats.len()).collect();
        let (lo, hi) = (sizes.iter().min().copied(), sizes.iter().max().copied());
        prop_assert!(hi.zip(lo).is_some_and(|(h, l)| h - l <= 1), "sizes {:?}", sizes);
        for g in &groups {
            let seats: Vec<u8> = g.seats.keys().copied().collect();
            prop_assert_eq!(seats, (1..=g.seats.len() as u8).collect::<Vec<_>>());
        }
        let mut seen: Vec<&str> = members(&groups).concat();
        seen.sort_unstable();
        let mut ids: Vec<&str> = ps.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        prop_assert_eq!(seen, ids, "every participant in exactly one group");
        let unit_of: HashMap<&str, usize> =
            ps.iter().zip(&units).map(|(p, u)| (p.id.as_str(), *u)).collect();
        for u in (0..=9).filter(|u| *u != 9) {
            let total = units.iter().filter(|x| **x == u).count();
            if total == 0 {
                continue;
            }
            let most = members(&groups)
                .iter()
                .map(|m| m.iter().filter(|p| unit_of[**p] == u).count())
                .max()
                .unwrap_or(0);
            prop_assert_eq!(most, total.div_ceil(count), "unit {} of {}", u, total);
        }
        prop_assert_eq!(form_groups(&ps, count, seed).expect("again"), groups);
    }
}

fn demo() -> Event {
    catalog::demo_event().expect("demo")
}

#[test]
fn genders_are_evened_out_and_seeds_differ() {
    let ps = demo().participants;
    let a = form_groups(&ps, 8, 1).expect("groups");
    let b = form_groups(&ps, 8, 2).expect("groups");
    assert_ne!(a, b, "another seed, another arrangement");
    for seed in 0..20 {
        let bal = Balance::of(&form_groups(&ps, 8, seed).expect("groups"), &ps);
        let men: Vec<usize> = bal.groups.iter().map(|g| g.men).collect();
        let spread = men.iter().max().unwrap_or(&0) - men.iter().min().unwrap_or(&0);
        assert!(spread <= 1, "seed {seed}: men per group {men:?}");
        assert!(bal.avoidable.is_empty(), "seed {seed}: {:?}", bal.avoidable);
        assert_eq!(bal.size_spread(), 1);
    }
}

#[test]
fn impossible_group_counts_are_refused_with_advice() {
    let ps: Vec<Participant> = (0..30).map(|i| person(i, "X", None)).collect();
    let too_many = form_groups(&ps[..5], 8, 0).expect_err("8 groups of 5 people");
    assert!(
        too_many.to_string().contains("--groups 5 or fewer"),
        "{too_many}"
    );
    let too_big = form_groups(&ps, 2, 0).expect_err("2 groups of 15");
    assert!(
        too_big.to_string().contains("--groups 3 or more"),
        "{too_big}"
    );
}

fn observers_of(plan_observers: &[Observer], pid: &str) -> Vec<String> {
    plan_observers
        .iter()
        .filter(|o| o.coverage.iter().any(|c| c == pid))
        .map(|o| o.id.clone())
        .collect()
}

#[test]
fn generated_observers_cover_the_demo_in_complete_blocks() {
    let ev = demo();
    let groups = form_groups(&ev.participants, 8, 0).expect("groups");
    let t = Targets::default();
    let plan = plan_coverage(&groups, &ev.participants, generate_observers(&groups, t), t);
    assert!(plan.shortfalls.is_empty());
    assert_eq!(
        plan.observers.len(),
        33,
        "4 per group and a lead, like the demo"
    );
    let by_id: HashMap<&str, &Observer> =
        plan.observers.iter().map(|o| (o.id.as_str(), o)).collect();
    for p in &ev.participants {
        let who = observers_of(&plan.observers, &p.id);
        assert_eq!(who.len(), 2, "{}", p.id);
        let group = groups
            .iter()
            .find(|g| g.seat_of(&p.id).is_some())
            .expect("seated");
        for o in &who {
            let o = by_id[o.as_str()];
            assert!(o.coverage.len() <= 5);
            assert_eq!(o.group.as_deref(), Some(group.id.as_str()));
        }
        assert_eq!(
            by_id[who[0].as_str()].coverage,
            by_id[who[1].as_str()].coverage,
            "both observers of {} rate the same block",
            p.id
        );
    }
    let lead = by_id["LEAD"];
    assert_eq!((lead.role, lead.coverage.len()), (Role::Lead, 0));
}

/// Groups of the given sizes, seated in order, people with no unit.
fn groups_of(sizes: &[usize]) -> (Vec<Participant>, Vec<Group>) {
    let ps: Vec<Participant> = (0..sizes.iter().sum())
        .map(|i| person(i, "", None))
        .collect();
    let mut next = ps.iter();
    let groups = sizes
        .iter()
        .enumerate()
        .map(|(g, size)| Group {
            id: format!("G{}", g + 1),
            name: format!("Kelompok {}", g + 1),
            seats: next
                .by_ref()
                .take(*size)
                .zip(1u8..)
                .map(|(p, s)| (s, p.id.clone()))
                .collect(),
            output: String::new(),
        })
        .collect();
    (ps, groups)
}

fn floating(n: usize) -> Vec<Observer> {
    (0..n)
        .map(|i| Observer {
            id: format!("O{i}"),
            name: format!("Obs {i}"),
            role: Role::Primary,
            group: None,
            coverage: Vec::new(),
        })
        .collect()
}

#[test]
fn too_few_observers_for_blocks_take_turns_and_still_meet_the_targets() {
    // 11 people need 3 blocks x 2 = 6 observers for complete blocks, but 5 can cover 22 slots.
    let (ps, groups) = groups_of(&[11]);
    let plan = plan_coverage(&groups, &ps, floating(5), Targets::default());
    assert!(plan.shortfalls.is_empty(), "{:?}", plan.shortfalls);
    for p in &ps {
        assert_eq!(observers_of(&plan.observers, &p.id).len(), 2, "{}", p.id);
    }
    assert!(plan.observers.iter().all(|o| o.coverage.len() <= 5));
}

#[test]
fn impossible_targets_name_the_participants_and_the_observers_missing() {
    let (ps, groups) = groups_of(&[10]);
    let plan = plan_coverage(&groups, &ps, floating(3), Targets::default());
    assert_eq!(plan.shortfalls.len(), 1);
    let s = &plan.shortfalls[0];
    assert_eq!((s.needed, s.missing), (4, 1));
    let short: Vec<&str> = s
        .participants
        .iter()
        .map(|(id, _, _)| id.as_str())
        .collect();
    assert_eq!(short, ["P06", "P07", "P08", "P09", "P10"]);
    let text = s.to_string();
    assert!(text.contains("1 more observer(s) needed"), "{text}");
    assert!(text.contains("P06 Peserta 6 (1)"), "{text}");
    let plan = plan_coverage(
        &groups,
        &ps,
        floating(3),
        Targets {
            min_observers: 3,
            max_per_observer: 10,
        },
    );
    assert_eq!(plan.shortfalls.len(), 0, "3 observers each rating all 10");
}

#[test]
fn observers_without_a_group_go_where_they_are_missing() {
    let (ps, groups) = groups_of(&[10, 4]);
    let mut obs = floating(6);
    obs[0].group = Some("G1".into());
    obs[1].group = Some("G1".into());
    let plan = plan_coverage(&groups, &ps, obs, Targets::default());
    assert!(plan.shortfalls.is_empty(), "{:?}", plan.shortfalls);
    let at = |g: &str| {
        plan.observers
            .iter()
            .filter(|o| o.group.as_deref() == Some(g))
            .count()
    };
    assert_eq!((at("G1"), at("G2")), (4, 2));
}

#[test]
fn audit_finds_thin_coverage_and_overloaded_observers() {
    let mut ev = demo();
    let moved = std::mem::take(&mut ev.observers[2].coverage);
    ev.observers[3].coverage.extend(moved);
    let a = audit(&ev, Targets::default());
    assert_eq!(a.under.len(), 0, "A04 now covers A03's people too");
    assert_eq!(a.over, [("A04".to_string(), 10)]);
    ev.observers[3].coverage.truncate(3);
    let a = audit(&ev, Targets::default());
    assert_eq!(a.under.len(), 7);
    assert!(a.lines()[0].contains("7 participant(s) with fewer than 2 observers"));
}

// ---- the real binary ----

fn lgd(args: &[&str], dir: &Path) -> Output {
    common::run_in(dir, args)
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A roster of `n` people in 6 units, NIPs valid and distinct.
fn roster_csv(n: usize) -> String {
    let mut s = String::from("No;Nama;NIP;Jabatan;Unit Kerja;Jenis Kelamin;Golongan\n");
    for i in 0..n {
        s.push_str(&format!(
            "{};Peserta {};1980{:02}{:02}2005011{:03};Kepala Seksi;Dinas {};{};III/c\n",
            i + 1,
            i + 1,
            1 + i % 12,
            1 + i % 28,
            i + 1,
            i % 6,
            if i % 3 == 0 { "P" } else { "L" }
        ));
    }
    s
}

fn read_event(path: &Path) -> Event {
    serde_json::from_str(&std::fs::read_to_string(path).expect("event file")).expect("event json")
}

#[test]
fn lgd_new_writes_an_event_that_lgd_check_accepts() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("peserta.csv"), roster_csv(30)).expect("roster");
    let args = [
        "new",
        "--name",
        "Asesmen Kota 2026",
        "--roster",
        "peserta.csv",
        "--groups",
        "4",
        "--seed",
        "7",
        "--out",
        "ev.json",
    ];
    let out = lgd(&args, dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let shown = text(&out);
    assert!(
        shown.contains("max/unit") && shown.contains("seat id"),
        "{shown}"
    );
    let ev = read_event(&dir.path().join("ev.json"));
    assert_eq!(ev.id, "asesmen-kota-2026");
    assert_eq!((ev.participants.len(), ev.groups.len()), (30, 4));
    assert_eq!(
        ev.participants[0].extra.get("Golongan").map(String::as_str),
        Some("III/c")
    );
    assert_eq!(ev.phases.iter().filter(|p| p.coded).count(), 2);
    let check = lgd(&["check", "ev.json"], dir.path());
    assert!(check.status.success(), "{}", text(&check));
    assert!(
        text(&check).contains("every participant has 2+ observers"),
        "{}",
        text(&check)
    );

    let again = lgd(&args, dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again).contains("--force"), "{}", text(&again));
    assert_eq!(
        read_event(&dir.path().join("ev.json")),
        ev,
        "the file was left alone"
    );
    let mut forced = args.to_vec();
    forced.extend(["--force", "--id", "kota-b"]);
    // Not even --force replaces an event file that `lgd roster` has open.
    let editor = lgd_observer::setup::EventLock::take(&dir.path().join("ev.json")).expect("lock");
    let busy = lgd(&forced, dir.path());
    assert_eq!(busy.status.code(), Some(1));
    assert!(
        text(&busy).contains("already being edited"),
        "{}",
        text(&busy)
    );
    assert_eq!(read_event(&dir.path().join("ev.json")), ev);
    drop(editor);
    assert!(lgd(&forced, dir.path()).status.success());
    assert_eq!(read_event(&dir.path().join("ev.json")).id, "kota-b");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temp files left behind");
}

#[test]
fn bad_rows_stop_lgd_new_unless_skipped() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut csv = roster_csv(12);
    csv.push_str("13;;198001012005011099;;Dinas 1;L\n14;Peserta 14;1.98001E+17;;Dinas 2;P\n");
    std::fs::write(dir.path().join("r.csv"), csv).expect("roster");
    let args = [
        "new", "--name", "X", "--roster", "r.csv", "--groups", "2", "--out", "ev.json",
    ];
    let out = lgd(&args, dir.path());
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out);
    assert!(shown.contains("roster row 14: name is empty"), "{shown}");
    assert!(
        shown.contains("roster row 15: NIP \"1.98001E+17\""),
        "{shown}"
    );
    assert!(shown.contains("nothing was written"), "{shown}");
    assert!(!dir.path().join("ev.json").exists());
    let mut skip = args.to_vec();
    skip.push("--skip-bad-rows");
    let out = lgd(&skip, dir.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("2 roster row(s) left out"),
        "{}",
        text(&out)
    );
    assert_eq!(
        read_event(&dir.path().join("ev.json")).participants.len(),
        12
    );
}

#[test]
fn too_few_observers_stop_lgd_new_with_who_is_short() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("r.csv"), roster_csv(20)).expect("roster");
    std::fs::write(
        dir.path().join("asesor.csv"),
        "Nama,Peran,Kelompok\nAndi,utama,1\nBudi,reliabilitas,1\nCitra,utama,\nDoni,,\nEka,ketua,\n",
    )
    .expect("observers");
    let args = [
        "new",
        "--name",
        "X",
        "--roster",
        "r.csv",
        "--groups",
        "2",
        "--observers",
        "asesor.csv",
        "--out",
        "ev.json",
    ];
    let out = lgd(&args, dir.path());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = text(&out);
    assert!(
        shown.contains("Kelompok 1: 2 more observer(s) needed (4 in all)"),
        "{shown}"
    );
    assert!(
        shown.contains("Kelompok 2: 2 more observer(s) needed (4 in all)"),
        "{shown}"
    );
    assert!(
        shown.contains("4 more observer(s) needed in all"),
        "{shown}"
    );
    assert!(!dir.path().join("ev.json").exists());
    let mut relaxed = args.to_vec();
    relaxed.extend(["--min-observers", "1", "--max-per-observer", "10"]);
    let out = lgd(&relaxed, dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let ev = read_event(&dir.path().join("ev.json"));
    assert_eq!(ev.observers.len(), 5);
    assert_eq!(ev.observer("A05").map(|o| o.role), Some(Role::Lead));
}

#[test]
fn an_xlsx_roster_with_groups_and_an_embedded_scheme() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().expect("tmp");
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Catatan").expect("name");
    let sheet = book.add_worksheet();
    sheet.set_name("Peserta").expect("name");
    for (c, h) in ["Nama", "NIP", "OPD", "Kelompok", "No Kursi"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    for i in 0..6u32 {
        let row = i + 1;
        sheet
            .write_string(row, 0, format!("Peserta {row}"))
            .expect("name");
        sheet
            .write_string(row, 1, format!("19800101200501100{row}"))
            .expect("nip");
        sheet
            .write_string(row, 2, format!("Dinas {}", i % 3))
            .expect("unit");
        sheet
            .write_number(row, 3, f64::from(1 + i % 2))
            .expect("group");
        sheet
            .write_number(row, 4, f64::from(3 - i / 2))
            .expect("seat");
    }
    book.save(dir.path().join("peserta.xlsx")).expect("xlsx");
    let mut scheme: serde_json::Value =
        serde_json::from_str(catalog::LGD_DEFAULT_JSON).expect("scheme");
    scheme["id"] = "skema-kota".into();
    std::fs::write(dir.path().join("skema.json"), scheme.to_string()).expect("scheme");
    let out = lgd(
        &[
            "new",
            "--name",
            "Y",
            "--roster",
            "peserta.xlsx",
            "--sheet",
            "Peserta",
            "--scheme",
            "skema.json",
            "--out",
            "ev.json",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out));
    let ev = read_event(&dir.path().join("ev.json"));
    assert_eq!(ev.scheme, "skema-kota");
    assert_eq!(ev.schemes.len(), 1);
    assert_eq!(ev.groups.len(), 2);
    assert_eq!(ev.group("G1").and_then(|g| g.at_seat(3)), Some("P01"));
    assert_eq!(ev.group("G2").and_then(|g| g.at_seat(1)), Some("P06"));
    let problems =
        lgd_observer::model::validate::validate_event(&ev, Catalog::builtin().resolver());
    assert!(problems.is_empty(), "{problems:?}");
    assert!(lgd(&["check", "ev.json"], dir.path()).status.success());
}

#[test]
fn lgd_check_warns_about_thin_coverage_and_avoidable_unit_sharing() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut ev = demo();
    ev.observers[2].coverage.clear();
    let g1: Vec<String> = ev.groups[0].seats.values().cloned().collect();
    for pid in &g1[..3] {
        if let Some(p) = ev.participants.iter_mut().find(|p| &p.id == pid) {
            p.unit = "Dinas Kesehatan".into();
        }
    }
    std::fs::write(
        dir.path().join("ev.json"),
        serde_json::to_string(&ev).expect("json"),
    )
    .expect("write");
    let out = lgd(&["check", "ev.json"], dir.path());
    let shown = text(&out);
    assert!(
        out.status.success(),
        "warnings do not fail the check: {shown}"
    );
    assert!(
        shown.contains("5 participant(s) with fewer than 2 observers"),
        "{shown}"
    );
    assert!(
        shown.contains("G1 has 3 people from Dinas Kesehatan"),
        "{shown}"
    );
}

/// The roster editor of `lgd roster`, driven through the library on a real event file; `lgd check`
/// reads every change back and finds the event clean.
#[test]
fn roster_edits_saved_to_the_event_file_pass_lgd_check() {
    use lgd_observer::setup::{Edit, Editor, Field, Rules, save_event};
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("peserta.csv"), roster_csv(30)).expect("roster");
    let made = lgd(
        &[
            "new",
            "--name",
            "Kota",
            "--roster",
            "peserta.csv",
            "--groups",
            "4",
            "--out",
            "ev.json",
        ],
        dir.path(),
    );
    assert!(made.status.success(), "{}", text(&made));
    let path = dir.path().join("ev.json");
    let original = read_event(&path);
    let sizes = |ev: &Event| -> Vec<usize> { ev.groups.iter().map(|g| g.seats.len()).collect() };
    assert_eq!(sizes(&original), [8, 8, 7, 7]);
    let mover = original.groups[0].seats[&1].clone();
    let mut ed = Editor::new(original.clone(), Rules::builtin(Targets::default()));
    let edits = [
        Edit::Move {
            participant: mover.clone(),
            group: "G3".into(),
            seat: None,
        },
        Edit::SetField {
            participant: mover.clone(),
            field: Field::Name,
            value: "Drs. H. Ahmad Nur'aini, M.Si.".into(),
        },
        Edit::Remove {
            participant: original.groups[1].seats[&1].clone(),
        },
    ];
    for edit in edits {
        ed.apply(edit).expect("edit");
        // As the app does: the file after every change.
        save_event(&path, ed.event(), true).expect("save");
    }
    let refused = ed.apply(Edit::SetField {
        participant: mover.clone(),
        field: Field::Nip,
        value: "1.98E+17".into(),
    });
    assert!(refused.is_err());
    ed.undo().expect("undo the removal");
    save_event(&path, ed.event(), true).expect("save");

    let saved = read_event(&path);
    assert_eq!(saved, *ed.event());
    assert_eq!(sizes(&saved), [7, 8, 8, 7]);
    let g3 = saved.group("G3").expect("G3");
    assert_eq!(g3.seat_of(&mover), Some(8));
    let check = lgd(&["check", "ev.json"], dir.path());
    let shown = text(&check);
    assert!(check.status.success(), "{shown}");
    assert!(shown.contains("(event): OK"), "{shown}");
    assert!(
        shown.contains("30 participants in 4 groups (sizes 7, 8, 8, 7)"),
        "{shown}"
    );
    assert!(
        shown.contains("every participant has 2+ observers"),
        "{shown}"
    );
    // Balance is reported, not refused: this move put three of one unit together.
    assert!(
        shown.contains("balance: sizes 7, 8, 8, 7 (differ by 1)"),
        "{shown}"
    );
    assert_eq!(
        saved.participant(&mover).map(|p| p.name.as_str()),
        Some("Drs. H. Ahmad Nur'aini, M.Si.")
    );
    assert_eq!(saved.participants.len(), original.participants.len());
}

/// The coverage targets `lgd new` planned with are kept in the event, so `lgd check` audits and the
/// roster editor re-plans with them; an event without them (the demo) keeps its digest.
#[test]
fn coverage_targets_given_to_lgd_new_are_kept_in_the_event_and_used_after() {
    use lgd_observer::setup::{Edit, Editor, Rules};
    let demo = demo();
    assert_eq!(
        demo.digest(),
        "b307ee8a912d9c6a86f963472547e98b63d9c0d66720fd2dd77a5f12a566250a",
        "events made before the targets were kept keep their digest"
    );
    assert_eq!(Targets::of(&demo), Targets::default());
    assert!(
        !serde_json::to_string(&demo)
            .expect("json")
            .contains("min_observers")
    );

    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("peserta.csv"), roster_csv(24)).expect("roster");
    let made = lgd(
        &[
            "new",
            "--name",
            "Kota",
            "--roster",
            "peserta.csv",
            "--groups",
            "3",
            "--min-observers",
            "3",
            "--max-per-observer",
            "7",
            "--out",
            "ev.json",
        ],
        dir.path(),
    );
    assert!(made.status.success(), "{}", text(&made));
    let ev = read_event(&dir.path().join("ev.json"));
    assert_eq!(
        (ev.settings.min_observers, ev.settings.max_per_observer),
        (Some(3), Some(7))
    );
    let planned = Targets::of(&ev);
    assert_eq!((planned.min_observers, planned.max_per_observer), (3, 7));
    let check = lgd(&["check", "ev.json"], dir.path());
    let shown = text(&check);
    assert!(check.status.success(), "{shown}");
    assert!(
        shown.contains("every participant has 3+ observers; no observer has more than 7"),
        "{shown}"
    );
    // A move re-plans the group joined at the event's targets: three observers, not two (the
    // four observers of a group of 8 can rate 28, enough for a ninth person).
    let mover = ev.groups[0].seats[&1].clone();
    let mut ed = Editor::new(ev.clone(), Rules::builtin(planned));
    ed.apply(Edit::Move {
        participant: mover.clone(),
        group: "G2".into(),
        seat: None,
    })
    .expect("moved");
    assert_eq!(ed.event().observers_of(&mover).count(), 3);
    let mut zero = ev;
    zero.settings.max_per_observer = Some(0);
    let problems =
        lgd_observer::model::validate::validate_event(&zero, Catalog::builtin().resolver());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].at, "settings.max_per_observer");
}

/// Issue 17 item 4: an observer list (XLSX) whose role column says what offices write. The grades
/// "Asesor Utama" / "Asesor Madya" rate like "Anggota"; a "Ketua Tim" with no group rates no one,
/// and the coverage error names them with why and the observers beside each short group; given a
/// group, the team lead rates there.
#[test]
fn office_role_words_map_to_lgd_roles_and_coverage_errors_name_who_was_left_out() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("r.csv"), roster_csv(20)).expect("roster");
    let write_list = |lead_group: &str| {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let rows: [(&str, &str, &str); 8] = [
            ("Drs. Andi", "Asesor Utama", "1"),
            ("Budi", "Asesor Utama", "1"),
            ("Citra", "Asesor Madya", "1"),
            ("Doni", "Anggota", "1"),
            ("Eka", "Asesor Utama", "2"),
            ("Fajar", "Asesor Madya", "2"),
            ("Gita", "Anggota", "2"),
            ("Hadi", "Ketua Tim", lead_group),
        ];
        for (c, h) in ["Nama Asesor", "Peran", "Kelompok"].iter().enumerate() {
            sheet.write_string(0, c as u16, *h).expect("header");
        }
        for (r, (name, role, group)) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            sheet.write_string(r, 0, *name).expect("name");
            sheet.write_string(r, 1, *role).expect("role");
            if !group.is_empty() {
                sheet
                    .write_number(r, 2, group.parse::<f64>().expect("n"))
                    .expect("group");
            }
        }
        book.save(dir.path().join("asesor.xlsx")).expect("save");
    };
    let args = [
        "new",
        "--name",
        "X",
        "--roster",
        "r.csv",
        "--groups",
        "2",
        "--observers",
        "asesor.xlsx",
        "--out",
        "ev.json",
    ];
    write_list("");
    let out = lgd(&args, dir.path());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = text(&out);
    assert!(
        shown.contains("rates no one: A08 Hadi (team lead with no group"),
        "{shown}"
    );
    assert!(
        shown.contains("Kelompok 2: observers beside this group: A05 Eka, A06 Fajar, A07 Gita"),
        "{shown}"
    );

    write_list("2");
    let out = lgd(&args, dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let ev = read_event(&dir.path().join("ev.json"));
    let role = |id: &str| ev.observer(id).map(|o| (o.role, o.coverage.len()));
    assert_eq!(
        role("A01").map(|r| r.0),
        Some(Role::Primary),
        "Asesor Utama rates"
    );
    assert!(role("A01").is_some_and(|r| r.1 > 0));
    let lead = role("A08").expect("lead");
    assert_eq!(lead.0, Role::Lead);
    assert!(lead.1 > 0, "a team lead seated beside a group rates there");
}
