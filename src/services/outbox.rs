//! The e-mail outbox. E-mails are rows written in the same transaction as the
//! change that causes them; a worker on any instance claims due rows, sends
//! them and records the outcome, retrying with backoff. Nothing is lost if
//! the SMTP server or the process goes away mid-send: an unconfirmed claim
//! expires and another attempt is made.

use super::Portal;
use crate::error::AppResult;
use crate::services::Audit;
use serde::Serialize;
use time::{Duration, OffsetDateTime};

/// Delivery state of an outbox e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum OutboxStatus {
    /// Waiting to be sent (or retried).
    Pending,
    /// Accepted by the SMTP server.
    Sent,
    /// Gave up after the maximum number of attempts.
    Failed,
}

impl OutboxStatus {
    fn code(self) -> &'static str {
        match self {
            OutboxStatus::Pending => "pending",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
        }
    }
}

/// An e-mail as stored in the outbox.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct OutboxEmail {
    /// Row id.
    pub id: i64,
    /// Recipient address.
    pub to_address: String,
    /// Recipient name.
    pub to_name: String,
    /// Language it was written in.
    pub locale: String,
    /// Template name, e.g. `verify-email`.
    pub template: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body_text: String,
    /// `pending`, `sent` or `failed`.
    pub status: String,
    /// Delivery attempts so far.
    pub attempts: i64,
    /// The last delivery error.
    pub last_error: Option<String>,
    /// When it was written.
    pub created_at: OffsetDateTime,
}

/// One template written out with example values.
#[derive(Debug, Clone, Serialize)]
pub struct EmailPreview {
    /// Template name, e.g. `verify-email`.
    pub template: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// Attempts before an e-mail is marked failed (about a day with backoff).
pub const MAX_ATTEMPTS: i64 = 10;

/// Columns selected for [`OutboxEmail`].
const COLUMNS: &str = "id, to_address, to_name, locale, template, subject, body_text, status, \
    attempts, last_error, created_at";

/// The start of an outbox insert, up to `VALUES`: one column list for
/// [`enqueue_email!`] and [`enqueue_emails!`].
#[macro_export]
#[doc(hidden)]
macro_rules! outbox_insert {
    () => {
        "INSERT INTO email_outbox (to_address, to_name, locale, template, subject, body_text, \
         status, attempts, next_attempt_at, created_at) "
    };
}

/// Queues an e-mail with executor `$ex` (usually the caller's transaction).
#[macro_export]
#[doc(hidden)]
macro_rules! enqueue_email {
    ($ex:expr, $now:expr, $to:expr, $name:expr, $locale:expr, $template:expr, $subject:expr, $body:expr) => {
        sqlx::query(concat!(
            $crate::outbox_insert!(),
            "VALUES ($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $7)"
        ))
        .bind($to)
        .bind($name)
        .bind($locale)
        .bind($template)
        .bind($subject)
        .bind($body)
        .bind($now)
        .execute($ex)
        .await
        .map(|_| ())
    };
}

/// Queues several e-mails in one statement with executor `$ex`: `$mails`
/// yields `(to, name, locale, template, subject, body)` tuples of `&str`.
/// Nothing is written when there are none.
#[macro_export]
#[doc(hidden)]
macro_rules! enqueue_emails {
    ($ex:expr, $now:expr, $mails:expr) => {{
        let mails: Vec<(&str, &str, &str, &str, &str, &str)> = $mails.into_iter().collect();
        if mails.is_empty() {
            Ok(())
        } else {
            let mut q = sqlx::QueryBuilder::new($crate::outbox_insert!());
            q.push_values(
                mails,
                |mut row, (to, name, locale, template, subject, body)| {
                    row.push_bind(to)
                        .push_bind(name)
                        .push_bind(locale)
                        .push_bind(template)
                        .push_bind(subject)
                        .push_bind(body)
                        .push("'pending'")
                        .push("0")
                        .push_bind($now)
                        .push_bind($now);
                },
            );
            q.build().execute($ex).await.map(|_| ())
        }
    }};
}

impl Portal {
    /// Claims the oldest due e-mail for `lease`, so no other worker sends it
    /// meanwhile. The claim re-checks the lease in the outer `WHERE`, which
    /// makes it atomic on PostgreSQL under concurrent workers too.
    pub async fn claim_due_email(&self, lease: Duration) -> AppResult<Option<OutboxEmail>> {
        let now = self.clock.now();
        let sql = format!(
            "UPDATE email_outbox SET locked_until = $2, attempts = attempts + 1 WHERE id = \
             (SELECT id FROM email_outbox WHERE status = 'pending' AND next_attempt_at <= $1 AND \
             (locked_until IS NULL OR locked_until <= $1) ORDER BY id LIMIT 1) AND status = \
             'pending' AND (locked_until IS NULL OR locked_until <= $1) RETURNING {COLUMNS}"
        );
        let row = crate::dispatch!(&self.db, |pool| sqlx::query_as::<_, OutboxEmail>(&sql)
            .bind(now)
            .bind(now + lease)
            .fetch_optional(pool)
            .await)?;
        Ok(row)
    }

    /// Records a successful delivery.
    pub async fn mark_email_sent(&self, id: i64) -> AppResult<()> {
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            sqlx::query(
                "UPDATE email_outbox SET status = 'sent', sent_at = $2, locked_until = NULL, \
                 last_error = NULL WHERE id = $1",
            )
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// Records a failed attempt; schedules a retry with exponential backoff
    /// (1, 2, 4 … minutes, capped at 4 hours) or gives up after
    /// [`MAX_ATTEMPTS`].
    pub async fn mark_email_failed(&self, email: &OutboxEmail, error: &str) -> AppResult<()> {
        let now = self.clock.now();
        let backoff = Duration::minutes(1i64 << email.attempts.clamp(0, 8)).min(Duration::hours(4));
        let status = if email.attempts >= MAX_ATTEMPTS {
            OutboxStatus::Failed
        } else {
            OutboxStatus::Pending
        };
        let error: String = error.chars().take(500).collect();
        crate::dispatch!(&self.db, |pool| {
            sqlx::query(
                "UPDATE email_outbox SET status = $2, last_error = $3, next_attempt_at = $4, \
                 locked_until = NULL WHERE id = $1",
            )
            .bind(email.id)
            .bind(status.code())
            .bind(error)
            .bind(now + backoff)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// The newest e-mails, newest first, optionally to one address.
    pub async fn outbox(&self, to: Option<&str>, limit: i64) -> AppResult<Vec<OutboxEmail>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM email_outbox WHERE ($1 IS NULL OR to_address = $1) ORDER BY \
             id DESC LIMIT $2"
        );
        let to = to.map(|t| t.trim().to_lowercase());
        let rows = crate::dispatch!(&self.db, |pool| sqlx::query_as::<_, OutboxEmail>(&sql)
            .bind(to)
            .bind(limit)
            .fetch_all(pool)
            .await)?;
        Ok(rows)
    }

    /// Number of e-mails waiting to be sent.
    pub async fn outbox_backlog(&self) -> AppResult<i64> {
        let n: i64 = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM email_outbox WHERE status = 'pending'",
        )
        .fetch_one(pool)
        .await)?;
        Ok(n)
    }

    /// Every e-mail template written in `locale` with example values, for
    /// admins to check wording and translations before anything is sent.
    /// Decision e-mails show the portal's default text (organizers may
    /// replace it per edition on the decisions page).
    pub fn email_previews(
        &self,
        actor: &super::CurrentUser,
        locale: crate::domain::Locale,
    ) -> AppResult<Vec<EmailPreview>> {
        actor.require_any(&[crate::domain::Role::Admin])?;
        let args = crate::mail::example_args(&self.settings.base_url);
        Ok(crate::mail::TEMPLATES
            .iter()
            .map(|t| {
                let c = crate::mail::compose(locale, t, &args);
                EmailPreview {
                    template: (*t).to_owned(),
                    subject: c.subject,
                    body: c.body,
                }
            })
            .collect())
    }

    /// A page of the outbox for admins: newest first, filtered by status
    /// (`pending`, `sent`, `failed`, or all) and recipient address part; and
    /// how many match in all.
    pub async fn outbox_page(
        &self,
        actor: &super::CurrentUser,
        status: &str,
        to: &str,
        page: i64,
    ) -> AppResult<(Vec<OutboxEmail>, i64)> {
        actor.require_any(&[crate::domain::Role::Admin])?;
        let status = ["pending", "sent", "failed"]
            .into_iter()
            .find(|s| *s == status.trim())
            .unwrap_or("");
        let to = format!(
            "%{}%",
            to.trim()
                .to_lowercase()
                .chars()
                .take(100)
                .collect::<String>()
        );
        let page = page.clamp(1, 100_000);
        let filter = "FROM email_outbox WHERE ($1 = '' OR status = $1) AND lower(to_address) \
            LIKE $2";
        let (rows, total) = crate::dispatch!(&self.db, |pool| async {
            let rows: Vec<OutboxEmail> = sqlx::query_as(&format!(
                "SELECT {COLUMNS} {filter} ORDER BY id DESC LIMIT 50 OFFSET $3"
            ))
            .bind(status)
            .bind(&to)
            .bind((page - 1) * 50)
            .fetch_all(pool)
            .await?;
            let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {filter}"))
                .bind(status)
                .bind(&to)
                .fetch_one(pool)
                .await?;
            Ok::<_, sqlx::Error>((rows, total))
        }
        .await)?;
        Ok((rows, total))
    }

    /// Sends a failed or waiting e-mail again now (admins). A sent e-mail is
    /// sent once more as a new copy, so the record of the first stays.
    pub async fn retry_email(
        &self,
        actor: &super::CurrentUser,
        id: i64,
        meta: &super::RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[crate::domain::Role::Admin])?;
        let now = self.clock.now();
        let done: bool = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let row: Option<OutboxEmail> =
                    sqlx::query_as(&format!("SELECT {COLUMNS} FROM email_outbox WHERE id = $1"))
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some(e) = row else { return Ok(false) };
                let action = if e.status == "sent" {
                    crate::enqueue_email!(
                        &mut *tx,
                        now,
                        &e.to_address,
                        &e.to_name,
                        &e.locale,
                        &e.template,
                        &e.subject,
                        &e.body_text
                    )?;
                    "email.resend"
                } else {
                    sqlx::query(
                        "UPDATE email_outbox SET status = 'pending', attempts = 0, \
                         next_attempt_at = $2, locked_until = NULL WHERE id = $1",
                    )
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    "email.retry"
                };
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action,
                        target_kind: "email",
                        target: id.to_string(),
                        before: None,
                        after: None,
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>(true)
            }
            .await
        })?;
        if done {
            Ok(())
        } else {
            Err(crate::error::AppError::NotFound)
        }
    }
}
