//! E-mail: composing messages in the recipient's language, and delivering the
//! outbox over SMTP (lettre) when SMTP is configured.

use crate::domain::Locale;
use crate::i18n::tr_args;
use crate::services::{OutboxEmail, Portal};
use fluent_templates::fluent_bundle::FluentValue;
use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// Subject and plain-text body of one e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// Subject line.
    pub subject: String,
    /// Body text.
    pub body: String,
}

/// Writes template `template` (Fluent keys `email-<template>-subject` and
/// `email-<template>-body`) in `locale` with arguments.
pub fn compose(locale: Locale, template: &str, args: &[(&'static str, String)]) -> Composed {
    let args: Vec<(&'static str, FluentValue<'static>)> = args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(v.clone())))
        .collect();
    Composed {
        subject: tr_args(locale, &format!("email-{template}-subject"), &args),
        body: tr_args(locale, &format!("email-{template}-body"), &args),
    }
}

/// Every e-mail template, in the order the previews list them: accounts,
/// proposals, organizations, review, agenda, staff.
pub const TEMPLATES: [&str; 17] = [
    "verify-email",
    "account-exists",
    "reset-password",
    "proposal-received",
    "submission-received",
    "draft-reminder",
    "speaker-invitation",
    "coorganizer-invitation",
    "join-request",
    "decision-accept",
    "decision-waitlist",
    "decision-reject",
    "decision-merge",
    "agenda-added",
    "agenda-moved",
    "agenda-cancelled",
    "staff-invitation",
];

/// Example arguments for previews: every argument any template uses, so
/// each template shows realistic text (Fluent ignores the ones it does not
/// use). `base_url` makes the links look like the portal's own.
pub fn example_args(base_url: &str) -> Vec<(&'static str, String)> {
    let base = base_url.trim_end_matches('/');
    vec![
        ("name", "Amina Diallo".into()),
        ("email", "amina.diallo@example.org".into()),
        ("link", format!("{base}/example?token=EXAMPLE")),
        ("code", "WF27-0042".into()),
        ("title", "Community networks for the last billion".into()),
        ("edition", "WSIS Forum 2027".into()),
        ("organization", "Senegal ICT Agency".into()),
        ("requester", "Moussa Ba".into()),
        ("lead", "Senegal ICT Agency".into()),
        ("inviter", "WSIS Forum Secretariat".into()),
        ("role", "speaker".into()),
        ("hours", "48".into()),
        ("room", "Room C, CICG".into()),
        (
            "when",
            "Tuesday 11 May 2027, 10:00–10:45 (Geneva time)".into(),
        ),
    ]
}

/// How to reach the SMTP server.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// Host name.
    pub host: String,
    /// Port (587 for STARTTLS, 465 for TLS, 25 or a test port for plain).
    pub port: u16,
    /// `starttls`, `tls` or `none`.
    pub security: SmtpSecurity,
    /// Login, when the server needs one.
    pub username: Option<String>,
    /// Password for `username`.
    pub password: Option<String>,
    /// The From: address.
    pub from: String,
}

/// Transport security towards the SMTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Upgrade a plain connection with STARTTLS (required).
    StartTls,
    /// TLS from the first byte.
    Tls,
    /// No encryption (local relays and tests only).
    None,
}

/// Sends e-mails through SMTP.
#[derive(Clone)]
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for SmtpMailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SmtpMailer(from={})", self.from)
    }
}

impl SmtpMailer {
    /// Builds a mailer; fails when the From address or TLS setup is invalid.
    pub fn new(s: &SmtpSettings) -> Result<Self, String> {
        let from: Mailbox = s
            .from
            .parse()
            .map_err(|e| format!("PORTAL_SMTP_FROM: {e}"))?;
        let builder = match s.security {
            SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&s.host)
                .map_err(|e| e.to_string())?,
            SmtpSecurity::Tls => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&s.host).map_err(|e| e.to_string())?
            }
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.host),
        };
        let mut builder = builder.port(s.port).timeout(Some(Duration::from_secs(20)));
        if let (Some(u), Some(p)) = (&s.username, &s.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Self {
            transport: builder.build(),
            from,
        })
    }

    /// Delivers one outbox e-mail.
    pub async fn send(&self, email: &OutboxEmail) -> Result<(), String> {
        let to = Mailbox::new(
            Some(email.to_name.clone()),
            email
                .to_address
                .parse()
                .map_err(|e| format!("bad recipient: {e}"))?,
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(email.body_text.clone())
            .map_err(|e| e.to_string())?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Delivers every due e-mail once; returns how many were sent. Without a
/// mailer nothing is sent: e-mails stay pending in the outbox, readable with
/// `portal outbox`.
pub async fn deliver_due(portal: &Portal, mailer: &SmtpMailer) -> usize {
    let mut sent = 0;
    loop {
        let email = match portal.claim_due_email(time::Duration::minutes(2)).await {
            Ok(Some(e)) => e,
            Ok(None) => return sent,
            Err(e) => {
                tracing::warn!(error = %e, "outbox: could not claim an e-mail");
                return sent;
            }
        };
        let outcome = mailer.send(&email).await;
        let recorded = match &outcome {
            Ok(()) => portal.mark_email_sent(email.id).await,
            Err(err) => {
                tracing::warn!(id = email.id, attempts = email.attempts, error = %err, "outbox: \
                    delivery failed");
                portal.mark_email_failed(&email, err).await
            }
        };
        if let Err(e) = recorded {
            tracing::error!(id = email.id, error = %e, "outbox: could not record the delivery \
                outcome");
            return sent;
        }
        if outcome.is_ok() {
            sent += 1;
        } else {
            // The server is likely down; try the rest on the next tick.
            return sent;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mails_are_written_in_the_recipients_language() {
        let args = [
            ("name", "Amina".to_string()),
            ("link", "https://x.test/verify?token=abc".to_string()),
        ];
        let en = compose(Locale::En, "verify-email", &args);
        let ar = compose(Locale::Ar, "verify-email", &args);
        assert!(en.body.contains("https://x.test/verify?token=abc"));
        assert!(ar.body.contains("https://x.test/verify?token=abc"));
        assert_ne!(en.subject, ar.subject);
        assert!(en.body.contains("Amina"));
    }
}
