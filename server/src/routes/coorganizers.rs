//! Co-organizer invitations: sending, removing, and answering them.

use super::forms::{AnswerForm, TokenParam};
use super::proposals::render_view;
use crate::error::error_page;
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::services::CoorganizerForm;
use portal_app::pages::CoorganizePage;
use serde::{Deserialize, Serialize};

/// The invitation form's fields (prefixed, to keep ids unique on the page).
#[derive(Debug, Deserialize, Serialize)]
pub struct InviteForm {
    #[serde(default)]
    co_email: String,
    #[serde(default)]
    co_organization: String,
    #[serde(default)]
    co_stakeholder_type: String,
    #[serde(default)]
    co_country: String,
}

/// `POST /proposals/{code}/coorganizers`
pub async fn invite(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<InviteForm>,
) -> Response {
    let form = CoorganizerForm {
        email: f.co_email.clone(),
        organization: f.co_organization.clone(),
        stakeholder_type: f.co_stakeholder_type.clone(),
        country: f.co_country.clone(),
    };
    match state
        .portal
        .invite_coorganizer(&user, &code, &form, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/proposals/{}#coorganizers-title", code.to_uppercase()),
            Some("coorganizer-invited"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &f, async |fs| {
                render_view(
                    &state,
                    &req,
                    &user,
                    &code,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                )
                .await
            })
            .await
        }
    }
}

/// `POST /proposals/{code}/coorganizers/{id}/remove`
pub async fn remove(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path((code, id)): Path<(String, i64)>,
) -> Response {
    match state
        .portal
        .remove_coorganizer(&user, &code, id, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/proposals/{}#coorganizers-title", code.to_uppercase()),
            Some("coorganizer-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `GET /coorganize?token=…`: signed-in users only (the answer binds the
/// invitation to their account).
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    _: SignedIn,
    Query(q): Query<TokenParam>,
) -> Response {
    let (status, invitation) = match state.portal.coorganizer_invitation(&q.token).await {
        Ok(inv) => (StatusCode::OK, Some(inv)),
        Err(AppError::Conflict(_)) => (StatusCode::NOT_FOUND, None),
        Err(e) => return error_page(&state, &req, &e),
    };
    let title = portal::i18n::tr(req.locale, "coorganize-page-title");
    page(&state, &req, status, title, move || {
        view! { <CoorganizePage token=q.token invitation=invitation/> }
    })
}

/// `POST /coorganize`
pub async fn answer(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(f): Form<AnswerForm>,
) -> Response {
    let accept = f.answer == "accept";
    match state
        .portal
        .answer_coorganizer(&user, &f.token, accept, &req.meta)
        .await
    {
        Ok(code) if accept => see_other(
            &format!("/proposals/{code}"),
            None,
            state.config.secure_cookies(),
        ),
        Ok(_) => see_other(
            "/proposals",
            Some("coorganizer-declined"),
            state.config.secure_cookies(),
        ),
        Err(AppError::Conflict(_)) => {
            let title = portal::i18n::tr(req.locale, "coorganize-invalid-title");
            page(&state, &req, StatusCode::NOT_FOUND, title, || {
                view! { <CoorganizePage token=String::new() invitation=None/> }
            })
        }
        Err(e) => error_page(&state, &req, &e),
    }
}
