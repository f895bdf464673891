//! The one path for a form post that fails without JavaScript: the page
//! again, with what was typed and a message beside each field.
//!
//! What was typed comes from the typed form itself, through its `Serialize`:
//! every field under its form name. A field that must never be sent back
//! (a password) is `#[serde(skip_serializing)]` on the form type. Forms
//! read as raw pairs pass the pairs (`Vec<(String, String)>`).

use crate::error::fail;
use crate::middleware::Req;
use crate::render::see_other;
use crate::state::AppState;
use axum::response::Response;
use portal::AppError;
use portal_app::forms::FormState;
use serde::Serialize;
use serde_json::Value;

/// For a form whose typed values are not shown again (a confirmation
/// button, a password form).
pub const NOTHING_TYPED: &[(&str, &str)] = &[];

/// A failed post: `rerender` shows the page again with the form state (what
/// was typed, the messages). Refusals that are not about the input (not
/// found, forbidden, not signed in) get their error page or the sign-in
/// redirect instead.
pub async fn form_failed<T>(
    state: &AppState,
    req: &Req,
    e: AppError,
    typed: &T,
    rerender: impl AsyncFnOnce(FormState) -> Response,
) -> Response
where
    T: Serialize + ?Sized,
{
    match form_state(req, typed, e) {
        Ok(fs) => rerender(fs).await,
        Err(e) => fail(state, req, e),
    }
}

/// After a form post: to `to` with the notice `flash` when `result` is a
/// success; otherwise [`form_failed`].
pub async fn after_form<R, T>(
    state: &AppState,
    req: &Req,
    result: Result<R, AppError>,
    (to, flash): (&str, &str),
    typed: &T,
    rerender: impl AsyncFnOnce(FormState) -> Response,
) -> Response
where
    T: Serialize + ?Sized,
{
    match result {
        Ok(_) => see_other(to, Some(flash), state.config.secure_cookies()),
        Err(e) => form_failed(state, req, e, typed, rerender).await,
    }
}

/// The form state for error `e`: messages beside fields (validation) or
/// for the whole form (conflicts, rate limits), with what was `typed`. Any
/// other error is returned for an error page. For a page that shows a
/// refusal in its form without a post (a wrong access code in a link).
pub fn form_state<T>(req: &Req, typed: &T, e: AppError) -> Result<FormState, AppError>
where
    T: Serialize + ?Sized,
{
    let whole_form = |key: &str, args: &[(&'static str, portal::i18n::FluentValue<'static>)]| {
        Some(portal::i18n::tr_args(req.locale, key, args))
    };
    let (errors, form_error) = match e {
        AppError::Validation(errs) => (errs, None),
        AppError::Conflict(code) => (
            Default::default(),
            whole_form(&format!("error-{code}"), &[]),
        ),
        AppError::RateLimited { retry_after_secs } => (
            Default::default(),
            whole_form(
                "error-rate-limited",
                &[("minutes", retry_after_secs.div_ceil(60).into())],
            ),
        ),
        other => return Err(other),
    };
    Ok(FormState {
        values: echo(typed).into_iter().collect(),
        errors,
        form_error,
    })
}

/// Each field of `typed` by name, as text: a struct's fields (absent
/// options left out, lists joined with commas), or a list of name/value
/// pairs as they are.
pub fn echo<T: Serialize + ?Sized>(typed: &T) -> Vec<(String, String)> {
    match serde_json::to_value(typed) {
        Ok(Value::Object(fields)) => fields
            .into_iter()
            .filter_map(|(k, v)| text(&v).map(|v| (k, v)))
            .collect(),
        Ok(Value::Array(pairs)) => pairs
            .iter()
            .filter_map(|pair| match pair.as_array()?.as_slice() {
                [Value::String(k), v] => Some((k.clone(), text(v)?)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Null | Value::Object(_) => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => Some(items.iter().filter_map(text).collect::<Vec<_>>().join(",")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Login {
        email: String,
        #[serde(skip_serializing)]
        #[allow(dead_code)]
        password: String,
        remember: Option<String>,
        formats: Vec<String>,
    }

    #[test]
    fn a_typed_form_echoes_its_fields_but_never_a_skipped_one() {
        let typed = Login {
            email: "a@example.org".into(),
            password: "secret".into(),
            remember: None,
            formats: vec!["WS".into(), "HL".into()],
        };
        let mut got = echo(&typed);
        got.sort();
        assert_eq!(
            got,
            vec![
                ("email".to_owned(), "a@example.org".to_owned()),
                ("formats".to_owned(), "WS,HL".to_owned()),
            ]
        );
    }

    #[test]
    fn the_account_forms_never_echo_a_password() {
        let register = portal::domain::RegistrationForm {
            email: "a@example.org".into(),
            password: "correct horse battery".into(),
            ..Default::default()
        };
        let login = portal::domain::LoginForm {
            email: "a@example.org".into(),
            password: "correct horse battery".into(),
            next: None,
        };
        for echoed in [echo(&register), echo(&login)] {
            assert!(echoed.iter().any(|(k, _)| k == "email"));
            assert!(
                echoed
                    .iter()
                    .all(|(k, v)| k != "password" && !v.contains("horse"))
            );
        }
    }

    #[test]
    fn raw_pairs_echo_as_they_are() {
        let pairs = vec![("sdg".to_owned(), "1\u{1f}5".to_owned())];
        assert_eq!(echo(&pairs), pairs);
        assert!(echo(NOTHING_TYPED).is_empty());
    }
}
