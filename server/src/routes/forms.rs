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

/// A form or query string with repeated fields (`code=A&code=B`), kept as
/// the pairs the browser sent.
#[derive(Debug, Default)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The first value of `name`, or empty.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}
