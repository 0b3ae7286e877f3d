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

/// The balance table `setup` renders, its heading in `lang`: the rows are figures and names.
pub fn balance_table(lang: Lang, b: &Balance) -> String {
    let table = b.render();
    let Lang::Id = lang else {
        return table;
    };
    let Some((_, rows)) = table.split_once('\n') else {
        return table;
    };
    // The same widths as setup's heading, so the columns stay under their names.
    let width = b.name_width();
    format!(
        "{:<width$}  {:>4}  {:>5}  {:>8}   L   P   ?  unit yang berbagi kelompok\n{rows}",
        "klp", "jml", "unit", "mks/unit"
    )
}

/// The coverage matrix `setup` renders, its headings in `lang`: seats, ids and names stay.
pub fn matrix(lang: Lang, rendered: String) -> String {
    let Lang::Id = lang else {
        return rendered;
    };
    // setup's heading of each group's block, and its line of observers who rate no one.
    let heading = format!("{:>4} {:<6} {:<30}", "seat", "id", "name");
    let ours = format!("{:>4} {:<6} {:<30}", "#", "id", "nama");
    rendered
        .replace(&heading, &ours)
        .replace("\nrating no one: ", "\ntidak menilai siapa pun: ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_headings_are_indonesian_and_their_rows_unchanged() {
        let event = crate::catalog::demo_event().expect("demo");
        let balance = Balance::of(&event.groups, &event.participants);
        let id = balance_table(Lang::Id, &balance);
        let en = balance_table(Lang::En, &balance);
        assert!(id.starts_with("klp") && id.contains("mks/unit"), "{id}");
        assert_eq!(
            id.split_once('\n').map(|x| x.1),
            en.split_once('\n').map(|x| x.1)
        );

        let mut idle = event.clone();
        if let Some(o) = idle.observers.first_mut() {
            o.coverage.clear();
        }
        let rendered = crate::setup::render_matrix(&idle);
        let id = matrix(Lang::Id, rendered.clone());
        assert!(
            !id.contains("seat") && !id.contains("rating no one"),
            "{id}"
        );
        assert!(id.contains("tidak menilai siapa pun: "), "{id}");
        assert_eq!(id.lines().count(), rendered.lines().count());
    }
}
