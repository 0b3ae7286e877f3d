//! Sentences that name a key take the name from the key table, so help and text cannot disagree.

use super::*;
use crate::session::Stroke;
use crate::text::{observe as text, roster, washup};
use crate::tui::observe::Action;
use crate::tui::observe::keymap::BINDINGS;

#[test]
fn the_table_names_the_keys_the_sentences_speak_of() {
    let lang = Lang::En;
    assert_eq!(BINDINGS.key_of(&Action::Quit, lang), "Ctrl+Q");
    assert_eq!(BINDINGS.key_of(&Action::PhaseToggle, lang), "Ctrl+P");
    assert_eq!(
        BINDINGS.key_of(&Action::Stroke(Stroke::Redo), lang),
        "Ctrl+R"
    );
    assert_eq!(
        BINDINGS.key_of(
            &Action::Acts(crate::tui::observe::act_list::ActsAction::Open),
            lang
        ),
        "Ctrl+L"
    );
    let (app, _) = app(lang);
    assert!(draw(&app, 120, 30).contains("not started (Ctrl+P)"));
}

#[test]
fn every_sentence_with_a_key_says_the_key_it_is_given() {
    for lang in [Lang::Id, Lang::En] {
        let said = [
            text::not_started(lang, "F9"),
            text::too_small(lang, 10, 5, 60, 18, "F9"),
            text::quit_refused(lang, "F9", "why"),
            text::act_done(lang, text::ActDone::Retracted, "3 Rosa PROP", "F9"),
            roster::save_failed(lang, "F9", "why"),
            roster::quit_refused(lang, "F9", "why"),
            washup::quit_refused(lang, "F9", "why"),
            washup::withdraw_hint(lang, "F9"),
            crate::text::amend::coded_outside(lang, "3 Rosa PROP", "F9"),
        ];
        for s in said {
            assert!(s.contains("F9") && !s.contains("Ctrl+"), "{s}");
        }
    }
}
