//! The six stakeholder types of the WSIS process.

use crate::validation::{FieldError, invalid};
use serde::{Deserialize, Serialize};

/// The kind of organization a proposal or person comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StakeholderType {
    /// National or local government.
    Government,
    /// Companies and business associations.
    PrivateSector,
    /// NGOs and community organizations.
    CivilSociety,
    /// Universities and research institutes.
    Academia,
    /// Standards bodies, registries, engineering community.
    TechnicalCommunity,
    /// Intergovernmental and UN organizations.
    InternationalOrganization,
}

impl StakeholderType {
    /// All types in the taxonomy's order.
    pub const ALL: [StakeholderType; 6] = [
        StakeholderType::Government,
        StakeholderType::PrivateSector,
        StakeholderType::CivilSociety,
        StakeholderType::Academia,
        StakeholderType::TechnicalCommunity,
        StakeholderType::InternationalOrganization,
    ];

    /// The stable code used in forms and the database.
    pub fn code(self) -> &'static str {
        match self {
            StakeholderType::Government => "government",
            StakeholderType::PrivateSector => "private-sector",
            StakeholderType::CivilSociety => "civil-society",
            StakeholderType::Academia => "academia",
            StakeholderType::TechnicalCommunity => "technical-community",
            StakeholderType::InternationalOrganization => "international-organization",
        }
    }

    /// Parses a form or database code.
    pub fn parse(code: &str) -> Result<StakeholderType, FieldError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(invalid("required"));
        }
        StakeholderType::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| invalid("choose-from-list"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stakeholder_codes_round_trip_and_unknown_codes_are_refused() {
        for s in StakeholderType::ALL {
            assert_eq!(StakeholderType::parse(s.code()).unwrap(), s);
        }
        assert_eq!(StakeholderType::parse("").unwrap_err().code, "required");
        assert_eq!(
            StakeholderType::parse("pirates").unwrap_err().code,
            "choose-from-list"
        );
    }
}
