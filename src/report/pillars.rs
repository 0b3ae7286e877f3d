//! Reading a group's mission against the motto's pillars, and the themes several groups share.
//!
//! The product is free text. A clause goes to a pillar when it is labelled ("Cerdas: ...") or names
//! the pillar's word; when no clause names any pillar and there are as many clauses as pillars,
//! they are taken in the motto's order (groups often write one clause per pillar, in order).

use std::collections::{BTreeMap, BTreeSet};

/// Words too common in missions to be a theme.
const STOP: &[&str] = &[
    "misi",
    "dengan",
    "yang",
    "dalam",
    "untuk",
    "melalui",
    "setiap",
    "secara",
    "serta",
    "pada",
    "dari",
    "kepada",
    "adalah",
    "menjadi",
    "seperti",
    "agar",
    "bagi",
    "tersebut",
    "sebagai",
    "lebih",
    "antara",
    "mewujudkan",
    "meningkatkan",
    "membangun",
    "menjaga",
    "masyarakat",
];

/// The text split into clauses at line ends, semicolons and full stops; a leading "Misi:" dropped.
fn clauses(text: &str) -> Vec<String> {
    let text = text.trim();
    let text = text
        .strip_prefix("Misi:")
        .or_else(|| text.strip_prefix("Mission:"))
        .unwrap_or(text);
    text.split(['\n', ';', '.'])
        .map(|c| c.trim().trim_start_matches("dan ").trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

fn names(clause: &str, pillar: &str) -> bool {
    clause
        .to_lowercase()
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| w == pillar.to_lowercase())
}

/// The mission's clauses per pillar (in `pillars` order), then those that fit none.
pub fn by_pillar(text: &str, pillars: &[String]) -> (Vec<Vec<String>>, Vec<String>) {
    let mut out = vec![Vec::new(); pillars.len()];
    let mut other = Vec::new();
    let mut parts = Vec::new();
    for c in clauses(text) {
        // A clause naming several pillars ("cerdas ..., modern ..., dan religius ...") is split at
        // its commas so each part can go to its own pillar.
        let named = pillars.iter().filter(|p| names(&c, p)).count();
        if named > 1 {
            parts.extend(
                c.split(',')
                    .map(|x| x.trim().trim_start_matches("dan ").trim().to_string())
                    .filter(|x| !x.is_empty()),
            );
        } else {
            parts.push(c);
        }
    }
    let any_named = parts.iter().any(|c| pillars.iter().any(|p| names(c, p)));
    if !any_named && parts.len() == pillars.len() {
        for (slot, c) in out.iter_mut().zip(parts) {
            slot.push(c);
        }
        return (out, other);
    }
    for c in parts {
        let label = c.split_once(':').map(|(l, rest)| (l.trim(), rest.trim()));
        let by_label = label.and_then(|(l, rest)| {
            pillars
                .iter()
                .position(|p| p.eq_ignore_ascii_case(l))
                .map(|i| (i, rest.to_string()))
        });
        match by_label.or_else(|| {
            pillars
                .iter()
                .position(|p| names(&c, p))
                .map(|i| (i, c.clone()))
        }) {
            Some((i, text)) => out[i].push(text),
            None => other.push(c),
        }
    }
    (out, other)
}

/// Content words that appear in the missions of at least two groups, with those groups, most
/// shared first. `missions` is (group name, mission text).
pub fn shared_themes(
    missions: &[(String, String)],
    pillars: &[String],
) -> Vec<(String, Vec<String>)> {
    let mut seen: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (group, text) in missions {
        for w in text
            .to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .filter(|w| !STOP.contains(w))
            .filter(|w| !pillars.iter().any(|p| p.to_lowercase() == *w))
        {
            seen.entry(w.to_string()).or_default().insert(group);
        }
    }
    let mut shared: Vec<(String, Vec<String>)> = seen
        .into_iter()
        .filter(|(_, g)| g.len() >= 2)
        .map(|(w, g)| (w, g.into_iter().map(String::from).collect()))
        .collect();
    shared.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn motto() -> Vec<String> {
        ["Cerdas", "Modern", "Religius"].map(String::from).to_vec()
    }

    #[test]
    fn labelled_named_and_ordered_missions_find_their_pillars() {
        let (p, other) = by_pillar(
            "Cerdas: data terpadu\nModern: layanan daring\nReligius: integritas",
            &motto(),
        );
        assert_eq!(p[1], vec!["layanan daring".to_string()]);
        assert!(other.is_empty());
        let (p, _) = by_pillar(
            "Misi: pelayanan yang cerdas melalui data, modern dengan layanan digital, dan religius dengan integritas.",
            &motto(),
        );
        assert_eq!(p[2], vec!["religius dengan integritas".to_string()]);
        let (p, _) = by_pillar(
            "Misi: birokrasi bersih; perizinan daring; nilai kejujuran.",
            &motto(),
        );
        assert_eq!(p[0], vec!["birokrasi bersih".to_string()]);
        assert_eq!(p[2], vec!["nilai kejujuran".to_string()]);
    }

    #[test]
    fn a_theme_is_shared_when_two_groups_use_it() {
        let m = [
            ("G1".to_string(), "layanan digital terpadu".to_string()),
            ("G2".to_string(), "perizinan digital".to_string()),
            ("G3".to_string(), "integritas".to_string()),
        ];
        let t = shared_themes(&m, &motto());
        assert_eq!(
            t,
            vec![("digital".to_string(), vec!["G1".into(), "G2".into()])]
        );
    }
}
