//! Submissions beyond session proposals: the proposer's list and forms, a
//! submission's page, the organizers' list and consultation settings, and
//! the outcomes report.

mod consultation;
mod edit;
mod mine;
mod notes;
mod organize_list;
mod outcomes;
mod view;

pub use consultation::{ConsultationPage, MeetingPage};
pub use edit::{SubmissionEditPage, SubmissionEditorData};
pub use mine::SubmissionsPage;
pub use notes::ConsultationNotes;
pub use organize_list::{SubmissionListData, SubmissionListPage};
pub use outcomes::{OutcomesEditPage, OutcomesPage};
pub use view::{SubmissionForms, SubmissionViewPage};
