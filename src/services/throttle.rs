//! Login throttling, stored in the database so that every instance sees the
//! same counts. An account is locked for the rest of the window after too many
//! failures since its last success; a client address likewise, with a higher
//! limit (many people may share one NAT at a ministry or a university).

use super::Portal;
use crate::error::{AppError, AppResult};
use time::OffsetDateTime;

/// What a login attempt is counted against.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ThrottleKey<'a> {
    /// A normalized e-mail address.
    Account(&'a str),
    /// A client address.
    Addr(&'a str),
}

impl ThrottleKey<'_> {
    fn parts(&self) -> (&'static str, &str) {
        match self {
            ThrottleKey::Account(e) => ("account", e),
            ThrottleKey::Addr(a) => ("addr", a),
        }
    }
}

impl Portal {
    /// Refuses with `RateLimited` when `key` has too many recent failures.
    pub(crate) async fn check_throttle(&self, key: ThrottleKey<'_>) -> AppResult<()> {
        let (kind, value) = key.parts();
        let limit = match key {
            ThrottleKey::Account(_) => self.settings.login_failures_per_account,
            ThrottleKey::Addr(_) => self.settings.login_failures_per_addr,
        };
        let now = self.clock.now();
        let since = now - self.settings.throttle_window;
        // Failures after the most recent success inside the window.
        let (failures, oldest): (i64, Option<OffsetDateTime>) =
            crate::dispatch!(&self.db, |pool| {
                sqlx::query_as(
                    "SELECT COUNT(*), MIN(at) FROM login_attempts WHERE key_kind = $1 AND \
                     key_value = $2 AND succeeded = FALSE AND at > $3 AND at > COALESCE((SELECT \
                     MAX(at) FROM login_attempts WHERE key_kind = $1 AND key_value = $2 AND \
                     succeeded = TRUE AND at > $3), $3)",
                )
                .bind(kind)
                .bind(value)
                .bind(since)
                .fetch_one(pool)
                .await
            })?;
        if failures >= limit {
            let until = oldest.unwrap_or(now) + self.settings.throttle_window;
            let secs = (until - now).whole_seconds().max(1) as u64;
            return Err(AppError::RateLimited {
                retry_after_secs: secs,
            });
        }
        Ok(())
    }

    /// Records an attempt against `key`.
    pub(crate) async fn record_attempt(
        &self,
        key: ThrottleKey<'_>,
        succeeded: bool,
    ) -> AppResult<()> {
        let (kind, value) = key.parts();
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            sqlx::query(
                "INSERT INTO login_attempts (key_kind, key_value, succeeded, at) VALUES ($1, $2, \
                 $3, $4)",
            )
            .bind(kind)
            .bind(value)
            .bind(succeeded)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }

    /// Deletes attempts older than a day; called by the housekeeping task.
    pub async fn prune_login_attempts(&self) -> AppResult<u64> {
        let cutoff = self.clock.now() - time::Duration::days(1);
        let done = crate::dispatch!(&self.db, |pool| sqlx::query(
            "DELETE FROM login_attempts WHERE at < $1",
        )
        .bind(cutoff)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(done)
    }
}
