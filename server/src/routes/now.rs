//! `GET /agenda/now`: every room's session under way and the next one, from
//! the latest release, at the service clock's time (tests move it); with
//! `?room=` the screen at one room's door. Not cached with the release's
//! pages: it changes with the clock.

use super::programme::latest;
use crate::error::fail;
use crate::middleware::Req;
use crate::render::page;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::agenda::ForumMoment;
use portal::i18n::tr;
use portal_app::pages::{NowPage, NowView};
use std::collections::HashMap;

/// `GET /agenda/now` and `GET /agenda/now?room={id}`.
pub async fn now(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let p = &current.programme;
    let room = match q.get("room").map(|v| v.trim().parse::<i64>()) {
        None => None,
        Some(Ok(id)) if p.room(id).is_some() => Some(id),
        Some(_) => return fail(&state, &req, AppError::NotFound),
    };
    let moment = p.forum_moment(state.portal.clock.now());
    let rooms = match moment {
        ForumMoment::During(day, minute) => p.now_and_next(day, minute, room),
        // Before a Forum day, "next" is that day's first session.
        ForumMoment::Before(day) => p.now_and_next(day, 0, room),
        ForumMoment::Over => p.now_and_next(time::Date::MAX, 0, room),
    };
    let title = match rooms.first() {
        Some(r) if room.is_some() => r.room.name.clone(),
        _ => tr(req.locale, "now-title"),
    };
    let view = NowView {
        moment,
        rooms,
        door: room.is_some(),
    };
    page(&state, &req, StatusCode::OK, title, move || {
        view! { <NowPage view=view/> }
    })
}
