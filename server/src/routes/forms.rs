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

    /// The `back` field when it is a path on this site under `home` (the
    /// page the form was on, with its filters); `home` otherwise, so a
    /// crafted form never redirects elsewhere.
    pub fn back_within(&self, home: &str) -> String {
        let back = self.get("back");
        let same_page = back == home || back.starts_with(&format!("{home}?"));
        if same_page && !back.contains("//") && !back.contains('\\') {
            back
        } else {
            home.to_owned()
        }
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

#[cfg(test)]
mod back_tests {
    use super::Pairs;

    fn back(v: &str) -> String {
        Pairs(vec![("back".into(), v.into())]).back_within("/admin/users")
    }

    #[test]
    fn a_form_returns_only_to_its_own_page() {
        assert_eq!(
            back("/admin/users?q=ana&page=2"),
            "/admin/users?q=ana&page=2"
        );
        assert_eq!(back("/admin/users"), "/admin/users");
        assert_eq!(back("https://evil.test/admin/users"), "/admin/users");
        assert_eq!(back("//evil.test/admin/users"), "/admin/users");
        assert_eq!(back("/admin/users-and-more"), "/admin/users");
        assert_eq!(back("/admin/users?next=//evil.test"), "/admin/users");
        assert_eq!(back(""), "/admin/users");
    }
}
