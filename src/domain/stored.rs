//! Codes read back from the database. A stored code that matches no
//! variant means the data was written by something other than this
//! version; it is an error, never read as a default (an unknown proposal
//! status must not become an editable draft).

/// A stored code that no variant matches.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown stored {kind} code {code:?}")]
pub struct UnknownCode {
    /// What the code stands for, e.g. `proposal status`.
    pub kind: &'static str,
    /// The code found.
    pub code: String,
}

/// Implements decoding from a stored code for an enum with
/// `fn from_code(&str) -> Option<Self>` (or the parser named third):
/// `Type::stored(code)` and `TryFrom<String>` (so rows decode with
/// `#[sqlx(try_from = "String")]`).
macro_rules! stored_code {
    ($ty:ty, $kind:literal) => {
        $crate::domain::stored::stored_code!($ty, $kind, from_code);
    };
    ($ty:ty, $kind:literal, $parse:ident) => {
        impl $ty {
            /// Decodes a code read from the database; an unknown one is an error.
            pub fn stored(code: &str) -> Result<Self, $crate::domain::stored::UnknownCode> {
                <$ty>::$parse(code).ok_or_else(|| $crate::domain::stored::UnknownCode {
                    kind: $kind,
                    code: code.to_owned(),
                })
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $crate::domain::stored::UnknownCode;

            fn try_from(code: String) -> Result<Self, Self::Error> {
                <$ty>::stored(&code)
            }
        }
    };
}
pub(crate) use stored_code;

#[cfg(test)]
mod tests {
    use crate::domain::Role;
    use crate::domain::proposal::ProposalStatus;

    #[test]
    fn an_unknown_stored_code_is_an_error_not_a_default() {
        assert_eq!(
            ProposalStatus::stored("submitted"),
            Ok(ProposalStatus::Submitted)
        );
        let err = ProposalStatus::stored("archived").unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown stored proposal status code \"archived\""
        );
        assert!(Role::try_from("root".to_owned()).is_err());
    }
}
