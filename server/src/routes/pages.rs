//! Simple pages.

use crate::middleware::Req;
use crate::render::page;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal_app::pages::{ErrorPage, HomePage};

/// `GET /`
pub async fn home(State(state): State<AppState>, req: Req) -> Response {
    page(
        &state,
        &req,
        StatusCode::OK,
        String::new(),
        || view! { <HomePage/> },
    )
}

/// Anything else: the not-found page.
pub async fn not_found(State(state): State<AppState>, req: Req) -> Response {
    let title = portal::i18n::tr(req.locale, "errorpage-not-found-title");
    page(
        &state,
        &req,
        StatusCode::NOT_FOUND,
        title,
        || view! { <ErrorPage kind="not-found"/> },
    )
}
