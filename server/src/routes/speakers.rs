//! `/speakers/confirm`: panelists answer their invitation.

use super::forms::{AnswerForm, TokenParam};
use crate::error::error_page;
use crate::middleware::Req;
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal_app::pages::SpeakerConfirmPage;

/// `GET /speakers/confirm?token=…`
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<TokenParam>,
) -> Response {
    let (status, invitation) = match state.portal.speaker_invitation(&q.token).await {
        Ok(inv) => (StatusCode::OK, Some(inv)),
        Err(AppError::Conflict(_)) => (StatusCode::NOT_FOUND, None),
        Err(e) => return error_page(&state, &req, &e),
    };
    let title = portal::i18n::tr(req.locale, "speaker-page-title");
    page(&state, &req, status, title, move || {
        view! { <SpeakerConfirmPage token=q.token invitation=invitation/> }
    })
}

/// `POST /speakers/confirm`
pub async fn answer(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<AnswerForm>,
) -> Response {
    let confirm = f.answer == "confirm";
    match state
        .portal
        .answer_invitation(&f.token, confirm, &req.meta)
        .await
    {
        Ok(()) => {
            // The token is URL-safe base64, so it needs no escaping.
            let flash = if confirm {
                "speaker-confirmed"
            } else {
                "speaker-declined"
            };
            see_other(
                &format!("/speakers/confirm?token={}", f.token),
                Some(flash),
                state.config.secure_cookies(),
            )
        }
        Err(AppError::Conflict(_)) => {
            let title = portal::i18n::tr(req.locale, "speaker-invalid-title");
            page(&state, &req, StatusCode::NOT_FOUND, title, || {
                view! { <SpeakerConfirmPage token=String::new() invitation=None/> }
            })
        }
        Err(e) => error_page(&state, &req, &e),
    }
}
