//! Consultation meetings and the inputs organizers record from them.

use super::*;
use crate::form_post::form_failed;
use crate::middleware::SignedIn;

/// `POST /organize/meetings`: a new meeting.
pub async fn add_meeting(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(form): Form<MeetingForm>,
) -> Response {
    match state
        .portal
        .save_meeting(&user, None, &form, &req.meta)
        .await
    {
        Ok(id) => see_other(
            &format!("/organize/meetings/{id}"),
            Some("meeting-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                settings_page(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    fs,
                )
                .await
            })
            .await
        }
    }
}

pub(super) async fn meeting_page(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    id: i64,
    status: StatusCode,
    form_state: FormState,
) -> Response {
    let loaded = async {
        let meeting = state.portal.meeting(user, id).await?;
        let filter = SubmissionFilter {
            received: format!("meeting-{id}"),
            ..Default::default()
        };
        let (inputs, _) = state.portal.organizer_submissions(user, &filter).await?;
        let edition = state.portal.current_edition().await?;
        Ok::<_, AppError>((meeting, inputs, edition.time_zone))
    };
    match loaded.await {
        Ok((meeting, inputs, time_zone)) => {
            let t = meeting.title.clone();
            page(state, req, status, t, move || {
                view! { <MeetingPage meeting=meeting inputs=inputs state=form_state time_zone=time_zone/> }
            })
        }
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /organize/meetings/{id}`
pub async fn show_meeting(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
) -> Response {
    meeting_page(
        &state,
        &req,
        &user,
        id,
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// `POST /organize/meetings/{id}`: changes a meeting.
pub async fn save_meeting(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<MeetingForm>,
) -> Response {
    match state
        .portal
        .save_meeting(&user, Some(id), &form, &req.meta)
        .await
    {
        Ok(id) => see_other(
            &format!("/organize/meetings/{id}"),
            Some("meeting-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                meeting_page(
                    &state,
                    &req,
                    &user,
                    id,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                )
                .await
            })
            .await
        }
    }
}

/// The meeting's title for the recording form, after checking the role.
pub(super) async fn meeting_title(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<String, AppError> {
    Ok(state.portal.meeting(user, id).await?.title)
}

/// `GET /organize/meetings/{id}/inputs/{kind}`
pub async fn input_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path((id, kind)): Path<(i64, String)>,
) -> Response {
    let found = async {
        let kind = SubmissionKind::from_code(&kind).ok_or(AppError::NotFound)?;
        let title = meeting_title(&state, &user, id).await?;
        Ok::<_, AppError>((kind, title))
    };
    match found.await {
        Ok((kind, title)) => {
            let e = Editing {
                kind,
                code: None,
                status: "draft".into(),
                version: 0,
                form: SubmissionForm::default(),
                state: FormState::default(),
                meeting: Some((id, title, OnBehalf::default())),
            };
            editor(&state, &req, StatusCode::OK, e).await
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /organize/meetings/{id}/inputs/{kind}`: records an input.
pub async fn record_input(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path((id, kind)): Path<(i64, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let Some(kind) = SubmissionKind::from_code(&kind) else {
        return error_page(&state, &req, &AppError::NotFound);
    };
    let p = parse_post(&pairs);
    match state
        .portal
        .record_meeting_input(&user, id, kind, &p.on_behalf, p.form.clone(), &req.meta)
        .await
    {
        Ok(_) => see_other(
            &format!("/organize/meetings/{id}"),
            Some("meeting-input-recorded"),
            state.config.secure_cookies(),
        ),
        Err(err) => {
            let title = match meeting_title(&state, &user, id).await {
                Ok(t) => t,
                Err(e) => return error_page(&state, &req, &e),
            };
            form_failed(&state, &req, err, &p.typed, async |fs| {
                let e = Editing {
                    kind,
                    code: None,
                    status: "draft".into(),
                    version: 0,
                    form: p.form,
                    state: fs,
                    meeting: Some((id, title, p.on_behalf)),
                };
                editor(&state, &req, StatusCode::UNPROCESSABLE_ENTITY, e).await
            })
            .await
        }
    }
}
