//! Session proposals: the form as typed, the rules a submission must meet,
//! and the balance of a panel. Pure functions, so the browser (wasm) and the
//! server run the same checks.

use super::taxonomy::{Themes, un_languages};
use super::{Country, Email, Region, StakeholderType};
use crate::validation::{FieldErrors, is_forbidden_char};
use serde::{Deserialize, Serialize};

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

impl ProposalForm {
    /// Drops blank panel rows and trims. Applied before saving a draft.
    pub fn normalized(mut self) -> ProposalForm {
        self.speakers.retain(|s| !s.is_blank());
        self.speakers.truncate(limits::PANEL_HARD_MAX);
        self.action_lines.dedup_by(|a, b| a.code == b.code);
        self.sdgs.dedup_by(|a, b| a.code == b.code);
        self.languages.sort();
        self.languages.dedup();
        for s in [
            &mut self.title,
            &mut self.format,
            &mut self.participation_mode,
        ] {
            *s = s.trim().to_owned();
        }
        self
    }

    /// Checks what a draft may hold at all: text within its limits and known
    /// codes. Missing information is fine in a draft.
    pub fn check_draft(&self, themes: &Themes) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::default();
        self.check_texts(&mut e, false, themes);
        e.into_result()
    }

    /// Checks everything a submission needs, with the format's panel limits
    /// and the themes the edition offers.
    pub fn check_submission(&self, panel: PanelLimits, themes: &Themes) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::default();
        self.check_texts(&mut e, true, themes);
        if self.format.is_empty() {
            e.push("format", "required");
        }
        if self.action_lines.is_empty() {
            e.push("action_lines", "choose-at-least-one");
        }
        if self.sdgs.is_empty() {
            e.push("sdgs", "choose-at-least-one");
        }
        if self.languages.is_empty() {
            e.push("languages", "choose-at-least-one");
        }
        if ParticipationMode::from_code(&self.participation_mode).is_none() {
            e.push("participation_mode", "required");
        }
        let n = self.speakers.len() as u32;
        if n < panel.min {
            e.push_limit("speakers", "panel-too-small", panel.min);
        } else if n > panel.max {
            e.push_limit("speakers", "panel-too-large", panel.max);
        }
        let moderators = self
            .speakers
            .iter()
            .filter(|s| s.role == "moderator")
            .count();
        if moderators != 1 && n > 0 {
            e.push("speakers", "one-moderator");
        }
        let mut seen = std::collections::HashSet::new();
        for (i, s) in self.speakers.iter().enumerate() {
            let f = |name: &str| format!("speaker-{i}-{name}");
            line(&mut e, &f("name"), &s.name, true, limits::NAME);
            line(
                &mut e,
                &f("organization"),
                &s.organization,
                true,
                limits::NAME,
            );
            match Email::parse(&s.email) {
                Ok(email) => {
                    if !seen.insert(email.as_str().to_owned()) {
                        e.push(&f("email"), "duplicate-speaker");
                    }
                }
                Err(err) => e.push(&f("email"), &err.code),
            }
            if let Err(err) = Country::parse(&s.country) {
                e.push(&f("country"), &err.code);
            }
            if let Err(err) = StakeholderType::parse(&s.stakeholder_type) {
                e.push(&f("stakeholder_type"), &err.code);
            }
            if Gender::from_code(&s.gender).is_none() {
                e.push(
                    &f("gender"),
                    if s.gender.is_empty() {
                        "required"
                    } else {
                        "choose-from-list"
                    },
                );
            }
        }
        e.into_result()
    }

    fn check_texts(&self, e: &mut FieldErrors, required: bool, themes: &Themes) {
        line(e, "title", &self.title, required, limits::TITLE);
        // The length floor applies on submission only, so a draft can start with a word.
        if required && !self.title.trim().is_empty() && self.title.trim().chars().count() < 5 {
            e.push_limit("title", "too-short", 5);
        }
        text(
            e,
            "abstract",
            &self.abstract_text,
            required,
            limits::ABSTRACT,
        );
        text(
            e,
            "description",
            &self.description,
            required,
            limits::DESCRIPTION,
        );
        text(
            e,
            "objectives",
            &self.objectives,
            required,
            limits::OBJECTIVES,
        );
        text(e, "outcomes", &self.outcomes, required, limits::OBJECTIVES);
        line(
            e,
            "preferred_days",
            &self.preferred_days,
            false,
            limits::PREFERRED_DAYS,
        );
        text(
            e,
            "special_requirements",
            &self.special_requirements,
            false,
            limits::REQUIREMENTS,
        );
        for al in &self.action_lines {
            if !themes.has_action_line(&al.code) {
                e.push("action_lines", "choose-from-list");
            } else {
                text(
                    e,
                    &format!("al-rationale-{}", al.code),
                    &al.rationale,
                    required,
                    limits::RATIONALE,
                );
            }
        }
        for sdg in &self.sdgs {
            if !themes.has_sdg(&sdg.code) {
                e.push("sdgs", "choose-from-list");
            } else {
                text(
                    e,
                    &format!("sdg-rationale-{}", sdg.code),
                    &sdg.rationale,
                    required,
                    limits::RATIONALE,
                );
            }
        }
        for l in &self.languages {
            if !un_languages().iter().any(|u| &u.code == l) {
                e.push("languages", "choose-from-list");
            }
        }
        if !self.participation_mode.is_empty()
            && ParticipationMode::from_code(&self.participation_mode).is_none()
        {
            e.push("participation_mode", "choose-from-list");
        }
        if self.speakers.len() > limits::PANEL_HARD_MAX {
            e.push_limit("speakers", "panel-too-large", limits::PANEL_HARD_MAX as u32);
        }
    }

    /// Reads the HTML form's name/value pairs (field names as in the proposal
    /// page: `al` + `al-rationale-<code>`, `sdg` + `sdg-rationale-<n>`,
    /// `language`, `speaker-<i>-<field>`).
    pub fn from_pairs(pairs: &[(String, String)]) -> ProposalForm {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let all = |k: &str| {
            pairs
                .iter()
                .filter(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .collect::<Vec<_>>()
        };
        let themes = |key: &str, prefix: &str| {
            all(key)
                .into_iter()
                .map(|code| ThemeChoice {
                    rationale: get(&format!("{prefix}{code}")),
                    code,
                })
                .collect::<Vec<_>>()
        };
        let mut rows: std::collections::BTreeMap<usize, SpeakerInput> = Default::default();
        for (name, value) in pairs {
            let Some(rest) = name.strip_prefix("speaker-") else {
                continue;
            };
            let Some((idx, field)) = rest.split_once('-') else {
                continue;
            };
            let Ok(idx) = idx.parse::<usize>() else {
                continue;
            };
            if idx >= limits::PANEL_HARD_MAX * 2 {
                continue;
            }
            let row = rows.entry(idx).or_default();
            let v = value.clone();
            match field {
                "role" => row.role = v,
                "name" => row.name = v,
                "title" => row.title = v,
                "organization" => row.organization = v,
                "email" => row.email = v,
                "country" => row.country = v,
                "stakeholder_type" => row.stakeholder_type = v,
                "gender" => row.gender = v,
                "remote" => row.remote = !v.is_empty(),
                _ => {}
            }
        }
        ProposalForm {
            title: get("title"),
            format: get("format"),
            abstract_text: get("abstract"),
            description: get("description"),
            objectives: get("objectives"),
            outcomes: get("outcomes"),
            action_lines: themes("al", "al-rationale-"),
            sdgs: themes("sdg", "sdg-rationale-"),
            languages: all("language"),
            participation_mode: get("participation_mode"),
            preferred_days: get("preferred_days"),
            special_requirements: get("special_requirements"),
            speakers: rows.into_values().collect(),
            answers: pairs
                .iter()
                .filter_map(|(k, v)| {
                    k.strip_prefix("answer-")
                        .and_then(|id| id.parse().ok())
                        .map(|id| (id, v.clone()))
                })
                .take(100)
                .collect(),
        }
    }
}

/// A gentle note about a panel that lacks diversity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BalanceNote {
    /// Every panelist states the same gender.
    SingleGender,
    /// Every panelist is from one ITU region.
    SingleRegion,
    /// Every panelist is of one stakeholder type.
    SingleStakeholder,
}

impl BalanceNote {
    /// Stable code (Fluent key `balance-note-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            BalanceNote::SingleGender => "single-gender",
            BalanceNote::SingleRegion => "single-region",
            BalanceNote::SingleStakeholder => "single-stakeholder",
        }
    }
}

/// The mix of a panel: counts per gender, region and stakeholder type, over
/// the panelists whose answers are valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanelBalance {
    /// Panelists counted.
    pub size: usize,
    /// Count per gender code.
    pub genders: Vec<(String, usize)>,
    /// Count per ITU region letter.
    pub regions: Vec<(String, usize)>,
    /// Count per stakeholder type code.
    pub stakeholders: Vec<(String, usize)>,
    /// Notes for the proposer.
    pub notes: Vec<BalanceNote>,
}

fn tally(items: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut map: std::collections::BTreeMap<String, usize> = Default::default();
    for i in items {
        *map.entry(i).or_default() += 1;
    }
    map.into_iter().collect()
}

/// Computes the balance of `speakers`. Notes appear only from two panelists
/// on, and "undisclosed" genders never count as a single gender.
pub fn panel_balance(speakers: &[SpeakerInput]) -> PanelBalance {
    let genders = tally(
        speakers
            .iter()
            .filter_map(|s| Gender::from_code(&s.gender))
            .map(|g| g.code().to_owned()),
    );
    let regions: Vec<Region> = speakers
        .iter()
        .filter_map(|s| Country::parse(&s.country).ok())
        .map(|c| c.region)
        .collect();
    let regions = tally(regions.iter().map(|r| r.code().to_string()));
    let stakeholders = tally(
        speakers
            .iter()
            .filter_map(|s| StakeholderType::parse(&s.stakeholder_type).ok())
            .map(|s| s.code().to_owned()),
    );
    let size = speakers.iter().filter(|s| !s.is_blank()).count();
    let mut notes = Vec::new();
    let only = |v: &Vec<(String, usize)>| v.len() == 1 && v[0].1 >= 2;
    if only(&genders) && genders[0].0 != Gender::Undisclosed.code() {
        notes.push(BalanceNote::SingleGender);
    }
    if only(&regions) {
        notes.push(BalanceNote::SingleRegion);
    }
    if only(&stakeholders) {
        notes.push(BalanceNote::SingleStakeholder);
    }
    PanelBalance {
        size,
        genders,
        regions,
        stakeholders,
        notes,
    }
}

crate::domain::stored::stored_code!(ProposalStatus, "proposal status");

#[cfg(test)]
mod tests;
