//! The recent-acts list drawn from the lines prepared as acts were coded is the list drawn from the
//! acts themselves; only the newest acts are kept prepared.

use super::*;
use crate::tui::observe::recent::{KEPT, RecentActs};
use ratatui::buffer::Buffer;

#[test]
fn prepared_lines_draw_the_very_list_drawn_from_the_acts() {
    for lang in [Lang::En, Lang::Id] {
        let (mut app, _) = scripted(lang);
        let last = app.session.record().acts.len() - 1;
        assert!(app.recent.get(last).is_some());
        let drawn: Vec<Buffer> = [(80, 24), (120, 40)]
            .iter()
            .map(|&(w, h)| buffer(&app, w, h))
            .collect();
        app.recent = RecentActs::default();
        for (&(w, h), prepared) in [(80, 24), (120, 40)].iter().zip(drawn) {
            assert_eq!(buffer(&app, w, h), prepared, "{lang:?} {w}x{h}");
        }
    }
}

#[test]
fn only_the_newest_acts_are_kept_prepared_and_each_key_adds_its_own() {
    let (mut app, clock) = scripted(Lang::En);
    for _ in 0..KEPT {
        type_keys(&mut app, "1i");
        clock.advance(1.0);
    }
    let n = app.session.record().acts.len();
    assert!(app.recent.get(n - KEPT - 1).is_none());
    let newest = app.recent.get(n - 1).cloned().expect("newest prepared");
    assert_eq!(newest.seat, '1');
    assert_eq!(newest.time, "09:18:18");
    type_keys(&mut app, "2d1");
    let added = app.recent.get(n).expect("the new act prepared");
    assert_eq!((added.seat, added.target.as_str()), ('2', "→1"));
    assert_eq!(app.recent.get(n - 1), Some(&newest));
}
