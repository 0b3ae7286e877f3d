//! The quit-and-flush protocol, one rule for every app: quitting with changes that are not on disk
//! is refused (the app stays open and says why) unless the system asked; a lesser failure (the
//! changes are safe, only a final rewrite failed) is refused once, so the user knows, and lets the
//! second quit through with the warning printed.

/// What saving before quitting could not do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsaved {
    /// Changes are not on disk: every quit is refused until saving works or the system asks.
    Lost {
        /// Why, for the screen.
        why: String,
        /// What to print after a forced exit.
        warning: String,
    },
    /// The first quit is refused; the next one leaves and prints `warning`.
    RefuseOnce {
        /// Why, for the screen.
        why: String,
        /// What to print when it leaves anyway.
        warning: String,
    },
}

/// What the shell does with the outcome of saving.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Decision {
    /// Stop, printing `warning` after the terminal is restored. `waiting` when changes are not
    /// on disk yet: closing the store then waits for the disk, and the screen says so meanwhile.
    Leave {
        warning: Option<String>,
        waiting: Option<String>,
    },
    /// Stay open showing `why`; `refused_once` marks a refusal that is not repeated.
    Stay { why: String, refused_once: bool },
}

/// The rule; `refused_before` when a refusal of the [`Unsaved::RefuseOnce`] kind was already shown.
pub(super) fn decide(saved: Result<(), Unsaved>, forced: bool, refused_before: bool) -> Decision {
    match saved {
        Ok(()) => Decision::Leave {
            warning: None,
            waiting: None,
        },
        Err(Unsaved::Lost { why, warning }) if forced => Decision::Leave {
            warning: Some(warning),
            waiting: Some(why),
        },
        Err(Unsaved::Lost { why, .. }) => Decision::Stay {
            why,
            refused_once: false,
        },
        Err(Unsaved::RefuseOnce { warning, .. }) if forced || refused_before => Decision::Leave {
            warning: Some(warning),
            waiting: None,
        },
        Err(Unsaved::RefuseOnce { why, .. }) => Decision::Stay {
            why,
            refused_once: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lost() -> Result<(), Unsaved> {
        Err(Unsaved::Lost {
            why: "disk full".into(),
            warning: "not saved".into(),
        })
    }

    fn once() -> Result<(), Unsaved> {
        Err(Unsaved::RefuseOnce {
            why: "rewrite failed".into(),
            warning: "rewrite failed".into(),
        })
    }

    #[test]
    fn lost_changes_keep_the_app_open_until_the_system_asks() {
        for refused in [false, true] {
            assert_eq!(
                decide(lost(), false, refused),
                Decision::Stay {
                    why: "disk full".into(),
                    refused_once: false
                }
            );
        }
        assert_eq!(
            decide(lost(), true, false),
            Decision::Leave {
                warning: Some("not saved".into()),
                waiting: Some("disk full".into())
            }
        );
    }

    #[test]
    fn a_lesser_failure_refuses_the_first_quit_only() {
        assert_eq!(
            decide(once(), false, false),
            Decision::Stay {
                why: "rewrite failed".into(),
                refused_once: true
            }
        );
        let warned = Decision::Leave {
            warning: Some("rewrite failed".into()),
            waiting: None,
        };
        assert_eq!(decide(once(), false, true), warned);
        assert_eq!(decide(once(), true, false), warned);
        assert_eq!(
            decide(Ok(()), false, false),
            Decision::Leave {
                warning: None,
                waiting: None
            }
        );
    }
}
