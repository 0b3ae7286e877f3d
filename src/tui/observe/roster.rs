//! The roster's rows: everyone in the event with their group, seat and observers, filtered and sorted.

use deunicode::deunicode;

use super::action::Action;
use crate::model::Event;
use crate::text::observe::T;

/// A sortable roster column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Participant id.
    Id,
    /// Name.
    Name,
    /// Position.
    Position,
    /// Work unit.
    Unit,
    /// Group, then seat.
    Group,
    /// Observers.
    Observers,
}

impl Column {
    /// Columns in display order.
    pub const ALL: [Column; 6] = [
        Column::Id,
        Column::Name,
        Column::Position,
        Column::Unit,
        Column::Group,
        Column::Observers,
    ];

    /// The column heading.
    pub fn title(self) -> T {
        match self {
            Column::Id => T::ColId,
            Column::Name => T::ColName,
            Column::Position => T::ColPosition,
            Column::Unit => T::ColUnit,
            Column::Group => T::ColGroup,
            Column::Observers => T::ColObservers,
        }
    }
}

/// One participant's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into `event.participants`.
    pub participant: usize,
    /// Group id, if seated.
    pub group: Option<String>,
    /// Seat in the group.
    pub seat: Option<u8>,
    /// Observer ids covering them.
    pub observers: Vec<String>,
    folded: String,
}

/// The roster's state: rows, filter, sort and selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Roster {
    rows: Vec<Row>,
    /// Indices into the rows, filtered and sorted, as shown.
    pub view: Vec<usize>,
    /// The filter text.
    pub filter: String,
    /// The sort column.
    pub sort: Column,
    /// Whether the order is reversed.
    pub descending: bool,
    /// Selected position in `view`.
    pub selected: usize,
}

/// Lower case without accents, so "Nurul Hidayah" matches "nurul" and "Sétiawan" matches "setiawan".
pub fn fold(s: &str) -> String {
    deunicode(s).to_lowercase()
}

impl Roster {
    /// Builds the rows once from the event.
    pub fn new(event: &Event) -> Roster {
        let rows = rows_of(event);
        let mut roster = Roster {
            rows,
            view: Vec::new(),
            filter: String::new(),
            sort: Column::Group,
            descending: false,
            selected: 0,
        };
        roster.refresh(event);
        roster
    }

    /// Builds the rows again after the event changed, keeping filter and sort; selects `focus`
    /// (a participant id) when it is shown, else keeps the selection's place.
    pub fn rebuild(&mut self, event: &Event, focus: Option<&str>) {
        self.rows = rows_of(event);
        self.refresh(event);
        let at = focus.and_then(|id| {
            self.view
                .iter()
                .position(|&i| event.participants[self.rows[i].participant].id == id)
        });
        if let Some(pos) = at {
            self.selected = pos;
        }
    }

    /// Reapplies the filter and sort, keeping the selection in range.
    pub fn refresh(&mut self, event: &Event) {
        let words: Vec<String> = fold(&self.filter)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        self.view = (0..self.rows.len())
            .filter(|&i| {
                words
                    .iter()
                    .all(|w| self.rows[i].folded.contains(w.as_str()))
            })
            .collect();
        let rows = &self.rows;
        let key = |i: usize| -> (String, u8) {
            let r = &rows[i];
            let p = &event.participants[r.participant];
            match self.sort {
                Column::Id => (p.id.clone(), 0),
                Column::Name => (fold(&p.name), 0),
                Column::Position => (fold(&p.position), 0),
                Column::Unit => (fold(&p.unit), 0),
                Column::Group => (
                    r.group.clone().unwrap_or_else(|| "~".into()),
                    r.seat.unwrap_or(u8::MAX),
                ),
                Column::Observers => (r.observers.join(" "), 0),
            }
        };
        self.view.sort_by_cached_key(|&i| key(i));
        if self.descending {
            self.view.reverse();
        }
        self.selected = self.selected.min(self.view.len().saturating_sub(1));
    }

    /// Sorts by the next column, ascending.
    pub fn sort_next(&mut self, event: &Event) {
        let i = Column::ALL.iter().position(|c| *c == self.sort);
        self.sort = Column::ALL[i.map_or(0, |i| (i + 1) % Column::ALL.len())];
        self.descending = false;
        self.refresh(event);
    }

    /// Reverses the order.
    pub fn reverse(&mut self, event: &Event) {
        self.descending = !self.descending;
        self.refresh(event);
    }

    /// Clears the filter.
    pub fn clear_filter(&mut self, event: &Event) {
        self.filter.clear();
        self.refresh(event);
    }

    /// A character typed into the filter; the selection goes back to the first row.
    pub fn type_char(&mut self, c: char, event: &Event) {
        self.filter.push(c);
        self.selected = 0;
        self.refresh(event);
    }

    /// Types a whole pasted string into the filter, filtering once.
    pub fn type_str(&mut self, text: &str, event: &Event) {
        self.filter.push_str(text);
        self.selected = 0;
        self.refresh(event);
    }

    /// Erases the filter's last character.
    pub fn erase(&mut self, event: &Event) {
        self.filter.pop();
        self.refresh(event);
    }

    /// Moves the selection by `delta` rows, staying in range.
    pub fn move_by(&mut self, delta: i32) {
        let last = self.view.len().saturating_sub(1) as i64;
        self.selected = (self.selected as i64 + i64::from(delta)).clamp(0, last.max(0)) as usize;
    }

    /// The row under the selection.
    pub fn selected_row(&self) -> Option<&Row> {
        self.view.get(self.selected).map(|&i| &self.rows[i])
    }

    /// The row at a position of the view.
    pub fn row(&self, pos: usize) -> Option<&Row> {
        self.view.get(pos).map(|&i| &self.rows[i])
    }

    /// All participants, filtered or not.
    pub fn total(&self) -> usize {
        self.rows.len()
    }
}

/// One row per participant: group, seat, observers, and the text the filter searches.
fn rows_of(event: &Event) -> Vec<Row> {
    event
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let group = event.group_of(&p.id);
            let observers: Vec<String> = event.observers_of(&p.id).map(|o| o.id.clone()).collect();
            let folded = fold(&format!(
                "{} {} {} {} {} {} {}",
                p.id,
                p.name,
                p.position,
                p.unit,
                group.map_or("", |g| g.id.as_str()),
                group.map_or("", |g| g.name.as_str()),
                observers.join(" ")
            ));
            Row {
                participant: i,
                group: group.map(|g| g.id.clone()),
                seat: group.and_then(|g| g.seat_of(&p.id)),
                observers,
                folded,
            }
        })
        .collect()
}

/// An app's overlay (what sits over it and takes the keys) that can be the roster filter being
/// typed.
pub trait FilterOverlay: Default {
    /// Typing the roster filter.
    fn filter() -> Self;
}

impl Roster {
    /// Sorts or filters the table as a roster key asks, opening the filter over it in `overlay` or
    /// closing it; the observer and the roster editor answer these keys alike. `false` when `key`
    /// is none of the table's, for the app to answer.
    pub fn on_key<O: FilterOverlay>(
        &mut self,
        key: &Action,
        event: &Event,
        overlay: &mut O,
    ) -> bool {
        match key {
            Action::BeginFilter => *overlay = O::filter(),
            Action::SortNext => self.sort_next(event),
            Action::SortReverse => self.reverse(event),
            Action::ClearFilter => {
                self.clear_filter(event);
                *overlay = O::default();
            }
            _ => return false,
        }
        true
    }
}
