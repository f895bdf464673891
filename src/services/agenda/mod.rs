//! The agenda: venue setup, the builder, the automatic scheduler, releases
//! and the public programme. Every action checks the actor in the service:
//! only organizers and admins change the agenda; the released programme is
//! public.
//!
//! Rules in plain words:
//! - Sessions are the accepted proposals (accepted, confirmed or scheduled;
//!   merged proposals live on in the session they were merged into).
//! - A session lasts as long as its format says.
//! - Every move carries the version the organizer saw; if the session moved
//!   meanwhile, nothing is written and the organizer sees the current state.
//! - Conflicts never block a manual move (organizers may know better); they
//!   are shown on the grid and must be confirmed when releasing.
//! - The public sees the latest release only; each release keeps a
//!   self-contained snapshot, so earlier ones stay readable as published.

mod board;
mod builder;
mod release;
mod venue;

pub(crate) use board::forum_days;
pub use board::{AgendaData, BlockRow, GridSettings, RoomRow, SessionInfo, UnavailableRow};
pub use builder::{PlaceRequest, PlannedMove, SchedulePreview};
pub(crate) use release::person_id;
pub use release::{ChangeEntry, Changelog, ReleaseHead, ReleaseSummary, changelog};
pub use venue::{BlockForm, GridForm, RoomForm, UnavailableForm};
pub(crate) use venue::{forum_day, span_fields};

/// Statuses of proposals that are sessions of the programme.
const SESSION_STATUSES: &str = "('accepted', 'confirmed', 'scheduled')";
