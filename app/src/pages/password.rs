//! Forgotten passwords: asking for a link, and setting a new password.

use crate::forms::{ErrorSummary, FormState, PasswordField, TextField};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::Password;

/// Ask for a reset link. After a request the same page says a link is on
/// its way (whether or not the address has an account).
#[component]
pub fn ForgotPasswordPage(form: FormState, sent: bool) -> impl IntoView {
    let labels = vec![("email", t("field-email"))];
    view! {
        <h1>{t("forgot-title")}</h1>
        {sent
            .then(|| {
                view! {
                    <div class="notice" role="status">
                        <p>{t("forgot-sent")}</p>
                    </div>
                }
            })}
        <p class="lead">{t("forgot-lead")}</p>
        <ErrorSummary form=form.clone() labels=labels />
        <form method="post" action="/forgot-password" novalidate=true class="form form-narrow">
            <TextField
                form=form.clone()
                name="email"
                label=t("field-email")
                input_type="email"
                autocomplete="email"
            />
            <button type="submit" class="button">
                {t("forgot-submit")}
            </button>
        </form>
    }
}

/// Choose a new password from a reset link; `valid` is false when the link
/// is unknown, used or expired.
#[component]
pub fn ResetPasswordPage(form: FormState, token: String, valid: bool) -> impl IntoView {
    if !valid {
        return view! {
            <h1>{t("reset-invalid-title")}</h1>
            <p class="lead">{t("error-token-invalid")}</p>
            <p>
                <a href="/forgot-password">{t("reset-request-new")}</a>
            </p>
        }
        .into_any();
    }
    let labels = vec![("password", t("field-new-password"))];
    view! {
        <h1>{t("reset-title")}</h1>
        <ErrorSummary form=form.clone() labels=labels />
        <form method="post" action="/reset-password" novalidate=true class="form form-narrow">
            <input type="hidden" name="token" value=token />
            <PasswordField
                form=form.clone()
                name="password"
                label=t("field-new-password")
                autocomplete="new-password"
                hint=t_args("field-password-hint", &[("min", Password::MIN.to_string())])
            />
            <button type="submit" class="button">
                {t("reset-submit")}
            </button>
        </form>
    }
    .into_any()
}
