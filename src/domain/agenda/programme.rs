//! A released programme: the self-contained snapshot stored with each
//! release. Public pages and every export read this one value, so they all
//! describe the same sessions, and an earlier release stays readable exactly
//! as it was published.

use super::Span;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

/// The released agenda of one edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    /// Release number, from 1.
    pub release: u32,
    /// When it was released.
    #[serde(with = "time::serde::rfc3339")]
    pub released_at: OffsetDateTime,
    /// The edition.
    pub edition: ProgrammeEdition,
    /// The forum's days.
    pub days: Vec<Date>,
    /// First minute of a day (Geneva time).
    pub day_start: u16,
    /// First minute after a day.
    pub day_end: u16,
    /// Grid step in minutes.
    pub step: u16,
    /// Rooms in display order.
    pub rooms: Vec<ProgrammeRoom>,
    /// Breaks and plenaries.
    pub blocks: Vec<ProgrammeBlock>,
    /// Scheduled sessions, ordered by day, start and room.
    pub sessions: Vec<ProgrammeSession>,
}

impl Programme {
    /// Where `now` falls in the programme's own clock: the day and the
    /// minute of that day, when the day is one of the programme's days
    /// (for "now" and "next" while the Forum runs).
    pub fn moment(&self, now: OffsetDateTime) -> Option<(Date, u16)> {
        let (day, minute) = self.local_time(now);
        self.days.contains(&day).then_some((day, minute))
    }

    /// `now` on the programme's own clock: the date and the minute of that
    /// day.
    pub fn local_time(&self, now: OffsetDateTime) -> (Date, u16) {
        let offset = if self.edition.time_zone == "Europe/Zurich" {
            crate::domain::geneva::offset_at(now)
        } else {
            time::UtcOffset::UTC
        };
        let local = now.to_offset(offset);
        (
            local.date(),
            local.hour() as u16 * 60 + local.minute() as u16,
        )
    }

    /// The room with `id`.
    pub fn room(&self, id: i64) -> Option<&ProgrammeRoom> {
        self.rooms.iter().find(|r| r.id == id)
    }

    /// The session with public code `code`.
    pub fn session(&self, code: &str) -> Option<&ProgrammeSession> {
        self.sessions.iter().find(|s| s.code == code)
    }

    /// Sessions `person` (a [`ProgrammePerson::id`]) appears in.
    pub fn sessions_of(&self, person: &str) -> Vec<&ProgrammeSession> {
        self.sessions
            .iter()
            .filter(|s| s.persons.iter().any(|p| p.id == person))
            .collect()
    }
}

/// The edition, as exports need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeEdition {
    /// Short code, e.g. `WF27`.
    pub code: String,
    /// Title.
    pub title: String,
    /// Venue.
    pub venue: String,
    /// IANA time zone of the times (always `Europe/Zurich` today).
    pub time_zone: String,
    /// Public base URL of the portal (no trailing slash), for links in exports.
    pub base_url: String,
}

/// A room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeRoom {
    /// Database id.
    pub id: i64,
    /// Stable UUID.
    pub guid: String,
    /// Name.
    pub name: String,
    /// Building.
    pub building: String,
    /// Seats.
    pub capacity: u32,
    /// Hybrid equipment.
    pub hybrid: bool,
    /// Interpretation languages (UN language codes).
    pub interpretation: Vec<String>,
    /// Link for remote participation (may be empty).
    pub remote_url: String,
}

/// Break or plenary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// No sessions in the rooms it covers.
    Break,
    /// A session that spans the rooms it covers.
    Plenary,
}

impl BlockKind {
    /// Stored code.
    pub fn code(self) -> &'static str {
        match self {
            BlockKind::Break => "break",
            BlockKind::Plenary => "plenary",
        }
    }

    /// Reads a stored code.
    pub fn parse(code: &str) -> Option<BlockKind> {
        match code {
            "break" => Some(BlockKind::Break),
            "plenary" => Some(BlockKind::Plenary),
            _ => None,
        }
    }
}

/// A break or plenary in a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeBlock {
    /// Database id.
    pub id: i64,
    /// Stable UUID.
    pub guid: String,
    /// Kind.
    pub kind: BlockKind,
    /// Title.
    pub title: String,
    /// When.
    pub span: Span,
    /// Rooms covered; empty means all.
    pub rooms: Vec<i64>,
}

/// An Action Line or SDG of a session, with the proposers' rationale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeRef {
    /// `C7-EHEALTH` or the SDG number as text.
    pub code: String,
    /// English title.
    pub title: String,
    /// Why the session addresses it.
    pub rationale: String,
}

/// An organizing organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeOrganization {
    /// Name.
    pub name: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
    /// ISO country code.
    pub country: String,
}

/// A moderator or speaker. Public data only: no e-mail address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammePerson {
    /// Stable public id (derived from the identity, never the address itself).
    pub id: String,
    /// Stable UUID.
    pub guid: String,
    /// `moderator` or `speaker`.
    pub role: String,
    /// Name.
    pub name: String,
    /// Job title.
    pub title: String,
    /// Organization.
    pub organization: String,
    /// ISO country code.
    pub country: String,
    /// Takes part remotely.
    pub remote: bool,
    /// Honorific ("Dr.", "H.E."), when the speaker made it public.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub honorific: String,
    /// Pronouns, when public.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pronouns: String,
    /// Biography (Markdown source, rendered sanitized), when public.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bio: String,
    /// Web addresses, when public.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// Hash of the photo (`/speaker-photos/{hash}.jpg`), when public.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub photo: String,
}

impl ProgrammePerson {
    /// Path of the 400 px photo, if public.
    pub fn photo_path(&self) -> Option<String> {
        (!self.photo.is_empty()).then(|| format!("/speaker-photos/{}.jpg", self.photo))
    }

    /// Path of the 96 px thumbnail, if public.
    pub fn thumb_path(&self) -> Option<String> {
        (!self.photo.is_empty()).then(|| format!("/speaker-photos/{}-96.jpg", self.photo))
    }
}

/// A scheduled session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeSession {
    /// Proposal id (numeric id in exports).
    pub id: i64,
    /// Public code, e.g. `WF27-0012`.
    pub code: String,
    /// Stable UUID (iCalendar UID and schedule guid).
    pub guid: String,
    /// Revision: 0 when first released, +1 in every later release that
    /// changes its time, room or title (iCalendar SEQUENCE).
    pub sequence: u32,
    /// Title.
    pub title: String,
    /// Format code.
    pub format: String,
    /// Format name (English).
    pub format_name: String,
    /// Abstract (plain text).
    pub abstract_text: String,
    /// Description (Markdown source; rendered sanitized on pages).
    pub description: String,
    /// Room id.
    pub room: i64,
    /// When.
    pub span: Span,
    /// Lead organization first, then co-organizers.
    pub organizations: Vec<ProgrammeOrganization>,
    /// Moderator(s) then speakers.
    pub persons: Vec<ProgrammePerson>,
    /// Action Lines, main first.
    pub action_lines: Vec<ThemeRef>,
    /// SDGs.
    pub sdgs: Vec<ThemeRef>,
    /// Languages (UN codes).
    pub languages: Vec<String>,
    /// `in-person`, `hybrid` or `remote`.
    pub participation_mode: String,
    /// The language the title and texts are written in (ISO 639); empty in
    /// releases made before it was recorded.
    #[serde(default)]
    pub text_language: String,
}

crate::domain::stored::stored_code!(BlockKind, "agenda block kind", parse);
