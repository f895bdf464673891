//! Agenda pages: for organizers the builder, venue, session list, automatic
//! scheduling and releases; for everyone the released programme, sessions,
//! speakers and the WSIS–SDG matrix.

mod builder;
mod embed;
mod now;
mod offline;
mod print;
mod public;
mod release;
mod releases;
mod schedule;
mod session;
mod sessions;
mod speakers;
mod stars;
mod timeline;
mod venue;

pub use builder::{AgendaBuilderPage, BuilderView, UnscheduledFilter};
pub use embed::EmbedAgenda;
pub use now::{NowPage, NowView};
pub use offline::release_marks;
pub use print::{PrintPage, RoomSignPage};
pub use public::{ProgrammeFilter, ProgrammePage, ProgrammeView};
pub use release::{ReleaseDraft, ReleasePage};
pub use releases::{MatrixPage, ReleasesPage};
pub use schedule::SchedulePreviewPage;
pub use session::{SessionPage, SpeakerPage};
pub use sessions::AgendaSessionsPage;
pub use speakers::{SPEAKERS_PER_PAGE, SpeakersPage, SpeakersView};
pub use stars::{MinePage, MineView, Starred, star_form};
pub use venue::{VenueForms, VenuePage};

use crate::render::t_args;
use portal::domain::agenda::conflicts::Conflict;
use portal::services::AgendaData;

/// A conflict in words, naming sessions by code and rooms by name.
pub fn conflict_text(c: &Conflict, data: &AgendaData) -> String {
    let code = |id: &i64| {
        data.session(*id)
            .map(|s| s.code.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let codes = |ids: &[i64]| ids.iter().map(code).collect::<Vec<_>>().join(", ");
    let room = |id: &i64| {
        data.rooms
            .iter()
            .find(|r| r.id == *id)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let key = format!("conflict-{}", c.code());
    match c {
        Conflict::RoomOverlap { room: r, sessions } => {
            t_args(&key, &[("room", room(r)), ("sessions", codes(sessions))])
        }
        Conflict::Overrun { session, room: r } => {
            t_args(&key, &[("session", code(session)), ("room", room(r))])
        }
        Conflict::PersonOverlap { person, sessions } => t_args(
            &key,
            &[("person", person.clone()), ("sessions", codes(sessions))],
        ),
        Conflict::Travel {
            person,
            sessions,
            gap,
        } => t_args(
            &key,
            &[
                ("person", person.clone()),
                ("sessions", codes(sessions)),
                ("gap", gap.to_string()),
            ],
        ),
        Conflict::Unavailable { person, session } => t_args(
            &key,
            &[("person", person.clone()), ("session", code(session))],
        ),
        Conflict::Capacity {
            session,
            room: r,
            audience,
            capacity,
        } => t_args(
            &key,
            &[
                ("session", code(session)),
                ("room", room(r)),
                ("audience", audience.to_string()),
                ("capacity", capacity.to_string()),
            ],
        ),
        Conflict::NoHybrid { session, room: r } => {
            t_args(&key, &[("session", code(session)), ("room", room(r))])
        }
        Conflict::Parallel { sessions, count } => t_args(
            &key,
            &[("sessions", codes(sessions)), ("count", count.to_string())],
        ),
        Conflict::SameLine { line, sessions } => t_args(
            &key,
            &[("line", line.clone()), ("sessions", codes(sessions))],
        ),
    }
}
