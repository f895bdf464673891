//! Extra questions a session format asks, and the rules for their answers.

use crate::validation::{FieldError, invalid, invalid_limit};
use serde::{Deserialize, Serialize};

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Free text.
    Text,
    /// One of the listed choices.
    Choice,
    /// A whole number.
    Number,
    /// A web address.
    Url,
    /// Yes or no.
    YesNo,
}

impl QuestionKind {
    /// All kinds, in the order organizers pick from.
    pub const ALL: [QuestionKind; 5] = [
        QuestionKind::Text,
        QuestionKind::Choice,
        QuestionKind::Number,
        QuestionKind::Url,
        QuestionKind::YesNo,
    ];

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            QuestionKind::Text => "text",
            QuestionKind::Choice => "choice",
            QuestionKind::Number => "number",
            QuestionKind::Url => "url",
            QuestionKind::YesNo => "yes-no",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A question of a format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Row id (answers refer to it).
    pub id: i64,
    /// The question, as organizers wrote it.
    pub label: String,
    /// Kind of answer.
    pub kind: QuestionKind,
    /// The options of a choice question.
    pub choices: Vec<String>,
    /// Whether a submission must answer it.
    pub required: bool,
}

/// Longest text answer.
pub const ANSWER_MAX: u32 = 2_000;

impl Question {
    /// Checks an answer; an empty answer is fine unless the question is
    /// required (drafts pass `required_now = false`).
    pub fn check(&self, value: &str, required_now: bool) -> Result<(), FieldError> {
        let v = value.trim();
        if v.is_empty() {
            return if required_now && self.required {
                Err(invalid("required"))
            } else {
                Ok(())
            };
        }
        match self.kind {
            QuestionKind::Text if v.chars().count() as u32 > ANSWER_MAX => {
                Err(invalid_limit("too-long", ANSWER_MAX))
            }
            QuestionKind::Text => Ok(()),
            QuestionKind::Choice if self.choices.iter().any(|c| c == v) => Ok(()),
            QuestionKind::Choice => Err(invalid("choose-from-list")),
            QuestionKind::Number if v.parse::<i64>().is_ok() => Ok(()),
            QuestionKind::Number => Err(invalid("number-invalid")),
            QuestionKind::YesNo if v == "yes" || v == "no" => Ok(()),
            QuestionKind::YesNo => Err(invalid("choose-from-list")),
            QuestionKind::Url => {
                let ok = (v.starts_with("https://") || v.starts_with("http://"))
                    && v.len() <= 500
                    && !v.chars().any(|c| {
                        c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                    });
                if ok {
                    Ok(())
                } else {
                    Err(invalid("url-invalid"))
                }
            }
        }
    }
}

crate::domain::stored::stored_code!(QuestionKind, "question kind");

#[cfg(test)]
mod tests {
    use super::*;

    fn q(kind: QuestionKind, required: bool) -> Question {
        Question {
            id: 1,
            label: "Q".into(),
            kind,
            choices: vec!["Room".into(), "Online".into()],
            required,
        }
    }

    #[test]
    fn required_questions_need_an_answer_only_on_submission() {
        assert!(q(QuestionKind::Text, true).check("", false).is_ok());
        assert_eq!(
            q(QuestionKind::Text, true)
                .check(" ", true)
                .unwrap_err()
                .code,
            "required"
        );
        assert!(q(QuestionKind::Text, false).check("", true).is_ok());
    }

    #[test]
    fn each_kind_checks_its_answers() {
        assert!(q(QuestionKind::Choice, false).check("Online", true).is_ok());
        assert_eq!(
            q(QuestionKind::Choice, false)
                .check("Mars", true)
                .unwrap_err()
                .code,
            "choose-from-list"
        );
        assert!(q(QuestionKind::Number, false).check("42", true).is_ok());
        assert_eq!(
            q(QuestionKind::Number, false)
                .check("forty", true)
                .unwrap_err()
                .code,
            "number-invalid"
        );
        assert!(
            q(QuestionKind::Url, false)
                .check("https://itu.int/x", true)
                .is_ok()
        );
        assert_eq!(
            q(QuestionKind::Url, false)
                .check("javascript:alert(1)", true)
                .unwrap_err()
                .code,
            "url-invalid"
        );
        assert!(q(QuestionKind::YesNo, false).check("no", true).is_ok());
        assert_eq!(
            q(QuestionKind::Text, false)
                .check(&"x".repeat(2_001), true)
                .unwrap_err()
                .code,
            "too-long"
        );
    }

    #[test]
    fn kind_codes_round_trip() {
        for k in QuestionKind::ALL {
            assert_eq!(QuestionKind::from_code(k.code()), Some(k));
        }
    }
}
