//! HTTP tests of erasure: a person named in the released programme erases
//! their account from `/account`; the public pages and exports stop naming
//! them at once (the in-memory copy of the release follows the rewritten
//! snapshot), and the session stays. Every export's validators change, so
//! no cache revalidates its copy with the name. Typed input is kept on a
//! refusal. On SQLite and PostgreSQL.

use crate::common;

use common::{TestApp, client, fresh_postgres_url, spawn, spawn_with};
use portal::domain::{Locale, RegistrationForm};
use portal::services::{ERASED_NAME, RequestMeta};
use portal_server::seed_agenda::AgendaSize;
use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.80".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

#[tokio::test]
async fn an_erased_panelist_disappears_from_the_public_programme_on_sqlite() {
    erased_panelist_disappears(spawn().await).await;
}

#[tokio::test]
async fn an_erased_panelist_disappears_from_the_public_programme_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    erased_panelist_disappears(spawn_with(&url).await).await;
}

/// The export addresses of the released programme, `session` among them.
fn exports(session: &str) -> Vec<String> {
    [
        "/agenda/sessions.csv",
        "/agenda/schedule.xml",
        "/agenda/schedule.json",
        "/agenda/agenda.ics",
    ]
    .map(String::from)
    .into_iter()
    .chain([format!("/sessions/{session}.ics")])
    .collect()
}

/// ETag, Last-Modified and body of `path`, plain and gzip-compressed.
async fn validators(app: &TestApp, path: &str) -> Vec<(String, String, Vec<u8>)> {
    let c = client();
    let mut out = Vec::new();
    for encoding in ["identity", "gzip"] {
        let r = c
            .get(format!("{}{path}", app.base))
            .header("accept-encoding", encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let h = |name| r.headers()[name].to_str().unwrap().to_owned();
        let (tag, date) = (h(ETAG), h(LAST_MODIFIED));
        out.push((tag, date, r.bytes().await.unwrap().to_vec()));
    }
    out
}

async fn erased_panelist_disappears(app: TestApp) {
    let size = AgendaSize {
        sessions: None,
        rooms: 4,
        days: None,
    };
    portal_server::seed::seed_demo(&app.portal, 6, 24, size, 11)
        .await
        .unwrap();
    let admin = app
        .portal
        .login(
            "admin@demo.wsis.test",
            portal_server::seed::DEMO_PASSWORD,
            &meta(),
        )
        .await
        .unwrap()
        .user;
    let programme = app.portal.programme(None).await.unwrap().unwrap();
    let session = &programme.sessions[0];
    let panelist = &session.persons[0];
    let view = app.portal.proposal(&admin, &session.code).await.unwrap();
    let email = view
        .form
        .speakers
        .iter()
        .find(|s| s.name == panelist.name)
        .map(|s| s.email.clone())
        .unwrap();
    // The panelist has an account of their own.
    let form = RegistrationForm {
        name: panelist.name.clone(),
        email: email.clone(),
        password: "correct horse battery".into(),
        organization: "Panel Org".into(),
        stakeholder_type: "academia".into(),
        country: "KE".into(),
        consent: Some("yes".into()),
    };
    app.portal
        .register_verified(form.parse().unwrap(), &meta())
        .await
        .unwrap();
    let c = client();
    let r = c
        .post(format!("{}/login", app.base))
        .form(&[
            ("email", email.as_str()),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page_url = format!("{}/sessions/{}", app.base, session.code);
    let before = reqwest::get(&page_url).await.unwrap().text().await.unwrap();
    assert!(before.contains(&panelist.name));

    let mut cached = Vec::new();
    for path in exports(&session.code) {
        cached.push((path.clone(), validators(&app, &path).await));
    }
    // HTTP dates count whole seconds: let one pass since the release.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // Unticked box and wrong password: refused, next to the fields.
    let r = c
        .post(format!("{}/account/erase", app.base))
        .form(&[("password", "wrong")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("Tick the box to confirm."), "{html}");
    let r = c
        .post(format!("{}/account/erase", app.base))
        .form(&[("password", "wrong"), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    let wrong = portal::i18n::tr(Locale::En, "error-password-wrong");
    assert!(html.contains(&wrong), "{html}");
    let ticked = html
        .split("name=\"confirm\"")
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_default()
        .contains("checked");
    assert!(ticked, "the box stays ticked");

    let r = c
        .post(format!("{}/account/erase", app.base))
        .form(&[("password", "correct horse battery"), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Signed out: the account page asks to sign in.
    let r = c.get(format!("{}/account", app.base)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // The public page and the exports no longer name the person (demo
    // names repeat across people, so occurrences are counted).
    let after = reqwest::get(&page_url).await.unwrap().text().await.unwrap();
    let name = panelist.name.as_str();
    assert!(after.matches(name).count() < before.matches(name).count());
    assert!(after.contains(ERASED_NAME));
    let programme = app.portal.programme(None).await.unwrap().unwrap();
    for s in &programme.sessions {
        for p in s.persons.iter().filter(|p| p.id == panelist.id) {
            assert_eq!((p.name.as_str(), p.title.as_str()), (ERASED_NAME, ""));
        }
    }
    let xml = reqwest::get(format!("{}/agenda/schedule.xml", app.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        xml.contains(ERASED_NAME),
        "the export follows the rewritten snapshot"
    );
    let text = reqwest::get(format!("{}/speakers/{}", app.base, panelist.id))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains(ERASED_NAME));

    // A cache holding an export with the name must not hear "not modified":
    // neither by its entity tag nor by its date, in either encoding.
    let c = client();
    for (path, before) in cached {
        let now = validators(&app, &path).await;
        let renamed = before[0].2 != now[0].2;
        if path.ends_with(".csv") {
            assert!(renamed, "{path} names the panelist");
        }
        for ((old_tag, old_date, _), (new_tag, new_date, _)) in before.iter().zip(&now) {
            if renamed {
                assert_ne!(old_tag, new_tag, "{path}: the ETag follows the content");
            }
            assert_ne!(
                old_date, new_date,
                "{path}: Last-Modified follows the content"
            );
            let r = c
                .get(format!("{}{path}", app.base))
                .header(IF_NONE_MATCH, old_tag)
                .send()
                .await
                .unwrap();
            let expected = if renamed {
                StatusCode::OK
            } else {
                StatusCode::NOT_MODIFIED
            };
            assert_eq!(r.status(), expected, "{path} with the old ETag");
            let r = c
                .get(format!("{}{path}", app.base))
                .header(IF_MODIFIED_SINCE, old_date)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{path} with the old date");
            // The new validators do confirm the new copy.
            let r = c
                .get(format!("{}{path}", app.base))
                .header(IF_NONE_MATCH, new_tag)
                .send()
                .await
                .unwrap();
            assert_eq!(
                r.status(),
                StatusCode::NOT_MODIFIED,
                "{path} with the new ETag"
            );
        }
    }
}
