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
    assert!(
        !same::keep(row, 9, |_| &[], || {}),
        "nothing is on a screen"
    );
    assert!(same::take().vouched.is_empty());
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

/// A part drawn as a memo draws it: left undrawn where the screen holds drawing `key` there,
/// else drawn and vouched for.
fn memo_part(f: &mut Frame, area: ratatui::layout::Rect, key: u64, text: &str) -> bool {
    let mut drawing = ratatui::buffer::Buffer::empty(ratatui::layout::Rect { x: 0, y: 0, ..area });
    drawing.set_string(0, 0, text, Style::new().fg(Color::Cyan));
    let width = usize::from(area.width);
    let row = |i: usize| &drawing.content[i * width..(i + 1) * width];
    same::keep(area, key, row, || {
        f.buffer_mut()
            .set_string(area.x, area.y, text, Style::new().fg(Color::Cyan));
    })
}

#[test]
fn parts_the_screen_holds_are_left_undrawn_and_the_screen_still_shows_them() {
    use ratatui::layout::Rect;
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(10, 3))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let mut reference = Terminal::new(TestBackend::new(10, 3)).expect("term");
    let top = Rect::new(0, 0, 10, 1);
    // Each frame: the top part's key and text, the bottom row, and whether the top is left for
    // the screen. A wide character and a control character below a part left undrawn send the
    // frame through ratatui's diff, which compares every cell, the part's too.
    let frames: [(u64, &str, &str, bool); 8] = [
        (1, "legend", "a", false),
        (1, "legend", "b", true),
        (1, "legend", "世界", true),
        (1, "legend", "c", true),
        (1, "legend", "hostile \u{1b}", true),
        (1, "legend", "d", true),
        // Drawn anew, and the part is drawn.
        (2, "LEGEND", "d", false),
        (2, "LEGEND", "e", true),
    ];
    for (i, (key, text, bottom, left)) in frames.into_iter().enumerate() {
        let bottom_row = |f: &mut Frame| {
            f.buffer_mut()
                .set_string(0, 2, bottom, Style::new().fg(Color::Yellow));
            if let Some(hostile) = bottom.strip_prefix("hostile ") {
                // set_string drops control characters; a cell can still be given one.
                f.buffer_mut()[(9, 2)].set_symbol(hostile);
            }
        };
        let draw = |f: &mut Frame| {
            bottom_row(f);
            memo_part(f, top, key, text)
        };
        let mut was_left = false;
        looped.frame(|f| was_left = draw(f)).expect("drawn");
        assert_eq!(was_left, left, "frame {i}");
        reference
            .draw(|f| {
                bottom_row(f);
                f.buffer_mut()
                    .set_string(0, 0, text, Style::new().fg(Color::Cyan));
                crate::tui::inert::screen(f.buffer_mut());
            })
            .expect("drawn");
        assert_eq!(
            looped.terminal.backend().inner().buffer(),
            reference.backend().buffer(),
            "frame {i}"
        );
        assert_eq!(&looped.last, reference.backend().buffer(), "frame {i}");
    }
}

#[test]
fn an_overlay_over_parts_left_undrawn_is_drawn_over_them_whole() {
    use ratatui::layout::Rect;
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(20, 11))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let legend = |f: &mut Frame| {
        for y in 0..11 {
            memo_part(
                f,
                Rect::new(0, y, 20, 1),
                100 + u64::from(y),
                "legend legend legend",
            );
        }
    };
    looped.frame(legend).expect("drawn");
    looped
        .frame(|f| waiting_frame(f, legend, "disk"))
        .expect("drawn");
    let shown = looped.terminal.backend().inner().buffer().clone();
    let rows: Vec<String> = (0..11)
        .map(|y| (0..20).map(|x| shown[(x, y)].symbol()).collect())
        .collect();
    assert!(rows.iter().any(|r| r.contains("disk")), "{rows:#?}");
    assert_eq!(
        rows[0], "legend legend legend",
        "outside the box the legend stays"
    );
    // The box's blank inside is drawn over the legend, not left to the screen.
    let inside = rows.iter().find(|r| r.contains("disk")).expect("the box");
    assert!(!inside.contains("legend"), "{rows:#?}");
    // And the frame after it puts the legend back.
    looped.frame(legend).expect("drawn");
    let shown = looped.terminal.backend().inner().buffer().clone();
    for y in 0..11 {
        let row: String = (0..20).map(|x| shown[(x, y)].symbol()).collect();
        assert_eq!(row, "legend legend legend", "row {y}");
    }
}

/// A part left for the screen that something is drawn over without forgetting it first would
/// never reach the screen: the safety net catches it.
#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "was left for the screen to fill, but something was drawn there")]
fn something_drawn_over_a_part_left_undrawn_is_caught() {
    draw_over_a_part_left_undrawn("");
}

/// The same after a frame with a wide character, which goes through ratatui's diff: the next
/// frame's holes are filled before it is compared, which must not hide the drawing.
#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "was left for the screen to fill, but something was drawn there")]
fn something_drawn_over_a_part_left_undrawn_is_caught_after_a_frame_ratatui_diffed() {
    draw_over_a_part_left_undrawn("世界");
}

/// Two frames keeping a part, with `beside` on another row; the second draws over the part.
#[cfg(debug_assertions)]
fn draw_over_a_part_left_undrawn(beside: &str) {
    use ratatui::layout::Rect;
    let mut terminal = Terminal::new(Measured::new(TestBackend::new(20, 3))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let top = Rect::new(0, 0, 20, 1);
    let frame = |f: &mut Frame, over: bool| {
        memo_part(f, top, 1, "legend");
        f.buffer_mut().set_string(0, 2, beside, Style::new());
        if over {
            f.buffer_mut().set_string(2, 0, "over", Style::new());
        }
    };
    looped.frame(|f| frame(f, false)).expect("drawn");
    let _ = looped.frame(|f| frame(f, true));
}

#[test]
fn after_a_frame_fails_halfway_the_next_is_drawn_on_a_cleared_screen() {
    use crate::tui::shell::probe::Probe;
    let mut terminal = Terminal::new(Measured::new(Probe::new(8, 2))).expect("term");
    let mut looped = Loop::new(&mut terminal);
    let text =
        |t: &'static str| move |f: &mut Frame| f.buffer_mut().set_string(0, 0, t, Style::new());
    looped.frame(text("aaaaaaaa")).expect("drawn");
    looped.terminal.backend_mut().inner_mut().fail_next_draw();
    assert!(looped.frame(text("bbbbbbbb")).is_err(), "the frame fails");
    // Half of it reached the screen, over the frame before: what the screen shows is a mix.
    let shown = |l: &Loop<'_, Probe>| {
        let buf = l.terminal.backend().inner().inner().buffer().clone();
        buf.content.iter().map(|c| c.symbol()).collect::<String>()
    };
    assert_eq!(shown(&looped), "bbbbaaaa        ");
    // A frame blank where both were: nothing of either is left.
    looped.frame(text("c")).expect("drawn");
    assert_eq!(shown(&looped), "c               ");
}
