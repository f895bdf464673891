//! Outbox delivery over real SMTP: a minimal SMTP server on loopback receives
//! what lettre sends; when the server is down, the e-mail stays queued.

use crate::support;

use portal::domain::{Locale, RegistrationForm};
use portal::mail::{SmtpMailer, SmtpSecurity, SmtpSettings, deliver_due};
use portal::services::RequestMeta;
use support::databases;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Accepts one SMTP session and returns everything after DATA.
async fn smtp_sink(listener: TcpListener) -> String {
    let (stream, _) = listener.accept().await.unwrap();
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
    let mut data = String::new();
    let mut in_data = false;
    while let Ok(Some(line)) = lines.next_line().await {
        if in_data {
            if line == "." {
                in_data = false;
                write.write_all(b"250 queued\r\n").await.unwrap();
            } else {
                data.push_str(&line);
                data.push('\n');
            }
            continue;
        }
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 sink\r\n",
            "DATA" => {
                in_data = true;
                b"354 go ahead\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await.unwrap();
                break;
            }
            _ => b"250 ok\r\n",
        };
        write.write_all(reply).await.unwrap();
    }
    data
}

fn settings(port: u16) -> SmtpSettings {
    SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        security: SmtpSecurity::None,
        username: None,
        password: None,
        from: "WSIS Forum <noreply@wsis.test>".into(),
    }
}

fn form() -> RegistrationForm {
    RegistrationForm {
        name: "Mei Zhang".into(),
        email: "mei@example.org".into(),
        password: "correct horse battery".into(),
        organization: "Open Data Lab".into(),
        stakeholder_type: "academia".into(),
        country: "CN".into(),
        consent: Some("yes".into()),
    }
}

#[tokio::test]
async fn queued_e_mails_are_delivered_over_smtp_and_marked_sent() {
    for db in databases().await {
        let p = &db.portal;
        let meta = RequestMeta {
            locale: Locale::En,
            ..Default::default()
        };
        p.register(form().parse().unwrap(), &meta).await.unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let sink = tokio::spawn(smtp_sink(listener));
        let mailer = SmtpMailer::new(&settings(port)).unwrap();
        assert_eq!(deliver_due(p, &mailer).await, 1, "{}", db.kind);
        let data = sink.await.unwrap();
        assert!(
            data.contains("To: \"Mei Zhang\" <mei@example.org>")
                || data.contains("To: Mei Zhang <mei@example.org>"),
            "{data}"
        );
        assert!(
            data.contains("verify-email?token="),
            "the link travels: {data}"
        );
        let stored = p
            .outbox(Some("mei@example.org"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(stored.status, "sent", "{}", db.kind);
        assert_eq!(stored.locale, "en", "written in the reader's language");
        assert_eq!(p.outbox_backlog().await.unwrap(), 0);
    }
}

#[tokio::test]
async fn an_unreachable_smtp_server_leaves_the_e_mail_queued_for_retry() {
    for db in databases().await {
        let p = &db.portal;
        p.register(form().parse().unwrap(), &RequestMeta::default())
            .await
            .unwrap();
        // A port nothing listens on.
        let port = TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mailer = SmtpMailer::new(&settings(port)).unwrap();
        assert_eq!(deliver_due(p, &mailer).await, 0);
        let stored = p
            .outbox(Some("mei@example.org"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(stored.status, "pending", "{}", db.kind);
        assert_eq!(stored.attempts, 1);
        assert!(stored.last_error.is_some());
        assert_eq!(p.outbox_backlog().await.unwrap(), 1);
    }
}
