//! Reading an act and a stamp from their JSON objects field by field. The derived reader with the stamp
//! flattened into the act buffered every unknown-to-`Act` key (`at`, `elapsed_s`) and read the
//! stamp again from the buffer: a fifth of parsing a day file. The file format is unchanged: the
//! same keys, defaults and errors; keys lgd does not know are passed over as before.

use std::fmt;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::act::{Act, Stamp};
use super::time_de::Time;
use super::{Marks, Original};

const FIELDS: &[&str] = &[
    "seq",
    "id",
    "at",
    "elapsed_s",
    "group",
    "participant",
    "code",
    "target",
    "note",
    "retracted",
    "floor",
    "outside",
    "kept",
    "inserted",
    "original",
];

enum Field {
    Seq,
    Id,
    At,
    ElapsedS,
    Group,
    Participant,
    Code,
    Target,
    Note,
    Retracted,
    Floor,
    Outside,
    Kept,
    Inserted,
    Original,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
        struct Name;
        impl Visitor<'_> for Name {
            type Value = Field;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("field identifier")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(match v {
                    "seq" => Field::Seq,
                    "id" => Field::Id,
                    "at" => Field::At,
                    "elapsed_s" => Field::ElapsedS,
                    "group" => Field::Group,
                    "participant" => Field::Participant,
                    "code" => Field::Code,
                    "target" => Field::Target,
                    "note" => Field::Note,
                    "retracted" => Field::Retracted,
                    "floor" => Field::Floor,
                    "outside" => Field::Outside,
                    "kept" => Field::Kept,
                    "inserted" => Field::Inserted,
                    "original" => Field::Original,
                    _ => Field::Other,
                })
            }
        }
        d.deserialize_identifier(Name)
    }
}

/// Sets a field once; a key given twice is an error, as the derived reader makes it.
fn once<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The two keys of a stamp, on their own or among an act's keys.
#[derive(Default)]
struct StampKeys {
    at: Option<Time>,
    elapsed_s: Option<f64>,
}

impl StampKeys {
    /// Reads the value of `key` when it is a stamp's; false when it is some other key.
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &Field, map: &mut A) -> Result<bool, A::Error> {
        match key {
            Field::At => once(&mut self.at, map, "at")?,
            Field::ElapsedS => once(&mut self.elapsed_s, map, "elapsed_s")?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn stamp<E: de::Error>(self) -> Result<Stamp, E> {
        Ok(Stamp {
            at: self.at.ok_or_else(|| E::missing_field("at"))?.0,
            elapsed_s: self
                .elapsed_s
                .ok_or_else(|| E::missing_field("elapsed_s"))?,
        })
    }
}

struct ActVisitor;

impl<'de> Visitor<'de> for ActVisitor {
    type Value = Act;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Act")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Act, A::Error> {
        let mut seq: Option<u64> = None;
        let mut id: Option<String> = None;
        let mut stamp = StampKeys::default();
        let mut group: Option<String> = None;
        let mut participant: Option<String> = None;
        let mut code: Option<String> = None;
        let mut target: Option<Option<String>> = None;
        let mut note: Option<Option<String>> = None;
        let mut retracted: Option<bool> = None;
        let mut floor: Option<bool> = None;
        let mut outside: Option<bool> = None;
        let mut kept: Option<bool> = None;
        let mut inserted: Option<Option<Stamp>> = None;
        let mut original: Option<Option<Box<Original>>> = None;
        while let Some(key) = map.next_key::<Field>()? {
            if stamp.read(&key, &mut map)? {
                continue;
            }
            match key {
                Field::Seq => once(&mut seq, &mut map, "seq")?,
                Field::Id => once(&mut id, &mut map, "id")?,
                Field::Group => once(&mut group, &mut map, "group")?,
                Field::Participant => once(&mut participant, &mut map, "participant")?,
                Field::Code => once(&mut code, &mut map, "code")?,
                Field::Target => once(&mut target, &mut map, "target")?,
                Field::Note => once(&mut note, &mut map, "note")?,
                Field::Retracted => once(&mut retracted, &mut map, "retracted")?,
                Field::Floor => once(&mut floor, &mut map, "floor")?,
                Field::Outside => once(&mut outside, &mut map, "outside")?,
                Field::Kept => once(&mut kept, &mut map, "kept")?,
                Field::Inserted => once(&mut inserted, &mut map, "inserted")?,
                Field::Original => once(&mut original, &mut map, "original")?,
                Field::At | Field::ElapsedS | Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let missing = de::Error::missing_field;
        Ok(Act {
            seq: seq.ok_or_else(|| missing("seq"))?,
            id: id.ok_or_else(|| missing("id"))?,
            stamp: stamp.stamp()?,
            group: group.ok_or_else(|| missing("group"))?,
            participant: participant.ok_or_else(|| missing("participant"))?,
            code: code.ok_or_else(|| missing("code"))?,
            target: target.flatten(),
            note: note.flatten(),
            retracted: retracted.unwrap_or(false),
            floor: floor.unwrap_or(true),
            marks: Box::new(Marks {
                outside: outside.unwrap_or(false),
                kept: kept.unwrap_or(false),
                inserted: inserted.flatten(),
                original: original.flatten(),
            }),
        })
    }
}

struct StampVisitor;

impl<'de> Visitor<'de> for StampVisitor {
    type Value = Stamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Stamp")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Stamp, A::Error> {
        let mut stamp = StampKeys::default();
        while let Some(key) = map.next_key::<Field>()? {
            if !stamp.read(&key, &mut map)? {
                map.next_value::<IgnoredAny>()?;
            }
        }
        stamp.stamp()
    }

    /// `[at, elapsed_s]`, which the derived reader also took.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Stamp, A::Error> {
        let at: Time = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let elapsed_s = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        Ok(Stamp {
            at: at.0,
            elapsed_s,
        })
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        d.deserialize_struct("Stamp", &["at", "elapsed_s"], StampVisitor)
    }
}

impl<'de> Deserialize<'de> for Act {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Act, D::Error> {
        d.deserialize_struct("Act", FIELDS, ActVisitor)
    }
}

/// Reads a journal's act straight into its shared box (serde's own `Arc` reader boxes it first).
pub(super) fn shared_act<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<Act>, D::Error> {
    Act::deserialize(d).map(Arc::new)
}

/// Reads a day's acts each straight into its shared box (serde's own `Arc` reader boxes an act,
/// then copies it into a second allocation).
pub(super) fn shared_acts<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Arc<Act>>, D::Error> {
    struct Acts;
    impl<'de> Visitor<'de> for Acts {
        type Value = Vec<Arc<Act>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a sequence")
        }
        fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<Arc<Act>>, S::Error> {
            let mut acts = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
            while let Some(act) = seq.next_element::<Act>()? {
                acts.push(Arc::new(act));
            }
            Ok(acts)
        }
    }
    d.deserialize_seq(Acts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader the derive made, with the stamp flattened: what files were read with before.
    #[derive(Debug, Deserialize)]
    struct Derived {
        seq: u64,
        id: String,
        #[serde(flatten)]
        stamp: Stamp,
        group: String,
        participant: String,
        code: String,
        #[serde(default)]
        target: Option<String>,
        #[serde(default)]
        note: Option<String>,
        #[serde(default)]
        retracted: bool,
        #[serde(default = "yes")]
        floor: bool,
        #[serde(flatten)]
        marks: Marks,
    }

    fn yes() -> bool {
        true
    }

    fn both(json: &str) -> (Result<Act, String>, Result<Act, String>) {
        let ours = serde_json::from_str::<Act>(json).map_err(|e| e.to_string());
        let derived = serde_json::from_str::<Derived>(json)
            .map(|d| Act {
                seq: d.seq,
                id: d.id,
                stamp: d.stamp,
                group: d.group,
                participant: d.participant,
                code: d.code,
                target: d.target,
                note: d.note,
                retracted: d.retracted,
                floor: d.floor,
                marks: Box::new(d.marks),
            })
            .map_err(|e| e.to_string());
        (ours, derived)
    }

    #[test]
    fn acts_read_as_the_derived_reader_read_them() {
        let full = r#"{"seq": 3, "id": "A01-2026-12-03-3", "at": "2026-12-03T09:01:02.5+07:00",
            "elapsed_s": 12.5, "group": "G1", "participant": "P1", "code": "INIT",
            "target": "P2", "note": "kata \"ya\"", "retracted": true, "floor": false,
            "later": {"x": [1, 2]}, "outside": true, "kept": true,
            "inserted": {"at": "2026-12-03T09:05:00+07:00", "elapsed_s": 300},
            "original": {"participant": "P3", "code": "PROP",
                "stamp": {"at": "2026-12-03T09:01:00+07:00", "elapsed_s": 11}}}"#;
        let bare = r#"{"code": "SU", "participant": "P1", "group": "G1", "elapsed_s": 0,
            "at": "2026-12-03T09:00:00+07:00", "id": "x", "seq": 1, "target": null}"#;
        for json in [full, bare] {
            let (ours, derived) = both(json);
            assert_eq!(ours, derived, "{json}");
            assert!(ours.is_ok());
        }
        let act = both(bare).0.expect("reads");
        assert!(act.floor && !act.retracted && act.target.is_none() && act.note.is_none());
    }

    #[test]
    fn stamps_read_as_objects_and_as_pairs() {
        let object: Stamp = serde_json::from_str(
            r#"{"elapsed_s": 1.5, "at": "2026-12-03T09:00:00+07:00", "x": 1}"#,
        )
        .expect("object");
        let pair: Stamp =
            serde_json::from_str(r#"["2026-12-03T09:00:00+07:00", 1.5]"#).expect("pair");
        assert_eq!(object, pair);
        assert_eq!(object.elapsed_s, 1.5);
        for broken in [
            r#"{"at": "2026-12-03T09:00:00+07:00"}"#,
            r#"["2026-12-03T09:00:00+07:00"]"#,
        ] {
            assert!(serde_json::from_str::<Stamp>(broken).is_err(), "{broken}");
        }
    }

    #[test]
    fn broken_acts_are_refused() {
        for json in [
            r#"{"seq": 1, "id": "x", "elapsed_s": 0, "group": "G1", "participant": "P1", "code": "SU"}"#,
            r#"{"seq": 1, "id": "x", "at": "2026-12-03T09:00:00+07:00", "group": "G1", "participant": "P1", "code": "SU"}"#,
            r#"{"seq": 1, "id": "x", "at": "yesterday", "elapsed_s": 0, "group": "G1", "participant": "P1", "code": "SU"}"#,
            r#"{"seq": -1, "id": "x", "at": "2026-12-03T09:00:00+07:00", "elapsed_s": 0, "group": "G1", "participant": "P1", "code": "SU"}"#,
            r#"[1, "x"]"#,
        ] {
            let (ours, derived) = both(json);
            assert!(ours.is_err() && derived.is_err(), "{json}: {ours:?}");
        }
        let twice = r#"{"seq": 1, "seq": 2, "id": "x", "at": "2026-12-03T09:00:00+07:00",
            "elapsed_s": 0, "group": "G1", "participant": "P1", "code": "SU"}"#;
        assert!(
            both(twice)
                .0
                .expect_err("twice")
                .contains("duplicate field `seq`")
        );
    }
}
