//! Other submissions and the outcomes report over HTTP, as a browser
//! without JavaScript uses them: a stakeholder's bad post comes back with
//! messages beside the fields and everything typed kept; a good one is sent;
//! nobody else reads it; organizers list and publish; the public report and
//! its CSV show the counts, never an unconsented submission, and neutralise
//! spreadsheet formulas and scripts.

use crate::common;

use common::{client, demo_sign_in, seeded_demo};
use portal::services::SubmissionFilter;
use reqwest::StatusCode;

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_stakeholder_sends_a_speaker_recommendation_without_javascript() {
    let app = seeded_demo(4, 8, 3, 11).await;
    let me = demo_sign_in(&app, "stakeholder002@demo.wsis.test").await;
    let html = me
        .get(format!("{}/submissions", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("href=\"/submissions/new/speaker-recommendation\""));

    let url = format!("{}/submissions/new/speaker-recommendation", app.base);
    let bad = [
        ("version", "0"),
        ("title", "Youth voices <script>alert(1)</script>"),
        ("body", "Too short"),
        ("person_name", "Ana Lima"),
        ("person_organization", "Jovens Conectados"),
        ("person_country", "ZZ"),
        ("person_stakeholder", "civil-society"),
        ("person_gender", "woman"),
        ("action_line", "C4"),
        ("sdg", "4"),
        ("consent", "yes"),
        ("intent", "submit"),
    ];
    let r = me.post(&url).form(&bad).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"f-body-error\""),
        "message beside the text"
    );
    assert!(html.contains("id=\"f-person_country-error\""));
    assert!(html.contains("value=\"Ana Lima\""), "typed values are kept");
    assert!(html.contains("Too short</textarea>"));
    assert!(
        html.contains("id=\"f-action_line-C4\" name=\"action_line\" value=\"C4\" checked"),
        "ticked boxes stay ticked"
    );
    assert!(!html.contains("<script>alert(1)</script>"), "inert");

    let mut good: Vec<(&str, &str)> = bad.to_vec();
    good.retain(|(k, _)| *k != "body" && *k != "person_country");
    good.push((
        "body",
        "She trains young people in five countries to build community networks.",
    ));
    good.push(("person_country", "BR"));
    let r = me.post(&url).form(&good).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = location(&r);
    assert!(to.starts_with("/submissions/WF27-SR-"), "{to}");
    let page = me
        .get(format!("{}{to}", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Ana Lima") && page.contains("Jovens Conectados"));
    assert!(!page.contains("<script>alert(1)</script>"));

    // Another organization gets "not found"; anonymous visitors sign in first.
    let other = demo_sign_in(&app, "stakeholder003@demo.wsis.test").await;
    let r = other.get(format!("{}{to}", app.base)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = client()
        .get(format!("{}{to}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Organizers find it in the filtered list; stakeholders may not list.
    let r = me
        .get(format!("{}/organize/submissions", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let organizer = demo_sign_in(&app, "organizer@demo.wsis.test").await;
    let list = organizer
        .get(format!(
            "{}/organize/submissions?kind=speaker-recommendation&line=C4",
            app.base
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let code = to.trim_start_matches("/submissions/");
    assert!(list.contains(code), "the new one is listed");

    // The demo noted a thematic view on its Action Line's track: the line's
    // report shows it.
    let mut noted = false;
    for line in ["C2", "C4", "C5", "C7-EENV", "C7-EHEALTH", "C8", "C9", "C10"] {
        let html = organizer
            .get(format!("{}/review/lines/{line}", app.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        noted |= html.contains("From the consultation")
            && html.contains("worth a question in the facilitation meeting");
    }
    assert!(noted, "the note is on its track's report");

    // Organizers tag it; a bad tag comes back beside the field.
    let r = organizer
        .post(format!("{}/organize/submissions/{code}/tags", app.base))
        .form(&[("tag", "<b>")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("id=\"tag-tag-error\""));
    let r = organizer
        .post(format!("{}/organize/submissions/{code}/tags", app.base))
        .form(&[("tag", "Youth")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = me
        .post(format!("{}/organize/submissions/{code}/tags", app.base))
        .form(&[("tag", "mine")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_public_outcomes_report_shows_the_counts_and_only_consented_submissions() {
    let app = seeded_demo(4, 8, 3, 12).await;
    let public = format!("{}/consultation/outcomes", app.base);
    // The demo publishes the report.
    let html = client()
        .get(&public)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let organizer_view = {
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
        app.portal
            .organizer_submissions(&admin, &SubmissionFilter::default())
            .await
            .unwrap()
            .0
    };
    assert!(
        html.contains(&format!("<strong>{}<", organizer_view.len())),
        "the total matches the seeded data: {}",
        html.split("class=\"stats\"")
            .nth(1)
            .unwrap_or(&html)
            .chars()
            .take(300)
            .collect::<String>()
    );
    for s in &organizer_view {
        assert_eq!(
            html.contains(&s.code),
            s.consent,
            "{} is listed exactly when its author agreed",
            s.code
        );
    }

    // A stakeholder's formula-looking, unconsented submission never shows.
    let me = demo_sign_in(&app, "stakeholder001@demo.wsis.test").await;
    let form = [
        ("version", "0"),
        ("title", "=HYPERLINK(\"http://evil.example\")"),
        (
            "body",
            "A view meant for the organizers only, with enough words.",
        ),
        ("intent", "submit"),
    ];
    let r = me
        .post(format!("{}/submissions/new/format-view", app.base))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let csv = client()
        .get(format!(
            "{}/consultation/outcomes-submissions.csv",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    assert!(!csv.contains("HYPERLINK"), "unconsented: not listed");
    // Consented, it is listed, and the formula is neutralised.
    let (code, version) = {
        let who = app
            .portal
            .login(
                "stakeholder001@demo.wsis.test",
                portal_server::seed::DEMO_PASSWORD,
                &meta(),
            )
            .await
            .unwrap()
            .user;
        let mine = app.portal.my_submissions(&who).await.unwrap();
        let code = mine[0].code.clone();
        let v = app.portal.submission(&who, &code).await.unwrap();
        (code, v.version)
    };
    let mut consented: Vec<(&str, String)> = form
        .iter()
        .filter(|(k, _)| *k != "version" && *k != "intent")
        .map(|(k, v)| (*k, v.to_string()))
        .collect();
    consented.push(("consent", "yes".into()));
    consented.push(("version", version.to_string()));
    consented.push(("intent", "save".into()));
    let r = me
        .post(format!("{}/submissions/{code}/edit", app.base))
        .form(&consented)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", location(&r));
    let csv = client()
        .get(format!(
            "{}/consultation/outcomes-submissions.csv",
            app.base
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","),
        "{csv}"
    );

    // Organizers withdraw it from the public, and publish it again.
    let organizer = demo_sign_in(&app, "organizer@demo.wsis.test").await;
    let edit = format!("{}/organize/outcomes", app.base);
    let page = organizer
        .get(&edit)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let version = page
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let r = me
        .post(&edit)
        .form(&[("action", "unpublish"), ("version", &version)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = organizer
        .post(&edit)
        .form(&[
            ("action", "unpublish"),
            ("version", &version),
            ("summary", "What we heard."),
            ("programme_answer", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = client().get(&public).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = client()
        .get(format!("{}/consultation/outcomes.csv", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

fn meta() -> portal::services::RequestMeta {
    portal::services::RequestMeta {
        client_addr: "127.0.0.1".into(),
        user_agent: "test".into(),
        locale: portal::domain::Locale::En,
    }
}
