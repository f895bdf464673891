//! `/metrics`: absent unless a token is configured, refused without it,
//! and counting requests by route template with the pool and outbox gauges.

use crate::common;

use common::{client, spawn, spawn_configured};
use reqwest::StatusCode;

const TOKEN: &str = "metrics-token-for-tests";

#[tokio::test]
async fn metrics_exist_only_with_a_token_and_refuse_anyone_without_it() {
    let plain = spawn().await;
    let r = client()
        .get(format!("{}/metrics", plain.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    let app = spawn_configured("sqlite::memory:", &[("PORTAL_METRICS_TOKEN", TOKEN)]).await;
    let r = client()
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = client()
        .get(format!("{}/metrics", app.base))
        .bearer_auth("metrics-token-for-test_")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn requests_are_counted_by_route_template() {
    let app = spawn_configured("sqlite::memory:", &[("PORTAL_METRICS_TOKEN", TOKEN)]).await;
    for path in ["/login", "/login", "/sessions/WF27-0001", "/no-such-page"] {
        client()
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
    }
    let r = client()
        .get(format!("{}/metrics", app.base))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = r.text().await.unwrap();
    assert!(
        text.contains(r#"portal_http_requests_total{method="GET",route="/login",status="2xx"} 2"#),
        "{text}"
    );
    assert!(
        text.contains(r#"route="/sessions/{code}",status="4xx"} 1"#),
        "the template, not the code"
    );
    assert!(text.contains(r#"route="other",status="4xx"} 1"#));
    assert!(text.contains("portal_http_request_duration_seconds_count 4"));
    assert!(text.contains(r#"portal_db_connections{state="open"}"#));
    assert!(text.contains("portal_outbox_backlog 0"));
    assert!(text.contains("portal_agenda_release 0"));
}
