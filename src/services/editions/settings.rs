//! Organizers change the edition, its formats and their extra questions.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Changes the current edition's title, venue, dates and call window.
    /// Organizers and admins only.
    pub async fn update_edition(
        &self,
        actor: &CurrentUser,
        form: &EditionForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let mut e = FieldErrors::default();
        let title = e.check("title", single_line(&form.title, 3, 200));
        let venue = e.check("venue", single_line(&form.venue, 2, 200));
        let starts = parse_date(&mut e, "starts_on", &form.starts_on);
        let ends = parse_date(&mut e, "ends_on", &form.ends_on);
        let open = parse_local(&mut e, "submissions_open", &form.submissions_open, true);
        let close = parse_local(&mut e, "submissions_close", &form.submissions_close, true);
        if let (Some(s), Some(en)) = (starts, ends)
            && en < s
        {
            e.push("ends_on", "ends-before-start");
        }
        if let (Some(o), Some(c)) = (open, close)
            && c <= o
        {
            e.push("submissions_close", "ends-before-start");
        }
        let (Some(title), Some(venue), Some(starts), Some(ends), Some(open), Some(close)) =
            (title, venue, starts, ends, open, close)
        else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let current = self.current_edition().await?;
        let now = self.clock.now();
        let before = json!({
            "title": current.title,
            "venue": current.venue,
            "open": current.submissions_open_at,
            "close": current.submissions_close_at,
        });
        let after = json!({"title": title, "venue": venue, "open": open, "close": close});
        let done: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE editions SET title = $3, venue = $4, starts_on = $5, ends_on = $6, \
                     submissions_open_at = $7, submissions_close_at = $8, updated_at = $9, \
                     version = version + 1 WHERE id = $1 AND version = $2",
                )
                .bind(current.id)
                .bind(form.version)
                .bind(&title)
                .bind(&venue)
                .bind(starts)
                .bind(ends)
                .bind(open)
                .bind(close)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "edition.update",
                            target_kind: "edition",
                            target: current.code.to_string(),
                            before: Some(before),
                            after: Some(after),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if done == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }

    /// Changes one format of the current edition. Organizers and admins only.
    pub async fn update_format(
        &self,
        actor: &CurrentUser,
        code: &str,
        form: &FormatForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let current = self.current_edition().await?;
        let format = current.format(code).ok_or(AppError::NotFound)?;
        let mut e = FieldErrors::default();
        let minutes = parse_number(&mut e, "minutes", &form.minutes, 5, 600);
        let min = parse_number(&mut e, "min_panel", &form.min_panel, 1, 30);
        let max = parse_number(&mut e, "max_panel", &form.max_panel, 1, 30);
        let deadline = parse_local(&mut e, "deadline", &form.deadline, false);
        if let (Some(lo), Some(hi)) = (min, max)
            && hi < lo
        {
            e.push("max_panel", "max-below-min");
        }
        let (Some(minutes), Some(min), Some(max)) = (minutes, min, max) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        let open = form.is_open.is_some();
        let before = json!({
            "minutes": format.minutes,
            "min": format.min_panel,
            "max": format.max_panel,
            "deadline": format.deadline,
            "open": format.is_open,
        });
        let after =
            json!({"minutes": minutes, "min": min, "max": max, "deadline": deadline, "open": open});
        let done: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE formats SET minutes = $4, min_panel = $5, max_panel = $6, deadline = \
                     $7, is_open = $8, updated_at = $9, version = version + 1 WHERE edition_id = \
                     $1 AND code = $2 AND version = $3",
                )
                .bind(current.id)
                .bind(code)
                .bind(form.version)
                .bind(minutes)
                .bind(min)
                .bind(max)
                .bind(deadline)
                .bind(open)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "format.update",
                            target_kind: "format",
                            target: code.to_string(),
                            before: Some(before),
                            after: Some(after),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if done == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }

    /// Adds a question to a format of the current edition. Organizers and
    /// admins only.
    pub async fn add_question(
        &self,
        actor: &CurrentUser,
        format: &str,
        form: &QuestionForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        use crate::domain::question::QuestionKind;
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let f = edition.format(format).ok_or(AppError::NotFound)?;
        let mut e = FieldErrors::default();
        let label = e.check("q_label", single_line(&form.label, 3, 300));
        let kind = QuestionKind::from_code(&form.kind);
        if kind.is_none() {
            e.push("q_kind", "choose-from-list");
        }
        let choices: Vec<&str> = form
            .choices
            .lines()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if kind == Some(QuestionKind::Choice) && choices.len() < 2 {
            e.push("q_choices", "two-choices");
        }
        let (Some(label), Some(kind)) = (label, kind) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        let position = f.questions.len() as i64;
        let required = form.required.is_some();
        let choices = if kind == QuestionKind::Choice {
            choices.join("\n")
        } else {
            String::new()
        };
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO format_questions (edition_id, format_code, position, label, \
                     kind, choices, required, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, \
                     $8)",
                )
                .bind(edition.id)
                .bind(format)
                .bind(position)
                .bind(&label)
                .bind(kind.code())
                .bind(&choices)
                .bind(required)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "format.add-question",
                        target_kind: "format",
                        target: format.to_string(),
                        before: None,
                        after: Some(json!({"label": label, "kind": kind.code()})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// Removes a question (and its answers). Organizers and admins only.
    pub async fn remove_question(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let now = self.clock.now();
        let n: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM proposal_answers WHERE question_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let n = sqlx::query("DELETE FROM format_questions WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "format.remove-question",
                        target_kind: "question",
                        target: id.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }
        .await)?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}
