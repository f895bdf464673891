//! `/organize/agenda…` for organizers: the builder, the venue, the session
//! list, the automatic scheduler and releases. Services check the role.

use super::forms::Pairs;
use crate::error::fail;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::agenda::conflicts::find_conflicts;
use portal::i18n::tr;
use portal::services::{
    BlockForm, CurrentUser, GridForm, PlaceRequest, PlannedMove, RoomForm, SchedulePreview,
    UnavailableForm, changelog,
};
use portal_app::forms::FormState;
use portal_app::pages::{
    AgendaBuilderPage, AgendaSessionsPage, BuilderView, ReleaseDraft, ReleasePage,
    SchedulePreviewPage, UnscheduledFilter, VenueForms, VenuePage,
};
use std::collections::HashMap;
use time::Date;

mod release;
mod venue;
pub use release::*;
pub use venue::*;

fn parse_day(v: &str) -> Option<Date> {
    Date::parse(
        v.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
}

async fn render_builder(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    query: &[(String, String)],
    notice: Option<String>,
    picked: Option<i64>,
) -> Response {
    let data = match state.portal.agenda_board(u).await {
        Ok(d) => d,
        Err(e) => return fail(state, req, e),
    };
    let get = |k: &str| {
        query
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().chars().take(100).collect::<String>())
            .unwrap_or_default()
    };
    let day = parse_day(&get("day"))
        .filter(|d| data.board.days.contains(d))
        .or_else(|| data.board.days.first().copied());
    let Some(day) = day else {
        return fail(state, req, AppError::NotFound);
    };
    let filter = UnscheduledFilter {
        q: get("q"),
        format: get("format"),
        line: get("line").to_uppercase(),
        rooms: query
            .iter()
            .filter(|(k, _)| k == "room")
            .filter_map(|(_, v)| v.trim().parse().ok())
            .collect(),
        step: get("step")
            .parse::<u16>()
            .ok()
            .filter(|s| [15, 30, 60].contains(s))
            .unwrap_or(0),
    };
    let conflicts = find_conflicts(&data.board);
    page(
        state,
        req,
        status,
        tr(req.locale, "agenda-builder-title"),
        move || {
            view! { <AgendaBuilderPage view=BuilderView { data, conflicts, day, filter, notice, picked }/> }
        },
    )
}

/// `GET /organize/agenda`
pub async fn builder(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(q): Query<Vec<(String, String)>>,
) -> Response {
    render_builder(&state, &req, &u, StatusCode::OK, &q, None, None).await
}

fn back_query(back: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(
        back.split_once('?')
            .map(|(_, q)| q)
            .unwrap_or("")
            .as_bytes(),
    )
    .into_owned()
    .collect()
}

/// The picked session: `id:version`.
fn picked(form: &Pairs) -> Option<(i64, i64)> {
    let v = form.get("session");
    let (id, version) = v.split_once(':')?;
    Some((id.parse().ok()?, version.parse().ok()?))
}

/// A refused move: the builder again, as it is now, with the reason.
async fn refused(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    form: &Pairs,
    e: AppError,
) -> Response {
    let (status, key) = match &e {
        AppError::Conflict(code) => (StatusCode::CONFLICT, format!("error-{code}")),
        AppError::Validation(errs) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            format!(
                "error-{}",
                errs.0
                    .first()
                    .map(|f| f.code.as_str())
                    .unwrap_or("required")
            ),
        ),
        _ => return fail(state, req, e),
    };
    let notice = Some(tr(req.locale, &key));
    let back = form.back_within("/organize/agenda");
    render_builder(
        state,
        req,
        u,
        status,
        &back_query(&back),
        notice,
        picked(form).map(|(id, _)| id),
    )
    .await
}

/// `POST /organize/agenda/place`: a cell button, or room and time.
pub async fn place(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = Pairs(pairs);
    let Some((session, version)) = picked(&form) else {
        return refused(
            &state,
            &req,
            &u,
            &form,
            AppError::field("session", "agenda-pick-session"),
        )
        .await;
    };
    let cell = form.get("cell");
    let target = if cell.is_empty() {
        (
            form.get("room").parse().ok(),
            parse_day(&form.get("day")),
            form.get("time").parse().ok(),
        )
    } else {
        let mut it = cell.split('|');
        (
            it.next().and_then(|v| v.parse().ok()),
            it.next().and_then(parse_day),
            it.next().and_then(|v| v.parse().ok()),
        )
    };
    let (Some(room), Some(day), Some(start)) = target else {
        return refused(
            &state,
            &req,
            &u,
            &form,
            AppError::field("cell", "choose-from-list"),
        )
        .await;
    };
    let r = state
        .portal
        .place_session(
            &u,
            PlaceRequest {
                session,
                room,
                day,
                start,
                version,
            },
            &req.meta,
        )
        .await;
    match r {
        Ok(()) => see_other(
            &form.back_within("/organize/agenda"),
            Some("agenda-placed"),
            state.config.secure_cookies(),
        ),
        Err(e) => refused(&state, &req, &u, &form, e).await,
    }
}

/// `POST /organize/agenda/unschedule`
pub async fn unschedule(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = Pairs(pairs);
    let Some((session, version)) = picked(&form) else {
        return refused(
            &state,
            &req,
            &u,
            &form,
            AppError::field("session", "agenda-pick-session"),
        )
        .await;
    };
    match state
        .portal
        .unschedule_session(&u, session, version, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &form.back_within("/organize/agenda"),
            Some("agenda-unscheduled"),
            state.config.secure_cookies(),
        ),
        Err(e) => refused(&state, &req, &u, &form, e).await,
    }
}
