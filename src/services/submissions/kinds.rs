//! Each edition's settings per submission kind: open or closed, its own
//! deadline (never later than the call's), how many an organization may
//! send, and how long the text may be. Copied from the defaults on first
//! use; organizers change them on `/organize/consultation`.

use crate::domain::submission::{KindLimits, SubmissionKind};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::services::editions::{local_input, parse_local, parse_number};
use crate::services::{CurrentUser, Edition, Portal, RequestMeta};
use crate::validation::FieldErrors;
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// One kind's settings in an edition.
#[derive(Debug, Clone, Serialize)]
pub struct KindSettings {
    /// The kind.
    pub kind: SubmissionKind,
    /// Whether stakeholders may send it.
    pub is_open: bool,
    /// Its own deadline, if set.
    pub deadline: Option<OffsetDateTime>,
    /// When it closes: its deadline or the call's, whichever is first.
    pub closes_at: OffsetDateTime,
    /// Limits.
    pub limits: KindLimits,
    /// Optimistic-concurrency version.
    pub version: i64,
}

/// The organizers' form for one kind.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct KindSettingsForm {
    /// Present when open.
    #[serde(default)]
    pub open: Option<String>,
    /// Geneva `YYYY-MM-DDTHH:MM`, or empty for the call's deadline.
    #[serde(default)]
    pub deadline: String,
    /// Most per organization.
    #[serde(default)]
    pub max_per_organization: String,
    /// Most characters of text.
    #[serde(default)]
    pub max_chars: String,
    /// Version the form was loaded with.
    #[serde(default)]
    pub version: i64,
}

impl KindSettingsForm {
    /// The form filled with the saved settings.
    pub fn of(s: &KindSettings) -> KindSettingsForm {
        KindSettingsForm {
            open: s.is_open.then(|| "yes".to_owned()),
            deadline: s.deadline.map(local_input).unwrap_or_default(),
            max_per_organization: s.limits.max_per_organization.to_string(),
            max_chars: s.limits.max_chars.to_string(),
            version: s.version,
        }
    }
}

#[derive(sqlx::FromRow)]
struct KindRow {
    kind: String,
    is_open: bool,
    deadline: Option<OffsetDateTime>,
    max_per_organization: i64,
    max_chars: i64,
    version: i64,
}

impl Portal {
    async fn read_kind_rows(&self, edition: i64) -> AppResult<Vec<KindRow>> {
        let rows: Vec<KindRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT kind, is_open, deadline, max_per_organization, max_chars, version FROM \
                 submission_kinds WHERE edition_id = $1",
            )
            .bind(edition)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    /// The edition's settings for every kind, in form order. The first call
    /// for an edition stores the defaults (safely when several instances
    /// do so at once).
    pub async fn kind_settings(&self, edition: &Edition) -> AppResult<Vec<KindSettings>> {
        let mut rows = self.read_kind_rows(edition.id).await?;
        if rows.len() < SubmissionKind::ALL.len() {
            let now = self.clock.now();
            crate::dispatch!(&self.db, |pool| {
                async {
                    let mut tx = pool.begin().await?;
                    for k in SubmissionKind::ALL {
                        let l = k.default_limits();
                        sqlx::query(
                            "INSERT INTO submission_kinds (edition_id, kind, \
                             max_per_organization, max_chars, created_at, updated_at) VALUES \
                             ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING",
                        )
                        .bind(edition.id)
                        .bind(k.code())
                        .bind(i64::from(l.max_per_organization))
                        .bind(i64::from(l.max_chars))
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                    tx.commit().await
                }
                .await
            })?;
            rows = self.read_kind_rows(edition.id).await?;
        }
        let mut out: Vec<KindSettings> = rows
            .into_iter()
            .filter_map(|r| {
                let kind = SubmissionKind::from_code(&r.kind)?;
                let closes_at = r
                    .deadline
                    .map(|d| d.min(edition.submissions_close_at))
                    .unwrap_or(edition.submissions_close_at);
                Some(KindSettings {
                    kind,
                    is_open: r.is_open,
                    deadline: r.deadline,
                    closes_at,
                    limits: KindLimits {
                        max_per_organization: r.max_per_organization.clamp(0, u32::MAX.into())
                            as u32,
                        max_chars: r.max_chars.clamp(0, u32::MAX.into()) as u32,
                    },
                    version: r.version,
                })
            })
            .collect();
        out.sort_by_key(|s| SubmissionKind::ALL.iter().position(|k| *k == s.kind));
        Ok(out)
    }

    /// Changes one kind's settings in the current edition. Organizers and
    /// admins only.
    pub async fn update_kind_settings(
        &self,
        actor: &CurrentUser,
        kind: SubmissionKind,
        form: &KindSettingsForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let deadline = parse_local(&mut e, "deadline", &form.deadline, false);
        if let Some(d) = deadline
            && d > edition.submissions_close_at
        {
            e.push("deadline", "deadline-after-call");
        }
        let max_org = parse_number(
            &mut e,
            "max_per_organization",
            &form.max_per_organization,
            1,
            100,
        );
        let max_chars = parse_number(&mut e, "max_chars", &form.max_chars, 200, 20_000);
        let (Some(max_org), Some(max_chars)) = (max_org, max_chars) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let open = form.open.is_some();
        let now = self.clock.now();
        // Make sure the row exists before it is updated.
        self.kind_settings(&edition).await?;
        let done: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE submission_kinds SET is_open = $4, deadline = $5, \
                     max_per_organization = $6, max_chars = $7, updated_at = $8, version = \
                     version + 1 WHERE edition_id = $1 AND kind = $2 AND version = $3",
                )
                .bind(edition.id)
                .bind(kind.code())
                .bind(form.version)
                .bind(open)
                .bind(deadline)
                .bind(max_org)
                .bind(max_chars)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "submission-kind.update",
                            target_kind: "submission-kind",
                            target: kind.code().to_string(),
                            before: None,
                            after: Some(json!({
                                "open": open,
                                "deadline": form.deadline,
                                "max_per_organization": max_org,
                                "max_chars": max_chars,
                            })),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if done == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }
}
