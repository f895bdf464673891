//! HTTP tests of the agenda: the public programme and every export of a
//! release made by `seed-demo`'s agenda step, checked by real validators
//! (xmllint with the XSD, a JSON-schema validator, an iCalendar parser);
//! conditional requests; who may open the builder; a stale move answered
//! with the current board; and the pages before anything is released.

use crate::common;
use crate::validators;

use common::{TestApp, client, spawn};
use portal::domain::Locale;
use portal::services::RequestMeta;
use portal_server::seed_agenda::AgendaSize;
use reqwest::StatusCode;
use reqwest::header::{
    CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION,
};
use std::collections::BTreeSet;

const DEMO_PASSWORD: &str = portal_server::seed::DEMO_PASSWORD;

/// A portal with the demo forum and its first agenda release.
async fn released() -> TestApp {
    let app = common::seeded_demo(8, 30, 5, 11).await;
    assert!(app.portal.latest_release().await.unwrap().is_some());
    app
}

async fn body(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, String) {
    let r = client()
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "GET {path}");
    (r.headers().clone(), r.text().await.unwrap())
}

/// Every value of attribute `attr` on elements named `tag` (enough for the
/// documents we write ourselves).
fn attributes(xml: &str, tag: &str, attr: &str) -> BTreeSet<String> {
    xml.split(&format!("<{tag} "))
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter_map(|head| head.split(&format!("{attr}=\"")).nth(1))
        .filter_map(|v| v.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn every_export_passes_its_validator_and_describes_the_same_sessions() {
    let app = released().await;
    let programme = app.portal.programme(None).await.unwrap().unwrap();
    let guids: BTreeSet<String> = programme.sessions.iter().map(|s| s.guid.clone()).collect();
    assert!(guids.len() >= 3, "the demo releases a few sessions");

    let (h, xml) = body(&app, "/agenda/schedule.xml").await;
    assert!(
        h[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    let (_, json) = body(&app, "/agenda/schedule.json").await;
    let (h, ics) = body(&app, "/agenda/agenda.ics").await;
    assert!(
        h[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let (_, csv) = body(&app, "/agenda/sessions.csv").await;
    let (_, matrix) = body(&app, "/agenda/matrix.csv").await;

    match validators::schemas_dir() {
        Some(dir) => {
            validators::xml_against_xsd(&xml, &dir.join("xsd/schedule.xml.xsd")).unwrap();
            validators::json_against_schema(&json, &dir.join("json/schema.json")).unwrap();
        }
        None => eprintln!("skipped: ../shared/schemas not found; XML and JSON not validated"),
    }
    assert_eq!(
        validators::ics_parses(&ics).unwrap(),
        programme.sessions.len()
    );

    // The same sessions everywhere (the XML also lists plenaries).
    let xml_guids = attributes(&xml, "event", "guid");
    assert!(guids.is_subset(&xml_guids));
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut json_guids = BTreeSet::new();
    for day in parsed["schedule"]["conference"]["days"].as_array().unwrap() {
        for events in day["rooms"].as_object().unwrap().values() {
            for e in events.as_array().unwrap() {
                json_guids.insert(e["guid"].as_str().unwrap().to_owned());
            }
        }
    }
    assert_eq!(json_guids, xml_guids);
    let ics_uids: BTreeSet<String> = ics
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(|u| u.split('@').next().unwrap().to_owned())
        .collect();
    assert_eq!(ics_uids, guids);
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    assert_eq!(csv.trim_end().lines().count(), programme.sessions.len() + 1);
    for s in &programme.sessions {
        assert!(csv.contains(&s.code), "{} in the CSV", s.code);
    }
    assert!(
        matrix.lines().count() > 11,
        "eleven Action Lines and a total row"
    );

    // One session's own calendar file.
    let code = &programme.sessions[0].code;
    let (_, one) = body(&app, &format!("/sessions/{code}.ics")).await;
    assert_eq!(validators::ics_parses(&one).unwrap(), 1);
}

#[tokio::test]
async fn exports_answer_conditional_requests_per_release() {
    let app = released().await;
    let c = client();
    let url = format!("{}/agenda/schedule.json", app.base);
    let first = c.get(&url).send().await.unwrap();
    let etag = first.headers()[ETAG].to_str().unwrap().to_owned();
    let modified = first.headers()[LAST_MODIFIED].to_str().unwrap().to_owned();
    assert!(
        first.headers()[CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("public")
    );
    let again = c
        .get(&url)
        .header(IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.text().await.unwrap().is_empty());
    let since = c
        .get(&url)
        .header(IF_MODIFIED_SINCE, &modified)
        .send()
        .await
        .unwrap();
    assert_eq!(since.status(), StatusCode::NOT_MODIFIED);
    let other = c
        .get(&url)
        .header(IF_NONE_MATCH, "\"r0-json\"")
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::OK);
    // Compression is offered to clients that ask.
    let gz = c
        .get(&url)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        gz.headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap()),
        Some("gzip")
    );
}

#[tokio::test]
async fn the_public_reads_the_programme_sessions_speakers_and_matrix() {
    let app = released().await;
    let programme = app.portal.programme(None).await.unwrap().unwrap();
    let s = &programme.sessions[0];
    let (_, grid) = body(&app, &format!("/agenda?day={}", s.span.day)).await;
    assert!(grid.contains(&s.code) || grid.contains(&s.title.replace('&', "&amp;")));
    let (_, list) = body(&app, &format!("/agenda?view=list&q={}", s.code)).await;
    assert!(
        list.contains("Sessions that match: 1.") && list.contains(&format!("/sessions/{}", s.code))
    );
    let (_, page) = body(&app, &format!("/sessions/{}", s.code)).await;
    assert!(page.contains("Geneva time") && page.contains("UTC"));
    // The title and texts say which language they are written in.
    assert_eq!(s.text_language, "en");
    assert!(
        page.contains(r#"<bdi lang="en" dir="ltr">"#),
        "no lang on the session's texts"
    );
    assert!(
        !page.contains("@demo.wsis.test"),
        "no e-mail address on a public page"
    );
    let person = &s.persons[0];
    let (_, speaker) = body(&app, &format!("/speakers/{}", person.id)).await;
    assert!(speaker.contains(&s.code) || speaker.contains(&format!("/sessions/{}", s.code)));
    body(&app, "/matrix").await;
    body(&app, "/agenda/releases").await;
    let missing = client()
        .get(format!("{}/sessions/WF99-9999", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let r = client()
        .get(format!("{}/agenda?release=99", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Arabic is right to left.
    let r = client()
        .get(format!("{}/agenda", app.base))
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("dir=\"rtl\""));
}

#[tokio::test]
async fn while_the_forum_runs_the_programme_opens_on_today_and_marks_now_and_next() {
    use portal::clock::{Clock, ManualClock};
    let clock = ManualClock::new(time::OffsetDateTime::now_utc());
    let app = common::spawn_with_clock(std::sync::Arc::new(clock.clone())).await;
    let size = AgendaSize {
        sessions: Some(40),
        rooms: 4,
        days: Some(3),
    };
    portal_server::seed::seed_demo(&app.portal, 8, 30, size, 11)
        .await
        .unwrap();
    let programme = app.portal.programme(None).await.unwrap().unwrap();
    // A day after the first with sessions at two start times, ten minutes
    // into its first session (Geneva time).
    let slots = |day: time::Date| {
        let mut starts: Vec<(u16, u16)> = programme
            .sessions
            .iter()
            .filter(|s| s.span.day == day)
            .map(|s| (s.span.start, s.span.end))
            .collect();
        starts.sort_unstable();
        starts
    };
    let day = *programme.days[1..]
        .iter()
        .find(|d| {
            let s = slots(**d);
            s.iter().any(|(a, _)| *a > s[0].0 + 10)
        })
        .expect("a day with two start times");
    let starts = slots(day);
    let (first, end) = starts[0];
    let next = starts
        .iter()
        .map(|(a, _)| *a)
        .find(|a| *a > first + 10)
        .unwrap();
    let local = day.with_hms(0, 0, 0).unwrap() + time::Duration::minutes(i64::from(first) + 10);
    let at = local.assume_offset(portal::domain::geneva::offset_at(local.assume_utc()));
    clock.advance(at - clock.now());
    assert_eq!(programme.moment(clock.now()), Some((day, first + 10)));

    let (_, html) = body(&app, "/agenda").await;
    let shown = html
        .split("<h2 id=\"programme-day\">")
        .nth(1)
        .unwrap_or_default();
    assert!(
        shown.starts_with(&long_day_en(day)),
        "today's day is shown: {}",
        shown.chars().take(60).collect::<String>()
    );
    // The grid for wide screens marks the running and next cards …
    let (wide, narrow) = html.split_once("class=\"day-narrow\"").unwrap();
    assert!(wide.contains("badge badge-now\">Now<") && wide.contains("badge badge-next\">Next<"));
    // … and the phone's list marks its slots, after the slot's time.
    let before = |badge: &str| {
        let head = narrow.split(badge).next().unwrap_or_default();
        let tail: String = head.chars().rev().take(200).collect();
        tail.chars().rev().collect::<String>()
    };
    assert!(narrow.contains("badge badge-now\">Now<"), "a slot says Now");
    assert!(
        before("badge badge-now").contains(&format!("{}–{}", clock_text(first), clock_text(end))),
        "the running slot says Now"
    );
    assert!(
        html.contains("badge badge-next\">Next<"),
        "a slot says Next"
    );
    assert!(
        before("badge badge-next").contains(&format!("{}–", clock_text(next))),
        "the next slot says Next"
    );
    // /agenda/now: every room's session under way; ?room= is its door.
    let running = programme
        .sessions
        .iter()
        .find(|s| s.span.day == day && s.span.start == first)
        .unwrap();
    let (_, now) = body(&app, "/agenda/now").await;
    let board = now.split("id=\"now-board\"").nth(1).unwrap_or_default();
    assert!(board.starts_with(" class=\"now-page\"><h1>Now and next"));
    let card = now
        .split("class=\"now-room\"")
        .find(|c| c.contains(&format!("/agenda/now?room={}\"", running.room)))
        .unwrap_or_default();
    let (current, later) = card.split_once("<dt>Next").unwrap_or_default();
    assert!(
        current.contains(&format!("/sessions/{}\"", running.code)),
        "the running session is current in its room"
    );
    assert!(!later.contains(&running.code));
    let room_name = &programme.room(running.room).unwrap().name;
    let (_, door) = body(&app, &format!("/agenda/now?room={}", running.room)).await;
    assert!(
        door.contains(&format!("<h1>{room_name}<")),
        "the door screen names its room"
    );
    assert!(door.contains("now-page door") && door.contains(&running.code));
    assert_eq!(door.matches("class=\"now-room\"").count(), 1);
    assert!(
        door.contains("http-equiv=\"refresh\""),
        "it reloads itself without JavaScript"
    );
    for bad in ["abc", "999999"] {
        let r = client()
            .get(format!("{}/agenda/now?room={bad}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "room {bad}");
    }

    // Another day has no "now"; after the Forum nothing is marked.
    let (_, other) = body(&app, &format!("/agenda?day={}", programme.days[0])).await;
    assert!(!other.contains("badge-now"), "no 'now' on another day");
    clock.advance(time::Duration::days(30));
    let (_, after) = body(&app, "/agenda").await;
    assert!(
        !after.contains("badge-now") && !after.contains("badge-next"),
        "nothing runs after the Forum"
    );
    let (_, over) = body(&app, "/agenda/now").await;
    assert!(over.contains("The Forum is over") && !over.contains("/sessions/"));
}

fn clock_text(minute: u16) -> String {
    portal::domain::agenda::clock(minute)
}

/// A day as the English programme names it ("Sunday 6 June 2027").
fn long_day_en(day: time::Date) -> String {
    format!(
        "{} {} {} {}",
        day.weekday(),
        day.day(),
        day.month(),
        day.year()
    )
}

#[tokio::test]
async fn nothing_is_public_before_the_first_release() {
    let app = spawn().await;
    let r = client()
        .get(format!("{}/agenda", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("has not been published yet")
    );
    for path in ["/agenda/schedule.xml", "/agenda/agenda.ics", "/matrix"] {
        let r = client()
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn the_builder_is_for_organizers_and_a_stale_move_shows_the_current_board() {
    let app = released().await;
    let anon = client();
    let r = anon
        .get(format!("{}/organize/agenda", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(
        r.headers()[LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/login")
    );

    let login = |email: &'static str| {
        let base = app.base.clone();
        async move {
            let c = client();
            let r = c
                .post(format!("{base}/login"))
                .form(&[("email", email), ("password", DEMO_PASSWORD)])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::SEE_OTHER, "{email}");
            c
        }
    };
    let stakeholder = login("stakeholder001@demo.wsis.test").await;
    for path in [
        "/organize/agenda",
        "/organize/agenda/venue",
        "/organize/agenda/release",
        "/organize/agenda/schedule",
    ] {
        let r = stakeholder
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let r = stakeholder
        .post(format!("{}/organize/agenda/place", app.base))
        .form(&[("session", "1:0"), ("cell", "1|2027-05-10|600")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let organizer = login("organizer@demo.wsis.test").await;
    for path in [
        "/organize/agenda",
        "/organize/agenda/venue",
        "/organize/agenda/sessions",
        "/organize/agenda/release",
        "/organize/agenda/schedule",
    ] {
        let r = organizer
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
    }
    // Nothing picked: a message, not an error page.
    let r = organizer
        .post(format!("{}/organize/agenda/place", app.base))
        .form(&[
            ("cell", "1|2027-05-10|600"),
            ("back", "/organize/agenda?day=2027-05-10"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("Choose a session first"));

    // A move made on a version someone else has moved past.
    let meta = RequestMeta {
        client_addr: "192.0.2.9".into(),
        user_agent: "test".into(),
        locale: Locale::En,
    };
    let admin = app
        .portal
        .login("admin@demo.wsis.test", DEMO_PASSWORD, &meta)
        .await
        .unwrap()
        .user;
    let board = app.portal.agenda_board(&admin).await.unwrap();
    let placed = board.sessions.iter().find(|s| s.placed.is_some()).unwrap();
    let p = placed.placed.unwrap();
    let stale = format!("{}:{}", placed.id, placed.version - 1);
    let cell = format!("{}|{}|{}", p.room, p.span.day, p.span.start);
    let r = organizer
        .post(format!("{}/organize/agenda/place", app.base))
        .form(&[
            ("session", stale.as_str()),
            ("cell", cell.as_str()),
            ("back", "/organize/agenda"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let text = r.text().await.unwrap();
    assert!(text.contains("Another organizer changed this meanwhile"));
    assert!(text.contains(&placed.code), "the current board is shown");
    // The same move on the current version goes through.
    let fresh = format!("{}:{}", placed.id, placed.version);
    let r = organizer
        .post(format!("{}/organize/agenda/place", app.base))
        .form(&[
            ("session", fresh.as_str()),
            ("cell", cell.as_str()),
            ("back", "https://evil.test/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        r.headers()[LOCATION].to_str().unwrap(),
        "/organize/agenda",
        "never redirected off-site"
    );
}

/// The `'nonce-…'` of a response's Content-Security-Policy.
fn csp_nonce(h: &reqwest::header::HeaderMap) -> String {
    let csp = h["content-security-policy"].to_str().unwrap();
    csp.split("'nonce-")
        .nth(1)
        .and_then(|r| r.split('\'').next())
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn public_pages_are_kept_compressed_revalidated_and_allowed_by_hash() {
    let app = released().await;
    let (h1, first) = body(&app, "/agenda?view=list").await;
    let (h2, second) = body(&app, "/agenda?view=list").await;
    // Visitors without an account get the very same bytes every time.
    assert_eq!(first, second);
    assert_eq!(h1[ETAG], h2[ETAG]);
    assert_eq!(h1[CACHE_CONTROL], "public, no-cache");
    assert!(h1.contains_key(LAST_MODIFIED));
    // So the policy names the page's inline scripts by hash, not by nonce.
    let csp = h1["content-security-policy"].to_str().unwrap();
    assert!(!csp.contains("'nonce-"), "{csp}");
    assert!(csp.contains("script-src 'self' 'sha256-"), "{csp}");
    assert_eq!(csp, portal_server::conditional::hashed_csp(&first));
    assert!(
        first.contains("<script type=\"module\""),
        "the islands loader is inline"
    );
    // A revalidation is answered from memory, and keeps the page's policy.
    let r = client()
        .get(app.url("/agenda?view=list"))
        .header(IF_NONE_MATCH, h1[ETAG].clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(
        r.headers()["content-security-policy"].to_str().unwrap(),
        csp
    );
    // Compressed once, for the clients that take it.
    let r = client()
        .get(app.url("/agenda?view=list"))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
    assert_ne!(r.headers()[ETAG], h1[ETAG]);
    assert!(r.bytes().await.unwrap().len() < first.len() / 3);
    // Each language and address is its own page.
    let ar = reqwest::Client::new()
        .get(format!("{}/agenda?view=list", app.base))
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(ar.contains(r#"<html lang="ar" dir="rtl""#));
    assert!(first.contains(r#"<html lang="en" dir="ltr""#));
    // Signed-in readers get their own navigation, never a shared copy.
    let c = client();
    let r = c
        .post(format!("{}/login", app.base))
        .form(&[
            ("email", "organizer@demo.wsis.test"),
            ("password", DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mine = c
        .get(format!("{}/agenda?view=list", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(mine.contains("/logout") && !first.contains("/logout"));
    // Rendered for them alone, with a nonce of its own each time.
    let again = c
        .get(format!("{}/agenda?view=list", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(again.headers()[CACHE_CONTROL], "private, no-cache");
    let n1 = csp_nonce(again.headers());
    let text = again.text().await.unwrap();
    assert!(
        text.contains(&format!("nonce=\"{n1}\"")),
        "the page carries its header's nonce"
    );
    let r = c
        .get(format!("{}/agenda?view=list", app.base))
        .send()
        .await
        .unwrap();
    assert_ne!(csp_nonce(r.headers()), n1, "a nonce is never reused");
}
