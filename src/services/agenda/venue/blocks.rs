//! Breaks and plenaries across rooms, and when speakers are unavailable.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Adds a break or plenary.
    pub async fn add_block(
        &self,
        actor: &CurrentUser,
        form: &BlockForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
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
                    "INSERT INTO agenda_blocks (edition_id, kind, title, day, start_minute, \
                     end_minute, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
                     RETURNING id",
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
                        "INSERT INTO agenda_block_rooms (block_id, room_id) VALUES ($1, $2) ON \
                         CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(*room)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "agenda.block.add",
                        target_kind: "block",
                        target: id.to_string(),
                        before: None,
                        after: Some(json!({
                            "kind": kind.code(),
                            "title": title,
                            "day": day.to_string(),
                            "start": start,
                            "end": end,
                            "rooms": form.rooms,
                        })),
                        client_addr: &meta.client_addr
                    }
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
        actor.require_staff()?;
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
        actor.require_staff()?;
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
                     end_minute, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING \
                     id",
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
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "agenda.unavailable.add",
                        target_kind: "unavailability",
                        target: id.to_string(),
                        before: None,
                        after: Some(json!({"day": day.to_string(), "start": start, "end": end})),
                        client_addr: &meta.client_addr
                    }
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
        actor.require_staff()?;
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
