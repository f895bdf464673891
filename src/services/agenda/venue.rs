//! Venue setup (organizers): the time grid, rooms, breaks and plenaries,
//! and the times panelists declared they cannot attend.

use super::require_staff;
use crate::domain::agenda::{BlockKind, parse_clock};
use crate::domain::taxonomy::un_languages;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::editions::parse_number;
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::{FieldErrors, single_line, web_address};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::Date;

/// The grid settings form.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct GridForm {
    /// First time of a day, `HH:MM`.
    #[serde(default)]
    pub day_start: String,
    /// Last time of a day, `HH:MM`.
    #[serde(default)]
    pub day_end: String,
    /// Grid step in minutes.
    #[serde(default)]
    pub step: String,
    /// Minutes to change buildings.
    #[serde(default)]
    pub travel_minutes: String,
    /// Most sessions at once (0: no limit).
    #[serde(default)]
    pub max_parallel: String,
    /// Edition version seen.
    #[serde(default)]
    pub version: i64,
}

/// Adding or changing a room.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct RoomForm {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Building.
    #[serde(default)]
    pub building: String,
    /// Seats.
    #[serde(default)]
    pub capacity: String,
    /// `on` when the room has hybrid equipment.
    #[serde(default)]
    pub hybrid: Option<String>,
    /// UN language codes with interpretation, separated by spaces or commas.
    #[serde(default)]
    pub interpretation: String,
    /// Sessions it hosts at once.
    #[serde(default)]
    pub parallel: String,
    /// Link for remote participation.
    #[serde(default)]
    pub remote_url: String,
    /// Version seen (0 for a new room).
    #[serde(default)]
    pub version: i64,
}

/// Adding a break or plenary.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct BlockForm {
    /// `break` or `plenary`.
    #[serde(default)]
    pub kind: String,
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Day, `YYYY-MM-DD`.
    #[serde(default)]
    pub day: String,
    /// From, `HH:MM`.
    #[serde(default)]
    pub start: String,
    /// Until, `HH:MM`.
    #[serde(default)]
    pub end: String,
    /// Rooms covered (none ticked: every room). Filled from repeated fields.
    #[serde(skip)]
    pub rooms: Vec<i64>,
}

/// Declaring that someone cannot attend at a time.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct UnavailableForm {
    /// The person's e-mail address (as on the panel).
    #[serde(default)]
    pub email: String,
    /// Day.
    #[serde(default)]
    pub day: String,
    /// From.
    #[serde(default)]
    pub start: String,
    /// Until.
    #[serde(default)]
    pub end: String,
    /// Note.
    #[serde(default)]
    pub note: String,
}

fn clock_field(e: &mut FieldErrors, field: &str, v: &str) -> Option<u16> {
    if v.trim().is_empty() {
        e.push(field, "required");
        return None;
    }
    let t = parse_clock(v);
    if t.is_none() {
        e.push(field, "time-invalid");
    }
    t
}

/// A day of the forum, or an error on `field`.
pub(crate) fn forum_day(e: &mut FieldErrors, field: &str, v: &str, days: &[Date]) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match Date::parse(v.trim(), format) {
        Ok(d) if days.contains(&d) => Some(d),
        Ok(_) => {
            e.push(field, "not-a-forum-day");
            None
        }
        Err(_) => {
            e.push(
                field,
                if v.trim().is_empty() {
                    "required"
                } else {
                    "date-invalid"
                },
            );
            None
        }
    }
}

/// A span from two clock fields, the end after the start.
fn span_fields(e: &mut FieldErrors, start: &str, end: &str) -> Option<(u16, u16)> {
    let (s, t) = (clock_field(e, "start", start), clock_field(e, "end", end));
    match (s, t) {
        (Some(s), Some(t)) if t <= s => {
            e.push("end", "ends-before-start");
            None
        }
        (Some(s), Some(t)) => Some((s, t)),
        _ => None,
    }
}

impl Portal {
    /// Saves the time grid. Organizers and admins only.
    pub async fn save_grid(
        &self,
        actor: &CurrentUser,
        form: &GridForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let start = clock_field(&mut e, "day_start", &form.day_start);
        let end = clock_field(&mut e, "day_end", &form.day_end);
        if let (Some(s), Some(t)) = (start, end)
            && t <= s
        {
            e.push("day_end", "ends-before-start");
        }
        let step = parse_number(&mut e, "step", &form.step, 5, 60);
        let travel = parse_number(&mut e, "travel_minutes", &form.travel_minutes, 0, 120);
        let parallel = parse_number(&mut e, "max_parallel", &form.max_parallel, 0, 100);
        e.into_result()?;
        let (Some(start), Some(end), Some(step), Some(travel), Some(parallel)) =
            (start, end, step, travel, parallel)
        else {
            return Err(AppError::field("day_start", "required"));
        };
        let now = self.clock.now();
        let n = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE editions SET agenda_day_start = $2, agenda_day_end = $3, \
                    agenda_step = $4, \
                    travel_minutes = $5, max_parallel = $6, \
                 updated_at = $7, version = version + 1 WHERE id = $1 AND version = $8",
                )
                .bind(edition.id)
                .bind(start as i64)
                .bind(end as i64)
                .bind(step)
                .bind(travel)
                .bind(parallel)
                .bind(now)
                .bind(form.version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        now,
                        Some(actor.id),
                        "agenda.grid",
                        "edition",
                        edition.id,
                        None,
                        Some(json!({
                            "day_start": start,
                            "day_end": end,
                            "step": step,
                            "travel": travel,
                            "max_parallel": parallel,
                        })),
                        &meta.client_addr
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::VenueStale))
        }
    }

    /// Adds a room (`id` 0) or changes one. Organizers and admins only.
    pub async fn save_room(
        &self,
        actor: &CurrentUser,
        id: i64,
        form: &RoomForm,
        meta: &RequestMeta,
    ) -> AppResult<i64> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 1, 80));
        let building = e.check("building", single_line(&form.building, 1, 80));
        let capacity = parse_number(&mut e, "capacity", &form.capacity, 1, 10_000);
        let parallel = parse_number(&mut e, "parallel", &form.parallel, 1, 50);
        let remote_url = e.check("remote_url", web_address(&form.remote_url, 500));
        let known: Vec<&str> = un_languages().iter().map(|l| l.code.as_str()).collect();
        let languages: Vec<String> = form
            .interpretation
            .split([' ', ',', ';'])
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty())
            .collect();
        if languages.iter().any(|l| !known.contains(&l.as_str())) {
            e.push("interpretation", "unknown-language");
        }
        e.into_result()?;
        let (Some(name), Some(building), Some(capacity), Some(parallel), Some(remote_url)) =
            (name, building, capacity, parallel, remote_url)
        else {
            return Err(AppError::field("name", "required"));
        };
        let taken: Option<i64> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT id FROM rooms WHERE edition_id = $1 AND lower(name) = lower($2) AND \
                id <> $3",
            )
            .bind(edition.id)
            .bind(&name)
            .bind(id)
            .fetch_optional(pool)
            .await
        })?;
        if taken.is_some() {
            return Err(AppError::field("name", "room-name-taken"));
        }
        let hybrid = form.hybrid.is_some();
        let interpretation = languages.join(" ");
        let now = self.clock.now();
        let after = json!({
            "name": name,
            "building": building,
            "capacity": capacity,
            "hybrid": hybrid,
            "interpretation": interpretation,
            "parallel": parallel,
            "remote_url": remote_url,
        });
        let saved: Option<i64> = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let saved: Option<i64> = if id == 0 {
                    let position: i64 = sqlx::query_scalar(
                        "SELECT COALESCE(MAX(position), 0) + 1 \
                    FROM rooms WHERE edition_id = $1",
                    )
                    .bind(edition.id)
                    .fetch_one(&mut *tx)
                    .await?;
                    Some(
                        sqlx::query_scalar(
                            "INSERT INTO rooms (edition_id, name, building, capacity, \
                                hybrid, \
                        interpretation, parallel, remote_url, position, created_at, \
                        updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
                        )
                        .bind(edition.id)
                        .bind(&name)
                        .bind(&building)
                        .bind(capacity)
                        .bind(hybrid)
                        .bind(&interpretation)
                        .bind(parallel)
                        .bind(&remote_url)
                        .bind(position)
                        .bind(now)
                        .fetch_one(&mut *tx)
                        .await?,
                    )
                } else {
                    sqlx::query_scalar(
                        "UPDATE rooms SET name = $3, building = $4, capacity = $5, \
                            hybrid = $6, \
                        interpretation = $7, parallel = $8, remote_url = $9, \
                     updated_at = $10, version = version + 1 WHERE id = $1 AND \
                     edition_id = $2 \
                     AND version = $11 RETURNING id",
                    )
                    .bind(id)
                    .bind(edition.id)
                    .bind(&name)
                    .bind(&building)
                    .bind(capacity)
                    .bind(hybrid)
                    .bind(&interpretation)
                    .bind(parallel)
                    .bind(&remote_url)
                    .bind(now)
                    .bind(form.version)
                    .fetch_optional(&mut *tx)
                    .await?
                };
                if let Some(room) = saved {
                    crate::audit!(
                        &mut *tx,
                        now,
                        Some(actor.id),
                        if id == 0 {
                            "agenda.room.add"
                        } else {
                            "agenda.room.edit"
                        },
                        "room",
                        room,
                        None,
                        Some(after.clone()),
                        &meta.client_addr
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(saved)
            }
            .await
        })?;
        saved.ok_or(AppError::Conflict(ConflictCode::VenueStale))
    }

    /// Removes a room that no session is placed in.
    pub async fn remove_room(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        let outcome: Result<u64, ConflictCode> = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let used: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM placements WHERE room_id = $1")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
            if used > 0 {
                return Ok(Err(ConflictCode::RoomInUse));
            }
            let n = sqlx::query("DELETE FROM rooms WHERE id = $1 AND edition_id = $2")
                .bind(id)
                .bind(edition.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    now,
                    Some(actor.id),
                    "agenda.room.remove",
                    "room",
                    id,
                    None,
                    None,
                    &meta.client_addr
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(Ok(n))
        }
        .await)?;
        match outcome {
            Ok(1) => Ok(()),
            Ok(_) => Err(AppError::NotFound),
            Err(code) => Err(AppError::Conflict(code)),
        }
    }

    /// Adds a break or plenary.
    pub async fn add_block(
        &self,
        actor: &CurrentUser,
        form: &BlockForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let data = self.load_agenda().await?;
        let mut e = FieldErrors::default();
        let kind = BlockKind::parse(&form.kind);
        if kind.is_none() {
            e.push("kind", "choose-from-list");
        }
        let title = e.check("title", single_line(&form.title, 1, 120));
        let day = forum_day(&mut e, "day", &form.day, &data.board.days);
        let span = span_fields(&mut e, &form.start, &form.end);
        if form.rooms.iter().any(|r| data.board.room(*r).is_none()) {
            e.push("rooms", "choose-from-list");
        }
        e.into_result()?;
        let (Some(kind), Some(title), Some(day), Some((start, end))) = (kind, title, day, span)
        else {
            return Err(AppError::field("title", "required"));
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO agenda_blocks (edition_id, kind, title, day, \
                        start_minute, \
                    end_minute, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                )
                .bind(data.edition.id)
                .bind(kind.code())
                .bind(&title)
                .bind(day)
                .bind(start as i64)
                .bind(end as i64)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                for room in &form.rooms {
                    sqlx::query(
                        "INSERT INTO agenda_block_rooms (block_id, room_id) VALUES ($1, \
                            $2) \
                    ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(*room)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    now,
                    Some(actor.id),
                    "agenda.block.add",
                    "block",
                    id,
                    None,
                    Some(json!({
                        "kind": kind.code(),
                        "title": title,
                        "day": day.to_string(),
                        "start": start,
                        "end": end,
                        "rooms": form.rooms,
                    })),
                    &meta.client_addr
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Removes a break or plenary.
    pub async fn remove_block(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        self.delete_audited(
            actor,
            "agenda_blocks",
            "block",
            "agenda.block.remove",
            id,
            meta,
        )
        .await
    }

    /// Records that a panelist cannot attend at a time.
    pub async fn add_unavailable(
        &self,
        actor: &CurrentUser,
        form: &UnavailableForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        let data = self.load_agenda().await?;
        let mut e = FieldErrors::default();
        let email = e.check("email", crate::domain::Email::parse(&form.email));
        let day = forum_day(&mut e, "day", &form.day, &data.board.days);
        let span = span_fields(&mut e, &form.start, &form.end);
        let note = form.note.trim().chars().take(200).collect::<String>();
        e.into_result()?;
        let (Some(email), Some(day), Some((start, end))) = (email, day, span) else {
            return Err(AppError::field("email", "required"));
        };
        let email = email.as_str().to_lowercase();
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO unavailability (edition_id, email, day, start_minute, \
                        end_minute, \
                    note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(data.edition.id)
                .bind(&email)
                .bind(day)
                .bind(start as i64)
                .bind(end as i64)
                .bind(&note)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    now,
                    Some(actor.id),
                    "agenda.unavailable.add",
                    "unavailability",
                    id,
                    None,
                    Some(json!({"day": day.to_string(), "start": start, "end": end})),
                    &meta.client_addr
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Removes a declared unavailability.
    pub async fn remove_unavailable(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        require_staff(actor)?;
        self.delete_audited(
            actor,
            "unavailability",
            "unavailability",
            "agenda.unavailable.remove",
            id,
            meta,
        )
        .await
    }
}
