//! Each participant's own feedback file, on the demo fixture (which has self ratings): the
//! self-evaluation gap is there, the level descriptions are the framework's, and another
//! participant named in a note is redacted.

use lgd_observer::consolidate::{CellEvidence, EvidenceItem};
use lgd_observer::model::{EvidenceKind, Lang};
use lgd_observer::report::render_participant_files;
use scraper::{Html, Selector};

use super::fixture::{at, consolidated};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn words(e: scraper::ElementRef) -> String {
    e.text()
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_participants_file_shows_their_self_gap_and_names_nobody_else() {
    let mut c = consolidated(1);
    let me = c.participants[0].person.clone();
    let other = c.participants[1].person.name.clone();
    let cell = c
        .cells
        .iter_mut()
        .find(|x| x.participant == me.id)
        .expect("cell");
    cell.evidence.push(CellEvidence {
        observer: "A01".into(),
        notes: vec![EvidenceItem {
            kind: EvidenceKind::Strength,
            text: format!("Merangkum usulan {other} dengan jelas."),
            at: at("2026-12-03T10:40:00+07:00"),
            reason: None,
            after_submission: false,
        }],
        codes: Vec::new(),
        act_notes: Vec::new(),
        suggested: None,
    });
    let files = render_participant_files(&c, Lang::Id).expect("files");
    assert_eq!(files.len(), c.participants.len());
    let (name, html) = &files[0];
    assert_eq!(name, &format!("{}.html", me.id));
    let doc = Html::parse_document(html);
    let strengths: Vec<String> = doc.select(&sel("ul.strengths li")).map(words).collect();
    let note = strengths
        .iter()
        .find(|s| s.starts_with("Merangkum") || s.contains("Merangkum usulan"))
        .expect("the note is kept");
    assert!(note.contains("[peserta lain]"), "{note}");
    assert!(!words(doc.select(&sel("body")).next().expect("body")).contains(&other));
    // The fixture gives participants at even positions a self rating of 4 on each competency.
    let result = c
        .results
        .iter()
        .find(|r| r.participant == me.id)
        .expect("result");
    let rows = doc.select(&sel("table.self-gap tbody tr")).count();
    assert_eq!(rows, result.self_gap.len());
    assert!(rows > 0, "the fixture's first participant has self ratings");
}
