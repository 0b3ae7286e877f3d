//! Which key reaches which seat: the number row, left to right.

/// The seat keys in seat order: `1`-`9` and `0` for seats 1-10, then `-` and `=` (the keys after `0`) for 11 and 12.
pub const SEAT_KEYS: [char; 12] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '='];

/// The seat a key reaches, if it is a seat key.
pub fn seat_for_key(key: char) -> Option<u8> {
    SEAT_KEYS
        .iter()
        .position(|k| *k == key)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The key that reaches a seat (1-12).
pub fn key_for_seat(seat: u8) -> Option<char> {
    SEAT_KEYS.get(usize::from(seat).checked_sub(1)?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_row_reaches_twelve_seats_and_back() {
        assert_eq!(seat_for_key('1'), Some(1));
        assert_eq!(seat_for_key('0'), Some(10));
        assert_eq!(seat_for_key('-'), Some(11));
        assert_eq!(seat_for_key('='), Some(12));
        assert_eq!(seat_for_key('a'), None);
        for seat in 1..=12 {
            assert_eq!(key_for_seat(seat).and_then(seat_for_key), Some(seat));
        }
        assert_eq!(key_for_seat(0), None);
        assert_eq!(key_for_seat(13), None);
    }
}
