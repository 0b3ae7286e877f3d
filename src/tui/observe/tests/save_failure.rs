//! A real writer on a disk that fails (the store's fault seam): what an Indonesian assessor reads
//! on screen while the disk is full, when quitting is refused, and once it clears.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::*;
use crate::store::{
    DataDir, Fault, FaultSwitch, FaultyDisk, OpenedDay, Reply, StoreError, StoreOptions,
    open_day_with,
};
use crate::text::store::store_error;
use crate::tui::observe::action::Action;
use crate::tui::observe::update;

/// Only a guard against hanging; nothing here measures speed.
const PATIENCE: Duration = Duration::from_secs(20);

/// The demo day of A01 in `dir` on a disk `switch` can break, and an app over it in `lang`.
fn opened(dir: &std::path::Path, switch: &FaultSwitch, lang: Lang) -> (App, OpenedDay) {
    let clock = Arc::new(ManualClock::jakarta());
    let event = Arc::new(demo_event().expect("demo"));
    let options = StoreOptions {
        disk: Box::new(FaultyDisk::new(switch.clone())),
        retry_every: Duration::from_millis(20),
        ..StoreOptions::default()
    };
    let day = open_day_with(
        &DataDir::at(dir),
        &event,
        "A01",
        None,
        clock.now().date_naive(),
        clock.as_ref(),
        options,
    )
    .expect("opens");
    let session = Session::open(day.record.clone(), clock);
    (App::new(session, event, lang), day)
}

/// The app with an act typed while the disk fails with `fault`, once the writer has said so.
fn failing(lang: Lang, fault: Fault) -> (tempfile::TempDir, FaultSwitch, App, OpenedDay) {
    let tmp = tempfile::tempdir().expect("tmp");
    let switch = FaultSwitch::default();
    let (mut app, day) = opened(tmp.path(), &switch, lang);
    switch.set(fault);
    let fx = type_keys(&mut app, "1p");
    persist(&day, fx);
    until(&mut app, &day, |r| matches!(r, Reply::Failed(..)));
    (tmp, switch, app, day)
}

/// Feeds the writer's replies to the app until everything it sent is saved.
fn until_saved(app: &mut App, day: &OpenedDay) {
    let sent = app.save.sent;
    until(app, day, |r| matches!(r, Reply::Saved(n) if *n >= sent));
}

/// Hands the app's journal entries to the writer, as the shell does.
fn persist(day: &OpenedDay, effects: Vec<Effect>) {
    for fx in effects {
        if let Effect::Persist(entry) = fx {
            day.writer.append(entry);
        }
    }
}

/// Feeds the writer's replies to the app until one matches `done`.
fn until(app: &mut App, day: &OpenedDay, done: impl Fn(&Reply) -> bool) {
    let started = Instant::now();
    loop {
        let left = PATIENCE.saturating_sub(started.elapsed());
        let reply = day.writer.replies().recv_timeout(left).expect("a reply");
        let stop = done(&reply);
        update(app, Action::Store(reply));
        if stop {
            return;
        }
    }
}

#[test]
fn a_full_disk_is_told_in_indonesian_on_screen_and_clears_when_saving_works_again() {
    let (_tmp, switch, mut app, day) = failing(Lang::Id, Fault::NoSpace);

    let screen = draw(&app, 80, 24);
    assert!(screen.contains("✗ GAGAL MENYIMPAN: disk penuh"), "{screen}");
    let text = flat(&screen);
    assert!(
        text.contains(
            "Disk penuh: perubahan belum tersimpan dan tetap di memori; kosongkan ruang disk"
        ),
        "{screen}"
    );
    assert!(text.contains("Jangan tutup lgd."), "{screen}");
    let wide = draw(&app, 160, 50);
    assert!(
        wide.contains("gagal menyimpan ke") && wide.contains(".journal"),
        "the file comes last, shown when there is room: {wide}"
    );

    // Quitting now is refused with why, as the shell says it.
    let err = loop {
        match day.writer.flush(Duration::from_millis(200)) {
            Err(StoreError::Timeout { .. }) => {}
            Err(e) => break e,
            Ok(seq) => panic!("saved up to {seq} while the disk is full"),
        }
    };
    let why = store_error(app.lang, &err);
    update(&mut app, Action::QuitFailed(why));
    let text = flat(&draw(&app, 80, 24));
    assert!(
        text.contains("Belum keluar, data tetap di memori"),
        "{text}"
    );
    assert!(
        text.contains("belum tersimpan di disk. Disk penuh"),
        "{text}"
    );

    switch.clear();
    until_saved(&mut app, &day);
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("✓ tersimpan"), "{screen}");
    assert!(!screen.contains("GAGAL"), "{screen}");
    day.writer.close().expect("closes");
}

#[test]
fn english_says_the_same_in_english() {
    let (_tmp, switch, mut app, day) = failing(Lang::En, Fault::ReadOnly);
    let screen = draw(&app, 160, 50);
    assert!(screen.contains("✗ SAVE FAILED: disk read-only"), "{screen}");
    assert!(
        screen.contains("The disk is read-only: changes are not saved yet and stay in memory"),
        "{screen}"
    );
    assert!(screen.contains("cannot save to"), "{screen}");
    switch.clear();
    until_saved(&mut app, &day);
    day.writer.close().expect("closes");
}
