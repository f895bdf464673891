//! HTTP tests of erasure: a person named in the released programme erases
//! their account from `/account`; the public pages and exports stop naming
//! them at once (the in-memory copy of the release follows the rewritten
//! snapshot), and the session stays. Typed input is kept on a refusal.

mod common;

use common::{client, spawn};
use portal::domain::{Locale, RegistrationForm};
use portal::services::{ERASED_NAME, RequestMeta};
use portal_server::seed_agenda::AgendaSize;
use reqwest::StatusCode;

fn meta() -> RequestMeta {
    RequestMeta {
        client_addr: "192.0.2.80".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    }
}

#[tokio::test]
async fn an_erased_panelist_disappears_from_the_public_programme() {
    let app = spawn().await;
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
}
