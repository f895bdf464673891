//! Small form and query shapes shared by several routes.

use serde::Deserialize;

/// A token from an e-mailed link (query) or a hidden field (form).
#[derive(Debug, Deserialize)]
pub struct TokenParam {
    /// The token; empty when missing.
    #[serde(default)]
    pub token: String,
}

/// An invitation answered by one of two buttons (`answer`), with its token.
#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    /// The invitation's token.
    #[serde(default)]
    pub token: String,
    /// The pressed button's value.
    #[serde(default)]
    pub answer: String,
}
