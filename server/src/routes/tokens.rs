//! `/account/tokens`: personal access tokens for `/api/v1`; and
//! `/account/data.json`, the account's own data.

use super::forms::Pairs;
use crate::error::fail;
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::i18n::tr;
use portal::services::{ApiTokenForm, CurrentUser};
use portal_app::forms::FormState;
use portal_app::pages::ApiTokensPage;

async fn render(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    form: FormState,
    created: Option<(String, String)>,
) -> Response {
    match state.portal.api_tokens(u).await {
        Ok(tokens) => page(
            state,
            req,
            status,
            tr(req.locale, "tokens-title"),
            move || {
                view! { <ApiTokensPage tokens=tokens form=form created=created/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /account/tokens`
pub async fn list(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    render(&state, &req, &u, StatusCode::OK, FormState::default(), None).await
}

/// `POST /account/tokens`: the page answers with the new secret, shown
/// once (it is not stored, so there is nothing to redirect to).
pub async fn create(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let p = Pairs(pairs);
    let form = ApiTokenForm {
        name: p.get("name"),
        scopes: p.all("scopes"),
        days: p.get("days"),
    };
    match state.portal.create_api_token(&u, &form, &req.meta).await {
        Ok((token, secret)) => {
            render(
                &state,
                &req,
                &u,
                StatusCode::CREATED,
                FormState::default(),
                Some((token.name, secret)),
            )
            .await
        }
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                render(&state, &req, &u, StatusCode::UNPROCESSABLE_ENTITY, fs, None).await
            })
            .await
        }
    }
}

/// `POST /account/tokens/{id}/revoke`
pub async fn revoke(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
) -> Response {
    match state.portal.revoke_api_token(&u, id, &req.meta).await {
        Ok(()) => see_other(
            "/account/tokens",
            Some("token-revoked"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /account/data.json`: everything the portal holds about the account.
pub async fn my_data(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    match state.portal.my_data(&u).await {
        Ok(data) => {
            let mut res = axum::response::IntoResponse::into_response(axum::Json(data));
            let h = res.headers_mut();
            h.insert(
                axum::http::header::CONTENT_DISPOSITION,
                axum::http::HeaderValue::from_static("attachment; filename=\"my-data.json\""),
            );
            h.insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("private, no-store"),
            );
            res
        }
        Err(e) => fail(&state, &req, e),
    }
}
