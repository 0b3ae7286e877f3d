//! Reading wall-clock times fast: lgd's own spelling directly, anything else through chrono.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// A wall-clock time as lgd writes it (`2026-12-03T09:01:02.5+07:00`) is read directly; any
/// other spelling goes to chrono as before, so the same strings are accepted with the same values
/// (chrono's general reader was a quarter of parsing a day file).
pub(super) struct Time(pub(super) DateTime<FixedOffset>);

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
