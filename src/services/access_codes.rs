//! Access codes: organizers hand them to invited or late proposers, who may
//! then create and submit a proposal after the deadline, until the code
//! expires. A code may be limited to some formats and a number of uses.

use super::editions::{Edition, parse_local};
use super::{CurrentUser, Portal, RequestMeta};
use crate::domain::Role;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::validation::{FieldErrors, single_line};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// An access code as organizers see it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AccessCode {
    /// Row id.
    pub id: i64,
    /// The code to type, e.g. `K7MQ-2XPA`.
    pub code: String,
    /// Who it is for.
    pub label: String,
    /// Allowed format codes, comma-separated; empty for all.
    pub formats: String,
    /// Most proposals it may create.
    pub max_uses: i64,
    /// Proposals created with it.
    pub uses: i64,
    /// Until when it works (and its proposals stay editable).
    pub expires_at: OffsetDateTime,
}

impl AccessCode {
    /// True when the code covers proposals of `format` (empty: not chosen yet).
    pub fn allows(&self, format: &str) -> bool {
        self.formats.is_empty() || format.is_empty() || self.formats.split(',').any(|f| f == format)
    }
}

/// The organizers' form for a new code.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AccessCodeForm {
    /// Who it is for.
    #[serde(default)]
    pub label: String,
    /// Most proposals it may create.
    #[serde(default)]
    pub max_uses: String,
    /// Until when (Geneva time, `YYYY-MM-DDTHH:MM`).
    #[serde(default)]
    pub expires_at: String,
    /// Allowed formats (none ticked: all).
    #[serde(default)]
    pub formats: Vec<String>,
}

/// Letters and digits that cannot be mistaken for one another.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

fn new_code() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    let mut s = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            s.push('-');
        }
        s.push(ALPHABET[rng.gen_range(0..ALPHABET.len())] as char);
    }
    s
}

/// Normalizes what a person typed: upper case, no spaces.
pub fn normalize_code(typed: &str) -> String {
    typed.trim().to_uppercase().replace(' ', "")
}

impl Portal {
    /// Creates a code for the current edition. Organizers and admins only.
    pub async fn create_access_code(
        &self,
        actor: &CurrentUser,
        form: &AccessCodeForm,
        meta: &RequestMeta,
    ) -> AppResult<AccessCode> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let label = e.check("label", single_line(&form.label, 2, 200));
        let max_uses = match form.max_uses.trim().parse::<i64>() {
            Ok(n) if (1..=1000).contains(&n) => Some(n),
            Ok(_) => {
                e.push_limit("max_uses", "number-too-large", 1000);
                None
            }
            Err(_) => {
                e.push(
                    "max_uses",
                    if form.max_uses.trim().is_empty() {
                        "required"
                    } else {
                        "number-invalid"
                    },
                );
                None
            }
        };
        let expires = parse_local(&mut e, "expires_at", &form.expires_at, true);
        let now = self.clock.now();
        if expires.is_some_and(|x| x <= now) {
            e.push("expires_at", "must-be-future");
        }
        if form.formats.iter().any(|f| edition.format(f).is_none()) {
            e.push("formats", "choose-from-list");
        }
        let (Some(label), Some(max_uses), Some(expires)) = (label, max_uses, expires) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let formats = form.formats.join(",");
        let code = new_code();
        let row: AccessCode = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let row: AccessCode = sqlx::query_as(
                    "INSERT INTO access_codes (edition_id, code, label, formats, max_uses, uses, \
                     expires_at, created_by, created_at) VALUES ($1, $2, $3, $4, $5, 0, $6, $7, \
                     $8) RETURNING id, code, label, formats, max_uses, uses, expires_at",
                )
                .bind(edition.id)
                .bind(&code)
                .bind(&label)
                .bind(&formats)
                .bind(max_uses)
                .bind(expires)
                .bind(actor.id.0)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "access-code.create",
                        target_kind: "access-code",
                        target: code.to_string(),
                        before: None,
                        after: Some(json!({
                            "label": label,
                            "formats": formats,
                            "max_uses": max_uses,
                            "expires_at": expires,
                        })),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>(row)
            }
            .await
        })?;
        Ok(row)
    }

    /// The current edition's codes, newest first. Organizers and admins only.
    pub async fn access_codes(&self, actor: &CurrentUser) -> AppResult<Vec<AccessCode>> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let rows = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as::<_, AccessCode>(
            "SELECT id, code, label, formats, max_uses, uses, expires_at FROM access_codes WHERE \
             edition_id = $1 ORDER BY id DESC",
        )
        .bind(edition.id)
        .fetch_all(pool)
        .await
        })?;
        Ok(rows)
    }

    /// Checks a code a proposer typed against the current edition.
    pub async fn check_access_code(
        &self,
        actor: &CurrentUser,
        typed: &str,
    ) -> AppResult<AccessCode> {
        actor.require_any(&[Role::Stakeholder])?;
        let edition = self.current_edition().await?;
        self.usable_code(&edition, typed).await
    }

    /// A code of `edition` that still works at `now`, or `Conflict`.
    pub(crate) async fn usable_code(
        &self,
        edition: &Edition,
        typed: &str,
    ) -> AppResult<AccessCode> {
        let code = normalize_code(typed);
        let now = self.clock.now();
        let row: Option<AccessCode> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, code, label, formats, max_uses, uses, expires_at FROM access_codes \
                 WHERE code = $1 AND edition_id = $2",
            )
            .bind(&code)
            .bind(edition.id)
            .fetch_optional(pool)
            .await
        })?;
        match row {
            Some(c) if c.expires_at > now && c.uses < c.max_uses => Ok(c),
            Some(c) if c.expires_at > now => {
                Err(AppError::Conflict(ConflictCode::AccessCodeUsedUp))
            }
            _ => Err(AppError::Conflict(ConflictCode::AccessCodeInvalid)),
        }
    }

    /// The expiry of the code a proposal was created with, if any.
    pub(crate) async fn code_expiry(
        &self,
        access_code_id: Option<i64>,
    ) -> AppResult<Option<(OffsetDateTime, String)>> {
        let Some(id) = access_code_id else {
            return Ok(None);
        };
        let row: Option<(OffsetDateTime, String)> =
            crate::dispatch!(&self.db, |pool| sqlx::query_as(
                "SELECT expires_at, formats FROM access_codes WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await)?;
        Ok(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_normalized() {
        let c = new_code();
        assert_eq!(c.len(), 9);
        assert_eq!(&c[4..5], "-");
        assert!(
            c.chars()
                .all(|ch| ch == '-' || ALPHABET.contains(&(ch as u8)))
        );
        assert_eq!(normalize_code(" k7mq-2xpa "), "K7MQ-2XPA");
    }
}
