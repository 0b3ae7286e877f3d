//! The key arms the three apps answer alike, kept in one place so the key help and a refused quit
//! behave the same in each.

/// An app's overlay (what sits over it and takes the keys) that can be the key help.
pub trait HelpOverlay: Default {
    /// The key help, scrolled to its top.
    fn help() -> Self;
    /// Whether this is the key help.
    fn is_help(&self) -> bool;
}

/// Makes an app's `Overlay` enum a [`HelpOverlay`] whose `Help(u16)` variant, scrolled by that
/// many rows, is the key help.
macro_rules! help_overlay {
    ($overlay:ident) => {
        impl $crate::tui::shell::HelpOverlay for $overlay {
            fn help() -> Self {
                $overlay::Help(0)
            }

            fn is_help(&self) -> bool {
                matches!(self, $overlay::Help(_))
            }
        }
    };
}
pub(crate) use help_overlay;

/// Opens the key help over whatever is open, or closes it when it is the one open; no work for
/// the store.
pub fn toggle_help<O: HelpOverlay, E>(overlay: &mut O) -> Vec<E> {
    *overlay = if overlay.is_help() {
        O::default()
    } else {
        O::help()
    };
    Vec::new()
}

/// Saving before quitting failed: the app is no longer quitting and its message line shows
/// `refused` (which says why); no work for the store.
pub fn refuse_quit<S, E>(quitting: &mut bool, status: &mut Option<S>, refused: S) -> Vec<E> {
    *quitting = false;
    *status = Some(refused);
    Vec::new()
}
