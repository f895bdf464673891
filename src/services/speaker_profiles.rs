//! Speakers' own profiles, photos and declared availability.
//!
//! A panelist reaches their profile through their confirmation link: the
//! token proves the e-mail identity, and no account is needed. Organizers
//! and admins edit any panelist's profile on their behalf, and that edit is
//! audited with their name. Nobody else may.
//!
//! What a profile makes public is written into every released programme
//! that names the person (as erasure rewrites names), so the public pages
//! and exports read it from the release like everything else, and the
//! cache revalidates because the release's revision changes.

use super::agenda::person_id;
use super::{Portal, RequestMeta};
use crate::domain::UserId;
use crate::domain::agenda::{Programme, ProgrammePerson};
use crate::domain::speaker_profile::{
    AvailabilityForm, SpeakerProfile, SpeakerProfileForm, Visibility,
};
use crate::error::{AppError, AppResult, ConflictCode};
use crate::photo::{self, Photo, PhotoError};
use crate::services::{Audit, CurrentUser};
use crate::validation::FieldErrors;
use serde::Serialize;
use serde_json::json;
use time::Date;

/// Who edits a profile, and whose.
#[derive(Debug, Clone, Copy)]
pub enum ProfileEditor<'a> {
    /// A panelist, by the token of their confirmation link.
    Speaker(&'a str),
    /// An organizer or admin, for the panelist with this e-mail address.
    Staff(&'a CurrentUser, &'a str),
    /// A signed-in panelist, by their account's (confirmed) address.
    Account(&'a CurrentUser),
}

impl ProfileEditor<'_> {
    /// The speaker themselves (by link or account), not staff on their
    /// behalf.
    fn is_speaker(&self) -> bool {
        !matches!(self, ProfileEditor::Staff(..))
    }

    /// The account acting, for the audit log (none for a link).
    fn account(&self) -> Option<UserId> {
        match self {
            ProfileEditor::Speaker(_) => None,
            ProfileEditor::Staff(u, _) | ProfileEditor::Account(u) => Some(u.id),
        }
    }
}

/// What happens to the stored photo when a profile is saved.
#[derive(Debug, Clone)]
pub enum PhotoChange {
    /// Keep it (or keep having none).
    Keep,
    /// Delete it.
    Remove,
    /// An upload refused while it was read (over the size limit).
    Refused(PhotoError),
    /// Replace it with this upload.
    Upload {
        /// The file as uploaded.
        bytes: Vec<u8>,
        /// Its name on the uploader's machine (only the extension is read).
        file_name: String,
    },
}

/// A time the person cannot speak.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct DeclaredTime {
    /// Row id.
    pub id: i64,
    /// Day.
    pub day: Date,
    /// From (minute of the day, Geneva time).
    pub start_minute: i64,
    /// Until.
    pub end_minute: i64,
    /// Declared by the speaker (else recorded by organizers).
    pub by_speaker: bool,
}

/// Everything the profile page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ProfilePage {
    /// The public id of the person (their `/speakers/{id}` page).
    pub person_id: String,
    /// The profile as saved, or as the panel gives it before the first save.
    pub profile: SpeakerProfile,
    /// Whether the person has saved a profile.
    pub saved: bool,
    /// The stored photo's hash, if any.
    pub photo_hash: Option<String>,
    /// The stored thumbnail as a `data:` URI, shown to the editor inline
    /// whether it is public or not.
    #[serde(skip)]
    pub photo_preview: Option<String>,
    /// Their sessions in the current edition: (code, title).
    pub sessions: Vec<(String, String)>,
    /// Times they cannot speak, in this edition.
    pub unavailable: Vec<DeclaredTime>,
    /// The forum's days.
    pub days: Vec<Date>,
    /// First and last minute of a forum day.
    pub day_span: (i64, i64),
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    print_name: String,
    honorific: String,
    job_title: String,
    organization: String,
    bio: String,
    links: String,
    pronouns: String,
    public_details: bool,
    public_bio: bool,
    public_links: bool,
    public_pronouns: bool,
    public_photo: bool,
    photo_hash: Option<String>,
    photo_thumb: Option<Vec<u8>>,
}

impl ProfileRow {
    fn profile(&self) -> SpeakerProfile {
        SpeakerProfile {
            print_name: self.print_name.clone(),
            honorific: self.honorific.clone(),
            job_title: self.job_title.clone(),
            organization: self.organization.clone(),
            bio: self.bio.clone(),
            links: self
                .links
                .lines()
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            pronouns: self.pronouns.clone(),
            visibility: Visibility {
                details: self.public_details,
                bio: self.public_bio,
                links: self.public_links,
                pronouns: self.public_pronouns,
                photo: self.public_photo,
            },
        }
    }
}

/// `person` as the programme shows them under `profile`: the printed name
/// always, every other part only when made public.
pub(crate) fn apply_profile(
    person: &mut ProgrammePerson,
    profile: &SpeakerProfile,
    photo: Option<&str>,
) {
    let v = profile.visibility;
    let shown = |on: bool, s: &str| if on { s.to_owned() } else { String::new() };
    person.name = profile.print_name.clone();
    person.honorific = shown(v.details, &profile.honorific);
    person.title = shown(v.details, &profile.job_title);
    person.organization = shown(v.details, &profile.organization);
    person.bio = shown(v.bio, &profile.bio);
    person.links = if v.links {
        profile.links.clone()
    } else {
        Vec::new()
    };
    person.pronouns = shown(v.pronouns, &profile.pronouns);
    person.photo = photo
        .filter(|_| v.photo)
        .map(str::to_owned)
        .unwrap_or_default();
}

/// Photo decodes under way in this instance (see `save_speaker_profile`).
static DECODES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

const PROFILE_COLUMNS: &str = "print_name, honorific, job_title, organization, bio, links, \
                               pronouns, public_details, public_bio, public_links, \
                               public_pronouns, public_photo, photo_hash, photo_thumb";

impl Portal {
    /// The address a profile editor may edit: the link's panelist, a
    /// signed-in panelist's own address, or for staff any address on a
    /// panel. Anyone else is refused.
    async fn profile_identity(&self, editor: ProfileEditor<'_>) -> AppResult<String> {
        match editor {
            ProfileEditor::Speaker(token) => {
                // Still on the panel of a live proposal, or the link is spent.
                self.speaker_invitation(token).await?;
                let email = self.invitation_row(token).await?.2.trim().to_lowercase();
                // Panel rows without an address share no identity.
                if email.is_empty() {
                    return Err(AppError::Conflict(ConflictCode::TokenInvalid));
                }
                Ok(email)
            }
            ProfileEditor::Staff(actor, email) => {
                actor.require_staff()?;
                self.panelist_address(email).await
            }
            ProfileEditor::Account(user) => self.panelist_address(&user.email).await,
        }
    }

    /// `email` when it is on a panel of a live proposal; `NotFound` else.
    async fn panelist_address(&self, email: &str) -> AppResult<String> {
        // Panel rows without an address share no identity, so only a real
        // address names a person.
        let email = crate::domain::Email::parse(email)
            .map_err(|_| AppError::NotFound)?
            .as_str()
            .to_lowercase();
        let on_panel: Option<i64> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT s.proposal_id FROM proposal_speakers s JOIN proposals p ON p.id = \
             s.proposal_id WHERE lower(s.email) = $1 AND p.status <> 'withdrawn' LIMIT 1",
        )
        .bind(&email)
        .fetch_optional(pool)
        .await)?;
        on_panel.map(|_| email).ok_or(AppError::NotFound)
    }

    async fn profile_row(&self, email: &str) -> AppResult<Option<ProfileRow>> {
        let sql = format!("SELECT {PROFILE_COLUMNS} FROM speaker_profiles WHERE email = $1");
        Ok(crate::dispatch!(&self.db, |pool| sqlx::query_as(&sql)
            .bind(email)
            .fetch_optional(pool)
            .await)?)
    }

    /// The profile page of the editor's panelist.
    pub async fn speaker_profile_page(&self, editor: ProfileEditor<'_>) -> AppResult<ProfilePage> {
        let email = self.profile_identity(editor).await?;
        let row = self.profile_row(&email).await?;
        let edition = self.current_edition().await?;
        // Newest panel row first: the proposer's latest spelling.
        let panel: Vec<(String, String, String, String, String)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT s.name, s.title, s.organization, p.code, p.title FROM proposal_speakers \
                 s JOIN proposals p ON p.id = s.proposal_id WHERE lower(s.email) = $1 AND \
                 p.edition_id = $2 AND p.status <> 'withdrawn' ORDER BY p.id DESC",
            )
            .bind(&email)
            .bind(edition.id)
            .fetch_all(pool)
            .await)?;
        let profile = match &row {
            Some(r) => r.profile(),
            None => panel
                .first()
                .map(|(name, title, org, _, _)| SpeakerProfile {
                    print_name: name.clone(),
                    job_title: title.clone(),
                    organization: org.clone(),
                    // What the programme already shows stays shown.
                    visibility: Visibility {
                        details: true,
                        ..Visibility::default()
                    },
                    ..SpeakerProfile::default()
                })
                .unwrap_or_default(),
        };
        let unavailable: Vec<DeclaredTime> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT id, day, start_minute, end_minute, by_speaker FROM unavailability WHERE \
             edition_id = $1 AND lower(email) = $2 ORDER BY day, start_minute",
        )
        .bind(edition.id)
        .bind(&email)
        .fetch_all(pool)
        .await)?;
        let grid = self.grid_settings(edition.id).await?;
        let days = super::agenda::forum_days(&edition);
        Ok(ProfilePage {
            person_id: person_id(&email),
            saved: row.is_some(),
            photo_hash: row.as_ref().and_then(|r| r.photo_hash.clone()),
            photo_preview: row.and_then(|r| r.photo_thumb).map(|jpeg| {
                use base64::Engine;
                let b64 = base64::engine::general_purpose::STANDARD.encode(jpeg);
                format!("data:image/jpeg;base64,{b64}")
            }),
            profile,
            sessions: panel
                .into_iter()
                .map(|(_, _, _, code, title)| (code, title))
                .collect(),
            unavailable,
            days,
            day_span: (grid.agenda_day_start, grid.agenda_day_end),
        })
    }

    /// Saves a profile and its photo change, and shows what is public in
    /// every released programme that names the person.
    pub async fn save_speaker_profile(
        &self,
        editor: ProfileEditor<'_>,
        form: &SpeakerProfileForm,
        photo_change: PhotoChange,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        let email = self.profile_identity(editor).await?;
        let checked = form.validate();
        // The photo is checked even when other fields are wrong, so every
        // message shows at once.
        let remove = matches!(photo_change, PhotoChange::Remove);
        let processed: Option<Result<Photo, PhotoError>> = match photo_change {
            PhotoChange::Upload { bytes, file_name } => {
                // At most two decodes at once per instance: each may take
                // up to photo::MAX_ALLOC of memory.
                let _turn = DECODES.acquire().await.map_err(AppError::internal)?;
                Some(
                    tokio::task::spawn_blocking(move || photo::process(&bytes, &file_name))
                        .await
                        .map_err(AppError::internal)?,
                )
            }
            PhotoChange::Refused(e) => Some(Err(e)),
            PhotoChange::Remove | PhotoChange::Keep => None,
        };
        let (profile, new_photo) = match (checked, processed) {
            (Ok(profile), None) => (profile, None),
            (Ok(profile), Some(Ok(photo))) => (profile, Some(photo)),
            (checked, processed) => {
                let mut errors = checked.err().unwrap_or_default();
                if let Some(Err(e)) = processed {
                    errors.push("photo", e.code());
                }
                return Err(AppError::Validation(errors));
            }
        };
        let old = self.profile_row(&email).await?;
        let photo_hash = match (&new_photo, remove) {
            (Some(p), _) => Some(p.hash.clone()),
            (None, true) => None,
            (None, false) => old.as_ref().and_then(|r| r.photo_hash.clone()),
        };
        let pid = person_id(&email);
        let rewritten = self
            .snapshots_rewriting(&pid, |p| apply_profile(p, &profile, photo_hash.as_deref()))
            .await?;
        let now = self.clock.now();
        let actor = editor.account();
        let v = profile.visibility;
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO speaker_profiles (email, print_name, honorific, job_title, \
                 organization, bio, links, pronouns, public_details, public_bio, public_links, \
                 public_pronouns, public_photo, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, \
                 $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (email) DO UPDATE SET print_name \
                 = $2, honorific = $3, job_title = $4, organization = $5, bio = $6, links = $7, \
                 pronouns = $8, public_details = $9, public_bio = $10, public_links = $11, \
                 public_pronouns = $12, public_photo = $13, updated_at = $14",
            )
            .bind(&email)
            .bind(&profile.print_name)
            .bind(&profile.honorific)
            .bind(&profile.job_title)
            .bind(&profile.organization)
            .bind(&profile.bio)
            .bind(profile.links.join("\n"))
            .bind(&profile.pronouns)
            .bind(v.details)
            .bind(v.bio)
            .bind(v.links)
            .bind(v.pronouns)
            .bind(v.photo)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if let Some(p) = &new_photo {
                sqlx::query(
                    "UPDATE speaker_profiles SET photo_hash = $2, photo_large = $3, photo_thumb \
                     = $4 WHERE email = $1",
                )
                .bind(&email)
                .bind(&p.hash)
                .bind(&p.large)
                .bind(&p.thumb)
                .execute(&mut *tx)
                .await?;
            } else if remove {
                sqlx::query(
                    "UPDATE speaker_profiles SET photo_hash = NULL, photo_large = NULL, \
                     photo_thumb = NULL WHERE email = $1",
                )
                .bind(&email)
                .execute(&mut *tx)
                .await?;
            }
            for (id, snapshot) in &rewritten {
                sqlx::query(
                    "UPDATE agenda_releases SET snapshot = $2, revision = revision + 1, \
                     revised_at = $3 WHERE id = $1",
                )
                .bind(id)
                .bind(snapshot)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor,
                    action: "speaker.profile.update",
                    target_kind: "speaker",
                    target: pid.clone(),
                    before: old.as_ref().map(|r| json!(r.profile())),
                    after: Some(json!({
                        "profile": &profile,
                        "photo": new_photo.as_ref().map(|p| p.hash.as_str())
                            .or(if remove { Some("removed") } else { None }),
                    })),
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }

    /// A speaker declares a time they cannot speak (a time range or the
    /// whole day, Geneva time). The conflict rules and the scheduler read it
    /// as they read organizers' entries.
    pub async fn declare_unavailable(
        &self,
        editor: ProfileEditor<'_>,
        form: &AvailabilityForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        // Organizers record times on the venue page, as theirs.
        if !editor.is_speaker() {
            return Err(AppError::Forbidden);
        }
        let email = self.profile_identity(editor).await?;
        let actor = editor.account();
        let data = self.load_agenda().await?;
        let mut e = FieldErrors::default();
        let day = super::agenda::forum_day(&mut e, "day", &form.day, &data.board.days);
        let span = if form.whole_day.is_some() {
            Some((0u16, 24 * 60))
        } else {
            super::agenda::span_fields(&mut e, &form.start, &form.end)
        };
        e.into_result()?;
        let (Some(day), Some((start, end))) = (day, span) else {
            return Err(AppError::field("day", "required"));
        };
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO unavailability (edition_id, email, day, start_minute, end_minute, \
                 note, created_at, by_speaker) VALUES ($1, $2, $3, $4, $5, '', $6, TRUE) \
                 RETURNING id",
            )
            .bind(data.edition.id)
            .bind(&email)
            .bind(day)
            .bind(i64::from(start))
            .bind(i64::from(end))
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor,
                    action: "speaker.unavailable.add",
                    target_kind: "unavailability",
                    target: id.to_string(),
                    before: None,
                    after: Some(json!({"day": day.to_string(), "start": start, "end": end})),
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }

    /// A speaker withdraws a time they declared. Organizers' entries are
    /// theirs to remove.
    pub async fn withdraw_unavailable(
        &self,
        editor: ProfileEditor<'_>,
        id: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        if !editor.is_speaker() {
            return Err(AppError::Forbidden);
        }
        let email = self.profile_identity(editor).await?;
        let actor = editor.account();
        let now = self.clock.now();
        let n = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(
                "DELETE FROM unavailability WHERE id = $1 AND lower(email) = $2 AND by_speaker",
            )
            .bind(id)
            .bind(&email)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor,
                        action: "speaker.unavailable.remove",
                        target_kind: "unavailability",
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

    /// A public photo by its hash: the 400 px square, or with `thumb` the
    /// 96 px one. `None` when there is none, or it is not public.
    pub async fn speaker_photo(&self, hash: &str, thumb: bool) -> AppResult<Option<Vec<u8>>> {
        let column = if thumb { "photo_thumb" } else { "photo_large" };
        let sql = format!(
            "SELECT {column} FROM speaker_profiles WHERE photo_hash = $1 AND public_photo AND \
             {column} IS NOT NULL"
        );
        let row: Option<Vec<u8>> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(&sql)
            .bind(hash)
            .fetch_optional(pool)
            .await)?;
        Ok(row)
    }

    /// The saved profiles of `emails` (lowercase), for a release: each with
    /// its photo's hash.
    pub(crate) async fn profiles_of(
        &self,
        emails: &[String],
    ) -> AppResult<std::collections::HashMap<String, (SpeakerProfile, Option<String>)>> {
        let sql = format!("SELECT email, {PROFILE_COLUMNS} FROM speaker_profiles");
        let all: Vec<ProfileRowWithEmail> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
        Ok(all
            .into_iter()
            .filter(|r| emails.contains(&r.email))
            .map(|r| (r.email.clone(), (r.row.profile(), r.row.photo_hash)))
            .collect())
    }

    /// Released programmes that name person `id`, each with `change`
    /// applied to that person: (release id, new snapshot).
    pub(crate) async fn snapshots_rewriting(
        &self,
        id: &str,
        change: impl Fn(&mut ProgrammePerson),
    ) -> AppResult<Vec<(i64, String)>> {
        let rows: Vec<(i64, String)> = crate::dispatch!(&self.db, |pool| sqlx::query_as(
            "SELECT id, snapshot FROM agenda_releases WHERE snapshot LIKE '%' || $1 || '%'",
        )
        .bind(id)
        .fetch_all(pool)
        .await)?;
        let mut out = Vec::new();
        for (release, text) in rows {
            let mut p: Programme = serde_json::from_str(&text).map_err(AppError::internal)?;
            let before = p.clone();
            for person in p.sessions.iter_mut().flat_map(|s| s.persons.iter_mut()) {
                if person.id == id {
                    change(person);
                }
            }
            if p != before {
                out.push((
                    release,
                    serde_json::to_string(&p).map_err(AppError::internal)?,
                ));
            }
        }
        Ok(out)
    }

    /// The profile of `email` for "download my data", its photo included
    /// (base64 JPEG); `null` when there is none.
    pub(crate) async fn profile_export(&self, email: &str) -> AppResult<serde_json::Value> {
        use base64::Engine;
        let Some(row) = self.profile_row(email).await? else {
            return Ok(serde_json::Value::Null);
        };
        let large: Option<Vec<u8>> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT photo_large FROM speaker_profiles WHERE email = $1",
        )
        .bind(email)
        .fetch_one(pool)
        .await)?;
        let b64 = base64::engine::general_purpose::STANDARD;
        Ok(json!({
            "profile": row.profile(),
            "photo_jpeg_base64": large.map(|b| b64.encode(b)),
            "thumbnail_jpeg_base64": row.photo_thumb.map(|b| b64.encode(b)),
        }))
    }
}

#[derive(sqlx::FromRow)]
struct ProfileRowWithEmail {
    email: String,
    #[sqlx(flatten)]
    row: ProfileRow,
}
