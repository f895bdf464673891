//! `/api/v1`: the automation API. Personal access tokens (`Authorization:
//! Bearer wsis_…`) act as their account through the same services as the
//! pages, so authorization and validation are the UI's. `GET` needs the
//! `read` scope, every change `write`. Errors are JSON with a stable code,
//! a message in the account's language and, for invalid input, one entry
//! per field. Lists are paginated (`page`, `per_page`). Each token may make
//! [`RATE_PER_MINUTE`] requests a minute per instance.
//!
//! Every route is declared once in [`api_routes!`], which builds both the
//! router and [`ROUTES`]; a test checks `ROUTES` against the OpenAPI
//! document served at `/api/v1/openapi.json`.

mod error;
mod handlers;
mod openapi;
mod reviews;

pub use error::ApiError;
pub use openapi::document;

use crate::state::AppState;
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, header};
use portal::AppError;
use portal::services::{ApiCaller, ApiScope};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Requests a token may make per minute on one instance.
pub const RATE_PER_MINUTE: u32 = 300;

/// Counts requests per token in the current minute.
#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<i64, (Instant, u32)>>,
}

impl RateLimiter {
    /// Counts one request of `token`; the seconds to wait when over the limit.
    pub fn hit(&self, token: i64) -> Result<(), u64> {
        let mut map = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let entry = map.entry(token).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(60) {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > RATE_PER_MINUTE {
            Err(60u64
                .saturating_sub(now.duration_since(entry.0).as_secs())
                .max(1))
        } else {
            Ok(())
        }
    }
}

/// The authenticated caller of an API request, its scope checked against
/// the method.
pub struct Caller(pub ApiCaller);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .unwrap_or("");
        let caller = state
            .portal
            .api_caller(token)
            .await
            .map_err(ApiError::from)?;
        let locale = caller.user.locale;
        if let Err(retry_after_secs) = state.api_limiter.hit(caller.token_id) {
            return Err(ApiError::new(
                AppError::RateLimited { retry_after_secs },
                locale,
            ));
        }
        let needed = if parts.method == Method::GET || parts.method == Method::HEAD {
            ApiScope::Read
        } else {
            ApiScope::Write
        };
        caller
            .require(needed)
            .map_err(|e| ApiError::new(e, locale))?;
        Ok(Caller(caller))
    }
}

/// Declares every route once: the router and the list the OpenAPI test
/// compares with the document.
macro_rules! api_routes {
    ($($method:ident $path:literal => $handler:path),* $(,)?) => {
        /// Every API route as (method, path under `/api/v1`).
        pub const ROUTES: &[(&str, &str)] = &[$((stringify!($method), $path)),*];

        /// The API router, nested at `/api/v1`.
        pub fn router() -> Router<AppState> {
            Router::new()
                $(.route($path, axum::routing::$method($handler)))*
                .fallback(|| async { ApiError::no_route() })
        }
    };
}

api_routes! {
    get "/openapi.json" => handlers::openapi,
    get "/me" => handlers::me,
    get "/proposals" => handlers::proposals,
    post "/proposals" => handlers::create_proposal,
    get "/proposals/{code}" => handlers::proposal,
    put "/proposals/{code}" => handlers::save_proposal,
    post "/proposals/{code}/submit" => handlers::submit_proposal,
    get "/proposals/{code}/reviews" => reviews::reviews,
    put "/proposals/{code}/review" => reviews::save_review,
    post "/proposals/{code}/assignments" => reviews::assign,
    delete "/proposals/{code}/assignments/{reviewer}" => reviews::unassign,
    post "/decisions" => handlers::decide,
    get "/sessions" => handlers::sessions,
    get "/sessions/{code}" => handlers::session,
    get "/agenda/placements" => handlers::placements,
    put "/agenda/placements/{id}" => handlers::place,
    delete "/agenda/placements/{id}" => handlers::unschedule,
}
