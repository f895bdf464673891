//! HTTP tests of the programme in attendees' hands, on SQLite and
//! PostgreSQL: the printable programme, room signs with their QR codes, and
//! the embeddable programme that only listed sites may frame.

use crate::common;

use common::{TestApp, client, fresh_postgres_url};
use reqwest::StatusCode;

const PARTNER: &str = "https://www.partner.example";

/// A portal on `url` with the demo forum released, letting [`PARTNER`]
/// frame the embeddable programme.
async fn released_on(url: &str) -> TestApp {
    common::released_demo(url, &[("PORTAL_EMBED_ORIGINS", PARTNER)]).await
}

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    client().get(app.url(path)).send().await.unwrap()
}

/// The text of `path` as `c` sees it.
async fn text(c: &reqwest::Client, app: &TestApp, path: &str) -> String {
    c.get(app.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Posts the star form of session `code` from page `back`.
async fn star(c: &reqwest::Client, app: &TestApp, code: &str, back: &str) -> reqwest::Response {
    c.post(app.url("/agenda/star"))
        .form(&[("code", code), ("star", "1"), ("back", back)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn paper_and_embeds_on_sqlite() {
    paper_and_embeds(released_on("sqlite::memory:").await).await;
}

#[tokio::test]
async fn paper_and_embeds_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    paper_and_embeds(released_on(&url).await).await;
}

async fn paper_and_embeds(app: TestApp) {
    let p = app.portal.programme(None).await.unwrap().unwrap();
    assert!(p.days.len() >= 2 && p.sessions.len() >= 3);

    // The printable programme: every day once (each its own printed page),
    // every session in it.
    let print = get(&app, "/agenda/print").await;
    assert_eq!(print.status(), StatusCode::OK);
    let html = print.text().await.unwrap();
    assert_eq!(html.matches("class=\"print-day\"").count(), p.days.len());
    for s in &p.sessions {
        assert!(html.contains(&s.code), "{} missing from the print", s.code);
    }
    // One day only, with ?day=.
    let day = p.sessions[0].span.day;
    let html = get(&app, &format!("/agenda/print?day={day}"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html.matches("class=\"print-day\"").count(), 1);
    for s in &p.sessions {
        assert_eq!(html.contains(&s.code), s.span.day == day, "{}", s.code);
    }

    // A room sign: the session, and a QR code to its page on this portal.
    let s = &p.sessions[0];
    let sign = get(&app, &format!("/sessions/{}/sign", s.code.to_lowercase())).await;
    assert_eq!(sign.status(), StatusCode::OK);
    let html = sign.text().await.unwrap();
    let address = app.url(&format!("/sessions/{}", s.code));
    assert!(html.contains("<svg") && html.contains(&address), "{html}");
    assert!(html.contains(&format!("aria-label=\"QR code leading to {address}\"")));
    assert_eq!(
        get(&app, "/sessions/WF99-9999/sign").await.status(),
        StatusCode::NOT_FOUND
    );

    // The embed: framed by the portal and the listed partner only, without
    // a script, links opening the portal.
    let embed = get(&app, "/embed/agenda").await;
    assert_eq!(embed.status(), StatusCode::OK);
    let csp = embed.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains(&format!("frame-ancestors 'self' {PARTNER};")),
        "{csp}"
    );
    assert!(!csp.contains("script-src"), "no script may run: {csp}");
    assert!(embed.headers().get("x-frame-options").is_none());
    let html = embed.text().await.unwrap();
    assert!(!html.contains("<script") && !html.contains("site-header"));
    assert!(html.contains(&format!("href=\"{address}\" target=\"_blank\"")));
    // Every other page still refuses to be framed.
    for path in ["/agenda", "/agenda/print", "/", "/login"] {
        let r = get(&app, path).await;
        assert_eq!(r.headers()["x-frame-options"], "DENY", "{path}");
        let csp = r.headers()["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    }
    // Filtered by Action Line, in the language asked for.
    let line = s.action_lines[0].code.clone();
    let html = get(&app, &format!("/embed/agenda?line={line}&lang=fr"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"fr\""));
    for other in &p.sessions {
        let on_line = other
            .action_lines
            .iter()
            .any(|l| l.code == line || l.code.starts_with(&format!("{line}-")));
        assert_eq!(
            html.contains(&format!("/sessions/{}\"", other.code)),
            on_line,
            "{} on {line}",
            other.code
        );
    }
    let html = get(&app, "/embed/agenda?lang=ar")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn without_listed_origins_only_the_portal_may_frame_the_embed() {
    let app = common::seeded_demo(4, 12, 3, 5).await;
    let r = get(&app, "/embed/agenda").await;
    assert_eq!(r.status(), StatusCode::OK);
    let csp = r.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'self';"), "{csp}");
    assert!(!csp.contains(PARTNER));
}

#[tokio::test]
async fn stars_and_the_feed_on_sqlite() {
    stars_and_feed(released_on("sqlite::memory:").await).await;
}

#[tokio::test]
async fn stars_and_the_feed_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    stars_and_feed(released_on(&url).await).await;
}

/// Status and text of the calendar at `path`, fetched without cookies as a
/// calendar application does.
async fn ics(app: &TestApp, path: &str) -> (StatusCode, String) {
    let r = client().get(app.url(path)).send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}

/// The event of session `guid` in an iCalendar text.
fn event_of(ics: &str, guid: &str) -> String {
    ics.split("BEGIN:VEVENT")
        .find(|e| e.contains(&format!("UID:{guid}@")))
        .unwrap_or_default()
        .to_owned()
}

/// An event's SEQUENCE.
fn sequence(event: &str) -> u32 {
    event
        .lines()
        .find_map(|l| l.strip_prefix("SEQUENCE:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_default()
}

/// The feed's address, as `/agenda/mine` shows it.
fn feed_address(mine: &str) -> Option<String> {
    let start = mine.find("/agenda/feed/")?;
    let end = start + mine[start..].find(".ics")? + 4;
    Some(mine[start..end].to_owned())
}

async fn stars_and_feed(app: TestApp) {
    let p = app.portal.programme(None).await.unwrap().unwrap();
    let (a, b) = (&p.sessions[0], &p.sessions[1]);
    let attendee = common::demo_sign_in(&app, "stakeholder001@demo.wsis.test").await;
    let other = common::demo_sign_in(&app, "stakeholder002@demo.wsis.test").await;

    // Starring with plain form posts, back to the page it was on.
    for s in [a, b] {
        let back = format!("/sessions/{}", s.code);
        let r = star(&attendee, &app, &s.code, &back).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(r.headers()["location"], back.as_str());
    }
    let page = text(&attendee, &app, &format!("/sessions/{}", a.code)).await;
    assert!(
        page.contains("class=\"star-icon\">★"),
        "the star shows as set"
    );
    // A crafted `back` never leads away from the portal.
    let r = star(&attendee, &app, &a.code, "//evil.example").await;
    assert_eq!(r.headers()["location"], "/");
    // A session that is not in the programme cannot be starred.
    let r = star(&attendee, &app, "WF99-0001", "/agenda").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Without an account, the visitor is asked to sign in first.
    let r = star(&client(), &app, &a.code, "/agenda").await;
    assert_eq!(r.headers()["location"], "/login?next=/agenda");

    // Stars are per account.
    let mine = text(&attendee, &app, "/agenda/mine").await;
    assert!(mine.contains(&format!("/sessions/{}\"", a.code)));
    assert!(mine.contains(&format!("/sessions/{}\"", b.code)));
    let theirs = text(&other, &app, "/agenda/mine").await;
    assert!(!theirs.contains(&format!("/sessions/{}\"", a.code)));
    assert!(feed_address(&mine).is_none(), "no feed until asked for");

    // The feed: made on request, valid iCalendar, only this account's stars.
    let r = attendee
        .post(app.url("/agenda/mine/feed"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mine = text(&attendee, &app, "/agenda/mine").await;
    let address = feed_address(&mine).expect("the feed's address on /agenda/mine");
    let (status, first) = ics(&app, &address).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(crate::validators::ics_parses(&first), Ok(2), "{first}");
    assert!(first.contains(&format!("UID:{}@", a.guid)));

    // It follows a session moved in a later release.
    let organizer = common::world::user(&app, "organizer@demo.wsis.test").await;
    let board = app.portal.agenda_board(&organizer).await.unwrap();
    let version = board.session(a.id).unwrap().version;
    let day = *p.days.iter().find(|d| **d != a.span.day).unwrap();
    let meta = common::world::meta();
    app.portal
        .place_session(
            &organizer,
            portal::services::PlaceRequest {
                session: a.id,
                room: a.room,
                day,
                start: a.span.start,
                version,
            },
            &meta,
        )
        .await
        .unwrap();
    app.portal
        .release_agenda(&organizer, "Moved", true, &meta)
        .await
        .unwrap();
    let (_, moved) = ics(&app, &address).await;
    let stamp = day.to_string().replace('-', "");
    let (before, after) = (event_of(&first, &a.guid), event_of(&moved, &a.guid));
    assert!(after.contains(&format!(":{stamp}T")), "{after}");
    assert!(sequence(&after) > sequence(&before), "{after}");

    // Revoked, the address leads nowhere; a guessed one never did.
    attendee
        .post(app.url("/agenda/mine/feed/revoke"))
        .send()
        .await
        .unwrap();
    assert_eq!(ics(&app, &address).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        ics(
            &app,
            "/agenda/feed/0123456789012345678901234567890123456789abc.ics"
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_speakers_list_on_sqlite() {
    speakers_list(released_on("sqlite::memory:").await).await;
}

#[tokio::test]
async fn the_speakers_list_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    speakers_list(released_on(&url).await).await;
}

/// The speaker pages `html` links to, in order.
fn speaker_links(html: &str) -> Vec<String> {
    html.split("href=\"/speakers/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

async fn speakers_list(app: TestApp) {
    use portal::domain::agenda::SpeakerFilter;
    let p = app.portal.programme(None).await.unwrap().unwrap();
    let all = p.speakers();
    assert!(all.len() > 3, "the demo has speakers");
    let per_page = portal_app::pages::SPEAKERS_PER_PAGE;
    let expect = |f: &SpeakerFilter| -> Vec<String> {
        all.iter()
            .filter(|e| f.matches(e))
            .take(per_page)
            .map(|e| e.person.id.clone())
            .collect()
    };

    // Everyone, by name, without a single e-mail address.
    let r = get(&app, "/speakers").await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert_eq!(speaker_links(&html), expect(&SpeakerFilter::default()));
    assert!(html.contains(&format!("{} speakers in the programme", all.len())));
    assert!(!html.contains("@demo.wsis.test") && !html.contains("mailto:"));

    // Searched by words of a name, in any case; by country; by line.
    let name = &all[all.len() / 2].person.name;
    let words = name.to_uppercase();
    let f = SpeakerFilter {
        q: words.clone(),
        ..SpeakerFilter::default()
    };
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("q", &words)
        .finish();
    let html = text(&client(), &app, &format!("/speakers?{query}")).await;
    let found = speaker_links(&html);
    assert!(
        !found.is_empty() && found == expect(&f),
        "{name}: {found:?}"
    );
    let country = all[0].person.country.clone();
    let f = SpeakerFilter {
        country: country.clone(),
        ..SpeakerFilter::default()
    };
    let html = text(&client(), &app, &format!("/speakers?country={country}")).await;
    assert_eq!(speaker_links(&html), expect(&f));
    let line = all[0].sessions[0].action_lines[0].code.clone();
    let f = SpeakerFilter {
        line: line.clone(),
        ..SpeakerFilter::default()
    };
    let html = text(&client(), &app, &format!("/speakers?line={line}")).await;
    assert_eq!(speaker_links(&html), expect(&f));

    // Nothing found says so; odd pages show the nearest one, never an error.
    let html = text(&client(), &app, "/speakers?q=zzzyyyxxx").await;
    assert!(html.contains("No speaker matches this search."));
    assert!(speaker_links(&html).is_empty());
    for odd in [
        "/speakers?page=999",
        "/speakers?page=-1",
        "/speakers?page=abc",
    ] {
        assert_eq!(get(&app, odd).await.status(), StatusCode::OK, "{odd}");
    }

    // In Arabic, right to left.
    let r = client()
        .get(app.url("/speakers"))
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("dir=\"rtl\"") && html.contains("المتحدثون"));
}
