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
    /// The action conflicts with the current state (Fluent key
    /// `error-<code>`).
    #[error("conflict: {0}")]
    Conflict(ConflictCode),
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

/// Why an action conflicts with the current state. Each code has a message
/// `error-<code>` in every language (`i18n` tests check all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConflictCode {
    /// `error-access-code-invalid`
    AccessCodeInvalid,
    /// `error-access-code-used-up`
    AccessCodeUsedUp,
    /// `error-agenda-empty`
    AgendaEmpty,
    /// `error-agenda-stale`
    AgendaStale,
    /// `error-already-erased`
    AlreadyErased,
    /// `error-already-member`
    AlreadyMember,
    /// `error-busy-try-again`
    BusyTryAgain,
    /// `error-call-closed`
    CallClosed,
    /// `error-cannot-deactivate-self`
    CannotDeactivateSelf,
    /// `error-cannot-revoke-own-admin`
    CannotRevokeOwnAdmin,
    /// `error-criterion-scored`
    CriterionScored,
    /// `error-deadline-passed`
    DeadlinePassed,
    /// `error-email-unverified`
    EmailUnverified,
    /// `error-join-already-requested`
    JoinAlreadyRequested,
    /// `error-kind-closed`
    KindClosed,
    /// `error-last-admin`
    LastAdmin,
    /// `error-moderation-no-change`
    ModerationNoChange,
    /// `error-no-organization`
    NoOrganization,
    /// `error-not-confirmable`
    NotConfirmable,
    /// `error-not-decidable`
    NotDecidable,
    /// `error-not-editable`
    NotEditable,
    /// `error-not-in-review`
    NotInReview,
    /// `error-not-mergeable`
    NotMergeable,
    /// `error-not-withdrawable`
    NotWithdrawable,
    /// `error-plan-empty`
    PlanEmpty,
    /// `error-review-decided`
    ReviewDecided,
    /// `error-review-hidden`
    ReviewHidden,
    /// `error-review-locked`
    ReviewLocked,
    /// `error-review-phase-closed`
    ReviewPhaseClosed,
    /// `error-room-in-use`
    RoomInUse,
    /// `error-stale-version`
    StaleVersion,
    /// `error-submission-limit`
    SubmissionLimit,
    /// `error-token-invalid`
    TokenInvalid,
    /// `error-venue-stale`
    VenueStale,
}

impl ConflictCode {
    /// Every conflict, for the message check.
    pub const ALL: [ConflictCode; 34] = [
        ConflictCode::AccessCodeInvalid,
        ConflictCode::AccessCodeUsedUp,
        ConflictCode::AgendaEmpty,
        ConflictCode::AgendaStale,
        ConflictCode::AlreadyErased,
        ConflictCode::AlreadyMember,
        ConflictCode::BusyTryAgain,
        ConflictCode::CallClosed,
        ConflictCode::CannotDeactivateSelf,
        ConflictCode::CannotRevokeOwnAdmin,
        ConflictCode::CriterionScored,
        ConflictCode::DeadlinePassed,
        ConflictCode::EmailUnverified,
        ConflictCode::JoinAlreadyRequested,
        ConflictCode::KindClosed,
        ConflictCode::LastAdmin,
        ConflictCode::ModerationNoChange,
        ConflictCode::NoOrganization,
        ConflictCode::NotConfirmable,
        ConflictCode::NotDecidable,
        ConflictCode::NotEditable,
        ConflictCode::NotInReview,
        ConflictCode::NotMergeable,
        ConflictCode::NotWithdrawable,
        ConflictCode::PlanEmpty,
        ConflictCode::ReviewDecided,
        ConflictCode::ReviewHidden,
        ConflictCode::ReviewLocked,
        ConflictCode::ReviewPhaseClosed,
        ConflictCode::RoomInUse,
        ConflictCode::StaleVersion,
        ConflictCode::SubmissionLimit,
        ConflictCode::TokenInvalid,
        ConflictCode::VenueStale,
    ];

    /// The message code (Fluent key `error-<code>`, API `error` field).
    pub fn code(self) -> &'static str {
        match self {
            ConflictCode::AccessCodeInvalid => "access-code-invalid",
            ConflictCode::AccessCodeUsedUp => "access-code-used-up",
            ConflictCode::AgendaEmpty => "agenda-empty",
            ConflictCode::AgendaStale => "agenda-stale",
            ConflictCode::AlreadyErased => "already-erased",
            ConflictCode::AlreadyMember => "already-member",
            ConflictCode::BusyTryAgain => "busy-try-again",
            ConflictCode::CallClosed => "call-closed",
            ConflictCode::CannotDeactivateSelf => "cannot-deactivate-self",
            ConflictCode::CannotRevokeOwnAdmin => "cannot-revoke-own-admin",
            ConflictCode::CriterionScored => "criterion-scored",
            ConflictCode::DeadlinePassed => "deadline-passed",
            ConflictCode::EmailUnverified => "email-unverified",
            ConflictCode::JoinAlreadyRequested => "join-already-requested",
            ConflictCode::KindClosed => "kind-closed",
            ConflictCode::LastAdmin => "last-admin",
            ConflictCode::ModerationNoChange => "moderation-no-change",
            ConflictCode::NoOrganization => "no-organization",
            ConflictCode::NotConfirmable => "not-confirmable",
            ConflictCode::NotDecidable => "not-decidable",
            ConflictCode::NotEditable => "not-editable",
            ConflictCode::NotInReview => "not-in-review",
            ConflictCode::NotMergeable => "not-mergeable",
            ConflictCode::NotWithdrawable => "not-withdrawable",
            ConflictCode::PlanEmpty => "plan-empty",
            ConflictCode::ReviewDecided => "review-decided",
            ConflictCode::ReviewHidden => "review-hidden",
            ConflictCode::ReviewLocked => "review-locked",
            ConflictCode::ReviewPhaseClosed => "review-phase-closed",
            ConflictCode::RoomInUse => "room-in-use",
            ConflictCode::StaleVersion => "stale-version",
            ConflictCode::SubmissionLimit => "submission-limit",
            ConflictCode::TokenInvalid => "token-invalid",
            ConflictCode::VenueStale => "venue-stale",
        }
    }
}

impl std::fmt::Display for ConflictCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
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
