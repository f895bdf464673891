//! Field-level validation results.
//!
//! A form is parsed into domain types in one go; every invalid field gets an
//! entry here with a message *code*. Codes are translated by the UI (Fluent
//! key `error-<code>`), so the same result serves every language and the
//! browser-side check.

use serde::{Deserialize, Serialize};

/// One invalid field: which field, what is wrong, and an optional limit
/// (a maximum length, say) that the message mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's name, e.g. `email`.
    pub field: String,
    /// The message code, e.g. `email-invalid`; the Fluent key is `error-<code>`.
    pub code: String,
    /// A number the message mentions, such as a length limit.
    pub limit: Option<u32>,
}

/// Every invalid field of one form, in form order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// Records that `field` is invalid with `code`.
    pub fn push(&mut self, field: &str, code: &str) {
        self.0.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            limit: None,
        });
    }

    /// Records an error that mentions a limit.
    pub fn push_limit(&mut self, field: &str, code: &str, limit: u32) {
        self.0.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            limit: Some(limit),
        });
    }

    /// Records an error with an optional limit.
    pub fn push_limit_opt(&mut self, field: &str, code: &str, limit: Option<u32>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            limit,
        });
    }

    /// The first error of a field, if any.
    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }

    /// True when no field is invalid.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the value of `r` or records its error under `field`.
    pub fn check<T>(&mut self, field: &str, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(mut e) => {
                e.field = field.to_owned();
                self.0.push(e);
                None
            }
        }
    }

    /// `Ok(())` when empty, the errors otherwise.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

/// An error for a field whose name is filled in by [`FieldErrors::check`].
pub fn invalid(code: &str) -> FieldError {
    FieldError {
        field: String::new(),
        code: code.to_owned(),
        limit: None,
    }
}

/// Like [`invalid`], with a limit the message mentions.
pub fn invalid_limit(code: &str, limit: u32) -> FieldError {
    FieldError {
        field: String::new(),
        code: code.to_owned(),
        limit: Some(limit),
    }
}

/// Trims and checks an optional web address: empty, or `http(s)://` with a
/// host that has a dot, at most `max` bytes, no spaces, quotes or brackets.
pub fn web_address(raw: &str, max: usize) -> Result<String, FieldError> {
    let v = raw.trim();
    let ok = v.is_empty()
        || ((v.starts_with("https://") || v.starts_with("http://"))
            && v.len() <= max
            && !v
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
            && v.split("://").nth(1).is_some_and(|rest| rest.contains('.')));
    if ok {
        Ok(v.to_owned())
    } else {
        Err(invalid("url-invalid"))
    }
}

/// Trims and checks a single-line text: required, at most `max` characters,
/// no control characters or invisible direction overrides.
pub fn single_line(raw: &str, min: u32, max: u32) -> Result<String, FieldError> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(invalid("required"));
    }
    let len = v.chars().count() as u32;
    if len < min {
        return Err(invalid_limit("too-short", min));
    }
    if len > max {
        return Err(invalid_limit("too-long", max));
    }
    if v.chars().any(is_forbidden_char) {
        return Err(invalid("bad-characters"));
    }
    Ok(v.to_owned())
}

/// Trims and checks a multi-line text (comments, notes, e-mail bodies): at
/// most `max` characters; line breaks and tabs are fine, other control
/// characters and direction overrides are not. Empty is an error only when
/// `required`.
pub fn text_block(raw: &str, max: u32, required: bool) -> Result<String, FieldError> {
    let v = raw.trim().replace("\r\n", "\n");
    if v.is_empty() {
        return if required {
            Err(invalid("required"))
        } else {
            Ok(v)
        };
    }
    if v.chars().count() as u32 > max {
        return Err(invalid_limit("too-long", max));
    }
    if v.chars()
        .any(|c| !matches!(c, '\n' | '\t') && is_forbidden_char(c))
    {
        return Err(invalid("bad-characters"));
    }
    Ok(v)
}

/// Control characters and the bidirectional overrides that can disguise text
/// (RLO and friends) are refused in names and titles.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{FEFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_trims_and_accepts_unicode() {
        assert_eq!(single_line("  مرحبا  ", 1, 10).unwrap(), "مرحبا");
    }

    #[test]
    fn single_line_refuses_empty_long_and_control_input() {
        assert_eq!(single_line("   ", 1, 10).unwrap_err().code, "required");
        let long = single_line(&"x".repeat(11), 1, 10).unwrap_err();
        assert_eq!((long.code.as_str(), long.limit), ("too-long", Some(10)));
        assert_eq!(
            single_line("a\u{0}b", 1, 10).unwrap_err().code,
            "bad-characters"
        );
        assert_eq!(
            single_line("a\u{202E}b", 1, 10).unwrap_err().code,
            "bad-characters"
        );
    }

    #[test]
    fn check_names_the_field_and_collects_every_error() {
        let mut errs = FieldErrors::default();
        assert!(errs.check("name", single_line("", 1, 5)).is_none());
        assert!(errs.check("org", single_line("ok", 1, 5)).is_some());
        assert_eq!(errs.get("name").unwrap().code, "required");
        assert!(errs.get("org").is_none());
        assert!(errs.into_result().is_err());
    }
}
