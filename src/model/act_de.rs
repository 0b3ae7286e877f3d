//! Reading an act and a stamp from their JSON objects field by field. The derived reader with the stamp
//! flattened into the act buffered every unknown-to-`Act` key (`at`, `elapsed_s`) and read the
//! stamp again from the buffer: a fifth of parsing a day file. The file format is unchanged: the
//! same keys, defaults and errors; keys lgd does not know are passed over as before.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::act::{Act, Stamp};
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

/// A wall-clock time as lgd writes it (`2026-12-03T09:01:02.5+07:00`) is read directly; any
/// other spelling goes to chrono as before, so the same strings are accepted with the same values
/// (chrono's general reader was a quarter of parsing a day file).
struct Time(DateTime<FixedOffset>);

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = Time;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 formatted date and time string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Time, E> {
                match rfc3339(v) {
                    Some(t) => Ok(Time(t)),
                    None => v.parse().map(Time).map_err(E::custom),
                }
            }
        }
        d.deserialize_str(Text)
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM)` and nothing else; `None` for anything
/// chrono should judge (leap seconds, other separators, impossible dates).
fn rfc3339(s: &str) -> Option<DateTime<FixedOffset>> {
    use chrono::{NaiveDate, TimeZone};
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':')) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let mut i = 19;
    let mut nanos = 0;
    if at(i, b'.') {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nanos = num(i + 1, digits)? * 10u32.pow(9 - digits as u32);
        i += 1 + digits;
    }
    let offset = match b.get(i..)? {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (hh, mm) = (num(i + 1, 2)?, num(i + 4, 2)?);
            if hh >= 24 || mm >= 60 {
                return None;
            }
            let seconds = (hh * 3600 + mm * 60) as i32;
            match sign {
                // "-00:00" (offset unknown) is chrono's to read.
                b'-' if seconds == 0 => return None,
                b'-' => -seconds,
                _ => seconds,
            }
        }
        _ => return None,
    };
    if second >= 60 {
        return None;
    }
    let local = NaiveDate::from_ymd_opt(year as i32, month, day)?
        .and_hms_nano_opt(hour, minute, second, nanos)?;
    FixedOffset::east_opt(offset)?
        .from_local_datetime(&local)
        .single()
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
        let mut at: Option<Time> = None;
        let mut elapsed_s: Option<f64> = None;
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
            match key {
                Field::Seq => once(&mut seq, &mut map, "seq")?,
                Field::Id => once(&mut id, &mut map, "id")?,
                Field::At => once(&mut at, &mut map, "at")?,
                Field::ElapsedS => once(&mut elapsed_s, &mut map, "elapsed_s")?,
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
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let missing = de::Error::missing_field;
        Ok(Act {
            seq: seq.ok_or_else(|| missing("seq"))?,
            id: id.ok_or_else(|| missing("id"))?,
            stamp: Stamp {
                at: at.ok_or_else(|| missing("at"))?.0,
                elapsed_s: elapsed_s.ok_or_else(|| missing("elapsed_s"))?,
            },
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
        let mut at: Option<Time> = None;
        let mut elapsed_s: Option<f64> = None;
        while let Some(key) = map.next_key::<Field>()? {
            match key {
                Field::At => once(&mut at, &mut map, "at")?,
                Field::ElapsedS => once(&mut elapsed_s, &mut map, "elapsed_s")?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Stamp {
            at: at.ok_or_else(|| de::Error::missing_field("at"))?.0,
            elapsed_s: elapsed_s.ok_or_else(|| de::Error::missing_field("elapsed_s"))?,
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
    fn times_read_as_chrono_reads_them() {
        for s in [
            "2026-12-03T09:01:02+07:00",
            "2026-12-03T09:01:02.5+07:00",
            "2026-12-03T09:01:02.123456789-03:30",
            "2026-12-31T23:59:59.000001Z",
            "2024-02-29T00:00:00+00:00",
            "2026-12-03t09:01:02+07:00",
            "2026-12-03 09:01:02+07:00",
            "2026-12-03T09:01:60+07:00",
            "2026-12-03T09:01:02.1234567891+07:00",
            "2026-12-03T09:01:02+0700",
            "2026-12-03T09:01:02-00:00",
        ] {
            let chrono = s.parse::<DateTime<FixedOffset>>().ok();
            let ours = serde_json::from_str::<Time>(&format!("{s:?}"))
                .ok()
                .map(|t| t.0);
            assert_eq!(
                ours.map(|t| t.to_rfc3339()),
                chrono.map(|t| t.to_rfc3339()),
                "{s}"
            );
            if let Some(fast) = rfc3339(s) {
                assert_eq!(
                    Some(fast.to_rfc3339()),
                    chrono.map(|t| t.to_rfc3339()),
                    "{s}"
                );
            }
        }
        assert!(
            rfc3339("2026-12-03T09:01:02.5+07:00").is_some(),
            "lgd's own spelling"
        );
        for s in [
            "2026-02-30T09:01:02+07:00",
            "2026-12-03T24:00:00+07:00",
            "2026-12-03T09:01:02+24:00",
            "x",
        ] {
            assert!(
                serde_json::from_str::<Time>(&format!("{s:?}")).is_err(),
                "{s}"
            );
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
