//! The worked example of docs/consolidation.md ("Act matching"), checked against the values
//! computed there by hand.

use lgd_observer::consolidate::{MatchProcedure, TimedAct, match_streams, pair_figures};

fn act(participant: &'static str, code: &'static str, t: f64) -> TimedAct<&'static str> {
    TimedAct {
        participant,
        code,
        t,
    }
}

fn streams() -> (Vec<TimedAct<&'static str>>, Vec<TimedAct<&'static str>>) {
    let a = vec![
        act("P1", "IN", 10.0),
        act("P1", "SU", 12.0),
        act("P2", "IN", 20.0),
        act("P2", "KR", 30.0),
        act("P1", "SU", 40.0),
    ];
    let b = vec![
        act("P1", "SU", 10.5),
        act("P1", "IN", 12.5),
        act("P2", "IN", 21.0),
        act("P2", "SU", 31.0),
        act("P3", "IN", 50.0),
    ];
    (a, b)
}

#[test]
fn same_code_first_pairs_and_counts_unmatched_acts_as_the_docs_compute() {
    let (a, b) = streams();
    let pairs = match_streams(&a, &b, 3.0, MatchProcedure::SameCodeFirst);
    // Pass 1: A1-B0 (SU, 1.5 s), A2-B2 (IN, 1 s), A0-B1 (IN, 2.5 s). Pass 2: A3-B3 (KR/SU).
    assert_eq!(pairs, vec![(0, 1), (1, 0), (2, 2), (3, 3)]);
    let f = pair_figures(&a, &b, &pairs);
    assert_eq!(f.same_code, 3);
    // 3 agreements over 4 pairs + 1 act only A coded + 1 act only B coded.
    assert_eq!(f.percent_agreement, Some(3.0 / 6.0));
    // Matrix with "none": po = 3/6, pe = (2*3 + 2*2 + 1*0 + 1*1)/36 = 11/36, kappa = 7/25.
    let kappa = f.kappa.value.expect("kappa");
    assert!((kappa - 7.0 / 25.0).abs() < 1e-12, "{kappa}");
}

#[test]
fn time_only_pairs_the_closest_acts_whatever_their_code() {
    let (a, b) = streams();
    let pairs = match_streams(&a, &b, 3.0, MatchProcedure::TimeOnly);
    // A0-B0 and A1-B1 are 0.5 s apart with crossed codes, so both disagree.
    assert_eq!(pairs, vec![(0, 0), (1, 1), (2, 2), (3, 3)]);
    let f = pair_figures(&a, &b, &pairs);
    assert_eq!(f.same_code, 1);
    assert_eq!(f.percent_agreement, Some(1.0 / 6.0));
}
