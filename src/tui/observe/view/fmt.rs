//! Small text helpers shared by the views.

use unicode_width::UnicodeWidthStr;

/// The whole seconds a clock shows for `secs` (none before zero).
pub fn whole_seconds(secs: f64) -> u64 {
    secs.max(0.0).floor() as u64
}

/// `m:ss`, or `h:mm:ss` from an hour on.
pub fn clock(secs: f64) -> String {
    let s = whole_seconds(secs);
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Whole seconds in at most five columns, for a table's narrow time columns: `m:ss` up to 99
/// minutes (`99:59`), then hours and minutes (`1h40`, up to `99h59`). [`clock`]'s `h:mm:ss` took
/// seven and pushed the columns after it off an 80-column screen.
pub fn clock_narrow(secs: u64) -> String {
    if secs < 100 * 60 {
        format!("{}:{:02}", secs / 60, secs % 60)
    } else {
        let hours = (secs / 3600).min(99);
        let minutes = if secs / 3600 > 99 {
            59
        } else {
            (secs / 60) % 60
        };
        format!("{hours}h{minutes:02}")
    }
}

/// Seconds as `m:ss`, with `-` before a negative time.
pub fn clock_signed(secs: f64) -> String {
    if secs <= -1.0 {
        format!("-{}", clock(-secs))
    } else {
        clock(secs)
    }
}

/// Session time of a moment, `m:ss` from the start of the coded discussion (`-` before it), the
/// one clock every view shows; wall-clock time stays in the file.
pub fn session_clock(rec: &crate::model::DayRecord, elapsed_s: f64) -> String {
    clock_signed(rec.session_s(elapsed_s))
}

/// Cuts text to `width` columns, ending in `…` when cut, then pads it to exactly `width`.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = cut(text, width);
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// Cuts text to at most `width` columns, ending in `…` when cut; a control character in it (a name
/// or note from a file) is made inert first, so it neither breaks the row nor shifts the columns.
pub fn cut(text: &str, width: usize) -> String {
    let text = crate::text::inert::one_line(text);
    let text = text.as_ref();
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for ch in text.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if w + cw > width - 1 {
            break;
        }
        out.push(ch);
        w += cw;
    }
    out.push('…');
    out
}

/// How many of a bar's `width` cells `share` (0-1) fills.
pub fn bar_filled(share: f64, width: usize) -> usize {
    ((share.clamp(0.0, 1.0) * width as f64).round() as usize).min(width)
}

/// A bar of `width` cells, `filled` of them filled.
pub fn bar_of(filled: usize, width: usize) -> String {
    let filled = filled.min(width);
    let mut s = "█".repeat(filled);
    s.push_str(&"·".repeat(width - filled));
    s
}

/// A name without academic and religious titles, for tight columns: "dr. Fitri Lubis, M.M." → "Fitri Lubis".
/// Full names stay in the roster and the files.
pub fn short_name(name: &str) -> &str {
    let mut rest = name.split(',').next().unwrap_or(name).trim();
    while let Some((first, tail)) = rest.split_once(' ') {
        let is_title = first.ends_with('.') && first.chars().count() <= 5;
        if !is_title || tail.trim().is_empty() {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_drop_titles_and_degrees() {
        assert_eq!(short_name("dr. Fitri Lubis, M.M."), "Fitri Lubis");
        assert_eq!(short_name("Hj. Dian Hakim, S.Pd."), "Dian Hakim");
        assert_eq!(short_name("Drs. H. Lukman Rahman, M.M."), "Lukman Rahman");
        assert_eq!(
            short_name("Dr. Andi Prasetyo, M.Psi., Psikolog"),
            "Andi Prasetyo"
        );
        assert_eq!(short_name("Ayu Mulyadi"), "Ayu Mulyadi");
        assert_eq!(short_name("H."), "H.");
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_and_pads() {
        assert_eq!(fit("Ridwan Purnomo", 8), "Ridwan …");
        assert_eq!(fit("Ayu", 5), "Ayu  ");
        assert_eq!(clock(3725.0), "1:02:05");
        assert_eq!(clock_narrow(65), "1:05");
        assert_eq!(clock_narrow(3725), "62:05");
        assert_eq!(clock_narrow(5999), "99:59");
        assert_eq!(clock_narrow(6000), "1h40");
        assert_eq!(clock_narrow(36_000), "10h00");
        assert_eq!(clock_narrow(u64::MAX), "99h59");
        for secs in [0, 59, 5999, 6000, 359_999, 360_000, u64::MAX] {
            assert!(clock_narrow(secs).chars().count() <= 5, "{secs}");
        }
        assert_eq!(bar_of(bar_filled(0.5, 4), 4), "██··");
        assert_eq!(bar_filled(0.1, 4), 0);
        assert_eq!(bar_filled(1.7, 4), 4);
    }
}
