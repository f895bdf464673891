//! Speakers' profiles over HTTP, on SQLite and PostgreSQL: a panelist opens
//! their profile from their confirmation link, posts the multipart form
//! (no JavaScript), and the public pages and photo URLs follow. Hostile
//! uploads (oversized, wrong type, a decompression bomb, a body past the
//! route's limit, a form that is not multipart) each get their message
//! beside the field with what was typed kept, never a 500.

use crate::common;
use crate::postgres::fresh_postgres_url;

use common::{TestApp, client};
use portal::services::ProfileEditor;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

/// A panelist of the released programme: their link's token and public id.
async fn panelist_in_programme(app: &TestApp) -> (String, String) {
    let p = &app.portal;
    let programme = p.programme(None).await.unwrap().unwrap();
    let speakers: Vec<String> = programme
        .speakers()
        .iter()
        .map(|e| e.person.id.clone())
        .collect();
    for mail in p.outbox(None, 5000).await.unwrap() {
        if mail.template != "speaker-invitation" {
            continue;
        }
        let Some(token) = mail
            .body_text
            .split_whitespace()
            .find_map(|w| w.split("token=").nth(1))
            .map(str::to_owned)
        else {
            continue;
        };
        if let Ok(page) = p.speaker_profile_page(ProfileEditor::Speaker(&token)).await
            && speakers.contains(&page.person_id)
        {
            return (token, page.person_id);
        }
    }
    panic!("no panelist of the programme has an invitation");
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The profile form with `photo` as the file part (named `file_name`).
fn form(token: &str, name: &str, photo: Option<(Vec<u8>, &str)>) -> Form {
    let mut f = Form::new()
        .text("token", token.to_owned())
        .text("print_name", name.to_owned())
        .text("job_title", "Director of Networks".to_owned())
        .text("organization", "Open Cities".to_owned())
        .text(
            "bio",
            "Builds **community networks** in rural areas.".to_owned(),
        )
        .text("links", "https://example.org/profile".to_owned())
        .text("public_details", "yes")
        .text("public_bio", "yes")
        .text("public_photo", "yes");
    f = match photo {
        Some((bytes, file_name)) => f.part(
            "photo",
            Part::bytes(bytes)
                .file_name(file_name.to_owned())
                .mime_str("application/octet-stream")
                .unwrap(),
        ),
        None => f.part("photo", Part::bytes(Vec::new()).file_name("")),
    };
    f
}

async fn post(app: &TestApp, f: Form) -> reqwest::Response {
    client()
        .post(app.url("/speakers/profile"))
        .multipart(f)
        .send()
        .await
        .unwrap()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The photo URLs a page shows.
fn photo_urls(html: &str) -> Vec<String> {
    html.split("src=\"/speaker-photos/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|f| format!("/speaker-photos/{f}"))
        .collect()
}

#[tokio::test]
async fn profiles_and_hostile_uploads_on_sqlite() {
    profiles(common::released_demo("sqlite::memory:", &[]).await).await;
}

#[tokio::test]
async fn profiles_and_hostile_uploads_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    profiles(common::released_demo(&url, &[]).await).await;
}

async fn profiles(app: TestApp) {
    let (token, id) = panelist_in_programme(&app).await;
    let c = client();

    // The page opens from the link, with a multipart form.
    let r = c
        .get(app.url(&format!("/speakers/profile?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("enctype=\"multipart/form-data\""));
    assert!(!html.contains("@demo.wsis.test"), "no address is shown");

    // A photo and a biography, without JavaScript.
    let r = post(
        &app,
        form(&token, "Amina Diallo", Some((png(900, 600), "me.png"))),
    )
    .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let r = c
        .get(app.url(&format!("/speakers/profile?token={token}")))
        .send()
        .await
        .unwrap();
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("src=\"data:image/jpeg;base64,")
    );

    // The public page shows the photo, the biography and the links.
    let html = c
        .get(app.url(&format!("/speakers/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Amina Diallo"));
    assert!(html.contains("<strong>community networks</strong>"));
    let urls = photo_urls(&html);
    assert_eq!(urls.len(), 1, "{html}");
    let large = &urls[0];
    assert!(large.ends_with(".jpg") && !large.ends_with("-96.jpg"));
    let thumb = large.replace(".jpg", "-96.jpg");

    // Served with a long immutable cache and an ETag; 304 on revalidation.
    for (path, side) in [(large.clone(), 400), (thumb.clone(), 96)] {
        let r = c.get(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let h = r.headers().clone();
        assert_eq!(h["content-type"], "image/jpeg");
        assert!(h["cache-control"].to_str().unwrap().contains("immutable"));
        let etag = h["etag"].to_str().unwrap().to_owned();
        let bytes = r.bytes().await.unwrap();
        let img = image::load_from_memory(&bytes).unwrap();
        assert_eq!((img.width(), img.height()), (side, side));
        eprintln!("{path}: {} bytes", bytes.len());
        let r = c
            .get(app.url(&path))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    }
    // Session pages show the thumbnail with its alt text.
    let programme = app.portal.programme(None).await.unwrap().unwrap();
    let session = &programme.sessions_of(&id)[0].code;
    let html = c
        .get(app.url(&format!("/sessions/{session}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("src=\"{thumb}\"")));
    assert!(html.contains("alt=\"Photo of Amina Diallo\""));
    // The export carries the biography and the photo's address.
    let json: serde_json::Value = c
        .get(app.url("/agenda/schedule.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = json.to_string();
    assert!(text.contains("Builds **community networks**"));
    assert!(text.contains(&format!("{large}\"")));

    // Hostile uploads: each refused beside the field, with the name kept.
    let mut over = png(64, 64);
    over.resize(portal::photo::MAX_UPLOAD_BYTES + 1, 0);
    let bomb = {
        // A PNG whose header declares 30,000 × 30,000 pixels (its checksum
        // made right, so only the size gives it away).
        let mut b = png(200, 200);
        b[16..20].copy_from_slice(&30_000u32.to_be_bytes());
        b[20..24].copy_from_slice(&30_000u32.to_be_bytes());
        let crc = crc32(&b[12..29]);
        b[29..33].copy_from_slice(&crc.to_be_bytes());
        b
    };
    for (bytes, file_name, message) in [
        (over, "big.png", "larger than 5 MB"),
        (
            b"#!/bin/sh\necho hi".to_vec(),
            "me.jpg",
            "not a JPEG, PNG or WebP",
        ),
        (png(300, 300), "me.svg", "not a JPEG, PNG or WebP"),
        (
            png(300, 300)[..400].to_vec(),
            "cut.png",
            "damaged or cut short",
        ),
        (bomb, "bomb.png", "too large (at most"),
    ] {
        let r = post(&app, form(&token, "Amina Typed", Some((bytes, file_name)))).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{file_name}");
        let html = r.text().await.unwrap();
        assert!(html.contains(message), "{file_name}: {message}");
        assert!(html.contains("id=\"f-photo-error\""), "{file_name}");
        assert!(
            html.contains("value=\"Amina Typed\""),
            "{file_name}: typed name kept"
        );
    }
    // A body past the route's limit: the server answers once the limit is
    // reached and stops reading, so the client may see the connection
    // close while it is still sending; an answer, when it comes, is the
    // message beside the field.
    let past_route_limit = vec![7u8; portal::photo::MAX_UPLOAD_BYTES * 3];
    if let Ok(r) = c
        .post(app.url("/speakers/profile"))
        .multipart(form(
            &token,
            "Amina Typed",
            Some((past_route_limit, "huge.jpg")),
        ))
        .send()
        .await
    {
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = r.text().await.unwrap_or_default();
        assert!(html.is_empty() || html.contains("larger than 5 MB"));
    }
    // A URL-encoded post (no photo) is read as its fields: messages, not a 500.
    let r = c
        .post(app.url("/speakers/profile"))
        .form(&[("token", token.as_str()), ("print_name", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("id=\"f-print_name-error\"")
    );
    // A forged token gets the "link does not work" page.
    let r = post(&app, form("forged", "X", None)).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Declared availability: a bad time gets its message, a good one lands.
    let first_day = programme.days[0].to_string();
    let r = c
        .post(app.url("/speakers/profile/unavailable"))
        .form(&[
            ("token", token.as_str()),
            ("day", first_day.as_str()),
            ("start", "25:00"),
            ("end", "18:00"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("Enter a time like 09:30."));
    let r = c
        .post(app.url("/speakers/profile/unavailable"))
        .form(&[
            ("token", token.as_str()),
            ("day", first_day.as_str()),
            ("start", "14:00"),
            ("end", "18:00"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app
        .portal
        .speaker_profile_page(ProfileEditor::Speaker(&token))
        .await
        .unwrap();
    assert_eq!(page.unavailable.len(), 1);
    assert!(page.unavailable[0].by_speaker);
}
