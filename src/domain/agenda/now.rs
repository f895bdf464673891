//! Now and next: what each room holds at one moment of the Forum, for
//! phones in the corridors, lobby screens and the screen at a room's door.

use super::programme::{Programme, ProgrammeRoom, ProgrammeSession};
use time::{Date, OffsetDateTime};

/// One room at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomNow {
    /// The room.
    pub room: ProgrammeRoom,
    /// The session under way, if any.
    pub current: Option<ProgrammeSession>,
    /// The next session to start in the room later the same day.
    pub next: Option<ProgrammeSession>,
}

/// Where a moment falls in the Forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForumMoment {
    /// During one of the Forum's days, at this minute (programme time).
    During(Date, u16),
    /// Before the Forum day `0` (the next day with a programme).
    Before(Date),
    /// After the last day.
    Over,
}

impl Programme {
    /// Where `now` falls: on a Forum day, before the next one, or after the
    /// Forum.
    pub fn forum_moment(&self, now: OffsetDateTime) -> ForumMoment {
        let (today, minute) = self.local_time(now);
        if self.days.contains(&today) {
            ForumMoment::During(today, minute)
        } else {
            match self.days.iter().find(|d| **d > today) {
                Some(day) => ForumMoment::Before(*day),
                None => ForumMoment::Over,
            }
        }
    }

    /// Every room (or only the room `only`) at minute `minute` of `day`, in
    /// the programme's room order. A session is current from its first
    /// minute up to its end; the next one is the first to start after the
    /// moment.
    pub fn now_and_next(&self, day: Date, minute: u16, only: Option<i64>) -> Vec<RoomNow> {
        self.rooms
            .iter()
            .filter(|r| only.is_none_or(|id| r.id == id))
            .map(|room| {
                let today = || {
                    self.sessions
                        .iter()
                        .filter(move |s| s.room == room.id && s.span.day == day)
                };
                RoomNow {
                    room: room.clone(),
                    current: today()
                        .find(|s| s.span.start <= minute && minute < s.span.end)
                        .cloned(),
                    next: today()
                        .filter(|s| s.span.start > minute)
                        .min_by_key(|s| s.span.start)
                        .cloned(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::exports::fixture::programme;
    use time::macros::{date, datetime};

    fn codes(rooms: &[RoomNow]) -> Vec<(i64, Option<String>, Option<String>)> {
        rooms
            .iter()
            .map(|r| {
                (
                    r.room.id,
                    r.current.as_ref().map(|s| s.code.clone()),
                    r.next.as_ref().map(|s| s.code.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn each_room_shows_the_session_under_way_and_the_next_one() {
        let p = programme();
        let day = date!(2027 - 05 - 04);
        // 09:30: room 1 runs 09:00–10:30, room 2 09:00–10:00; nothing after
        // them that day in either.
        assert_eq!(
            codes(&p.now_and_next(day, 570, None)),
            vec![
                (1, Some("WF27-0012".into()), None),
                (2, Some("WF27-0020".into()), None),
                (3, None, None),
            ]
        );
        // The end minute belongs to no session; before the first, it is next.
        assert_eq!(
            codes(&p.now_and_next(day, 600, Some(2))),
            vec![(2, None, None)]
        );
        assert_eq!(
            codes(&p.now_and_next(day, 500, Some(1))),
            vec![(1, None, Some("WF27-0012".into()))]
        );
        // The next day's session is not "next" today.
        assert_eq!(
            codes(&p.now_and_next(date!(2027 - 05 - 05), 600, Some(2))),
            vec![(2, None, Some("WF27-0015".into()))]
        );
        assert!(p.now_and_next(day, 570, Some(99)).is_empty());
    }

    #[test]
    fn a_moment_is_during_before_or_after_the_forum_in_geneva_time() {
        let p = programme();
        // 07:30 UTC is 09:30 in Geneva in May.
        assert_eq!(
            p.forum_moment(datetime!(2027-05-04 07:30 UTC)),
            ForumMoment::During(date!(2027 - 05 - 04), 570)
        );
        assert_eq!(
            p.forum_moment(datetime!(2027-04-20 12:00 UTC)),
            ForumMoment::Before(date!(2027 - 05 - 04))
        );
        assert_eq!(
            p.forum_moment(datetime!(2027-05-08 12:00 UTC)),
            ForumMoment::Over
        );
    }
}
