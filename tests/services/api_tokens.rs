//! Personal access tokens on SQLite and PostgreSQL: only a hash is stored,
//! scopes are validated, tokens expire and can be revoked by their owner
//! only, and a deactivated account's tokens stop working.

use crate::support;

use portal::AppError;
use portal::services::{ApiScope, ApiTokenForm};
use support::databases;
use support::fixtures::*;
use time::Duration;

fn form(scopes: &[&str], days: &str) -> ApiTokenForm {
    ApiTokenForm {
        name: "Programme sync".into(),
        scopes: scopes.iter().map(|s| s.to_string()).collect(),
        days: days.into(),
    }
}

#[tokio::test]
async fn a_token_is_stored_as_a_hash_and_works_until_it_expires_or_is_revoked() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let ana = stakeholder(p, "Ana", "ana@example.org", "Org A").await;
        let ben = stakeholder(p, "Ben", "ben@example.org", "Org B").await;
        let (made, secret) = p
            .create_api_token(&ana, &form(&["read"], "2"), &meta())
            .await
            .unwrap();
        assert!(
            secret.starts_with("wsis_") && secret.len() > 40,
            "{}",
            db.kind
        );
        assert!(secret.starts_with(&made.prefix));
        let caller = p.api_caller(&secret).await.unwrap();
        assert_eq!(caller.user.id, ana.id);
        assert_eq!(caller.scopes, vec![ApiScope::Read]);
        assert!(matches!(
            caller.require(ApiScope::Write),
            Err(AppError::Forbidden)
        ));
        // The secret is nowhere in the database.
        let stored: i64 = portal::dispatch!(&p.db, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1 OR prefix = $1 OR name = $1",
        )
        .bind(&secret)
        .fetch_one(pool)
        .await)
        .unwrap();
        assert_eq!(stored, 0);

        // Someone else cannot revoke it; its owner can.
        assert!(matches!(
            p.revoke_api_token(&ben, made.id, &meta()).await,
            Err(AppError::NotFound)
        ));
        let (other, other_secret) = p
            .create_api_token(&ana, &form(&["read", "write"], ""), &meta())
            .await
            .unwrap();
        p.revoke_api_token(&ana, other.id, &meta()).await.unwrap();
        assert!(matches!(
            p.api_caller(&other_secret).await,
            Err(AppError::Unauthenticated)
        ));
        assert!(
            p.api_tokens(&ana)
                .await
                .unwrap()
                .iter()
                .any(|t| t.id == other.id && t.revoked_at.is_some())
        );

        db.clock.advance(Duration::days(3));
        assert!(
            matches!(p.api_caller(&secret).await, Err(AppError::Unauthenticated)),
            "expired"
        );
        assert!(matches!(
            p.api_caller("wsis_guess").await,
            Err(AppError::Unauthenticated)
        ));
    }
}

#[tokio::test]
async fn token_forms_are_checked_field_by_field() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let ana = stakeholder(p, "Ana", "ana@example.org", "Org A").await;
        let bad = ApiTokenForm {
            name: " ".into(),
            scopes: vec!["admin".into()],
            days: "forever".into(),
        };
        let Err(AppError::Validation(e)) = p.create_api_token(&ana, &bad, &meta()).await else {
            panic!("{}", db.kind)
        };
        assert_eq!(e.get("name").unwrap().code, "required");
        assert_eq!(e.get("scopes").unwrap().code, "choose-at-least-one");
        assert_eq!(e.get("days").unwrap().code, "number-invalid");
        let Err(AppError::Validation(e)) =
            p.create_api_token(&ana, &form(&[], "999"), &meta()).await
        else {
            panic!()
        };
        assert_eq!(e.get("scopes").unwrap().code, "choose-at-least-one");
        assert_eq!(e.get("days").unwrap().code, "number-too-large");
    }
}
