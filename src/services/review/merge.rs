//! Merging: several proposals become one session. The primary proposal
//! keeps its code and becomes the session; the others point to it and keep
//! their own record. Like any decision, a merge is pending until released:
//! merging records it (the sources get a pending `merge` decision, the
//! session a pending `accept`), and releasing carries it out: the session
//! takes the new title and gains the sources' panelists, Action Lines, SDGs
//! and organizations (as accepted co-organizers), and the sources take the
//! status "merged". Until then proposers see nothing of it; organizers see
//! the pending merge, and edit the session afterwards.

use super::OrganizerRow;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
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

/// Carries out the merge of proposal `$source` into `$target` inside `$tx`
/// (at release). `$tokens` yields unique token hashes for the co-organizer
/// rows it adds (never sent: the rows are accepted already).
macro_rules! apply_merge {
    ($tx:expr, $source:expr, $target:expr, $actor:expr, $now:expr, $tokens:expr) => {{
        let (source, target): (i64, i64) = ($source, $target);
        // Panelists not already on the session, after its own; one moderator.
        sqlx::query(
            "INSERT INTO proposal_speakers (proposal_id, position, role, name, title, \
             organization, email, country_code, stakeholder_type, gender, remote) SELECT $1, \
             s.position + (SELECT COALESCE(MAX(position), 0) + 1 FROM proposal_speakers WHERE \
             proposal_id = $1), CASE WHEN s.role = 'moderator' THEN 'speaker' ELSE s.role END, \
             s.name, s.title, s.organization, s.email, s.country_code, s.stakeholder_type, \
             s.gender, s.remote FROM proposal_speakers s WHERE s.proposal_id = $2 AND NOT EXISTS \
             (SELECT 1 FROM proposal_speakers t WHERE t.proposal_id = $1 AND t.email = s.email)",
        )
        .bind(target)
        .bind(source)
        .execute(&mut *$tx)
        .await?;
        sqlx::query(
            "INSERT INTO proposal_action_lines (proposal_id, position, code, rationale) SELECT \
             $1, a.position + (SELECT COUNT(*) FROM proposal_action_lines WHERE proposal_id = \
             $1), a.code, a.rationale FROM proposal_action_lines a WHERE a.proposal_id = $2 AND \
             NOT EXISTS (SELECT 1 FROM proposal_action_lines t WHERE t.proposal_id = $1 AND \
             t.code = a.code)",
        )
        .bind(target)
        .bind(source)
        .execute(&mut *$tx)
        .await?;
        sqlx::query(
            "INSERT INTO proposal_sdgs (proposal_id, position, sdg, rationale) SELECT $1, \
             g.position + (SELECT COUNT(*) FROM proposal_sdgs WHERE proposal_id = $1), g.sdg, \
             g.rationale FROM proposal_sdgs g WHERE g.proposal_id = $2 AND NOT EXISTS (SELECT 1 \
             FROM proposal_sdgs t WHERE t.proposal_id = $1 AND t.sdg = g.sdg)",
        )
        .bind(target)
        .bind(source)
        .execute(&mut *$tx)
        .await?;
        // The source's lead organization, through its author, and its
        // accepted co-organizers become accepted co-organizers.
        let mut people: Vec<(String, String, String, String, Option<i64>)> = sqlx::query_as(
            "SELECT u.email, o.name, o.stakeholder_type, o.country_code, u.id FROM proposals p \
             JOIN users u ON u.id = p.created_by JOIN organizations o ON o.id = \
             p.organization_id WHERE p.id = $1",
        )
        .bind(source)
        .fetch_all(&mut *$tx)
        .await?;
        people.extend(
            sqlx::query_as::<_, (String, String, String, String, Option<i64>)>(
                "SELECT email, organization, stakeholder_type, country_code, user_id FROM \
                 proposal_coorganizers WHERE proposal_id = $1 AND status = 'accepted'",
            )
            .bind(source)
            .fetch_all(&mut *$tx)
            .await?,
        );
        for (email, org, kind, country, user) in people {
            sqlx::query(
                "INSERT INTO proposal_coorganizers (proposal_id, email, organization, \
                 stakeholder_type, country_code, token_hash, status, user_id, invited_by, \
                 invited_at, answered_at) VALUES ($1, $2, $3, $4, $5, $6, 'accepted', $7, $8, \
                 $9, $9) ON CONFLICT (proposal_id, email) DO NOTHING",
            )
            .bind(target)
            .bind(&email)
            .bind(&org)
            .bind(&kind)
            .bind(&country)
            .bind($tokens.next().unwrap_or_default())
            .bind(user)
            .bind($actor)
            .bind($now)
            .execute(&mut *$tx)
            .await?;
        }
        let title: String =
            sqlx::query_scalar("SELECT title FROM proposal_merges WHERE source_id = $1")
                .bind(source)
                .fetch_one(&mut *$tx)
                .await?;
        if !title.is_empty() {
            sqlx::query(
                "UPDATE proposals SET title = $2, updated_at = $3, version = version + 1 WHERE \
                 id = $1",
            )
            .bind(target)
            .bind(&title)
            .bind($now)
            .execute(&mut *$tx)
            .await?;
        }
        sqlx::query("UPDATE proposals SET merged_into = $2 WHERE id = $1")
            .bind(source)
            .bind(target)
            .execute(&mut *$tx)
            .await?;
        sqlx::query("UPDATE proposal_merges SET applied_at = $2 WHERE source_id = $1")
            .bind(source)
            .bind($now)
            .execute(&mut *$tx)
            .await?;
    }};
}
pub(crate) use apply_merge;

impl Portal {
    /// The proposals an organizer is about to merge, with their aggregates.
    /// At least two, all in the current edition, none withdrawn, confirmed,
    /// scheduled or merged (or about to be), and none but the chosen session
    /// a session of merged proposals itself.
    pub async fn merge_candidates(
        &self,
        actor: &CurrentUser,
        codes: &[String],
    ) -> AppResult<Vec<OrganizerRow>> {
        actor.require_staff()?;
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
        let merged: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT p.code FROM proposal_merges m JOIN proposals p ON p.id = m.source_id",
        )
        .fetch_all(pool)
        .await)?;
        if rows
            .iter()
            .any(|r| !MERGEABLE.contains(&r.status.as_str()) || merged.contains(&r.code))
        {
            return Err(AppError::Conflict(ConflictCode::NotMergeable));
        }
        Ok(rows)
    }

    /// Decides to merge `codes` into `primary`, whose title becomes `title`
    /// at release. Returns the session's code.
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
        // The session's title follows the rules of any proposal's title.
        let title = e.check(
            "title",
            single_line(title, 5, crate::domain::proposal::limits::TITLE),
        );
        let Some(title) = title else {
            return Err(AppError::Validation(e));
        };
        let target = self.proposal_id(&primary).await?;
        let mut sources = Vec::new();
        for c in candidates.iter().filter(|c| c.code != primary) {
            let id = self.proposal_id(&c.code).await?;
            // A session of merged proposals is not merged into another one.
            let target_of_others: bool = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM proposal_merges WHERE target_id = $1)",
            )
            .bind(id)
            .fetch_one(pool)
            .await)?;
            if target_of_others {
                return Err(AppError::Conflict(ConflictCode::NotMergeable));
            }
            sources.push((id, c.code.clone()));
        }
        let now = self.clock.now();
        let recorded: bool = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                for (source, code) in &sources {
                    // Claimed: a proposal another organizer merged meanwhile stops this one.
                    let n = sqlx::query(
                        "INSERT INTO proposal_merges (source_id, target_id, title, merged_by, \
                         merged_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (source_id) DO \
                         NOTHING",
                    )
                    .bind(*source)
                    .bind(target)
                    .bind(&title)
                    .bind(actor.id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if n == 0 {
                        tx.rollback().await?;
                        return Ok::<bool, sqlx::Error>(false);
                    }
                    sqlx::query(
                        "INSERT INTO decisions (proposal_id, outcome, note, decided_by, \
                         decided_at) VALUES ($1, 'merge', $2, $3, $4) ON CONFLICT (proposal_id) \
                         DO UPDATE SET outcome = 'merge', note = $2, decided_by = $3, decided_at \
                         = $4, version = decisions.version + 1",
                    )
                    .bind(*source)
                    .bind(format!("→ {primary}"))
                    .bind(actor.id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "proposal.merge",
                            target_kind: "proposal",
                            target: code.to_string(),
                            before: None,
                            after: Some(json!({"into": primary, "title": title})),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                sqlx::query(
                    "INSERT INTO decisions (proposal_id, outcome, note, decided_by, decided_at) \
                     VALUES ($1, 'accept', '', $2, $3) ON CONFLICT (proposal_id) DO UPDATE SET \
                     outcome = 'accept', decided_by = $2, decided_at = $3, version = \
                     decisions.version + 1",
                )
                .bind(target)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        })?;
        if recorded {
            Ok(primary)
        } else {
            Err(AppError::Conflict(ConflictCode::NotMergeable))
        }
    }

    /// Where a proposal came from and went: the codes and titles merged into
    /// it, and the code it was merged into. Merges not released yet count
    /// only with `include_pending` (for organizers).
    pub async fn provenance(
        &self,
        proposal_id: i64,
        include_pending: bool,
    ) -> AppResult<(Vec<(String, String)>, Option<String>)> {
        let from: Vec<(String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT p.code, p.title FROM proposal_merges m JOIN proposals p ON p.id = \
                 m.source_id WHERE m.target_id = $1 AND (m.applied_at IS NOT NULL OR $2) ORDER \
                 BY p.seq",
            )
            .bind(proposal_id)
            .bind(include_pending)
            .fetch_all(pool)
            .await
        })?;
        let into: Option<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT t.code FROM proposal_merges m JOIN proposals t ON t.id = m.target_id WHERE \
             m.source_id = $1 AND (m.applied_at IS NOT NULL OR $2)",
        )
        .bind(proposal_id)
        .bind(include_pending)
        .fetch_optional(pool)
        .await)?;
        Ok((from, into))
    }
}
