//! What `lgd check` and `lgd new` say about an event's group balance and observer coverage, in
//! the user's language, read from the figures `setup` computes.

use crate::model::Lang;
use crate::setup::{Audit, Balance, Shortfall};

/// Group sizes, and units sharing a group that an even spread would avoid.
pub fn balance(lang: Lang, b: &Balance) -> Vec<String> {
    let sizes: Vec<String> = b.groups.iter().map(|g| g.size.to_string()).collect();
    let sizes = sizes.join(", ");
    let shared: usize = b.groups.iter().map(|g| g.shared.len()).sum();
    let (spread, avoidable) = (b.size_spread(), b.avoidable.len());
    let mut lines = vec![match lang {
        Lang::Id => format!(
            "sebaran: ukuran {sizes} (selisih {spread}); {shared} unit kerja berbagi kelompok, {avoidable} di antaranya bisa dihindari"
        ),
        Lang::En => format!(
            "balance: sizes {sizes} (differ by {spread}); {shared} unit(s) share a group, {avoidable} avoidably"
        ),
    }];
    lines.extend(b.avoidable.iter().map(|s| match lang {
        Lang::Id => format!(
            "peringatan: {} berisi {} orang dari {}, padahal cukup {}",
            s.group, s.count, s.unit, s.unavoidable
        ),
        Lang::En => format!(
            "warning: {} has {} people from {} where {} would do",
            s.group, s.count, s.unit, s.unavoidable
        ),
    }));
    lines
}

/// Whether every participant has enough observers and no observer too many.
pub fn coverage(lang: Lang, a: &Audit) -> Vec<String> {
    let (min, max) = (a.targets.min_observers, a.targets.max_per_observer);
    let listed = |xs: &[(String, usize)]| {
        xs.iter()
            .map(|(who, n)| format!("{who} ({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    if a.under.is_empty() && a.over.is_empty() {
        lines.push(match lang {
            Lang::Id => format!(
                "cakupan: setiap peserta punya {min}+ asesor; tidak ada asesor yang menilai lebih dari {max}"
            ),
            Lang::En => format!(
                "coverage: every participant has {min}+ observers; no observer has more than {max}"
            ),
        });
    }
    if !a.under.is_empty() {
        let (n, who) = (a.under.len(), listed(&a.under));
        lines.push(match lang {
            Lang::Id => format!("peringatan: {n} peserta dinilai kurang dari {min} asesor: {who}"),
            Lang::En => {
                format!("warning: {n} participant(s) with fewer than {min} observers: {who}")
            }
        });
    }
    if !a.over.is_empty() {
        let who = listed(&a.over);
        lines.push(match lang {
            Lang::Id => format!("peringatan: asesor yang menilai lebih dari {max} peserta: {who}"),
            Lang::En => format!("warning: observer(s) rating more than {max}: {who}"),
        });
    }
    for (o, p) in &a.outside_group {
        lines.push(match lang {
            Lang::Id => format!("peringatan: {o} menilai {p}, yang duduk di kelompok lain"),
            Lang::En => format!("warning: {o} rates {p}, who sits in another group"),
        });
    }
    lines
}

/// A group short of observers for the coverage asked.
pub fn shortfall(lang: Lang, s: &Shortfall) -> String {
    let who: Vec<String> = s
        .participants
        .iter()
        .map(|(id, name, n)| format!("{id} {name} ({n})"))
        .collect();
    let (group, missing, needed, who) = (&s.group, s.missing, s.needed, who.join(", "));
    match lang {
        Lang::Id => format!(
            "{group}: kurang {missing} asesor (perlu {needed} seluruhnya); peserta yang kurang asesor: {who}"
        ),
        Lang::En => format!(
            "{group}: {missing} more observer(s) needed ({needed} in all); short of observers: {who}"
        ),
    }
}
