//! Numbers and dates as a reader of each language writes them: Indonesian uses a decimal comma
//! and Indonesian month names.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use crate::model::Lang;

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The dash shown where there is no value.
pub const NONE: &str = "–";

/// `x` with `decimals` places, trailing zeros after the point dropped (3.0 -> "3", 2.50 -> "2.5").
pub fn num(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return NONE.to_string();
    }
    let mut s = format!("{x:.decimals$}");
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if s == "-0" {
        s = "0".to_string();
    }
    localise(s, lang)
}

/// `x` with exactly `decimals` places, for columns of figures that should line up.
pub fn fixed(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return NONE.to_string();
    }
    localise(format!("{x:.decimals$}"), lang)
}

/// An optional number, or the dash.
pub fn opt(x: Option<f64>, decimals: usize, lang: Lang) -> String {
    x.map_or_else(|| NONE.to_string(), |x| num(x, decimals, lang))
}

/// A signed difference: "+1", "-0.5", "0".
pub fn signed(x: f64, lang: Lang) -> String {
    let s = num(x, 1, lang);
    if x > 0.0 && s != "0" {
        format!("+{s}")
    } else {
        s.replace('-', "−")
    }
}

/// A share 0-1 as a whole percentage: "23%".
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{}%", num(share * 100.0, 0, lang))
}

/// Seconds as minutes and seconds: "4:05".
pub fn duration(seconds: f64) -> String {
    if !seconds.is_finite() || seconds < 0.0 {
        return NONE.to_string();
    }
    let total = seconds.round() as u64;
    format!("{}:{:02}", total / 60, total % 60)
}

/// A day: "3 Desember 2026" / "3 December 2026".
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    let month = months[d.month0() as usize % 12];
    format!("{} {month} {}", d.day(), d.year())
}

/// A moment in the event's time zone, named where it has a name: "3 Desember 2026, 17.05 WIB".
pub fn moment_in(t: DateTime<FixedOffset>, zone: crate::model::Zone, lang: Lang) -> String {
    let local = t.with_timezone(&zone.offset);
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ':',
    };
    let name = if zone.label.is_empty() {
        format!("UTC{}", zone.offset)
    } else {
        zone.label.to_string()
    };
    format!(
        "{}, {}{sep}{} {name}",
        date(local.date_naive(), lang),
        local.format("%H"),
        local.format("%M"),
    )
}

fn localise(s: String, lang: Lang) -> String {
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_readers_decimal_mark() {
        assert_eq!(num(87.456, 1, Lang::En), "87.5");
        assert_eq!(num(87.456, 1, Lang::Id), "87,5");
        assert_eq!(num(3.0, 1, Lang::Id), "3");
        assert_eq!(num(-0.01, 1, Lang::En), "0");
        assert_eq!(fixed(0.5, 2, Lang::Id), "0,50");
        assert_eq!(num(f64::NAN, 1, Lang::En), NONE);
        assert_eq!(signed(1.0, Lang::En), "+1");
        assert_eq!(signed(-0.5, Lang::Id), "−0,5");
        assert_eq!(signed(0.0, Lang::En), "0");
        assert_eq!(percent(0.234, Lang::En), "23%");
    }

    #[test]
    fn dates_and_durations_read_naturally() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        assert_eq!(date(d, Lang::Id), "3 Desember 2026");
        assert_eq!(date(d, Lang::En), "3 December 2026");
        assert_eq!(duration(245.4), "4:05");
        // A time written on a laptop set to UTC is shown in the event's zone.
        let utc = DateTime::parse_from_rfc3339("2026-12-03T10:05:00+00:00").expect("time");
        let wib = crate::model::parse_zone("WIB").expect("zone");
        assert_eq!(moment_in(utc, wib, Lang::Id), "3 Desember 2026, 17.05 WIB");
        let wita = crate::model::parse_zone("WITA").expect("zone");
        assert_eq!(
            moment_in(utc, wita, Lang::En),
            "3 December 2026, 18:05 WITA"
        );
        let odd = crate::model::parse_zone("+05:30").expect("zone");
        assert_eq!(
            moment_in(utc, odd, Lang::En),
            "3 December 2026, 15:35 UTC+05:30"
        );
    }
}
