//! Dated review phases, reviewer teams scoped by Action Line and format,
//! and who reviews.

use super::*;
use crate::services::Audit;

impl Portal {
    /// The current edition's review phases.
    pub async fn review_phases(&self) -> AppResult<Vec<ReviewPhase>> {
        let edition = self.current_edition().await?;
        let rows: Vec<ReviewPhase> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, name, starts_at, ends_at, reviewers_may_review, \
                 reviewers_see_others, proposers_may_edit FROM review_phases WHERE edition_id = \
                 $1 ORDER BY starts_at, id",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// The phase in force now. Without any phase configured, reviewing is
    /// open and reviewers do not see each other's reviews.
    pub async fn current_phase(&self) -> AppResult<ReviewPhase> {
        let now = self.clock.now();
        let phases = self.review_phases().await?;
        if phases.is_empty() {
            return Ok(ReviewPhase::implied(now, true));
        }
        Ok(phases
            .into_iter()
            .find(|p| p.is_current(now))
            .unwrap_or_else(|| ReviewPhase::implied(now, false)))
    }

    /// Adds a review phase.
    pub async fn add_phase(
        &self,
        actor: &CurrentUser,
        form: &PhaseForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 2, 120));
        let starts = parse_local(&mut e, "starts_at", &form.starts_at, true);
        let ends = parse_local(&mut e, "ends_at", &form.ends_at, true);
        if let (Some(s), Some(en)) = (starts, ends)
            && en <= s
        {
            e.push("ends_at", "ends-before-start");
        }
        let (Some(name), Some(starts), Some(ends)) = (name, starts, ends) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let edition = self.current_edition().await?;
        if self
            .review_phases()
            .await?
            .iter()
            .any(|p| p.starts_at < ends && starts < p.ends_at)
        {
            return Err(AppError::field("starts_at", "phase-overlaps"));
        }
        let now = self.clock.now();
        let (review, see, edit) = (
            form.reviewers_may_review.is_some(),
            form.reviewers_see_others.is_some(),
            form.proposers_may_edit.is_some(),
        );
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO review_phases (edition_id, name, starts_at, ends_at, \
                     reviewers_may_review, reviewers_see_others, proposers_may_edit, created_at, \
                     updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                )
                .bind(edition.id)
                .bind(&name)
                .bind(starts)
                .bind(ends)
                .bind(review)
                .bind(see)
                .bind(edit)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.phase.add",
                        target_kind: "edition",
                        target: edition.code.to_string(),
                        before: None,
                        after: Some(json!({
                            "name": name,
                            "starts": starts,
                            "ends": ends,
                            "review": review,
                            "see_others": see,
                            "proposers_edit": edit,
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

    /// Removes a review phase.
    pub async fn remove_phase(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let phase = self
            .review_phases()
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM review_phases WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: Some(actor.id),
                    action: "review.phase.remove",
                    target_kind: "phase",
                    target: id.to_string(),
                    before: Some(json!({"name": phase.name})),
                    after: None,
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }

    /// Adds a team. Codes must be Action Lines and formats of the edition;
    /// members must be reviewers or facilitators.
    pub async fn add_team(
        &self,
        actor: &CurrentUser,
        form: &TeamForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let name = e.check("name", single_line(&form.name, 2, 120));
        let lines = codes_in(&form.action_lines);
        let known = action_line_codes();
        if lines.iter().any(|l| !known.contains(&l.as_str())) {
            e.push("action_lines", "unknown-code");
        }
        let formats: Vec<String> = codes_in(&form.formats)
            .into_iter()
            .map(|f| f.to_lowercase())
            .collect();
        if formats.iter().any(|f| edition.format(f).is_none()) {
            e.push("formats", "unknown-code");
        }
        let staff_list = self.review_staff(edition.id).await?;
        let mut member_ids = Vec::new();
        for email in form
            .members
            .split([',', '\n', ' ', ';'])
            .map(|m| m.trim().to_lowercase())
            .filter(|m| !m.is_empty())
        {
            match staff_list.iter().find(|s| s.email == email) {
                Some(s) => member_ids.push(s.id),
                None => {
                    e.push("members", "not-a-reviewer");
                    break;
                }
            }
        }
        let Some(name) = name else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO review_teams (edition_id, name, action_lines, formats, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(edition.id)
                .bind(&name)
                .bind(lines.join(","))
                .bind(formats.join(","))
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                for m in &member_ids {
                    sqlx::query(
                        "INSERT INTO review_team_members (team_id, user_id) VALUES ($1, $2) ON \
                         CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(*m)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "review.team.add",
                        target_kind: "team",
                        target: id.to_string(),
                        before: None,
                        after: Some(json!({
                            "name": name,
                            "lines": lines,
                            "formats": formats,
                            "members": member_ids,
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

    /// Removes a team (its members keep their assignments).
    pub async fn remove_team(
        &self,
        actor: &CurrentUser,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        self.delete_audited(
            actor,
            "review_teams",
            "team",
            "review.team.remove",
            id,
            meta,
        )
        .await
    }

    /// Makes the account with `email` a reviewer, or (with `line`) the
    /// facilitator of an Action Line. Organizers and admins only.
    pub async fn add_reviewer(
        &self,
        actor: &CurrentUser,
        email: &str,
        line: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let line = line.trim().to_uppercase();
        if !line.is_empty() && !action_line_codes().contains(&line.as_str()) {
            return Err(AppError::field("line", "unknown-code"));
        }
        let account = self
            .account_by_email(email.trim())
            .await?
            .ok_or(AppError::field("email", "no-such-account"))?;
        let (role, scope) = if line.is_empty() {
            (Role::Reviewer, String::new())
        } else {
            (Role::Facilitator, line)
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO role_grants (user_id, role, scope, granted_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                )
                .bind(account.id.0)
                .bind(role.code())
                .bind(&scope)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "role.grant",
                        target_kind: "user",
                        target: account.id.to_string(),
                        before: None,
                        after: Some(json!({"role": role.code(), "scope": scope})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }

    /// The user ids of reviewers in teams, with their scopes (for assignment).
    pub(crate) async fn team_scopes(&self, edition_id: i64) -> AppResult<Vec<(UserId, Scope)>> {
        let rows: Vec<(i64, String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT m.user_id, t.action_lines, t.formats FROM review_team_members m JOIN \
                 review_teams t ON t.id = m.team_id WHERE t.edition_id = $1",
            )
            .bind(edition_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(u, l, f)| (UserId(u), Scope::parse(&l, &f)))
            .collect())
    }
}
