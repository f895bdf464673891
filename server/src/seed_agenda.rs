//! The agenda part of `portal seed-demo`: a venue (rooms in two buildings,
//! an exhibition area, a lunch break every day, an opening plenary), enough
//! accepted sessions, expected audiences, the automatic scheduler's plan
//! applied, and a first release. Everything goes through the services, as
//! an organizer would do it.

use portal::AppResult;
use portal::domain::review::Outcome;
use portal::services::{
    BlockForm, CurrentUser, EditionForm, OrganizerFilter, Portal, RequestMeta, RoomForm,
    UnavailableForm, local_input,
};

/// What to build.
#[derive(Debug, Clone, Copy)]
pub struct AgendaSize {
    /// Sessions to schedule (`None`: every accepted one).
    pub sessions: Option<u32>,
    /// Rooms.
    pub rooms: u32,
    /// Forum days (`None`: keep the edition's).
    pub days: Option<u32>,
}

const CAPACITIES: [&str; 6] = ["400", "200", "120", "80", "60", "40"];

/// Builds and releases the demo agenda; returns (sessions placed, release
/// number). Does nothing when a release exists already.
pub async fn seed_agenda(
    portal: &Portal,
    admin: &CurrentUser,
    size: AgendaSize,
    seed: u64,
    meta: &RequestMeta,
) -> AppResult<(usize, i64)> {
    if let Some(head) = portal.latest_release().await? {
        return Ok((0, head.number));
    }
    if let Some(days) = size.days {
        let e = portal.current_edition().await?;
        let form = EditionForm {
            title: e.title.clone(),
            venue: e.venue.clone(),
            starts_on: e.starts_on.to_string(),
            ends_on: (e.starts_on + time::Duration::days(i64::from(days.clamp(1, 14)) - 1))
                .to_string(),
            submissions_open: local_input(e.submissions_open_at),
            submissions_close: local_input(e.submissions_close_at),
            version: e.version,
        };
        portal.update_edition(admin, &form, meta).await?;
    }
    let data = portal.agenda_board(admin).await?;
    if data.rooms.is_empty() {
        let n = size.rooms.max(1);
        for i in 0..n {
            let exhibition = n > 3 && i + 1 == n;
            let form = RoomForm {
                name: if exhibition {
                    "Exhibition area".into()
                } else {
                    format!("Room {}", i + 1)
                },
                building: if i % 3 == 2 {
                    "ITU Tower".into()
                } else {
                    "CICG".into()
                },
                capacity: if exhibition {
                    "300".into()
                } else {
                    CAPACITIES[i as usize % CAPACITIES.len()].into()
                },
                hybrid: (i % 2 == 0).then(|| "on".into()),
                interpretation: if i < 2 {
                    "ar en es fr ru zh".into()
                } else {
                    String::new()
                },
                parallel: if exhibition { "4".into() } else { "1".into() },
                remote_url: if i % 2 == 0 {
                    format!("https://meet.demo.wsis.test/room-{}", i + 1)
                } else {
                    String::new()
                },
                version: 0,
            };
            portal.save_room(admin, 0, &form, meta).await?;
        }
        let data = portal.agenda_board(admin).await?;
        // Lunch in every meeting room; the exhibition stays open.
        let meeting_rooms: Vec<i64> = data
            .rooms
            .iter()
            .filter(|r| r.parallel <= 1)
            .map(|r| r.id)
            .collect();
        let lunch_rooms = if meeting_rooms.len() == data.rooms.len() {
            vec![]
        } else {
            meeting_rooms
        };
        for day in &data.board.days {
            let lunch = BlockForm {
                kind: "break".into(),
                title: "Lunch".into(),
                day: day.to_string(),
                start: "12:30".into(),
                end: "13:30".into(),
                rooms: lunch_rooms.clone(),
            };
            portal.add_block(admin, &lunch, meta).await?;
        }
        if let Some(first) = data.board.days.first() {
            let opening = BlockForm {
                kind: "plenary".into(),
                title: "Opening ceremony".into(),
                day: first.to_string(),
                start: "09:00".into(),
                end: "10:30".into(),
                rooms: data.rooms.iter().take(2).map(|r| r.id).collect(),
            };
            portal.add_block(admin, &opening, meta).await?;
        }
    }

    // Accept more proposals when the programme needs more sessions.
    if let Some(want) = size.sessions {
        let have = portal.agenda_board(admin).await?.sessions.len();
        if have < want as usize {
            let filter = OrganizerFilter {
                decision: "none".into(),
                ..Default::default()
            };
            let mut codes = Vec::new();
            let mut page = 1;
            loop {
                let f = OrganizerFilter {
                    page: Some(page),
                    ..filter.clone()
                };
                let (rows, total) = portal.organizer_proposals(admin, &f).await?;
                let done = rows.is_empty();
                codes.extend(
                    rows.into_iter()
                        .filter(|r| r.status == "submitted")
                        .map(|r| r.code),
                );
                if done || codes.len() >= total || codes.len() >= want as usize - have {
                    break;
                }
                page += 1;
            }
            codes.truncate(want as usize - have);
            if !codes.is_empty() {
                portal
                    .decide(admin, &codes, Outcome::Accept.code(), "", meta)
                    .await?;
                portal.release_decisions(admin, meta).await?;
            }
        }
    }

    let data = portal.agenda_board(admin).await?;
    let mut state = seed | 1;
    for s in &data.sessions {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let audience = [30, 50, 80, 100, 150][(state % 5) as usize];
        portal
            .set_audience(admin, s.id, &audience.to_string(), meta)
            .await?;
    }
    // One panelist who cannot attend the first morning.
    let first_person = data.board.sessions.iter().find_map(|s| s.people.first());
    if let (Some(p), Some(day)) = (first_person, data.board.days.first()) {
        let form = UnavailableForm {
            email: p.key.clone(),
            day: day.to_string(),
            start: "09:00".into(),
            end: "12:00".into(),
            note: "Travelling".into(),
        };
        portal.add_unavailable(admin, &form, meta).await?;
    }

    // Speakers' own profiles and declared times, before the scheduler runs.
    let people: Vec<_> = data
        .board
        .sessions
        .iter()
        .flat_map(|s| s.people.iter().cloned())
        .collect();
    crate::seed::profiles::seed_profiles(
        portal,
        admin,
        &people,
        data.board.days.first().copied(),
        seed,
        meta,
    )
    .await?;

    let mut preview = portal.schedule_preview(admin).await?;
    if let Some(want) = size.sessions {
        preview.moves.truncate(want as usize);
    }
    let placed = if preview.moves.is_empty() {
        0
    } else {
        portal.apply_schedule(admin, &preview.moves, meta).await?
    };
    let number = if placed > 0 {
        portal
            .release_agenda(admin, "First programme of the demo forum.", true, meta)
            .await?
    } else {
        0
    };
    Ok((placed, number))
}
