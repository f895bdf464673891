//! `/organize/agenda/sessions`, `/schedule` and `/release`: audiences,
//! the automatic scheduler, and releasing the programme.

use super::*;
use crate::form_post::after_form;
use crate::middleware::SignedIn;

pub(super) async fn render_sessions(
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
pub async fn sessions(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    render_sessions(&state, &req, &u, StatusCode::OK, None).await
}

/// `POST /organize/agenda/sessions/{id}/audience`
pub async fn set_audience(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<HashMap<String, String>>,
) -> Response {
    let audience = f.get("audience").cloned().unwrap_or_default();
    let r = state
        .portal
        .set_audience(&u, id, &audience, &req.meta)
        .await;
    let to = "/organize/agenda/sessions";
    after_form(&state, &req, r, (to, "audience-saved"), &f, async |fs| {
        render_sessions(
            &state,
            &req,
            &u,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some((id, fs)),
        )
        .await
    })
    .await
}

pub(super) async fn render_schedule(
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
pub async fn schedule(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    render_schedule(&state, &req, &u, StatusCode::OK, None).await
}

/// `POST /organize/agenda/schedule`: applies the reviewed proposal.
pub async fn apply_schedule(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
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

pub(super) async fn render_release(
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
pub async fn release_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
) -> Response {
    render_release(&state, &req, &u, StatusCode::OK, FormState::default()).await
}

/// `POST /organize/agenda/release`
pub async fn release(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(f): Form<HashMap<String, String>>,
) -> Response {
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
        (to, "agenda-released"),
        // The note only: the confirmation is given again, on purpose.
        &[("note", &note)],
        async |fs| render_release(&state, &req, &u, StatusCode::UNPROCESSABLE_ENTITY, fs).await,
    )
    .await
}
