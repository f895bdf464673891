//! Data-protection erasure and draft retention, on every database: who may
//! erase, what disappears, what stays so the programme remains consistent,
//! and drafts of past editions deleted after the retention period.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::clock::Clock;
use portal::domain::proposal::ProposalForm;
use portal::services::{ERASED_NAME, NewEdition, erased_address};
use support::databases;
use support::fixtures::{
    PASSWORD, STAFF_PASSWORD, admin, meta, open_call, panel, panelist, proposal, sign_in,
    stakeholder, submit,
};
use time::Duration;
use time::macros::date;

#[tokio::test]
async fn an_account_is_erased_by_itself_or_an_admin_and_its_proposals_stay() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let sec = admin(p).await;
        let amina = stakeholder(p, "Amina Diallo", "amina@example.org", "Senegal ICT").await;
        let other = stakeholder(p, "Bo Lind", "bo@example.org", "Nordic Net").await;
        // Amina leads one proposal and speaks on Bo's.
        let mine = submit(p, &amina, proposal("Rural networks", "C2", panel("a"))).await;
        let mut speakers = panel("b");
        speakers[1] = panelist(
            "speaker",
            "Amina Diallo",
            "Senegal ICT",
            "Amina@Example.org",
            "SN",
            "woman",
        );
        let theirs = submit(p, &other, proposal("Open data", "C3", speakers)).await;

        // Nobody else may erase her; she must type her password.
        let e = p
            .erase_account(&other, amina.id, None, &meta())
            .await
            .unwrap_err();
        assert!(matches!(e, AppError::Forbidden), "{}: {e:?}", db.kind);
        let e = p
            .erase_account(&amina, amina.id, None, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(f) if f.0[0].code == "required"),
            "{e:?}"
        );
        let e = p
            .erase_account(&amina, amina.id, Some("wrong password"), &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(f) if f.0[0].code == "password-wrong"),
            "{e:?}"
        );

        p.erase_account(&amina, amina.id, Some(PASSWORD), &meta())
            .await
            .unwrap();
        assert!(
            p.login("amina@example.org", PASSWORD, &meta())
                .await
                .is_err()
        );
        assert!(
            p.account_by_email("amina@example.org")
                .await
                .unwrap()
                .is_none()
        );
        let erased = p.account_by_email(&erased_address(amina.id)).await.unwrap();
        assert!(erased.is_some(), "{}: the row stays, anonymized", db.kind);
        // Her proposal stays with her organization, read by staff.
        let view = p.proposal(&sec, &mine).await.unwrap();
        assert_eq!(view.form.title, "Rural networks");
        // On Bo's panel she is no longer named; the balance data stays.
        let view = p.proposal(&other, &theirs).await.unwrap();
        let s = &view.form.speakers[1];
        assert_eq!((s.name.as_str(), s.title.as_str()), (ERASED_NAME, ""));
        assert_eq!((s.country.as_str(), s.gender.as_str()), ("SN", "woman"));
        assert!(!s.email.to_lowercase().contains("amina"));
        // No e-mail to her address is kept.
        assert!(
            p.outbox(Some("amina@example.org"), 10)
                .await
                .unwrap()
                .is_empty()
        );
        // The audit trail records the erasure without her address.
        let audit = p.recent_audit(None, 200).await.unwrap();
        assert!(audit.iter().any(|a| a.action == "user.erase"));
        let text = serde_json::to_string(&audit).unwrap();
        assert!(
            !text.contains("amina@example.org"),
            "{}: address left in the audit trail",
            db.kind
        );
        let again = p
            .erase_account(&sec, amina.id, None, &meta())
            .await
            .unwrap_err();
        assert!(matches!(
            again,
            AppError::Conflict(ConflictCode::AlreadyErased)
        ));

        // An admin erases Bo on request; the last admin cannot be erased.
        p.erase_account(&sec, other.id, None, &meta())
            .await
            .unwrap();
        assert!(p.login("bo@example.org", PASSWORD, &meta()).await.is_err());
        let e = p
            .erase_account(&sec, sec.id, Some(STAFF_PASSWORD), &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(e, AppError::Conflict(ConflictCode::LastAdmin)),
            "{e:?}"
        );
        assert!(sign_in_ok(p, "sec@wsis.test").await);
    }
}

async fn sign_in_ok(p: &portal::services::Portal, email: &str) -> bool {
    p.login(email, STAFF_PASSWORD, &meta()).await.is_ok()
}

#[tokio::test]
async fn drafts_of_past_editions_are_deleted_after_the_retention_period() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let owner = stakeholder(p, "Ana Ruiz", "ana@example.org", "Red Abierta").await;
        let draft = p
            .create_proposal(
                &owner,
                ProposalForm {
                    title: "Unfinished".into(),
                    format: "thematic-workshop".into(),
                    ..Default::default()
                },
                None,
                &meta(),
            )
            .await
            .unwrap();
        let sent = submit(p, &owner, proposal("Finished", "C2", panel("f"))).await;
        // A new edition becomes current; the old one ended 2027-05-14.
        let now = support::start();
        p.create_edition(&NewEdition {
            code: "WF28".into(),
            title: "WSIS Forum 2028".into(),
            starts_on: date!(2028 - 05 - 08),
            ends_on: date!(2028 - 05 - 12),
            venue: "Geneva".into(),
            submissions_open_at: now,
            submissions_close_at: now + Duration::days(30),
        })
        .await
        .unwrap();
        let retention = Duration::days(365);
        let until = |t: time::OffsetDateTime| t - db.clock.now();
        db.clock
            .advance(until(time::macros::datetime!(2028-05-10 12:00 UTC)));
        assert_eq!(
            p.purge_old_drafts(retention).await.unwrap(),
            0,
            "{}: too early",
            db.kind
        );
        db.clock
            .advance(until(time::macros::datetime!(2028-05-16 12:00 UTC)));
        assert_eq!(
            p.purge_old_drafts(retention).await.unwrap(),
            1,
            "{}",
            db.kind
        );
        let staff = admin(p).await;
        assert!(matches!(
            p.proposal(&staff, &draft).await,
            Err(AppError::NotFound)
        ));
        assert!(
            p.proposal(&staff, &sent).await.is_ok(),
            "{}: submitted proposals stay",
            db.kind
        );
        let _ = sign_in(p, "ana@example.org", PASSWORD).await;
    }
}
