//! Conflict rules of the agenda. Errors break a hard rule (the scheduler
//! never produces them); warnings are worth a look but may stand.
//!
//! - Two sessions in one room at once, beyond what the room hosts in parallel.
//! - A session that does not fit its slot: it starts before the day's grid,
//!   runs past its end, or runs into a break or plenary covering its room.
//! - The same person (by identity, not by name) in two overlapping sessions.
//! - A person with too little time between sessions in different buildings.
//! - A person placed at a time they declared they cannot attend.
//! - A room with fewer seats than the expected audience.
//! - A panel with remote speakers in a room without hybrid equipment.
//! - More sessions at once than the venue's limit (warning).
//! - Two sessions of the same main Action Line at once (warning).

use super::{Board, Placement, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How serious a conflict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Breaks a hard rule.
    Error,
    /// Worth a look.
    Warning,
}

/// One broken rule, naming the sessions involved (proposal ids).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflict {
    /// More sessions in `room` at once than it hosts.
    RoomOverlap { room: i64, sessions: Vec<i64> },
    /// The session does not fit its slot in `room`.
    Overrun { session: i64, room: i64 },
    /// `person` is in both sessions at once.
    PersonOverlap { person: String, sessions: [i64; 2] },
    /// `person` has `gap` minutes to change buildings between the sessions.
    Travel {
        person: String,
        sessions: [i64; 2],
        gap: u16,
    },
    /// `person` declared they cannot attend at that time.
    Unavailable { person: String, session: i64 },
    /// The room seats fewer than the expected audience.
    Capacity {
        session: i64,
        room: i64,
        audience: u32,
        capacity: u32,
    },
    /// Remote speakers in a room without hybrid equipment.
    NoHybrid { session: i64, room: i64 },
    /// `count` sessions run at once, above the venue's limit.
    Parallel { sessions: Vec<i64>, count: u16 },
    /// Two sessions of main Action Line `line` at once.
    SameLine { line: String, sessions: [i64; 2] },
}

impl Conflict {
    /// Error or warning.
    pub fn severity(&self) -> Severity {
        match self {
            Conflict::Parallel { .. } | Conflict::SameLine { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// Stable code (message key suffix and CSS hook).
    pub fn code(&self) -> &'static str {
        match self {
            Conflict::RoomOverlap { .. } => "room-overlap",
            Conflict::Overrun { .. } => "overrun",
            Conflict::PersonOverlap { .. } => "person-overlap",
            Conflict::Travel { .. } => "travel",
            Conflict::Unavailable { .. } => "unavailable",
            Conflict::Capacity { .. } => "capacity",
            Conflict::NoHybrid { .. } => "no-hybrid",
            Conflict::Parallel { .. } => "parallel",
            Conflict::SameLine { .. } => "same-line",
        }
    }

    /// The sessions involved.
    pub fn sessions(&self) -> Vec<i64> {
        match self {
            Conflict::RoomOverlap { sessions, .. } | Conflict::Parallel { sessions, .. } => {
                sessions.clone()
            }
            Conflict::PersonOverlap { sessions, .. }
            | Conflict::Travel { sessions, .. }
            | Conflict::SameLine { sessions, .. } => sessions.to_vec(),
            Conflict::Overrun { session, .. }
            | Conflict::Unavailable { session, .. }
            | Conflict::Capacity { session, .. }
            | Conflict::NoHybrid { session, .. } => vec![*session],
        }
    }
}

/// Whether `span` fits the grid in `room`: within the day's hours, on one of
/// the forum's days, and clear of breaks and plenaries covering the room.
pub fn fits(board: &Board, room: i64, span: &Span) -> bool {
    board.days.contains(&span.day)
        && span.start >= board.day_start
        && span.end <= board.day_end
        && span.start < span.end
        && !board
            .blocks
            .iter()
            .any(|b| b.covers(room) && b.span.overlaps(span))
}

/// Every conflict on the board, errors first, in a stable order.
pub fn find_conflicts(board: &Board) -> Vec<Conflict> {
    let mut out = Vec::new();
    let sessions: HashMap<i64, &super::Session> =
        board.sessions.iter().map(|s| (s.id, s)).collect();
    let rooms: HashMap<i64, &super::Room> = board.rooms.iter().map(|r| (r.id, r)).collect();
    let mut placed: Vec<&Placement> = board
        .placements
        .iter()
        .filter(|p| sessions.contains_key(&p.session))
        .collect();
    placed.sort_by_key(|p| (p.span.day, p.span.start, p.room, p.session));

    for p in &placed {
        let s = sessions[&p.session];
        let Some(room) = rooms.get(&p.room) else {
            out.push(Conflict::Overrun {
                session: s.id,
                room: p.room,
            });
            continue;
        };
        if !fits(board, p.room, &p.span) || p.span.minutes() < s.minutes {
            out.push(Conflict::Overrun {
                session: s.id,
                room: p.room,
            });
        }
        if s.audience > room.capacity {
            out.push(Conflict::Capacity {
                session: s.id,
                room: room.id,
                audience: s.audience,
                capacity: room.capacity,
            });
        }
        if s.remote && !room.hybrid {
            out.push(Conflict::NoHybrid {
                session: s.id,
                room: room.id,
            });
        }
        for u in &board.unavailable {
            if u.span.overlaps(&p.span)
                && let Some(person) = s.people.iter().find(|x| x.key == u.person)
            {
                out.push(Conflict::Unavailable {
                    person: person.name.clone(),
                    session: s.id,
                });
            }
        }
    }

    room_overlaps(board, &placed, &rooms, &mut out);
    pair_rules(board, &placed, &sessions, &rooms, &mut out);
    parallel_limit(board, &placed, &mut out);
    out.sort_by_key(|c| c.severity());
    out
}

/// Rooms holding more sessions at once than they host.
fn room_overlaps(
    _board: &Board,
    placed: &[&Placement],
    rooms: &HashMap<i64, &super::Room>,
    out: &mut Vec<Conflict>,
) {
    let mut by_room: HashMap<i64, Vec<&Placement>> = HashMap::new();
    for p in placed {
        by_room.entry(p.room).or_default().push(p);
    }
    let mut ids: Vec<i64> = by_room.keys().copied().collect();
    ids.sort_unstable();
    for room in ids {
        let list = &by_room[&room];
        let limit = rooms.get(&room).map(|r| r.parallel.max(1)).unwrap_or(1) as usize;
        // Report each maximal group once: at every session start, the
        // sessions running then; a group already reported is skipped.
        let mut reported: Vec<Vec<i64>> = Vec::new();
        for p in list {
            let mut group: Vec<i64> = list
                .iter()
                .filter(|q| {
                    q.span.day == p.span.day
                        && q.span.start <= p.span.start
                        && p.span.start < q.span.end
                })
                .map(|q| q.session)
                .collect();
            if group.len() > limit {
                group.sort_unstable();
                if !reported.iter().any(|r| group.iter().all(|g| r.contains(g))) {
                    reported.push(group.clone());
                    out.push(Conflict::RoomOverlap {
                        room,
                        sessions: group,
                    });
                }
            }
        }
    }
}

/// Rules between two sessions: shared people, travel time, same line.
fn pair_rules(
    board: &Board,
    placed: &[&Placement],
    sessions: &HashMap<i64, &super::Session>,
    rooms: &HashMap<i64, &super::Room>,
    out: &mut Vec<Conflict>,
) {
    let building = |room: i64| rooms.get(&room).map(|r| r.building.as_str()).unwrap_or("");
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            if b.span.day != a.span.day {
                break;
            }
            let far = b.span.start >= a.span.end.saturating_add(board.travel_minutes.max(1));
            if far && b.span.start >= a.span.end {
                continue;
            }
            let (sa, sb) = (sessions[&a.session], sessions[&b.session]);
            let overlap = a.span.overlaps(&b.span);
            for person in &sa.people {
                if !sb.people.iter().any(|q| q.key == person.key) {
                    continue;
                }
                let pair = [a.session, b.session];
                if overlap {
                    out.push(Conflict::PersonOverlap {
                        person: person.name.clone(),
                        sessions: pair,
                    });
                } else if let Some(gap) = a.span.gap_to(&b.span)
                    && building(a.room) != building(b.room)
                    && gap < board.travel_minutes
                {
                    out.push(Conflict::Travel {
                        person: person.name.clone(),
                        sessions: pair,
                        gap,
                    });
                }
            }
            if overlap
                && let (Some(la), Some(lb)) = (sa.lines.first(), sb.lines.first())
                && la == lb
            {
                out.push(Conflict::SameLine {
                    line: la.clone(),
                    sessions: [a.session, b.session],
                });
            }
        }
    }
}

/// Moments where more sessions run than the venue's limit. Stands in a
/// multi-session room (an exhibition area) do not count.
fn parallel_limit(board: &Board, placed: &[&Placement], out: &mut Vec<Conflict>) {
    if board.max_parallel == 0 {
        return;
    }
    let single = |room: i64| board.room(room).is_none_or(|r| r.parallel <= 1);
    let placed: Vec<&Placement> = placed.iter().copied().filter(|p| single(p.room)).collect();
    let mut last: Option<Vec<i64>> = None;
    for p in &placed {
        let running: Vec<i64> = placed
            .iter()
            .filter(|q| {
                q.span.day == p.span.day
                    && q.span.start <= p.span.start
                    && p.span.start < q.span.end
            })
            .map(|q| q.session)
            .collect();
        if running.len() > board.max_parallel as usize {
            let mut group = running;
            group.sort_unstable();
            if last
                .as_ref()
                .is_none_or(|l| !group.iter().all(|g| l.contains(g)))
            {
                out.push(Conflict::Parallel {
                    count: group.len() as u16,
                    sessions: group.clone(),
                });
                last = Some(group);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::{Block, BlockKind, Person, Room, Session, Unavailability};
    use time::macros::date;

    const DAY: time::Date = date!(2027 - 05 - 04);

    fn room(id: i64, building: &str, capacity: u32, hybrid: bool, parallel: u16) -> Room {
        Room {
            id,
            name: format!("Room {id}"),
            building: building.into(),
            capacity,
            hybrid,
            parallel,
        }
    }

    fn session(id: i64, people: &[&str], line: &str) -> Session {
        Session {
            id,
            code: format!("WF27-{id:04}"),
            title: format!("Session {id}"),
            minutes: 60,
            audience: 20,
            remote: false,
            people: people
                .iter()
                .map(|p| Person {
                    key: format!("{p}@example.org"),
                    name: p.to_string(),
                })
                .collect(),
            lines: vec![line.into()],
        }
    }

    fn at(session: i64, room: i64, start: u16) -> Placement {
        Placement {
            session,
            room,
            span: Span {
                day: DAY,
                start,
                end: start + 60,
            },
        }
    }

    fn board(sessions: Vec<Session>, placements: Vec<Placement>) -> Board {
        Board {
            days: vec![DAY],
            day_start: 540,
            day_end: 1080,
            step: 15,
            travel_minutes: 15,
            max_parallel: 0,
            rooms: vec![
                room(1, "CICG", 100, true, 1),
                room(2, "CICG", 30, false, 1),
                room(3, "ITU Tower", 100, true, 3),
            ],
            blocks: vec![],
            sessions,
            placements,
            unavailable: vec![],
        }
    }

    fn codes(b: &Board) -> Vec<&'static str> {
        find_conflicts(b).iter().map(|c| c.code()).collect()
    }

    #[test]
    fn a_clean_board_has_no_conflicts() {
        let b = board(
            vec![session(1, &["ana"], "C1"), session(2, &["ben"], "C2")],
            vec![at(1, 1, 540), at(2, 1, 600)],
        );
        assert!(find_conflicts(&b).is_empty());
    }

    #[test]
    fn two_sessions_in_one_room_at_once_collide_unless_the_room_hosts_several() {
        let b = board(
            vec![session(1, &["ana"], "C1"), session(2, &["ben"], "C2")],
            vec![at(1, 1, 540), at(2, 1, 570)],
        );
        assert_eq!(codes(&b), ["room-overlap"]);
        let b = board(b.sessions.clone(), vec![at(1, 3, 540), at(2, 3, 570)]);
        assert!(
            find_conflicts(&b).is_empty(),
            "room 3 hosts three stands at once"
        );
    }

    #[test]
    fn the_same_person_in_overlapping_sessions_is_found_by_identity_not_name() {
        let mut s2 = session(2, &["ana"], "C2");
        s2.people[0].name = "Ana María".into();
        let b = board(
            vec![session(1, &["ana"], "C1"), s2],
            vec![at(1, 1, 540), at(2, 3, 570)],
        );
        assert_eq!(codes(&b), ["person-overlap"]);
        let mut s3 = session(3, &["bob"], "C3");
        s3.people[0].name = "ana".into();
        let b = board(
            vec![session(1, &["ana"], "C1"), s3],
            vec![at(1, 1, 540), at(3, 3, 570)],
        );
        assert!(find_conflicts(&b).is_empty(), "same name, different person");
    }

    #[test]
    fn back_to_back_sessions_in_different_buildings_leave_no_time_to_move() {
        let b = board(
            vec![session(1, &["ana"], "C1"), session(2, &["ana"], "C2")],
            vec![at(1, 1, 540), at(2, 3, 600)],
        );
        assert_eq!(codes(&b), ["travel"]);
        let b = board(b.sessions.clone(), vec![at(1, 1, 540), at(2, 3, 615)]);
        assert!(find_conflicts(&b).is_empty(), "fifteen minutes is enough");
        let b = board(b.sessions.clone(), vec![at(1, 1, 540), at(2, 2, 600)]);
        assert!(find_conflicts(&b).is_empty(), "same building");
    }

    #[test]
    fn a_session_running_into_a_break_or_past_the_day_does_not_fit() {
        let mut b = board(vec![session(1, &["ana"], "C1")], vec![at(1, 1, 1050)]);
        assert_eq!(codes(&b), ["overrun"]);
        b.placements = vec![at(1, 1, 720)];
        b.blocks = vec![Block {
            id: 1,
            kind: BlockKind::Break,
            title: "Lunch".into(),
            span: Span {
                day: DAY,
                start: 750,
                end: 810,
            },
            rooms: vec![],
        }];
        assert_eq!(codes(&b), ["overrun"]);
        b.blocks[0].rooms = vec![2];
        assert!(
            find_conflicts(&b).is_empty(),
            "the break covers another room only"
        );
        b.placements = vec![Placement {
            session: 1,
            room: 1,
            span: Span {
                day: DAY,
                start: 540,
                end: 570,
            },
        }];
        assert_eq!(codes(&b), ["overrun"], "shorter than the format asks");
    }

    #[test]
    fn small_rooms_remote_panels_and_unavailable_people_are_errors() {
        let mut s = session(1, &["ana"], "C1");
        s.audience = 80;
        s.remote = true;
        let mut b = board(vec![s], vec![at(1, 2, 540)]);
        b.unavailable = vec![Unavailability {
            person: "ana@example.org".into(),
            span: Span {
                day: DAY,
                start: 500,
                end: 560,
            },
        }];
        let mut c = codes(&b);
        c.sort_unstable();
        assert_eq!(c, ["capacity", "no-hybrid", "unavailable"]);
    }

    #[test]
    fn parallel_sessions_of_one_action_line_and_too_many_at_once_are_warnings() {
        let mut b = board(
            vec![session(1, &["ana"], "C7"), session(2, &["ben"], "C7")],
            vec![at(1, 1, 540), at(2, 2, 540)],
        );
        b.max_parallel = 1;
        let found = find_conflicts(&b);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|c| c.severity() == Severity::Warning));
    }
}
