//! A rehearsal of the assessment day: every observer's day file as if the day had happened, so a
//! lead assessor can try consolidation, the wash-up and the reports before the real day, with no
//! files of their own. Deterministic for a seed, so a trainer and a test see the same day.

mod discussion;
mod record;

use std::collections::BTreeMap;

use chrono::{FixedOffset, NaiveDate};
use rand::RngExt;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::model::validate::Resolver;
use crate::model::{ApplyError, BeginError, DayRecord, Event};
use discussion::{Discussion, discuss, profiles};
use record::{Product, Recording, morning, record};

/// Why a rehearsal could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RehearsalError {
    /// An observer's day could not begin (unknown scheme, observer without a group...).
    #[error("cannot begin a day for observer {observer}: {source}")]
    Begin {
        /// Observer id.
        observer: String,
        /// Why.
        source: BeginError,
    },
    /// A simulated change did not fit the day file; a bug in the rehearsal, not in the event.
    #[error("a simulated change was refused: {0}")]
    Apply(#[from] ApplyError),
    /// The event has no scheme the catalogue knows.
    #[error("the event's scheme {0:?} is not known")]
    Scheme(String),
    /// The date has no 08:30 in Western Indonesian Time.
    #[error("no session start on {0}")]
    Date(NaiveDate),
}

/// The missions groups write, rotated over the groups.
const MISSIONS: [&str; 4] = [
    "Misi: mewujudkan pelayanan publik yang cerdas melalui data terpadu, modern dengan layanan \
     digital satu pintu, dan religius dengan integritas aparatur.",
    "Misi: membangun birokrasi yang bersih dan meritokratis; menyederhanakan perizinan secara \
     daring; menanamkan nilai kejujuran dalam setiap layanan.",
    "Misi: meningkatkan kompetensi aparatur melalui pembelajaran berkelanjutan; memanfaatkan \
     teknologi untuk keputusan berbasis bukti; melayani dengan amanah.",
    "Misi: merencanakan jangka panjang seperti Singapura; mempercepat layanan kecamatan \
     dengan aplikasi; menjaga kerukunan dan etika pelayanan.",
];

/// Every observer's day file of a simulated day of `event` on `date`; observers without a group
/// (the lead) have none, as on the real day.
pub fn rehearse(
    event: &Event,
    resolver: Resolver<'_>,
    date: NaiveDate,
    seed: u64,
) -> Result<Vec<DayRecord>, RehearsalError> {
    let scheme = resolver
        .scheme(event)
        .ok_or_else(|| RehearsalError::Scheme(event.scheme.clone()))?;
    let wib = FixedOffset::east_opt(7 * 3600).ok_or(RehearsalError::Date(date))?;
    let t0 = morning(date, wib).ok_or(RehearsalError::Date(date))?;

    let mut schedule = Vec::new();
    let mut t = 60.0;
    for phase in &event.phases {
        let end = t + f64::from(phase.minutes) * 60.0;
        schedule.push((phase.id.clone(), t, end));
        t = end;
    }

    let mut groups = BTreeMap::new();
    for (g, group) in event.groups.iter().enumerate() {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (g as u64 + 1).wrapping_mul(0x9E37));
        let members: Vec<String> = group.seats.values().cloned().collect();
        let people = profiles(&members, scheme.rated_competencies.len(), &mut rng);
        let mut talk = Discussion::default();
        for ((_, start, end), phase) in schedule.iter().zip(&event.phases) {
            if phase.coded {
                discuss(
                    &people,
                    &scheme.codes,
                    &scheme.rated_competencies,
                    (*start, *end),
                    &mut rng,
                    &mut talk,
                );
            }
        }
        let quality = rng.random_range(2..=4);
        groups.insert(group.id.clone(), (people, talk, quality, g));
    }

    let mut days = Vec::new();
    for (o, observer) in event.observers.iter().enumerate() {
        let begun = match DayRecord::begin(event, resolver, &observer.id, None, date, t0) {
            Ok(d) => d,
            Err(BeginError::NoGroup(_)) => continue,
            Err(source) => {
                return Err(RehearsalError::Begin {
                    observer: observer.id.clone(),
                    source,
                });
            }
        };
        let Some((people, talk, quality, g)) = groups.get(&begun.group) else {
            continue;
        };
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (o as u64 + 1).wrapping_mul(0x5851_F42D));
        days.push(record(
            Recording {
                record: begun,
                profiles: people,
                discussion: talk,
                schedule: &schedule,
                product: Product {
                    text: MISSIONS[g % MISSIONS.len()],
                    quality: *quality,
                },
            },
            &mut rng,
        )?);
    }
    Ok(days)
}

#[cfg(test)]
mod tests;
