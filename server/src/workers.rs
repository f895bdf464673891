//! Background work on every instance: delivering the outbox, reminding
//! draft owners, deleting drafts of past editions after the retention
//! period, and pruning expired sessions and old login attempts. Safe to run on several instances
//! at once (claims and deletes are atomic in the database).

use crate::state::AppState;
use portal::mail::{SmtpMailer, deliver_due};
use std::time::Duration;
use tokio::task::JoinHandle;

/// Starts the background tasks; abort the handle to stop them.
pub fn spawn(state: AppState) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mailer = match state.config.smtp.as_ref().map(SmtpMailer::new) {
            Some(Ok(m)) => Some(m),
            Some(Err(e)) => {
                tracing::error!(error = %e, "SMTP is misconfigured; e-mails stay in the outbox");
                None
            }
            None => {
                tracing::info!(
                    "no PORTAL_SMTP_HOST: e-mails stay in the outbox (read them with `portal \
                     outbox`)"
                );
                None
            }
        };
        let mut outbox_tick = tokio::time::interval(state.config.outbox_interval);
        let mut housekeeping_tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tokio::select! {
                _ = outbox_tick.tick() => {
                    if let Some(m) = &mailer {
                        let sent = deliver_due(&state.portal, m).await;
                        if sent > 0 {
                            tracing::info!(sent, "outbox: delivered");
                        }
                    }
                }
                _ = housekeeping_tick.tick() => {
                    match state.portal.send_draft_reminders().await {
                        Ok(0) => {}
                        Ok(n) => tracing::info!(reminders = n, "queued draft reminders"),
                        Err(e) => crate::error::log_internal(&e),
                    }
                    let days = state.config.draft_retention_days;
                    if days > 0 {
                        match state.portal.purge_old_drafts(time::Duration::days(days.into())).await {
                            Ok(0) => {}
                            Ok(n) => tracing::info!(deleted = n, "deleted drafts of past \
                                editions"),
                            Err(e) => crate::error::log_internal(&e),
                        }
                    }
                    let sessions = state.portal.prune_sessions().await;
                    let attempts = state.portal.prune_login_attempts().await;
                    if let (Err(e), _) | (_, Err(e)) = (&sessions, &attempts) {
                        crate::error::log_internal(e);
                    }
                }
            }
        }
    })
}
