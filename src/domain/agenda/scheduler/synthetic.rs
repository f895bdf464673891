//! A forum-shaped random planning problem, deterministic for a seed: for the
//! scheduler's benchmark and property tests.

use crate::domain::agenda::{Block, BlockKind, Board, Person, Room, Session, Span, Unavailability};
use time::{Date, Duration};

/// Small xorshift generator: deterministic and dependency-free.
struct Gen(u64);

impl Gen {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// `sessions` sessions to place on `rooms` rooms over `days` days from
/// `first`: 09:00–18:00 on a 15-minute grid, a lunch break in every room,
/// an opening plenary in the first two rooms, a shared pool of speakers (so
/// some people sit on several panels), remote panels, audiences up to the
/// biggest room, and a few people unavailable for a morning.
pub fn synthetic_board(
    seed: u64,
    sessions: usize,
    rooms: usize,
    days: usize,
    first: Date,
) -> Board {
    let mut g = Gen(seed | 1);
    let days: Vec<Date> = (0..days as i64)
        .map(|d| first + Duration::days(d))
        .collect();
    let rooms: Vec<Room> = (0..rooms)
        .map(|i| Room {
            id: i as i64 + 1,
            name: format!("Room {}", i + 1),
            building: if i % 3 == 2 {
                "ITU Tower".into()
            } else {
                "CICG".into()
            },
            capacity: [40, 60, 80, 120, 200, 400][i % 6],
            hybrid: i % 2 == 0,
            parallel: if i + 1 == rooms && rooms > 3 { 4 } else { 1 },
        })
        .collect();
    let mut blocks = Vec::new();
    for (d, day) in days.iter().enumerate() {
        blocks.push(Block {
            id: d as i64 * 2 + 1,
            kind: BlockKind::Break,
            title: "Lunch".into(),
            span: Span {
                day: *day,
                start: 750,
                end: 810,
            },
            rooms: vec![],
        });
    }
    if let Some(day) = days.first() {
        blocks.push(Block {
            id: 2,
            kind: BlockKind::Plenary,
            title: "Opening".into(),
            span: Span {
                day: *day,
                start: 540,
                end: 630,
            },
            rooms: rooms.iter().take(2).map(|r| r.id).collect(),
        });
    }
    let lines = [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11",
    ];
    let pool = (sessions * 3).max(4) as u64;
    let sessions: Vec<Session> = (0..sessions)
        .map(|i| {
            let n = 2 + g.next(4) as usize;
            let mut people: Vec<Person> = Vec::new();
            while people.len() < n {
                let k = g.next(pool);
                let key = format!("person{k}@example.org");
                if !people.iter().any(|p| p.key == key) {
                    people.push(Person {
                        name: format!("Person {k}"),
                        key,
                    });
                }
            }
            Session {
                id: i as i64 + 1,
                code: format!("WF27-{:04}", i + 1),
                title: format!("Session {}", i + 1),
                minutes: [45, 60, 60, 90][g.next(4) as usize],
                audience: [0, 30, 50, 80, 150][g.next(5) as usize],
                remote: g.next(4) == 0,
                people,
                lines: vec![lines[g.next(lines.len() as u64) as usize].to_string()],
            }
        })
        .collect();
    let unavailable = (0..(pool / 20))
        .filter_map(|k| {
            let day = *days.get(g.next(days.len() as u64) as usize)?;
            Some(Unavailability {
                person: format!("person{k}@example.org"),
                span: Span {
                    day,
                    start: 540,
                    end: 720,
                },
            })
        })
        .collect();
    Board {
        days,
        day_start: 540,
        day_end: 1080,
        step: 15,
        travel_minutes: 15,
        max_parallel: 9,
        rooms,
        blocks,
        sessions,
        placements: vec![],
        unavailable,
    }
}
