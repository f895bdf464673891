//! `/admin/moderation`: admins act on reviews, each action with a reason.

use crate::error::error_page;
use crate::middleware::Req;
use crate::render::{form_state, page, see_other, sign_in_first};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::i18n::tr;
use portal::services::{CurrentUser, ModerationForm};
use portal_app::forms::FormState;
use portal_app::pages::ModerationPage;
use serde::Deserialize;

/// `?flagged=yes` shows flagged reviews only.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    flagged: String,
}

async fn render(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    flagged: bool,
    status: StatusCode,
    posted: Option<(i64, FormState)>,
) -> Response {
    let loaded = async {
        let rows = state.portal.moderation_queue(u, flagged).await?;
        let reviewers = state
            .portal
            .review_setup(u)
            .await
            .map(|s| s.staff)
            .unwrap_or_default();
        Ok::<_, AppError>((rows, reviewers))
    }
    .await;
    match loaded {
        Ok((rows, reviewers)) => page(
            state,
            req,
            status,
            tr(req.locale, "moderation-title"),
            move || {
                view! { <ModerationPage rows=rows reviewers=reviewers flagged_only=flagged posted=posted/> }
            },
        ),
        Err(AppError::Unauthenticated) => sign_in_first(req),
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /admin/moderation`
pub async fn show(State(state): State<AppState>, req: Req, Query(f): Query<Filter>) -> Response {
    let Some(u) = req.user.clone() else {
        return sign_in_first(&req);
    };
    render(&state, &req, &u, f.flagged == "yes", StatusCode::OK, None).await
}

/// `POST /admin/moderation/{id}`
pub async fn act(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
    Form(f): Form<ModerationForm>,
) -> Response {
    let Some(u) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state.portal.moderate_review(&u, id, &f, &req.meta).await {
        Ok(()) => see_other(
            &format!("/admin/moderation#review-{id}"),
            Some("review-moderated"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("action", f.action.clone()),
                ("reason", f.reason.clone()),
                ("comment", f.comment.clone().unwrap_or_default()),
                (
                    "recommendation",
                    f.recommendation.clone().unwrap_or_default(),
                ),
                ("reviewer", f.reviewer.clone().unwrap_or_default()),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => {
                    render(
                        &state,
                        &req,
                        &u,
                        false,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        Some((id, fs)),
                    )
                    .await
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}
