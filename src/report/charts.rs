//! Chart geometry for the report's inline SVG: the templates draw it, so every label they print is
//! escaped like any other text. Coordinates are SVG user units, already formatted.

use serde::Serialize;

/// Highest level on the radar's scale.
const SCALE_MAX: f64 = 5.0;
/// Longest label a bar chart prints before cutting it with `…` (the full text is its tooltip).
const LABEL_CHARS: usize = 26;

/// A radar (spider) chart of levels against the target level.
#[derive(Debug, Clone, Serialize)]
pub struct Radar {
    /// Width and height of the view box.
    pub size: u32,
    /// The centre's x and y.
    pub center: String,
    /// Level rings 1-5 as polygon points, innermost first.
    pub rings: Vec<Ring>,
    /// One spoke per competency.
    pub axes: Vec<RadarAxis>,
    /// Polygon of the target levels.
    pub target: String,
    /// Polygon of the levels reached (a missing level sits at the centre).
    pub level: String,
    /// What the chart shows, for screen readers.
    pub title: String,
}

/// One level ring and where its number is written.
#[derive(Debug, Clone, Serialize)]
pub struct Ring {
    /// Polygon points.
    pub points: String,
    /// The level.
    pub label: String,
    /// Label x.
    pub x: String,
    /// Label y.
    pub y: String,
}

/// One spoke of a radar chart with its label and its point.
#[derive(Debug, Clone, Serialize)]
pub struct RadarAxis {
    /// Outer end x.
    pub x: String,
    /// Outer end y.
    pub y: String,
    /// Label x.
    pub lx: String,
    /// Label y.
    pub ly: String,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// Short label (the competency code).
    pub label: String,
    /// Second label line (the level reached).
    pub value: String,
    /// Tooltip.
    pub title: String,
    /// The level's point x, absent when there is no level.
    pub px: Option<String>,
    /// The level's point y.
    pub py: Option<String>,
}

/// One spoke's data.
#[derive(Debug, Clone)]
pub struct Spoke {
    /// Short label.
    pub label: String,
    /// Tooltip.
    pub title: String,
    /// Level reached, if any.
    pub level: Option<f64>,
    /// Level required.
    pub target: f64,
    /// The level as the reader writes it.
    pub value: String,
}

/// Lays out a radar chart; fewer than three spokes still draw (as a line or a point).
pub fn radar(spokes: &[Spoke], title: String) -> Radar {
    let size = 340.0;
    let (cx, cy, r) = (size / 2.0, size / 2.0, 112.0);
    let n = spokes.len().max(1) as f64;
    let angle = |i: usize| -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n;
    let at = |i: usize, level: f64| {
        let a = angle(i);
        let d = r * (level.clamp(0.0, SCALE_MAX) / SCALE_MAX);
        (cx + d * a.cos(), cy + d * a.sin())
    };
    let polygon = |level: &dyn Fn(usize) -> f64| {
        (0..spokes.len())
            .map(|i| {
                let (x, y) = at(i, level(i));
                format!("{},{}", u(x), u(y))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings = (1..=SCALE_MAX as u32)
        .map(|l| {
            let level = f64::from(l);
            let points = if spokes.len() >= 3 {
                polygon(&|_| level)
            } else {
                String::new()
            };
            Ring {
                points,
                label: l.to_string(),
                x: u(cx + 3.0),
                y: u(cy - r * level / SCALE_MAX - 2.0),
            }
        })
        .collect();
    let axes = spokes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let a = angle(i);
            let (x, y) = at(i, SCALE_MAX);
            let (c, sn) = (a.cos(), a.sin());
            let anchor = if c.abs() < 0.3 {
                "middle"
            } else if c > 0.0 {
                "start"
            } else {
                "end"
            };
            let lx = cx + (r + 12.0) * c;
            // Labels above the chart sit on their baseline; below it, one line lower.
            let ly = cy + (r + 12.0) * sn + if sn > 0.5 { 10.0 } else { 0.0 };
            let point = s.level.map(|l| at(i, l));
            RadarAxis {
                x: u(x),
                y: u(y),
                lx: u(lx),
                ly: u(ly),
                anchor,
                label: s.label.clone(),
                value: s.value.clone(),
                title: s.title.clone(),
                px: point.map(|p| u(p.0)),
                py: point.map(|p| u(p.1)),
            }
        })
        .collect();
    Radar {
        size: size as u32,
        center: u(cx),
        rings,
        axes,
        target: polygon(&|i| spokes[i].target),
        level: polygon(&|i| spokes[i].level.unwrap_or(0.0)),
        title,
    }
}

/// A horizontal bar chart.
#[derive(Debug, Clone, Serialize)]
pub struct Bars {
    /// View box width.
    pub width: u32,
    /// View box height.
    pub height: u32,
    /// Where the bars start.
    pub x0: String,
    /// Right edge of the labels.
    pub label_x: String,
    /// Bottom of the last bar, for the axis line.
    pub bottom: String,
    /// The bars.
    pub rows: Vec<Bar>,
    /// A dashed reference line (such as the equal share), if any.
    pub reference: Option<Reference>,
    /// What the chart shows, for screen readers.
    pub title: String,
}

/// One bar.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    /// Top of the bar.
    pub y: String,
    /// Baseline of the label and value text.
    pub ty: String,
    /// Length.
    pub w: String,
    /// Thickness.
    pub h: String,
    /// Where the value text starts.
    pub vx: String,
    /// Label (cut to fit).
    pub label: String,
    /// Full label for the tooltip.
    pub title: String,
    /// The value as the reader writes it.
    pub value: String,
    /// CSS class: `pos`, `neg`, `neu`, `me` or `other`.
    pub class: &'static str,
}

/// A vertical reference line across the bars.
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    /// Its x.
    pub x: String,
    /// Its label.
    pub label: String,
}

/// One bar's data.
#[derive(Debug, Clone)]
pub struct BarInput {
    /// Label.
    pub label: String,
    /// The value.
    pub value: f64,
    /// The value as the reader writes it.
    pub text: String,
    /// CSS class.
    pub class: &'static str,
}

/// Lays out horizontal bars scaled to the largest value (or the reference, if larger).
pub fn bars(rows: Vec<BarInput>, reference: Option<(f64, String)>, title: String) -> Bars {
    let (width, x0, value_room, row_h, bar_h, top) = (450.0, 170.0, 40.0, 16.0, 11.0, 14.0);
    let plot = width - x0 - value_room;
    let max = rows
        .iter()
        .map(|r| r.value)
        .chain(reference.as_ref().map(|r| r.0))
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let scale = |v: f64| {
        if max > 0.0 && v.is_finite() {
            (v.max(0.0) / max) * plot
        } else {
            0.0
        }
    };
    let bottom = top + rows.len() as f64 * row_h;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let y = top + i as f64 * row_h;
            let w = scale(r.value);
            Bar {
                y: u(y + (row_h - bar_h) / 2.0),
                ty: u(y + row_h / 2.0 + 4.0),
                h: u(bar_h),
                w: u(w),
                vx: u(x0 + w + 4.0),
                label: cut(&r.label),
                title: r.label,
                value: r.text,
                class: r.class,
            }
        })
        .collect();
    Bars {
        width: width as u32,
        height: (bottom + 6.0) as u32,
        x0: u(x0),
        label_x: u(x0 - 6.0),
        bottom: u(bottom),
        rows: bars,
        reference: reference.map(|(v, label)| Reference {
            x: u(x0 + scale(v)),
            label,
        }),
        title,
    }
}

/// A label cut to [`LABEL_CHARS`] characters, with `…` when cut.
fn cut(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    let mut s: String = label.chars().take(LABEL_CHARS - 1).collect();
    s.push('…');
    s
}

/// A coordinate with one decimal, enough for print and short enough to keep the file small.
fn u(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spoke(label: &str, level: Option<f64>) -> Spoke {
        Spoke {
            label: label.into(),
            title: label.into(),
            level,
            target: 3.0,
            value: String::new(),
        }
    }

    #[test]
    fn radar_puts_the_first_spoke_straight_up_and_levels_on_the_scale() {
        let r = radar(
            &[
                spoke("A", Some(5.0)),
                spoke("B", None),
                spoke("C", Some(3.0)),
                spoke("D", Some(1.0)),
            ],
            "t".into(),
        );
        assert_eq!(r.axes.len(), 4);
        // Level 5 on the first spoke is the top of the outer ring.
        assert_eq!((r.axes[0].x.as_str(), r.axes[0].y.as_str()), ("170", "58"));
        assert_eq!(r.axes[0].px.as_deref(), Some("170"));
        assert_eq!(r.axes[0].py.as_deref(), Some("58"));
        assert_eq!(r.axes[0].anchor, "middle");
        assert_eq!(r.axes[1].anchor, "start");
        assert_eq!(r.axes[3].anchor, "end");
        assert!(r.axes[1].px.is_none(), "no level, no point");
        assert_eq!(r.rings.len(), 5);
        assert_eq!(r.target.split(' ').count(), 4);
        // Target 3 on the first spoke: 3/5 of the radius above the centre.
        assert!(r.target.starts_with("170,102.8 "), "{}", r.target);
    }

    #[test]
    fn bars_scale_to_the_largest_value_and_cut_long_labels() {
        let b = bars(
            vec![
                BarInput {
                    label: "a".repeat(40),
                    value: 2.0,
                    text: "2".into(),
                    class: "pos",
                },
                BarInput {
                    label: "b".into(),
                    value: 4.0,
                    text: "4".into(),
                    class: "neg",
                },
            ],
            Some((1.0, "ref".into())),
            "t".into(),
        );
        assert_eq!(b.rows[1].w, "240");
        assert_eq!(b.rows[0].w, "120");
        assert_eq!(b.rows[0].label.chars().count(), LABEL_CHARS);
        assert!(b.rows[0].label.ends_with('…'));
        assert_eq!(b.rows[0].title.len(), 40);
        assert_eq!(b.reference.as_ref().map(|r| r.x.as_str()), Some("230"));
    }

    #[test]
    fn all_zero_bars_have_no_length() {
        let b = bars(
            vec![BarInput {
                label: "x".into(),
                value: 0.0,
                text: "0".into(),
                class: "neu",
            }],
            None,
            "t".into(),
        );
        assert_eq!(b.rows[0].w, "0");
    }
}
