//! The JSON shapes of a BORIS project file, with BORIS's key names and key order.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// A BORIS project, serialised in BORIS's key order.
#[derive(Debug, serde::Serialize)]
pub struct Project {
    pub(super) project_name: String,
    pub(super) project_date: String,
    pub(super) project_description: String,
    pub(super) project_format_version: &'static str,
    pub(super) time_format: &'static str,
    pub(super) subjects_conf: Keyed<Subject>,
    pub(super) behaviors_conf: Keyed<Behavior>,
    pub(super) behavioral_categories: Vec<String>,
    pub(super) independent_variables: EmptyObject,
    pub(super) coding_map: EmptyObject,
    pub(super) behaviors_coding_map: Vec<String>,
    pub(super) converters: EmptyObject,
    pub(super) observations: Named<Observation>,
}

#[derive(Debug, serde::Serialize)]
pub(super) struct Subject {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) description: String,
}

#[derive(Debug, serde::Serialize)]
pub(super) struct Behavior {
    #[serde(rename = "type")]
    pub(super) kind: &'static str,
    pub(super) key: String,
    pub(super) code: String,
    pub(super) description: String,
    pub(super) color: String,
    pub(super) category: String,
    pub(super) modifiers: Keyed<ModifierSet>,
    pub(super) excluded: String,
    #[serde(rename = "coding map")]
    pub(super) coding_map: String,
}

#[derive(Debug, serde::Serialize)]
pub(super) struct ModifierSet {
    pub(super) name: String,
    #[serde(rename = "type")]
    pub(super) kind: u8,
    pub(super) values: Vec<String>,
}

#[derive(Debug, serde::Serialize)]
pub(super) struct Observation {
    #[serde(rename = "type")]
    pub(super) kind: &'static str,
    pub(super) date: String,
    pub(super) description: String,
    #[serde(rename = "time offset")]
    pub(super) time_offset: f64,
    pub(super) independent_variables: EmptyObject,
    pub(super) file: EmptyObject,
    pub(super) media_info: EmptyObject,
    pub(super) events: Vec<(f64, String, String, String, String)>,
}

/// `{}`.
#[derive(Debug, Default)]
pub(super) struct EmptyObject;

impl Serialize for EmptyObject {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_map(Some(0))?.end()
    }
}

/// A list written as an object keyed "0", "1", ... in order, as BORIS keeps its collections.
#[derive(Debug, Default)]
pub(super) struct Keyed<T>(pub(super) Vec<T>);

impl<T: Serialize> Serialize for Keyed<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (i, v) in self.0.iter().enumerate() {
            map.serialize_entry(&i.to_string(), v)?;
        }
        map.end()
    }
}

/// Named entries written as an object in insertion order.
#[derive(Debug, Default)]
pub(super) struct Named<T>(pub(super) Vec<(String, T)>);

impl<T: Serialize> Serialize for Named<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Project {
    /// Number of observations (one per day file).
    pub fn observations(&self) -> usize {
        self.observations.0.len()
    }

    /// Number of subjects.
    pub fn subjects(&self) -> usize {
        self.subjects_conf.0.len()
    }

    /// Number of behaviours, `floor` included.
    pub fn behaviors(&self) -> usize {
        self.behaviors_conf.0.len()
    }

    /// Number of events over all observations.
    pub fn events(&self) -> usize {
        self.observations
            .0
            .iter()
            .map(|(_, o)| o.events.len())
            .sum()
    }
}
