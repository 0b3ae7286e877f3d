//! Telling which kind of lgd document a file is from its leading keys, so the file is parsed in
//! full once, as what it is, rather than once loosely and again typed.

use std::fmt;
use std::io::Read;

use serde::de::{self, Deserializer as _, IgnoredAny, MapAccess, Visitor};

/// What a file's top-level object says about itself.
#[derive(Debug, Default)]
pub(super) struct Head {
    /// The `format` tag, empty when absent or not a string.
    pub format: String,
    /// The `format_version`, 0 when absent or not a whole number.
    pub version: u64,
    /// A top-level `codes` key (a scheme without a tag).
    pub codes: bool,
    /// A top-level `competencies` key (a framework without a tag).
    pub competencies: bool,
}

/// Why the scan stopped: an error serde_json carries out, told apart from a real one by this text.
const FOUND: &str = "lgd: head found";

struct HeadVisitor<'a> {
    head: &'a mut Head,
    found: &'a mut bool,
}

impl<'de> Visitor<'de> for HeadVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (mut format, mut version) = (false, false);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                // Read as a value, as a loose reading would: a tag of the wrong type counts as absent.
                "format" => {
                    let v: serde_json::Value = map.next_value()?;
                    self.head.format = v.as_str().unwrap_or_default().to_string();
                    format = true;
                }
                "format_version" => {
                    let v: serde_json::Value = map.next_value()?;
                    self.head.version = v.as_u64().unwrap_or(0);
                    version = true;
                }
                other => {
                    self.head.codes |= other == "codes";
                    self.head.competencies |= other == "competencies";
                    map.next_value::<IgnoredAny>()?;
                }
            }
            // lgd writes the tag and its version first: the rest of the file need not be read.
            if format && version {
                *self.found = true;
                return Err(de::Error::custom(FOUND));
            }
        }
        Ok(())
    }
}

/// Reads the head of the JSON in `reader`, stopping once the tag and version are known. A
/// top-level value that is not an object has an empty head; broken JSON before the tag is an error.
pub(super) fn head(reader: impl Read) -> Result<Head, serde_json::Error> {
    let mut head = Head::default();
    let mut found = false;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let scanned = (&mut de).deserialize_any(HeadVisitor {
        head: &mut head,
        found: &mut found,
    });
    match scanned {
        Err(_) if found => Ok(head),
        Err(e) if e.classify() == serde_json::error::Category::Data => Ok(Head::default()),
        Err(e) => Err(e),
        Ok(()) => de.end().map(|()| head),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_is_found_without_reading_past_it() {
        // Broken after the tag and version: the scan never gets there.
        let h =
            head(&br#"{"format": "lgd-day", "format_version": 2, "acts": [tr"#[..]).expect("head");
        assert_eq!((h.format.as_str(), h.version), ("lgd-day", 2));
        let h = head(&br#"{"codes": [], "format_version": "x", "format": 3}"#[..]).expect("head");
        assert_eq!((h.format.as_str(), h.version, h.codes), ("", 0, true));
        let h = head(&br#"{"competencies": {"a": [1, {"b": null}]}}"#[..]).expect("head");
        assert!(h.competencies && !h.codes && h.format.is_empty());
        let h = head(&b"[1, 2]"[..]).expect("not an object is no error");
        assert!(h.format.is_empty() && !h.codes);
        let e = head(&br#"{"codes": [1,}"#[..]).expect_err("broken before the tag");
        assert_eq!((e.line(), e.column()), (1, 14));
        assert!(head(&br#"{"a": 1} x"#[..]).is_err(), "trailing text");
    }
}
