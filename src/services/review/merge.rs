//! Merging: several proposals become one session. The primary proposal
//! keeps its code and becomes the session; the others point to it and keep
//! their own record. The session gains their panelists, Action Lines, SDGs
//! and organizations (as accepted co-organizers, so their people can follow
//! and edit it), and organizers may edit it afterwards. Like any decision,
//! the merge is pending until released: then the merged proposals take the
//! status "merged" and their organizers get the e-mail.

use super::{OrganizerRow, require_staff};
use crate::auth::SecretToken;
use crate::error::{AppError, AppResult};
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use crate::validation::{FieldErrors, single_line};
use serde_json::json;

/// Statuses a proposal may be merged from or into.
const MERGEABLE: [&str; 5] = [
    "submitted",
    "under-review",
    "accepted",
    "waitlisted",
    "rejected",
];

impl Portal {
    /// The proposals an organizer is about to merge, with their aggregates.
    /// At least two, all in the current edition and not decided otherwise
    /// for good (withdrawn, merged, confirmed or scheduled ones cannot).
    pub async fn merge_candidates(
        &self,
        actor: &CurrentUser,
        codes: &[String],
    ) -> AppResult<Vec<OrganizerRow>> {
        require_staff(actor)?;
        let wanted: Vec<String> = codes.iter().map(|c| c.trim().to_uppercase()).collect();
        let rows: Vec<OrganizerRow> = self
            .organizer_rows()
            .await?
            .into_iter()
            .filter(|r| wanted.contains(&r.code))
            .collect();
        if rows.len() < 2 {
            return Err(AppError::field("codes", "merge-two-or-more"));
        }
        if rows.iter().any(|r| !MERGEABLE.contains(&r.status.as_str())) {
            return Err(AppError::Conflict("not-mergeable"));
        }
        Ok(rows)
    }

    /// Merges `codes` into `primary`, whose title becomes `title`. Returns
    /// the session's code.
    pub async fn merge_proposals(
        &self,
        actor: &CurrentUser,
        primary: &str,
        codes: &[String],
        title: &str,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        let candidates = self.merge_candidates(actor, codes).await?;
        let primary = primary.trim().to_uppercase();
        if !candidates.iter().any(|c| c.code == primary) {
            return Err(AppError::field("primary", "choose-from-list"));
        }
        let mut e = FieldErrors::default();
        let Some(title) = e.check("title", single_line(title, 3, 200)) else {
            return Err(AppError::Validation(e));
        };
        let target = self.proposal_id(&primary).await?;
        let mut sources = Vec::new();
        for c in candidates.iter().filter(|c| c.code != primary) {
            sources.push((self.proposal_id(&c.code).await?, c.code.clone()));
        }
        let now = self.clock.now();
        let before_title: String = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT title FROM proposals WHERE id = $1",
        ).bind(target).fetch_one(pool).await)?;
        // One token per co-organizer row copied (the column is unique); these
        // links are never sent: the rows are accepted already.
        let tokens: Vec<String> = (0..64).map(|_| SecretToken::generate().hash).collect();
        crate::dispatch!(&self.db, pool => async {
            let mut tx = pool.begin().await?;
            let mut token = tokens.iter();
            for (source, code) in &sources {
                // Panelists not already on the session, after its own.
                sqlx::query(
                    "INSERT INTO proposal_speakers (proposal_id, position, role, name, title, organization, email, country_code, stakeholder_type, gender, remote) \
                     SELECT $1, s.position + (SELECT COALESCE(MAX(position), 0) + 1 FROM proposal_speakers WHERE proposal_id = $1) * 100, \
                            CASE WHEN s.role = 'moderator' THEN 'speaker' ELSE s.role END, s.name, s.title, s.organization, s.email, s.country_code, s.stakeholder_type, s.gender, s.remote \
                     FROM proposal_speakers s WHERE s.proposal_id = $2 \
                       AND NOT EXISTS (SELECT 1 FROM proposal_speakers t WHERE t.proposal_id = $1 AND t.email = s.email)",
                ).bind(target).bind(*source).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO proposal_action_lines (proposal_id, position, code, rationale) \
                     SELECT $1, a.position + 100 * (SELECT COUNT(*) FROM proposal_action_lines WHERE proposal_id = $1), a.code, a.rationale \
                     FROM proposal_action_lines a WHERE a.proposal_id = $2 \
                       AND NOT EXISTS (SELECT 1 FROM proposal_action_lines t WHERE t.proposal_id = $1 AND t.code = a.code)",
                ).bind(target).bind(*source).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO proposal_sdgs (proposal_id, position, sdg, rationale) \
                     SELECT $1, g.position + 100 * (SELECT COUNT(*) FROM proposal_sdgs WHERE proposal_id = $1), g.sdg, g.rationale \
                     FROM proposal_sdgs g WHERE g.proposal_id = $2 \
                       AND NOT EXISTS (SELECT 1 FROM proposal_sdgs t WHERE t.proposal_id = $1 AND t.sdg = g.sdg)",
                ).bind(target).bind(*source).execute(&mut *tx).await?;
                // The merged proposal's lead organization, through its author…
                let lead: (String, i64, String, String, String) = sqlx::query_as(
                    "SELECT u.email, u.id, o.name, o.stakeholder_type, o.country_code FROM proposals p \
                     JOIN users u ON u.id = p.created_by JOIN organizations o ON o.id = p.organization_id WHERE p.id = $1",
                ).bind(*source).fetch_one(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO proposal_coorganizers (proposal_id, email, organization, stakeholder_type, country_code, token_hash, status, user_id, invited_by, invited_at, answered_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, 'accepted', $7, $8, $9, $9) ON CONFLICT (proposal_id, email) DO NOTHING",
                ).bind(target).bind(&lead.0).bind(&lead.2).bind(&lead.3).bind(&lead.4).bind(token.next().cloned().unwrap_or_default())
                .bind(lead.1).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
                // …and its accepted co-organizers.
                let coorgs: Vec<(String, String, String, String, Option<i64>)> = sqlx::query_as(
                    "SELECT email, organization, stakeholder_type, country_code, user_id FROM proposal_coorganizers \
                     WHERE proposal_id = $1 AND status = 'accepted'",
                ).bind(*source).fetch_all(&mut *tx).await?;
                for (email, org, kind, country, user) in coorgs {
                    sqlx::query(
                        "INSERT INTO proposal_coorganizers (proposal_id, email, organization, stakeholder_type, country_code, token_hash, status, user_id, invited_by, invited_at, answered_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, 'accepted', $7, $8, $9, $9) ON CONFLICT (proposal_id, email) DO NOTHING",
                    ).bind(target).bind(&email).bind(&org).bind(&kind).bind(&country).bind(token.next().cloned().unwrap_or_default())
                    .bind(user).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
                }
                sqlx::query("UPDATE proposals SET merged_into = $2, updated_at = $3, version = version + 1 WHERE id = $1")
                    .bind(*source).bind(target).bind(now).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO proposal_merges (source_id, target_id, merged_by, merged_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (source_id) DO UPDATE SET target_id = $2, merged_by = $3, merged_at = $4",
                ).bind(*source).bind(target).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO decisions (proposal_id, outcome, note, decided_by, decided_at) VALUES ($1, 'merge', $2, $3, $4) \
                     ON CONFLICT (proposal_id) DO UPDATE SET outcome = 'merge', note = $2, decided_by = $3, decided_at = $4, version = decisions.version + 1",
                ).bind(*source).bind(format!("→ {primary}")).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, Some(actor.id), "proposal.merge", "proposal", code, None,
                    Some(json!({"into": primary})), &meta.client_addr)?;
            }
            sqlx::query("UPDATE proposals SET title = $2, updated_at = $3, version = version + 1 WHERE id = $1")
                .bind(target).bind(&title).bind(now).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO decisions (proposal_id, outcome, note, decided_by, decided_at) VALUES ($1, 'accept', '', $2, $3) \
                 ON CONFLICT (proposal_id) DO UPDATE SET outcome = 'accept', decided_by = $2, decided_at = $3, version = decisions.version + 1",
            ).bind(target).bind(actor.id.0).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, Some(actor.id), "proposal.merge-into", "proposal", &primary,
                Some(json!({"title": before_title})),
                Some(json!({"title": title, "from": sources.iter().map(|(_, c)| c.clone()).collect::<Vec<_>>()})), &meta.client_addr)?;
            tx.commit().await
        }.await)?;
        Ok(primary)
    }

    /// Where a proposal came from and went: the codes and titles merged into
    /// it, and the code it was merged into.
    pub async fn provenance(
        &self,
        proposal_id: i64,
    ) -> AppResult<(Vec<(String, String)>, Option<String>)> {
        let from: Vec<(String, String)> = crate::dispatch!(&self.db, pool => sqlx::query_as(
            "SELECT p.code, p.title FROM proposal_merges m JOIN proposals p ON p.id = m.source_id WHERE m.target_id = $1 ORDER BY p.seq",
        ).bind(proposal_id).fetch_all(pool).await)?;
        let into: Option<String> = crate::dispatch!(&self.db, pool => sqlx::query_scalar(
            "SELECT t.code FROM proposal_merges m JOIN proposals t ON t.id = m.target_id WHERE m.source_id = $1",
        ).bind(proposal_id).fetch_optional(pool).await)?;
        Ok((from, into))
    }
}
