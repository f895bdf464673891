//! Rooms of the venue.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Adds a room (`id` 0) or changes one. Organizers and admins only.
    pub async fn save_room(
        &self,
        actor: &CurrentUser,
        id: i64,
        form: &RoomForm,
        meta: &RequestMeta,
    ) -> AppResult<i64> {
        actor.require_staff()?;
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
                "SELECT id FROM rooms WHERE edition_id = $1 AND lower(name) = lower($2) AND id \
                 <> $3",
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
                        "SELECT COALESCE(MAX(position), 0) + 1 FROM rooms WHERE edition_id = $1",
                    )
                    .bind(edition.id)
                    .fetch_one(&mut *tx)
                    .await?;
                    Some(
                        sqlx::query_scalar(
                            "INSERT INTO rooms (edition_id, name, building, capacity, hybrid, \
                             interpretation, parallel, remote_url, position, created_at, \
                             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
                             RETURNING id",
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
                        "UPDATE rooms SET name = $3, building = $4, capacity = $5, hybrid = $6, \
                         interpretation = $7, parallel = $8, remote_url = $9, updated_at = $10, \
                         version = version + 1 WHERE id = $1 AND edition_id = $2 AND version = \
                         $11 RETURNING id",
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
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: if id == 0 {
                                "agenda.room.add"
                            } else {
                                "agenda.room.edit"
                            },
                            target_kind: "room",
                            target: room.to_string(),
                            before: None,
                            after: Some(after.clone()),
                            client_addr: &meta.client_addr
                        }
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
        actor.require_staff()?;
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
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "agenda.room.remove",
                        target_kind: "room",
                        target: id.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
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
}
