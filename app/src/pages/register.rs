//! Registration: a stakeholder account for a person and their organization.

use crate::forms::{CheckboxField, ErrorSummary, FormState, PasswordField, SelectField, TextField};
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::{Password, StakeholderType, countries};

/// The registration form, with what was typed and any errors.
#[component]
pub fn RegisterPage(form: FormState) -> impl IntoView {
    let lang = page_context().locale.tag();
    let stakeholder_options: Vec<(String, String)> = StakeholderType::ALL
        .iter()
        .map(|s| (s.code().to_owned(), t(&format!("stakeholder-{}", s.code()))))
        .collect();
    let mut country_options: Vec<(String, String)> = countries()
        .iter()
        .map(|c| (c.code.clone(), c.name(lang).to_owned()))
        .collect();
    country_options.sort_by(|a, b| a.1.cmp(&b.1));
    let labels = vec![
        ("name", t("field-name")),
        ("email", t("field-email")),
        ("password", t("field-password")),
        ("organization", t("field-organization")),
        ("stakeholder_type", t("field-stakeholder-type")),
        ("country", t("field-country")),
        ("consent", t("field-consent-short")),
    ];
    view! {
        <h1>{t("register-title")}</h1>
        <p class="lead">{t("register-lead")}</p>
        <ErrorSummary form=form.clone() labels=labels />
        <form method="post" action="/register" novalidate=true class="form">
            <fieldset>
                <legend>{t("register-about-you")}</legend>
                <TextField
                    form=form.clone()
                    name="name"
                    label=t("field-name")
                    autocomplete="name"
                />
                <TextField
                    form=form.clone()
                    name="email"
                    label=t("field-email")
                    input_type="email"
                    autocomplete="email"
                    hint=t("field-email-hint")
                />
                <PasswordField
                    form=form.clone()
                    name="password"
                    label=t("field-password")
                    autocomplete="new-password"
                    hint=t_args("field-password-hint", &[("min", Password::MIN.to_string())])
                />
            </fieldset>
            <fieldset>
                <legend>{t("register-your-organization")}</legend>
                <TextField
                    form=form.clone()
                    name="organization"
                    label=t("field-organization")
                    autocomplete="organization"
                />
                <SelectField
                    form=form.clone()
                    name="stakeholder_type"
                    label=t("field-stakeholder-type")
                    options=stakeholder_options
                    placeholder=t("select-placeholder")
                />
                <SelectField
                    form=form.clone()
                    name="country"
                    label=t("field-country")
                    options=country_options
                    placeholder=t("select-placeholder")
                />
            </fieldset>
            <div class="consent">
                <h2>{t("consent-title")}</h2>
                <p>{t("consent-text")}</p>
                <CheckboxField form=form.clone() name="consent" label=t("field-consent") />
            </div>
            <button type="submit" class="button">
                {t("register-submit")}
            </button>
        </form>
        <p>{t("register-have-account")}" "<a href="/login">{t("nav-login")}</a></p>
    }
}

/// After registering: check your inbox.
#[component]
pub fn RegisterDonePage() -> impl IntoView {
    view! {
        <h1>{t("register-done-title")}</h1>
        <p class="lead">{t("register-done-body")}</p>
        <p>{t("register-done-spam")}</p>
        <p>
            <a href="/login">{t("nav-login")}</a>
        </p>
    }
}
