//! `/organize/taxonomy` over HTTP, as a browser without JavaScript uses it:
//! organizers only; a bad sub-theme comes back with the message beside the
//! field and the input kept; a good one is offered on the proposal form.

use crate::common;

use common::{client, demo_sign_in, seeded_demo};
use reqwest::StatusCode;

#[tokio::test]
async fn organizers_add_a_sub_theme_that_proposers_are_offered() {
    let app = seeded_demo(4, 8, 3, 9).await;
    let url = format!("{}/organize/taxonomy", app.base);

    let r = client().get(&url).send().await.unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "anonymous: sign in first"
    );
    let stakeholder = demo_sign_in(&app, "stakeholder001@demo.wsis.test").await;
    let r = stakeholder.get(&url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = stakeholder
        .post(&url)
        .form(&[
            ("parent", "C3"),
            ("code", "C3-OPENDATA"),
            ("name", "Open data"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let organizer = demo_sign_in(&app, "organizer@demo.wsis.test").await;
    let html = organizer
        .get(&url)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("C7-EHEALTH")
            && html.contains("C3-LIB")
            && html.contains("action=\"/organize/taxonomy/sdg/17#theme-sdg-17\"")
    );

    let r = organizer
        .post(&url)
        .form(&[
            ("parent", "C3"),
            ("code", "open data"),
            ("name", "Open data for all"),
            ("moderator", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"n-code-error\""),
        "the message is beside the field"
    );
    assert!(
        html.contains("value=\"Open data for all\""),
        "the input is kept"
    );

    let r = organizer
        .post(&url)
        .form(&[
            ("parent", "C3"),
            ("code", "C3-OPENDATA"),
            ("name", "Open data for all"),
            ("moderator", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Retire C1 with the row's own form (no "active" field: unchecked).
    let r = organizer
        .post(format!("{url}/action_line/C1"))
        .form(&[("name", ""), ("moderator", ""), ("version", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let form = stakeholder
        .get(format!("{}/proposals/new", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(form.contains("value=\"C3-OPENDATA\"") && form.contains("Open data for all"));
    assert!(
        !form.contains("id=\"f-al-C1\""),
        "a retired line is not offered"
    );
    assert!(form.contains("id=\"f-al-C2\""));
}
