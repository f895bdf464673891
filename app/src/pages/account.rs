//! The signed-in user's account: profile facts, password change, their
//! data to download, and erasing the account.

use crate::forms::{CheckboxField, ErrorSummary, FormState, PasswordField};
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::Password;

/// Account overview and the change-password form.
#[component]
pub fn AccountPage(
    form: FormState,
    erase: FormState,
    organization: Option<String>,
) -> impl IntoView {
    let Some(user) = page_context().user else {
        return ().into_any();
    };
    let roles = user
        .roles
        .iter()
        .map(|r| t(&format!("role-{}", r.code())))
        .collect::<Vec<_>>()
        .join(", ");
    let labels = vec![
        ("current_password", t("field-current-password")),
        ("new_password", t("field-new-password")),
    ];
    let erase_labels = vec![
        ("password", t("field-password")),
        ("confirm", t("account-erase-confirm")),
    ];
    view! {
        <h1>{t("account-title")}</h1>
        <dl class="facts">
            <dt>{t("field-name")}</dt>
            <dd>
                <bdi>{user.name.clone()}</bdi>
            </dd>
            <dt>{t("field-email")}</dt>
            <dd>
                <bdi>{user.email.clone()}</bdi>
            </dd>
            <dt>{t("field-organization")}</dt>
            <dd>
                <bdi>{organization.unwrap_or_else(|| t("none"))}</bdi>
            </dd>
            <dt>{t("account-roles")}</dt>
            <dd>{roles}</dd>
        </dl>
        <ul class="inline-list">
            <li>
                <a href="/account/tokens">{t("tokens-title")}</a>
            </li>
            <li>
                <a href="/account/data.json" download="my-data.json">
                    {t("account-my-data")}
                </a>
            </li>
        </ul>
        <section aria-labelledby="pw-title">
            <h2 id="pw-title">{t("account-change-password")}</h2>
            <p>{t("account-change-password-note")}</p>
            <ErrorSummary form=form.clone() labels=labels />
            <form method="post" action="/account/password" novalidate=true class="form form-narrow">
                <PasswordField
                    form=form.clone()
                    name="current_password"
                    label=t("field-current-password")
                    autocomplete="current-password"
                />
                <PasswordField
                    form=form.clone()
                    name="new_password"
                    label=t("field-new-password")
                    autocomplete="new-password"
                    hint=t_args("field-password-hint", &[("min", Password::MIN.to_string())])
                />
                <button type="submit" class="button">
                    {t("account-change-password-submit")}
                </button>
            </form>
        </section>
        <section aria-labelledby="speaker-profile-title">
            <h2 id="speaker-profile-title">{t("profile-title")}</h2>
            <p>
                {t("account-speaker-profile-lead")} " "
                <a href="/account/speaker-profile">{t("account-speaker-profile-link")}</a>
            </p>
        </section>
        <section aria-labelledby="erase-title">
            <h2 id="erase-title">{t("account-erase-title")}</h2>
            <p>{t("account-erase-lead")}</p>
            <ErrorSummary form=erase.clone() labels=erase_labels />
            <form method="post" action="/account/erase" novalidate=true class="form form-narrow">
                <PasswordField
                    form=erase.clone()
                    name="password"
                    label=t("field-password")
                    autocomplete="current-password"
                />
                <CheckboxField form=erase.clone() name="confirm" label=t("account-erase-confirm") />
                <button type="submit" class="button button-danger">
                    {t("account-erase-submit")}
                </button>
            </form>
        </section>
    }
    .into_any()
}
