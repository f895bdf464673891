//! E-mail verification. The link in the e-mail opens this page, and a button
//! confirms: a plain GET must not change anything, because mail scanners
//! follow links before people do.

use crate::render::t;
use leptos::prelude::*;

/// The state of a verification attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyState {
    /// The link was opened; ask for confirmation.
    Confirm,
    /// The link was unknown, used or expired.
    Invalid,
}

/// Confirmation button, or an explanation when the link is no good.
#[component]
pub fn VerifyEmailPage(token: String, state: VerifyState) -> impl IntoView {
    match state {
        VerifyState::Confirm => view! {
            <h1>{t("verify-title")}</h1>
            <p class="lead">{t("verify-lead")}</p>
            <form method="post" action="/verify-email" class="form form-narrow">
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button">
                    {t("verify-submit")}
                </button>
            </form>
        }
        .into_any(),
        VerifyState::Invalid => view! {
            <h1>{t("verify-invalid-title")}</h1>
            <p class="lead">{t("error-token-invalid")}</p>
            <p>{t("verify-invalid-help")}" "<a href="/login">{t("nav-login")}</a></p>
        }
        .into_any(),
    }
}
