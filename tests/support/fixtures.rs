//! Shared set-up for service tests: an open call, accounts of every kind,
//! ordinary panels and submitted proposals, all made through the services.

use super::TestDb;
use portal::clock::Clock;
use portal::domain::proposal::{ProposalForm, SpeakerInput, ThemeChoice};
use portal::domain::{Locale, RegistrationForm, Role};
use portal::services::{CurrentUser, NewEdition, Portal, RequestMeta, SaveIntent};
use time::Duration;
use time::macros::date;

/// Password of every stakeholder account.
pub const PASSWORD: &str = "correct horse battery";
/// Password of every staff account.
pub const STAFF_PASSWORD: &str = "an admin passphrase";

pub fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.30".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

/// An edition whose call opened a day ago and closes in 30 days.
pub async fn open_call(db: &TestDb) {
    let now = db.clock.now();
    db.portal
        .create_edition(&NewEdition {
            code: "WF27".into(),
            title: "WSIS Forum 2027".into(),
            starts_on: date!(2027 - 05 - 10),
            ends_on: date!(2027 - 05 - 14),
            venue: "Geneva".into(),
            submissions_open_at: now - Duration::days(1),
            submissions_close_at: now + Duration::days(30),
        })
        .await
        .unwrap();
}

/// Signs in again, so roles and organization are read afresh.
pub async fn sign_in(p: &Portal, email: &str, password: &str) -> CurrentUser {
    p.login(email, password, &meta()).await.unwrap().user
}

/// A verified stakeholder of a new organization profile `org`, signed in.
pub async fn stakeholder(p: &Portal, name: &str, email: &str, org: &str) -> CurrentUser {
    let form = RegistrationForm {
        name: name.into(),
        email: email.into(),
        password: PASSWORD.into(),
        organization: org.into(),
        stakeholder_type: "civil-society".into(),
        country: "KE".into(),
        consent: Some("yes".into()),
    };
    p.register_verified(form.parse().unwrap(), &meta())
        .await
        .unwrap();
    sign_in(p, email, PASSWORD).await
}

/// The first administrator.
pub async fn admin(p: &Portal) -> CurrentUser {
    p.create_admin("sec@wsis.test", "Secretariat", STAFF_PASSWORD)
        .await
        .unwrap();
    sign_in(p, "sec@wsis.test", STAFF_PASSWORD).await
}

/// A staff account holding `role` (and no admin role), made the way
/// `portal seed-demo` makes its staff.
pub async fn staff(
    p: &Portal,
    admin: &CurrentUser,
    email: &str,
    name: &str,
    role: Option<Role>,
) -> CurrentUser {
    let (id, _) = p.create_admin(email, name, STAFF_PASSWORD).await.unwrap();
    p.revoke_role(admin, id, Role::Admin, &meta())
        .await
        .unwrap();
    if let Some(role) = role {
        p.grant_role(admin, id, role, &meta()).await.unwrap();
    }
    sign_in(p, email, STAFF_PASSWORD).await
}

/// The facilitator of Action Line `line`, appointed by an organizer.
pub async fn facilitator(
    p: &Portal,
    admin: &CurrentUser,
    organizer: &CurrentUser,
    email: &str,
    name: &str,
    line: &str,
) -> CurrentUser {
    staff(p, admin, email, name, None).await;
    p.add_reviewer(organizer, email, line, &meta())
        .await
        .unwrap();
    sign_in(p, email, STAFF_PASSWORD).await
}

/// Makes an existing stakeholder account a reviewer too (organizer's
/// `add_reviewer`) and signs it in again.
pub async fn make_reviewer(p: &Portal, organizer: &CurrentUser, who: &CurrentUser) -> CurrentUser {
    p.add_reviewer(organizer, &who.email, "", &meta())
        .await
        .unwrap();
    sign_in(p, &who.email, PASSWORD).await
}

pub fn panelist(
    role: &str,
    name: &str,
    org: &str,
    email: &str,
    country: &str,
    gender: &str,
) -> SpeakerInput {
    SpeakerInput {
        role: role.into(),
        name: name.into(),
        title: "Director".into(),
        organization: org.into(),
        email: email.into(),
        country: country.into(),
        stakeholder_type: "academia".into(),
        gender: gender.into(),
        remote: false,
    }
}

/// An ordinary panel whose addresses start with `tag`.
pub fn panel(tag: &str) -> Vec<SpeakerInput> {
    vec![
        panelist(
            "moderator",
            "Mo Derator",
            "Panel Org",
            &format!("{tag}-m@panel.test"),
            "KE",
            "woman",
        ),
        panelist(
            "speaker",
            "Sam Speaker",
            "Panel Org",
            &format!("{tag}-a@panel.test"),
            "BR",
            "man",
        ),
        panelist(
            "speaker",
            "Sue Speaker",
            "Panel Org",
            &format!("{tag}-b@panel.test"),
            "IN",
            "woman",
        ),
        panelist(
            "speaker",
            "Kim Speaker",
            "Panel Org",
            &format!("{tag}-c@panel.test"),
            "FR",
            "non-binary",
        ),
    ]
}

/// A complete proposal on Action Line `line`.
pub fn proposal(title: &str, line: &str, speakers: Vec<SpeakerInput>) -> ProposalForm {
    ProposalForm {
        title: title.into(),
        text_language: "en".into(),
        format: "thematic-workshop".into(),
        abstract_text: "How community networks connect rural areas.".into(),
        description: "## Why\nBecause connectivity matters.".into(),
        objectives: "Share lessons.".into(),
        outcomes: "A toolkit.".into(),
        action_lines: vec![ThemeChoice {
            code: line.into(),
            rationale: "Infrastructure.".into(),
        }],
        sdgs: vec![ThemeChoice {
            code: "9".into(),
            rationale: "Innovation.".into(),
        }],
        languages: vec!["en".into()],
        participation_mode: "hybrid".into(),
        speakers,
        ..Default::default()
    }
}

/// Creates and submits a proposal; returns its code.
pub async fn submit(p: &Portal, owner: &CurrentUser, form: ProposalForm) -> String {
    let code = p
        .create_proposal(owner, form.clone(), None, &meta())
        .await
        .unwrap();
    let v = p.proposal(owner, &code).await.unwrap().version;
    p.save_proposal(owner, &code, form, v, SaveIntent::Submit, &meta())
        .await
        .unwrap();
    code
}

/// `contact` accepts an invitation to co-organize `code` for `org`.
pub async fn coorganize(
    p: &Portal,
    owner: &CurrentUser,
    code: &str,
    contact: &CurrentUser,
    org: &str,
) {
    invite_coorganizer(p, owner, code, &contact.email, org).await;
    let mail = p
        .outbox(Some(&contact.email), 1)
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
    p.answer_coorganizer(contact, &token, true, &meta())
        .await
        .unwrap();
}

pub async fn invite_coorganizer(
    p: &Portal,
    owner: &CurrentUser,
    code: &str,
    email: &str,
    org: &str,
) {
    let form = portal::services::CoorganizerForm {
        email: email.into(),
        organization: org.into(),
        stakeholder_type: "academia".into(),
        country: "GH".into(),
    };
    p.invite_coorganizer(owner, code, &form, &meta())
        .await
        .unwrap();
}

/// `newcomer` joins the organization of `member` (who approves); returns
/// the newcomer signed in again.
pub async fn join(p: &Portal, member: &CurrentUser, newcomer: &CurrentUser) -> CurrentUser {
    p.request_to_join(newcomer, member.organization_id.unwrap().0, &meta())
        .await
        .unwrap();
    let request = p
        .organization_profile(member)
        .await
        .unwrap()
        .requests
        .into_iter()
        .find(|r| r.email == newcomer.email)
        .unwrap();
    p.answer_join_request(member, request.id, true, &meta())
        .await
        .unwrap();
    sign_in(p, &newcomer.email, PASSWORD).await
}

/// The token in the newest panelist invitation e-mailed to `to`.
pub async fn invitation_token(p: &Portal, to: &str) -> String {
    let mail = p
        .outbox(Some(to), 10)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.template == "speaker-invitation")
        .expect("an invitation");
    let link = mail
        .body_text
        .split_whitespace()
        .find(|w| w.contains("token="))
        .unwrap()
        .to_owned();
    link.split("token=").nth(1).unwrap().to_owned()
}
