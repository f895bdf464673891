//! One module per page. Each page is a component taking exactly the data it
//! shows; the server loads that data, checks permissions, and renders.

mod account;
pub mod agenda;
mod api_tokens;
mod audit;
mod balance;
mod errors;
mod home;
mod login;
mod moderation;
mod organization;
mod outbox;
mod password;
mod people;
pub mod proposal_edit;
mod proposal_questions;
pub mod proposal_view;
mod proposals_list;
mod register;
pub mod review;
mod review_setup;
mod selection;
mod settings;
mod speaker_confirm;
mod speaker_profile;
mod submissions;
mod taxonomy;
mod verify;

pub use account::AccountPage;
pub use agenda::{
    AgendaBuilderPage, AgendaSessionsPage, BuilderView, EmbedAgenda, MatrixPage, MinePage,
    MineView, NowPage, NowView, PrintPage, ProgrammeFilter, ProgrammePage, ProgrammeView,
    ReleaseDraft, ReleasePage, ReleasesPage, RoomSignPage, SPEAKERS_PER_PAGE, SchedulePreviewPage,
    SessionPage, SpeakerPage, SpeakersPage, SpeakersView, Starred, UnscheduledFilter, VenueForms,
    VenuePage,
};
pub use api_tokens::ApiTokensPage;
pub use audit::AuditPage;
pub use balance::{LineIndexPage, LineReportPage, OrganizePage};
pub use errors::ErrorPage;
pub use home::HomePage;
pub use login::LoginPage;
pub use moderation::ModerationPage;
pub use organization::{JoinOrganizationPage, OrganizationPage};
pub use outbox::{EmailTemplatesPage, OutboxPage};
pub use password::{ForgotPasswordPage, ResetPasswordPage};
pub use people::PeoplePage;
pub use proposal_edit::{EditorData, ProposalEditPage};
pub use proposal_view::{BalanceBox, CoorganizePage, ProposalViewPage, WithdrawPage};
pub use proposals_list::ProposalsPage;
pub use register::{RegisterDonePage, RegisterPage};
pub use review::{ReviewProposalPage, ReviewQueuePage};
pub use review_setup::{ReviewSetupPage, SetupForms};
pub use selection::{DecisionsPage, FilterChoices, MergePage, OrganizerProposalsPage};
pub use settings::SettingsPage;
pub use speaker_confirm::SpeakerConfirmPage;
pub use speaker_profile::{NoSpeakerProfilePage, ProfileTarget, SpeakerProfilePage};
pub use submissions::{
    ConsultationNotes, ConsultationPage, MeetingPage, OutcomesEditPage, OutcomesPage,
    SubmissionEditPage, SubmissionEditorData, SubmissionForms, SubmissionListData,
    SubmissionListPage, SubmissionViewPage, SubmissionsPage,
};
pub use taxonomy::{TaxonomyPage, theme_key};
pub use verify::{VerifyEmailPage, VerifyState};
