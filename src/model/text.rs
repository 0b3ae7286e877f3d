//! Text that the UI shows in Bahasa Indonesia or English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The two languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Picks the language from a locale string such as `id_ID.UTF-8`: `id*` is Indonesian.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("id") {
            Lang::Id
        } else {
            Lang::En
        }
    }

    /// Parses `id` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "in" | "ind" | "indonesia" | "bahasa" => Some(Lang::Id),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A string given in both Bahasa Indonesia and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct Localized {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

impl Localized {
    /// Builds a pair from the two strings.
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Self {
        Localized {
            id: id.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to the other language when one is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Id => (&self.id, &self.en),
            Lang::En => (&self.en, &self.id),
        };
        if first.is_empty() { second } else { first }
    }
}
