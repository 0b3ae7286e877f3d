//! Whole-event history and the file: undo and redo, batches, the lock against a second editor,
//! and a failed save leaving the file as it was.

use super::tests::{demo, first_of, mv, rules, set};
use super::*;

#[test]
fn undo_and_redo_restore_exactly_and_a_new_edit_clears_redo() {
    let ev = demo();
    let mut ed = Editor::new(ev.clone(), rules());
    assert_eq!(ed.undo(), None);
    let who = first_of(&ev, "G1");
    ed.apply(mv(&who, "G5", None)).expect("move");
    let moved = ed.event().clone();
    ed.apply(set(&who, Field::Unit, "Dinas Lain"))
        .expect("unit");
    let edited = ed.event().clone();
    assert_eq!(ed.undo_depth(), 2);
    assert_eq!(ed.undo(), Some(&[set(&who, Field::Unit, "Dinas Lain")][..]));
    assert_eq!(*ed.event(), moved);
    ed.undo().expect("undo move");
    assert_eq!(*ed.event(), ev);
    ed.redo().expect("redo move");
    assert_eq!(*ed.event(), moved);
    ed.redo().expect("redo unit");
    assert_eq!(*ed.event(), edited);
    assert_eq!(ed.redo(), None);
    ed.undo().expect("undo");
    ed.apply(set(&who, Field::Position, "Lurah"))
        .expect("position");
    assert_eq!(ed.redo_depth(), 0);
}

#[test]
fn a_batch_is_one_step_and_all_or_nothing() {
    let ev = demo();
    let mut ed = Editor::new(ev.clone(), rules());
    let p = ev.participants[0].id.clone();
    let same_name = ev.participants[0].name.clone();
    let bad = vec![
        set(&p, Field::Unit, "Dinas Lain"),
        set(&p, Field::Nip, "123"),
    ];
    assert!(matches!(ed.apply_all(bad), Err(EditError::Nip(_))));
    assert_eq!(*ed.event(), ev);
    assert_eq!(ed.undo_depth(), 0);
    let good = vec![
        set(&p, Field::Name, &same_name),
        set(&p, Field::Unit, "Dinas Lain"),
        set(&p, Field::Gender, "L"),
    ];
    ed.apply_all(good).expect("batch");
    assert_eq!(ed.undo_depth(), 1);
    ed.undo().expect("undo");
    assert_eq!(*ed.event(), ev);
}

#[test]
fn a_second_editor_of_the_same_file_is_refused_naming_file_and_process() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("acara.json");
    let held = crate::setup::EventLock::take(&file).expect("first");
    let refused = crate::setup::EventLock::take(&file).expect_err("second");
    let msg = refused.to_string();
    assert!(msg.contains("acara.json"), "{msg}");
    assert!(msg.contains(&std::process::id().to_string()), "{msg}");
    drop(held);
    crate::setup::EventLock::take(&file).expect("free again");
}

/// The folder vanishing under the editor (a USB stick pulled) fails the save, and the file written
/// before is left exactly as it was. A symlink stands in for the stick: this fails even for root.
#[cfg(unix)]
#[test]
fn a_failed_save_leaves_the_file_on_disk_as_it_was() {
    let dir = tempfile::tempdir().expect("tmp");
    let real = dir.path().join("real");
    std::fs::create_dir(&real).expect("dir");
    let stick = dir.path().join("stick");
    std::os::unix::fs::symlink(&real, &stick).expect("link");
    let path = stick.join("acara.json");
    let ev = demo();
    crate::setup::save_event(&path, &ev, true).expect("first save");
    let before = std::fs::read(real.join("acara.json")).expect("read");
    let who = first_of(&ev, "G1");
    let edited = apply(&ev, &mv(&who, "G5", None), &rules()).expect("edit");
    std::fs::remove_file(&stick).expect("unplug");
    std::os::unix::fs::symlink(dir.path().join("gone"), &stick).expect("dangling");
    let err = crate::setup::save_event(&path, &edited, true).expect_err("fails");
    assert!(
        err.to_string().contains("acara.json") || err.to_string().contains("stick"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(real.join("acara.json")).expect("read"),
        before
    );
}
