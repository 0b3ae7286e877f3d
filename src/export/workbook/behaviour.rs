//! The measurement sheets: agreement coefficients, coded acts, airtime and interactions.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Names, count, text};
use crate::consolidate::{Coefficient, Consolidated, IccForms};
use crate::export::cell::{Cell, Sheet};
use crate::export::tidy::seconds;
use crate::model::{Lang, Valence};

/// What a coefficient is about: the columns before the statistic's own.
struct Scope<'a> {
    measure: &'static str,
    group: &'a str,
    date: Option<NaiveDate>,
    competency: &'a str,
    observers: &'a [String],
}

/// Long format: one row per coefficient, whatever it measures.
pub(super) fn agreement(c: &Consolidated, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(
        "Agreement",
        &[
            "measure",
            "statistic",
            "group",
            "date",
            "competency",
            "observers",
            "units",
            "raters",
            "value",
            "band",
            "ci_low",
            "ci_high",
            "unavailable",
        ],
    );
    let lang = match lang {
        Lang::Id => "id",
        Lang::En => "en",
    };
    let mut push = |at: &Scope,
                    statistic: &str,
                    units: Option<usize>,
                    raters: Option<usize>,
                    coef: &Coefficient| {
        sheet.rows.push(vec![
            at.measure.into(),
            statistic.into(),
            text(at.group),
            at.date.map_or(Cell::Empty, |d| d.to_string().into()),
            text(at.competency),
            text(&at.observers.join(" ")),
            units.map(|u| u as f64).into(),
            raters.map(|r| r as f64).into(),
            coef.value.into(),
            coef.band.map_or(Cell::Empty, |b| b.label(lang).into()),
            coef.ci95.map(|c| c[0]).into(),
            coef.ci95.map(|c| c[1]).into(),
            coef.unavailable
                .map_or(Cell::Empty, |r| r.message(lang).into()),
        ]);
    };
    let event = |competency| Scope {
        measure: "ratings",
        group: "",
        date: None,
        competency,
        observers: &[],
    };
    let a = &c.agreement.alpha;
    let alpha = "krippendorff_alpha_ordinal";
    push(&event(""), alpha, Some(a.pairable_units), None, &a.overall);
    for x in &a.per_competency {
        push(&event(&x.competency), alpha, None, None, &x.alpha);
    }
    let mut forms = |at: &Scope, f: &IccForms| {
        for (name, coef) in [
            ("ICC(1,1)", &f.icc1),
            ("ICC(2,1)", &f.icc2),
            ("ICC(3,1)", &f.icc3),
            ("ICC(1,k)", &f.icc1k),
            ("ICC(2,k)", &f.icc2k),
            ("ICC(3,k)", &f.icc3k),
        ] {
            push(at, name, Some(f.units), Some(f.raters), coef);
        }
    };
    for b in &c.agreement.icc_blocks {
        let block = |competency| Scope {
            measure: "ratings",
            group: &b.group,
            date: None,
            competency,
            observers: &b.observers,
        };
        forms(&block(""), &b.overall);
        for x in &b.per_competency {
            forms(&block(&x.competency), &x.icc);
        }
    }
    for g in &c.behaviour.count_agreement {
        let at = Scope {
            measure: "act_counts",
            group: &g.group,
            date: Some(g.date),
            competency: "",
            observers: &g.observers,
        };
        forms(&at, &g.icc);
    }
    for m in &c.behaviour.matching {
        let pair = [m.observer_a.clone(), m.observer_b.clone()];
        let at = Scope {
            measure: "act_matching",
            group: &m.group,
            date: Some(m.date),
            competency: "",
            observers: &pair,
        };
        push(&at, "cohen_kappa", Some(m.matched), Some(2), &m.kappa);
        let percent = Coefficient {
            value: m.percent_agreement,
            band: None,
            ci95: None,
            unavailable: None,
        };
        let units = m.acts_a + m.acts_b - m.matched;
        push(&at, "percent_agreement", Some(units), Some(2), &percent);
    }
    sheet
}

pub(super) fn acts(c: &Consolidated, names: &Names, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(
        "Acts",
        &[
            "group",
            "participant",
            "name",
            "observer",
            "code",
            "label",
            "valence",
            "count",
        ],
    );
    for b in &c.behaviour.participants {
        for o in &b.by_observer {
            for (code, n) in &o.codes {
                let def = c.scheme.by_code(code);
                sheet.rows.push(vec![
                    b.group.as_str().into(),
                    b.participant.as_str().into(),
                    names.name(&b.participant),
                    o.observer.as_str().into(),
                    code.as_str().into(),
                    def.map_or(Cell::Empty, |d| d.label.get(lang).into()),
                    def.map_or(Cell::Empty, |d| valence(d.valence).into()),
                    count(*n),
                ]);
            }
        }
    }
    sheet
}

/// Valence as a word: a bare `+` or `-` would be neutralised into `'+`.
fn valence(v: Valence) -> &'static str {
    match v {
        Valence::Positive => "positive",
        Valence::Negative => "negative",
        Valence::Neutral => "neutral",
    }
}

pub(super) fn airtime(c: &Consolidated, names: &Names) -> Sheet {
    let mut sheet = Sheet::new(
        "Airtime",
        &[
            "group",
            "participant",
            "name",
            "observer",
            "seconds",
            "turns",
            "acts",
            "mean_seconds",
            "mean_turns",
            "share",
        ],
    );
    let means: HashMap<&str, _> = c
        .behaviour
        .airtime
        .iter()
        .map(|a| (a.participant.as_str(), a))
        .collect();
    for b in &c.behaviour.participants {
        let mean = means.get(b.participant.as_str());
        for o in &b.by_observer {
            sheet.rows.push(vec![
                b.group.as_str().into(),
                b.participant.as_str().into(),
                names.name(&b.participant),
                o.observer.as_str().into(),
                seconds(o.airtime_s).into(),
                count(o.turns),
                count(o.acts),
                mean.map(|a| seconds(a.seconds)).into(),
                mean.map(|a| a.turns).into(),
                mean.and_then(|a| a.share).into(),
            ]);
        }
    }
    sheet
}

pub(super) fn interactions(c: &Consolidated, names: &Names) -> Sheet {
    let mut sheet = Sheet::new(
        "Interactions",
        &[
            "group",
            "from",
            "from_name",
            "to",
            "to_name",
            "observer",
            "count",
            "mean",
        ],
    );
    for g in &c.behaviour.interactions {
        for l in &g.links {
            for (observer, n) in &l.by_observer {
                sheet.rows.push(vec![
                    g.group.as_str().into(),
                    l.from.as_str().into(),
                    names.name(&l.from),
                    l.to.as_str().into(),
                    names.name(&l.to),
                    observer.as_str().into(),
                    count(*n),
                    l.mean.into(),
                ]);
            }
        }
    }
    sheet
}
