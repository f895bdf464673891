//! A speaker's own profile: how their name is printed, their biography,
//! links and pronouns, and which of those the programme shows.

use crate::validation::{FieldErrors, invalid, single_line, text_block, web_address};
use serde::{Deserialize, Serialize};

/// Longest biography, in characters.
pub const BIO_MAX: u32 = 1500;
/// Most links a profile lists.
pub const LINKS_MAX: usize = 5;

/// Which parts of a profile the programme shows. The printed name always
/// is; with nothing else public a speaker appears by name only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visibility {
    /// Honorific, job title and organization.
    pub details: bool,
    /// Biography.
    pub bio: bool,
    /// Links.
    pub links: bool,
    /// Pronouns.
    pub pronouns: bool,
    /// Photo.
    pub photo: bool,
}

/// A valid profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerProfile {
    /// The name as printed.
    pub print_name: String,
    /// "Dr.", "H.E.", "Prof." …
    pub honorific: String,
    /// Job title.
    pub job_title: String,
    /// Organization.
    pub organization: String,
    /// Short biography (Markdown source, rendered sanitized).
    pub bio: String,
    /// Web addresses (website, social), at most [`LINKS_MAX`].
    pub links: Vec<String>,
    /// Pronouns, e.g. "she/her".
    pub pronouns: String,
    /// What is public.
    pub visibility: Visibility,
}

/// The profile form as posted. Checkboxes are present when ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerProfileForm {
    /// Name as printed.
    #[serde(default)]
    pub print_name: String,
    /// Honorific.
    #[serde(default)]
    pub honorific: String,
    /// Job title.
    #[serde(default)]
    pub job_title: String,
    /// Organization.
    #[serde(default)]
    pub organization: String,
    /// Biography.
    #[serde(default)]
    pub bio: String,
    /// Links, one per line.
    #[serde(default)]
    pub links: String,
    /// Pronouns.
    #[serde(default)]
    pub pronouns: String,
    /// Show honorific, job title and organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_details: Option<String>,
    /// Show the biography.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_bio: Option<String>,
    /// Show the links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_links: Option<String>,
    /// Show the pronouns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_pronouns: Option<String>,
    /// Show the photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_photo: Option<String>,
    /// Remove the stored photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_photo: Option<String>,
}

fn optional_line(e: &mut FieldErrors, field: &str, raw: &str, max: u32) -> String {
    if raw.trim().is_empty() {
        return String::new();
    }
    e.check(field, single_line(raw, 1, max)).unwrap_or_default()
}

impl SpeakerProfileForm {
    /// The profile, or a message for every invalid field.
    pub fn validate(&self) -> Result<SpeakerProfile, FieldErrors> {
        let mut e = FieldErrors::default();
        let print_name = e
            .check("print_name", single_line(&self.print_name, 2, 120))
            .unwrap_or_default();
        let honorific = optional_line(&mut e, "honorific", &self.honorific, 40);
        let job_title = optional_line(&mut e, "job_title", &self.job_title, 200);
        let organization = optional_line(&mut e, "organization", &self.organization, 200);
        let pronouns = optional_line(&mut e, "pronouns", &self.pronouns, 40);
        let bio = e
            .check("bio", text_block(&self.bio, BIO_MAX, false))
            .unwrap_or_default();
        let lines: Vec<&str> = self
            .links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut links = Vec::new();
        if lines.len() > LINKS_MAX {
            e.push_limit("links", "too-many-links", LINKS_MAX as u32);
        } else {
            // Empty is fine for a website field, not for a listed line.
            let checked: Result<Vec<String>, _> = lines
                .iter()
                .map(|l| match web_address(l, 300) {
                    Ok(v) if !v.is_empty() => Ok(v),
                    _ => Err(invalid("url-invalid")),
                })
                .collect();
            links = e.check("links", checked).unwrap_or_default();
        }
        e.into_result()?;
        Ok(SpeakerProfile {
            print_name,
            honorific,
            job_title,
            organization,
            bio,
            links,
            pronouns,
            visibility: Visibility {
                details: self.public_details.is_some(),
                bio: self.public_bio.is_some(),
                links: self.public_links.is_some(),
                pronouns: self.public_pronouns.is_some(),
                photo: self.public_photo.is_some(),
            },
        })
    }
}

impl SpeakerProfile {
    /// The form that shows this profile again.
    pub fn to_form(&self) -> SpeakerProfileForm {
        let on = |b: bool| b.then(|| "yes".to_owned());
        SpeakerProfileForm {
            print_name: self.print_name.clone(),
            honorific: self.honorific.clone(),
            job_title: self.job_title.clone(),
            organization: self.organization.clone(),
            bio: self.bio.clone(),
            links: self.links.join("\n"),
            pronouns: self.pronouns.clone(),
            public_details: on(self.visibility.details),
            public_bio: on(self.visibility.bio),
            public_links: on(self.visibility.links),
            public_pronouns: on(self.visibility.pronouns),
            public_photo: on(self.visibility.photo),
            remove_photo: None,
        }
    }
}

/// A time a speaker declares they cannot speak, as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityForm {
    /// Forum day, `YYYY-MM-DD`.
    #[serde(default)]
    pub day: String,
    /// The whole day (then `start` and `end` are not read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whole_day: Option<String>,
    /// From, `HH:MM` Geneva time.
    #[serde(default)]
    pub start: String,
    /// Until, `HH:MM` Geneva time.
    #[serde(default)]
    pub end: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SpeakerProfileForm {
        SpeakerProfileForm {
            print_name: "  Amina Diallo ".into(),
            honorific: "Dr.".into(),
            job_title: "Director".into(),
            organization: "ITU".into(),
            bio: "Works on *connectivity*.".into(),
            links: "https://example.org\n\n  https://social.example/@amina \n".into(),
            public_bio: Some("yes".into()),
            ..SpeakerProfileForm::default()
        }
    }

    #[test]
    fn a_valid_form_becomes_a_profile_and_back() {
        let p = form().validate().expect("valid");
        assert_eq!(p.print_name, "Amina Diallo");
        assert_eq!(p.links.len(), 2);
        assert!(p.visibility.bio && !p.visibility.details && !p.visibility.photo);
        assert_eq!(p.to_form().validate(), Ok(p));
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let f = SpeakerProfileForm {
            print_name: " ".into(),
            bio: "x".repeat(1501),
            links: "javascript:alert(1)".into(),
            pronouns: "p".repeat(41),
            ..form()
        };
        let errs = f.validate().expect_err("invalid");
        let fields: Vec<&str> = errs.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["print_name", "pronouns", "bio", "links"]);
        let many = SpeakerProfileForm {
            links: (0..6).map(|i| format!("https://e{i}.org\n")).collect(),
            ..form()
        };
        let errs = many.validate().expect_err("too many");
        assert_eq!(errs.0[0].code, "too-many-links");
    }
}
