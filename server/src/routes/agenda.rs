//! `/organize/agenda…` for organizers: the builder, the venue, the session
//! list, the automatic scheduler and releases. Services check the role.

use super::forms::Pairs;
use crate::error::fail;
use crate::middleware::Req;
use crate::render::{after_form, page, see_other};
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
    Query(q): Query<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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

async fn render_venue(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    forms: VenueForms,
) -> Response {
    match state.portal.agenda_board(u).await {
        Ok(data) => page(
            state,
            req,
            status,
            tr(req.locale, "agenda-venue-title"),
            move || {
                view! { <VenuePage data=data forms=forms/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/agenda/venue`
pub async fn venue(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    render_venue(&state, &req, &u, StatusCode::OK, VenueForms::default()).await
}

/// Back to the venue page on success; the page again with the typed input otherwise.
async fn venue_after<T>(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    result: Result<T, AppError>,
    flash: &str,
    key: String,
    values: Vec<(&str, String)>,
) -> Response {
    after_form(
        state,
        req,
        result,
        "/organize/agenda/venue",
        flash,
        values,
        |fs| {
            let forms = VenueForms {
                posted: Some((key, fs)),
            };
            render_venue(state, req, u, StatusCode::UNPROCESSABLE_ENTITY, forms)
        },
    )
    .await
}

/// `POST /organize/agenda/grid`
pub async fn save_grid(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<GridForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.save_grid(&u, &f, &req.meta).await;
    let values = vec![
        ("day_start", f.day_start.clone()),
        ("day_end", f.day_end.clone()),
        ("step", f.step.clone()),
        ("travel_minutes", f.travel_minutes.clone()),
        ("max_parallel", f.max_parallel.clone()),
    ];
    venue_after(&state, &req, &u, r, "grid-saved", "grid".into(), values).await
}

fn room_values(f: &RoomForm) -> Vec<(&'static str, String)> {
    vec![
        ("name", f.name.clone()),
        ("building", f.building.clone()),
        ("capacity", f.capacity.clone()),
        ("parallel", f.parallel.clone()),
        ("interpretation", f.interpretation.clone()),
        ("remote_url", f.remote_url.clone()),
        ("hybrid", f.hybrid.clone().unwrap_or_default()),
    ]
}

/// `POST /organize/agenda/rooms`
pub async fn add_room(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<RoomForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.save_room(&u, 0, &f, &req.meta).await;
    venue_after(
        &state,
        &req,
        &u,
        r,
        "room-saved",
        "room-new".into(),
        room_values(&f),
    )
    .await
}

/// `POST /organize/agenda/rooms/{id}`
pub async fn edit_room(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
    Form(f): Form<RoomForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.save_room(&u, id, &f, &req.meta).await;
    venue_after(
        &state,
        &req,
        &u,
        r,
        "room-saved",
        format!("room-{id}"),
        room_values(&f),
    )
    .await
}

/// `POST /organize/agenda/rooms/{id}/remove`
pub async fn remove_room(State(state): State<AppState>, req: Req, Path(id): Path<i64>) -> Response {
    let u = signed_in!(req);
    let r = state.portal.remove_room(&u, id, &req.meta).await;
    venue_after(
        &state,
        &req,
        &u,
        r,
        "room-removed",
        format!("room-{id}"),
        vec![],
    )
    .await
}

/// `POST /organize/agenda/blocks`
pub async fn add_block(
    State(state): State<AppState>,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
    let p = Pairs(pairs);
    let rooms = p.all("rooms");
    let f = BlockForm {
        kind: p.get("kind"),
        title: p.get("title"),
        day: p.get("day"),
        start: p.get("start"),
        end: p.get("end"),
        rooms: rooms.iter().filter_map(|r| r.parse().ok()).collect(),
    };
    let r = state.portal.add_block(&u, &f, &req.meta).await;
    let values = vec![
        ("kind", f.kind.clone()),
        ("title", f.title.clone()),
        ("day", f.day.clone()),
        ("start", f.start.clone()),
        ("end", f.end.clone()),
        ("rooms", rooms.join(",")),
    ];
    venue_after(&state, &req, &u, r, "block-saved", "block".into(), values).await
}

/// `POST /organize/agenda/blocks/{id}/remove`
pub async fn remove_block(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
) -> Response {
    let u = signed_in!(req);
    match state.portal.remove_block(&u, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/agenda/venue",
            Some("block-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /organize/agenda/unavailable`
pub async fn add_unavailable(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<UnavailableForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.add_unavailable(&u, &f, &req.meta).await;
    let values = vec![
        ("email", f.email.clone()),
        ("day", f.day.clone()),
        ("start", f.start.clone()),
        ("end", f.end.clone()),
        ("note", f.note.clone()),
    ];
    venue_after(
        &state,
        &req,
        &u,
        r,
        "unavailable-saved",
        "unavailable".into(),
        values,
    )
    .await
}

/// `POST /organize/agenda/unavailable/{id}/remove`
pub async fn remove_unavailable(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
) -> Response {
    let u = signed_in!(req);
    match state.portal.remove_unavailable(&u, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/agenda/venue",
            Some("unavailable-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

async fn render_sessions(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    posted: Option<(i64, FormState)>,
) -> Response {
    match state.portal.agenda_board(u).await {
        Ok(data) => page(
            state,
            req,
            status,
            tr(req.locale, "agenda-sessions-title"),
            move || {
                view! { <AgendaSessionsPage data=data posted=posted/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/agenda/sessions`
pub async fn sessions(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    render_sessions(&state, &req, &u, StatusCode::OK, None).await
}

/// `POST /organize/agenda/sessions/{id}/audience`
pub async fn set_audience(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
    Form(f): Form<HashMap<String, String>>,
) -> Response {
    let u = signed_in!(req);
    let audience = f.get("audience").cloned().unwrap_or_default();
    let r = state
        .portal
        .set_audience(&u, id, &audience, &req.meta)
        .await;
    let to = "/organize/agenda/sessions";
    after_form(
        &state,
        &req,
        r,
        to,
        "audience-saved",
        vec![("audience", audience)],
        |fs| {
            render_sessions(
                &state,
                &req,
                &u,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some((id, fs)),
            )
        },
    )
    .await
}

async fn render_schedule(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    notice: Option<String>,
) -> Response {
    // One board read serves both the plan and the page.
    match state.portal.agenda_board(u).await {
        Ok(data) => {
            let preview = SchedulePreview::of(&data);
            page(
                state,
                req,
                status,
                tr(req.locale, "agenda-schedule-title"),
                move || {
                    view! { <SchedulePreviewPage data=data preview=preview notice=notice/> }
                },
            )
        }
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/agenda/schedule`: the scheduler's proposal.
pub async fn schedule(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    render_schedule(&state, &req, &u, StatusCode::OK, None).await
}

/// `POST /organize/agenda/schedule`: applies the reviewed proposal.
pub async fn apply_schedule(
    State(state): State<AppState>,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
    let moves: Vec<PlannedMove> = Pairs(pairs)
        .all("m")
        .iter()
        .filter_map(|m| PlannedMove::decode(m))
        .collect();
    match state.portal.apply_schedule(&u, &moves, &req.meta).await {
        Ok(_) => see_other(
            "/organize/agenda",
            Some("schedule-applied"),
            state.config.secure_cookies(),
        ),
        Err(AppError::Conflict(code)) => {
            let notice = Some(tr(req.locale, &format!("error-{code}")));
            render_schedule(&state, &req, &u, StatusCode::CONFLICT, notice).await
        }
        Err(e) => fail(&state, &req, e),
    }
}

async fn render_release(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    form: FormState,
) -> Response {
    let (draft, errors) = match state.portal.draft_programme(u).await {
        Ok(d) => d,
        Err(e) => return fail(state, req, e),
    };
    let (latest, releases) = match (
        state.portal.programme(None).await,
        state.portal.releases().await,
    ) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => return fail(state, req, e),
    };
    let draft = ReleaseDraft {
        sessions: draft.sessions.len(),
        errors,
        changes: changelog(latest.as_ref(), &draft),
        releases,
        zone: draft.edition.time_zone.clone(),
    };
    page(
        state,
        req,
        status,
        tr(req.locale, "agenda-release-title"),
        move || {
            view! { <ReleasePage draft=draft form=form/> }
        },
    )
}

/// `GET /organize/agenda/release`
pub async fn release_form(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    render_release(&state, &req, &u, StatusCode::OK, FormState::default()).await
}

/// `POST /organize/agenda/release`
pub async fn release(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<HashMap<String, String>>,
) -> Response {
    let u = signed_in!(req);
    let note = f.get("note").cloned().unwrap_or_default();
    let confirm = f.get("confirm").is_some_and(|v| v == "yes");
    let r = state
        .portal
        .release_agenda(&u, &note, confirm, &req.meta)
        .await;
    let to = "/organize/agenda/release";
    after_form(
        &state,
        &req,
        r,
        to,
        "agenda-released",
        vec![("note", note)],
        |fs| render_release(&state, &req, &u, StatusCode::UNPROCESSABLE_ENTITY, fs),
    )
    .await
}
