//! A participant (asesi) and the Indonesian civil-servant number (NIP).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One person being assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Participant {
    /// Stable id used in files and keys (letters, digits, `-`, `_`).
    pub id: String,
    /// Nomor Induk Pegawai: 18 digits, kept as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
    /// Full name with titles, as written by HR.
    pub name: String,
    /// Position (jabatan).
    #[serde(default)]
    pub position: String,
    /// Work unit (OPD / unit kerja).
    #[serde(default)]
    pub unit: String,
    /// Gender when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Columns of the source roster that have no field of their own, kept rather than dropped.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// Gender as Indonesian rosters record it (L = laki-laki, P = perempuan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Gender {
    /// Laki-laki / male.
    L,
    /// Perempuan / female.
    P,
}

impl Gender {
    /// Reads `L`, `P`, `M`, `F`, `Laki-laki`, `Perempuan`, `Male`, `Female` in any case.
    pub fn parse(s: &str) -> Option<Gender> {
        match s.trim().to_lowercase().as_str() {
            "l" | "m" | "lk" | "laki-laki" | "laki laki" | "pria" | "male" | "man" => {
                Some(Gender::L)
            }
            "p" | "f" | "pr" | "perempuan" | "wanita" | "female" | "woman" => Some(Gender::P),
            _ => None,
        }
    }
}

/// Why a NIP is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NipError {
    /// Not exactly 18 digits.
    #[error("NIP must be 18 digits, found {found} characters: {value:?}")]
    Length {
        /// The text given.
        value: String,
        /// How many characters it had.
        found: usize,
    },
    /// Contains something other than digits.
    #[error("NIP may contain only digits: {0:?}")]
    NotDigits(String),
    /// Looks like a number Excel rewrote in scientific notation.
    #[error(
        "NIP {0:?} was turned into a number by Excel (scientific notation); format the NIP column as Text and type the 18 digits again"
    )]
    Scientific(String),
    /// The first 8 digits are not a birth date (YYYYMMDD).
    #[error("NIP {0:?} does not start with a birth date YYYYMMDD")]
    BirthDate(String),
}

/// Checks a NIP: 18 digits whose first 8 are a birth date; spaces and dots HR adds are ignored.
pub fn normalize_nip(raw: &str) -> Result<String, NipError> {
    let trimmed = raw.trim();
    if looks_scientific(trimmed) {
        return Err(NipError::Scientific(trimmed.to_string()));
    }
    let digits: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '\''))
        .collect();
    if digits.chars().any(|c| !c.is_ascii_digit()) {
        return Err(NipError::NotDigits(trimmed.to_string()));
    }
    if digits.len() != 18 {
        return Err(NipError::Length {
            value: trimmed.to_string(),
            found: digits.len(),
        });
    }
    let birth = &digits[..8];
    if chrono::NaiveDate::parse_from_str(birth, "%Y%m%d").is_err() {
        return Err(NipError::BirthDate(trimmed.to_string()));
    }
    Ok(digits)
}

/// Excel shows long numbers as `1.98E+17`; such a cell has lost its last digits for good.
fn looks_scientific(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.contains("e+") && lower.chars().next().is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_eighteen_digits_with_spacing() {
        assert_eq!(
            normalize_nip("19780512 200312 1 004").as_deref(),
            Ok("197805122003121004")
        );
    }

    #[test]
    fn rejects_wrong_length_non_digits_scientific_and_bad_date() {
        assert!(matches!(
            normalize_nip("1978051220031210"),
            Err(NipError::Length { found: 16, .. })
        ));
        assert!(matches!(
            normalize_nip("19780512200312100X"),
            Err(NipError::NotDigits(_))
        ));
        assert!(matches!(
            normalize_nip("1.97805E+17"),
            Err(NipError::Scientific(_))
        ));
        assert!(matches!(
            normalize_nip("197813122003121004"),
            Err(NipError::BirthDate(_))
        ));
    }

    #[test]
    fn gender_reads_indonesian_and_english() {
        assert_eq!(Gender::parse("Laki-laki"), Some(Gender::L));
        assert_eq!(Gender::parse(" p "), Some(Gender::P));
        assert_eq!(Gender::parse("F"), Some(Gender::P));
        assert_eq!(Gender::parse("x"), None);
    }
}
