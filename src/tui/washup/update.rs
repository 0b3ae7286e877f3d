//! The only place the wash-up's state changes. No I/O: journal lines and rewrites come back as effects.

use ratatui::crossterm::event::KeyEvent;

use super::action::{Action, Effect};
use super::app::{Draft, Overlay, Status, WashupApp};
use super::keymap;
use super::search;
use crate::consolidate::refresh;
use crate::consolidate::washup::{WashupChange, WashupEntry, fold};
use crate::model::{Category, MAX_LEVEL, MIN_LEVEL, Settings};
use crate::text::store::recreated;
use crate::text::washup::W;
use crate::tui::shell::{self, Heard};

/// Rows a page moves.
const PAGE: i32 = 10;

/// Translates a key through the key table and applies it.
pub fn on_key(app: &mut WashupApp, key: KeyEvent) -> Vec<Effect> {
    match keymap::dispatch(app.mode(), key) {
        Some(action) => update(app, action),
        None => Vec::new(),
    }
}

/// Applies one action and returns the work it needs done.
pub fn update(app: &mut WashupApp, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => quit(app, Effect::Quit),
        Action::Terminate => quit(app, Effect::Exit),
        Action::QuitFailed(why) => {
            shell::refuse_quit(&mut app.quitting, &mut app.status, Status::QuitRefused(why))
        }
        Action::ToggleHelp => shell::toggle_help(&mut app.overlay),
        Action::Move(dr, dc) => {
            move_by(app, dr, dc);
            Vec::new()
        }
        Action::Page(dir) => {
            move_by(app, dir * PAGE, 0);
            Vec::new()
        }
        Action::MoveEnd(last) => {
            app.row = if last {
                app.rows.len().saturating_sub(1)
            } else {
                0
            };
            Vec::new()
        }
        Action::SortNext => {
            app.sort = app.sort.next();
            app.resort();
            Vec::new()
        }
        Action::OpenDetail => {
            app.overlay = Overlay::Detail(0);
            Vec::new()
        }
        Action::BeginDecide => {
            if let Some(cell) = app.selected() {
                let level = cell
                    .consensus
                    .as_ref()
                    .and_then(|d| d.level)
                    .or(cell.proposed)
                    .or(cell.stats.median)
                    .unwrap_or(f64::from(cell.target));
                app.overlay = Overlay::Decide(Draft {
                    level,
                    reason: String::new(),
                });
            }
            Vec::new()
        }
        Action::Adjust(d) => {
            adjust(app, d);
            Vec::new()
        }
        Action::InputChar(ch) => {
            match &mut app.overlay {
                Overlay::Decide(draft) => draft.reason.push(ch),
                Overlay::Search(..) => search::type_char(app, ch),
                _ => {}
            }
            Vec::new()
        }
        Action::InputBackspace => {
            match &mut app.overlay {
                Overlay::Decide(draft) => {
                    draft.reason.pop();
                }
                Overlay::Search(..) => search::erase(app),
                _ => {}
            }
            Vec::new()
        }
        Action::OpenSearch => {
            search::open(app);
            Vec::new()
        }
        Action::Submit => submit(app),
        Action::Withdraw => withdraw(app),
        Action::SwitchPreset => switch_preset(app),
        Action::OpenThresholds => {
            app.overlay = Overlay::Thresholds(app.c.settings.categories.clone(), 0);
            Vec::new()
        }
        Action::Close => {
            if matches!(app.overlay, Overlay::Search(..)) {
                search::cancel(app);
            }
            app.overlay = Overlay::None;
            // A prompt about what was being entered no longer applies once it is closed.
            if matches!(app.status, Some(Status::Text(W::ReasonNeeded))) {
                app.status = None;
            }
            Vec::new()
        }
        Action::Store(reply) => {
            match app.save.hear(reply) {
                Heard::Recreated(r) => app.status = Some(Status::Line(recreated(app.lang, &r))),
                Heard::Recovered if matches!(app.status, Some(Status::SaveFailed(_))) => {
                    app.status = None
                }
                Heard::Failed(why) => app.status = Some(Status::SaveFailed(why)),
                // A failing journal says more (decisions wait in memory) than a failed rewrite.
                Heard::SnapshotFailed(_) if app.save.failed.is_some() => {}
                Heard::SnapshotFailed(why) => app.status = Some(Status::SaveFailed(why)),
                Heard::Nothing | Heard::Recovered => {}
            }
            Vec::new()
        }
    }
}

fn quit(app: &mut WashupApp, effect: Effect) -> Vec<Effect> {
    if effect == Effect::Exit {
        app.status = Some(Status::Text(W::Terminating));
    }
    app.quitting = true;
    vec![effect]
}

fn move_by(app: &mut WashupApp, dr: i32, dc: i32) {
    match &mut app.overlay {
        Overlay::Help(scroll) | Overlay::Detail(scroll) => {
            *scroll = scroll.saturating_add_signed(dr as i16);
        }
        Overlay::Thresholds(cats, i) => {
            *i = step(*i, dr, cats.len());
        }
        Overlay::None => {
            app.row = step(app.row, dr, app.rows.len());
            app.col = step(app.col, dc, app.c.competencies.len());
        }
        Overlay::Search(..) => search::step(app, dr),
        Overlay::Decide(_) => {}
    }
}

fn step(at: usize, by: i32, len: usize) -> usize {
    let to = at as i64 + i64::from(by);
    to.clamp(0, len.saturating_sub(1) as i64) as usize
}

fn adjust(app: &mut WashupApp, d: i32) {
    let step = app.c.options.step.max(0.5);
    match &mut app.overlay {
        Overlay::Decide(draft) => {
            draft.level = (draft.level + step * f64::from(d))
                .clamp(f64::from(MIN_LEVEL), f64::from(MAX_LEVEL));
        }
        Overlay::Thresholds(cats, i) => {
            if let Some(c) = cats.get_mut(*i) {
                c.min_jpm = (c.min_jpm + f64::from(d)).clamp(0.0, 200.0);
            }
        }
        _ => {}
    }
}

/// The next sequence number, handed to the writer with the entry.
fn entry(app: &mut WashupApp, change: WashupChange) -> WashupEntry {
    app.save.sent += 1;
    WashupEntry {
        seq: app.save.sent,
        change,
    }
}

/// Folds a decision in, recomputes finals and JPM, and asks for the journal line and a rewrite.
fn record(app: &mut WashupApp, change: WashupChange) -> Vec<Effect> {
    let e = entry(app, change);
    if let Err(why) = fold(&mut app.c, &e) {
        // Only a cell outside the consolidation can fail, and the matrix shows only cells in it.
        app.status = Some(Status::Line(why.to_string()));
        app.save.sent -= 1;
        return Vec::new();
    }
    refresh(&mut app.c);
    vec![Effect::Persist(e), Effect::Snapshot]
}

fn submit(app: &mut WashupApp) -> Vec<Effect> {
    match std::mem::take(&mut app.overlay) {
        Overlay::Decide(draft) => {
            if draft.reason.trim().is_empty() {
                app.status = Some(Status::Text(W::ReasonNeeded));
                app.overlay = Overlay::Decide(draft);
                return Vec::new();
            }
            let Some(cell) = app.selected() else {
                return Vec::new();
            };
            let change = WashupChange::Consensus {
                participant: cell.participant.clone(),
                competency: cell.competency.clone(),
                level: Some(draft.level),
                reason: draft.reason.trim().to_string(),
                by: app.lead.clone(),
                at: app.clock.now(),
            };
            app.status = Some(Status::Text(W::DecisionSaved));
            record(app, change)
        }
        Overlay::Thresholds(mut categories, _) => {
            categories.sort_by(|a, b| b.min_jpm.total_cmp(&a.min_jpm));
            // Set first: a failure to record replaces it with why.
            app.status = Some(Status::Text(if categories == app.c.settings.categories {
                W::Unchanged
            } else {
                W::ThresholdsSaved
            }));
            set_categories(app, categories)
        }
        // Enter keeps the row the search found.
        Overlay::Search(..) => Vec::new(),
        other => {
            app.overlay = other;
            Vec::new()
        }
    }
}

fn withdraw(app: &mut WashupApp) -> Vec<Effect> {
    let Overlay::Decide(draft) = &app.overlay else {
        return Vec::new();
    };
    let has = app.selected().is_some_and(|c| c.consensus.is_some());
    if !has {
        return Vec::new();
    }
    if draft.reason.trim().is_empty() {
        app.status = Some(Status::Text(W::ReasonNeeded));
        return Vec::new();
    }
    let reason = draft.reason.trim().to_string();
    let Some(cell) = app.selected() else {
        return Vec::new();
    };
    let change = WashupChange::Consensus {
        participant: cell.participant.clone(),
        competency: cell.competency.clone(),
        level: None,
        reason,
        by: app.lead.clone(),
        at: app.clock.now(),
    };
    app.overlay = Overlay::None;
    // Said plainly, so no earlier message (a prompt for the reason) is left standing.
    app.status = Some(Status::Text(W::ConsensusWithdrawn));
    record(app, change)
}

/// The other preset: selection after mapping, mapping after anything else.
fn other_preset(now: &[Category]) -> Vec<Category> {
    if now == Settings::mapping_categories() {
        Settings::selection_categories()
    } else {
        Settings::mapping_categories()
    }
}

fn switch_preset(app: &mut WashupApp) -> Vec<Effect> {
    if let Overlay::Thresholds(cats, i) = &mut app.overlay {
        *cats = other_preset(cats);
        *i = 0;
        return Vec::new();
    }
    let next = other_preset(&app.c.settings.categories);
    set_categories(app, next)
}

fn set_categories(app: &mut WashupApp, categories: Vec<Category>) -> Vec<Effect> {
    if categories == app.c.settings.categories {
        return Vec::new();
    }
    let change = WashupChange::Categories {
        categories,
        by: app.lead.clone(),
        at: app.clock.now(),
    };
    record(app, change)
}
