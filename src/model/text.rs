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

    /// The language from the environment, the one way every command finds it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG` (the first set and non-empty decides, as POSIX orders them);
    /// `id*` is Indonesian, anything else English.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any lookup of variables, so the order can be tested without
    /// touching the process environment.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_locale(&v))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(set: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            set.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn the_locale_is_read_lc_all_then_lc_messages_then_lang() {
        assert_eq!(Lang::from_vars(vars(&[])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "id_ID.UTF-8")])), Lang::Id);
        let messages = [("LC_MESSAGES", "id_ID.UTF-8"), ("LANG", "en_US.UTF-8")];
        assert_eq!(Lang::from_vars(vars(&messages)), Lang::Id);
        let all = [("LC_ALL", "C"), ("LC_MESSAGES", "id_ID"), ("LANG", "id_ID")];
        assert_eq!(Lang::from_vars(vars(&all)), Lang::En);
        let empty_all = [("LC_ALL", ""), ("LC_MESSAGES", "id_ID")];
        assert_eq!(Lang::from_vars(vars(&empty_all)), Lang::Id);
    }
}
