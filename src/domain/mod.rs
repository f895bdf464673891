//! Domain types. Each input becomes a domain value through one constructor
//! (`Email::parse`, …) that is unit-tested beside it; past that point the rest
//! of the code can trust the value.

mod account;
pub mod agenda;
mod country;
pub mod geneva;
mod ids;
mod locale;
pub mod localized;
pub mod proposal;
pub mod question;
pub mod review;
mod role;
pub mod speaker_profile;
mod stakeholder;
pub mod stored;
pub mod submission;
pub mod taxonomy;
pub mod text_language;

pub use account::{Email, LoginForm, NewAccount, Password, PersonName, RegistrationForm};
pub use country::{Country, Region, countries, country};
pub use ids::{OrganizationId, UserId};
pub use locale::Locale;
pub use localized::LocalizedText;
pub use role::Role;
pub use stakeholder::StakeholderType;
