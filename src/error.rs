//! The one error type that services return.
//!
//! Variants are written for users: the HTTP layer turns each into a status
//! code and a translated message. `Internal` keeps its cause for the log only;
//! its `Display` never shows the cause, so a database message can never reach
//! a client by accident.

use crate::validation::FieldErrors;

/// What went wrong, in terms a user (or an API client) can act on.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (or the actor may not know it exists).
    #[error("not found")]
    NotFound,
    /// The action needs a signed-in user.
    #[error("sign-in required")]
    Unauthenticated,
    /// The actor is signed in but not allowed to do this.
    #[error("forbidden")]
    Forbidden,
    /// Some fields are invalid; each carries its own message key.
    #[error("invalid input")]
    Validation(FieldErrors),
    /// The action conflicts with the current state; the string is a message
    /// code such as `email-unverified` (Fluent key `error-<code>`).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Too many attempts; try again after this many seconds.
    #[error("too many attempts")]
    RateLimited {
        /// Seconds until the next attempt may succeed.
        retry_after_secs: u64,
    },
    /// Anything unexpected. The cause is logged, never shown.
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl AppError {
    /// Wraps any unexpected error.
    pub fn internal(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        AppError::Internal(Box::new(e))
    }

    /// A validation error on a single field.
    pub fn field(field: &'static str, code: &'static str) -> Self {
        let mut errors = FieldErrors::default();
        errors.push(field, code);
        AppError::Validation(errors)
    }
}

#[cfg(feature = "server")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => AppError::NotFound,
            other => AppError::internal(other),
        }
    }
}

#[cfg(feature = "server")]
impl From<sqlx::migrate::MigrateError> for AppError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        AppError::internal(e)
    }
}

impl From<FieldErrors> for AppError {
    fn from(e: FieldErrors) -> Self {
        AppError::Validation(e)
    }
}

/// Result alias used by every service.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_internal_error_never_displays_its_cause() {
        let e = AppError::internal(std::io::Error::other("password=hunter2 at db"));
        assert_eq!(e.to_string(), "internal error");
    }
}
