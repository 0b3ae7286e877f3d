//! Colours and marks. Every colour has a symbol or a text attribute beside it, so a monochrome
//! terminal or a colour-blind observer loses nothing.

use ratatui::style::{Color, Modifier, Style};

/// The floor holder's row: bright and reversed, with `▶`.
pub fn floor() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::LightGreen)
        .add_modifier(Modifier::BOLD)
}

/// The floor marker.
pub const FLOOR_MARK: &str = "▶";
/// A participant this observer rates.
pub const COVER_MARK: &str = "●";
/// A participant needing attention.
pub const NUDGE_MARK: &str = "!";
/// A possible double press.
pub const FLAG_MARK: &str = "‼";
/// A targeted code.
pub const TARGET_MARK: &str = "→";

/// Headings.
pub fn heading() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// Secondary text.
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// Keys in help and hints.
pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Something fine.
pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}

/// Something to look at.
pub fn warn() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// Something wrong: reversed so it shows without colour.
pub fn error() -> Style {
    Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

/// The nudge: reversed yellow.
pub fn nudge() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD)
}

/// Negative counts.
pub fn negative() -> Style {
    Style::new().fg(Color::LightRed)
}

/// Positive counts.
pub fn positive() -> Style {
    Style::new().fg(Color::LightGreen)
}

/// The selected row of a list.
pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// A pending chord: hard to miss.
pub fn chord() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::LightCyan)
        .add_modifier(Modifier::BOLD)
}

/// A retracted act.
pub fn retracted() -> Style {
    Style::new()
        .fg(Color::DarkGray)
        .add_modifier(Modifier::CROSSED_OUT)
}
