//! What the run loop compares to skip an idle tick's frame: the digest of what changes with time
//! alone must change whenever the drawn screen does, and stay put when nothing moves.

use super::*;
use crate::tui::Pane;
use crate::tui::observe::view::ticking;
use ratatui::layout::Rect;

#[test]
fn an_unchanged_digest_means_an_unchanged_screen_as_time_passes() {
    for (w, h) in [(80, 24), (120, 40), (160, 50)] {
        for pane in Pane::ALL {
            let (mut app, clock) = scripted(Lang::En);
            app.pane = pane;
            let area = Rect::new(0, 0, w, h);
            let mut digest = ticking(&app, area);
            let mut drawn = buffer(&app, w, h);
            let mut changes = 0;
            // Two and a half minutes in quarter seconds: clocks, shares, the timeline's columns.
            for _ in 0..600 {
                clock.advance(0.25);
                let now = ticking(&app, area);
                let shown = buffer(&app, w, h);
                if now == digest {
                    assert_eq!(
                        shown, drawn,
                        "{pane:?} at {w}x{h}: screen changed, digest did not"
                    );
                } else {
                    changes += 1;
                }
                (digest, drawn) = (now, shown);
            }
            // The phase clock moves every second, shares and timeline cells now and then: about
            // half the ticks at most.
            assert!(
                (140..=300).contains(&changes),
                "{pane:?} {w}x{h}: {changes}"
            );
        }
    }
}

#[test]
fn with_no_phase_running_the_roster_pane_does_not_change_with_time() {
    let (mut app, clock) = app(Lang::En);
    app.pane = Pane::Roster;
    let area = Rect::new(0, 0, 120, 40);
    let digest = ticking(&app, area);
    for _ in 0..120 {
        clock.advance(0.25);
        assert_eq!(ticking(&app, area), digest);
    }
}
