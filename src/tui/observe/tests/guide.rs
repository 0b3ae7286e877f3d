//! The assessors' guide quotes the store's messages word for word, as lgd says them.

use std::io::ErrorKind;

use super::store_text::{DAY, JOURNAL, os, syntax};
use crate::model::Lang;
use crate::store::{DiskFailure, Op, StoreError};
use crate::text::Words;
use crate::text::store::{disk_failure, disk_failure_short, store_error};

/// `s` with every run of whitespace (a line break in the guide) as one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `msg` before `stop`.
fn before(msg: String, stop: &str) -> String {
    msg.split(stop).next().unwrap_or_default().to_string()
}

#[test]
fn the_guide_quotes_the_messages_as_lgd_says_them() {
    let guide = one_line(include_str!("../../../../docs/panduan.md"));
    let full = DiskFailure::new(Op::Save, JOURNAL, &os(ErrorKind::StorageFull));
    let locked = StoreError::Locked {
        path: DAY.into(),
        pid: Some(1),
    };
    let timeout = StoreError::Timeout {
        path: DAY.into(),
        seconds: 5,
    };
    let unreadable = StoreError::Unreadable {
        snapshot: Box::new(syntax()),
        backup: None,
    };
    let quoted = [
        before(disk_failure(Lang::Id, &full), " (gagal"),
        format!("✗ GAGAL MENYIMPAN: {}", disk_failure_short(Lang::Id, &full)),
        before(store_error(Lang::Id, &locked), " (proses"),
        before(store_error(Lang::Id, &timeout), " 5 detik"),
        before(store_error(Lang::Id, &unreadable), "."),
        before(store_error(Lang::Id, &StoreError::WriterGone), "."),
        before(
            crate::text::observe::quit_refused(Lang::Id, "Ctrl+Q", "x"),
            ": x",
        ),
    ];
    let guard = [
        before(
            crate::text::guard::off_observe(Lang::Id, "Nilai", '3', "F3"),
            ". Selama",
        )
        .replace("'3' ditolak: ", ""),
        crate::text::guard::G::MDeclined.get(Lang::Id).to_string(),
        crate::text::guard::G::MResumed.get(Lang::Id).to_string(),
        crate::text::guard::G::MNotSubmitted
            .get(Lang::Id)
            .to_string(),
        crate::text::guard::G::MNoteCancelled
            .get(Lang::Id)
            .to_string(),
        crate::text::amend::A::Marks.get(Lang::Id).to_string(),
        crate::text::amend::A::Outside.get(Lang::Id).to_string(),
        before(crate::text::commands::never_coded(Lang::Id, "A02"), ":"),
    ];
    for q in quoted.into_iter().chain(guard) {
        assert!(
            guide.contains(&one_line(&q)),
            "docs/panduan.md should quote {q:?}"
        );
    }
}

/// Every key of the Group, Observe and Score panes (and those every pane shares) is in the guide,
/// quoted as the help names it, so a key added to the table without a word in the guide fails here.
#[test]
fn the_guide_names_every_key_of_the_coding_and_rating_panes() {
    use crate::tui::keys::key_label;
    use crate::tui::observe::Pane;
    use crate::tui::observe::keymap::{Mode, bindings_for};
    let guide = include_str!("../../../../docs/panduan.md");
    let mut missing = Vec::new();
    for pane in [Pane::Group, Pane::Observe, Pane::Score] {
        for b in bindings_for(Mode::Normal, pane) {
            for k in b.keys {
                let name = key_label(*k, Lang::Id);
                if !guide.contains(&format!("`{name}`")) {
                    missing.push(format!("{pane:?}: `{name}` ({})", b.about.get(Lang::Id)));
                }
            }
        }
    }
    missing.dedup();
    assert!(
        missing.is_empty(),
        "docs/panduan.md does not name:\n{}",
        missing.join("\n")
    );
}
