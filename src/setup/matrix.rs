//! The coverage matrix: for each group, who rates whom, one row per seat.

use std::fmt::Write as _;

use crate::model::Event;

/// Longest name shown before it is cut.
const NAME_WIDTH: usize = 30;

/// One block per group: seats down, that group's observers across, `x` where one rates the other,
/// and each participant's number of observers at the end.
pub fn render_matrix(event: &Event) -> String {
    let mut out = String::new();
    for g in &event.groups {
        let observers: Vec<_> = event
            .observers
            .iter()
            .filter(|o| {
                o.group.as_deref() == Some(g.id.as_str())
                    || o.coverage.iter().any(|p| g.seat_of(p).is_some())
            })
            .collect();
        let _ = writeln!(out, "{} ({})", g.name, g.id);
        let mut header = format!("{:>4} {:<6} {:<NAME_WIDTH$}", "seat", "id", "name");
        for o in &observers {
            let _ = write!(header, " {}", o.id);
        }
        let _ = writeln!(out, "{header}  n");
        for (seat, pid) in &g.seats {
            let name = event.participant(pid).map_or("", |p| p.name.as_str());
            let short: String = name.chars().take(NAME_WIDTH).collect();
            let mut line = format!("{seat:>4} {pid:<6} {short:<NAME_WIDTH$}");
            let mut n = 0;
            for o in &observers {
                let mark = if o.coverage.contains(pid) {
                    n += 1;
                    "x"
                } else {
                    "."
                };
                let _ = write!(line, " {mark:^w$}", w = o.id.chars().count());
            }
            let _ = writeln!(out, "{line}  {n}");
        }
        out.push('\n');
    }
    let idle: Vec<&str> = event
        .observers
        .iter()
        .filter(|o| o.coverage.is_empty())
        .map(|o| o.id.as_str())
        .collect();
    if !idle.is_empty() {
        let _ = writeln!(out, "rating no one: {}", idle.join(", "));
    }
    out
}
