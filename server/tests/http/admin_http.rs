//! HTTP tests of the admin pages: people (list, invite with field errors,
//! roles, deactivation) and the audit log as CSV, refused to everyone else.

use crate::common;

use common::{client, demo_sign_in, seeded_demo};
use reqwest::StatusCode;

#[tokio::test]
async fn admins_manage_people_and_read_the_audit_log_as_csv() {
    let app = seeded_demo(4, 12, 3, 3).await;
    let admin = demo_sign_in(&app, "admin@demo.wsis.test").await;
    let r = admin
        .get(format!("{}/admin/users?q=stakeholder003", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("stakeholder003@demo.wsis.test")
            && !html.contains("stakeholder004@demo.wsis.test")
    );

    // A bad invitation comes back with messages next to the fields and the input.
    let r = admin
        .post(format!("{}/admin/users/invite", app.base))
        .form(&[
            ("email", "not-an-address"),
            ("name", "Nia"),
            ("role", "organizer"),
            ("line", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"in-email-error\"") && html.contains("value=\"Nia\""));
    let r = admin
        .post(format!("{}/admin/users/invite", app.base))
        .form(&[
            ("email", "nia@un.test"),
            ("name", "Nia Organizer"),
            ("role", "organizer"),
            ("line", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let nia = app
        .portal
        .account_by_email("nia@un.test")
        .await
        .unwrap()
        .unwrap();
    assert!(nia.roles.contains(&portal::domain::Role::Organizer));

    let r = admin
        .post(format!("{}/admin/users/{}/active", app.base, nia.id.0))
        .form(&[("active", "no"), ("back", "https://evil.test/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/admin/users");

    let r = admin
        .get(format!("{}/admin/audit.csv?action=user.", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("\u{feff}id,at,actor_id"));
    assert!(csv.contains("user.invite") && csv.contains("user.deactivate"));
    assert!(!csv.contains("agenda.release"), "filtered by action prefix");
    let all = admin
        .get(format!("{}/admin/audit.csv", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        all.contains("agenda.release"),
        "the seed released an agenda"
    );
}

#[tokio::test]
async fn people_and_audit_pages_are_for_admins_only() {
    let app = seeded_demo(4, 12, 3, 3).await;
    for email in ["organizer@demo.wsis.test", "stakeholder001@demo.wsis.test"] {
        let c = demo_sign_in(&app, email).await;
        for path in ["/admin/users", "/admin/audit.csv"] {
            let r = c.get(format!("{}{path}", app.base)).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{email} {path}");
        }
        let r = c
            .post(format!("{}/admin/users/invite", app.base))
            .form(&[("email", "x@un.test"), ("name", "X"), ("role", "admin")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    assert!(
        app.portal
            .account_by_email("x@un.test")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn everyone_downloads_their_own_data_and_only_theirs() {
    let app = seeded_demo(4, 12, 3, 3).await;
    let r = client()
        .get(format!("{}/account/data.json", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "sign in first");
    let c = demo_sign_in(&app, "stakeholder002@demo.wsis.test").await;
    let r = c
        .get(format!("{}/account/data.json", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("my-data.json")
    );
    let data: serde_json::Value = r.json().await.unwrap();
    assert_eq!(data["account"]["email"], "stakeholder002@demo.wsis.test");
    assert!(!data.to_string().contains("stakeholder003@demo.wsis.test"));
}
