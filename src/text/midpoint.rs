//! How a split (a mean exactly halfway between two levels) is settled, in both languages: shared by
//! the wash-up and the report so both name the event's policy the same way.

use crate::model::{Lang, MidpointPolicy};

crate::words! {
    /// The name of a midpoint policy, and the words around a split.
    pub enum Mid {
        Washup => (
            "diputuskan di rapat integrasi (tanpa usulan)",
            "decided in the wash-up (no level proposed)",
        ),
        HalfUp => ("dibulatkan ke atas", "rounded up"),
        HalfDown => ("dibulatkan ke bawah", "rounded down"),
        TowardsTarget => ("ke arah target", "towards the target"),
        Policy => ("Nilai tengah", "Midpoint"),
        Awaits => ("menunggu keputusan", "awaits a decision"),
    }
}

/// The policy's name.
pub fn policy(lang: Lang, p: MidpointPolicy) -> &'static str {
    use crate::text::Words;
    match p {
        MidpointPolicy::Washup => Mid::Washup,
        MidpointPolicy::HalfUp => Mid::HalfUp,
        MidpointPolicy::HalfDown => Mid::HalfDown,
        MidpointPolicy::TowardsTarget => Mid::TowardsTarget,
    }
    .get(lang)
}

/// "3|4": a split's two levels as the cell mark shows them.
pub fn mark(lower: &str, upper: &str) -> String {
    format!("{lower}|{upper}")
}

/// The cell's detail for a split: whether it needs a decision or which policy settled it.
pub fn split_line(lang: Lang, lower: &str, upper: &str, settled: Option<MidpointPolicy>) -> String {
    match (lang, settled) {
        (Lang::Id, None) => format!("terbelah antara {lower} dan {upper}: perlu diputuskan"),
        (Lang::En, None) => format!("split between {lower} and {upper}: needs a decision"),
        (Lang::Id, Some(p)) => format!("terbelah antara {lower} dan {upper}: {}", policy(lang, p)),
        (Lang::En, Some(p)) => format!("split between {lower} and {upper}: {}", policy(lang, p)),
    }
}

/// The policy in force, for a header or the report: "Midpoint (x.5): rounded up".
pub fn policy_line(lang: Lang, p: MidpointPolicy) -> String {
    use crate::text::Words;
    format!("{} (x.5): {}", Mid::Policy.get(lang), policy(lang, p))
}
