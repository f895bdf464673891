//! Releasing decisions: statuses change and one e-mail goes to each
//! recipient.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Releases every pending decision: the proposal takes the decided
    /// status and its author and co-organizers get the decision e-mail, in
    /// their language, through the outbox. Safe to run on two instances at
    /// once: each decision is claimed by its version. Returns how many were
    /// released.
    pub async fn release_decisions(
        &self,
        actor: &CurrentUser,
        meta: &RequestMeta,
    ) -> AppResult<usize> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let pending: Vec<(i64, String, String, String, i64)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT p.id, p.code, p.title, d.outcome, d.version FROM decisions d JOIN \
                     proposals p ON p.id = d.proposal_id WHERE p.edition_id = $1 AND \
                     (d.released_outcome IS NULL OR d.released_outcome <> d.outcome) AND \
                     p.status NOT IN ('withdrawn', 'merged') ORDER BY CASE WHEN d.outcome = \
                     'merge' THEN 0 ELSE 1 END, p.seq",
                )
                .bind(edition.id)
                .fetch_all(pool)
                .await
            })?;
        // Merges go first, so the merged organizations are co-organizers of
        // the session by the time its acceptance is sent.
        let now = self.clock.now();
        let mut released = 0;
        for (id, code, title, outcome_code, version) in pending {
            let Some(outcome) = Outcome::from_code(&outcome_code) else {
                continue;
            };
            let recipients: Vec<(String, String, String)> = crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT u.email, u.name, u.locale FROM proposals p JOIN users u ON u.id = \
                     p.created_by WHERE p.id = $1 AND u.is_active = TRUE UNION SELECT u.email, \
                     u.name, u.locale FROM proposal_coorganizers c JOIN users u ON u.id = \
                     c.user_id WHERE c.proposal_id = $1 AND c.status = 'accepted' AND \
                     u.is_active = TRUE",
                )
                .bind(id)
                .fetch_all(pool)
                .await
            })?;
            let mut mails = Vec::new();
            for (email, name, locale) in recipients {
                let locale = Locale::from_tag(&locale).unwrap_or_default();
                let t = self.decision_template(outcome, locale).await?;
                let values = [
                    ("name", name.clone()),
                    ("code", code.clone()),
                    ("title", title.clone()),
                    ("link", self.link(&format!("/proposals/{code}"))),
                    ("edition", edition.title.clone()),
                ];
                mails.push((
                    email,
                    name,
                    locale,
                    fill(&t.subject, &values),
                    fill(&t.body, &values),
                ));
            }
            let status = outcome.status().code();
            // Hashes for co-organizer rows a merge adds (the column is unique).
            let tokens: Vec<String> = if outcome == Outcome::Merge {
                (0..32)
                    .map(|_| crate::auth::SecretToken::generate().hash)
                    .collect()
            } else {
                Vec::new()
            };
            let done: bool = crate::dispatch!(&self.db, |pool| {
                async {
                    let mut tx = pool.begin().await?;
                    let n = sqlx::query(
                        "UPDATE decisions SET released_outcome = outcome, released_at = $3, \
                         version = version + 1 WHERE proposal_id = $1 AND version = $2",
                    )
                    .bind(id)
                    .bind(version)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if n == 0 {
                        return Ok::<bool, sqlx::Error>(false);
                    }
                    // A proposal withdrawn meanwhile keeps its status: nothing is sent.
                    let changed = sqlx::query(
                        "UPDATE proposals SET status = $2, updated_at = $3, version = version + \
                         1 WHERE id = $1 AND status NOT IN ('withdrawn', 'merged')",
                    )
                    .bind(id)
                    .bind(status)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if changed == 0 {
                        tx.rollback().await?;
                        return Ok(false);
                    }
                    sqlx::query(
                        "INSERT INTO proposal_events (proposal_id, status, actor_user_id, at) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(status)
                    .bind(actor.id.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    if outcome == Outcome::Merge {
                        let target: Option<i64> = sqlx::query_scalar(
                            "SELECT target_id FROM proposal_merges WHERE source_id = $1 AND \
                             applied_at IS NULL",
                        )
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await?;
                        if let Some(target) = target {
                            let mut tokens = tokens.iter().cloned();
                            super::super::merge::apply_merge!(
                                tx, id, target, actor.id.0, now, tokens
                            );
                        }
                    }
                    for (email, name, locale, subject, body) in &mails {
                        crate::enqueue_email!(
                            &mut *tx,
                            now,
                            email,
                            name,
                            locale.tag(),
                            &format!("decision-{}", outcome.code()),
                            subject,
                            body
                        )?;
                    }
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "decision.release",
                            target_kind: "proposal",
                            target: code.to_string(),
                            before: None,
                            after: Some(json!({"outcome": outcome.code(), "emails": mails.len()})),
                            client_addr: &meta.client_addr
                        }
                    )?;
                    tx.commit().await?;
                    Ok(true)
                }
                .await
            })?;
            if done {
                released += 1;
            }
        }
        Ok(released)
    }
}
