//! People administration on SQLite and PostgreSQL: only admins see and
//! change people; invitations make an account with a password link or add a
//! role to an existing one; an admin cannot drop their own admin role or
//! deactivate themselves; deactivation signs the account out and stops its
//! API tokens.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::domain::Role;
use portal::services::{ApiTokenForm, InviteForm, InviteOutcome, PeopleFilter};
use support::databases;
use support::fixtures::*;

fn invite(email: &str, name: &str, role: &str, line: &str) -> InviteForm {
    InviteForm {
        email: email.into(),
        name: name.into(),
        role: role.into(),
        line: line.into(),
    }
}

#[tokio::test]
async fn admins_invite_find_and_change_people() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let ana = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;

        // A new address: an account, an e-mail with a link, the role.
        let out = p
            .invite_person(
                &admin,
                &invite("new.rev@un.test", "Rita Reviewer", "reviewer", ""),
                &meta(),
            )
            .await
            .unwrap();
        assert_eq!(out, InviteOutcome::Invited, "{}", db.kind);
        let mail = p
            .outbox(Some("new.rev@un.test"), 1)
            .await
            .unwrap()
            .remove(0);
        assert_eq!(mail.template, "staff-invitation");
        assert!(mail.body_text.contains("/reset-password?token="));
        let token = mail
            .body_text
            .split("token=")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        assert!(p.reset_token_is_valid(&token).await.unwrap());
        // An existing address: the role is added, nothing else.
        let out = p
            .invite_person(
                &admin,
                &invite("ana@example.org", "", "facilitator", "C7-EHEALTH"),
                &meta(),
            )
            .await
            .unwrap();
        assert_eq!(out, InviteOutcome::RoleAdded);
        let Err(AppError::Validation(e)) = p
            .invite_person(&admin, &invite("x@un.test", "", "facilitator", ""), &meta())
            .await
        else {
            panic!()
        };
        assert_eq!(e.get("line").unwrap().code, "required");
        assert_eq!(e.get("name").unwrap().code, "required");
        let Err(AppError::Validation(e)) = p
            .invite_person(
                &admin,
                &invite("not an address", "X", "stakeholder", ""),
                &meta(),
            )
            .await
        else {
            panic!()
        };
        assert_eq!(e.get("email").unwrap().code, "email-invalid");
        assert_eq!(e.get("role").unwrap().code, "choose-from-list");

        let (found, total) = p
            .people(
                &admin,
                &PeopleFilter {
                    q: "connect".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert_eq!((found.len(), total), (1, 1));
        assert!(
            found[0]
                .roles
                .iter()
                .any(|(r, scope)| *r == Role::Facilitator && scope == "C7-EHEALTH")
        );
        let (reviewers, _) = p
            .people(
                &admin,
                &PeopleFilter {
                    role: "reviewer".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert!(reviewers.iter().any(|r| r.email == "new.rev@un.test"));

        p.set_managed_roles(&admin, ana.id, &[Role::Organizer], &meta())
            .await
            .unwrap();
        assert!(p.roles_of(ana.id).await.unwrap().contains(&Role::Organizer));
        assert!(matches!(
            p.set_managed_roles(&admin, admin.id, &[], &meta()).await,
            Err(AppError::Conflict(ConflictCode::CannotRevokeOwnAdmin))
        ));
        assert!(matches!(
            p.set_active(&admin, admin.id, false, &meta()).await,
            Err(AppError::Conflict(ConflictCode::CannotDeactivateSelf))
        ));
    }
}

#[tokio::test]
async fn a_deactivated_account_is_signed_out_and_its_tokens_stop() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let ana = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;
        let session = p
            .login("ana@example.org", PASSWORD, &meta())
            .await
            .unwrap()
            .session
            .token;
        let form = ApiTokenForm {
            name: "s".into(),
            scopes: vec!["read".into()],
            days: String::new(),
        };
        let (_, secret) = p.create_api_token(&ana, &form, &meta()).await.unwrap();
        p.set_active(&admin, ana.id, false, &meta()).await.unwrap();
        assert!(
            p.session_user(&session).await.unwrap().is_none(),
            "{}",
            db.kind
        );
        assert!(matches!(
            p.api_caller(&secret).await,
            Err(AppError::Unauthenticated)
        ));
        assert!(p.login("ana@example.org", PASSWORD, &meta()).await.is_err());
        p.set_active(&admin, ana.id, true, &meta()).await.unwrap();
        assert!(p.api_caller(&secret).await.is_ok());
    }
}

#[tokio::test]
async fn only_admins_see_or_change_people() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(p, &admin, "org@un.test", "Org", Some(Role::Organizer)).await;
        let ana = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;
        for who in [&organizer, &ana] {
            assert!(
                matches!(
                    p.people(who, &PeopleFilter::default()).await,
                    Err(AppError::Forbidden)
                ),
                "{}",
                db.kind
            );
            assert!(matches!(
                p.invite_person(who, &invite("z@un.test", "Z", "admin", ""), &meta())
                    .await,
                Err(AppError::Forbidden)
            ));
            assert!(matches!(
                p.set_managed_roles(who, ana.id, &[Role::Admin], &meta())
                    .await,
                Err(AppError::Forbidden)
            ));
            assert!(matches!(
                p.set_active(who, admin.id, false, &meta()).await,
                Err(AppError::Forbidden)
            ));
        }
        assert!(p.account_by_email("z@un.test").await.unwrap().is_none());
    }
}

#[tokio::test]
async fn admins_read_the_outbox_retry_failed_mail_and_resend_sent_mail() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let ana = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;
        assert!(
            matches!(
                p.outbox_page(&ana, "", "", 1).await,
                Err(AppError::Forbidden)
            ),
            "{}",
            db.kind
        );
        p.invite_person(
            &admin,
            &invite("nia@un.test", "Nia", "organizer", ""),
            &meta(),
        )
        .await
        .unwrap();
        let (mails, total) = p.outbox_page(&admin, "", "nia@", 1).await.unwrap();
        assert_eq!(total, 1, "the invitation");
        let first = mails[0].clone();

        // Failed after every attempt: retrying puts it back in the queue.
        let mut failed = first.clone();
        failed.attempts = portal::services::MAX_ATTEMPTS;
        p.mark_email_failed(&failed, "550 mailbox unavailable")
            .await
            .unwrap();
        assert_eq!(p.outbox_page(&admin, "failed", "", 1).await.unwrap().1, 1);
        p.retry_email(&admin, first.id, &meta()).await.unwrap();
        let (pending, _) = p.outbox_page(&admin, "pending", "nia@", 1).await.unwrap();
        assert_eq!((pending[0].id, pending[0].attempts), (first.id, 0));

        // Sent: sending again makes a copy, the record of the first stays.
        p.mark_email_sent(first.id).await.unwrap();
        p.retry_email(&admin, first.id, &meta()).await.unwrap();
        let (all, total) = p.outbox_page(&admin, "", "nia@", 1).await.unwrap();
        assert_eq!(total, 2);
        assert_eq!(all.iter().filter(|m| m.status == "sent").count(), 1);
        assert_eq!(all[0].subject, first.subject);
        assert!(matches!(
            p.retry_email(&admin, 999_999, &meta()).await,
            Err(AppError::NotFound)
        ));
    }
}

#[tokio::test]
async fn my_data_holds_the_account_its_proposals_panels_and_mail_and_nobody_elses() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let ana = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;
        let ben = stakeholder(p, "Ben Other", "ben@example.org", "Other Org").await;
        let mut speakers = panel("ana-panel");
        speakers[1].email = "ben@example.org".into();
        let code = submit(p, &ana, proposal("Community networks", "C2", speakers)).await;
        let other = submit(p, &ben, proposal("Open data", "C4", panel("ben-panel"))).await;
        let form = ApiTokenForm {
            name: "sync".into(),
            scopes: vec!["read".into()],
            days: String::new(),
        };
        let (_, secret) = p.create_api_token(&ana, &form, &meta()).await.unwrap();
        let data = p.my_data(&ana).await.unwrap();
        assert_eq!(data["account"]["email"], "ana@example.org", "{}", db.kind);
        assert_eq!(data["account"]["organization"], "Connect Org");
        assert_eq!(data["proposals"][0]["code"], code);
        assert_eq!(data["api_tokens"][0]["name"], "sync");
        let text = data.to_string();
        assert!(!text.contains(&secret), "never a token's secret");
        assert!(
            !text.contains(&other) && !text.contains("Open data"),
            "nothing of another account"
        );
        // Ben is on Ana's panel: his export says so, without Ana's account.
        let his = p.my_data(&ben).await.unwrap();
        assert!(
            his["panels"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["proposal"] == code)
        );
        assert!(!his.to_string().contains("ana@example.org"));
    }
}

#[tokio::test]
async fn my_data_holds_what_concerns_me_and_not_a_colleagues_drafts() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let ana = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;
        let cara = stakeholder(p, "Cara Colleague", "cara@example.org", "Elsewhere").await;
        // Cara joins Ana's organization: both may open each other's proposals.
        let cara = join(p, &ana, &cara).await;
        assert_eq!(cara.organization_id, ana.organization_id, "{}", db.kind);
        let mine = submit(p, &ana, proposal("Community networks", "C2", panel("ana"))).await;
        let mut draft = proposal(
            "Colleague's draft on satellites",
            "C2",
            panel("cara-secret"),
        );
        draft.speakers[0].name = "Quentin Quietpanelist".into();
        let hers = p
            .create_proposal(&cara, draft, None, &meta())
            .await
            .unwrap();
        assert!(
            p.proposal(&ana, &hers).await.is_ok(),
            "colleagues may open it"
        );
        // Ana co-organizes Ben's proposal as a partner's contact.
        let ben = stakeholder(p, "Ben Other", "ben@example.org", "Other Org").await;
        let bens = submit(p, &ben, proposal("Open data", "C4", panel("ben"))).await;
        coorganize(p, &ben, &bens, &ana, "Connect Org").await;

        let data = p.my_data(&ana).await.unwrap();
        let text = data.to_string();
        for leak in [
            hers.as_str(),
            "Colleague's draft",
            "cara-secret",
            "Quentin Quietpanelist",
        ] {
            assert!(
                !text.contains(leak),
                "{}: a colleague's draft leaks {leak:?}",
                db.kind
            );
        }
        let relations: Vec<(String, String)> = data["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["code"].as_str().unwrap().to_owned(),
                    x["my_relation"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(
            relations,
            vec![
                (mine.clone(), "author".to_owned()),
                (bens.clone(), "co-organizer".to_owned())
            ],
            "{}",
            db.kind
        );
        // And Cara's own file holds her draft, not Ana's proposal.
        let hers_data = p.my_data(&cara).await.unwrap();
        assert_eq!(
            hers_data["proposals"].as_array().unwrap().len(),
            1,
            "{}",
            db.kind
        );
        assert_eq!(hers_data["proposals"][0]["code"], hers.as_str());
        assert!(!hers_data.to_string().contains(&mine), "{}", db.kind);
    }
}
