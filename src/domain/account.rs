//! Account inputs: e-mail, names, passwords, and the registration and login
//! forms built from them.

use super::{Country, StakeholderType};
use crate::validation::{FieldError, FieldErrors, invalid, invalid_limit, single_line};
use serde::{Deserialize, Serialize};

/// A normalized e-mail address (trimmed, lower case).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Longest address accepted (RFC 5321 path limit).
    pub const MAX: u32 = 254;

    /// Parses and normalizes an address. Deliberately permissive beyond the
    /// basics: the verification e-mail is the real test.
    pub fn parse(raw: &str) -> Result<Email, FieldError> {
        let v = raw.trim().to_lowercase();
        if v.is_empty() {
            return Err(invalid("required"));
        }
        if v.chars().count() as u32 > Self::MAX {
            return Err(invalid_limit("too-long", Self::MAX));
        }
        let Some((local, domain)) = v.rsplit_once('@') else {
            return Err(invalid("email-invalid"));
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        if local.is_empty()
            || !domain_ok
            || v.chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
        {
            return Err(invalid("email-invalid"));
        }
        Ok(Email(v))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    /// Longest name accepted.
    pub const MAX: u32 = 120;

    /// Trims and checks a name.
    pub fn parse(raw: &str) -> Result<PersonName, FieldError> {
        single_line(raw, 1, Self::MAX).map(PersonName)
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password that meets the policy: 10 to 128 characters, not only
/// spaces. No composition rules (NIST SP 800-63B); length is what counts.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

impl Password {
    /// Shortest password accepted.
    pub const MIN: u32 = 10;
    /// Longest password accepted (bounds hashing work).
    pub const MAX: u32 = 128;

    /// Checks a new password; never trims it.
    pub fn parse(raw: &str) -> Result<Password, FieldError> {
        let len = raw.chars().count() as u32;
        if raw.trim().is_empty() {
            return Err(invalid("required"));
        }
        if len < Self::MIN {
            return Err(invalid_limit("password-too-short", Self::MIN));
        }
        if len > Self::MAX {
            return Err(invalid_limit("too-long", Self::MAX));
        }
        Ok(Password(raw.to_owned()))
    }

    /// The secret itself; only for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// The registration form exactly as typed, so it can be shown again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationForm {
    /// Full name.
    #[serde(default)]
    pub name: String,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Chosen password (never echoed back to the page).
    #[serde(default, skip_serializing)]
    pub password: String,
    /// Organization name.
    #[serde(default)]
    pub organization: String,
    /// Stakeholder type code.
    #[serde(default)]
    pub stakeholder_type: String,
    /// ISO country code.
    #[serde(default)]
    pub country: String,
    /// Present when the consent box was ticked.
    #[serde(default)]
    pub consent: Option<String>,
}

/// A validated registration.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Full name.
    pub name: PersonName,
    /// Normalized e-mail.
    pub email: Email,
    /// Password to hash.
    pub password: Password,
    /// Organization name.
    pub organization: String,
    /// Stakeholder type of the organization.
    pub stakeholder_type: StakeholderType,
    /// Country of the organization.
    pub country: &'static Country,
}

impl RegistrationForm {
    /// Longest organization name.
    pub const ORGANIZATION_MAX: u32 = 200;

    /// Validates every field at once, so the user sees all problems together.
    pub fn parse(&self) -> Result<NewAccount, FieldErrors> {
        let mut e = FieldErrors::default();
        let name = e.check("name", PersonName::parse(&self.name));
        let email = e.check("email", Email::parse(&self.email));
        let password = e.check("password", Password::parse(&self.password));
        let organization = e.check(
            "organization",
            single_line(&self.organization, 2, Self::ORGANIZATION_MAX),
        );
        let stakeholder_type = e.check(
            "stakeholder_type",
            StakeholderType::parse(&self.stakeholder_type),
        );
        let country = e.check("country", Country::parse(&self.country));
        if self.consent.is_none() {
            e.push("consent", "consent-required");
        }
        match (
            name,
            email,
            password,
            organization,
            stakeholder_type,
            country,
        ) {
            (
                Some(name),
                Some(email),
                Some(password),
                Some(organization),
                Some(stakeholder_type),
                Some(country),
            ) if e.is_empty() => Ok(NewAccount {
                name,
                email,
                password,
                organization,
                stakeholder_type,
                country,
            }),
            _ => Err(e),
        }
    }
}

/// The login form as typed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LoginForm {
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Password (never echoed back to the page).
    #[serde(default, skip_serializing)]
    pub password: String,
    /// Where to go after signing in (a local path only).
    #[serde(default)]
    pub next: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> RegistrationForm {
        RegistrationForm {
            name: "Amina Diallo".into(),
            email: " Amina@Example.ORG ".into(),
            password: "correct horse battery".into(),
            organization: "Senegal ICT Agency".into(),
            stakeholder_type: "government".into(),
            country: "SN".into(),
            consent: Some("on".into()),
        }
    }

    #[test]
    fn emails_are_normalized_to_lower_case() {
        assert_eq!(
            Email::parse(" A.B@Example.ORG ").unwrap().as_str(),
            "a.b@example.org"
        );
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "plain",
            "@x.org",
            "a@b",
            "a@.org",
            "a@b..org",
            "a b@c.org",
            "a@b.org.",
        ] {
            assert_eq!(
                Email::parse(bad).unwrap_err().code,
                "email-invalid",
                "{bad}"
            );
        }
        assert_eq!(Email::parse("").unwrap_err().code, "required");
    }

    #[test]
    fn passwords_need_ten_characters_and_are_not_trimmed() {
        assert_eq!(
            Password::parse("short").unwrap_err().code,
            "password-too-short"
        );
        assert_eq!(
            Password::parse(" ten chars ").unwrap().expose(),
            " ten chars "
        );
        assert_eq!(
            Password::parse(&"x".repeat(129)).unwrap_err().code,
            "too-long"
        );
        assert_eq!(
            format!("{:?}", Password::parse("secretsecret").unwrap()),
            "Password(***)"
        );
    }

    #[test]
    fn a_complete_registration_parses() {
        let acc = form().parse().unwrap();
        assert_eq!(acc.email.as_str(), "amina@example.org");
        assert_eq!(acc.country.code, "SN");
    }

    #[test]
    fn every_invalid_registration_field_is_reported_at_once() {
        let errs = RegistrationForm::default().parse().unwrap_err();
        for field in [
            "name",
            "email",
            "password",
            "organization",
            "stakeholder_type",
            "country",
            "consent",
        ] {
            assert!(errs.get(field).is_some(), "{field} not reported");
        }
    }
}
