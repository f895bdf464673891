//! Official submissions other than session proposals: views on the forum's
//! themes and on its format, speaker recommendations, High-Level Track
//! facilitator nominations and exhibition space requests. Each kind has its
//! own form; one checker per stage (draft, submission) applies the kind's
//! rules, on the server and in tests alike.

use crate::domain::proposal::Gender;
use crate::domain::taxonomy::Themes;
use crate::domain::{Email, StakeholderType, country};
use crate::validation::{FieldErrors, single_line, text_block};
use serde::{Deserialize, Serialize};

/// What a submission is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubmissionKind {
    /// Views on thematic aspects of the forum (with the Action Lines and
    /// SDGs they concern).
    ThematicView,
    /// Views on innovations in the forum's format.
    FormatView,
    /// A person recommended as a speaker.
    SpeakerRecommendation,
    /// A person nominated to facilitate a High-Level Track session.
    HltNomination,
    /// A request for exhibition space.
    ExhibitionRequest,
}

/// Sizes of exhibition space on offer, in square metres.
pub const SPACE_SIZES: [&str; 3] = ["6", "9", "18"];

/// Length limits of the single-line fields, in characters.
pub const TITLE_MAX: u32 = 150;
/// Names and organizations.
pub const NAME_MAX: u32 = 200;
/// The shortest text body that says something.
pub const BODY_MIN: u32 = 20;

impl SubmissionKind {
    /// Every kind, in the order forms and reports list them.
    pub const ALL: [SubmissionKind; 5] = [
        SubmissionKind::ThematicView,
        SubmissionKind::FormatView,
        SubmissionKind::SpeakerRecommendation,
        SubmissionKind::HltNomination,
        SubmissionKind::ExhibitionRequest,
    ];

    /// Stable code, used in URLs and the database.
    pub fn code(self) -> &'static str {
        match self {
            SubmissionKind::ThematicView => "thematic-view",
            SubmissionKind::FormatView => "format-view",
            SubmissionKind::SpeakerRecommendation => "speaker-recommendation",
            SubmissionKind::HltNomination => "hlt-nomination",
            SubmissionKind::ExhibitionRequest => "exhibition-request",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<SubmissionKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The letters in a submission's reference, e.g. `WF27-SR-0004`.
    pub fn prefix(self) -> &'static str {
        match self {
            SubmissionKind::ThematicView => "TV",
            SubmissionKind::FormatView => "FV",
            SubmissionKind::SpeakerRecommendation => "SR",
            SubmissionKind::HltNomination => "HN",
            SubmissionKind::ExhibitionRequest => "EX",
        }
    }

    /// True for the kinds that name a person (recommendation, nomination).
    pub fn names_a_person(self) -> bool {
        matches!(
            self,
            SubmissionKind::SpeakerRecommendation | SubmissionKind::HltNomination
        )
    }

    /// True for the kinds whose form asks for Action Lines and SDGs.
    pub fn has_themes(self) -> bool {
        !matches!(
            self,
            SubmissionKind::FormatView | SubmissionKind::ExhibitionRequest
        )
    }

    /// True when at least one Action Line must be chosen (a thematic view
    /// concerns lines; a nominee facilitates a line's track).
    pub fn needs_action_line(self) -> bool {
        matches!(
            self,
            SubmissionKind::ThematicView | SubmissionKind::HltNomination
        )
    }

    /// The limits a new edition starts with.
    pub fn default_limits(self) -> KindLimits {
        let (max_per_organization, max_chars) = match self {
            SubmissionKind::ThematicView => (5, 5_000),
            SubmissionKind::FormatView => (3, 5_000),
            SubmissionKind::SpeakerRecommendation => (10, 2_000),
            SubmissionKind::HltNomination => (3, 2_000),
            SubmissionKind::ExhibitionRequest => (1, 2_000),
        };
        KindLimits {
            max_per_organization,
            max_chars,
        }
    }
}

/// An edition's limits for one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindLimits {
    /// Most submitted (not withdrawn) submissions of this kind per organization.
    pub max_per_organization: u32,
    /// Most characters in the main text.
    pub max_chars: u32,
}

/// Most Action Lines and SDGs one submission may name.
pub const MAX_THEMES: usize = 5;

/// What a submission form holds; every field is optional until submission.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmissionForm {
    /// The subject (views), the topic (recommendation), the track
    /// (nomination) or the exhibit's name (exhibition).
    pub title: String,
    /// The views, the reason, or what will be exhibited and what it needs.
    pub body: String,
    /// Action Line codes.
    pub action_lines: Vec<String>,
    /// SDG numbers.
    pub sdgs: Vec<String>,
    /// The person recommended or nominated.
    pub person_name: String,
    /// Their organization.
    pub person_organization: String,
    /// Their country (ISO 3166-1 alpha-2).
    pub person_country: String,
    /// Their stakeholder type code.
    pub person_stakeholder: String,
    /// Their gender code.
    pub person_gender: String,
    /// Their e-mail, when known (optional).
    pub person_email: String,
    /// Exhibition space in square metres (one of [`SPACE_SIZES`]).
    pub space_size: String,
    /// The author agrees that the submission is listed in the public
    /// outcomes report.
    pub consent: bool,
}

impl SubmissionForm {
    /// Reads a posted form; `action_line` and `sdg` repeat, `consent` is a
    /// checkbox. Unknown fields are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> SubmissionForm {
        let mut f = SubmissionForm::default();
        for (k, v) in pairs {
            let v = v.clone();
            match k.as_str() {
                "title" => f.title = v,
                "body" => f.body = v,
                "action_line" => f.action_lines.push(v),
                "sdg" => f.sdgs.push(v),
                "person_name" => f.person_name = v,
                "person_organization" => f.person_organization = v,
                "person_country" => f.person_country = v,
                "person_stakeholder" => f.person_stakeholder = v,
                "person_gender" => f.person_gender = v,
                "person_email" => f.person_email = v,
                "space_size" => f.space_size = v,
                "consent" => f.consent = !v.is_empty(),
                _ => {}
            }
        }
        f
    }

    /// The form as name/value pairs, the way a browser would post it (for
    /// showing it again after a failed post).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = [
            ("title", &self.title),
            ("body", &self.body),
            ("person_name", &self.person_name),
            ("person_organization", &self.person_organization),
            ("person_country", &self.person_country),
            ("person_stakeholder", &self.person_stakeholder),
            ("person_gender", &self.person_gender),
            ("person_email", &self.person_email),
            ("space_size", &self.space_size),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
        out.extend(
            self.action_lines
                .iter()
                .map(|c| ("action_line".to_owned(), c.clone())),
        );
        out.extend(self.sdgs.iter().map(|c| ("sdg".to_owned(), c.clone())));
        if self.consent {
            out.push(("consent".to_owned(), "yes".to_owned()));
        }
        out
    }

    /// Trims every field, upper-cases codes and drops repeated or empty
    /// theme choices; fields the kind does not ask for are cleared.
    pub fn normalized(mut self, kind: SubmissionKind) -> SubmissionForm {
        fn clean(list: &mut Vec<String>, upper: bool) {
            let mut seen = Vec::new();
            for c in list.drain(..) {
                let c = if upper {
                    c.trim().to_uppercase()
                } else {
                    c.trim().to_owned()
                };
                if !c.is_empty() && !seen.contains(&c) {
                    seen.push(c);
                }
            }
            *list = seen;
        }
        for s in [
            &mut self.title,
            &mut self.person_name,
            &mut self.person_organization,
            &mut self.person_stakeholder,
            &mut self.person_gender,
            &mut self.person_email,
            &mut self.space_size,
        ] {
            *s = s.trim().to_owned();
        }
        self.body = self.body.trim().replace("\r\n", "\n");
        self.person_country = self.person_country.trim().to_uppercase();
        clean(&mut self.action_lines, true);
        clean(&mut self.sdgs, false);
        if !kind.has_themes() {
            self.action_lines.clear();
            self.sdgs.clear();
        }
        if !kind.names_a_person() {
            self.person_name.clear();
            self.person_organization.clear();
            self.person_country.clear();
            self.person_stakeholder.clear();
            self.person_gender.clear();
            self.person_email.clear();
        }
        if kind != SubmissionKind::ExhibitionRequest {
            self.space_size.clear();
        }
        self
    }

    /// Checks a draft: whatever is filled in must be well formed, nothing is
    /// required yet.
    pub fn check_draft(
        &self,
        kind: SubmissionKind,
        limits: KindLimits,
        themes: &Themes,
    ) -> Result<(), FieldErrors> {
        self.check(kind, limits, themes, false)
    }

    /// Checks a submission: everything the kind asks for is present and
    /// well formed.
    pub fn check_submission(
        &self,
        kind: SubmissionKind,
        limits: KindLimits,
        themes: &Themes,
    ) -> Result<(), FieldErrors> {
        self.check(kind, limits, themes, true)
    }

    fn check(
        &self,
        kind: SubmissionKind,
        limits: KindLimits,
        themes: &Themes,
        complete: bool,
    ) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::default();
        // A single line that may stay empty in a draft.
        let line = |e: &mut FieldErrors, field: &str, v: &str, min: u32, max: u32| {
            if complete || !v.is_empty() {
                e.check(field, single_line(v, min, max));
            }
        };
        line(&mut e, "title", &self.title, 5, TITLE_MAX);
        match text_block(&self.body, limits.max_chars, complete) {
            Ok(b) if complete && (b.chars().count() as u32) < BODY_MIN => {
                e.push_limit("body", "too-short", BODY_MIN)
            }
            Ok(_) => {}
            Err(err) => {
                e.check::<()>("body", Err(err));
            }
        }
        if kind.has_themes() {
            if self.action_lines.iter().any(|c| !themes.has_action_line(c)) {
                e.push("action_lines", "choose-from-list");
            } else if self.action_lines.len() > MAX_THEMES {
                e.push_limit("action_lines", "too-many", MAX_THEMES as u32);
            } else if complete && kind.needs_action_line() && self.action_lines.is_empty() {
                e.push("action_lines", "choose-at-least-one");
            }
            if self.sdgs.iter().any(|c| !themes.has_sdg(c)) {
                e.push("sdgs", "choose-from-list");
            } else if self.sdgs.len() > MAX_THEMES {
                e.push_limit("sdgs", "too-many", MAX_THEMES as u32);
            }
        }
        if kind.names_a_person() {
            line(&mut e, "person_name", &self.person_name, 2, NAME_MAX);
            line(
                &mut e,
                "person_organization",
                &self.person_organization,
                2,
                NAME_MAX,
            );
            let pick = |e: &mut FieldErrors, field: &str, v: &str, ok: bool| {
                if (complete || !v.is_empty()) && !ok {
                    e.push(
                        field,
                        if v.is_empty() {
                            "required"
                        } else {
                            "choose-from-list"
                        },
                    );
                }
            };
            pick(
                &mut e,
                "person_country",
                &self.person_country,
                country(&self.person_country).is_some(),
            );
            pick(
                &mut e,
                "person_stakeholder",
                &self.person_stakeholder,
                StakeholderType::parse(&self.person_stakeholder).is_ok(),
            );
            pick(
                &mut e,
                "person_gender",
                &self.person_gender,
                Gender::from_code(&self.person_gender).is_some(),
            );
            if !self.person_email.is_empty() {
                e.check("person_email", Email::parse(&self.person_email));
            }
        }
        if kind == SubmissionKind::ExhibitionRequest
            && (complete || !self.space_size.is_empty())
            && !SPACE_SIZES.contains(&self.space_size.as_str())
        {
            let code = if self.space_size.is_empty() {
                "required"
            } else {
                "choose-from-list"
            };
            e.push("space_size", code);
        }
        e.into_result()
    }
}

/// Where a submission came from: the online form during the call, or a
/// consultation meeting where organizers recorded it for the speaker.
pub const RECEIVED_ONLINE: &str = "online";
/// See [`RECEIVED_ONLINE`].
pub const RECEIVED_AT_MEETING: &str = "meeting";

/// How a consultation meeting is held.
pub const MEETING_MODES: [&str; 3] = ["virtual", "physical", "hybrid"];

/// Normalizes an organizer's tag: trimmed, inner spaces collapsed, lower
/// case, 2 to 40 characters of letters, digits, spaces and hyphens.
pub fn parse_tag(raw: &str) -> Result<String, crate::validation::FieldError> {
    let tag = raw
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let len = tag.chars().count();
    if tag.is_empty() {
        return Err(crate::validation::invalid("required"));
    }
    if !(2..=40).contains(&len) {
        return Err(crate::validation::invalid_limit(
            if len < 2 { "too-short" } else { "too-long" },
            if len < 2 { 2 } else { 40 },
        ));
    }
    if !tag
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
    {
        return Err(crate::validation::invalid("tag-format"));
    }
    Ok(tag)
}

crate::domain::stored::stored_code!(SubmissionKind, "submission kind");

#[cfg(test)]
mod tests;
