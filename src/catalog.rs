//! The schemes, framework and demo event built into the binary, so `lgd` works with no files on disk.

use std::sync::OnceLock;

use crate::load::{LoadError, parse_json};
#[cfg(test)]
use crate::model::DayRecord;
use crate::model::validate::Resolver;
use crate::model::{Event, Framework, Scheme};

/// The ASN managerial and socio-cultural competency framework (PermenPANRB 38/2017).
pub const ASN_FRAMEWORK_JSON: &str =
    include_str!("../data/frameworks/asn-permenpanrb-38-2017.json");
/// The default LGD behaviour scheme.
pub const LGD_DEFAULT_JSON: &str = include_str!("../data/schemes/lgd-default.json");
/// Bales' Interaction Process Analysis, 12 categories.
pub const BALES_IPA_JSON: &str = include_str!("../data/schemes/bales-ipa.json");
/// The Tangerang Selatan demo event.
pub const DEMO_EVENT_JSON: &str = include_str!("../data/demo/tangsel-2026.json");

/// The built-in definitions, parsed once.
#[derive(Debug)]
pub struct Catalog {
    /// Built-in schemes.
    pub schemes: Vec<Scheme>,
    /// Built-in frameworks.
    pub frameworks: Vec<Framework>,
}

impl Catalog {
    /// The built-in catalog; a broken embedded file is a build defect that tests catch.
    pub fn builtin() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog {
            schemes: [LGD_DEFAULT_JSON, BALES_IPA_JSON]
                .iter()
                .filter_map(|s| parse_json(s, "built-in scheme").ok())
                .collect(),
            frameworks: parse_json(ASN_FRAMEWORK_JSON, "built-in framework")
                .ok()
                .into_iter()
                .collect(),
        })
    }

    /// A resolver that finds schemes and frameworks an event names.
    pub fn resolver(&self) -> Resolver<'_> {
        Resolver {
            schemes: &self.schemes,
            frameworks: &self.frameworks,
        }
    }
}

/// The demo event.
pub fn demo_event() -> Result<Event, LoadError> {
    parse_json(DEMO_EVENT_JSON, "built-in demo event")
}

/// Observer A01's day on the demo event (group G1, seats 1-5), begun at `at`: the set-up the
/// library's tests share.
#[cfg(test)]
pub(crate) fn demo_day(event: &Event, at: chrono::DateTime<chrono::FixedOffset>) -> DayRecord {
    DayRecord::begin(
        event,
        Catalog::builtin().resolver(),
        "A01",
        None,
        at.date_naive(),
        at,
    )
    .expect("the demo event begins a day")
}
