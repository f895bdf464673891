//! The agenda: rooms, a time grid over the forum's days, breaks and plenaries
//! that span rooms, and sessions placed on the grid. Everything here is pure:
//! conflict rules ([`conflicts`]), the automatic scheduler ([`scheduler`]) and
//! the exports of a released programme ([`exports`]) take plain values and
//! are unit-tested beside the code. Times are minutes after midnight, Geneva
//! wall-clock time, on a calendar date.

pub mod conflicts;
pub mod exports;
mod now;
mod programme;
pub mod scheduler;
mod speakers;

pub use now::{ForumMoment, RoomNow};
pub use programme::{
    BlockKind, Programme, ProgrammeBlock, ProgrammeEdition, ProgrammeOrganization, ProgrammePerson,
    ProgrammeRoom, ProgrammeSession, ThemeRef,
};
pub use speakers::{SpeakerEntry, SpeakerFilter};

use serde::{Deserialize, Serialize};
use time::Date;

/// A span of one day, in minutes after midnight (Geneva time), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// The calendar day.
    pub day: Date,
    /// First minute.
    pub start: u16,
    /// First minute after the span.
    pub end: u16,
}

impl Span {
    /// Whether the two spans share at least one minute.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.day == other.day && self.start < other.end && other.start < self.end
    }

    /// Length in minutes.
    pub fn minutes(&self) -> u16 {
        self.end.saturating_sub(self.start)
    }

    /// Minutes between the end of the earlier span and the start of the
    /// later one on the same day (`None` on different days or when they overlap).
    pub fn gap_to(&self, other: &Span) -> Option<u16> {
        if self.day != other.day || self.overlaps(other) {
            return None;
        }
        Some(if self.end <= other.start {
            other.start - self.end
        } else {
            self.start - other.end
        })
    }
}

/// `HH:MM` of a minute after midnight.
pub fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Reads `HH:MM` (24-hour) into minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && !text.trim().starts_with('+')).then_some(h * 60 + m)
}

/// A room of the venue, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    /// Database id.
    pub id: i64,
    /// Display name.
    pub name: String,
    /// Building (moving between buildings takes time).
    pub building: String,
    /// Seats.
    pub capacity: u32,
    /// Whether remote speakers can take part (cameras, screens, sound).
    pub hybrid: bool,
    /// How many sessions it hosts at once (1 for a meeting room, more for
    /// an exhibition area with several stands).
    pub parallel: u16,
}

/// A break or plenary: no other session may run in the rooms it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Database id.
    pub id: i64,
    /// Break or plenary.
    pub kind: BlockKind,
    /// Shown on the grid.
    pub title: String,
    /// When.
    pub span: Span,
    /// Rooms it covers; empty means every room.
    pub rooms: Vec<i64>,
}

impl Block {
    /// Whether the block covers `room`.
    pub fn covers(&self, room: i64) -> bool {
        self.rooms.is_empty() || self.rooms.contains(&room)
    }
}

/// A session to schedule: what the rules need to know about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Proposal id.
    pub id: i64,
    /// Public code, e.g. `WF27-0012`.
    pub code: String,
    /// Title (for messages).
    pub title: String,
    /// Length its format asks for, in minutes.
    pub minutes: u16,
    /// Expected audience (0 when unknown).
    pub audience: u32,
    /// Whether any panelist takes part remotely.
    pub remote: bool,
    /// Its moderator and speakers.
    pub people: Vec<Person>,
    /// Action Line codes, main line first.
    pub lines: Vec<String>,
}

/// Someone on a panel. The same person on two panels is found by identity
/// (the e-mail address), never by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Identity: the lower-case e-mail address.
    pub key: String,
    /// Name, for messages to organizers.
    pub name: String,
}

/// A session on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// Proposal id of the session.
    pub session: i64,
    /// Room id.
    pub room: i64,
    /// When.
    pub span: Span,
}

/// A time a person cannot attend (declared to the organizers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unavailability {
    /// Person identity (lower-case e-mail address).
    pub person: String,
    /// When.
    pub span: Span,
}

/// The whole planning problem: the grid, what is placed, what constrains it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// The forum's days, in order.
    pub days: Vec<Date>,
    /// First minute of a day's grid.
    pub day_start: u16,
    /// First minute after a day's grid.
    pub day_end: u16,
    /// Grid step in minutes (sessions start on the step).
    pub step: u16,
    /// Minutes people need to change buildings.
    pub travel_minutes: u16,
    /// Most sessions that may run at once across the venue (0: no limit).
    pub max_parallel: u16,
    /// Rooms in display order.
    pub rooms: Vec<Room>,
    /// Breaks and plenaries.
    pub blocks: Vec<Block>,
    /// Every session that can be placed (accepted and not withdrawn).
    pub sessions: Vec<Session>,
    /// Sessions on the grid.
    pub placements: Vec<Placement>,
    /// Declared unavailability of people.
    pub unavailable: Vec<Unavailability>,
}

impl Board {
    /// The room with `id`.
    pub fn room(&self, id: i64) -> Option<&Room> {
        self.rooms.iter().find(|r| r.id == id)
    }

    /// The session with `id`.
    pub fn session(&self, id: i64) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// Start minutes of the grid's rows.
    pub fn rows(&self) -> Vec<u16> {
        let step = self.step.max(5);
        (self.day_start..self.day_end)
            .step_by(step as usize)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn spans_overlap_only_when_they_share_a_minute_on_the_same_day() {
        let a = Span {
            day: date!(2027 - 05 - 04),
            start: 540,
            end: 600,
        };
        let b = Span {
            start: 600,
            end: 660,
            ..a
        };
        let c = Span {
            start: 599,
            end: 660,
            ..a
        };
        let d = Span {
            day: date!(2027 - 05 - 05),
            ..a
        };
        assert!(!a.overlaps(&b));
        assert!(a.overlaps(&c));
        assert!(!a.overlaps(&d));
        assert_eq!(a.gap_to(&b), Some(0));
        assert_eq!(b.gap_to(&a), Some(0));
        assert_eq!(a.gap_to(&c), None);
    }

    #[test]
    fn clock_times_read_and_print_in_24_hour_form() {
        assert_eq!(parse_clock("09:30"), Some(570));
        assert_eq!(parse_clock(" 23:59 "), Some(1439));
        assert_eq!(parse_clock("24:00"), None);
        assert_eq!(parse_clock("9h30"), None);
        assert_eq!(clock(570), "09:30");
    }
}
