//! Releases: a self-contained snapshot of the placed sessions, a changelog
//! against the previous release (added, moved, cancelled), status updates,
//! and e-mails to the people of every affected session through the outbox.
//! The public reads releases only, never the board being edited.

use super::require_staff;
use crate::domain::Locale;
use crate::domain::agenda::conflicts::{Severity, find_conflicts};
use crate::domain::agenda::{
    Programme, ProgrammeBlock, ProgrammeEdition, ProgrammeOrganization, ProgrammePerson,
    ProgrammeRoom, ProgrammeSession, ThemeRef, clock,
};
use crate::domain::taxonomy::{KIND_ACTION_LINE, KIND_SDG, action_line_name, sdgs};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};
use time::OffsetDateTime;

/// The latest release, cheap to ask for on every public request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ReleaseHead {
    /// Row id (changes with every release; the cache key).
    pub id: i64,
    /// Release number.
    pub number: i64,
    /// When.
    pub released_at: OffsetDateTime,
    /// Bumped when the snapshot is rewritten (an erased person's name).
    pub revision: i64,
    /// When the snapshot was last rewritten, if ever.
    pub revised_at: Option<OffsetDateTime>,
}

impl ReleaseHead {
    /// When the released content last changed: the release, or the latest
    /// rewrite of its snapshot (HTTP `Last-Modified`).
    pub fn last_modified(&self) -> OffsetDateTime {
        self.revised_at
            .map_or(self.released_at, |r| r.max(self.released_at))
    }
}

/// A session named in a changelog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEntry {
    /// Public code.
    pub code: String,
    /// Title.
    pub title: String,
}

/// What a release changed against the previous one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changelog {
    /// Sessions new in the programme.
    pub added: Vec<ChangeEntry>,
    /// Sessions whose time or room changed.
    pub moved: Vec<ChangeEntry>,
    /// Sessions no longer in the programme.
    pub cancelled: Vec<ChangeEntry>,
}

/// A release as listed publicly.
#[derive(Debug, Clone, Serialize)]
pub struct ReleaseSummary {
    /// Number.
    pub number: i64,
    /// When.
    pub released_at: OffsetDateTime,
    /// The organizers' note.
    pub note: String,
    /// Changes.
    pub changelog: Changelog,
}

/// A UUID (version-5 layout) derived from `seed`: stable across releases
/// and instances, so calendar apps and conference apps recognise updates.
pub(crate) fn stable_uuid(seed: &str) -> String {
    let d = Sha256::digest(seed.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// The public id of a person: derived from the identity, never showing it.
pub(crate) fn person_id(identity: &str) -> String {
    let d = Sha256::digest(format!("person:{identity}").as_bytes());
    d[..6].iter().map(|x| format!("{x:02x}")).collect()
}

/// Compares two releases.
pub fn changelog(old: Option<&Programme>, new: &Programme) -> Changelog {
    let entry = |s: &ProgrammeSession| ChangeEntry {
        code: s.code.clone(),
        title: s.title.clone(),
    };
    let mut log = Changelog::default();
    let before: HashMap<&str, &ProgrammeSession> = old
        .map(|p| p.sessions.iter().map(|s| (s.code.as_str(), s)).collect())
        .unwrap_or_default();
    for s in &new.sessions {
        match before.get(s.code.as_str()) {
            None => log.added.push(entry(s)),
            Some(o) if o.span != s.span || o.room != s.room => log.moved.push(entry(s)),
            _ => {}
        }
    }
    if let Some(old) = old {
        for s in &old.sessions {
            if new.session(&s.code).is_none() {
                log.cancelled.push(entry(s));
            }
        }
    }
    log
}

#[derive(sqlx::FromRow)]
struct Detail {
    id: i64,
    abstract_text: String,
    description: String,
    participation_mode: String,
    org_name: String,
    org_type: String,
    org_country: String,
}

type Themes = Vec<(i64, String, String)>;

#[derive(sqlx::FromRow)]
struct SpeakerRow {
    proposal_id: i64,
    id: i64,
    role: String,
    name: String,
    title: String,
    organization: String,
    email: String,
    country_code: String,
    remote: bool,
}

impl Portal {
    /// The latest release of the current edition, if any.
    pub async fn latest_release(&self) -> AppResult<Option<ReleaseHead>> {
        Ok(crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT r.id, r.number, r.released_at, r.revision, r.revised_at FROM \
                agenda_releases r \
                JOIN editions e ON e.id = r.edition_id \
             WHERE e.is_current = TRUE ORDER BY r.number DESC LIMIT 1",
            )
            .fetch_optional(pool)
            .await
        })?)
    }

    /// Release `number` of the current edition (the latest when `None`).
    pub async fn programme(&self, number: Option<i64>) -> AppResult<Option<Programme>> {
        let snapshot: Option<String> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT r.snapshot FROM agenda_releases r JOIN editions e ON e.id = \
                r.edition_id \
             WHERE e.is_current = TRUE AND ($1 = 0 OR r.number = $1) ORDER BY r.number \
             DESC LIMIT \
             1",
            )
            .bind(number.unwrap_or(0))
            .fetch_optional(pool)
            .await
        })?;
        snapshot
            .map(|s| serde_json::from_str(&s).map_err(AppError::internal))
            .transpose()
    }

    /// Every release of the current edition, newest first.
    pub async fn releases(&self) -> AppResult<Vec<ReleaseSummary>> {
        let rows: Vec<(i64, OffsetDateTime, String, String)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT r.number, r.released_at, r.note, r.changelog FROM agenda_releases r \
                JOIN \
                editions e ON e.id = r.edition_id \
             WHERE e.is_current = TRUE ORDER BY r.number DESC",
                )
                .fetch_all(pool)
                .await
            })?;
        Ok(rows
            .into_iter()
            .map(|(number, released_at, note, log)| ReleaseSummary {
                number,
                released_at,
                note,
                changelog: serde_json::from_str(&log).unwrap_or_default(),
            })
            .collect())
    }

    /// The programme the board would release now (not stored).
    pub async fn draft_programme(&self, actor: &CurrentUser) -> AppResult<(Programme, usize)> {
        require_staff(actor)?;
        self.build_programme().await
    }

    async fn build_programme(&self) -> AppResult<(Programme, usize)> {
        let data = self.load_agenda().await?;
        let errors = find_conflicts(&data.board)
            .iter()
            .filter(|c| c.severity() == Severity::Error)
            .count();
        let edition = &data.edition;
        let id = edition.id;
        let (details, coorgs, speakers, lines, goals, languages) =
            crate::dispatch!(&self.db, |pool| {
                async {
                    let placed = "(SELECT proposal_id FROM placements WHERE edition_id = $1 AND \
                room_id \
                IS NOT NULL)";
                    let details: Vec<Detail> = sqlx::query_as(&format!(
                        "SELECT p.id, p.abstract_text, p.description, p.participation_mode, \
                    o.name AS \
                    org_name, o.stakeholder_type AS org_type, \
                 o.country_code AS org_country FROM proposals p JOIN organizations o ON \
                 o.id = \
                 p.organization_id WHERE p.id IN {placed}",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let coorgs: Vec<(i64, String, String, String)> = sqlx::query_as(&format!(
                        "SELECT proposal_id, organization, stakeholder_type, country_code FROM \
                    proposal_coorganizers \
                 WHERE status = 'accepted' AND proposal_id IN {placed} ORDER BY \
                 proposal_id, id",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let speakers: Vec<SpeakerRow> = sqlx::query_as(&format!(
                        "SELECT s.proposal_id, s.id, s.role, s.name, s.title, s.organization, \
                    s.email, \
                    s.country_code, s.remote FROM proposal_speakers s \
                 LEFT JOIN speaker_confirmations c ON c.proposal_id = s.proposal_id AND \
                 c.email = \
                 s.email \
                 WHERE s.proposal_id IN {placed} AND (c.answer IS NULL OR c.answer <> \
                 'declined') \
                 ORDER BY s.proposal_id, s.position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let lines: Themes = sqlx::query_as(&format!(
                        "SELECT proposal_id, code, rationale FROM proposal_action_lines WHERE \
                    proposal_id \
                    IN {placed} ORDER BY proposal_id, position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let goals: Vec<(i64, i64, String)> = sqlx::query_as(&format!(
                        "SELECT proposal_id, sdg, rationale FROM proposal_sdgs WHERE \
                    proposal_id IN \
                    {placed} ORDER BY proposal_id, position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let languages: Vec<(i64, String)> = sqlx::query_as(&format!(
                        "SELECT proposal_id, language FROM proposal_languages WHERE proposal_id \
                    IN \
                    {placed} ORDER BY proposal_id, language",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    Ok::<_, sqlx::Error>((details, coorgs, speakers, lines, goals, languages))
                }
                .await
            })?;

        let mut details: HashMap<i64, Detail> = details.into_iter().map(|d| (d.id, d)).collect();
        let mut orgs: HashMap<i64, Vec<ProgrammeOrganization>> = HashMap::new();
        for (p, name, kind, country) in coorgs {
            orgs.entry(p).or_default().push(ProgrammeOrganization {
                name,
                stakeholder_type: kind,
                country,
            });
        }
        let mut persons: HashMap<i64, Vec<ProgrammePerson>> = HashMap::new();
        for SpeakerRow {
            proposal_id: p,
            id: sid,
            role,
            name,
            title,
            organization,
            email,
            country_code: country,
            remote,
        } in speakers
        {
            let identity = match email.trim().to_lowercase() {
                e if e.is_empty() => format!("speaker:{sid}"),
                e => e,
            };
            persons.entry(p).or_default().push(ProgrammePerson {
                id: person_id(&identity),
                guid: stable_uuid(&format!("person:{identity}")),
                role,
                name,
                title,
                organization,
                country,
                remote,
            });
        }
        // The organizers' names win over the shipped ones; a sub-theme they
        // added has only theirs.
        let renamed: HashMap<(String, String), String> = self
            .taxonomy(id)
            .await?
            .into_iter()
            .filter(|e| !e.name.is_empty())
            .map(|e| ((e.kind, e.code), e.name))
            .collect();
        let own =
            |kind: &str, code: &str| renamed.get(&(kind.to_owned(), code.to_owned())).cloned();
        let mut line_map: HashMap<i64, Vec<ThemeRef>> = HashMap::new();
        for (p, code, rationale) in lines {
            let title = own(KIND_ACTION_LINE, &code)
                .unwrap_or_else(|| action_line_name(&code).unwrap_or(&code).to_string());
            line_map.entry(p).or_default().push(ThemeRef {
                code,
                title,
                rationale,
            });
        }
        let mut goal_map: HashMap<i64, Vec<ThemeRef>> = HashMap::new();
        for (p, n, rationale) in goals {
            let title = own(KIND_SDG, &n.to_string()).unwrap_or_else(|| {
                sdgs()
                    .iter()
                    .find(|g| g.number as i64 == n)
                    .map(|g| g.name.clone())
                    .unwrap_or_default()
            });
            goal_map.entry(p).or_default().push(ThemeRef {
                code: n.to_string(),
                title,
                rationale,
            });
        }
        let mut lang_map: HashMap<i64, Vec<String>> = HashMap::new();
        for (p, l) in languages {
            lang_map.entry(p).or_default().push(l);
        }

        let mut sessions = Vec::new();
        for s in &data.sessions {
            let (Some(placed), Some(d)) = (s.placed, details.remove(&s.id)) else {
                continue;
            };
            let mut organizations = vec![ProgrammeOrganization {
                name: d.org_name,
                stakeholder_type: d.org_type,
                country: d.org_country,
            }];
            organizations.extend(orgs.remove(&s.id).unwrap_or_default());
            sessions.push(ProgrammeSession {
                id: s.id,
                code: s.code.clone(),
                guid: stable_uuid(&format!("{}:session:{}", edition.code, s.code)),
                sequence: 0,
                title: s.title.clone(),
                format: s.format.clone(),
                format_name: edition
                    .format(&s.format)
                    .map(|f| f.name.clone())
                    .unwrap_or_else(|| s.format.clone()),
                abstract_text: d.abstract_text,
                description: d.description,
                room: placed.room,
                span: placed.span,
                organizations,
                persons: persons.remove(&s.id).unwrap_or_default(),
                action_lines: line_map.remove(&s.id).unwrap_or_default(),
                sdgs: goal_map.remove(&s.id).unwrap_or_default(),
                languages: lang_map.remove(&s.id).unwrap_or_default(),
                participation_mode: d.participation_mode,
            });
        }
        sessions.sort_by(|a, b| {
            (a.span.day, a.span.start, a.room, &a.code).cmp(&(
                b.span.day,
                b.span.start,
                b.room,
                &b.code,
            ))
        });
        let programme = Programme {
            release: 0,
            released_at: self.clock.now(),
            edition: ProgrammeEdition {
                code: edition.code.clone(),
                title: edition.title.clone(),
                venue: edition.venue.clone(),
                time_zone: edition.time_zone.clone(),
                base_url: self.settings.base_url.trim_end_matches('/').to_string(),
            },
            days: data.board.days.clone(),
            day_start: data.board.day_start,
            day_end: data.board.day_end,
            step: data.board.step,
            rooms: data
                .rooms
                .iter()
                .map(|r| ProgrammeRoom {
                    id: r.id,
                    guid: stable_uuid(&format!("{}:room:{}", edition.code, r.id)),
                    name: r.name.clone(),
                    building: r.building.clone(),
                    capacity: r.capacity.max(0) as u32,
                    hybrid: r.hybrid,
                    interpretation: r
                        .interpretation
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                    remote_url: r.remote_url.clone(),
                })
                .collect(),
            blocks: data
                .blocks
                .iter()
                .map(|b| ProgrammeBlock {
                    id: b.id,
                    guid: stable_uuid(&format!("{}:block:{}", edition.code, b.id)),
                    kind: b.kind,
                    title: b.title.clone(),
                    span: b.span,
                    rooms: b.rooms.clone(),
                })
                .collect(),
            sessions,
        };
        Ok((programme, errors))
    }

    /// Publishes the board as the next release. With hard conflicts on the
    /// board the organizer must tick `confirm`. Returns the release number.
    pub async fn release_agenda(
        &self,
        actor: &CurrentUser,
        note: &str,
        confirm: bool,
        meta: &RequestMeta,
    ) -> AppResult<i64> {
        require_staff(actor)?;
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
                    "INSERT INTO agenda_releases (edition_id, number, snapshot, \
                        changelog, note, \
                    released_by, released_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (edition_id, number) \
                 DO NOTHING",
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
                        "UPDATE proposals SET status = 'scheduled', updated_at = $2, \
                    version = version + 1 WHERE id = $1 AND status IN ('accepted', \
                    'confirmed')",
                    )
                    .bind(*id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if n == 1 {
                        sqlx::query(
                            "INSERT INTO proposal_events (proposal_id, status, \
                                actor_user_id, \
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
                        "UPDATE proposals SET status = 'accepted', updated_at = $2, \
                    version = version + 1 WHERE id = $1 AND status = 'scheduled'",
                    )
                    .bind(*id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if n == 1 {
                        sqlx::query(
                            "INSERT INTO proposal_events (proposal_id, status, \
                                actor_user_id, \
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
                    now,
                    Some(actor.id),
                    "agenda.release",
                    "edition",
                    edition.id,
                    None,
                    Some(json!({
                        "number": number,
                        "added": log.added.len(),
                        "moved": log.moved.len(),
                        "cancelled": log.cancelled.len(),
                        "emails": notices.len(),
                    })),
                    &meta.client_addr
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
    async fn release_notices(
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
                "SELECT s.proposal_id, lower(s.email), s.name, 'en' FROM proposal_speakers \
                s JOIN \
                proposals p ON p.id = s.proposal_id \
             WHERE p.edition_id = $1 AND s.email <> '' \
             UNION SELECT p.id, lower(u.email), u.name, u.locale FROM proposals p JOIN \
             users u ON \
             u.id = p.created_by WHERE p.edition_id = $1 \
             UNION SELECT c.proposal_id, lower(u.email), u.name, u.locale FROM \
             proposal_coorganizers c \
             JOIN proposals p ON p.id = c.proposal_id JOIN users u ON u.id = c.user_id \
             WHERE p.edition_id = $1 AND c.status = 'accepted'",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_uuids_are_deterministic_and_shaped_like_uuids() {
        let a = stable_uuid("WF27:session:WF27-0001");
        assert_eq!(a, stable_uuid("WF27:session:WF27-0001"));
        assert_ne!(a, stable_uuid("WF27:session:WF27-0002"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "5");
        assert!(
            person_id("ana@example.org")
                .chars()
                .all(|c| c.is_ascii_hexdigit())
        );
    }
}
