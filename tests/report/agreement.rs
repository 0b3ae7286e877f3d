//! Issue 15 in the report: the midpoint policy stated, split cells marked, a JPM that waits for a
//! decision said so; act matching named with its procedure, each pair's clock offset, the pooled
//! alpha's caveat, and agreement per behaviour code in place of the pooled count ICC.

use lgd_observer::consolidate::{
    ClockOffset, CodeAgreement, Coefficient, Consolidated, OffsetSource, Split,
};
use lgd_observer::model::{Lang, MidpointPolicy};
use lgd_observer::report::render_report;
use scraper::{Html, Selector};

use crate::fixture::consolidated;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn text(e: scraper::ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

/// The fixture with its first participant's first cell a 3/4 split left to the wash-up.
fn with_open_split() -> (Consolidated, String) {
    let mut c = consolidated(1);
    c.options.midpoint = MidpointPolicy::Washup;
    let id = c.participants[0].person.id.clone();
    let comp = c.competencies[0].clone();
    let cell = c
        .cells
        .iter_mut()
        .find(|x| x.participant == id && x.competency == comp)
        .expect("cell");
    cell.split = Some(Split {
        lower: 3.0,
        upper: 4.0,
        policy: MidpointPolicy::Washup,
    });
    cell.proposed = None;
    cell.consensus = None;
    cell.final_level = None;
    let r = c
        .results
        .iter_mut()
        .find(|r| r.participant == id)
        .expect("result");
    r.jpm = None;
    r.category = None;
    r.missing = vec![comp];
    (c, id)
}

#[test]
fn a_split_is_marked_and_its_jpm_waits_for_the_wash_up_in_both_languages() {
    let (c, id) = with_open_split();
    for (lang, awaits, flag, policy) in [
        (
            Lang::En,
            "awaits a wash-up decision (split)",
            "split 3 | 4: needs a decision",
            "A mean exactly halfway between two levels (x.5): decided in the wash-up",
        ),
        (
            Lang::Id,
            "menunggu keputusan rapat integrasi (nilai terbelah)",
            "terbelah 3 | 4: perlu diputuskan",
            "Rerata tepat di tengah dua level (x,5): diputuskan di rapat integrasi",
        ),
    ] {
        let doc = Html::parse_document(&render_report(&c, lang).expect("renders"));
        let section = doc
            .select(&sel("section.participant"))
            .next()
            .expect("first participant");
        let rows: Vec<_> = section
            .select(&sel("table.ratings tbody tr.split"))
            .collect();
        assert_eq!(rows.len(), 1, "one split row");
        let cells: Vec<String> = rows[0].select(&sel("td")).map(text).collect();
        assert!(cells.iter().any(|t| t == "3 | 4"), "{cells:?}");
        assert!(cells.iter().any(|t| t.contains(flag)), "{cells:?}");
        let big = section.select(&sel("dd.big")).next().map(text);
        assert_eq!(big.as_deref(), Some(awaits));
        // The ranking says so too, on the participant's row.
        let anchor = format!("a[href=\"#{}\"]", section.value().attr("id").unwrap_or(""));
        let ranked = doc
            .select(&sel("td.jpm"))
            .map(text)
            .filter(|t| t == awaits)
            .count();
        assert_eq!(ranked, 1, "{anchor}");
        let notes: Vec<String> = doc
            .select(&sel("section.summary p.note"))
            .map(text)
            .collect();
        assert!(notes.iter().any(|n| n.contains(policy)), "{notes:?}");
    }
    let _ = id;
}

#[test]
fn a_split_settled_by_policy_names_the_policy() {
    let mut c = consolidated(1);
    let cell = &mut c.cells[0];
    cell.split = Some(Split {
        lower: 3.0,
        upper: 4.0,
        policy: MidpointPolicy::HalfUp,
    });
    cell.consensus = None;
    cell.final_level = Some(4.0);
    let doc = Html::parse_document(&render_report(&c, Lang::En).expect("renders"));
    let flags: Vec<String> = doc
        .select(&sel("table.ratings td.small"))
        .map(text)
        .collect();
    assert!(
        flags.iter().any(|f| f.contains("split 3 | 4: rounded up")),
        "{flags:?}"
    );
    assert_eq!(doc.select(&sel("tr.split")).count(), 0, "settled: not open");
}

#[test]
fn the_agreement_section_names_the_procedure_the_clock_and_the_per_code_figures() {
    let mut c = consolidated(1);
    assert!(!c.behaviour.matching.is_empty(), "fixture has pairs");
    assert!(
        !c.behaviour.count_agreement.is_empty(),
        "fixture has count ICCs"
    );
    c.behaviour.matching[0].clock = Some(ClockOffset {
        seconds: 2.4,
        source: OffsetSource::Estimated,
        support: 14,
    });
    c.behaviour.code_agreement = vec![CodeAgreement {
        code: "BUILD".into(),
        units: 9,
        mean_count: 1.5,
        alpha: Coefficient {
            value: Some(0.7346),
            band: None,
            ci95: None,
            unavailable: None,
        },
    }];
    let doc = Html::parse_document(&render_report(&c, Lang::En).expect("renders"));
    let procedure = doc.select(&sel("p.procedure")).next().map(text);
    assert_eq!(
        procedure.as_deref(),
        Some(
            "Act matching: Observer XT / INTERACT, same code first; unmatched acts count as disagreements"
        )
    );
    let clocks: Vec<String> = doc
        .select(&sel("table.matching td.clock"))
        .map(text)
        .collect();
    assert_eq!(clocks.len(), c.behaviour.matching.len());
    assert_eq!(clocks[0], "+2.4 s (estimated from the data, 14 marks)");
    assert!(clocks[1..].iter().all(|t| t == "–"), "{clocks:?}");
    // The pooled alpha is labelled as such with its caveat right after the alpha table.
    let pooled = doc
        .select(&sel("section.summary table tbody tr td"))
        .map(text)
        .filter(|t| t == "all competencies (pooled)")
        .count();
    assert_eq!(pooled, 1);
    let caveat = doc.select(&sel("p.caveat.pooled")).next().map(text);
    assert!(caveat.is_some_and(|t| t.contains("independent units")));
    // Per-code agreement in place of the pooled count ICC.
    let rows: Vec<Vec<String>> = doc
        .select(&sel("table.code-agreement tbody tr"))
        .map(|r| r.select(&sel("td")).map(text).collect())
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][..4], ["BUILD", "9", "1.50", "0.73"]);
    let summary = doc
        .select(&sel("section.summary"))
        .next()
        .map(text)
        .unwrap_or_default();
    assert!(
        !summary.contains("act counts per code"),
        "count ICC rows are gone"
    );
}
