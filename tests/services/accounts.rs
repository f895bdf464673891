//! Account services on SQLite and PostgreSQL: registration, verification,
//! sign-in, throttling, sessions, password reset and change, roles.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::domain::{Locale, RegistrationForm, Role};
use portal::services::{Portal, RequestMeta};
use support::databases;
use time::Duration;

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.10".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

fn form(email: &str) -> RegistrationForm {
    RegistrationForm {
        name: "Amina Diallo".into(),
        email: email.into(),
        password: "correct horse battery".into(),
        organization: "Senegal ICT Agency".into(),
        stakeholder_type: "government".into(),
        country: "SN".into(),
        consent: Some("yes".into()),
    }
}

/// The token in the newest e-mail to `to` (from its link).
async fn token_from_outbox(p: &Portal, to: &str) -> String {
    let mail = p
        .outbox(Some(to), 1)
        .await
        .unwrap()
        .pop()
        .expect("an e-mail");
    let link = mail
        .body_text
        .split_whitespace()
        .find(|w| w.contains("token="))
        .expect("a link")
        .to_owned();
    link.split("token=").nth(1).unwrap().to_owned()
}

async fn registered_and_verified(p: &Portal, email: &str) {
    p.register(form(email).parse().unwrap(), &meta())
        .await
        .unwrap();
    let token = token_from_outbox(p, email).await;
    p.verify_email(&token, &meta()).await.unwrap();
}

#[tokio::test]
async fn registration_sends_a_verification_link_that_works_once() {
    for db in databases().await {
        let p = &db.portal;
        p.register(form("amina@example.org").parse().unwrap(), &meta())
            .await
            .unwrap();
        let acc = p
            .account_by_email("AMINA@example.org")
            .await
            .unwrap()
            .expect("account");
        assert_eq!(acc.roles, vec![Role::Stakeholder], "{}", db.kind);
        let err = p
            .login("amina@example.org", "correct horse battery", &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(err, AppError::Conflict(ConflictCode::EmailUnverified)),
            "{}: {err:?}",
            db.kind
        );
        let token = token_from_outbox(p, "amina@example.org").await;
        p.verify_email(&token, &meta()).await.unwrap();
        let again = p.verify_email(&token, &meta()).await.unwrap_err();
        assert!(
            matches!(again, AppError::Conflict(ConflictCode::TokenInvalid)),
            "{}",
            db.kind
        );
        let out = p
            .login("amina@example.org", "correct horse battery", &meta())
            .await
            .unwrap();
        assert_eq!(out.user.email, "amina@example.org");
    }
}

#[tokio::test]
async fn registering_a_taken_address_reveals_nothing_and_warns_the_owner() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "owner@example.org").await;
        p.register(form("Owner@Example.org").parse().unwrap(), &meta())
            .await
            .unwrap();
        let newest = p
            .outbox(Some("owner@example.org"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(newest.template, "account-exists", "{}", db.kind);
        // Registering it again and again warns the owner once an hour.
        for _ in 0..20 {
            p.register(form("owner@example.org").parse().unwrap(), &meta())
                .await
                .unwrap();
        }
        let warnings = |mail: Vec<portal::services::OutboxEmail>| {
            mail.iter()
                .filter(|m| m.template == "account-exists")
                .count()
        };
        let mail = p.outbox(Some("owner@example.org"), 100).await.unwrap();
        assert_eq!(warnings(mail), 1, "{}", db.kind);
        db.clock.advance(time::Duration::minutes(61));
        p.register(form("owner@example.org").parse().unwrap(), &meta())
            .await
            .unwrap();
        let mail = p.outbox(Some("owner@example.org"), 100).await.unwrap();
        assert_eq!(warnings(mail), 2, "{}: a new hour, a new warning", db.kind);
    }
}

#[tokio::test]
async fn verification_links_expire_after_48_hours() {
    for db in databases().await {
        let p = &db.portal;
        p.register(form("late@example.org").parse().unwrap(), &meta())
            .await
            .unwrap();
        let token = token_from_outbox(p, "late@example.org").await;
        db.clock.advance(Duration::hours(49));
        assert!(
            matches!(
                p.verify_email(&token, &meta()).await,
                Err(AppError::Conflict(ConflictCode::TokenInvalid))
            ),
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn wrong_passwords_and_unknown_accounts_get_the_same_answer() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "k@example.org").await;
        let wrong = p
            .login("k@example.org", "not the password", &meta())
            .await
            .unwrap_err();
        let unknown = p
            .login("nobody@example.org", "not the password", &meta())
            .await
            .unwrap_err();
        assert_eq!(format!("{wrong:?}"), format!("{unknown:?}"), "{}", db.kind);
    }
}

#[tokio::test]
async fn an_account_is_locked_after_five_failures_and_unlocks_after_the_window() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "t@example.org").await;
        let from = |addr: &str| RequestMeta {
            client_addr: addr.into(),
            ..meta()
        };
        for i in 0..5 {
            // Different addresses: the account limit, not the address limit, applies.
            let e = p
                .login(
                    "t@example.org",
                    "wrong password",
                    &from(&format!("198.51.100.{i}")),
                )
                .await
                .unwrap_err();
            assert!(matches!(e, AppError::Validation(_)), "{}", db.kind);
        }
        let locked = p
            .login(
                "t@example.org",
                "correct horse battery",
                &from("198.51.100.99"),
            )
            .await
            .unwrap_err();
        assert!(
            matches!(locked, AppError::RateLimited { .. }),
            "{}: {locked:?}",
            db.kind
        );
        db.clock.advance(Duration::minutes(16));
        p.login(
            "t@example.org",
            "correct horse battery",
            &from("198.51.100.99"),
        )
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn one_address_hammering_many_accounts_is_throttled() {
    for db in databases().await {
        let p = &db.portal;
        for i in 0..30 {
            let _ = p
                .login(&format!("u{i}@example.org"), "whatever-password", &meta())
                .await;
        }
        let e = p
            .login("u99@example.org", "whatever-password", &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(e, AppError::RateLimited { .. }),
            "{}: {e:?}",
            db.kind
        );
    }
}

#[tokio::test]
async fn every_sign_in_gets_a_new_session_and_sign_out_ends_it() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "s@example.org").await;
        let a = p
            .login("s@example.org", "correct horse battery", &meta())
            .await
            .unwrap();
        let b = p
            .login("s@example.org", "correct horse battery", &meta())
            .await
            .unwrap();
        assert_ne!(a.session.token, b.session.token);
        assert!(p.session_user(&a.session.token).await.unwrap().is_some());
        p.end_session(&a.session.token, &meta()).await.unwrap();
        assert!(
            p.session_user(&a.session.token).await.unwrap().is_none(),
            "{}",
            db.kind
        );
        assert!(p.session_user(&b.session.token).await.unwrap().is_some());
        assert!(p.session_user("forged-token").await.unwrap().is_none());
    }
}

#[tokio::test]
async fn sessions_expire_after_a_week_unused() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "idle@example.org").await;
        let s = p
            .login("idle@example.org", "correct horse battery", &meta())
            .await
            .unwrap()
            .session;
        db.clock.advance(Duration::days(8));
        assert!(
            p.session_user(&s.token).await.unwrap().is_none(),
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn a_password_reset_revokes_every_session_and_the_link_works_once() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "r@example.org").await;
        let s = p
            .login("r@example.org", "correct horse battery", &meta())
            .await
            .unwrap()
            .session;
        p.request_password_reset("r@example.org", &meta())
            .await
            .unwrap();
        let token = token_from_outbox(p, "r@example.org").await;
        assert!(p.reset_token_is_valid(&token).await.unwrap());
        let short = p
            .reset_password(&token, "short", &meta())
            .await
            .unwrap_err();
        assert!(matches!(short, AppError::Validation(_)), "{}", db.kind);
        p.reset_password(&token, "a brand new passphrase", &meta())
            .await
            .unwrap();
        assert!(
            p.session_user(&s.token).await.unwrap().is_none(),
            "{}: old session survived",
            db.kind
        );
        assert!(!p.reset_token_is_valid(&token).await.unwrap());
        assert!(
            p.reset_password(&token, "another new passphrase", &meta())
                .await
                .is_err()
        );
        p.login("r@example.org", "a brand new passphrase", &meta())
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn reset_links_expire_after_an_hour_and_unknown_addresses_get_no_mail() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "x@example.org").await;
        p.request_password_reset("x@example.org", &meta())
            .await
            .unwrap();
        let token = token_from_outbox(p, "x@example.org").await;
        db.clock.advance(Duration::minutes(61));
        assert!(
            !p.reset_token_is_valid(&token).await.unwrap(),
            "{}",
            db.kind
        );
        p.request_password_reset("ghost@example.org", &meta())
            .await
            .unwrap();
        assert!(
            p.outbox(Some("ghost@example.org"), 5)
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn changing_the_password_signs_out_other_devices() {
    for db in databases().await {
        let p = &db.portal;
        registered_and_verified(p, "c@example.org").await;
        let laptop = p
            .login("c@example.org", "correct horse battery", &meta())
            .await
            .unwrap();
        let phone = p
            .login("c@example.org", "correct horse battery", &meta())
            .await
            .unwrap();
        let wrong = p
            .change_password(&laptop.user, "nope", "a brand new passphrase", &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&wrong, AppError::Validation(e) if e.get("current_password").is_some()),
            "{}",
            db.kind
        );
        let fresh = p
            .change_password(
                &laptop.user,
                "correct horse battery",
                "a brand new passphrase",
                &meta(),
            )
            .await
            .unwrap();
        assert!(
            p.session_user(&phone.session.token)
                .await
                .unwrap()
                .is_none(),
            "{}",
            db.kind
        );
        assert!(
            p.session_user(&laptop.session.token)
                .await
                .unwrap()
                .is_none()
        );
        assert!(p.session_user(&fresh.token).await.unwrap().is_some());
        assert_eq!(p.session_count(laptop.user.id).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn only_admins_grant_roles() {
    for db in databases().await {
        let p = &db.portal;
        let (admin_id, created) = p
            .create_admin("root@example.org", "Root", "an admin passphrase")
            .await
            .unwrap();
        assert!(created);
        registered_and_verified(p, "plain@example.org").await;
        let plain = p
            .login("plain@example.org", "correct horse battery", &meta())
            .await
            .unwrap()
            .user;
        let admin = p
            .login("root@example.org", "an admin passphrase", &meta())
            .await
            .unwrap()
            .user;
        assert_eq!(admin.id, admin_id);
        let denied = p
            .grant_role(&plain, plain.id, Role::Organizer, &meta())
            .await
            .unwrap_err();
        assert!(matches!(denied, AppError::Forbidden), "{}", db.kind);
        p.grant_role(&admin, plain.id, Role::Reviewer, &meta())
            .await
            .unwrap();
        assert_eq!(
            p.roles_of(plain.id).await.unwrap(),
            vec![Role::Stakeholder, Role::Reviewer]
        );
        let own = p
            .revoke_role(&admin, admin.id, Role::Admin, &meta())
            .await
            .unwrap_err();
        assert!(matches!(own, AppError::Conflict(_)));
        let audit = p.recent_audit(Some(admin.id), 10).await.unwrap();
        assert!(
            audit.iter().any(|a| a.action == "user.grant-role"),
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn the_outbox_retries_with_backoff_and_a_claim_is_exclusive() {
    for db in databases().await {
        let p = &db.portal;
        p.register(form("o@example.org").parse().unwrap(), &meta())
            .await
            .unwrap();
        let lease = Duration::minutes(2);
        let first = p
            .claim_due_email(lease)
            .await
            .unwrap()
            .expect("a due e-mail");
        assert!(
            p.claim_due_email(lease).await.unwrap().is_none(),
            "{}: claimed twice",
            db.kind
        );
        p.mark_email_failed(&first, "connection refused")
            .await
            .unwrap();
        assert!(
            p.claim_due_email(lease).await.unwrap().is_none(),
            "{}: retried before backoff",
            db.kind
        );
        db.clock.advance(Duration::minutes(3));
        let again = p.claim_due_email(lease).await.unwrap().expect("retry");
        assert_eq!(again.id, first.id);
        assert_eq!(again.attempts, 2);
        p.mark_email_sent(again.id).await.unwrap();
        assert_eq!(p.outbox_backlog().await.unwrap(), 0, "{}", db.kind);
    }
}
