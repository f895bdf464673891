//! HTTP tests of `/api/v1`: the OpenAPI document names exactly the routes
//! the router serves; tokens authenticate, scopes and roles are enforced by
//! the same services as the pages; errors are JSON with a code, a message and
//! fields; the write path (proposal draft, decision, placement) works and a
//! stale placement is refused; the per-token rate limit answers 429.

use crate::common;

use common::{TestApp, spawn};
use portal::domain::Locale;
use portal::services::{ApiTokenForm, CurrentUser, RequestMeta};
use portal_server::seed_agenda::AgendaSize;
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};
use std::collections::BTreeSet;

const DEMO_PASSWORD: &str = portal_server::seed::DEMO_PASSWORD;

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.77".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

async fn user(app: &TestApp, email: &str) -> CurrentUser {
    app.portal
        .login(email, DEMO_PASSWORD, &meta())
        .await
        .unwrap()
        .user
}

async fn token(app: &TestApp, email: &str, scopes: &[&str]) -> String {
    let u = user(app, email).await;
    let form = ApiTokenForm {
        name: "script".into(),
        scopes: scopes.iter().map(|s| s.to_string()).collect(),
        days: String::new(),
    };
    app.portal
        .create_api_token(&u, &form, &meta())
        .await
        .unwrap()
        .1
}

async fn seeded() -> TestApp {
    let app = spawn().await;
    let size = AgendaSize {
        sessions: None,
        rooms: 4,
        days: None,
    };
    portal_server::seed::seed_demo(&app.portal, 6, 24, size, 5)
        .await
        .unwrap();
    app
}

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut req = Client::new().request(method, format!("{}/api/v1{path}", app.base));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let text = res.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_openapi_document_names_exactly_the_routes_the_router_serves() {
    let app = seeded().await;
    let (status, doc) = call(&app, Method::GET, "/openapi.json", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.0.3");
    let mut documented = BTreeSet::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let served: BTreeSet<(String, String)> = portal_server::api::ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, served, "document and router differ");

    // Every route answers (not the "no such route" fallback, not 405).
    let admin = token(&app, "admin@demo.wsis.test", &["read", "write"]).await;
    for (method, path) in &served {
        let concrete = path
            .replace("{code}", "WF27-0001")
            .replace("{id}", "1")
            .replace("{reviewer}", "1");
        let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let (status, body) = call(&app, m, &concrete, Some(&admin), Some(json!({}))).await;
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        assert_ne!(body["error"], "no-such-route", "{method} {path}");
    }
    let (status, body) = call(&app, Method::GET, "/nothing-here", Some(&admin), None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::NOT_FOUND, Some("no-such-route"))
    );
}

#[tokio::test]
async fn tokens_authenticate_and_scopes_and_roles_are_enforced() {
    let app = seeded().await;
    let (status, body) = call(&app, Method::GET, "/me", None, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
    );
    let (status, _) = call(
        &app,
        Method::GET,
        "/me",
        Some("wsis_not-a-real-token"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let reader = token(&app, "organizer@demo.wsis.test", &["read"]).await;
    let (status, me) = call(&app, Method::GET, "/me", Some(&reader), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], "organizer@demo.wsis.test");
    assert_eq!(me["scopes"], json!(["read"]));
    let decide = json!({"codes": ["WF27-0001"], "outcome": "accept"});
    let (status, body) = call(
        &app,
        Method::POST,
        "/decisions",
        Some(&reader),
        Some(decide.clone()),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden")),
        "read scope cannot write"
    );

    // A stakeholder's token can do what the stakeholder can, nothing more.
    let stakeholder = token(&app, "stakeholder001@demo.wsis.test", &["read", "write"]).await;
    for (method, path) in [
        (Method::GET, "/agenda/placements"),
        (Method::POST, "/decisions"),
    ] {
        let (status, _) = call(
            &app,
            method.clone(),
            path,
            Some(&stakeholder),
            Some(decide.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}");
    }
    let (status, mine) = call(
        &app,
        Method::GET,
        "/proposals?per_page=2",
        Some(&stakeholder),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine["per_page"], 2);
    assert!(mine["items"].as_array().unwrap().len() <= 2);
    let other = call(
        &app,
        Method::GET,
        "/proposals?per_page=100",
        Some(&token(&app, "stakeholder002@demo.wsis.test", &["read"]).await),
        None,
    )
    .await
    .1;
    let theirs = other["items"][0]["code"].as_str().unwrap().to_owned();
    let (status, _) = call(
        &app,
        Method::GET,
        &format!("/proposals/{theirs}"),
        Some(&stakeholder),
        None,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another organization's proposal is not visible"
    );

    // Revoked tokens stop working at once.
    let u = user(&app, "organizer@demo.wsis.test").await;
    let id = app.portal.api_tokens(&u).await.unwrap()[0].id;
    app.portal.revoke_api_token(&u, id, &meta()).await.unwrap();
    let (status, _) = call(&app, Method::GET, "/me", Some(&reader), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn writes_go_through_the_services_with_their_validation_and_versions() {
    let app = seeded().await;
    let stakeholder = token(&app, "stakeholder003@demo.wsis.test", &["read", "write"]).await;
    let (status, body) = call(
        &app,
        Method::POST,
        "/proposals",
        Some(&stakeholder),
        Some(json!({"title": "Data for rural schools", "format": "thematic-workshop"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let code = body["code"].as_str().unwrap().to_owned();
    let (status, view) = call(
        &app,
        Method::GET,
        &format!("/proposals/{code}"),
        Some(&stakeholder),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["form"]["title"], "Data for rural schools");
    assert_eq!(view["status"], "draft");
    let res = Client::new()
        .post(format!("{}/api/v1/proposals", app.base))
        .bearer_auth(&stakeholder)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(res.json::<Value>().await.unwrap()["error"], "bad-json");

    let organizer = token(&app, "organizer@demo.wsis.test", &["read", "write"]).await;
    let (status, page) = call(
        &app,
        Method::GET,
        "/agenda/placements?per_page=100",
        Some(&organizer),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let placed = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| !s["placed"].is_null())
        .unwrap()
        .clone();
    let (id, version) = (
        placed["id"].as_i64().unwrap(),
        placed["version"].as_i64().unwrap(),
    );
    let room = placed["placed"]["room"].as_i64().unwrap();
    let day = placed["placed"]["span"]["day"]
        .as_str()
        .expect("an ISO date")
        .to_owned();
    let bad = json!({"room": room, "day": "tomorrow", "start": "09:00", "version": version});
    let (status, body) = call(
        &app,
        Method::PUT,
        &format!("/agenda/placements/{id}"),
        Some(&organizer),
        Some(bad),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "day");
    assert_eq!(
        body["fields"][0]["message"],
        "Enter a date like 2027-05-10."
    );
    let stale = json!({"room": room, "day": day, "start": "16:00", "version": version - 1});
    let (status, body) = call(
        &app,
        Method::PUT,
        &format!("/agenda/placements/{id}"),
        Some(&organizer),
        Some(stale),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::CONFLICT, Some("agenda-stale"))
    );
    let good = json!({"room": room, "day": day, "start": "16:00", "version": version});
    let (status, _) = call(
        &app,
        Method::PUT,
        &format!("/agenda/placements/{id}"),
        Some(&organizer),
        Some(good),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("/agenda/placements/{id}?version={}", version + 1),
        Some(&organizer),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    let (status, sessions) = call(&app, Method::GET, "/sessions", Some(&organizer), None).await;
    assert_eq!(status, StatusCode::OK);
    let first = sessions["items"][0]["code"].as_str().unwrap().to_owned();
    let (status, one) = call(
        &app,
        Method::GET,
        &format!("/sessions/{first}"),
        Some(&organizer),
        None,
    )
    .await;
    assert_eq!(
        (status, one["code"].as_str()),
        (StatusCode::OK, Some(first.as_str()))
    );
}

#[tokio::test]
async fn proposals_are_edited_and_submitted_and_reviews_written_through_the_api() {
    let app = seeded().await;
    let owner = token(&app, "stakeholder004@demo.wsis.test", &["read", "write"]).await;
    let other = token(&app, "stakeholder005@demo.wsis.test", &["read", "write"]).await;
    let (_, body) = call(
        &app,
        Method::POST,
        "/proposals",
        Some(&owner),
        Some(json!({"title": "Open data for cities", "format": "thematic-workshop"})),
    )
    .await;
    let code = body["code"].as_str().unwrap().to_owned();
    let path = format!("/proposals/{code}");
    let (_, view) = call(&app, Method::GET, &path, Some(&owner), None).await;
    let version = view["version"].as_i64().unwrap();
    let mut form = view["form"].clone();
    form["abstract_text"] =
        json!("Cities publish open data; we show what residents build with it.");
    let save = json!({"version": version, "proposal": form});
    let (status, body) = call(&app, Method::PUT, &path, Some(&owner), Some(save.clone())).await;
    assert_eq!(
        (status, body["status"].as_str()),
        (StatusCode::OK, Some("draft")),
        "{body}"
    );
    // The same version again: someone (here, the owner) saved in between.
    let (status, body) = call(&app, Method::PUT, &path, Some(&owner), Some(save)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::CONFLICT, Some("stale-version"))
    );
    // Another stakeholder can neither read nor write it.
    let (status, _) = call(&app, Method::GET, &path, Some(&other), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, view) = call(&app, Method::GET, &path, Some(&owner), None).await;
    let version = view["version"].as_i64().unwrap();
    let (status, _) = call(
        &app,
        Method::PUT,
        &path,
        Some(&other),
        Some(json!({"version": version, "proposal": view["form"].clone()})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Submitting an incomplete proposal names every field at fault.
    let submit = format!("{path}/submit");
    let (status, body) = call(
        &app,
        Method::POST,
        &submit,
        Some(&owner),
        Some(json!({"version": version, "proposal": view["form"].clone()})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"objectives") && fields.contains(&"action_lines"),
        "{fields:?}"
    );
    let mut form = view["form"].clone();
    form["description"] = json!("Talks, then a **hands-on** hour.");
    form["objectives"] = json!("Show reuse of open data.");
    form["outcomes"] = json!("A catalogue of civic apps.");
    form["action_lines"] = json!([{"code": "C3", "rationale": "Access to public information."}]);
    form["sdgs"] = json!([{"code": "11", "rationale": "Sustainable cities."}]);
    form["languages"] = json!(["en"]);
    form["participation_mode"] = json!("hybrid");
    form["text_language"] = json!("en");
    form["speakers"] = json!([
        {"role": "moderator", "name": "Lina Haddad", "organization": "City Lab", "email": "lina@example.org", "country": "JO", "stakeholder_type": "civil-society", "gender": "woman"},
        {"role": "speaker", "name": "Tomás Ruiz", "organization": "Open Cities", "email": "tomas@example.org", "country": "CL", "stakeholder_type": "government", "gender": "man"},
        {"role": "speaker", "name": "Mei Chen", "organization": "Data Commons", "email": "mei@example.org", "country": "SG", "stakeholder_type": "academia", "gender": "woman"}
    ]);
    let (status, body) = call(
        &app,
        Method::POST,
        &submit,
        Some(&owner),
        Some(json!({"version": version, "proposal": form})),
    )
    .await;
    assert_eq!(
        (status, body["status"].as_str()),
        (StatusCode::OK, Some("submitted")),
        "{body}"
    );

    // A reviewer reads an assigned proposal (blind) and writes a review.
    let reviewer_user = user(&app, "reviewer@demo.wsis.test").await;
    let queue = app.portal.review_queue(&reviewer_user).await.unwrap();
    let open = queue
        .iter()
        .find(|q| q.assigned && q.my_review.is_none())
        .expect("an unreviewed assignment");
    let reviewer = token(&app, "reviewer@demo.wsis.test", &["read", "write"]).await;
    let rpath = format!("/proposals/{}/reviews", open.code);
    let (status, page) = call(&app, Method::GET, &rpath, Some(&reviewer), None).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["can_review"], true);
    let criteria = app.portal.criteria().await.unwrap();
    let scores: serde_json::Map<String, Value> = criteria
        .iter()
        .map(|c| (c.id.to_string(), json!(c.scale_max)))
        .collect();
    let review = json!({"scores": scores, "confidence": 2, "recommendation": "accept", "comment": "Clear and balanced."});
    let wpath = format!("/proposals/{}/review", open.code);
    let (status, body) = call(&app, Method::PUT, &wpath, Some(&reviewer), Some(review)).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let bad = json!({"scores": {}, "confidence": "very", "recommendation": "maybe"});
    let (status, body) = call(&app, Method::PUT, &wpath, Some(&reviewer), Some(bad)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // The stakeholder may not review, nor see the reviews of others' proposals.
    let (status, _) = call(&app, Method::GET, &rpath, Some(&other), None).await;
    assert!(
        matches!(status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
        "{status}"
    );

    // Organizers assign and unassign; reviewers may not.
    let organizer = token(&app, "organizer@demo.wsis.test", &["read", "write"]).await;
    let apath = format!("/proposals/{code}/assignments");
    let who = json!({"reviewer": reviewer_user.id.0});
    let (status, _) = call(
        &app,
        Method::POST,
        &apath,
        Some(&reviewer),
        Some(who.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = call(&app, Method::POST, &apath, Some(&organizer), Some(who)).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let queue = app.portal.review_queue(&reviewer_user).await.unwrap();
    assert!(queue.iter().any(|q| q.code == code));
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("{apath}/{}", reviewer_user.id.0),
        Some(&organizer),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let queue = app.portal.review_queue(&reviewer_user).await.unwrap();
    assert!(!queue.iter().any(|q| q.code == code));
}

#[tokio::test]
async fn a_token_over_its_rate_is_told_when_to_come_back() {
    let app = seeded().await;
    let t = token(&app, "reviewer@demo.wsis.test", &["read"]).await;
    let client = Client::new();
    let mut last = None;
    for _ in 0..=portal_server::api::RATE_PER_MINUTE {
        let res = client
            .get(format!("{}/api/v1/me", app.base))
            .bearer_auth(&t)
            .send()
            .await
            .unwrap();
        last = Some((res.status(), res.headers().get("retry-after").is_some()));
    }
    assert_eq!(last, Some((StatusCode::TOO_MANY_REQUESTS, true)));
}
