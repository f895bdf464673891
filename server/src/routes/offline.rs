//! The public programme as an installable web app that reads offline:
//! `/sw.js` (the service worker, at the root so it may serve every page),
//! `/manifest.webmanifest`, `/agenda/offline.json` (what a copy of the
//! latest release holds) and `/agenda/release.json` (which release is the
//! latest, asked by open pages every few minutes to offer an update).

use super::programme::latest;
use crate::middleware::Req;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use portal::domain::agenda::Programme;
use portal::i18n::tr;
use serde_json::json;

/// The worker's source, built into the binary.
const WORKER: &str = include_str!("../offline/sw.js");

/// `GET /sw.js`. Its own policy lets it fetch from the portal (a worker
/// obeys the CSP of its script's response); never cached, so a new version
/// reaches browsers with the next page load.
pub async fn worker() -> Response {
    let mut res = WORKER.into_response();
    let h = res.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
        (header::CACHE_CONTROL, "no-cache"),
        (header::CONTENT_SECURITY_POLICY, "default-src 'self'"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    res
}

/// `GET /manifest.webmanifest`, in the reader's language.
pub async fn manifest(req: Req) -> Response {
    let locale = req.locale;
    let body = json!({
        "name": tr(locale, "site-name"),
        "short_name": "WSIS Forum",
        "description": tr(locale, "programme-title"),
        "lang": locale.tag(),
        "dir": locale.dir(),
        "start_url": "/agenda",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#005a9c",
        "icons": [{ "src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    let mut res = axum::Json(body).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/manifest+json"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    res
}

/// The addresses a copy of `p` keeps: the programme by day and as a list,
/// the matrix, the speakers list page by page, every session and every
/// speaker, and the reader's agenda.
pub fn offline_pages(p: &Programme) -> Vec<String> {
    let mut pages = vec![
        "/agenda".to_owned(),
        "/agenda?view=list".to_owned(),
        "/agenda/mine".to_owned(),
        "/matrix".to_owned(),
        "/speakers".to_owned(),
    ];
    pages.extend(p.days.iter().map(|d| format!("/agenda?view=grid&day={d}")));
    pages.extend(p.sessions.iter().map(|s| format!("/sessions/{}", s.code)));
    let speakers = p.speakers();
    let list_pages = speakers
        .len()
        .div_ceil(portal_app::pages::SPEAKERS_PER_PAGE);
    pages.extend((2..=list_pages).map(|n| format!("/speakers?page={n}")));
    pages.extend(
        speakers
            .iter()
            .map(|e| format!("/speakers/{}", e.person.id)),
    );
    pages
}

/// `GET /agenda/offline.json`.
pub async fn offline_list(State(state): State<AppState>, req: Req) -> Response {
    match latest(&state, &req).await {
        Ok(c) => axum::Json(json!({
            "release": c.programme.release,
            "pages": offline_pages(&c.programme),
        }))
        .into_response(),
        Err(res) => res,
    }
}

/// `GET /agenda/release.json`: the latest release's number and time.
pub async fn release(State(state): State<AppState>, req: Req) -> Response {
    match latest(&state, &req).await {
        Ok(c) => {
            let mut res = axum::Json(json!({
                "release": c.programme.release,
                "released_at": c.programme.released_at,
            }))
            .into_response();
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            res
        }
        Err(res) => res,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_worker_and_page_script_stay_within_their_budget() {
        // The budget: worker and manifest at most 20 KB compressed;
        // uncompressed they are already far below it.
        let script = include_str!("../../../public/offline.js");
        assert!(super::WORKER.len() + script.len() < 20 * 1024);
    }
}
