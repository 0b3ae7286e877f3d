//! The wash-up's real writer on a disk that fails (the store's fault seam): the lead reads in
//! Indonesian that the decisions wait in memory, and the message goes once the disk works again.

use std::sync::mpsc;
use std::time::Duration;

use super::*;
use crate::consolidate::washup::{WashupReply, open_washup};
use crate::consolidate::write_consolidated;
use crate::store::{Fault, FaultSwitch, FaultyDisk};
use crate::tui::washup::Action;
use crate::tui::washup::update;

/// Only a guard against hanging; nothing here measures speed.
const PATIENCE: Duration = Duration::from_secs(20);

/// The screen's text as one line, so a message wrapped over rows reads whole.
fn flat(screen: &str) -> String {
    let joined: Vec<&str> = screen.lines().map(|l| l.trim_matches('"')).collect();
    joined
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_full_disk_during_the_wash_up_is_told_in_indonesian() {
    let tmp = tempfile::tempdir().expect("tmp");
    write_consolidated(&tmp.path().join("consolidated.json"), &consolidated()).expect("write");
    let switch = FaultSwitch::default();
    let (tx, rx) = mpsc::channel();
    let notify = Box::new(move |r: &WashupReply| {
        let _ = tx.send(r.clone());
    });
    let opened = open_washup(
        tmp.path(),
        Box::new(FaultyDisk::new(switch.clone())),
        Some(notify),
    )
    .expect("opens");
    let (mut app, _) = super::app(Lang::Id);
    switch.set(Fault::NoSpace);
    type_keys(&mut app, "cok");
    let fx = press(&mut app, KeyCode::Enter.into());
    assert!(fx.iter().any(|f| matches!(f, Effect::Persist(_))), "{fx:?}");
    for f in fx {
        match f {
            Effect::Persist(e) => opened.writer.append(e),
            Effect::Snapshot => opened.writer.snapshot(app.c.clone()),
            _ => {}
        }
    }
    // The journal's failure comes first; the failed rewrite after it must not hide it.
    loop {
        let r = rx.recv_timeout(PATIENCE).expect("a reply");
        let done = matches!(r, WashupReply::SnapshotFailed(_));
        update(&mut app, Action::Store(r));
        if done {
            break;
        }
    }
    let screen = draw(&app, 120, 30);
    let text = flat(&screen);
    assert!(text.contains("GAGAL SIMPAN"), "{screen}");
    assert!(
        text.contains("Disk penuh: perubahan belum tersimpan dan tetap di memori"),
        "{screen}"
    );
    assert!(text.contains("washup.journal"), "{screen}");

    switch.clear();
    let sent = app.save.sent;
    loop {
        let r = rx.recv_timeout(PATIENCE).expect("a reply");
        let done = matches!(r, WashupReply::Saved(n) if n >= sent);
        update(&mut app, Action::Store(r));
        if done {
            break;
        }
    }
    assert!(!flat(&draw(&app, 120, 30)).contains("Disk penuh"));
    opened.writer.close().expect("closes");
}
