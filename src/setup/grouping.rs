//! Forming discussion groups when the roster has none: equal sizes, units and genders spread.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::unit_key;
use crate::model::{Gender, Group, MAX_SEATS, Participant};

/// Why the groups asked for cannot be formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GroupingError {
    /// Zero groups asked for.
    #[error("cannot form 0 groups; use --groups 1 or more")]
    NoGroups,
    /// More groups than people.
    #[error(
        "{groups} groups for {participants} participants would leave a group empty; use --groups {participants} or fewer"
    )]
    TooManyGroups {
        /// Groups asked for.
        groups: usize,
        /// Participants in the roster.
        participants: usize,
    },
    /// Groups would be larger than the seats a group has.
    #[error(
        "{participants} participants in {groups} groups makes groups of {size}, but a group has at most {MAX_SEATS} seats; use --groups {needed} or more"
    )]
    TooLarge {
        /// Groups asked for.
        groups: usize,
        /// Participants in the roster.
        participants: usize,
        /// Size of the largest group.
        size: usize,
        /// Fewest groups that fit.
        needed: usize,
    },
}

/// Splits participants into `count` groups (G1.., "Kelompok 1"..) with seats 1..n in roster order.
///
/// Guarantees, whatever the seed: sizes differ by at most one, and no unit has more than
/// ceil(unit size / groups) members in one group, so colleagues share a group only when unavoidable.
/// Within that, genders are evened out. The same participants and seed always give the same groups.
pub fn form_groups(
    participants: &[Participant],
    count: usize,
    seed: u64,
) -> Result<Vec<Group>, GroupingError> {
    let n = participants.len();
    if count == 0 {
        return Err(GroupingError::NoGroups);
    }
    if count > n {
        return Err(GroupingError::TooManyGroups {
            groups: count,
            participants: n,
        });
    }
    let max = usize::from(MAX_SEATS);
    if n.div_ceil(count) > max {
        return Err(GroupingError::TooLarge {
            groups: count,
            participants: n,
            size: n.div_ceil(count),
            needed: n.div_ceil(max),
        });
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let units = units_of(participants);
    let mut order: Vec<Vec<usize>> = units.members.clone();
    for members in &mut order {
        members.shuffle(&mut rng);
    }
    order.shuffle(&mut rng);
    // Dealing units one after another round the table puts a unit of u people into u consecutive
    // groups (cyclically): each group gets floor or ceil(u / count) of them, and sizes stay even,
    // the larger groups first.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (k, p) in order.iter().flatten().enumerate() {
        members[k % count].push(*p);
    }
    even_out_genders(&mut members, participants, &units, count);
    Ok(members
        .into_iter()
        .enumerate()
        .map(|(g, mut ps)| {
            ps.sort_unstable();
            Group {
                id: format!("G{}", g + 1),
                name: format!("Kelompok {}", g + 1),
                seats: ps
                    .iter()
                    .zip(1u8..)
                    .map(|(p, seat)| (seat, participants[*p].id.clone()))
                    .collect(),
                output: String::new(),
            }
        })
        .collect())
}

/// Participants grouped by unit; people with no unit each count as a unit of their own.
struct Units {
    /// Members of each unit, in roster order.
    members: Vec<Vec<usize>>,
    /// The unit index of each participant.
    of: Vec<usize>,
}

fn units_of(participants: &[Participant]) -> Units {
    let mut keys: Vec<String> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut of = Vec::with_capacity(participants.len());
    for (i, p) in participants.iter().enumerate() {
        let key = unit_key(&p.unit);
        let found = if key.is_empty() {
            None
        } else {
            keys.iter().position(|k| *k == key)
        };
        let u = found.unwrap_or_else(|| {
            keys.push(key);
            members.push(Vec::new());
            members.len() - 1
        });
        members[u].push(i);
        of.push(u);
    }
    Units { members, of }
}

/// Swaps a man and a woman between groups whose counts of men differ by two or more, but only where
/// the swap keeps every unit within its limit. Each swap lowers the sum of squared counts, so it ends.
fn even_out_genders(
    members: &mut [Vec<usize>],
    participants: &[Participant],
    units: &Units,
    count: usize,
) {
    let cap: Vec<usize> = units
        .members
        .iter()
        .map(|m| m.len().div_ceil(count))
        .collect();
    let is = |p: usize, g: Gender| participants[p].gender == Some(g);
    let men = |ms: &[usize]| ms.iter().filter(|p| is(**p, Gender::L)).count();
    let in_group = |ms: &[usize], u: usize| ms.iter().filter(|p| units.of[**p] == u).count();
    loop {
        let mut swapped = false;
        for a in 0..count {
            for b in 0..count {
                if men(&members[a]) < men(&members[b]) + 2 {
                    continue;
                }
                let found = members[a].iter().enumerate().find_map(|(i, &x)| {
                    if !is(x, Gender::L) {
                        return None;
                    }
                    members[b].iter().enumerate().find_map(|(j, &y)| {
                        let (ux, uy) = (units.of[x], units.of[y]);
                        let fits = ux == uy
                            || (in_group(&members[b], ux) < cap[ux]
                                && in_group(&members[a], uy) < cap[uy]);
                        (is(y, Gender::P) && fits).then_some((i, j))
                    })
                });
                if let Some((i, j)) = found {
                    let x = members[a][i];
                    members[a][i] = members[b][j];
                    members[b][j] = x;
                    swapped = true;
                }
            }
        }
        if !swapped {
            return;
        }
    }
}
