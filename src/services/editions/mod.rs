//! Forum editions and their session formats. The current edition decides
//! when the call for proposals opens and closes; each format may close
//! earlier with its own deadline.

use super::Portal;
use crate::domain::geneva;
use crate::domain::proposal::PanelLimits;
use crate::domain::taxonomy::format_seeds;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::{CurrentUser, RequestMeta};
use crate::validation::{FieldErrors, single_line};
use serde::Deserialize;
use serde::Serialize;
use serde_json::json;
use time::macros::time;
use time::{Date, OffsetDateTime};

/// A session format as configured for an edition.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Format {
    /// Optimistic-concurrency version.
    pub version: i64,
    /// Stable code, e.g. `thematic-workshop`.
    pub code: String,
    /// English name (translated in the UI by code).
    pub name: String,
    /// Length in minutes.
    pub minutes: i64,
    /// Fewest panelists, moderator included.
    pub min_panel: i64,
    /// Most panelists, moderator included.
    pub max_panel: i64,
    /// Own deadline, when earlier than the edition's.
    pub deadline: Option<OffsetDateTime>,
    /// Whether proposals may choose it.
    pub is_open: bool,
    /// Extra questions, in order.
    #[sqlx(skip)]
    pub questions: Vec<crate::domain::question::Question>,
}

impl Format {
    /// Panel size limits of this format.
    pub fn panel_limits(&self) -> PanelLimits {
        PanelLimits {
            min: self.min_panel.max(0) as u32,
            max: self.max_panel.max(0) as u32,
        }
    }
}

/// One forum edition and its call for proposals.
#[derive(Debug, Clone, Serialize)]
pub struct Edition {
    /// Optimistic-concurrency version.
    pub version: i64,
    /// Row id.
    pub id: i64,
    /// Short code used in proposal codes, e.g. `WF27`.
    pub code: String,
    /// Title.
    pub title: String,
    /// First day of the forum.
    pub starts_on: Date,
    /// Last day of the forum.
    pub ends_on: Date,
    /// Where it takes place.
    pub venue: String,
    /// IANA time zone of the venue.
    pub time_zone: String,
    /// The call opens.
    pub submissions_open_at: OffsetDateTime,
    /// The call closes (unless a format closes earlier).
    pub submissions_close_at: OffsetDateTime,
    /// Formats offered, in order.
    pub formats: Vec<Format>,
}

impl Edition {
    /// The format with `code`, if offered.
    pub fn format(&self, code: &str) -> Option<&Format> {
        self.formats.iter().find(|f| f.code == code)
    }

    /// When proposals of `format` (or of the edition when unknown) close.
    pub fn deadline_for(&self, format: &str) -> OffsetDateTime {
        self.format(format)
            .and_then(|f| f.deadline)
            .map(|d| d.min(self.submissions_close_at))
            .unwrap_or(self.submissions_close_at)
    }

    /// True while the call accepts new proposals at `now`.
    pub fn is_open_at(&self, now: OffsetDateTime) -> bool {
        now >= self.submissions_open_at && now < self.submissions_close_at
    }
}

#[cfg(test)]
mod tests;

#[derive(sqlx::FromRow)]
struct EditionRow {
    id: i64,
    version: i64,
    code: String,
    title: String,
    starts_on: Date,
    ends_on: Date,
    venue: String,
    time_zone: String,
    submissions_open_at: OffsetDateTime,
    submissions_close_at: OffsetDateTime,
}

/// Panel limits of the seeded formats: (min, max) panelists, moderator included.
fn seed_panel(code: &str) -> (i64, i64) {
    match code {
        "high-level-policy-session" => (3, 10),
        "facilitation-meeting" => (2, 12),
        "knowledge-cafe" => (2, 8),
        "open-space-talk" => (1, 3),
        "hackathon" => (1, 10),
        "exhibition" => (1, 4),
        _ => (2, 6),
    }
}

/// What a new edition needs.
#[derive(Debug, Clone)]
pub struct NewEdition {
    /// Short code, e.g. `WF27`.
    pub code: String,
    /// Title.
    pub title: String,
    /// First day.
    pub starts_on: Date,
    /// Last day.
    pub ends_on: Date,
    /// Venue.
    pub venue: String,
    /// The call opens.
    pub submissions_open_at: OffsetDateTime,
    /// The call closes.
    pub submissions_close_at: OffsetDateTime,
}

impl NewEdition {
    /// The edition a new installation starts with, relative to `today`: the
    /// call opens today and closes 90 days later at 23:59 Geneva winter time;
    /// the five-day forum follows three months after that, in Geneva.
    /// Organizers change all of it in the settings.
    pub fn starting(today: Date) -> NewEdition {
        let close = today + time::Duration::days(90);
        let starts_on = close + time::Duration::days(90);
        let year = starts_on.year();
        NewEdition {
            code: format!("WF{:02}", year % 100),
            title: format!("WSIS Forum {year}"),
            starts_on,
            ends_on: starts_on + time::Duration::days(4),
            venue: "CICG, Geneva".into(),
            submissions_open_at: today.midnight().assume_utc(),
            submissions_close_at: close.with_time(time!(22:59)).assume_utc(),
        }
    }
}

mod settings;

impl Portal {
    /// The current edition with its formats; `NotFound` when none is set up.
    pub async fn current_edition(&self) -> AppResult<Edition> {
        let row: Option<EditionRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, version, code, title, starts_on, ends_on, venue, time_zone, \
                 submissions_open_at, submissions_close_at FROM editions WHERE is_current = TRUE \
                 ORDER BY id DESC LIMIT 1",
            )
            .fetch_optional(pool)
            .await
        })?;
        let row = row.ok_or(AppError::NotFound)?;
        let mut formats: Vec<Format> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT version, code, name, minutes, min_panel, max_panel, deadline, is_open \
                 FROM formats WHERE edition_id = $1 ORDER BY position",
            )
            .bind(row.id)
            .fetch_all(pool)
            .await
        })?;
        let questions: Vec<(i64, String, String, String, String, bool)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT id, format_code, label, kind, choices, required FROM format_questions \
                 WHERE edition_id = $1 ORDER BY position, id",
            )
            .bind(row.id)
            .fetch_all(pool)
            .await)?;
        for (id, format_code, label, kind, choices, required) in questions {
            let kind =
                crate::domain::question::QuestionKind::stored(&kind).map_err(AppError::internal)?;
            if let Some(f) = formats.iter_mut().find(|f| f.code == format_code) {
                f.questions.push(crate::domain::question::Question {
                    id,
                    label,
                    kind,
                    choices: choices
                        .lines()
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    required,
                });
            }
        }
        Ok(Edition {
            version: row.version,
            id: row.id,
            code: row.code,
            title: row.title,
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            venue: row.venue,
            time_zone: row.time_zone,
            submissions_open_at: row.submissions_open_at,
            submissions_close_at: row.submissions_close_at,
            formats,
        })
    }

    /// Creates an edition with the taxonomy's formats and makes it current.
    pub async fn create_edition(&self, e: &NewEdition) -> AppResult<i64> {
        let now = self.clock.now();
        let id = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query("UPDATE editions SET is_current = FALSE WHERE is_current = TRUE")
                    .execute(&mut *tx)
                    .await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO editions (code, title, starts_on, ends_on, venue, time_zone, \
                     submissions_open_at, submissions_close_at, is_current, created_at, \
                     updated_at) VALUES ($1, $2, $3, $4, $5, 'Europe/Zurich', $6, $7, TRUE, $8, \
                     $8) RETURNING id",
                )
                .bind(&e.code)
                .bind(&e.title)
                .bind(e.starts_on)
                .bind(e.ends_on)
                .bind(&e.venue)
                .bind(e.submissions_open_at)
                .bind(e.submissions_close_at)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                for (i, f) in format_seeds().iter().enumerate() {
                    let (min, max) = seed_panel(&f.code);
                    sqlx::query(
                        "INSERT INTO formats (edition_id, code, name, minutes, min_panel, \
                         max_panel, is_open, position, created_at, updated_at) VALUES ($1, $2, \
                         $3, $4, $5, $6, TRUE, $7, $8, $8)",
                    )
                    .bind(id)
                    .bind(&f.code)
                    .bind(&f.name)
                    .bind(f.default_minutes as i64)
                    .bind(min)
                    .bind(max)
                    .bind(i as i64)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(id)
            }
            .await
        })?;
        Ok(id)
    }

    /// Makes sure an edition exists (the 2027 defaults on a new database).
    pub async fn ensure_edition(&self) -> AppResult<()> {
        match self.current_edition().await {
            Ok(_) => Ok(()),
            Err(AppError::NotFound) => {
                let today = self.clock.now().date();
                self.create_edition(&NewEdition::starting(today))
                    .await
                    .map(|_| ())
            }
            Err(e) => Err(e),
        }
    }
}

/// The edition settings form as typed: dates `YYYY-MM-DD`, times in Geneva
/// as `YYYY-MM-DDTHH:MM` (what `<input type="datetime-local">` sends).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EditionForm {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Venue.
    #[serde(default)]
    pub venue: String,
    /// First day.
    #[serde(default)]
    pub starts_on: String,
    /// Last day.
    #[serde(default)]
    pub ends_on: String,
    /// The call opens (Geneva time).
    #[serde(default)]
    pub submissions_open: String,
    /// The call closes (Geneva time).
    #[serde(default)]
    pub submissions_close: String,
    /// Version the form was loaded with.
    #[serde(default)]
    pub version: i64,
}

/// One format's settings as typed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FormatForm {
    /// Length in minutes.
    #[serde(default)]
    pub minutes: String,
    /// Fewest panelists.
    #[serde(default)]
    pub min_panel: String,
    /// Most panelists.
    #[serde(default)]
    pub max_panel: String,
    /// Own deadline in Geneva time, or empty for the edition's.
    #[serde(default)]
    pub deadline: String,
    /// Present when proposals may choose the format.
    #[serde(default)]
    pub is_open: Option<String>,
    /// Version the form was loaded with.
    #[serde(default)]
    pub version: i64,
}

/// A Geneva wall-clock time as the form field shows it.
pub fn local_input(t: OffsetDateTime) -> String {
    let l = geneva::to_local(t);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        l.year(),
        u8::from(l.month()),
        l.day(),
        l.hour(),
        l.minute()
    )
}

fn parse_date(e: &mut FieldErrors, field: &str, v: &str) -> Option<Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    match Date::parse(v.trim(), &fmt) {
        Ok(d) => Some(d),
        Err(_) => {
            e.push(
                field,
                if v.trim().is_empty() {
                    "required"
                } else {
                    "date-invalid"
                },
            );
            None
        }
    }
}

/// Parses a Geneva `YYYY-MM-DDTHH:MM` field into UTC, recording errors.
pub(crate) fn parse_local(
    e: &mut FieldErrors,
    field: &str,
    v: &str,
    required: bool,
) -> Option<OffsetDateTime> {
    let v = v.trim();
    if v.is_empty() {
        if required {
            e.push(field, "required");
        }
        return None;
    }
    let long = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let short = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    match time::PrimitiveDateTime::parse(v, &short)
        .or_else(|_| time::PrimitiveDateTime::parse(v, &long))
    {
        Ok(t) => Some(geneva::from_local(t)),
        Err(_) => {
            e.push(field, "datetime-invalid");
            None
        }
    }
}

pub(crate) fn parse_number(
    e: &mut FieldErrors,
    field: &str,
    v: &str,
    min: i64,
    max: i64,
) -> Option<i64> {
    match v.trim().parse::<i64>() {
        Ok(n) if n < min => {
            e.push_limit(field, "number-too-small", min as u32);
            None
        }
        Ok(n) if n > max => {
            e.push_limit(field, "number-too-large", max as u32);
            None
        }
        Ok(n) => Some(n),
        Err(_) => {
            e.push(
                field,
                if v.trim().is_empty() {
                    "required"
                } else {
                    "number-invalid"
                },
            );
            None
        }
    }
}

/// The organizers' form for a new question.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QuestionForm {
    /// The question.
    #[serde(default)]
    pub label: String,
    /// Kind code.
    #[serde(default)]
    pub kind: String,
    /// Choices, one per line (choice questions).
    #[serde(default)]
    pub choices: String,
    /// Present when an answer is required.
    #[serde(default)]
    pub required: Option<String>,
}
