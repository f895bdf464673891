//! Organization profile, join requests and search.

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
use portal::services::{CurrentUser, OrganizationForm};
use portal_app::forms::FormState;
use portal_app::pages::{JoinOrganizationPage, OrganizationPage};
use serde::Deserialize;

async fn render(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    status: StatusCode,
    form: FormState,
) -> Response {
    match state.portal.organization_profile(user).await {
        Ok(profile) => {
            let title = profile.name.clone();
            page(
                state,
                req,
                status,
                title,
                move || view! { <OrganizationPage profile=profile form=form/> },
            )
        }
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /organization`
pub async fn show(State(state): State<AppState>, req: Req, SignedIn(user): SignedIn) -> Response {
    render(&state, &req, &user, StatusCode::OK, FormState::default()).await
}

/// `POST /organization`
pub async fn save(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(form): Form<OrganizationForm>,
) -> Response {
    match state
        .portal
        .update_organization(&user, &form, &req.meta)
        .await
    {
        Ok(()) => see_other(
            "/organization",
            Some("organization-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                render(&state, &req, &user, StatusCode::UNPROCESSABLE_ENTITY, fs).await
            })
            .await
        }
    }
}

/// The approve/decline buttons.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// `POST /organization/requests/{id}`
pub async fn answer(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<AnswerForm>,
) -> Response {
    match state
        .portal
        .answer_join_request(&user, id, f.answer == "approve", &req.meta)
        .await
    {
        Ok(()) => see_other(
            "/organization#org-requests",
            Some("join-answered"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// The search box.
#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: Option<String>,
}

/// `GET /organizations/join?q=…`
pub async fn search(
    State(state): State<AppState>,
    req: Req,
    _: SignedIn,
    Query(query): Query<SearchQuery>,
) -> Response {
    let q = query.q.unwrap_or_default();
    let searched = !q.trim().is_empty();
    let hits = match state.portal.search_organizations(&q).await {
        Ok(h) => h,
        Err(e) => return error_page(&state, &req, &e),
    };
    let title = portal::i18n::tr(req.locale, "org-join-title");
    page(&state, &req, StatusCode::OK, title, move || {
        view! { <JoinOrganizationPage q=q hits=hits searched=searched/> }
    })
}

/// `POST /organizations/{id}/join`
pub async fn join(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
) -> Response {
    match state.portal.request_to_join(&user, id, &req.meta).await {
        Ok(()) => see_other(
            "/organizations/join",
            Some("join-requested"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}
