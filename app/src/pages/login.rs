//! Sign-in.

use crate::forms::{ErrorSummary, FormState, PasswordField, TextField};
use crate::render::t;
use leptos::prelude::*;

/// The sign-in form. `next` is where to go afterwards (a local path).
#[component]
pub fn LoginPage(form: FormState, next: Option<String>) -> impl IntoView {
    let labels = vec![
        ("email", t("field-email")),
        ("password", t("field-password")),
    ];
    view! {
        <h1>{t("login-title")}</h1>
        <ErrorSummary form=form.clone() labels=labels />
        <form method="post" action="/login" novalidate=true class="form form-narrow">
            {next.map(|n| view! { <input type="hidden" name="next" value=n /> })}
            <TextField
                form=form.clone()
                name="email"
                label=t("field-email")
                input_type="email"
                autocomplete="username"
            />
            <PasswordField
                form=form.clone()
                name="password"
                label=t("field-password")
                autocomplete="current-password"
            />
            <button type="submit" class="button">
                {t("login-submit")}
            </button>
        </form>
        <ul class="plain-list">
            <li>
                <a href="/forgot-password">{t("login-forgot")}</a>
            </li>
            <li>{t("login-no-account")}" "<a href="/register">{t("nav-register")}</a></li>
        </ul>
    }
}
