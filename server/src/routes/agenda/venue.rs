//! `/organize/agenda/venue`: the time grid, rooms, breaks and plenaries,
//! and when speakers are unavailable.

use super::*;
use crate::form_post::{NOTHING_TYPED, after_form};
use crate::middleware::SignedIn;
use serde::Serialize;

pub(super) async fn render_venue(
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
pub async fn venue(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    render_venue(&state, &req, &u, StatusCode::OK, VenueForms::default()).await
}

/// Back to the venue page on success; the page again with the typed input otherwise.
pub(super) async fn venue_after<R>(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    result: Result<R, AppError>,
    flash: &str,
    key: String,
    typed: &(impl Serialize + ?Sized),
) -> Response {
    after_form(
        state,
        req,
        result,
        ("/organize/agenda/venue", flash),
        typed,
        async |fs| {
            let forms = VenueForms {
                posted: Some((key, fs)),
            };
            render_venue(state, req, u, StatusCode::UNPROCESSABLE_ENTITY, forms).await
        },
    )
    .await
}

/// `POST /organize/agenda/grid`
pub async fn save_grid(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(f): Form<GridForm>,
) -> Response {
    let r = state.portal.save_grid(&u, &f, &req.meta).await;
    venue_after(&state, &req, &u, r, "grid-saved", "grid".into(), &f).await
}

/// `POST /organize/agenda/rooms`
pub async fn add_room(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(f): Form<RoomForm>,
) -> Response {
    let r = state.portal.save_room(&u, 0, &f, &req.meta).await;
    venue_after(&state, &req, &u, r, "room-saved", "room-new".into(), &f).await
}

/// `POST /organize/agenda/rooms/{id}`
pub async fn edit_room(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<RoomForm>,
) -> Response {
    let r = state.portal.save_room(&u, id, &f, &req.meta).await;
    venue_after(&state, &req, &u, r, "room-saved", format!("room-{id}"), &f).await
}

/// `POST /organize/agenda/rooms/{id}/remove`
pub async fn remove_room(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
) -> Response {
    let r = state.portal.remove_room(&u, id, &req.meta).await;
    venue_after(
        &state,
        &req,
        &u,
        r,
        "room-removed",
        format!("room-{id}"),
        NOTHING_TYPED,
    )
    .await
}

/// `POST /organize/agenda/blocks`
pub async fn add_block(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
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
    venue_after(&state, &req, &u, r, "block-saved", "block".into(), &values).await
}

/// `POST /organize/agenda/blocks/{id}/remove`
pub async fn remove_block(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
) -> Response {
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
    SignedIn(u): SignedIn,
    Form(f): Form<UnavailableForm>,
) -> Response {
    let r = state.portal.add_unavailable(&u, &f, &req.meta).await;
    venue_after(
        &state,
        &req,
        &u,
        r,
        "unavailable-saved",
        "unavailable".into(),
        &f,
    )
    .await
}

/// `POST /organize/agenda/unavailable/{id}/remove`
pub async fn remove_unavailable(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
) -> Response {
    match state.portal.remove_unavailable(&u, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/agenda/venue",
            Some("unavailable-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}
