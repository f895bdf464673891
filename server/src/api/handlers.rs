//! The API's handlers: each reads its input, calls one service as the
//! token's account and answers JSON.

use super::{ApiError, Caller};
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal::AppError;
use portal::domain::Locale;
use portal::domain::agenda::parse_clock;
use portal::domain::proposal::ProposalForm;
use portal::services::{OrganizerFilter, PlaceRequest, RequestMeta, SaveIntent};
use serde::{Deserialize, Serialize};
use serde_json::json;

pub(super) type ApiResult = Result<Response, ApiError>;

/// `page` and `per_page` of a list.
#[derive(Debug, Deserialize)]
pub struct PageQuery {
    #[serde(default = "first_page")]
    page: usize,
    #[serde(default = "default_per_page")]
    per_page: usize,
}

fn first_page() -> usize {
    1
}

fn default_per_page() -> usize {
    50
}

/// A page of a list.
#[derive(Debug, Serialize)]
struct Page<T: Serialize> {
    items: Vec<T>,
    page: usize,
    per_page: usize,
    total: usize,
}

fn paginate<T: Serialize>(all: Vec<T>, q: &PageQuery) -> Page<T> {
    let per_page = q.per_page.clamp(1, 100);
    let page = q.page.max(1);
    let total = all.len();
    let items = all
        .into_iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .collect();
    Page {
        items,
        page,
        per_page,
        total,
    }
}

pub(super) fn meta(c: &Caller) -> RequestMeta {
    RequestMeta {
        client_addr: format!("api-token-{}", c.0.token_id),
        user_agent: "api".into(),
        locale: c.0.user.locale,
    }
}

pub(super) fn fail(c: &Caller) -> impl Fn(AppError) -> ApiError + '_ {
    move |e| ApiError::new(e, c.0.user.locale)
}

fn query<T>(q: Result<Query<T>, QueryRejection>, l: Locale) -> Result<T, ApiError> {
    q.map(|Query(v)| v)
        .map_err(|_| ApiError::bad_request("bad-query", l))
}

/// The highest page number the API takes (as documented).
pub const MAX_PAGE: usize = 1_000_000;

/// A list's paging, refused when out of the documented range (page 1 to
/// [`MAX_PAGE`], 1 to 100 per page) rather than silently corrected.
fn paging(q: Result<Query<PageQuery>, QueryRejection>, l: Locale) -> Result<PageQuery, ApiError> {
    let q = query(q, l)?;
    if !(1..=MAX_PAGE).contains(&q.page) || !(1..=100).contains(&q.per_page) {
        return Err(ApiError::bad_request("bad-query", l));
    }
    Ok(q)
}

/// A numeric id from the path, or the API's own 400 (not the framework's
/// plain-text one).
pub(super) fn path_id(raw: &str, l: Locale) -> Result<i64, ApiError> {
    raw.trim()
        .parse()
        .map_err(|_| ApiError::bad_request("bad-path", l))
}

pub(super) fn body<T>(b: Result<Json<T>, JsonRejection>, l: Locale) -> Result<T, ApiError> {
    b.map(|Json(v)| v)
        .map_err(|_| ApiError::bad_request("bad-json", l))
}

/// `GET /openapi.json` (no token needed).
pub async fn openapi(State(state): State<AppState>) -> Response {
    Json(super::document(&state.config.base_url)).into_response()
}

/// `GET /me`: the token's account, roles and scopes.
pub async fn me(c: Caller) -> Response {
    let u = &c.0.user;
    Json(json!({
        "id": u.id.0,
        "name": u.name,
        "email": u.email,
        "locale": u.locale.tag(),
        "roles": u.roles.iter().map(|r| r.code()).collect::<Vec<_>>(),
        "scopes": c.0.scopes,
    }))
    .into_response()
}

/// `GET /proposals`: organizers and admins get every submitted proposal
/// with its review aggregates (50 a page); others their own proposals.
pub async fn proposals(
    State(state): State<AppState>,
    c: Caller,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult {
    let q = paging(q, c.0.user.locale)?;
    let staff = c.0.user.roles.iter().any(|r| {
        matches!(
            r,
            portal::domain::Role::Organizer | portal::domain::Role::Admin
        )
    });
    if staff {
        // The organizers' list pages by 50, as on its page.
        let f = OrganizerFilter {
            page: Some(q.page.max(1)),
            ..Default::default()
        };
        let (items, total) = state
            .portal
            .organizer_proposals(&c.0.user, &f)
            .await
            .map_err(fail(&c))?;
        Ok(Json(Page {
            items,
            page: q.page.max(1),
            per_page: 50,
            total,
        })
        .into_response())
    } else {
        let mine = state
            .portal
            .my_proposals(&c.0.user)
            .await
            .map_err(fail(&c))?;
        Ok(Json(paginate(mine, &q)).into_response())
    }
}

/// `POST /proposals`: a new draft from a proposal form; `201` with its code.
pub async fn create_proposal(
    State(state): State<AppState>,
    c: Caller,
    b: Result<Json<ProposalForm>, JsonRejection>,
) -> ApiResult {
    let form = body(b, c.0.user.locale)?;
    known_roles(&form, c.0.user.locale)?;
    let code = state
        .portal
        .create_proposal(&c.0.user, form, None, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok((StatusCode::CREATED, Json(json!({ "code": code }))).into_response())
}

/// Refuses a panel role the document does not list, also on a row that is
/// otherwise empty (and would be dropped): the API says what it accepts.
fn known_roles(form: &ProposalForm, l: Locale) -> Result<(), ApiError> {
    let ok = form
        .speakers
        .iter()
        .all(|s| matches!(s.role.trim(), "" | "moderator" | "speaker"));
    if ok {
        Ok(())
    } else {
        Err(ApiError::new(
            AppError::field("speakers", "choose-from-list"),
            l,
        ))
    }
}

/// A proposal as edited: the version read and the whole form.
#[derive(Debug, Deserialize)]
pub struct SaveBody {
    version: i64,
    proposal: ProposalForm,
}

/// Saves (`Save`) or submits (`Submit`) as the proposal's page does; the
/// new status, or `409 stale-version` when someone saved in between.
async fn save_as(
    state: &AppState,
    c: &Caller,
    code: &str,
    b: Result<Json<SaveBody>, JsonRejection>,
    intent: SaveIntent,
) -> ApiResult {
    let s = body(b, c.0.user.locale)?;
    known_roles(&s.proposal, c.0.user.locale)?;
    let status = state
        .portal
        .save_proposal(
            &c.0.user,
            &code.to_uppercase(),
            s.proposal,
            s.version,
            intent,
            &meta(c),
        )
        .await
        .map_err(fail(c))?;
    Ok(Json(json!({ "code": code.to_uppercase(), "status": status.code() })).into_response())
}

/// `PUT /proposals/{code}`: saves the proposal (a draft may be incomplete;
/// a submitted one is checked in full), until the deadline.
pub async fn save_proposal(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
    b: Result<Json<SaveBody>, JsonRejection>,
) -> ApiResult {
    save_as(&state, &c, &code, b, SaveIntent::Save).await
}

/// `POST /proposals/{code}/submit`: saves and submits, with every field
/// checked; the receipt goes out by e-mail as from the page.
pub async fn submit_proposal(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
    b: Result<Json<SaveBody>, JsonRejection>,
) -> ApiResult {
    save_as(&state, &c, &code, b, SaveIntent::Submit).await
}

/// `GET /proposals/{code}`: as its organizers (or staff) see it.
pub async fn proposal(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
) -> ApiResult {
    let view = state
        .portal
        .proposal(&c.0.user, &code)
        .await
        .map_err(fail(&c))?;
    Ok(Json(view).into_response())
}

/// Deciding proposals.
#[derive(Debug, Deserialize)]
pub struct DecideBody {
    codes: Vec<String>,
    outcome: String,
    #[serde(default)]
    note: String,
}

/// `POST /decisions`: the same pending decision for every code (organizers).
pub async fn decide(
    State(state): State<AppState>,
    c: Caller,
    b: Result<Json<DecideBody>, JsonRejection>,
) -> ApiResult {
    let d = body(b, c.0.user.locale)?;
    let n = state
        .portal
        .decide(&c.0.user, &d.codes, &d.outcome, &d.note, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok(Json(json!({ "decided": n })).into_response())
}

/// `GET /sessions`: the sessions of the latest released agenda.
pub async fn sessions(
    State(state): State<AppState>,
    c: Caller,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult {
    let q = paging(q, c.0.user.locale)?;
    let latest = state
        .programmes
        .latest(&state.portal)
        .await
        .map_err(fail(&c))?;
    let all = latest
        .map(|r| r.programme.sessions.clone())
        .unwrap_or_default();
    Ok(Json(paginate(all, &q)).into_response())
}

/// `GET /sessions/{code}`.
pub async fn session(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
) -> ApiResult {
    let latest = state
        .programmes
        .latest(&state.portal)
        .await
        .map_err(fail(&c))?;
    let s = latest
        .and_then(|r| r.programme.session(&code.to_uppercase()).cloned())
        .ok_or_else(|| ApiError::new(AppError::NotFound, c.0.user.locale))?;
    Ok(Json(s).into_response())
}

/// `GET /agenda/placements`: every session of the board with its place and
/// version (organizers).
pub async fn placements(
    State(state): State<AppState>,
    c: Caller,
    q: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult {
    let q = paging(q, c.0.user.locale)?;
    let board = state
        .portal
        .agenda_board(&c.0.user)
        .await
        .map_err(fail(&c))?;
    Ok(Json(paginate(board.sessions, &q)).into_response())
}

/// A place on the grid.
#[derive(Debug, Deserialize)]
pub struct PlaceBody {
    room: i64,
    day: String,
    start: String,
    version: i64,
}

/// `PUT /agenda/placements/{id}`: places or moves a session; `409` with
/// `agenda-stale` when `version` is not the current one.
pub async fn place(
    State(state): State<AppState>,
    c: Caller,
    Path(id): Path<String>,
    b: Result<Json<PlaceBody>, JsonRejection>,
) -> ApiResult {
    let l = c.0.user.locale;
    // Who may place is answered before the body is read (the service
    // checks again).
    c.0.user
        .require_any(&[portal::domain::Role::Organizer, portal::domain::Role::Admin])
        .map_err(fail(&c))?;
    let id = path_id(&id, l)?;
    let p = body(b, l)?;
    let day = time::Date::parse(
        &p.day,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| ApiError::new(AppError::field("day", "date-invalid"), l))?;
    let start = parse_clock(&p.start)
        .ok_or_else(|| ApiError::new(AppError::field("start", "time-invalid"), l))?;
    let req = PlaceRequest {
        session: id,
        room: p.room,
        day,
        start,
        version: p.version,
    };
    state
        .portal
        .place_session(&c.0.user, req, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `?version=` of an unschedule.
#[derive(Debug, Deserialize)]
pub struct VersionQuery {
    version: i64,
}

/// `DELETE /agenda/placements/{id}?version=N`: takes a session off the grid.
pub async fn unschedule(
    State(state): State<AppState>,
    c: Caller,
    Path(id): Path<String>,
    q: Result<Query<VersionQuery>, QueryRejection>,
) -> ApiResult {
    let id = path_id(&id, c.0.user.locale)?;
    let v = query(q, c.0.user.locale)?;
    state
        .portal
        .unschedule_session(&c.0.user, id, v.version, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
