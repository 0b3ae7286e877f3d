//! Searching the rows with `/`: each key typed moves the selection to the first row that matches,
//! up and down step through the matches, Enter stays there and Esc goes back to where it was.

use super::app::{Overlay, WashupApp};

/// Opens the search from the selected row.
pub fn open(app: &mut WashupApp) {
    app.overlay = Overlay::Search(String::new(), app.row);
}

/// Types `ch` into the query and selects the first match.
pub fn type_char(app: &mut WashupApp, ch: char) {
    if let Overlay::Search(q, _) = &mut app.overlay {
        q.push(ch);
        first(app);
    }
}

/// Erases the query's last character and selects the first match again.
pub fn erase(app: &mut WashupApp) {
    if let Overlay::Search(q, _) = &mut app.overlay {
        q.pop();
        first(app);
    }
}

/// Steps to the next (1) or previous (-1) match, wrapping around.
pub fn step(app: &mut WashupApp, by: i32) {
    let Overlay::Search(q, _) = &app.overlay else {
        return;
    };
    let hits = app.matches(q);
    if hits.is_empty() {
        return;
    }
    let at = hits.iter().position(|r| *r == app.row);
    let n = hits.len() as i64;
    let next = match at {
        Some(i) => (i as i64 + i64::from(by)).rem_euclid(n),
        None => 0,
    };
    app.row = hits[next as usize];
}

/// Where the selection is among the matches: (1-based position, count).
pub fn position(app: &WashupApp) -> Option<(usize, usize)> {
    let Overlay::Search(q, _) = &app.overlay else {
        return None;
    };
    let hits = app.matches(q);
    let i = hits.iter().position(|r| *r == app.row)?;
    Some((i + 1, hits.len()))
}

/// Esc: back to the row selected before the search.
pub fn cancel(app: &mut WashupApp) {
    if let Overlay::Search(_, from) = std::mem::take(&mut app.overlay) {
        app.row = from.min(app.rows.len().saturating_sub(1));
    }
}

fn first(app: &mut WashupApp) {
    let Overlay::Search(q, from) = &app.overlay else {
        return;
    };
    let hits = app.matches(q);
    app.row = hits.first().copied().unwrap_or(*from);
}
