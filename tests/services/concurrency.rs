//! Things done at the same moment, on both databases: two people saving one
//! proposal, one organization sending more submissions at once than its
//! limit allows, two reviewers reviewing one proposal (and one reviewer in
//! two tabs), two organizers tagging one submission. No update is lost, no
//! rule is broken, and whoever must try again is told why.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::clock::Clock;
use portal::domain::Role;
use portal::domain::submission::{SubmissionForm, SubmissionKind};
use portal::services::{PhaseForm, ReviewForm, SaveIntent, local_input};
use support::fixtures::{
    admin, make_reviewer, meta, open_call, panel, proposal, staff, stakeholder, submit,
};
use time::Duration;

fn exhibition(title: &str) -> SubmissionForm {
    SubmissionForm {
        title: title.into(),
        body: "A stand with two screens, power and a wired connection.".into(),
        space_size: "9".into(),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_organization_sending_at_once_never_exceeds_its_limit() {
    for db in support::databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let amina = stakeholder(p, "Amina", "amina@example.org", "Net Kenya").await;
        // Eight drafts, then all sent at once; exhibition requests are
        // limited to one per organization.
        let mut drafts = Vec::new();
        for i in 0..8 {
            let code = p
                .create_submission(
                    &amina,
                    SubmissionKind::ExhibitionRequest,
                    exhibition(&format!("Stand {i}")),
                    SaveIntent::Save,
                    &meta(),
                )
                .await
                .unwrap();
            let version = p.submission(&amina, &code).await.unwrap().version;
            drafts.push((code, version));
        }
        let tries = drafts.into_iter().map(|(code, version)| {
            let who = amina.clone();
            let p = p.clone();
            tokio::spawn(async move {
                let form = exhibition("Sent at once");
                p.save_submission(&who, &code, form, version, SaveIntent::Submit, &meta())
                    .await
            })
        });
        let mut sent = 0;
        for t in tries {
            match t.await.unwrap() {
                Ok(_) => sent += 1,
                Err(AppError::Conflict(ConflictCode::SubmissionLimit)) => {}
                other => panic!("{}: {other:?}", db.kind),
            }
        }
        assert_eq!(sent, 1, "{}: exactly the limit", db.kind);
        let mine = p.my_submissions(&amina).await.unwrap();
        assert_eq!(mine.iter().filter(|s| s.status == "submitted").count(), 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_saves_of_one_proposal_at_once_keep_one_and_tell_the_other() {
    for db in support::databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let amina = stakeholder(p, "Amina", "amina@example.org", "Net Kenya").await;
        let code = submit(p, &amina, proposal("Rural networks", "C2", panel("a"))).await;
        let seen = p.proposal(&amina, &code).await.unwrap();
        let saves = ["Version from the laptop", "Version from the phone"].map(|title| {
            let (p, who, code) = (p.clone(), amina.clone(), code.clone());
            let mut form = seen.form.clone();
            form.title = title.into();
            let version = seen.version;
            tokio::spawn(async move {
                p.save_proposal(&who, &code, form, version, SaveIntent::Save, &meta())
                    .await
                    .map(|_| title)
            })
        });
        let mut winners = Vec::new();
        for s in saves {
            match s.await.unwrap() {
                Ok(title) => winners.push(title),
                Err(AppError::Conflict(ConflictCode::StaleVersion)) => {}
                other => panic!("{}: {other:?}", db.kind),
            }
        }
        assert_eq!(winners.len(), 1, "{}: one save wins", db.kind);
        let now = p.proposal(&amina, &code).await.unwrap();
        assert_eq!(
            now.form.title, winners[0],
            "the winner's text is what is stored"
        );
        assert_eq!(now.version, seen.version + 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_reviewers_at_once_both_count_and_one_reviewer_in_two_tabs_saves_once() {
    for db in support::databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let root = admin(p).await;
        let organizer = staff(p, &root, "org@wsis.test", "Olu", Some(Role::Organizer)).await;
        let owner = stakeholder(p, "Amina", "amina@example.org", "Net Kenya").await;
        let code = submit(p, &owner, proposal("Rural networks", "C2", panel("a"))).await;
        let now = db.clock.now();
        let phase = PhaseForm {
            name: "First round".into(),
            starts_at: local_input(now - Duration::days(1)),
            ends_at: local_input(now + Duration::days(60)),
            reviewers_may_review: Some("on".into()),
            reviewers_see_others: Some("on".into()),
            proposers_may_edit: None,
        };
        p.add_phase(&organizer, &phase, &meta()).await.unwrap();
        let mut reviewers = Vec::new();
        for (name, email) in [("Rita", "rita@review.test"), ("Raj", "raj@review.test")] {
            let who = stakeholder(p, name, email, &format!("{name} Institute")).await;
            let who = make_reviewer(p, &organizer, &who).await;
            p.assign_reviewer(&organizer, &code, who.id.0, &meta())
                .await
                .unwrap();
            reviewers.push(who);
        }
        let criteria = p.criteria().await.unwrap();
        let form = |comment: &str| ReviewForm {
            scores: criteria.iter().map(|c| (c.id, "4".to_string())).collect(),
            notes: Vec::new(),
            confidence: "2".into(),
            recommendation: "accept".into(),
            comment: comment.into(),
            version: 0,
        };
        // Both reviewers save at once: both reviews are kept.
        let both = reviewers.iter().map(|r| {
            let (p, r, code, f) = (p.clone(), r.clone(), code.clone(), form(&r.name));
            tokio::spawn(async move { p.save_review(&r, &code, &f, &meta()).await })
        });
        for t in both {
            t.await.unwrap().unwrap();
        }
        let page = p.review_page(&organizer, &code).await.unwrap();
        assert_eq!(
            page.others.len() + usize::from(page.mine.is_some()),
            2,
            "{}",
            db.kind
        );
        // One reviewer saves from two tabs loaded at the same version.
        let rita = &reviewers[0];
        let version = p
            .review_page(rita, &code)
            .await
            .unwrap()
            .mine
            .unwrap()
            .version;
        let tabs = ["first tab", "second tab"].map(|c| {
            let (p, r, code) = (p.clone(), rita.clone(), code.clone());
            let mut f = form(c);
            f.version = version;
            tokio::spawn(async move { p.save_review(&r, &code, &f, &meta()).await.map(|_| c) })
        });
        let mut kept = Vec::new();
        for t in tabs {
            match t.await.unwrap() {
                Ok(c) => kept.push(c),
                Err(AppError::Conflict(_)) => {}
                other => panic!("{}: {other:?}", db.kind),
            }
        }
        assert_eq!(kept.len(), 1, "{}: one tab wins", db.kind);
        let mine = p.review_page(rita, &code).await.unwrap().mine.unwrap();
        assert_eq!(mine.comment, kept[0]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_organizers_tagging_one_submission_at_once_leave_one_tag() {
    for db in support::databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let root = admin(p).await;
        let one = staff(p, &root, "one@wsis.test", "One", Some(Role::Organizer)).await;
        let two = staff(p, &root, "two@wsis.test", "Two", Some(Role::Organizer)).await;
        let amina = stakeholder(p, "Amina", "amina@example.org", "Net Kenya").await;
        let code = p
            .create_submission(
                &amina,
                SubmissionKind::ExhibitionRequest,
                exhibition("Robotics stand"),
                SaveIntent::Submit,
                &meta(),
            )
            .await
            .unwrap();
        let tags = [one, two].map(|who| {
            let (p, code) = (p.clone(), code.clone());
            tokio::spawn(async move { p.tag_submission(&who, &code, "Robotics", &meta()).await })
        });
        for t in tags {
            t.await.unwrap().unwrap();
        }
        assert_eq!(
            p.submission(&root, &code).await.unwrap().tags,
            vec!["robotics"],
            "{}",
            db.kind
        );
    }
}
