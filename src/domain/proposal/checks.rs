//! Checks a proposal form: required fields, limits, themes and the panel.

use super::*;
use crate::domain::text_language;

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
        self.text_language = text_language::normalize(&self.text_language);
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
        if self.text_language.trim().is_empty() {
            e.push("text_language", "required");
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
        let language = text_language::normalize(&self.text_language);
        if !language.is_empty() && !text_language::is_valid(&language) {
            e.push("text_language", "language-code-invalid");
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
            // "Another language" takes the code typed beside the list.
            text_language: match get("text_language").as_str() {
                text_language::OTHER => get("text_language_other"),
                chosen => chosen.to_owned(),
            },
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
