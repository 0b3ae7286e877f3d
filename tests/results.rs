//! The results the city defends, through the real binary: `lgd demo --rehearse`, `lgd consolidate
//! --event`, `lgd report`, then the report and each participant's file parsed as HTML. (The cover
//! facts from `lgd new` and `lgd check`'s warning are in tests/event_facts.rs.)

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use lgd_observer::consolidate::{Consolidated, read_consolidated};
use lgd_observer::model::{Event, Settings};
use scraper::{ElementRef, Html, Selector};

fn lgd(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lgd"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .output()
        .expect("run lgd")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn text(e: ElementRef) -> String {
    e.text()
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

fn first(doc: &Html, s: &str) -> String {
    doc.select(&sel(s)).next().map(text).unwrap_or_default()
}

const VENUE: &str = "Aula Blandongan, Puspemkot Tangerang Selatan";
const LEAD: &str = "Dra. Retno Wulandari, M.Psi.";

/// A rehearsed day of the demo event with cover facts and WITA added to the event file after the
/// day files were written, consolidated with --event and reported in Indonesian.
struct Run {
    _tmp: tempfile::TempDir,
    c: Consolidated,
    report: Html,
    out: std::path::PathBuf,
}

fn run() -> Run {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    ok(&lgd(&["demo", "--rehearse", "latihan"], dir));
    let event_path = dir.join("latihan/tangsel-2026.json");
    let mut event: Event =
        serde_json::from_slice(&std::fs::read(&event_path).expect("event")).expect("json");
    event.venue = VENUE.into();
    event.lead_assessor = LEAD.into();
    event.assessors = vec!["Bambang Sutrisno".into(), "Sri Handayani".into()];
    event.settings.time_zone = Some("WITA".into());
    // Splits rounded up, so every participant has a JPM to check (the default leaves them to the
    // wash-up, which this run does not hold).
    event.settings.midpoint = Some(lgd_observer::model::MidpointPolicy::HalfUp);
    std::fs::write(
        &event_path,
        serde_json::to_vec_pretty(&event).expect("json"),
    )
    .expect("write");
    ok(&lgd(
        &[
            "consolidate",
            "latihan/days",
            "--event",
            "latihan/tangsel-2026.json",
            "--out",
            "latihan/hasil",
        ],
        dir,
    ));
    let file = dir.join("latihan/hasil/consolidated.json");
    ok(&lgd(
        &[
            "report",
            "latihan/hasil/consolidated.json",
            "--out",
            "latihan/laporan",
            "--lang",
            "id",
        ],
        dir,
    ));
    let out = dir.join("latihan/laporan");
    let html = std::fs::read_to_string(out.join("report.html")).expect("report");
    Run {
        c: read_consolidated(&file).expect("consolidated"),
        report: Html::parse_document(&html),
        out,
        _tmp: tmp,
    }
}

fn jpm_of(cell: &str) -> Option<f64> {
    cell.strip_suffix('%')?.replace(',', ".").parse().ok()
}

/// Every figure of the ranking, and the cover, read back from one rehearsal.
#[test]
fn the_report_states_capped_jpm_shared_ranks_shortfalls_and_candidates_with_reasons() {
    let r = run();
    let c = &r.c;
    let doc = &r.report;
    let rows: Vec<ElementRef> = doc.select(&sel("table.ranking-table tbody tr")).collect();
    assert_eq!(rows.len(), c.participants.len());
    let settings = Settings::default();
    let categories = Settings::mapping_categories();
    let mut previous: Vec<f64> = Vec::new();
    let mut starred = 0;
    // Per category label: (competencies below target, levels below) over its members.
    let mut per_category: std::collections::BTreeMap<String, (usize, f64)> = Default::default();
    for row in &rows {
        let name = text(row.select(&sel("a")).next().expect("name"));
        let p = c
            .participants
            .iter()
            .find(|p| p.person.name == name)
            .expect("participant");
        let own: Vec<_> = c
            .cells
            .iter()
            .filter(|x| x.participant == p.person.id)
            .collect();
        let jpm_cell = row
            .select(&sel("td.jpm"))
            .next()
            .map(text)
            .unwrap_or_default();
        let Some(shown) = jpm_of(&jpm_cell) else {
            continue;
        };
        // JPM = sum of min(final, target) / sum of targets x 100, printed with %.
        let (a, t) = own.iter().fold((0.0, 0.0), |(a, t), x| {
            let target = f64::from(x.target);
            let level = x.final_level.expect("final level");
            (a + level.min(target), t + target)
        });
        let expected = a / t * 100.0;
        assert!(settings.jpm_capped());
        assert!(shown <= 100.0, "{name}: {shown}");
        assert!(
            (shown - expected).abs() <= 0.05,
            "{name}: {shown} vs {expected}"
        );
        // Category by the mapping thresholds on the capped JPM.
        let label = categories
            .iter()
            .filter(|k| expected >= k.min_jpm)
            .max_by(|x, y| x.min_jpm.total_cmp(&y.min_jpm))
            .expect("category");
        let cells: Vec<String> = row.select(&sel("td")).map(text).collect();
        assert_eq!(cells[4], label.label.id, "{name}");
        // Ranks are shared: 1 + the number of strictly higher JPMs.
        let higher = previous.iter().filter(|j| **j > shown + 1e-9).count();
        assert_eq!(cells[0], (higher + 1).to_string(), "{name}: {cells:?}");
        previous.push(shown);
        // The competencies below target and by how much.
        let below: Vec<_> = own
            .iter()
            .filter(|x| x.final_level.is_some_and(|l| l < f64::from(x.target)))
            .collect();
        let entry = per_category.entry(cells[4].clone()).or_default();
        entry.0 += below.len();
        entry.1 += below
            .iter()
            .map(|x| f64::from(x.target) - x.final_level.unwrap_or(0.0))
            .sum::<f64>();
        let shortfall = &cells[5];
        if below.is_empty() {
            assert_eq!(shortfall, "tidak ada");
        } else {
            assert!(
                shortfall.starts_with(&format!("{} kompetensi", below.len())),
                "{name}: {shortfall}"
            );
            for x in &below {
                assert!(shortfall.contains(&x.competency), "{name}: {shortfall}");
            }
        }
        // A candidate meets the default rule, and says why.
        let candidate = row.value().classes().any(|k| k == "candidate");
        let m7 = own.iter().find(|x| x.competency == "M.7").expect("M.7");
        let rule = expected >= 78.0
            && own.iter().all(|x| {
                x.final_level
                    .is_some_and(|l| l >= f64::from(x.target) - 1.0)
            })
            && m7.final_level.is_some_and(|l| l >= f64::from(m7.target));
        assert_eq!(candidate, rule, "{name}");
        let why = row
            .select(&sel(".why"))
            .next()
            .map(text)
            .unwrap_or_default();
        assert_eq!(!why.is_empty(), candidate, "{name}: {why}");
        if candidate {
            assert!(why.contains("M.7"), "{why}");
        }
        starred += usize::from(candidate);
    }
    // The rehearsal has results, candidates and others: the checks above did bite.
    assert!(
        previous.len() > c.participants.len() / 2,
        "{}",
        previous.len()
    );
    assert!(starred > 0 && starred < previous.len(), "{starred}");
    // The category table says, with every category, how many competencies fall below target.
    for row in doc.select(&sel("section.summary tr.category-row")) {
        let cells: Vec<String> = row.select(&sel("td")).map(text).collect();
        let (n, levels) = per_category.get(&cells[0]).copied().unwrap_or_default();
        if n == 0 {
            assert_eq!(cells[3], "tidak ada", "{cells:?}");
        } else {
            assert_eq!(
                cells[3],
                format!("{n} kompetensi, −{levels} level"),
                "{cells:?}"
            );
        }
    }
    assert_eq!(
        doc.select(&sel("section.summary tr.category-row")).count(),
        3
    );
    // The rule and the method are printed.
    let rule: Vec<String> = doc.select(&sel("ol.rule li")).map(text).collect();
    assert_eq!(rule.len(), 3, "{rule:?}");
    assert!(rule[0].contains("Optimal") && rule[0].contains("Cukup Optimal"));
    assert!(rule[2].contains("M.7"));
    assert!(first(doc, ".method .formula").contains("jpm_capped"));
    assert!(first(doc, ".method .sources").contains("PermenPANRB"));
}

#[test]
fn the_cover_carries_the_events_facts_a_signature_block_and_its_time_zone() {
    let r = run();
    let doc = &r.report;
    assert_eq!(
        first(doc, "dd.organisation"),
        "Pemerintah Kota Tangerang Selatan"
    );
    assert_eq!(first(doc, "dd.dates"), "3 Desember 2026");
    assert_eq!(first(doc, "dd.venue"), VENUE);
    assert!(first(doc, "dd.case").starts_with("Singapura"));
    assert_eq!(first(doc, "dd.lead"), LEAD);
    assert_eq!(first(doc, "dd.team"), "Bambang Sutrisno, Sri Handayani");
    assert_eq!(first(doc, "dd.zone"), "WITA (UTC+08:00)");
    assert_eq!(first(doc, ".signature .signer"), LEAD);
    assert_eq!(
        first(doc, ".signature .place-date"),
        format!("{VENUE}, 3 Desember 2026")
    );
    // Every time printed is in the event's zone.
    let generated = first(doc, ".cover .generated");
    assert!(generated.contains("WITA"), "{generated}");
    assert!(!generated.contains("UTC+07"), "{generated}");
    // The alpha table has no 95% CI column while consolidation gives no interval.
    let has_ci = r.c.agreement.alpha.overall.ci95.is_some();
    let header: Vec<String> = doc
        .select(&sel("section.summary table"))
        .nth(1)
        .expect("alpha table")
        .select(&sel("thead th"))
        .map(text)
        .collect();
    assert_eq!(
        header.iter().any(|h| h.contains("95")),
        has_ci,
        "{header:?}"
    );
}

#[test]
fn each_participant_gets_a_file_with_only_their_own_results() {
    let r = run();
    let c = &r.c;
    let dir = r.out.join("participants");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .expect("participants folder")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(files.len(), c.participants.len());
    for p in &c.participants {
        let html =
            std::fs::read_to_string(dir.join(format!("{}.html", p.person.id))).expect("own file");
        let doc = Html::parse_document(&html);
        assert_eq!(first(&doc, "h1"), p.person.name);
        let body = first(&doc, "body");
        for other in c.participants.iter().filter(|o| o.person.id != p.person.id) {
            if !p.person.name.contains(&other.person.name) {
                assert!(
                    !body.contains(&other.person.name),
                    "{} names {}",
                    p.person.id,
                    other.person.name
                );
            }
        }
        // No rank, no airtime, no other group member's chart.
        assert_eq!(
            doc.select(&sel(".rank, .ranking-table, svg.bars")).count(),
            0
        );
        assert!(!body.contains("Porsi bicara") && !body.contains("Peringkat"));
        // One row per competency, with what the level reached means in the framework.
        let rows: Vec<Vec<String>> = doc
            .select(&sel("table.own-ratings tbody tr"))
            .map(|row| row.select(&sel("td")).map(text).collect())
            .collect();
        assert_eq!(rows.len(), c.competencies.len());
        for (row, code) in rows.iter().zip(&c.competencies) {
            assert!(row[0].starts_with(code.as_str()));
            let cell = c
                .cells
                .iter()
                .find(|x| x.participant == p.person.id && &x.competency == code)
                .expect("cell");
            if let Some(level) = cell.final_level {
                let meaning = c
                    .framework
                    .competency(code)
                    .and_then(|k| k.level(level.floor() as u8))
                    .expect("level description");
                let words: String = meaning.id.split_whitespace().collect::<Vec<_>>().join(" ");
                assert_eq!(row[4], words, "{code}");
            }
        }
        assert!(jpm_of(&first(&doc, "#own-jpm")).is_some_and(|j| j <= 100.0));
        assert_eq!(doc.select(&sel("ul.strengths, ul.developments")).count(), 2);
    }
}

#[test]
fn the_organisation_sees_units_and_missions_by_pillar() {
    let r = run();
    let c = &r.c;
    let doc = &r.report;
    let units: BTreeSet<&str> = c
        .participants
        .iter()
        .map(|p| p.person.unit.trim())
        .collect();
    let rows: Vec<Vec<String>> = doc
        .select(&sel("table.by-unit tbody tr"))
        .map(|row| row.select(&sel("td")).map(text).collect())
        .collect();
    assert_eq!(rows.len(), units.len());
    let total: usize = rows
        .iter()
        .map(|r| r[1].parse::<usize>().expect("count"))
        .sum();
    assert_eq!(total, c.participants.len());
    // Candidates by unit are the starred rows of the ranking.
    let by_unit = doc.select(&sel("table.by-unit .star")).count();
    assert_eq!(by_unit, doc.select(&sel("tr.candidate")).count());
    // Means per competency by unit: one column per competency.
    let header = doc.select(&sel("table.unit-means thead th")).count();
    assert_eq!(header, 1 + c.competencies.len());
    // Missions side by side: Cerdas, Modern, Religius, then what fits none.
    let pillars: Vec<String> = doc
        .select(&sel("table.missions thead th"))
        .map(text)
        .collect();
    assert_eq!(pillars[1..4], ["Cerdas", "Modern", "Religius"]);
    let missions: Vec<Vec<String>> = doc
        .select(&sel("table.missions tbody tr"))
        .map(|row| row.select(&sel("td")).map(text).collect())
        .collect();
    let with_mission = c
        .groups
        .iter()
        .filter(|g| g.products.iter().any(|p| !p.text.trim().is_empty()))
        .count();
    assert_eq!(missions.len(), with_mission);
    assert!(with_mission >= 2);
    for m in &missions {
        assert!(m[1..4].iter().all(|x| !x.is_empty()), "{m:?}");
    }
    assert!(doc.select(&sel("table.themes tbody tr")).count() > 0);
}
