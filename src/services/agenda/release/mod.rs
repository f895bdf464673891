//! Releases: a self-contained snapshot of the placed sessions, a changelog
//! against the previous release (added, moved, cancelled), status updates,
//! and e-mails to the people of every affected session through the outbox.
//! The public reads releases only, never the board being edited.

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
    text_language: String,
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

mod build;
mod publish;

impl Portal {
    /// The latest release of the current edition, if any.
    pub async fn latest_release(&self) -> AppResult<Option<ReleaseHead>> {
        Ok(crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT r.id, r.number, r.released_at, r.revision, r.revised_at FROM \
                 agenda_releases r JOIN editions e ON e.id = r.edition_id WHERE e.is_current = \
                 TRUE ORDER BY r.number DESC LIMIT 1",
            )
            .fetch_optional(pool)
            .await
        })?)
    }

    /// Release `number` of the current edition (the latest when `None`).
    /// Its links (exports, feeds) use the public URL configured now, not the
    /// one in force when it was released: a release made before
    /// `PORTAL_BASE_URL` was set must not carry the default address for good.
    pub async fn programme(&self, number: Option<i64>) -> AppResult<Option<Programme>> {
        let snapshot: Option<String> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT r.snapshot FROM agenda_releases r JOIN editions e ON e.id = r.edition_id \
                 WHERE e.is_current = TRUE AND ($1 = 0 OR r.number = $1) ORDER BY r.number DESC \
                 LIMIT 1",
            )
            .bind(number.unwrap_or(0))
            .fetch_optional(pool)
            .await
        })?;
        let Some(snapshot) = snapshot else {
            return Ok(None);
        };
        let mut programme: Programme =
            serde_json::from_str(&snapshot).map_err(AppError::internal)?;
        programme.edition.base_url = self.settings.base_url.trim_end_matches('/').to_owned();
        Ok(Some(programme))
    }

    /// Every release of the current edition, newest first.
    pub async fn releases(&self) -> AppResult<Vec<ReleaseSummary>> {
        let rows: Vec<(i64, OffsetDateTime, String, String)> =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT r.number, r.released_at, r.note, r.changelog FROM agenda_releases r \
                     JOIN editions e ON e.id = r.edition_id WHERE e.is_current = TRUE ORDER BY \
                     r.number DESC",
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
        actor.require_staff()?;
        self.build_programme().await
    }
}

#[cfg(test)]
mod tests;
