//! Venue setup (organizers): the time grid, rooms, breaks and plenaries,
//! and the times panelists declared they cannot attend.

use crate::domain::agenda::{BlockKind, parse_clock};
use crate::domain::taxonomy::un_languages;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
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
pub(crate) fn span_fields(e: &mut FieldErrors, start: &str, end: &str) -> Option<(u16, u16)> {
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

mod blocks;
mod rooms;

impl Portal {
    /// Saves the time grid. Organizers and admins only.
    pub async fn save_grid(
        &self,
        actor: &CurrentUser,
        form: &GridForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
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
                    "UPDATE editions SET agenda_day_start = $2, agenda_day_end = $3, agenda_step \
                     = $4, travel_minutes = $5, max_parallel = $6, updated_at = $7, version = \
                     version + 1 WHERE id = $1 AND version = $8",
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
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "agenda.grid",
                            target_kind: "edition",
                            target: edition.id.to_string(),
                            before: None,
                            after: Some(json!({
                                "day_start": start,
                                "day_end": end,
                                "step": step,
                                "travel": travel,
                                "max_parallel": parallel,
                            })),
                            client_addr: &meta.client_addr
                        }
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
}
