//! The consultation's meetings (virtual, physical or hybrid, with dates and
//! a remote-participation link), and the inputs organizers record there as
//! submissions on behalf of the speaker, marked as such.

use super::NewSubmission;
use crate::domain::submission::{MEETING_MODES, SubmissionForm, SubmissionKind};
use crate::domain::taxonomy::Themes;
use crate::domain::{StakeholderType, country};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::services::editions::{local_input, parse_local};
use crate::services::{CurrentUser, Portal, RequestMeta};
use crate::validation::{FieldErrors, single_line, web_address};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// One consultation meeting.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Meeting {
    /// Row id.
    pub id: i64,
    /// Title, e.g. "Second physical consultation meeting".
    pub title: String,
    /// `virtual`, `physical` or `hybrid`.
    pub mode: String,
    /// Start.
    pub starts_at: OffsetDateTime,
    /// End.
    pub ends_at: OffsetDateTime,
    /// Where (for physical and hybrid meetings).
    pub location: String,
    /// Remote-participation link (virtual and hybrid).
    pub remote_url: String,
    /// Optimistic-concurrency version.
    pub version: i64,
    /// Inputs recorded at it.
    #[sqlx(default)]
    pub inputs: i64,
}

/// The organizers' meeting form; times are Geneva `YYYY-MM-DDTHH:MM`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MeetingForm {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Mode code.
    #[serde(default)]
    pub mode: String,
    /// Start.
    #[serde(default)]
    pub starts_at: String,
    /// End.
    #[serde(default)]
    pub ends_at: String,
    /// Place.
    #[serde(default)]
    pub location: String,
    /// Remote link.
    #[serde(default)]
    pub remote_url: String,
    /// Version the form was loaded with (0 for a new meeting).
    #[serde(default)]
    pub version: i64,
}

impl MeetingForm {
    /// The form filled with a saved meeting.
    pub fn of(m: &Meeting) -> MeetingForm {
        MeetingForm {
            title: m.title.clone(),
            mode: m.mode.clone(),
            starts_at: local_input(m.starts_at),
            ends_at: local_input(m.ends_at),
            location: m.location.clone(),
            remote_url: m.remote_url.clone(),
            version: m.version,
        }
    }
}

/// The speaker an input recorded at a meeting comes from.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OnBehalf {
    /// The speaker's name (and organization, as said at the meeting).
    pub name: String,
    /// Their stakeholder type code.
    pub stakeholder: String,
    /// Their country code.
    pub country: String,
}

struct CheckedMeeting {
    title: String,
    mode: String,
    starts_at: OffsetDateTime,
    ends_at: OffsetDateTime,
    location: String,
    remote_url: String,
}

fn check_meeting(f: &MeetingForm) -> Result<CheckedMeeting, FieldErrors> {
    let mut e = FieldErrors::default();
    let title = e.check("title", single_line(&f.title, 5, 150));
    let mode = f.mode.trim().to_owned();
    if !MEETING_MODES.contains(&mode.as_str()) {
        e.push(
            "mode",
            if mode.is_empty() {
                "required"
            } else {
                "choose-from-list"
            },
        );
    }
    let starts_at = parse_local(&mut e, "starts_at", &f.starts_at, true);
    let ends_at = parse_local(&mut e, "ends_at", &f.ends_at, true);
    if let (Some(s), Some(end)) = (starts_at, ends_at)
        && end <= s
    {
        e.push("ends_at", "ends-before-start");
    }
    let location = if f.location.trim().is_empty() {
        if mode == "physical" || mode == "hybrid" {
            e.push("location", "required");
        }
        Some(String::new())
    } else {
        e.check("location", single_line(&f.location, 2, 200))
    };
    let remote_url = e.check("remote_url", web_address(&f.remote_url, 500));
    if (mode == "virtual" || mode == "hybrid") && remote_url.as_deref().is_some_and(str::is_empty) {
        e.push("remote_url", "required");
    }
    match (title, starts_at, ends_at, location, remote_url) {
        (Some(title), Some(starts_at), Some(ends_at), Some(location), Some(remote_url))
            if e.is_empty() =>
        {
            Ok(CheckedMeeting {
                title,
                mode,
                starts_at,
                ends_at,
                location,
                remote_url,
            })
        }
        _ => Err(e),
    }
}

impl Portal {
    /// The current edition's meetings, in date order, with how many inputs
    /// each has. Organizers and admins only.
    pub async fn meetings(&self, actor: &CurrentUser) -> AppResult<Vec<Meeting>> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let rows: Vec<Meeting> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT m.id, m.title, m.mode, m.starts_at, m.ends_at, m.location, m.remote_url, \
                 m.version, (SELECT COUNT(*) FROM submissions s WHERE s.meeting_id = m.id) AS \
                 inputs FROM consultation_meetings m WHERE m.edition_id = $1 ORDER BY \
                 m.starts_at, m.id",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// One meeting of the current edition. Organizers and admins only.
    pub async fn meeting(&self, actor: &CurrentUser, id: i64) -> AppResult<Meeting> {
        self.meetings(actor)
            .await?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or(AppError::NotFound)
    }

    /// Adds a meeting (`id` None) or changes one. Organizers and admins only.
    pub async fn save_meeting(
        &self,
        actor: &CurrentUser,
        id: Option<i64>,
        form: &MeetingForm,
        meta: &RequestMeta,
    ) -> AppResult<i64> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let m = check_meeting(form)?;
        if let Some(id) = id {
            self.meeting(actor, id).await?;
        }
        let now = self.clock.now();
        let after = json!({
            "title": m.title,
            "mode": m.mode,
            "starts_at": form.starts_at,
            "ends_at": form.ends_at,
        });
        let saved: Option<i64> = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let saved = match id {
                    None => Some(
                        sqlx::query_scalar::<_, i64>(
                            "INSERT INTO consultation_meetings (edition_id, title, mode, \
                             starts_at, ends_at, location, remote_url, created_at, updated_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                        )
                        .bind(edition.id)
                        .bind(&m.title)
                        .bind(&m.mode)
                        .bind(m.starts_at)
                        .bind(m.ends_at)
                        .bind(&m.location)
                        .bind(&m.remote_url)
                        .bind(now)
                        .fetch_one(&mut *tx)
                        .await?,
                    ),
                    Some(id) => {
                        let n = sqlx::query(
                            "UPDATE consultation_meetings SET title = $3, mode = $4, starts_at = \
                             $5, ends_at = $6, location = $7, remote_url = $8, updated_at = $9, \
                             version = version + 1 WHERE id = $1 AND version = $2",
                        )
                        .bind(id)
                        .bind(form.version)
                        .bind(&m.title)
                        .bind(&m.mode)
                        .bind(m.starts_at)
                        .bind(m.ends_at)
                        .bind(&m.location)
                        .bind(&m.remote_url)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                        (n == 1).then_some(id)
                    }
                };
                if let Some(saved) = saved {
                    let action = if id.is_some() {
                        "meeting.update"
                    } else {
                        "meeting.create"
                    };
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action,
                            target_kind: "meeting",
                            target: saved.to_string(),
                            before: None,
                            after: Some(after),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(saved)
            }
            .await
        })?;
        saved.ok_or(AppError::Conflict(ConflictCode::StaleVersion))
    }

    /// Records what a speaker said or handed in at a meeting as a sent
    /// submission of `kind`, on their behalf. Organizers and admins only;
    /// the kind's deadline and per-organization limit do not apply.
    pub async fn record_meeting_input(
        &self,
        actor: &CurrentUser,
        meeting: i64,
        kind: SubmissionKind,
        on_behalf: &OnBehalf,
        form: SubmissionForm,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        actor.require_staff()?;
        let meeting = self.meeting(actor, meeting).await?;
        let edition = self.current_edition().await?;
        let limits = self.kind_limits(&edition, kind).await?;
        let form = form.normalized(kind);
        let themes = Themes::of(&self.taxonomy(edition.id).await?);
        let mut e = match form.check_submission(kind, limits, &themes) {
            Ok(()) => FieldErrors::default(),
            Err(e) => e,
        };
        let name = e.check("on_behalf_name", single_line(&on_behalf.name, 2, 200));
        let stakeholder = e.check(
            "on_behalf_stakeholder",
            StakeholderType::parse(&on_behalf.stakeholder),
        );
        let country_code = on_behalf.country.trim().to_uppercase();
        if country(&country_code).is_none() {
            e.push(
                "on_behalf_country",
                if country_code.is_empty() {
                    "required"
                } else {
                    "choose-from-list"
                },
            );
        }
        let (Some(name), Some(stakeholder)) = (name, stakeholder) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let new = NewSubmission {
            edition_id: edition.id,
            edition_code: &edition.code,
            kind,
            organization_id: None,
            stakeholder_type: stakeholder.code().to_owned(),
            country_code,
            meeting_id: Some(meeting.id),
            on_behalf_of: name,
            submit: true,
            limit: None,
        };
        self.insert_submission(actor, new, &form, meta).await
    }
}
