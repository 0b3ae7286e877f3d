//! The run loop's frames: what reaches the terminal is what ratatui would draw, screened, and
//! parts vouched the same are skipped only where the screen holds them.

use ratatui::backend::TestBackend;
use ratatui::layout::Position;
use ratatui::style::{Color, Style};

use super::*;

/// A frame's text and colour, where it places the cursor, and the size to resize to first.
type Step = (&'static str, Color, Option<(u16, u16)>, Option<(u16, u16)>);

/// What one frame draws: text at the top left, in a colour, maybe a cursor.
fn scene(text: &'static str, colour: Color, at: Option<(u16, u16)>) -> impl Fn(&mut Frame) {
    move |f: &mut Frame| {
        let area = f.area();
        f.buffer_mut()
            .set_string(area.x, area.y, text, Style::new().fg(colour));
        f.buffer_mut()
            .set_string(0, area.bottom() - 1, "end", Style::new());
        if let Some((x, y)) = at {
            cursor::place(f, Position::new(x, y));
        }
    }
}

#[test]
fn nothing_that_acts_on_the_terminal_reaches_it_in_any_frame() {
    // What may not reach the terminal from a cell: a control character (a tab and a newline
    // too, which move the cursor) or a bidirectional or invisible formatting one.
    let acts = |c: char| c.is_control() || crate::text::inert::acts_on_terminal(c);
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(12, 3))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    // Plain frames around hostile ones: one-column cells with a zero-width control (which the
    // cheap diff takes) are screened as well as the rest (left to ratatui's), the same
    // hostile text twice in a row too.
    let frames = [
        "plain",
        "x\u{202E}",
        "x\u{202E}",
        "é\u{200B}",
        "ab\u{1b}[2Jc",
        "ab\u{1b}[2Jc",
        "plain again",
        "\u{7}\u{9b}",
        "a\tb",
        "a\nb",
    ];
    for text in frames {
        looped
            .frame(|f| {
                let cell = &mut f.buffer_mut()[(1, 1)];
                cell.set_symbol(text);
                f.buffer_mut().set_string(0, 0, text, Style::new());
            })
            .expect("drawn");
        let shown = looped.terminal.backend().inner().buffer().clone();
        for cell in &shown.content {
            assert!(
                !cell.symbol().chars().any(acts),
                "after {text:?}: {:?}",
                cell.symbol()
            );
        }
        let kept: String = text.chars().filter(|c| !acts(*c)).collect();
        let kept = if kept.is_empty() { " " } else { &kept };
        assert_eq!(shown[(1, 1)].symbol(), kept, "after {text:?}");
    }
}

#[test]
fn parts_vouched_alike_are_not_compared_and_the_screen_is_still_the_frame() {
    use ratatui::layout::Rect;
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(8, 2))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let row = Rect::new(0, 0, 8, 1);
    // Each frame: the top row's text and the key it is vouched with, and the bottom row's.
    let frames: [(&str, Option<u64>, &str); 6] = [
        ("legend", Some(1), "a"),
        ("legend", Some(1), "b"),
        // Drawn anew (another key): compared, and written.
        ("LEGEND", Some(2), "b"),
        ("LEGEND", Some(2), "c"),
        // Not vouched for (an overlay was drawn): compared.
        ("help", None, "c"),
        ("LEGEND", Some(2), "c"),
    ];
    for (i, (top, key, bottom)) in frames.into_iter().enumerate() {
        looped
            .frame(|f| {
                f.buffer_mut().set_string(0, 0, top, Style::new());
                f.buffer_mut().set_string(0, 1, bottom, Style::new());
                if let Some(k) = key {
                    same::vouch(row, k);
                }
            })
            .expect("drawn");
        let shown = looped.terminal.backend().inner().buffer().clone();
        let text: String = shown.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(text, format!("{top:<8}{bottom:<8}"), "frame {i}");
        let vouched_alike = i > 0 && key.is_some() && frames[i - 1].1 == key;
        assert_eq!(
            looped.unchanged.is_empty(),
            !vouched_alike,
            "frame {i}: {:?}",
            looped.unchanged
        );
        if vouched_alike {
            assert_eq!(looped.unchanged, vec![0..8], "frame {i}");
            assert!(looped.changes.iter().all(|&c| c >= 8), "frame {i}");
        }
    }
    // Outside the loop a view's vouching is kept by nobody.
    same::vouch(row, 9);
    let mut kept = vec![(row, 1)];
    same::take(&mut kept);
    assert!(kept.is_empty());
}

/// The safety net under every test: a part vouched the same as on the screen that was drawn
/// over (here as the closing "waiting for the disk" box would be without its `forget`) fails.
#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "were vouched the same as on the screen but differ")]
fn a_part_vouched_the_same_but_drawn_over_is_caught() {
    use ratatui::layout::Rect;
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(20, 7))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let all = Rect::new(0, 0, 20, 7);
    let legend = |f: &mut Frame| {
        f.buffer_mut()
            .set_string(0, 3, "legend legend legend", Style::new());
        same::vouch(all, 1);
    };
    looped.frame(legend).expect("drawn");
    let _ = looped.frame(|f| {
        legend(f);
        waiting_box(f, "disk");
    });
}

#[test]
fn the_waiting_box_shows_over_a_frame_that_vouched_for_its_parts() {
    use ratatui::layout::Rect;
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(20, 7))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let legend = |f: &mut Frame| {
        f.buffer_mut()
            .set_string(0, 3, "legend legend legend", Style::new());
        same::vouch(Rect::new(0, 0, 20, 7), 1);
    };
    looped.frame(legend).expect("drawn");
    looped
        .frame(|f| waiting_frame(f, legend, "disk"))
        .expect("drawn");
    let shown = looped.terminal.backend().inner().buffer().clone();
    let text: String = shown.content.iter().map(|c| c.symbol()).collect();
    assert!(text.contains("disk"), "{text}");
}

#[test]
fn frames_drawn_by_the_loop_leave_the_screen_as_ratatui_would_draw_it() {
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(14, 4))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let steps: [Step; 7] = [
        ("09:00 1 PROP", Color::Reset, None, None),
        ("09:01 2 ASK ●", Color::Yellow, Some((3, 1)), None),
        // A wide character: ratatui's diff decides this frame and the next.
        ("世界 wide", Color::Reset, None, None),
        ("09:02 narrow", Color::Reset, Some((0, 2)), None),
        ("after resize", Color::Cyan, None, Some((10, 3))),
        ("smaller", Color::Reset, Some((1, 1)), None),
        ("grown again", Color::Green, None, Some((16, 5))),
    ];
    // The same frames through ratatui's own draw cycle.
    let mut reference = Terminal::new(TestBackend::new(14, 4)).expect("term");
    for (text, colour, at, resize) in steps {
        if let Some((w, h)) = resize {
            looped.terminal.backend_mut().inner_mut().resize(w, h);
            looped.terminal.backend_mut().remeasure();
            reference.backend_mut().resize(w, h);
        }
        looped.frame(scene(text, colour, at)).expect("drawn");
        reference.draw(scene(text, colour, at)).expect("drawn");
        let (ours, theirs) = (looped.terminal.backend().inner(), reference.backend());
        assert_eq!(ours.buffer(), theirs.buffer(), "after {text:?}");
        assert_eq!(ours.cursor_visible(), at.is_some(), "after {text:?}");
        assert_eq!(
            ours.cursor_visible(),
            theirs.cursor_visible(),
            "after {text:?}"
        );
        if at.is_some() {
            let (mut ours, mut theirs) = (ours.clone(), theirs.clone());
            assert_eq!(
                ours.get_cursor_position().expect("ours"),
                theirs.get_cursor_position().expect("theirs"),
                "after {text:?}"
            );
        }
    }
}
