//! Organization profiles on SQLite and PostgreSQL: editing, searching,
//! joining with a member's approval.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::domain::{Locale, RegistrationForm};
use portal::services::{CurrentUser, OrganizationForm, Portal, RequestMeta};
use support::databases;

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.30".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

async fn member(p: &Portal, email: &str, org: &str) -> CurrentUser {
    let form = RegistrationForm {
        name: format!("Person {email}"),
        email: email.into(),
        password: "correct horse battery".into(),
        organization: org.into(),
        stakeholder_type: "academia".into(),
        country: "CL".into(),
        consent: Some("yes".into()),
    };
    p.register_verified(form.parse().unwrap(), &meta())
        .await
        .unwrap();
    p.login(email, "correct horse battery", &meta())
        .await
        .unwrap()
        .user
}

async fn relogin(p: &Portal, email: &str) -> CurrentUser {
    p.login(email, "correct horse battery", &meta())
        .await
        .unwrap()
        .user
}

#[tokio::test]
async fn joining_an_organization_needs_a_members_approval() {
    for db in databases().await {
        let p = &db.portal;
        let founder = member(p, "founder@uchile.test", "Universidad de Chile").await;
        let newcomer = member(p, "newcomer@uchile.test", "U de Chile (mine)").await;
        let outsider = member(p, "outsider@else.test", "Elsewhere").await;
        let hits = p.search_organizations("universidad de").await.unwrap();
        assert_eq!(hits.len(), 1, "{}", db.kind);
        for wildcard in ["%", "%%", "__", "%_%"] {
            assert!(
                p.search_organizations(wildcard).await.unwrap().is_empty(),
                "{wildcard} is not a search term"
            );
        }
        let org = hits[0].id;
        p.request_to_join(&newcomer, org, &meta()).await.unwrap();
        let again = p.request_to_join(&newcomer, org, &meta()).await;
        assert!(
            matches!(
                again,
                Err(AppError::Conflict(ConflictCode::JoinAlreadyRequested))
            ),
            "{}",
            db.kind
        );
        let mail = p
            .outbox(Some("founder@uchile.test"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(mail.template, "join-request");
        let request = p.organization_profile(&founder).await.unwrap().requests[0].id;
        // Someone outside the organization cannot answer.
        let denied = p
            .answer_join_request(&outsider, request, true, &meta())
            .await;
        assert!(matches!(denied, Err(AppError::NotFound)), "{}", db.kind);
        p.answer_join_request(&founder, request, true, &meta())
            .await
            .unwrap();
        let newcomer = relogin(p, "newcomer@uchile.test").await;
        assert_eq!(
            newcomer.organization_id, founder.organization_id,
            "{}",
            db.kind
        );
        let profile = p.organization_profile(&founder).await.unwrap();
        assert_eq!(profile.members.len(), 2);
        assert!(profile.requests.is_empty());
    }
}

#[tokio::test]
async fn members_edit_the_profile_and_bad_websites_are_refused() {
    for db in databases().await {
        let p = &db.portal;
        let me = member(p, "editor@org.test", "Open Data Chile").await;
        let profile = p.organization_profile(&me).await.unwrap();
        let mut form = OrganizationForm {
            name: "Open Data Chile".into(),
            stakeholder_type: "civil-society".into(),
            country: "CL".into(),
            website: "javascript:alert(1)".into(),
            version: profile.version,
        };
        let e = p
            .update_organization(&me, &form, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(errs) if errs.get("website").is_some()),
            "{}",
            db.kind
        );
        form.website = "https://opendata.example.cl".into();
        p.update_organization(&me, &form, &meta()).await.unwrap();
        let stale = p.update_organization(&me, &form, &meta()).await;
        assert!(
            matches!(stale, Err(AppError::Conflict(ConflictCode::StaleVersion))),
            "{}",
            db.kind
        );
        let after = p.organization_profile(&me).await.unwrap();
        assert_eq!(
            after.website.as_deref(),
            Some("https://opendata.example.cl")
        );
        assert_eq!(after.stakeholder_type, "civil-society");
    }
}
