//! Session proposals: the form as typed, the rules a submission must meet,
//! and the balance of a panel. Pure functions, so the browser (wasm) and the
//! server run the same checks.

use super::taxonomy::{Themes, un_languages};
use super::{Country, Email, Region, StakeholderType};
use crate::validation::{FieldErrors, is_forbidden_char};
use serde::{Deserialize, Serialize};

mod balance;
mod checks;
pub use balance::*;

/// Where a proposal is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProposalStatus {
    /// Being written; only its organizers see it.
    Draft,
    /// Sent before the deadline; editable until it.
    Submitted,
    /// Reviewers are assessing it.
    UnderReview,
    /// Selected for the programme.
    Accepted,
    /// Could be selected if a slot frees up.
    Waitlisted,
    /// Not selected.
    Rejected,
    /// Combined with other proposals into one session.
    Merged,
    /// The organizers confirmed they will hold the session.
    Confirmed,
    /// Placed in the agenda.
    Scheduled,
    /// Withdrawn by its organizers.
    Withdrawn,
}

impl ProposalStatus {
    /// Every status, in timeline order.
    pub const ALL: [ProposalStatus; 10] = [
        ProposalStatus::Draft,
        ProposalStatus::Submitted,
        ProposalStatus::UnderReview,
        ProposalStatus::Accepted,
        ProposalStatus::Waitlisted,
        ProposalStatus::Rejected,
        ProposalStatus::Merged,
        ProposalStatus::Confirmed,
        ProposalStatus::Scheduled,
        ProposalStatus::Withdrawn,
    ];

    /// Stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            ProposalStatus::Draft => "draft",
            ProposalStatus::Submitted => "submitted",
            ProposalStatus::UnderReview => "under-review",
            ProposalStatus::Accepted => "accepted",
            ProposalStatus::Waitlisted => "waitlisted",
            ProposalStatus::Rejected => "rejected",
            ProposalStatus::Merged => "merged",
            ProposalStatus::Confirmed => "confirmed",
            ProposalStatus::Scheduled => "scheduled",
            ProposalStatus::Withdrawn => "withdrawn",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<ProposalStatus> {
        ProposalStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Proposers may change the content in these states (before the deadline).
    pub fn is_editable(self) -> bool {
        matches!(self, ProposalStatus::Draft | ProposalStatus::Submitted)
    }
}

/// How people take part in the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParticipationMode {
    /// Everyone in the room.
    InPerson,
    /// In the room and online.
    Hybrid,
    /// Online only.
    Remote,
}

impl ParticipationMode {
    /// All modes.
    pub const ALL: [ParticipationMode; 3] = [
        ParticipationMode::InPerson,
        ParticipationMode::Hybrid,
        ParticipationMode::Remote,
    ];

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            ParticipationMode::InPerson => "in-person",
            ParticipationMode::Hybrid => "hybrid",
            ParticipationMode::Remote => "remote",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<ParticipationMode> {
        ParticipationMode::ALL
            .into_iter()
            .find(|m| m.code() == code)
    }
}

/// Gender of a panelist, as they choose to state it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    /// Woman.
    Woman,
    /// Man.
    Man,
    /// Non-binary or another identity.
    NonBinary,
    /// Prefers not to say.
    Undisclosed,
}

impl Gender {
    /// All options, in form order.
    pub const ALL: [Gender; 4] = [
        Gender::Woman,
        Gender::Man,
        Gender::NonBinary,
        Gender::Undisclosed,
    ];

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Gender::Woman => "woman",
            Gender::Man => "man",
            Gender::NonBinary => "non-binary",
            Gender::Undisclosed => "undisclosed",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<Gender> {
        Gender::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// A panelist's part in the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PanelRole {
    /// Chairs the session.
    Moderator,
    /// Speaks.
    Speaker,
}

impl PanelRole {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            PanelRole::Moderator => "moderator",
            PanelRole::Speaker => "speaker",
        }
    }

    /// Parses a code (anything else is a speaker).
    pub fn from_code(code: &str) -> PanelRole {
        if code == "moderator" {
            PanelRole::Moderator
        } else {
            PanelRole::Speaker
        }
    }
}

/// One panelist as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpeakerInput {
    /// `moderator` or `speaker`.
    pub role: String,
    /// Full name.
    pub name: String,
    /// Job title (optional).
    pub title: String,
    /// Organization.
    pub organization: String,
    /// E-mail (for the confirmation link).
    pub email: String,
    /// ISO country code.
    pub country: String,
    /// Stakeholder type code.
    pub stakeholder_type: String,
    /// Gender code.
    pub gender: String,
    /// Takes part remotely.
    pub remote: bool,
}

impl SpeakerInput {
    /// True when nothing was typed into the row (the remote box aside):
    /// such rows are dropped on save.
    pub fn is_blank(&self) -> bool {
        [
            &self.name,
            &self.title,
            &self.organization,
            &self.email,
            &self.country,
            &self.stakeholder_type,
            &self.gender,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

/// An Action Line or SDG chosen for a proposal, with why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeChoice {
    /// Action Line code or SDG number.
    pub code: String,
    /// How the session serves it.
    pub rationale: String,
}

/// A proposal exactly as typed; drafts store this as it is. Missing fields
/// read as empty (a draft through the API may leave them out).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    /// Title.
    pub title: String,
    /// Session format code.
    pub format: String,
    /// Short abstract.
    pub abstract_text: String,
    /// Description (Markdown).
    pub description: String,
    /// Objectives.
    pub objectives: String,
    /// Expected outcomes.
    pub outcomes: String,
    /// Action Lines with rationale.
    pub action_lines: Vec<ThemeChoice>,
    /// SDGs with rationale.
    pub sdgs: Vec<ThemeChoice>,
    /// Session languages (ISO codes).
    pub languages: Vec<String>,
    /// The language the title and texts are written in: one of the six UN
    /// languages or another ISO 639 code.
    pub text_language: String,
    /// Participation mode code.
    pub participation_mode: String,
    /// Preferred days (free text).
    pub preferred_days: String,
    /// Special requirements (free text).
    pub special_requirements: String,
    /// The panel.
    pub speakers: Vec<SpeakerInput>,
    /// Answers to the format's extra questions: question id and value.
    pub answers: Vec<(i64, String)>,
}

/// Limits a submission is checked against; the format decides the panel size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanelLimits {
    /// Fewest panelists (moderator included).
    pub min: u32,
    /// Most panelists (moderator included).
    pub max: u32,
}

/// Text limits, in characters.
pub mod limits {
    /// Title.
    pub const TITLE: u32 = 120;
    /// Abstract.
    pub const ABSTRACT: u32 = 1_500;
    /// Description.
    pub const DESCRIPTION: u32 = 10_000;
    /// Objectives and outcomes, each.
    pub const OBJECTIVES: u32 = 2_000;
    /// One rationale.
    pub const RATIONALE: u32 = 500;
    /// Preferred days.
    pub const PREFERRED_DAYS: u32 = 300;
    /// Special requirements.
    pub const REQUIREMENTS: u32 = 1_000;
    /// Names, titles, organizations.
    pub const NAME: u32 = 200;
    /// Most panelists any format allows; bounds the form.
    pub const PANEL_HARD_MAX: usize = 30;
}

fn text(e: &mut FieldErrors, field: &str, v: &str, required: bool, max: u32) {
    let t = v.trim();
    if t.is_empty() {
        if required {
            e.push(field, "required");
        }
        return;
    }
    if t.chars().count() as u32 > max {
        e.push_limit(field, "too-long", max);
    }
}

fn line(e: &mut FieldErrors, field: &str, v: &str, required: bool, max: u32) {
    text(e, field, v, required, max);
    if v.chars().any(is_forbidden_char) {
        e.push(field, "bad-characters");
    }
}

#[cfg(test)]
mod tests;
