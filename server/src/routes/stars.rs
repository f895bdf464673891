//! The attendee's own programme: starring sessions (`POST /agenda/star`,
//! and `POST /agenda/stars/merge` for the browser's stars on sign-in),
//! `/agenda/mine`, and the private calendar feed of the stars
//! (`/agenda/feed/{secret}.ics`), made, renewed and revoked from
//! `/agenda/mine`.

use super::forms::Pairs;
use super::programme::latest;
use crate::error::fail;
use crate::middleware::{Req, SignedIn};
use crate::render::{encode_next, page, safe_next, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use portal::AppError;
use portal::domain::agenda::exports::calendar_ics;
use portal::i18n::tr;
use portal_app::pages::{MinePage, MineView};
use std::collections::HashMap;

/// `POST /agenda/star`: `code`, `star` (`1` to star, `0` to unstar) and
/// `back`, the page to return to. Without an account the visitor is sent
/// to sign in first (with JavaScript, the browser keeps their stars and
/// this is never posted).
pub async fn star(
    State(state): State<AppState>,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let p = Pairs(pairs);
    let back = safe_next(Some(&p.get("back")));
    let Some(user) = &req.user else {
        return see_other(&format!("/login?next={}", encode_next(&back)), None, false);
    };
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let starred = p.get("star") != "0";
    match state
        .portal
        .set_star(user, &current.programme, &p.get("code"), starred)
        .await
    {
        Ok(()) => see_other(&back, None, state.config.secure_cookies()),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /agenda/stars/merge`: the browser's stars (`code`, repeated) added
/// to the account's; answers with every star, as JSON.
pub async fn merge(
    State(state): State<AppState>,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let Some(user) = &req.user else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let codes = Pairs(pairs).all("code");
    match state
        .portal
        .merge_stars(user, &current.programme, &codes)
        .await
    {
        Ok(all) => axum::Json(serde_json::json!({ "stars": all })).into_response(),
        Err(AppError::Validation(_)) => StatusCode::UNPROCESSABLE_ENTITY.into_response(),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /agenda/mine`: the account's stars, or for a visitor without one
/// the list in `?s=` (codes, comma-separated), which the browser fills from
/// the stars it keeps.
pub async fn mine(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let (stars, feed_url) = match &req.user {
        Some(u) => {
            let stars = state.portal.stars(u).await;
            let feed = state.portal.calendar_feed(u).await;
            match (stars, feed) {
                (Ok(s), Ok(f)) => (s, f.map(|t| feed_url(&state, &t))),
                (Err(e), _) | (_, Err(e)) => return fail(&state, &req, e),
            }
        }
        None => (
            q.get("s")
                .map(|s| {
                    s.split(',')
                        .map(|c| c.trim().to_uppercase())
                        .filter(|c| !c.is_empty() && c.len() <= 32)
                        .take(portal::services::MAX_STARS)
                        .collect()
                })
                .unwrap_or_default(),
            None,
        ),
    };
    let view = MineView {
        programme: current.programme.clone(),
        stars,
        signed_in: req.user.is_some(),
        feed_url,
    };
    page(
        &state,
        &req,
        StatusCode::OK,
        tr(req.locale, "mine-title"),
        move || view! { <MinePage view=view /> },
    )
}

/// The address of feed secret `token`.
fn feed_url(state: &AppState, token: &str) -> String {
    format!("{}/agenda/feed/{token}.ics", state.config.base_url)
}

/// `POST /agenda/mine/feed`: makes the feed, or a new address for it (the
/// old one stops working).
pub async fn renew_feed(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
) -> Response {
    match state.portal.renew_calendar_feed(&u).await {
        Ok(_) => see_other(
            "/agenda/mine#feed",
            Some("feed-made"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /agenda/mine/feed/revoke`: turns the feed off.
pub async fn revoke_feed(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
) -> Response {
    match state.portal.revoke_calendar_feed(&u).await {
        Ok(()) => see_other(
            "/agenda/mine#feed",
            Some("feed-revoked"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /agenda/feed/{secret}.ics`: the starred sessions of the latest
/// release as iCalendar, for calendar applications (no cookie). Each
/// release moves, renames or drops sessions in it, and the events' UIDs
/// and SEQUENCE let calendars follow. Never cached by shared caches: the
/// address is a secret.
pub async fn feed(State(state): State<AppState>, req: Req, Path(file): Path<String>) -> Response {
    let Some(token) = file.strip_suffix(".ics") else {
        return fail(&state, &req, AppError::NotFound);
    };
    let codes = match state.portal.feed_stars(token).await {
        Ok(c) => c,
        Err(e) => return fail(&state, &req, e),
    };
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let p = &current.programme;
    let sessions: Vec<_> = codes.iter().filter_map(|c| p.session(c)).collect();
    let name = format!("{} – {}", p.edition.title, tr(req.locale, "mine-title"));
    let mut res = calendar_ics(p, &sessions, &name).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}
