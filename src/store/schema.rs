//! The JSON Schemas published in `data/schema/`, generated from the model so they cannot drift.

use crate::model::{DayRecord, Entry, Event};

/// The JSON Schema of a day file, pretty-printed with a final newline.
pub fn day_schema() -> String {
    pretty(&schemars::schema_for!(DayRecord))
}

/// The JSON Schema of one journal line.
pub fn journal_line_schema() -> String {
    pretty(&schemars::schema_for!(Entry))
}

/// The JSON Schema of an event file.
pub fn event_schema() -> String {
    pretty(&schemars::schema_for!(Event))
}

fn pretty(schema: &schemars::Schema) -> String {
    // A schema is plain JSON; serializing it into memory cannot fail.
    serde_json::to_string_pretty(schema).unwrap_or_default() + "\n"
}
