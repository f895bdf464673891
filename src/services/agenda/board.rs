//! Loading the planning board of the current edition in a fixed number of
//! queries (no query per session), for the builder, the scheduler and
//! releases alike.

use super::SESSION_STATUSES;
use crate::domain::agenda::{
    Block, BlockKind, Board, Person, Placement, Room, Session, Span, Unavailability,
};
use crate::error::{AppError, AppResult};
use crate::services::{Edition, Portal};
use serde::Serialize;
use std::collections::HashMap;
use time::Date;

/// The time grid of the forum days.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct GridSettings {
    /// First minute of a day (Geneva time).
    pub agenda_day_start: i64,
    /// First minute after a day.
    pub agenda_day_end: i64,
    /// Grid step in minutes.
    pub agenda_step: i64,
    /// Minutes to change buildings.
    pub travel_minutes: i64,
    /// Most sessions at once (0: no limit).
    pub max_parallel: i64,
    /// The edition's version (optimistic concurrency of the settings).
    pub version: i64,
}

/// A room as organizers manage it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct RoomRow {
    /// Id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Building.
    pub building: String,
    /// Seats.
    pub capacity: i64,
    /// Hybrid equipment.
    pub hybrid: bool,
    /// Space-separated UN language codes with interpretation.
    pub interpretation: String,
    /// Sessions it hosts at once.
    pub parallel: i64,
    /// Link for remote participation.
    pub remote_url: String,
    /// Version.
    pub version: i64,
}

/// A break or plenary.
#[derive(Debug, Clone, Serialize)]
pub struct BlockRow {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: BlockKind,
    /// Title.
    pub title: String,
    /// When.
    pub span: Span,
    /// Rooms covered (empty: all).
    pub rooms: Vec<i64>,
}

/// A declared unavailability.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct UnavailableRow {
    /// Id.
    pub id: i64,
    /// Person's e-mail address.
    pub email: String,
    /// Day.
    pub day: Date,
    /// From (minute).
    pub start_minute: i64,
    /// Until (minute).
    pub end_minute: i64,
    /// Note.
    pub note: String,
    /// Declared by the speaker through their profile.
    pub by_speaker: bool,
}

/// A session as the builder lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SessionInfo {
    /// Proposal id.
    pub id: i64,
    /// Public code.
    pub code: String,
    /// Title.
    pub title: String,
    /// Format code.
    pub format: String,
    /// Lead organization.
    pub organization: String,
    /// Action Line codes, main first.
    pub lines: Vec<String>,
    /// Expected audience.
    pub audience: i64,
    /// Length in minutes.
    pub minutes: u16,
    /// Any panelist remote.
    pub remote: bool,
    /// Where it is, if placed.
    pub placed: Option<Placement>,
    /// Version of its placement (0: never placed).
    pub version: i64,
}

/// Everything the builder shows and the rules check.
#[derive(Debug, Clone)]
pub struct AgendaData {
    /// The edition.
    pub edition: Edition,
    /// Grid settings.
    pub grid: GridSettings,
    /// Rooms.
    pub rooms: Vec<RoomRow>,
    /// Breaks and plenaries.
    pub blocks: Vec<BlockRow>,
    /// Declared unavailability.
    pub unavailable: Vec<UnavailableRow>,
    /// Sessions, in code order.
    pub sessions: Vec<SessionInfo>,
    /// The planning problem.
    pub board: Board,
}

impl AgendaData {
    /// The session with proposal id `id`.
    pub fn session(&self, id: i64) -> Option<&SessionInfo> {
        self.sessions.iter().find(|s| s.id == id)
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: i64,
    code: String,
    title: String,
    format_code: String,
    expected_audience: i64,
    participation_mode: String,
    organization: String,
}

#[derive(sqlx::FromRow)]
struct PlacementRow {
    proposal_id: i64,
    room_id: Option<i64>,
    day: Option<Date>,
    start_minute: Option<i64>,
    end_minute: Option<i64>,
    version: i64,
}

fn minute(v: i64) -> u16 {
    v.clamp(0, 24 * 60) as u16
}

impl Portal {
    /// The grid settings of `edition`.
    pub(crate) async fn grid_settings(&self, edition: i64) -> AppResult<GridSettings> {
        Ok(crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT agenda_day_start, agenda_day_end, agenda_step, travel_minutes, \
                 max_parallel, version FROM editions WHERE id = $1",
            )
            .bind(edition)
            .fetch_one(pool)
            .await
        })?)
    }

    /// The planning board of the current edition. Not checked here: callers
    /// check the actor (the builder) or publish only a release (the public).
    pub(crate) async fn load_agenda(&self) -> AppResult<AgendaData> {
        let edition = self.current_edition().await?;
        let grid = self.grid_settings(edition.id).await?;
        let id = edition.id;
        let statuses = SESSION_STATUSES;
        let (rooms, blocks, block_rooms, sessions, speakers, lines, placements, unavailable) = crate::dispatch!(
            &self.db,
            |pool| {
                async {
                    let rooms: Vec<RoomRow> = sqlx::query_as(
                        "SELECT id, name, building, capacity, hybrid, interpretation, parallel, \
                         remote_url, version FROM rooms WHERE edition_id = $1 ORDER BY position, \
                         id",
                    )
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let blocks: Vec<(i64, String, String, Date, i64, i64)> = sqlx::query_as(
                        "SELECT id, kind, title, day, start_minute, end_minute FROM \
                         agenda_blocks WHERE edition_id = $1 ORDER BY day, start_minute, id",
                    )
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let block_rooms: Vec<(i64, i64)> = sqlx::query_as(
                        "SELECT br.block_id, br.room_id FROM agenda_block_rooms br JOIN \
                         agenda_blocks b ON b.id = br.block_id WHERE b.edition_id = $1",
                    )
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let sessions: Vec<SessionRow> = sqlx::query_as(&format!(
                        "SELECT p.id, p.code, p.title, p.format_code, p.expected_audience, \
                         p.participation_mode, o.name AS organization FROM proposals p JOIN \
                         organizations o ON o.id = p.organization_id WHERE p.edition_id = $1 AND \
                         p.status IN {statuses} ORDER BY p.seq",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    // Panelists who declined are no longer on the panel.
                    let speakers: Vec<(i64, String, String, bool)> = sqlx::query_as(&format!(
                        "SELECT s.proposal_id, s.email, s.name, s.remote FROM proposal_speakers \
                         s JOIN proposals p ON p.id = s.proposal_id LEFT JOIN \
                         speaker_confirmations c ON c.proposal_id = s.proposal_id AND c.email = \
                         s.email WHERE p.edition_id = $1 AND p.status IN {statuses} AND \
                         (c.answer IS NULL OR c.answer <> 'declined') ORDER BY s.proposal_id, \
                         s.position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let lines: Vec<(i64, String)> = sqlx::query_as(&format!(
                        "SELECT l.proposal_id, l.code FROM proposal_action_lines l JOIN \
                         proposals p ON p.id = l.proposal_id WHERE p.edition_id = $1 AND \
                         p.status IN {statuses} ORDER BY l.proposal_id, l.position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let placements: Vec<PlacementRow> = sqlx::query_as(
                        "SELECT proposal_id, room_id, day, start_minute, end_minute, version \
                         FROM placements WHERE edition_id = $1",
                    )
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let unavailable: Vec<UnavailableRow> = sqlx::query_as(
                        "SELECT id, email, day, start_minute, end_minute, note, by_speaker \
                         FROM unavailability WHERE edition_id = $1 ORDER BY day, start_minute, email",
                    )
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    Ok::<_, sqlx::Error>((
                        rooms,
                        blocks,
                        block_rooms,
                        sessions,
                        speakers,
                        lines,
                        placements,
                        unavailable,
                    ))
                }
                .await
            }
        )?;

        let mut covered: HashMap<i64, Vec<i64>> = HashMap::new();
        for (block, room) in block_rooms {
            covered.entry(block).or_default().push(room);
        }
        let blocks: Vec<BlockRow> = blocks
            .into_iter()
            .map(|(id, kind, title, day, start, end)| {
                let mut rooms = covered.remove(&id).unwrap_or_default();
                rooms.sort_unstable();
                let kind = BlockKind::stored(&kind).map_err(AppError::internal)?;
                Ok(BlockRow {
                    id,
                    kind,
                    title,
                    span: Span {
                        day,
                        start: minute(start),
                        end: minute(end),
                    },
                    rooms,
                })
            })
            .collect::<AppResult<_>>()?;
        let mut people: HashMap<i64, Vec<Person>> = HashMap::new();
        let mut remote: HashMap<i64, bool> = HashMap::new();
        for (proposal, email, name, is_remote) in speakers {
            if is_remote {
                remote.insert(proposal, true);
            }
            let key = email.trim().to_lowercase();
            if !key.is_empty() {
                people
                    .entry(proposal)
                    .or_default()
                    .push(Person { key, name });
            }
        }
        let mut line_map: HashMap<i64, Vec<String>> = HashMap::new();
        for (proposal, code) in lines {
            line_map.entry(proposal).or_default().push(code);
        }
        let placed: HashMap<i64, PlacementRow> =
            placements.into_iter().map(|p| (p.proposal_id, p)).collect();

        let mut infos = Vec::with_capacity(sessions.len());
        let mut board_sessions = Vec::with_capacity(sessions.len());
        let mut board_placements = Vec::new();
        for s in sessions {
            let minutes = edition
                .format(&s.format_code)
                .map(|f| f.minutes)
                .unwrap_or(60)
                .clamp(5, 600) as u16;
            let lines = line_map.remove(&s.id).unwrap_or_default();
            let is_remote = remote.contains_key(&s.id) || s.participation_mode == "remote";
            let row = placed.get(&s.id);
            let placement =
                row.and_then(|p| match (p.room_id, p.day, p.start_minute, p.end_minute) {
                    (Some(room), Some(day), Some(start), Some(end)) => Some(Placement {
                        session: s.id,
                        room,
                        span: Span {
                            day,
                            start: minute(start),
                            end: minute(end),
                        },
                    }),
                    _ => None,
                });
            if let Some(p) = placement {
                board_placements.push(p);
            }
            board_sessions.push(Session {
                id: s.id,
                code: s.code.clone(),
                title: s.title.clone(),
                minutes,
                audience: s.expected_audience.max(0) as u32,
                remote: is_remote,
                people: people.remove(&s.id).unwrap_or_default(),
                // C7's sub-lines are Action Lines of their own (own facilitators),
                // so they are compared by their full code.
                lines: lines.clone(),
            });
            infos.push(SessionInfo {
                id: s.id,
                code: s.code,
                title: s.title,
                format: s.format_code,
                organization: s.organization,
                lines,
                audience: s.expected_audience,
                minutes,
                remote: is_remote,
                placed: placement,
                version: row.map(|p| p.version).unwrap_or(0),
            });
        }

        let days = forum_days(&edition);
        let board = Board {
            days,
            day_start: minute(grid.agenda_day_start),
            day_end: minute(grid.agenda_day_end),
            step: grid.agenda_step.clamp(5, 120) as u16,
            travel_minutes: grid.travel_minutes.clamp(0, 240) as u16,
            max_parallel: grid.max_parallel.clamp(0, 1000) as u16,
            rooms: rooms
                .iter()
                .map(|r| Room {
                    id: r.id,
                    name: r.name.clone(),
                    building: r.building.clone(),
                    capacity: r.capacity.max(0) as u32,
                    hybrid: r.hybrid,
                    parallel: r.parallel.clamp(1, 100) as u16,
                })
                .collect(),
            blocks: blocks
                .iter()
                .map(|b| Block {
                    id: b.id,
                    kind: b.kind,
                    title: b.title.clone(),
                    span: b.span,
                    rooms: b.rooms.clone(),
                })
                .collect(),
            sessions: board_sessions,
            placements: board_placements,
            unavailable: unavailable
                .iter()
                .map(|u| Unavailability {
                    person: u.email.clone(),
                    span: Span {
                        day: u.day,
                        start: minute(u.start_minute),
                        end: minute(u.end_minute),
                    },
                })
                .collect(),
        };
        Ok(AgendaData {
            edition,
            grid,
            rooms,
            blocks,
            unavailable,
            sessions: infos,
            board,
        })
    }
}

/// The forum's days, from the first to the last (at most 31).
pub(crate) fn forum_days(edition: &Edition) -> Vec<Date> {
    let mut days = Vec::new();
    let mut d = edition.starts_on;
    while d <= edition.ends_on && days.len() < 31 {
        days.push(d);
        match d.next_day() {
            Some(n) => d = n,
            None => break,
        }
    }
    days
}
