//! Turning service errors into responses. Internal causes are logged with
//! their chain and never sent to the client.

use crate::middleware::Req;
use crate::render::page;
use crate::state::AppState;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use portal::AppError;
use portal_app::pages::ErrorPage;

/// Logs an internal error with its cause chain.
pub fn log_internal(e: &AppError) {
    let mut causes = Vec::new();
    let mut cur = std::error::Error::source(e);
    while let Some(c) = cur {
        causes.push(c.to_string());
        cur = c.source();
    }
    tracing::error!(error = %e, causes = ?causes, "internal error");
}

/// The error page for an error that is not a form validation problem.
pub fn error_page(state: &AppState, req: &Req, e: &AppError) -> Response {
    let (status, kind) = match e {
        AppError::NotFound => (StatusCode::NOT_FOUND, "not-found"),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
        AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate-limited"),
        AppError::Validation(_) => (StatusCode::BAD_REQUEST, "bad-request"),
        AppError::Conflict(_) => (StatusCode::CONFLICT, "bad-request"),
        AppError::Internal(_) => {
            log_internal(e);
            (StatusCode::INTERNAL_SERVER_ERROR, "internal")
        }
    };
    let title = portal::i18n::tr(req.locale, &format!("errorpage-{kind}-title"));
    let message = match e {
        AppError::Conflict(code) => Some(portal::i18n::tr(req.locale, &format!("error-{code}"))),
        _ => None,
    };
    let mut res = page(state, req, status, title, move || {
        leptos::prelude::view! { <ErrorPage kind=kind message=message/> }
    });
    if let AppError::RateLimited { retry_after_secs } = e
        && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// The response for a failed page request: sign-in for anonymous readers,
/// the error page otherwise.
pub fn fail(state: &AppState, req: &Req, e: AppError) -> Response {
    match e {
        AppError::Unauthenticated => crate::render::sign_in_first(req),
        e => error_page(state, req, &e),
    }
}
