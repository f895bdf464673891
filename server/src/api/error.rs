//! API errors as JSON: `{"error": code, "message": text, "fields": [...]}`
//! with the matching status. Internal causes are logged, never sent.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal::AppError;
use portal::domain::Locale;
use portal::i18n::{tr, tr_field_error};
use serde::Serialize;

/// An error answered by the API, in the caller's language.
#[derive(Debug)]
pub struct ApiError {
    error: AppError,
    locale: Locale,
    code: Option<&'static str>,
}

#[derive(Serialize)]
struct FieldBody {
    field: String,
    error: String,
    message: String,
}

#[derive(Serialize)]
struct Body {
    error: String,
    message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<FieldBody>,
}

impl ApiError {
    /// `error` for a caller reading `locale`.
    pub fn new(error: AppError, locale: Locale) -> ApiError {
        ApiError {
            error,
            locale,
            code: None,
        }
    }

    /// A request the API cannot read (bad JSON, bad query).
    pub fn bad_request(code: &'static str, locale: Locale) -> ApiError {
        ApiError {
            error: AppError::field("body", code),
            locale,
            code: Some(code),
        }
    }

    /// No such route under `/api/v1`.
    pub fn no_route() -> ApiError {
        ApiError {
            error: AppError::NotFound,
            locale: Locale::En,
            code: Some("no-such-route"),
        }
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        ApiError::new(error, Locale::En)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let l = self.locale;
        let (status, code, fields) = match &self.error {
            AppError::NotFound => (StatusCode::NOT_FOUND, "not-found".to_owned(), vec![]),
            AppError::Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                "unauthenticated".to_owned(),
                vec![],
            ),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden".to_owned(), vec![]),
            AppError::Conflict(c) => (StatusCode::CONFLICT, c.code().to_owned(), vec![]),
            AppError::RateLimited { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited".to_owned(),
                vec![],
            ),
            AppError::Validation(errs) => (
                if self.code.is_some() {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::UNPROCESSABLE_ENTITY
                },
                "invalid".to_owned(),
                errs.0
                    .iter()
                    .map(|e| FieldBody {
                        field: e.field.clone(),
                        error: e.code.clone(),
                        message: tr_field_error(l, e),
                    })
                    .collect(),
            ),
            AppError::Internal(cause) => {
                tracing::error!(error = %cause, "API request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal".to_owned(),
                    vec![],
                )
            }
        };
        let code = self.code.map(str::to_owned).unwrap_or(code);
        let message = match &self.error {
            AppError::Conflict(c) => tr(l, &format!("error-{c}")),
            AppError::Validation(_) if self.code.is_none() => tr(l, "api-invalid"),
            _ => tr(l, &format!("api-error-{code}")),
        };
        let mut res = (
            status,
            Json(Body {
                error: code,
                message,
                fields,
            }),
        )
            .into_response();
        match &self.error {
            AppError::Unauthenticated => {
                res.headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            AppError::RateLimited { retry_after_secs } => {
                if let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string()) {
                    res.headers_mut().insert(header::RETRY_AFTER, v);
                }
            }
            _ => {}
        }
        res
    }
}
