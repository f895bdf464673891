//! `/organize/agenda/venue`: the time grid, rooms, breaks and plenaries,
//! and when speakers are unavailable.

use super::*;

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
pub async fn venue(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    render_venue(&state, &req, &u, StatusCode::OK, VenueForms::default()).await
}

/// Back to the venue page on success; the page again with the typed input otherwise.
pub(super) async fn venue_after<T>(
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

pub(super) fn room_values(f: &RoomForm) -> Vec<(&'static str, String)> {
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
