//! The seeded demo world the access matrix and the hostile-input tests
//! request: a proposal and a submission of the owner's, reviewers with and
//! without a conflict on it, and the ids the routes' paths need.

use super::TestApp;
use portal::domain::Locale;
use portal::services::{CurrentUser, RequestMeta};
use reqwest::Client;
use std::collections::BTreeMap;

/// Password of every demo account.
pub const PASSWORD: &str = portal_server::seed::DEMO_PASSWORD;

pub fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "127.0.0.1".into(),
        user_agent: "access matrix".into(),
        locale: Locale::En,
    }
}

/// The objects the paths name.
pub struct World {
    pub proposal: String,
    submission: String,
    meeting: i64,
    room: i64,
    victim: i64,
    other_org: i64,
    session: String,
    speaker_id: String,
}

impl World {
    /// The path with its placeholders replaced by this world's objects.
    pub fn fill(&self, path: &str) -> String {
        let with = |p: &str, k: &str, v: &str| p.replace(k, v);
        let mut p = path.to_owned();
        if p.starts_with("/submissions/") || p.starts_with("/organize/submissions/") {
            p = with(&p, "{code}", &self.submission);
        }
        if p.starts_with("/sessions/") || p.starts_with("/api/v1/sessions/") {
            p = with(&p, "{code}", &self.session);
        }
        if p.starts_with("/review/lines/") {
            p = with(&p, "{code}", "C2");
        }
        if p.starts_with("/organize/taxonomy/") {
            p = with(&with(&p, "{kind}", "action_line"), "{code}", "C2");
        }
        if p.starts_with("/organize/settings/formats/") {
            p = with(&p, "{code}", "thematic-workshop");
        }
        if p.starts_with("/organize/meetings/") {
            p = with(&p, "{id}", &self.meeting.to_string());
        }
        if p.starts_with("/organize/agenda/rooms/") {
            p = with(&p, "{id}", &self.room.to_string());
        }
        if p.starts_with("/admin/users/") {
            p = with(&p, "{id}", &self.victim.to_string());
        }
        if p.starts_with("/organizations/") {
            p = with(&p, "{id}", &self.other_org.to_string());
        }
        if p.starts_with("/speakers/profile/") {
            p = with(&p, "{id}", "999999");
        }
        if p.starts_with("/speakers/") {
            p = with(&p, "{id}", &self.speaker_id);
        }
        p = with(&p, "{kind}", "format-view");
        p = with(&p, "{outcome}", "accept");
        p = with(&p, "{reviewer}", "999999");
        p = with(&p, "{code}", &self.proposal);
        // Rows that do not exist: every role must get the same answer.
        with(&p, "{id}", "999999")
    }
}

/// The demo account `email`, signed in through the services.
pub async fn user(app: &TestApp, email: &str) -> CurrentUser {
    app.portal
        .login(email, PASSWORD, &meta())
        .await
        .unwrap()
        .user
}

/// A cookie client signed in as `email`.
pub async fn browser(app: &TestApp, email: &str) -> Client {
    super::demo_sign_in(app, email).await
}

/// The demo world, with a reviewer assigned to the owner's proposal and a
/// second one assigned who declared a conflict.
pub async fn world(app: &TestApp) -> (World, BTreeMap<&'static str, String>) {
    let p = &app.portal;
    let organizer = user(app, "organizer@demo.wsis.test").await;
    let owner = user(app, "stakeholder001@demo.wsis.test").await;
    let other = user(app, "stakeholder002@demo.wsis.test").await;
    let victim = user(app, "stakeholder006@demo.wsis.test").await;
    // A submitted proposal of the owner's on a line the facilitator (C3, C7) does not have.
    let mut proposal = None;
    for s in p.my_proposals(&owner).await.unwrap() {
        let v = p.proposal(&owner, &s.code).await.unwrap();
        let lines_ok = v
            .form
            .action_lines
            .iter()
            .all(|l| !l.code.starts_with("C3") && !l.code.starts_with("C7"));
        if v.status.code() == "submitted" && lines_ok {
            proposal = Some(s.code);
            break;
        }
    }
    let proposal = proposal.expect("a submitted proposal outside C3 and C7");
    let rev = user(app, "reviewer@demo.wsis.test").await;
    let revc = user(app, "reviewer01@demo.wsis.test").await;
    for r in [&rev, &revc] {
        p.assign_reviewer(&organizer, &proposal, r.id.0, &meta())
            .await
            .unwrap();
    }

    p.declare_conflict(
        &revc,
        &proposal,
        "I advise this organization.",
        None,
        &meta(),
    )
    .await
    .unwrap();
    let submission = p
        .my_submissions(&owner)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.status == "submitted")
        .expect("a sent submission")
        .code;
    let meeting = p.meetings(&organizer).await.unwrap()[0].id;
    let (programme, _) = p.draft_programme(&organizer).await.unwrap();
    let session = programme
        .sessions
        .first()
        .map(|s| s.code.clone())
        .unwrap_or_else(|| proposal.clone());
    let speaker_id = programme
        .sessions
        .iter()
        .flat_map(|s| s.persons.iter())
        .map(|s| s.id.clone())
        .next()
        .unwrap_or_else(|| "nobody".into());
    let room = p
        .agenda_board(&organizer)
        .await
        .unwrap()
        .rooms
        .first()
        .map(|r| r.id)
        .unwrap_or(999_999);
    let world = World {
        proposal,
        submission,
        meeting,
        room,
        victim: victim.id.0,
        other_org: other.organization_id.map(|o| o.0).unwrap_or(999_999),
        session,
        speaker_id,
    };
    let emails: BTreeMap<&'static str, String> = [
        ("owner", "stakeholder001@demo.wsis.test"),
        ("other", "stakeholder002@demo.wsis.test"),
        ("speaker", "speaker@demo.wsis.test"),
        ("rev", "reviewer@demo.wsis.test"),
        ("revc", "reviewer01@demo.wsis.test"),
        ("facil", "facilitator@demo.wsis.test"),
        ("org", "organizer@demo.wsis.test"),
        ("admin", "admin@demo.wsis.test"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect();
    (world, emails)
}
