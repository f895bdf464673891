//! HTTP-level tests: the real router on a real port, a real client with a
//! cookie jar.

use reqwest::StatusCode;
use reqwest::header::{CONTENT_SECURITY_POLICY, LOCATION, SET_COOKIE};
use std::collections::HashMap;

use crate::common;

use common::{TestApp, client, fresh_postgres_url, spawn, spawn_with};

fn registration(email: &str) -> HashMap<&'static str, String> {
    HashMap::from([
        ("name", "Kwame Mensah".to_string()),
        ("email", email.to_string()),
        ("password", "a long enough passphrase".to_string()),
        ("organization", "Ghana Digital Centre".to_string()),
        ("stakeholder_type", "civil-society".to_string()),
        ("country", "GH".to_string()),
        ("consent", "yes".to_string()),
    ])
}

impl TestApp {
    async fn token_for(&self, email: &str) -> String {
        let mail = self
            .portal
            .outbox(Some(email), 1)
            .await
            .unwrap()
            .pop()
            .expect("an e-mail");
        let link = mail
            .body_text
            .split_whitespace()
            .find(|w| w.contains("token="))
            .unwrap()
            .to_owned();
        assert!(
            link.starts_with(&self.base),
            "links point at the configured base URL: {link}"
        );
        link.split("token=").nth(1).unwrap().to_owned()
    }

    /// Registers, verifies and signs in `email` with `c`.
    async fn signed_in(&self, c: &reqwest::Client, email: &str) {
        let r = c
            .post(self.url("/register"))
            .form(&registration(email))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let token = self.token_for(email).await;
        let r = c
            .post(self.url("/verify-email"))
            .form(&[("token", token)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.headers()[LOCATION], "/login");
        let r = c
            .post(self.url("/login"))
            .form(&[("email", email), ("password", "a long enough passphrase")])
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            StatusCode::SEE_OTHER,
            "{}",
            r.text().await.unwrap()
        );
    }
}

#[tokio::test]
async fn healthz_reports_the_database_as_json() {
    let app = spawn().await;
    let r = client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"]["kind"], "sqlite");
    assert!(body["database"]["migration"].as_i64().unwrap() >= 1);
}

#[tokio::test]
async fn register_verify_sign_in_and_out_over_http() {
    let app = spawn().await;
    let c = client();
    let r = c.get(app.url("/register")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    app.signed_in(&c, "kwame@example.org").await;
    let account = c.get(app.url("/account")).send().await.unwrap();
    assert_eq!(account.status(), StatusCode::OK);
    let html = account.text().await.unwrap();
    assert!(html.contains("Kwame Mensah") && html.contains("Ghana Digital Centre"));
    let out = c.post(app.url("/logout")).send().await.unwrap();
    assert_eq!(out.headers()[LOCATION], "/");
    let after = c.get(app.url("/account")).send().await.unwrap();
    assert_eq!(after.status(), StatusCode::SEE_OTHER);
    assert!(
        after.headers()[LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/login?next=/account")
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_lax_and_rotates_on_sign_in() {
    let app = spawn().await;
    let c = client();
    let r = c
        .post(app.url("/register"))
        .form(&registration("rot@example.org"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let token = app.token_for("rot@example.org").await;
    c.post(app.url("/verify-email"))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    // A session id planted by an attacker is never adopted.
    let login = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = login
        .post(app.url("/login"))
        .header("cookie", "portal_session=planted-by-attacker")
        .form(&[
            ("email", "rot@example.org"),
            ("password", "a long enough passphrase"),
        ])
        .send()
        .await
        .unwrap();
    let cookie = r
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("portal_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("planted-by-attacker"));
    assert!(
        !cookie.contains("Secure"),
        "plain-http base URL, so not Secure"
    );
}

#[tokio::test]
async fn invalid_registration_shows_messages_beside_fields_and_keeps_the_input() {
    let app = spawn().await;
    let mut form = registration("not-an-email");
    form.insert("name", "".into());
    form.insert("organization", "O".repeat(250));
    form.insert("password", "short".into());
    form.remove("consent");
    let r = client()
        .post(app.url("/register"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"id="f-name-error""#), "name error shown");
    assert!(html.contains(r#"id="f-email-error""#) && html.contains("name@example.org"));
    assert!(html.contains(r#"id="f-organization-error""#) && html.contains("at most 200"));
    assert!(html.contains(r#"id="f-password-error""#) && html.contains("at least 10"));
    assert!(html.contains(r#"id="f-consent-error""#));
    assert!(
        html.contains(r#"value="not-an-email""#),
        "typed e-mail kept"
    );
    assert!(
        html.contains(r#"<option value="GH" selected"#),
        "chosen country kept"
    );
    assert!(!html.contains("short\""), "passwords are never echoed");
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains("<title>Error:"));
    assert!(
        app.portal.outbox(None, 5).await.unwrap().is_empty(),
        "nothing was registered"
    );
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_a_same_origin_post_passes() {
    let app = spawn().await;
    let c = client();
    let evil = c
        .post(app.url("/login"))
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .form(&[("email", "a@b.org"), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), StatusCode::FORBIDDEN);
    let same = c
        .post(app.url("/login"))
        .header("origin", app.base.clone())
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", "a@b.org"), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_based_csp() {
    let app = spawn().await;
    let r = client().get(app.url("/")).send().await.unwrap();
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    let csp = r.headers()[CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_owned();
    let html = r.text().await.unwrap();
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the loader script carries the header's nonce"
    );
    let json = client().get(app.url("/healthz")).send().await.unwrap();
    assert!(
        json.headers()[CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
}

#[tokio::test]
async fn arabic_readers_get_a_right_to_left_page_and_the_choice_is_remembered() {
    let app = spawn().await;
    let c = client();
    let r = c
        .get(app.url("/"))
        .header("accept-language", "ar-EG,ar;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    let switch = c
        .post(app.url("/language"))
        .form(&[("lang", "en"), ("next", "/login")])
        .send()
        .await
        .unwrap();
    assert_eq!(switch.headers()[LOCATION], "/login");
    let html = c
        .get(app.url("/login"))
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(r#"<html lang="en" dir="ltr">"#),
        "the cookie beats Accept-Language"
    );
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_and_oversized_bodies_a_413() {
    let app = spawn().await;
    let r = client().get(app.url("/no/such/page")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().await.unwrap().contains("Page not found"));
    let big = "x".repeat(100_000);
    let r = client()
        .post(app.url("/login"))
        .form(&[("email", big.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        r.headers().get("connection").map(|v| v.as_bytes()),
        Some(&b"close"[..]),
        "the connection is closed, not left half-read"
    );
    // Without a declared length the body is read up to the limit, then refused.
    let chunks = vec![Ok::<_, std::io::Error>("x=".to_string()), Ok(big.clone())];
    let r = client()
        .post(app.url("/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_sign_in_on_one_instance_is_valid_on_another() {
    let Some(url) = fresh_postgres_url().await else {
        eprintln!("SKIPPED: two instances on PostgreSQL (TEST_POSTGRES_URL not set)");
        return;
    };
    let a = spawn_with(&url).await;
    let b = spawn_with(&url).await;
    let c = client();
    a.signed_in(&c, "shared@example.org").await;
    let cookie = c.get(a.url("/account")).send().await.unwrap();
    assert_eq!(cookie.status(), StatusCode::OK);
    // Same jar, other instance: the cookie is scoped to 127.0.0.1, any port.
    let on_b = c.get(b.url("/account")).send().await.unwrap();
    assert_eq!(
        on_b.status(),
        StatusCode::OK,
        "instance B accepts A's session"
    );
    c.post(b.url("/logout")).send().await.unwrap();
    let on_a = c.get(a.url("/account")).send().await.unwrap();
    assert_eq!(
        on_a.status(),
        StatusCode::SEE_OTHER,
        "signing out on B ends the session on A"
    );
}

fn proposal_form(title: &str) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("title", title.to_string()),
        ("format", "thematic-workshop".into()),
        ("participation_mode", "hybrid".into()),
        ("text_language", "en".into()),
        ("language", "en".into()),
        ("language", "ar".into()),
        (
            "abstract",
            "Community networks connect the unconnected.".into(),
        ),
        (
            "description",
            "## Plan\n\nTalk **together**.\n\n<script>alert(1)</script>".into(),
        ),
        ("objectives", "Share lessons.".into()),
        ("outcomes", "A toolkit.".into()),
        ("al", "C2".into()),
        ("al-rationale-C2", "Infrastructure in rural areas.".into()),
        ("sdg", "9".into()),
        ("sdg-rationale-9", "Resilient infrastructure.".into()),
    ];
    let people = [
        ("moderator", "KE", "woman"),
        ("speaker", "BR", "man"),
        ("speaker", "IN", "woman"),
        ("speaker", "FR", "man"),
    ];
    for (i, (role, country, gender)) in people.iter().enumerate() {
        let p =
            |k: &str| -> &'static str { Box::leak(format!("speaker-{i}-{k}").into_boxed_str()) };
        f.push((p("role"), role.to_string()));
        f.push((p("name"), format!("Panelist {i}")));
        f.push((p("organization"), "Rural Connect".into()));
        f.push((p("email"), format!("panelist{i}@example.org")));
        f.push((p("country"), country.to_string()));
        f.push((p("stakeholder_type"), "civil-society".into()));
        f.push((p("gender"), gender.to_string()));
    }
    f
}

#[tokio::test]
async fn a_proposal_goes_from_draft_to_submitted_and_stays_private() {
    let app = spawn().await;
    let c = client();
    app.signed_in(&c, "proposer@example.org").await;
    let mut draft = proposal_form("Community networks");
    draft.push(("action", "save".into()));
    let r = c
        .post(app.url("/proposals/new"))
        .form(&draft)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let edit = r.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(edit.ends_with("-0001/edit"), "{edit}");
    let code = edit
        .trim_start_matches("/proposals/")
        .trim_end_matches("/edit")
        .to_owned();
    let html = c
        .get(app.url(&edit))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(r#"value="Community networks""#),
        "the draft keeps what was typed"
    );
    let version = html
        .split(r#"name="version" value=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let mut submit = proposal_form("Community networks");
    submit.push(("version", version));
    submit.push(("action", "submit".into()));
    let r = c.post(app.url(&edit)).form(&submit).send().await.unwrap();
    assert_eq!(
        r.headers()[LOCATION].to_str().unwrap(),
        format!("/proposals/{code}")
    );
    let page = c
        .get(app.url(&format!("/proposals/{code}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Submitted"));
    assert!(
        page.contains("<strong>together</strong>"),
        "Markdown is rendered"
    );
    assert!(!page.contains("<script>alert"), "and sanitized");
    // Another stakeholder is told the proposal does not exist.
    let other = client();
    app.signed_in(&other, "other@example.org").await;
    let r = other
        .get(app.url(&format!("/proposals/{code}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = other
        .post(app.url(&format!("/proposals/{code}/withdraw")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Anonymous visitors are sent to sign in.
    let r = client()
        .get(app.url(&format!("/proposals/{code}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_incomplete_submission_shows_each_problem_beside_its_field() {
    let app = spawn().await;
    let c = client();
    app.signed_in(&c, "hasty@example.org").await;
    let r = c
        .post(app.url("/proposals/new"))
        .form(&[
            ("title", "Half an idea"),
            ("speaker-0-name", "Solo"),
            ("speaker-0-email", "nope"),
            ("action", "submit"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    for id in [
        "f-format-error",
        "f-abstract-error",
        "f-action_lines-error",
        "f-sdgs-error",
        "f-speaker-0-email-error",
        "f-speakers-error",
    ] {
        assert!(html.contains(&format!(r#"id="{id}""#)), "{id} missing");
    }
    assert!(
        html.contains(r#"value="Half an idea""#) && html.contains(r#"value="Solo""#),
        "input kept"
    );
}
