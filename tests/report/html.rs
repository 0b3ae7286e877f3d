//! The HTML report: structure, ordering, language, and hostile text that must stay text.

use lgd_observer::consolidate::Consolidated;
use lgd_observer::model::Lang;
use lgd_observer::report::render_report;
use lgd_observer::scoring::category_for;
use scraper::{Html, Selector};

use crate::fixture::{FORMULA, PLUS, RTL, SCRIPT, consolidated, with_hostile_text};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn text(e: scraper::ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

fn render(c: &Consolidated, lang: Lang) -> (String, Html) {
    let html = render_report(c, lang).expect("report renders");
    let doc = Html::parse_document(&html);
    (html, doc)
}

#[test]
fn every_participant_has_a_section_with_a_radar_and_every_group_one_too() {
    let c = consolidated(2);
    let (_, doc) = render(&c, Lang::En);
    let sections: Vec<_> = doc.select(&sel("section.participant")).collect();
    assert_eq!(sections.len(), c.participants.len());
    assert!(c.participants.len() >= 19, "two demo groups");
    for (s, p) in sections.iter().zip(&c.participants) {
        assert_eq!(
            s.select(&sel("svg.radar")).count(),
            1,
            "radar for {}",
            p.person.id
        );
        assert_eq!(
            s.select(&sel("svg.radar .axis-label")).count(),
            c.competencies.len()
        );
        let heading = s.select(&sel("h3")).next().map(text).unwrap_or_default();
        assert_eq!(heading, p.person.name);
        // One rating row per competency, and charts for airtime and acts.
        assert_eq!(
            s.select(&sel("table.ratings tbody tr")).count(),
            c.competencies.len()
        );
        assert_eq!(s.select(&sel("svg.bars")).count(), 2);
    }
    assert_eq!(doc.select(&sel("section.group")).count(), c.groups.len());
    assert_eq!(doc.select(&sel("table.matrix")).count(), c.groups.len());
    // Every in-page link lands on an element that exists.
    for a in doc.select(&sel("a[href]")) {
        let href = a.value().attr("href").unwrap_or_default();
        let id = href.strip_prefix('#').expect("only in-page links");
        let target = sel(&format!("[id=\"{id}\"]"));
        assert_eq!(doc.select(&target).count(), 1, "{href}");
    }
}

#[test]
fn the_report_is_self_contained_with_no_script_and_no_external_address() {
    let (html, doc) = render(&consolidated(1), Lang::Id);
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert_eq!(
        doc.select(&sel("link, img, iframe, object, embed")).count(),
        0
    );
    for needle in [
        "src=\"http",
        "href=\"http",
        "url(",
        "@import",
        "//cdn",
        "@font-face",
    ] {
        assert!(!html.contains(needle), "{needle}");
    }
    assert!(html.contains("@page"), "print CSS");
    assert!(
        html.contains("break-before: page"),
        "a page per participant"
    );
}

#[test]
fn hostile_text_stays_inert_in_the_html() {
    let mut c = consolidated(1);
    with_hostile_text(&mut c);
    for lang in [Lang::Id, Lang::En] {
        let (html, doc) = render(&c, lang);
        assert_eq!(doc.select(&sel("script")).count(), 0, "{lang:?}");
        assert_eq!(doc.select(&sel("img, iframe, i, b")).count(), 0, "{lang:?}");
        assert_eq!(doc.select(&sel("a[href^=http]")).count(), 0);
        assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
        for e in doc
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            for (name, _) in e.value().attrs() {
                assert!(!name.starts_with("on"), "event handler attribute {name}");
            }
        }
        // The names are shown as the text they are.
        let headings: Vec<String> = doc
            .select(&sel("section.participant h3"))
            .map(text)
            .collect();
        for name in [SCRIPT, FORMULA, PLUS, RTL] {
            assert!(headings.iter().any(|h| h == name), "{name:?} in {lang:?}");
        }
        assert!(
            doc.root_element()
                .text()
                .any(|t| t.contains("<i>Optimal</i>"))
        );
        // The right-to-left override is isolated so it cannot reverse the text around it.
        let isolated = doc.select(&sel("bdi")).any(|b| text(b) == RTL.trim());
        assert!(isolated, "RTL name inside <bdi>");
        // SVG titles and labels are escaped too.
        let svg_titles: Vec<String> = doc.select(&sel("svg title")).map(text).collect();
        assert!(svg_titles.iter().any(|t| t.contains(SCRIPT)));
    }
}

/// The participants' names and JPMs as the consolidated file has them, highest JPM first.
fn expected_ranking(c: &Consolidated) -> Vec<(String, f64)> {
    let mut rows: Vec<(String, f64)> = c
        .results
        .iter()
        .filter_map(|r| {
            let name = c
                .participants
                .iter()
                .find(|p| p.person.id == r.participant)?
                .person
                .name
                .clone();
            Some((name, r.jpm?))
        })
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    rows
}

#[test]
fn the_ranking_is_ordered_by_jpm_and_categories_follow_the_settings() {
    let c = consolidated(3);
    let (_, doc) = render(&c, Lang::En);
    let rows: Vec<_> = doc.select(&sel("table.ranking-table tbody tr")).collect();
    assert_eq!(rows.len(), c.participants.len());
    let cells =
        |r: &scraper::ElementRef| -> Vec<String> { r.select(&sel("td")).map(text).collect() };
    let jpms: Vec<f64> = rows
        .iter()
        .filter_map(|r| cells(r)[3].trim_end_matches('%').parse::<f64>().ok())
        .collect();
    let expected = expected_ranking(&c);
    assert_eq!(jpms.len(), expected.len(), "every JPM shown");
    assert!(
        jpms.windows(2).all(|w| w[0] >= w[1]),
        "descending: {jpms:?}"
    );
    for (shown, (_, jpm)) in jpms.iter().zip(&expected) {
        assert!((shown - jpm).abs() <= 0.05, "{shown} vs {jpm}");
    }
    let mut candidates = 0;
    for r in &rows {
        let row = cells(r);
        let Ok(jpm) = row[3].trim_end_matches('%').parse::<f64>() else {
            continue;
        };
        let name = r.select(&sel("a")).next().map(text).unwrap_or_default();
        let result = c
            .participants
            .iter()
            .find(|p| p.person.name == name)
            .and_then(|p| c.results.iter().find(|x| x.participant == p.person.id))
            .expect("result");
        let full = result.jpm.expect("jpm");
        let category = category_for(full, &c.settings.categories).expect("category");
        assert_eq!(row[4], category.label.en, "{name} at {jpm}");
        // A candidate is starred exactly when the default rule holds: one of the top two
        // categories, no competency more than one level below target, M.7 at or above target.
        let own: Vec<_> = c
            .cells
            .iter()
            .filter(|x| x.participant == result.participant)
            .collect();
        let m7 = own
            .iter()
            .find(|x| x.competency == "M.7")
            .expect("M.7 cell");
        let reaches = m7.final_level.is_some_and(|l| l >= f64::from(m7.target));
        let shallow = own.iter().all(|x| {
            x.final_level
                .is_some_and(|l| l >= f64::from(x.target) - 1.0)
        });
        let top_two = full >= 78.0;
        let starred = r.value().classes().any(|k| k == "candidate");
        assert_eq!(starred, reaches && shallow && top_two, "{name}");
        candidates += usize::from(starred);
    }
    assert!(candidates > 0 && candidates < rows.len(), "{candidates}");
}

#[test]
fn labels_and_numbers_follow_the_language() {
    let c = consolidated(1);
    let (html_id, doc_id) = render(&c, Lang::Id);
    let (html_en, _) = render(&c, Lang::En);
    assert!(html_id.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
    assert!(html_en.contains("<html lang=\"en\">"));
    assert!(html_id.contains("Peringkat menurut JPM") && !html_id.contains("Ranking by JPM"));
    assert!(html_en.contains("Ranking by JPM") && !html_en.contains("Peringkat menurut JPM"));
    assert!(html_id.contains("Desember 2026") && html_en.contains("December 2026"));
    // A JPM such as 83.3 is written 83,3 in Indonesian.
    let jpm = doc_id
        .select(&sel("table.ranking-table tbody tr td:nth-child(4)"))
        .map(text)
        .find(|t| t.contains(','))
        .expect("a fractional JPM");
    assert!(jpm.ends_with('%'), "{jpm}");
    let value = jpm.trim_end_matches('%').replace(',', ".");
    assert!(value.parse::<f64>().is_ok_and(|v| v <= 100.0), "{jpm}");
}

#[test]
fn a_consolidation_without_behaviour_decisions_or_levels_still_renders() {
    let mut c = consolidated(1);
    c.behaviour.participants.clear();
    c.behaviour.airtime.clear();
    c.behaviour.interactions.clear();
    c.behaviour.matching.clear();
    for cell in &mut c.cells {
        cell.consensus = None;
        cell.final_level = None;
        cell.ratings.clear();
        cell.evidence.clear();
    }
    for r in &mut c.results {
        r.jpm = None;
        r.category = None;
        r.missing = c.competencies.clone();
    }
    c.groups[0].products.clear();
    let (_, doc) = render(&c, Lang::En);
    assert_eq!(
        doc.select(&sel("section.participant svg.radar")).count(),
        c.participants.len()
    );
    assert_eq!(doc.select(&sel("svg.bars")).count(), 0);
    assert_eq!(doc.select(&sel("tr.candidate")).count(), 0);
}

#[test]
fn the_ranking_of_a_small_event_reads_as_expected() {
    let c = consolidated(1);
    let (_, doc) = render(&c, Lang::En);
    let table: Vec<String> = doc
        .select(&sel("table.ranking-table tr"))
        .map(|r| {
            r.select(&sel("th, td"))
                .map(|c| {
                    c.text()
                        .flat_map(str::split_whitespace)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    insta::assert_snapshot!(table.join("\n"));
}
