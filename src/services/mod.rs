//! Services: the business operations. Each public function checks who may do
//! it, validates, writes (in one transaction with its audit entry and any
//! e-mail), and returns a typed result. HTTP handlers and CLI commands call
//! exactly one of these.

mod access_codes;
mod accounts;
mod agenda;
mod api_tokens;
mod audit;
mod coorganizers;
mod editions;
mod erasure;
mod my_data;
mod organizations;
mod outbox;
mod people;
mod proposals;
mod review;
mod sessions;
pub(crate) mod speaker_profiles;
mod speakers;
mod stars;
mod submissions;
mod taxonomy;
mod throttle;

pub use access_codes::{AccessCode, AccessCodeForm, normalize_code};
pub use accounts::{AccountSummary, LoginOutcome};
pub use agenda::{
    AgendaData, BlockForm, BlockRow, ChangeEntry, Changelog, GridForm, GridSettings, PlaceRequest,
    PlannedMove, ReleaseHead, ReleaseSummary, RoomForm, RoomRow, SchedulePreview, SessionInfo,
    UnavailableForm, UnavailableRow, changelog,
};
pub use api_tokens::{ApiCaller, ApiScope, ApiToken, ApiTokenForm, TOKEN_PREFIX};
pub use audit::{Audit, AuditEvent};
pub use coorganizers::{Coorganizer, CoorganizerForm, CoorganizerInvitation};
pub use editions::{
    Edition, EditionForm, Format, FormatForm, NewEdition, QuestionForm, local_input,
};
pub use erasure::{ERASED_NAME, erased_address};
pub use organizations::{JoinRequest, OrganizationForm, OrganizationHit, OrganizationProfile};
pub use outbox::{EmailPreview, MAX_ATTEMPTS, OutboxEmail, OutboxStatus};
pub use people::{
    INVITE_ROLES, InviteForm, InviteOutcome, MANAGED_ROLES, PEOPLE_PAGE, PeopleFilter, PersonRow,
};
pub use proposals::{ProposalSummary, ProposalView, SaveIntent};
pub use review::{
    AssignOutcome, BalanceReport, BlindPanelist, Criterion, CriterionForm, DecisionTemplate,
    Dimension, DiscussionEntry, LineReport, ModerationAction, ModerationEntry, ModerationForm,
    ModerationRow, OrganizerFilter, OrganizerRow, OrganizerSort, PhaseForm, QueueItem, ReviewForm,
    ReviewPage, ReviewPhase, ReviewSettings, ReviewSettingsForm, ReviewSetup, ReviewTeam,
    ReviewView, ReviewedProposal, ReviewerLoad, StaffMember, TeamForm, TemplatePreview, csv_field,
};
pub use sessions::CurrentUser;
pub use speaker_profiles::{DeclaredTime, PhotoChange, ProfileEditor, ProfilePage};
pub use speakers::SpeakerInvitation;
pub use stars::MAX_STARS;
pub use submissions::kinds::{KindSettings, KindSettingsForm};
pub use submissions::meetings::{Meeting, MeetingForm, OnBehalf};
pub use submissions::organize::{ProgrammeNote, SubmissionFilter, SubmissionSummary, UseForm};
pub use submissions::outcomes::{
    OutcomesForm, OutcomesReport, outcomes_counts_csv, outcomes_list_csv,
};
pub use submissions::{
    MySubmission, STATUS_DRAFT, STATUS_SUBMITTED, STATUS_WITHDRAWN, SubmissionUse, SubmissionView,
};
pub use taxonomy::{NewThemeForm, ThemeForm};

use crate::auth::PasswordHasher;
use crate::clock::SharedClock;
use crate::db::Db;
use crate::domain::Locale;
use time::Duration;

/// Tunables of the account rules.
#[derive(Debug, Clone)]
pub struct ServiceSettings {
    /// Public base URL for links in e-mails, without a trailing slash.
    pub base_url: String,
    /// How long a session lasts without being used.
    pub session_idle: Duration,
    /// Failed logins allowed per account within the window.
    pub login_failures_per_account: i64,
    /// Failed logins allowed per client address within the window.
    pub login_failures_per_addr: i64,
    /// The throttling window.
    pub throttle_window: Duration,
    /// Lifetime of an e-mail verification link.
    pub verify_ttl: Duration,
    /// Lifetime of a password reset link.
    pub reset_ttl: Duration,
}

impl Default for ServiceSettings {
    fn default() -> Self {
        Self {
            base_url: "http://127.0.0.1:3000".into(),
            session_idle: Duration::days(7),
            login_failures_per_account: 5,
            login_failures_per_addr: 30,
            throttle_window: Duration::minutes(15),
            verify_ttl: Duration::hours(48),
            reset_ttl: Duration::hours(1),
        }
    }
}

/// Everything a service needs: the database, the clock, the password hasher
/// and the settings. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Portal {
    /// Database pool.
    pub db: Db,
    /// Time source.
    pub clock: SharedClock,
    /// Password hasher (bounded concurrency).
    pub hasher: PasswordHasher,
    /// Account rules.
    pub settings: ServiceSettings,
    /// Turns for the busiest writes on SQLite (see [`Portal::write_turn`]).
    write_gate: std::sync::Arc<tokio::sync::Mutex<()>>,
}

/// Facts about the request that services record (audit, throttling) or use
/// (the language of e-mails).
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    /// Client address as seen by the server (or forwarded by a trusted proxy).
    pub client_addr: String,
    /// The browser's User-Agent, truncated.
    pub user_agent: String,
    /// The language the user is reading in.
    pub locale: Locale,
}

impl Portal {
    /// Builds the service context.
    pub fn new(
        db: Db,
        clock: SharedClock,
        hasher: PasswordHasher,
        settings: ServiceSettings,
    ) -> Self {
        Self {
            db,
            clock,
            hasher,
            settings,
            write_gate: std::sync::Arc::default(),
        }
    }

    /// On SQLite, a turn for a write transaction: writers of this process
    /// queue here, in order, instead of in SQLite's busy handler, which
    /// sleeps for up to 100 ms between tries and so leaves the database idle
    /// while writers wait (submissions near a deadline). `None` on
    /// PostgreSQL, which locks rows, not the database.
    pub(crate) async fn write_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.db {
            Db::Sqlite(_) => Some(self.write_gate.lock().await),
            Db::Postgres(_) => None,
        }
    }

    fn link(&self, path_and_query: &str) -> String {
        format!(
            "{}{}",
            self.settings.base_url.trim_end_matches('/'),
            path_and_query
        )
    }
}
