//! Lists of a day that grow one item at a time for hours.

/// Pushes onto a list that grows by one at a time for a whole day: an eighth more room when full
/// instead of twice as much, so a long day's lists (turns, undo steps, the acts' shared boxes)
/// keep an eighth spare, not as much again; the app holds two copies of each list, the
/// session's and the writer's.
pub(crate) fn push_sparingly<T>(list: &mut Vec<T>, item: T) {
    if list.len() == list.capacity() {
        list.reserve_exact(list.len() / 8 + 64);
    }
    list.push(item);
}

#[cfg(test)]
mod tests {
    use super::push_sparingly;

    #[test]
    fn a_full_list_of_twenty_thousand_grows_by_an_eighth_not_by_double() {
        let mut list: Vec<u64> = (0..20_000).collect();
        list.shrink_to_fit();
        push_sparingly(&mut list, 1);
        assert_eq!(list.len(), 20_001);
        assert!(
            list.capacity() <= 20_000 + 2_500 + 64,
            "{}",
            list.capacity()
        );
        let mut small = Vec::new();
        for i in 0..1_000 {
            push_sparingly(&mut small, i);
        }
        assert_eq!(small, (0..1_000).collect::<Vec<_>>());
    }
}
