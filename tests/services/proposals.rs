//! Proposal services on SQLite and PostgreSQL: drafts, submission rules,
//! deadlines, editing, withdrawal, and who may see what.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::clock::Clock;
use portal::domain::proposal::{ProposalForm, ProposalStatus, SpeakerInput, ThemeChoice};
use portal::domain::{Locale, RegistrationForm};
use portal::services::{CurrentUser, NewEdition, Portal, RequestMeta, SaveIntent};
use support::{TestDb, databases};
use time::Duration;
use time::macros::date;

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.20".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

/// An edition whose call opened a day ago and closes in `days` days.
async fn open_call(db: &TestDb, days: i64) {
    let now = db.clock.now();
    db.portal
        .create_edition(&NewEdition {
            code: "WF27".into(),
            title: "WSIS Forum 2027".into(),
            starts_on: date!(2027 - 05 - 10),
            ends_on: date!(2027 - 05 - 14),
            venue: "Geneva".into(),
            submissions_open_at: now - Duration::days(1),
            submissions_close_at: now + Duration::days(days),
        })
        .await
        .unwrap();
}

/// A verified stakeholder of organization `org`, signed in.
async fn stakeholder(p: &Portal, email: &str, org: &str) -> CurrentUser {
    let form = RegistrationForm {
        name: "Proposer".into(),
        email: email.into(),
        password: "correct horse battery".into(),
        organization: org.into(),
        stakeholder_type: "civil-society".into(),
        country: "KE".into(),
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

fn speaker(role: &str, email: &str, country: &str, gender: &str) -> SpeakerInput {
    SpeakerInput {
        role: role.into(),
        name: format!("Panelist {email}"),
        title: "Director".into(),
        organization: "Somewhere".into(),
        email: email.into(),
        country: country.into(),
        stakeholder_type: "academia".into(),
        gender: gender.into(),
        remote: false,
    }
}

fn complete() -> ProposalForm {
    ProposalForm {
        text_language: "en".into(),
        title: "Community networks for the last billion".into(),
        format: "thematic-workshop".into(),
        abstract_text: "How community networks connect rural areas.".into(),
        description: "## Why\nBecause connectivity matters.".into(),
        objectives: "Share lessons.".into(),
        outcomes: "A toolkit.".into(),
        action_lines: vec![ThemeChoice {
            code: "C2".into(),
            rationale: "Infrastructure.".into(),
        }],
        sdgs: vec![ThemeChoice {
            code: "9".into(),
            rationale: "Innovation.".into(),
        }],
        languages: vec!["en".into()],
        participation_mode: "hybrid".into(),
        speakers: vec![
            speaker("moderator", "m@x.org", "KE", "woman"),
            speaker("speaker", "a@x.org", "BR", "man"),
            speaker("speaker", "b@x.org", "IN", "woman"),
            speaker("speaker", "c@x.org", "FR", "non-binary"),
        ],
        ..Default::default()
    }
}

#[tokio::test]
async fn a_draft_is_saved_incomplete_and_submitted_when_complete() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "lead@org.test", "Rural Connect").await;
        let code = p
            .create_proposal(
                &me,
                ProposalForm {
                    title: "Idée".into(),
                    text_language: "fr".into(),
                    ..Default::default()
                },
                None,
                &meta(),
            )
            .await
            .unwrap();
        assert_eq!(code, "WF27-0001", "{}", db.kind);
        let draft = p.proposal(&me, &code).await.unwrap();
        assert_eq!(draft.status, ProposalStatus::Draft);
        assert_eq!(draft.form.text_language, "fr", "{}", db.kind);
        let incomplete = p
            .save_proposal(
                &me,
                &code,
                draft.form.clone(),
                draft.version,
                SaveIntent::Submit,
                &meta(),
            )
            .await;
        assert!(
            matches!(incomplete, Err(AppError::Validation(_))),
            "{}",
            db.kind
        );
        let status = p
            .save_proposal(
                &me,
                &code,
                complete(),
                draft.version,
                SaveIntent::Submit,
                &meta(),
            )
            .await
            .unwrap();
        assert_eq!(status, ProposalStatus::Submitted);
        let view = p.proposal(&me, &code).await.unwrap();
        assert_eq!(view.form.speakers.len(), 4);
        // Saving the complete form (written in English) replaced the language.
        assert_eq!(view.form.text_language, "en", "{}", db.kind);
        assert_eq!(view.form.action_lines[0].code, "C2");
        assert_eq!(
            view.timeline.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            vec![ProposalStatus::Draft, ProposalStatus::Submitted]
        );
        let receipt = p
            .outbox(Some("lead@org.test"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(receipt.template, "proposal-received", "{}", db.kind);
        assert!(receipt.body_text.contains("WF27-0001"));
    }
}

#[tokio::test]
async fn a_complete_proposal_is_created_and_submitted_in_one_step_and_an_incomplete_one_writes_nothing()
 {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "lead@org.test", "Rural Connect").await;
        let incomplete = ProposalForm {
            title: "Idea".into(),
            ..Default::default()
        };
        let refused = p
            .create_and_submit_proposal(&me, incomplete, None, &meta())
            .await;
        assert!(
            matches!(refused, Err(AppError::Validation(_))),
            "{}",
            db.kind
        );
        assert!(
            p.my_proposals(&me).await.unwrap().is_empty(),
            "nothing written"
        );
        let code = p
            .create_and_submit_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        assert_eq!(
            code, "WF27-0001",
            "{}: the refused one took no number",
            db.kind
        );
        let view = p.proposal(&me, &code).await.unwrap();
        assert_eq!(view.status, ProposalStatus::Submitted);
        assert_eq!(view.form.speakers.len(), 4);
        assert_eq!(
            view.timeline.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            vec![ProposalStatus::Draft, ProposalStatus::Submitted]
        );
        let mail = p.outbox(None, 20).await.unwrap();
        assert!(
            mail.iter()
                .any(|m| m.template == "proposal-received" && m.body_text.contains(&code))
        );
        let invited = mail
            .iter()
            .filter(|m| m.template == "speaker-invitation")
            .count();
        assert_eq!(invited, 4, "{}: every panelist gets a link", db.kind);
    }
}

#[tokio::test]
async fn codes_are_sequential_per_edition() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "seq@org.test", "Sequencers").await;
        let mut codes = Vec::new();
        for _ in 0..3 {
            codes.push(
                p.create_proposal(&me, ProposalForm::default(), None, &meta())
                    .await
                    .unwrap(),
            );
        }
        assert_eq!(
            codes,
            vec!["WF27-0001", "WF27-0002", "WF27-0003"],
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn another_organization_cannot_see_or_change_a_proposal() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let owner = stakeholder(p, "owner@org.test", "Owners").await;
        let stranger = stakeholder(p, "stranger@other.test", "Strangers").await;
        let code = p
            .create_proposal(&owner, complete(), None, &meta())
            .await
            .unwrap();
        assert!(
            matches!(p.proposal(&stranger, &code).await, Err(AppError::NotFound)),
            "{}",
            db.kind
        );
        let save = p
            .save_proposal(&stranger, &code, complete(), 1, SaveIntent::Save, &meta())
            .await;
        assert!(matches!(save, Err(AppError::NotFound)), "{}", db.kind);
        assert!(matches!(
            p.withdraw_proposal(&stranger, &code, &meta()).await,
            Err(AppError::NotFound)
        ));
        assert!(p.my_proposals(&stranger).await.unwrap().is_empty());
        // Registering with the same organization name gives no access:
        // joining an organization needs its approval.
        let namesake = stakeholder(p, "namesake@org.test", "Owners").await;
        assert!(
            matches!(p.proposal(&namesake, &code).await, Err(AppError::NotFound)),
            "{}",
            db.kind
        );
        assert!(p.proposal(&owner, &code).await.unwrap().can_edit);
    }
}

#[tokio::test]
async fn editing_stops_at_the_deadline_to_the_second() {
    for db in databases().await {
        open_call(&db, 1).await;
        let p = &db.portal;
        let me = stakeholder(p, "late@org.test", "Late Ltd").await;
        let code = p
            .create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &code).await.unwrap();
        p.save_proposal(
            &me,
            &code,
            complete(),
            v.version,
            SaveIntent::Submit,
            &meta(),
        )
        .await
        .unwrap();
        db.clock.advance(Duration::days(1) - Duration::seconds(1));
        let v = p.proposal(&me, &code).await.unwrap();
        assert!(v.can_edit);
        p.save_proposal(&me, &code, complete(), v.version, SaveIntent::Save, &meta())
            .await
            .unwrap();
        db.clock.advance(Duration::seconds(1));
        let v = p.proposal(&me, &code).await.unwrap();
        assert!(!v.can_edit, "{}", db.kind);
        let late = p
            .save_proposal(&me, &code, complete(), v.version, SaveIntent::Save, &meta())
            .await;
        assert!(
            matches!(late, Err(AppError::Conflict(ConflictCode::DeadlinePassed))),
            "{}: {late:?}",
            db.kind
        );
        let new = p
            .create_proposal(&me, ProposalForm::default(), None, &meta())
            .await;
        assert!(matches!(
            new,
            Err(AppError::Conflict(ConflictCode::CallClosed))
        ));
    }
}

#[tokio::test]
async fn a_stale_save_overwrites_nothing() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "a@org.test", "Racers").await;
        let code = p
            .create_proposal(
                &me,
                ProposalForm {
                    title: "First".into(),
                    ..Default::default()
                },
                None,
                &meta(),
            )
            .await
            .unwrap();
        let v = p.proposal(&me, &code).await.unwrap().version;
        p.save_proposal(
            &me,
            &code,
            ProposalForm {
                title: "Second".into(),
                ..Default::default()
            },
            v,
            SaveIntent::Save,
            &meta(),
        )
        .await
        .unwrap();
        let stale = p
            .save_proposal(
                &me,
                &code,
                ProposalForm {
                    title: "Third".into(),
                    ..Default::default()
                },
                v,
                SaveIntent::Save,
                &meta(),
            )
            .await;
        assert!(
            matches!(stale, Err(AppError::Conflict(ConflictCode::StaleVersion))),
            "{}",
            db.kind
        );
        assert_eq!(p.proposal(&me, &code).await.unwrap().form.title, "Second");
    }
}

#[tokio::test]
async fn a_submitted_proposal_stays_complete_and_can_be_withdrawn() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "w@org.test", "Withdrawers").await;
        let code = p
            .create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &code).await.unwrap().version;
        p.save_proposal(&me, &code, complete(), v, SaveIntent::Submit, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &code).await.unwrap().version;
        let mut broken = complete();
        broken.title.clear();
        let e = p
            .save_proposal(&me, &code, broken, v, SaveIntent::Save, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(errs) if errs.get("title").is_some()),
            "{}",
            db.kind
        );
        p.withdraw_proposal(&me, &code, &meta()).await.unwrap();
        let view = p.proposal(&me, &code).await.unwrap();
        assert_eq!(view.status, ProposalStatus::Withdrawn);
        assert!(!view.can_edit);
        assert!(matches!(
            p.withdraw_proposal(&me, &code, &meta()).await,
            Err(AppError::Conflict(_))
        ));
    }
}

#[tokio::test]
async fn the_format_decides_the_panel_size() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "f@org.test", "Formatters").await;
        let mut form = complete();
        form.format = "open-space-talk".into(); // 1 to 3 panelists
        let code = p
            .create_proposal(&me, form.clone(), None, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &code).await.unwrap().version;
        let e = p
            .save_proposal(&me, &code, form, v, SaveIntent::Submit, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(errs) if errs.get("speakers").is_some_and(|f| f.code == "panel-too-large")),
            "{}: {e:?}",
            db.kind
        );
    }
}

#[tokio::test]
async fn only_organizers_change_the_call_and_a_format_can_close_early() {
    use portal::services::{FormatForm, local_input};
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "cafe@org.test", "Cafe Society").await;
        let mut form = complete();
        form.format = "knowledge-cafe".into();
        let code = p
            .create_proposal(&me, form.clone(), None, &meta())
            .await
            .unwrap();
        let edition = p.current_edition().await.unwrap();
        let cafe = edition.format("knowledge-cafe").unwrap().clone();
        let close_now = FormatForm {
            minutes: "60".into(),
            min_panel: "2".into(),
            max_panel: "8".into(),
            deadline: local_input(db.clock.now()),
            is_open: Some("yes".into()),
            version: cafe.version,
        };
        let denied = p
            .update_format(&me, "knowledge-cafe", &close_now, &meta())
            .await;
        assert!(matches!(denied, Err(AppError::Forbidden)), "{}", db.kind);
        let (admin_id, _) = p
            .create_admin("sec@wsis.test", "Secretariat", "an admin passphrase")
            .await
            .unwrap();
        let admin = p
            .login("sec@wsis.test", "an admin passphrase", &meta())
            .await
            .unwrap()
            .user;
        assert_eq!(admin.id, admin_id);
        let bad = FormatForm {
            min_panel: "5".into(),
            max_panel: "2".into(),
            ..close_now.clone()
        };
        let e = p
            .update_format(&admin, "knowledge-cafe", &bad, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(errs) if errs.get("max_panel").is_some()),
            "{}",
            db.kind
        );
        p.update_format(&admin, "knowledge-cafe", &close_now, &meta())
            .await
            .unwrap();
        let stale = p
            .update_format(&admin, "knowledge-cafe", &close_now, &meta())
            .await;
        assert!(
            matches!(stale, Err(AppError::Conflict(ConflictCode::StaleVersion))),
            "{}",
            db.kind
        );
        // The minute has already begun, so the format is closed now.
        let v = p.proposal(&me, &code).await.unwrap();
        assert!(!v.can_edit, "{}", db.kind);
        let late = p
            .save_proposal(&me, &code, form, v.version, SaveIntent::Save, &meta())
            .await;
        assert!(
            matches!(late, Err(AppError::Conflict(ConflictCode::DeadlinePassed))),
            "{}: {late:?}",
            db.kind
        );
        // Other formats stay open.
        p.create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_format_past_its_own_deadline_is_refused_by_name_and_an_access_code_opens_it() {
    use portal::services::{AccessCodeForm, FormatForm, local_input};
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "cafe@org.test", "Cafe Society").await;
        let admin = {
            p.create_admin("sec@wsis.test", "Secretariat", "an admin passphrase")
                .await
                .unwrap();
            p.login("sec@wsis.test", "an admin passphrase", &meta())
                .await
                .unwrap()
                .user
        };
        // The knowledge café closes today; the call stays open for 30 days.
        let edition = p.current_edition().await.unwrap();
        let cafe = edition.format("knowledge-cafe").unwrap().clone();
        let close_now = FormatForm {
            minutes: "60".into(),
            min_panel: "2".into(),
            max_panel: "8".into(),
            deadline: local_input(db.clock.now()),
            is_open: Some("yes".into()),
            version: cafe.version,
        };
        p.update_format(&admin, "knowledge-cafe", &close_now, &meta())
            .await
            .unwrap();
        let mut form = complete();
        form.format = "knowledge-cafe".into();

        // The refusal names the format's deadline, on the format field, not
        // the whole call's, and writes nothing.
        for submit in [false, true] {
            let refused = if submit {
                p.create_and_submit_proposal(&me, form.clone(), None, &meta())
                    .await
            } else {
                p.create_proposal(&me, form.clone(), None, &meta()).await
            };
            match refused {
                Err(AppError::Validation(errs)) => assert_eq!(
                    errs.get("format").map(|e| e.code.as_str()),
                    Some("format-deadline-passed"),
                    "{}",
                    db.kind
                ),
                other => panic!("{}: expected a format error, got {other:?}", db.kind),
            }
        }
        assert!(p.my_proposals(&me).await.unwrap().is_empty(), "{}", db.kind);

        // A draft in an open format cannot switch into the closed one.
        let draft = p
            .create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &draft).await.unwrap().version;
        let switched = p
            .save_proposal(&me, &draft, form.clone(), v, SaveIntent::Save, &meta())
            .await;
        assert!(
            matches!(&switched, Err(AppError::Validation(e))
                if e.get("format").is_some_and(|e| e.code == "format-deadline-passed-switch")),
            "{}: {switched:?}",
            db.kind
        );

        // While the call is open, a code for the café opens the café.
        let code = p
            .create_access_code(
                &admin,
                &AccessCodeForm {
                    label: "Late cafés".into(),
                    max_uses: "1".into(),
                    expires_at: local_input(db.clock.now() + Duration::days(5)),
                    formats: vec!["knowledge-cafe".into()],
                },
                &meta(),
            )
            .await
            .unwrap();
        let made = p
            .create_and_submit_proposal(&me, form, Some(&code.code), &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &made).await.unwrap();
        assert!(v.can_edit, "{}: editable until the code expires", db.kind);
        assert_eq!(p.access_codes(&admin).await.unwrap()[0].uses, 1);
    }
}

#[tokio::test]
async fn panelists_are_invited_once_and_answer_from_their_link() {
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "inviter@org.test", "Inviters").await;
        let code = p
            .create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        assert!(
            p.outbox(Some("m@x.org"), 1).await.unwrap().is_empty(),
            "drafts invite nobody"
        );
        let v = p.proposal(&me, &code).await.unwrap().version;
        p.save_proposal(&me, &code, complete(), v, SaveIntent::Submit, &meta())
            .await
            .unwrap();
        let token = support::fixtures::invitation_token(p, "m@x.org").await;
        let inv = p.speaker_invitation(&token).await.unwrap();
        assert_eq!(
            (inv.code.as_str(), inv.role.as_str(), inv.answer.as_deref()),
            (code.as_str(), "moderator", None)
        );
        p.answer_invitation(&token, true, &meta()).await.unwrap();
        let view = p.proposal(&me, &code).await.unwrap();
        assert_eq!(
            view.panel_answers.get("m@x.org").map(String::as_str),
            Some("confirmed"),
            "{}",
            db.kind
        );
        assert_eq!(
            view.panel_answers.get("a@x.org").map(String::as_str),
            Some("invited")
        );
        // A later save invites only the newcomer.
        let mut form = complete();
        form.speakers
            .push(speaker("speaker", "new@x.org", "JP", "woman"));
        p.save_proposal(&me, &code, form, view.version, SaveIntent::Save, &meta())
            .await
            .unwrap();
        assert_eq!(
            p.outbox(Some("m@x.org"), 5).await.unwrap().len(),
            1,
            "{}: invited twice",
            db.kind
        );
        assert_eq!(p.outbox(Some("new@x.org"), 5).await.unwrap().len(), 1);
        // Withdrawn proposals spend the links.
        p.withdraw_proposal(&me, &code, &meta()).await.unwrap();
        assert!(matches!(
            p.speaker_invitation(&token).await,
            Err(AppError::Conflict(ConflictCode::TokenInvalid))
        ));
        assert!(matches!(
            p.answer_invitation("forged", true, &meta()).await,
            Err(AppError::Conflict(_))
        ));
    }
}

#[tokio::test]
async fn access_codes_open_the_door_after_the_deadline_within_their_limits() {
    use portal::services::{AccessCodeForm, local_input};
    for db in databases().await {
        open_call(&db, 1).await;
        let p = &db.portal;
        let me = stakeholder(p, "late@org.test", "Latecomers").await;
        let other = stakeholder(p, "later@org.test", "Even Later").await;
        p.create_admin("sec@wsis.test", "Secretariat", "an admin passphrase")
            .await
            .unwrap();
        let admin = p
            .login("sec@wsis.test", "an admin passphrase", &meta())
            .await
            .unwrap()
            .user;
        let form = AccessCodeForm {
            label: "Late proposals".into(),
            max_uses: "1".into(),
            expires_at: local_input(db.clock.now() + Duration::days(10)),
            formats: vec!["thematic-workshop".into()],
        };
        assert!(matches!(
            p.create_access_code(&me, &form, &meta()).await,
            Err(AppError::Forbidden)
        ));
        let code = p.create_access_code(&admin, &form, &meta()).await.unwrap();
        db.clock.advance(Duration::days(2));
        let closed = p.create_proposal(&me, complete(), None, &meta()).await;
        assert!(
            matches!(closed, Err(AppError::Conflict(ConflictCode::CallClosed))),
            "{}",
            db.kind
        );
        let mut cafe = complete();
        cafe.format = "knowledge-cafe".into();
        let wrong = p
            .create_proposal(&me, cafe, Some(&code.code), &meta())
            .await;
        assert!(
            matches!(wrong, Err(AppError::Validation(_))),
            "{}: {wrong:?}",
            db.kind
        );
        let typed = code.code.to_lowercase();
        let pcode = p
            .create_proposal(&me, complete(), Some(&typed), &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &pcode).await.unwrap();
        assert!(v.can_edit, "{}: editable until the code expires", db.kind);
        p.save_proposal(
            &me,
            &pcode,
            complete(),
            v.version,
            SaveIntent::Submit,
            &meta(),
        )
        .await
        .unwrap();
        let used_up = p
            .create_proposal(&other, complete(), Some(&code.code), &meta())
            .await;
        assert!(
            matches!(
                used_up,
                Err(AppError::Conflict(ConflictCode::AccessCodeUsedUp))
            ),
            "{}",
            db.kind
        );
        db.clock.advance(Duration::days(9));
        assert!(
            !p.proposal(&me, &pcode).await.unwrap().can_edit,
            "{}",
            db.kind
        );
        let expired = p
            .create_proposal(&other, complete(), Some("ZZZZ-ZZZZ"), &meta())
            .await;
        assert!(matches!(
            expired,
            Err(AppError::Conflict(ConflictCode::AccessCodeInvalid))
        ));
        assert_eq!(p.access_codes(&admin).await.unwrap()[0].uses, 1);
    }
}

#[tokio::test]
async fn an_accepted_co_organizer_may_edit_and_a_stranger_with_the_link_declined_may_not() {
    use portal::services::CoorganizerForm;
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let lead = stakeholder(p, "lead@lead.test", "Lead Org").await;
        let partner = stakeholder(p, "partner@partner.test", "Partner Org").await;
        let code = p
            .create_proposal(&lead, complete(), None, &meta())
            .await
            .unwrap();
        let invite = CoorganizerForm {
            email: "Partner@Partner.test".into(),
            organization: "Partner Org".into(),
            stakeholder_type: "academia".into(),
            country: "GH".into(),
        };
        let denied = p
            .invite_coorganizer(&partner, &code, &invite, &meta())
            .await;
        assert!(matches!(denied, Err(AppError::NotFound)), "{}", db.kind);
        p.invite_coorganizer(&lead, &code, &invite, &meta())
            .await
            .unwrap();
        let twice = p.invite_coorganizer(&lead, &code, &invite, &meta()).await;
        assert!(matches!(twice, Err(AppError::Validation(_))), "{}", db.kind);
        let mail = p
            .outbox(Some("partner@partner.test"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(mail.template, "coorganizer-invitation");
        let token = mail
            .body_text
            .split("token=")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        assert!(
            matches!(p.proposal(&partner, &code).await, Err(AppError::NotFound)),
            "not before accepting"
        );
        let inv = p.coorganizer_invitation(&token).await.unwrap();
        assert_eq!(
            (inv.lead.as_str(), inv.status.as_str()),
            ("Lead Org", "invited")
        );
        p.answer_coorganizer(&partner, &token, true, &meta())
            .await
            .unwrap();
        // The link is spent: nobody else can use it, nor undo the answer.
        let stranger = stakeholder(p, "sam@stranger.test", "Stranger Org").await;
        for (who, accept) in [(&stranger, true), (&partner, false)] {
            let again = p.answer_coorganizer(who, &token, accept, &meta()).await;
            assert!(
                matches!(again, Err(AppError::Conflict(ConflictCode::TokenInvalid))),
                "{again:?}"
            );
        }
        assert!(matches!(
            p.proposal(&stranger, &code).await,
            Err(AppError::NotFound)
        ));
        let v = p.proposal(&partner, &code).await.unwrap();
        assert!(v.can_edit, "{}", db.kind);
        assert_eq!(v.coorganizers[0].status, "accepted");
        assert_eq!(p.my_proposals(&partner).await.unwrap().len(), 1);
        p.save_proposal(
            &partner,
            &code,
            complete(),
            v.version,
            SaveIntent::Save,
            &meta(),
        )
        .await
        .unwrap();
        // The lead removes the partner: access ends.
        let id = v.coorganizers[0].id;
        p.remove_coorganizer(&lead, &code, id, &meta())
            .await
            .unwrap();
        assert!(
            matches!(p.proposal(&partner, &code).await, Err(AppError::NotFound)),
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn unsubmitted_drafts_get_one_reminder_three_days_before_the_deadline() {
    for db in databases().await {
        open_call(&db, 10).await;
        let p = &db.portal;
        let me = stakeholder(p, "slow@org.test", "Slow Movers").await;
        let draft = p
            .create_proposal(
                &me,
                ProposalForm {
                    title: "Unfinished".into(),
                    ..Default::default()
                },
                None,
                &meta(),
            )
            .await
            .unwrap();
        let done = p
            .create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &done).await.unwrap().version;
        p.save_proposal(&me, &done, complete(), v, SaveIntent::Submit, &meta())
            .await
            .unwrap();
        assert_eq!(
            p.send_draft_reminders().await.unwrap(),
            0,
            "{}: too early",
            db.kind
        );
        db.clock.advance(Duration::days(8));
        assert_eq!(p.send_draft_reminders().await.unwrap(), 1, "{}", db.kind);
        assert_eq!(
            p.send_draft_reminders().await.unwrap(),
            0,
            "{}: only once",
            db.kind
        );
        let mail = p
            .outbox(Some("slow@org.test"), 1)
            .await
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(mail.template, "draft-reminder");
        assert!(mail.body_text.contains(&draft));
    }
}

#[tokio::test]
async fn a_formats_extra_questions_are_answered_and_checked() {
    use portal::services::QuestionForm;
    for db in databases().await {
        open_call(&db, 30).await;
        let p = &db.portal;
        let me = stakeholder(p, "q@org.test", "Questioned").await;
        p.create_admin("sec@wsis.test", "Secretariat", "an admin passphrase")
            .await
            .unwrap();
        let admin = p
            .login("sec@wsis.test", "an admin passphrase", &meta())
            .await
            .unwrap()
            .user;
        let q = QuestionForm {
            label: "Which room setup do you need?".into(),
            kind: "choice".into(),
            choices: "Theatre\nRound tables\n".into(),
            required: Some("yes".into()),
        };
        assert!(matches!(
            p.add_question(&me, "thematic-workshop", &q, &meta()).await,
            Err(AppError::Forbidden)
        ));
        let one_choice = QuestionForm {
            choices: "Theatre".into(),
            ..q.clone()
        };
        assert!(matches!(
            p.add_question(&admin, "thematic-workshop", &one_choice, &meta())
                .await,
            Err(AppError::Validation(_))
        ));
        p.add_question(&admin, "thematic-workshop", &q, &meta())
            .await
            .unwrap();
        let question = p
            .current_edition()
            .await
            .unwrap()
            .format("thematic-workshop")
            .unwrap()
            .questions[0]
            .clone();
        let code = p
            .create_proposal(&me, complete(), None, &meta())
            .await
            .unwrap();
        let v = p.proposal(&me, &code).await.unwrap().version;
        let field = format!("answer-{}", question.id);
        let e = p
            .save_proposal(&me, &code, complete(), v, SaveIntent::Submit, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(errs) if errs.get(&field).is_some_and(|f| f.code == "required")),
            "{}: {e:?}",
            db.kind
        );
        let mut answered = complete();
        answered.answers = vec![(question.id, "Ballroom".into()), (999_999, "stray".into())];
        let e = p
            .save_proposal(&me, &code, answered.clone(), v, SaveIntent::Submit, &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, AppError::Validation(errs) if errs.get(&field).is_some_and(|f| f.code == "choose-from-list"))
        );
        answered.answers[0].1 = "Round tables".into();
        p.save_proposal(&me, &code, answered, v, SaveIntent::Submit, &meta())
            .await
            .unwrap();
        let view = p.proposal(&me, &code).await.unwrap();
        assert_eq!(
            view.form.answers,
            vec![(question.id, "Round tables".to_string())],
            "{}: stray answers dropped",
            db.kind
        );
        p.remove_question(&admin, question.id, &meta())
            .await
            .unwrap();
        assert!(
            p.proposal(&me, &code)
                .await
                .unwrap()
                .form
                .answers
                .is_empty()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_proposals_get_distinct_numbers_and_none_is_refused() {
    for db in databases().await {
        let p = &db.portal;
        support::fixtures::open_call(&db).await;
        let mut owners = Vec::new();
        for i in 0..8 {
            owners.push(
                support::fixtures::stakeholder(
                    p,
                    "Owner",
                    &format!("owner{i}@example.org"),
                    &format!("Org {i}"),
                )
                .await,
            );
        }
        let mut tasks = Vec::new();
        for (i, owner) in owners.iter().enumerate() {
            for k in 0..5 {
                let (p, owner) = (p.clone(), owner.clone());
                tasks.push(tokio::spawn(async move {
                    let form = support::fixtures::proposal(
                        &format!("Session {i}-{k}"),
                        "C2",
                        support::fixtures::panel(&format!("c{i}{k}")),
                    );
                    p.create_proposal(&owner, form, None, &meta()).await
                }));
            }
        }
        let mut codes = std::collections::BTreeSet::new();
        for t in tasks {
            let code = t
                .await
                .unwrap()
                .unwrap_or_else(|e| panic!("{}: refused: {e:?}", db.kind));
            assert!(codes.insert(code), "{}: a number was given twice", db.kind);
        }
        assert_eq!(codes.len(), 40);
        assert!(
            codes.contains("WF27-0001") && codes.contains("WF27-0040"),
            "{codes:?}"
        );
    }
}
