//! A fingerprint of an event definition.

use sha2::{Digest, Sha256};

use super::Event;

impl Event {
    /// SHA-256 (hex) of the event's canonical JSON; day files carry it so the lead can
    /// tell files made from different versions of the event apart.
    pub fn digest(&self) -> String {
        // serde_json writes struct fields in declaration order and BTreeMaps sorted, so
        // the bytes are canonical for a given definition.
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        let hash = Sha256::digest(&bytes);
        hash.iter().map(|b| format!("{b:02x}")).collect()
    }
}
