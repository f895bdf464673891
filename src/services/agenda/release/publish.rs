//! Releasing the programme: a numbered snapshot, its changelog, and the
//! notices to speakers whose sessions moved.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Publishes the board as the next release. With hard conflicts on the
    /// board the organizer must tick `confirm`. Returns the release number.
    pub async fn release_agenda(
        &self,
        actor: &CurrentUser,
        note: &str,
        confirm: bool,
        meta: &RequestMeta,
    ) -> AppResult<i64> {
        actor.require_staff()?;
        let (mut programme, errors) = self.build_programme().await?;
        if programme.sessions.is_empty() {
            return Err(AppError::Conflict(ConflictCode::AgendaEmpty));
        }
        if errors > 0 && !confirm {
            return Err(AppError::field("confirm", "agenda-has-conflicts"));
        }
        let note: String = note.trim().chars().take(2000).collect();
        let previous = self.programme(None).await?;
        // A session keeps its revision unless it moved or was renamed.
        for s in &mut programme.sessions {
            if let Some(old) = previous.as_ref().and_then(|p| p.session(&s.code)) {
                let changed = old.span != s.span || old.room != s.room || old.title != s.title;
                s.sequence = old.sequence + u32::from(changed);
            }
        }
        let log = changelog(previous.as_ref(), &programme);
        let number = previous.as_ref().map(|p| p.release as i64).unwrap_or(0) + 1;
        programme.release = number as u32;
        let now = self.clock.now();
        programme.released_at = now;
        let edition = self.current_edition().await?;
        let snapshot = serde_json::to_string(&programme).map_err(AppError::internal)?;
        let log_json = serde_json::to_string(&log).map_err(AppError::internal)?;
        let notices = self
            .release_notices(&programme, previous.as_ref(), &log)
            .await?;
        let placed: Vec<i64> = programme.sessions.iter().map(|s| s.id).collect();
        let dropped: Vec<i64> = previous
            .as_ref()
            .map(|p| {
                p.sessions
                    .iter()
                    .filter(|s| programme.session(&s.code).is_none())
                    .map(|s| s.id)
                    .collect()
            })
            .unwrap_or_default();
        let stored: bool = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                // The unique (edition, number) index makes a concurrent release fail
                // here instead of publishing two releases with one number.
                let inserted = sqlx::query(
                    "INSERT INTO agenda_releases (edition_id, number, snapshot, changelog, note, \
                     released_by, released_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT \
                     (edition_id, number) DO NOTHING",
                )
                .bind(edition.id)
                .bind(number)
                .bind(&snapshot)
                .bind(&log_json)
                .bind(&note)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                for id in &placed {
                    let n = sqlx::query(
                        "UPDATE proposals SET status = 'scheduled', updated_at = $2, version = \
                         version + 1 WHERE id = $1 AND status IN ('accepted', 'confirmed')",
                    )
                    .bind(*id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if n == 1 {
                        sqlx::query(
                            "INSERT INTO proposal_events (proposal_id, status, actor_user_id, \
                             at) VALUES ($1, 'scheduled', $2, $3)",
                        )
                        .bind(*id)
                        .bind(actor.id.0)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                for id in &dropped {
                    let n = sqlx::query(
                        "UPDATE proposals SET status = 'accepted', updated_at = $2, version = \
                         version + 1 WHERE id = $1 AND status = 'scheduled'",
                    )
                    .bind(*id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if n == 1 {
                        sqlx::query(
                            "INSERT INTO proposal_events (proposal_id, status, actor_user_id, \
                             at) VALUES ($1, 'accepted', $2, $3)",
                        )
                        .bind(*id)
                        .bind(actor.id.0)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                for (to, name, locale, template, subject, body) in &notices {
                    crate::enqueue_email!(
                        &mut *tx, now, to, name, locale, template, subject, body
                    )?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "agenda.release",
                        target_kind: "edition",
                        target: edition.id.to_string(),
                        before: None,
                        after: Some(json!({
                            "number": number,
                            "added": log.added.len(),
                            "moved": log.moved.len(),
                            "cancelled": log.cancelled.len(),
                            "emails": notices.len(),
                        })),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>(true)
            }
            .await
        })?;
        if stored {
            Ok(number)
        } else {
            Err(AppError::Conflict(ConflictCode::AgendaStale))
        }
    }

    /// E-mails for the people of every added, moved or cancelled session:
    /// panelists (in English: they may have no account) and the proposal's
    /// author and co-organizers (in their own language).
    pub(super) async fn release_notices(
        &self,
        new: &Programme,
        old: Option<&Programme>,
        log: &Changelog,
    ) -> AppResult<Vec<(String, String, String, String, String, String)>> {
        let mut affected: Vec<(&'static str, &ProgrammeSession)> = Vec::new();
        for e in &log.added {
            affected.extend(new.session(&e.code).map(|s| ("agenda-added", s)));
        }
        for e in &log.moved {
            affected.extend(new.session(&e.code).map(|s| ("agenda-moved", s)));
        }
        for e in &log.cancelled {
            affected.extend(
                old.and_then(|p| p.session(&e.code))
                    .map(|s| ("agenda-cancelled", s)),
            );
        }
        let mut out = Vec::new();
        if affected.is_empty() {
            return Ok(out);
        }
        // Everyone to tell, for the whole edition in one query, rather than
        // three lookups per session (a first release touches them all).
        let edition = self.current_edition().await?.id;
        let rows: Vec<(i64, String, String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT s.proposal_id, lower(s.email), s.name, 'en' FROM proposal_speakers s \
                 JOIN proposals p ON p.id = s.proposal_id WHERE p.edition_id = $1 AND s.email <> \
                 '' UNION SELECT p.id, lower(u.email), u.name, u.locale FROM proposals p JOIN \
                 users u ON u.id = p.created_by WHERE p.edition_id = $1 UNION SELECT \
                 c.proposal_id, lower(u.email), u.name, u.locale FROM proposal_coorganizers c \
                 JOIN proposals p ON p.id = c.proposal_id JOIN users u ON u.id = c.user_id WHERE \
                 p.edition_id = $1 AND c.status = 'accepted'",
            )
            .bind(edition)
            .fetch_all(pool)
            .await
        })?;
        let mut by_session: HashMap<i64, Vec<(String, String, String)>> = HashMap::new();
        for (proposal, email, name, locale) in rows {
            by_session
                .entry(proposal)
                .or_default()
                .push((email, name, locale));
        }
        for (template, s) in affected {
            let room = new
                .room(s.room)
                .or_else(|| old.and_then(|p| p.room(s.room)));
            let recipients = by_session.remove(&s.id).unwrap_or_default();
            let mut seen = BTreeSet::new();
            for (email, name, locale) in recipients {
                if !seen.insert(email.clone()) {
                    continue;
                }
                let loc = Locale::from_tag(&locale).unwrap_or(Locale::En);
                let when = format!(
                    "{} {}–{} (Geneva)",
                    s.span.day,
                    clock(s.span.start),
                    clock(s.span.end)
                );
                let mail = compose(
                    loc,
                    template,
                    &[
                        ("name", name.clone()),
                        ("code", s.code.clone()),
                        ("title", s.title.clone()),
                        ("when", when),
                        ("room", room.map(|r| r.name.clone()).unwrap_or_default()),
                        (
                            "link",
                            format!("{}/sessions/{}", new.edition.base_url, s.code),
                        ),
                        ("edition", new.edition.title.clone()),
                    ],
                );
                out.push((
                    email,
                    name,
                    loc.tag().to_string(),
                    template.to_string(),
                    mail.subject,
                    mail.body,
                ));
            }
        }
        Ok(out)
    }
}
