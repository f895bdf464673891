//! HTTP-level tests of the review, selection and moderation pages: the real
//! router on a real port, a real client with a cookie jar. Sign-in
//! redirects, refusals, blind review over every page and export a reviewer
//! or facilitator gets, form errors, bulk decisions, moderation and the
//! balance dashboard. The service-level matrix is in `tests/services/review.rs`.

use portal::domain::{Locale, Role, UserId};
use portal::services::{CurrentUser, RequestMeta};
use reqwest::header::{CONTENT_TYPE, LOCATION, SET_COOKIE};
use reqwest::{Client, Response, StatusCode};

const PASSWORD: &str = "a long enough passphrase";
const STAFF_PASSWORD: &str = "an admin passphrase";

// Distinctive identities that must never reach a blind reader.
const AUTHOR_NAME: &str = "Zebulon Quixotica";
const AUTHOR_EMAIL: &str = "zebulon@xylophage.test";
const LEAD_ORG: &str = "Xylophage Collective";
const PANEL_NAME: &str = "Vexilla Panelista";
const PANEL_ORG: &str = "Quokka Institute";
const PANEL_EMAIL: &str = "@quokka-panel.test";
const SECRETS: [&str; 6] = [
    AUTHOR_NAME,
    AUTHOR_EMAIL,
    LEAD_ORG,
    PANEL_NAME,
    PANEL_ORG,
    PANEL_EMAIL,
];

use crate::common;

use common::{TestApp, client, spawn};

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.40".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

fn location(r: &Response) -> String {
    r.headers()[LOCATION].to_str().unwrap().to_owned()
}

/// The one-time notice a redirect sets, if any.
fn flash(r: &Response) -> Option<String> {
    r.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("portal_flash="))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

impl TestApp {
    async fn get(&self, c: &Client, path: &str) -> Response {
        c.get(self.url(path)).send().await.unwrap()
    }

    async fn post(&self, c: &Client, path: &str, form: &[(&str, &str)]) -> Response {
        c.post(self.url(path)).form(form).send().await.unwrap()
    }

    /// The body of a page that must answer 200.
    async fn page(&self, c: &Client, path: &str) -> String {
        let r = self.get(c, path).await;
        assert_eq!(r.status(), StatusCode::OK, "GET {path}");
        r.text().await.unwrap()
    }

    async fn login(&self, c: &Client, email: &str, password: &str) {
        let r = self
            .post(c, "/login", &[("email", email), ("password", password)])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "sign-in of {email}");
    }

    /// Registers, verifies and signs in a stakeholder with `c`.
    async fn stakeholder(&self, c: &Client, name: &str, email: &str, org: &str) {
        let r = self
            .post(
                c,
                "/register",
                &[
                    ("name", name),
                    ("email", email),
                    ("password", PASSWORD),
                    ("organization", org),
                    ("stakeholder_type", "civil-society"),
                    ("country", "GH"),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let mail = self.portal.outbox(Some(email), 1).await.unwrap().remove(0);
        let token = mail.body_text.split("token=").nth(1).unwrap();
        let token = token.split_whitespace().next().unwrap();
        let r = self.post(c, "/verify-email", &[("token", token)]).await;
        assert_eq!(location(&r), "/login");
        self.login(c, email, PASSWORD).await;
    }

    /// A staff account holding `role` only (none: a bare account).
    async fn staff(
        &self,
        admin: &CurrentUser,
        email: &str,
        name: &str,
        role: Option<Role>,
    ) -> UserId {
        let (id, _) = self
            .portal
            .create_admin(email, name, STAFF_PASSWORD)
            .await
            .unwrap();
        self.portal
            .revoke_role(admin, id, Role::Admin, &meta())
            .await
            .unwrap();
        if let Some(role) = role {
            self.portal
                .grant_role(admin, id, role, &meta())
                .await
                .unwrap();
        }
        id
    }

    /// The id of the newest audit event.
    async fn last_audit(&self) -> i64 {
        let events = self.portal.recent_audit(None, 1).await.unwrap();
        events.first().map_or(0, |e| e.id)
    }
}

/// A complete proposal on Action Line C2 with a distinctive panel.
fn proposal_form() -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = [
        ("title", "Community networks for rural schools"),
        ("format", "thematic-workshop"),
        ("participation_mode", "hybrid"),
        ("text_language", "en"),
        ("language", "en"),
        ("abstract", "Community networks connect the unconnected."),
        ("description", "## Plan\n\nTalk together."),
        ("objectives", "Share lessons."),
        ("outcomes", "A toolkit."),
        ("al", "C2"),
        ("al-rationale-C2", "Infrastructure in rural areas."),
        ("sdg", "9"),
        ("sdg-rationale-9", "Resilient infrastructure."),
        ("action", "submit"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let people = [
        ("moderator", "KE", "woman"),
        ("speaker", "BR", "man"),
        ("speaker", "IN", "woman"),
        ("speaker", "FR", "man"),
    ];
    for (i, (role, country, gender)) in people.into_iter().enumerate() {
        let mut p = |k: &str, v: String| f.push((format!("speaker-{i}-{k}"), v));
        p("role", role.into());
        p("name", format!("{PANEL_NAME} {i}"));
        p("organization", PANEL_ORG.into());
        p("email", format!("vex{i}{PANEL_EMAIL}"));
        p("country", country.into());
        p("stakeholder_type", "civil-society".into());
        p("gender", gender.into());
    }
    f
}

/// Submits the distinctive proposal as the signed-in `c`; returns its code.
async fn submit(app: &TestApp, c: &Client) -> String {
    let r = c
        .post(app.url("/proposals/new"))
        .form(&proposal_form())
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let to = location(&r);
    let code = to
        .trim_start_matches("/proposals/")
        .split('/')
        .next()
        .unwrap();
    assert!(code.ends_with("-0001"), "{to}");
    code.to_owned()
}

/// Everyone the tests need, each signed in with their own client.
struct World {
    app: TestApp,
    admin: Client,
    organizer: Client,
    reviewer: Client,
    facilitator: Client,
    author: Client,
    /// The author's proposal, submitted, on C2, assigned to the reviewer.
    code: String,
}

async fn world() -> World {
    let app = spawn().await;
    let p = &app.portal;
    p.create_admin("sec@wsis.test", "Secretariat Admin", STAFF_PASSWORD)
        .await
        .unwrap();
    let admin_user = p
        .login("sec@wsis.test", STAFF_PASSWORD, &meta())
        .await
        .unwrap()
        .user;
    app.staff(
        &admin_user,
        "org@wsis.test",
        "Olga Organizer",
        Some(Role::Organizer),
    )
    .await;
    let reviewer_id = app
        .staff(
            &admin_user,
            "rev@wsis.test",
            "Rhea Reviewer",
            Some(Role::Reviewer),
        )
        .await;
    app.staff(&admin_user, "fac@wsis.test", "Finn Facilitator", None)
        .await;
    let (admin, organizer, reviewer, facilitator, author) =
        (client(), client(), client(), client(), client());
    app.login(&admin, "sec@wsis.test", STAFF_PASSWORD).await;
    app.login(&organizer, "org@wsis.test", STAFF_PASSWORD).await;
    // The organizer appoints the facilitator of C2 on the setup page.
    let r = app
        .post(
            &organizer,
            "/organize/review/reviewers",
            &[("email", "fac@wsis.test"), ("line", "C2")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    app.login(&reviewer, "rev@wsis.test", STAFF_PASSWORD).await;
    app.login(&facilitator, "fac@wsis.test", STAFF_PASSWORD)
        .await;
    app.stakeholder(&author, AUTHOR_NAME, AUTHOR_EMAIL, LEAD_ORG)
        .await;
    let code = submit(&app, &author).await;
    let id = reviewer_id.0.to_string();
    let r = app
        .post(
            &organizer,
            &format!("/review/{code}/assign"),
            &[("reviewer", id.as_str())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(flash(&r).as_deref(), Some("reviewer-assigned"));
    World {
        app,
        admin,
        organizer,
        reviewer,
        facilitator,
        author,
        code,
    }
}

/// A valid review of every criterion.
async fn valid_review(app: &TestApp, comment: &str, version: &str) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = app
        .portal
        .criteria()
        .await
        .unwrap()
        .iter()
        .map(|c| (format!("score-{}", c.id), c.scale_max.min(4).to_string()))
        .collect();
    for (k, v) in [
        ("confidence", "2"),
        ("recommendation", "accept"),
        ("comment", comment),
        ("version", version),
        ("intent", "next"),
    ] {
        form.push((k.to_owned(), v.to_owned()));
    }
    form
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in_and_their_posts_change_nothing() {
    let w = world().await;
    let app = &w.app;
    let anon = client();
    let code = w.code.clone();
    let review = format!("/review/{code}");
    for path in [
        "/review",
        review.as_str(),
        "/organize",
        "/organize/proposals",
        "/organize/review",
        "/organize/decisions",
        "/admin/moderation",
        "/review/lines",
    ] {
        let r = app.get(&anon, path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "GET {path}");
        assert_eq!(location(&r), format!("/login?next={path}"), "GET {path}");
    }
    // A review to moderate, so the moderation post names a real one.
    let form = valid_review(app, "Solid plan.", "0").await;
    let r = w
        .reviewer
        .post(app.url(&review))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let audit = app.last_audit().await;
    let settings = app.portal.review_settings().await.unwrap().version;
    let mails = app.portal.outbox(None, 100).await.unwrap().len();
    let posts: [(&str, Vec<(String, String)>); 4] = [
        (
            review.as_str(),
            valid_review(app, "Sneaky anonymous verdict", "0").await,
        ),
        (
            "/organize/proposals/decide",
            vec![
                ("code".into(), code.clone()),
                ("outcome".into(), "accept".into()),
            ],
        ),
        ("/organize/decisions/release", vec![]),
        (
            "/admin/moderation/1",
            vec![
                ("action".into(), "hide".into()),
                ("reason".into(), "No reason".into()),
            ],
        ),
    ];
    for (path, form) in posts {
        let r = anon.post(app.url(path)).form(&form).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "POST {path}");
        assert!(
            location(&r).starts_with("/login?next="),
            "POST {path}: {}",
            location(&r)
        );
    }
    assert_eq!(app.last_audit().await, audit, "nothing was recorded");
    assert_eq!(
        app.portal.review_settings().await.unwrap().version,
        settings
    );
    assert_eq!(app.portal.outbox(None, 100).await.unwrap().len(), mails);
    let html = app.page(&w.organizer, &review).await;
    assert!(
        !html.contains("Sneaky anonymous verdict"),
        "no review was saved"
    );
    let list = app
        .page(&w.organizer, "/organize/proposals?decision=pending")
        .await;
    assert!(!list.contains(&code), "no decision was recorded");
}

#[tokio::test]
async fn a_stakeholder_is_refused_the_staff_pages_and_other_proposals() {
    let w = world().await;
    let app = &w.app;
    let other = client();
    app.stakeholder(&other, "Otto Other", "otto@other.test", "Other Org")
        .await;
    for path in [
        "/organize",
        "/organize/proposals",
        "/organize/review",
        "/organize/decisions",
        "/admin/moderation",
        "/review",
    ] {
        let r = app.get(&other, path).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "GET {path}");
    }
    let audit = app.last_audit().await;
    let r = app.post(&other, "/organize/decisions/release", &[]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post(
            &other,
            "/organize/proposals/decide",
            &[("code", w.code.as_str()), ("outcome", "accept")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.last_audit().await, audit, "refusals leave no trace");
    let r = app.get(&other, &format!("/review/{}", w.code)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "someone else's proposal");
    let r = app.get(&w.author, &format!("/review/{}", w.code)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "nor one's own");
}

#[tokio::test]
async fn blind_review_hides_identities_on_every_page_and_export_over_http() {
    let w = world().await;
    let app = &w.app;
    let code = &w.code;
    let before = app.portal.review_settings().await.unwrap();
    let setup = app.page(&w.organizer, "/organize/review").await;
    assert!(setup.contains("blind_review"));
    let version = before.version.to_string();
    let r = app
        .post(
            &w.organizer,
            "/organize/review",
            &[
                ("reviewers_per_proposal", "2"),
                ("disagreement_threshold", "25"),
                ("blind_review", "yes"),
                ("version", version.as_str()),
            ],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    assert_eq!(location(&r), "/organize/review");
    let after = app.portal.review_settings().await.unwrap();
    assert!(after.blind_review && after.reviewers_per_proposal == 2);

    let mut seen = Vec::new();
    let page = app.page(&w.reviewer, &format!("/review/{code}")).await;
    assert!(page.contains("Community networks for rural schools"));
    seen.push(("reviewer's review page", page));
    let queue = app.page(&w.reviewer, "/review").await;
    assert!(queue.contains(code.as_str()), "assigned, so queued");
    seen.push(("reviewer's queue", queue));
    let fac_page = app.page(&w.facilitator, &format!("/review/{code}")).await;
    seen.push(("facilitator's review page", fac_page));
    let lines = app.page(&w.facilitator, "/review/lines").await;
    assert!(lines.contains("/review/lines/C2"));
    let report = app.page(&w.facilitator, "/review/lines/C2").await;
    assert!(
        report.contains(code.as_str()),
        "the proposal is in its line"
    );
    seen.push(("line report", report));
    let r = app.get(&w.facilitator, "/review/lines/C2/report.csv").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv"),
    );
    let csv = r.text().await.unwrap();
    assert!(
        csv.starts_with("code,title,organization,"),
        "a header row: {csv}"
    );
    assert!(csv.contains(code.as_str()));
    seen.push(("line CSV", csv));
    for (what, body) in &seen {
        for secret in SECRETS {
            assert!(!body.contains(secret), "{what} leaks {secret:?}");
        }
    }
    // Another facilitator's line is not theirs.
    let r = app.get(&w.facilitator, "/review/lines/C5").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Organizers see who is behind it.
    let staff = app.page(&w.organizer, &format!("/review/{code}")).await;
    for shown in [LEAD_ORG, PANEL_NAME, PANEL_ORG] {
        assert!(staff.contains(shown), "organizer sees {shown:?}");
    }
}

#[tokio::test]
async fn an_invalid_review_is_shown_again_and_a_valid_one_redirects() {
    let w = world().await;
    let app = &w.app;
    let path = format!("/review/{}", w.code);
    let typed = "Strong local partners but thin budget detail";
    let r = app
        .post(
            &w.reviewer,
            &path,
            &[
                ("confidence", "2"),
                ("recommendation", "accept"),
                ("comment", typed),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"class="error-summary""#), "error summary");
    assert!(html.contains(typed), "the typed comment is kept");
    let first = app.portal.criteria().await.unwrap()[0].id;
    assert!(html.contains(&format!("score-{first}")));
    assert!(html.contains("Enter this information."));

    let r = w
        .reviewer
        .post(app.url(&path))
        .form(&valid_review(app, typed, "0").await)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/review"), "{}", location(&r));
    assert!(flash(&r).is_some(), "a notice for the next page");
    let html = app.page(&w.reviewer, &path).await;
    assert!(html.contains(typed), "saved");
    // Saving over a stale version is refused, with the form shown again.
    let r = w
        .reviewer
        .post(app.url(&path))
        .form(&valid_review(app, "Second thoughts", "0").await)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("Second thoughts"));
}

#[tokio::test]
async fn organizers_decide_in_bulk_and_release_the_decision_emails() {
    let w = world().await;
    let app = &w.app;
    let message = "Tick at least one proposal in the list.";
    let r = app
        .post(
            &w.organizer,
            "/organize/proposals/decide",
            &[("outcome", "accept"), ("note", "Strong panel")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains(message), "error-choose-proposals shown");
    assert!(html.contains("Strong panel"), "the note is kept");

    let r = app
        .post(
            &w.organizer,
            "/organize/proposals/decide",
            &[("code", w.code.as_str()), ("outcome", "accept")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/organize/proposals?decision=pending");
    assert!(
        app.portal
            .outbox(Some(AUTHOR_EMAIL), 5)
            .await
            .unwrap()
            .iter()
            .all(|m| !m.template.starts_with("decision-")),
        "nothing is told before release"
    );
    let list = app
        .page(&w.organizer, "/organize/proposals?decision=pending")
        .await;
    assert!(list.contains(w.code.as_str()));
    let pending = app.page(&w.organizer, "/organize/decisions").await;
    assert!(pending.contains("/organize/decisions/release"));

    let r = app
        .post(&w.organizer, "/organize/decisions/release", &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/organize/decisions");
    let mails = app.portal.outbox(Some(AUTHOR_EMAIL), 5).await.unwrap();
    let mail = mails
        .iter()
        .find(|m| m.template == "decision-accept")
        .expect("the decision e-mail");
    assert!(mail.body_text.contains(w.code.as_str()) || mail.subject.contains(w.code.as_str()));
    let mine = app.page(&w.author, &format!("/proposals/{}", w.code)).await;
    assert!(mine.contains("Accepted"), "the author sees the outcome");
}

#[tokio::test]
async fn admins_hide_a_review_with_a_reason_its_author_reads() {
    let w = world().await;
    let app = &w.app;
    let path = format!("/review/{}", w.code);
    let r = w
        .reviewer
        .post(app.url(&path))
        .form(&valid_review(app, "Looks fine to me.", "0").await)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let reviewer = app
        .portal
        .login("rev@wsis.test", STAFF_PASSWORD, &meta())
        .await
        .unwrap()
        .user;
    let id = app
        .portal
        .review_page(&reviewer, &w.code)
        .await
        .unwrap()
        .mine
        .unwrap()
        .id;
    let queue = app.page(&w.admin, "/admin/moderation").await;
    assert!(queue.contains(&format!(r#"id="review-{id}""#)));
    // Organizers do not moderate.
    let target = format!("/admin/moderation/{id}");
    let r = app
        .post(
            &w.organizer,
            &target,
            &[("action", "hide"), ("reason", "Rude")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let r = app
        .post(&w.admin, &target, &[("action", "hide"), ("reason", "")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(&format!(r#"id="m{id}-reason-error""#)),
        "the reason's error beside its field"
    );
    assert!(html.contains(&format!(
        r#"aria-describedby="m{id}-reason-hint m{id}-reason-error""#
    )));

    let reason = "Comments about the speakers were off topic";
    let r = app
        .post(&w.admin, &target, &[("action", "hide"), ("reason", reason)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/admin/moderation?page=1#review-{id}")
    );
    let mine = app.page(&w.reviewer, &path).await;
    assert!(mine.contains(reason), "the author reads the reason");
    assert!(mine.contains("An administrator hid your review"));

    // The audit log shows it to admins, filtered by action; nobody else reads it.
    let log = app.page(&w.admin, "/admin/audit?action=review.hide").await;
    assert!(
        log.contains("review.hide") && log.contains(reason),
        "the hide, with its reason"
    );
    assert!(!log.contains("review.save"), "filtered to review.hide");
    let r = app.get(&w.organizer, "/admin/audit").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.get(&client(), "/admin/audit").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/login?next=/admin/audit");
}

#[tokio::test]
async fn the_organizer_dashboard_draws_a_chart_and_a_table_per_dimension() {
    let w = world().await;
    let html = w.app.page(&w.organizer, "/organize").await;
    // One section per dimension, each with its chart and its table.
    let dimensions = html.matches(r#"class="dimension""#).count();
    assert!(dimensions >= 3, "{dimensions} dimensions");
    assert_eq!(html.matches(r#"role="img""#).count(), dimensions);
    assert_eq!(html.matches("<svg").count(), dimensions);
    assert_eq!(html.matches("<table").count(), dimensions);
    assert_eq!(html.matches("<caption>").count(), dimensions);
    assert!(html.contains(r#"<th scope="row">"#));
}
