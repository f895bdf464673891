//! Roles a user can hold. Every account is a stakeholder; the others are
//! granted by organizers and admins (or, for speakers, by being on a panel).

use serde::{Deserialize, Serialize};

/// A role in the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Submits proposals on behalf of an organization.
    Stakeholder,
    /// Speaks in a session; confirms and edits a bio.
    Speaker,
    /// Reviews assigned proposals.
    Reviewer,
    /// Reviews and oversees everything in one or more Action Lines.
    Facilitator,
    /// WSIS Secretariat: configures, decides, builds the agenda.
    Organizer,
    /// Manages users, moderation and the audit log.
    Admin,
}

impl Role {
    /// Every role, lowest privilege first.
    pub const ALL: [Role; 6] = [
        Role::Stakeholder,
        Role::Speaker,
        Role::Reviewer,
        Role::Facilitator,
        Role::Organizer,
        Role::Admin,
    ];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Role::Stakeholder => "stakeholder",
            Role::Speaker => "speaker",
            Role::Reviewer => "reviewer",
            Role::Facilitator => "facilitator",
            Role::Organizer => "organizer",
            Role::Admin => "admin",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

crate::domain::stored::stored_code!(Role, "role");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_code_round_trips() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
