//! A fingerprint of an event definition.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use super::Event;

impl Event {
    /// SHA-256 (hex) of the event's canonical JSON; day files carry it so the lead can
    /// tell files made from different versions of the event apart.
    ///
    /// Imported results (self-ratings, online scores) are left out: they arrive after the
    /// observers' day files were made, and must not make those files look foreign. So are the
    /// report's settings and cover facts (`Event::without_report_facts`): the lead may settle them
    /// after the day.
    pub fn digest(&self) -> String {
        let definition = if self.self_ratings.is_empty()
            && self.online_scores.is_empty()
            && !self.has_report_facts()
        {
            Cow::Borrowed(self)
        } else {
            let mut bare = self.without_report_facts();
            bare.self_ratings.clear();
            bare.online_scores.clear();
            Cow::Owned(bare)
        };
        // serde_json writes struct fields in declaration order and BTreeMaps sorted, so
        // the bytes are canonical for a given definition; empty result lists are not written
        // at all, so the digest of an event without imports is what it was before they existed.
        let bytes = serde_json::to_vec(definition.as_ref()).unwrap_or_default();
        let hash = Sha256::digest(&bytes);
        hash.iter().map(|b| format!("{b:02x}")).collect()
    }
}
