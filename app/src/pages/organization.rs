//! `/organization`: the signed-in user's organization profile, its members
//! and requests to join; `/organizations/join`: finding one to join.

use crate::forms::{ErrorSummary, FormState, SelectField, TextField};
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::{StakeholderType, countries, country};
use portal::services::{OrganizationHit, OrganizationProfile};

fn country_options(lang: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = countries()
        .iter()
        .map(|c| (c.code.clone(), c.name(lang).to_owned()))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

fn stakeholder_options() -> Vec<(String, String)> {
    StakeholderType::ALL
        .iter()
        .map(|s| (s.code().to_owned(), t(&format!("stakeholder-{}", s.code()))))
        .collect()
}

/// The profile form (pre-filled with the saved values unless a failed post
/// brought its own), members and pending requests.
#[component]
pub fn OrganizationPage(profile: OrganizationProfile, form: FormState) -> impl IntoView {
    let lang = page_context().locale.tag();
    let mut state = form;
    if state.values.is_empty() {
        state.values = [
            ("name", profile.name.clone()),
            ("stakeholder_type", profile.stakeholder_type.clone()),
            ("country", profile.country_code.clone()),
            ("website", profile.website.clone().unwrap_or_default()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    }
    let region = country(&profile.country_code)
        .map(|c| t(&format!("region-{}", c.region.code())))
        .unwrap_or_default();
    let members = profile
        .members
        .iter()
        .map(|(name, email)| {
            view! {
                <li>
                    <bdi>{name.clone()}</bdi>
                    " · "
                    <bdi>{email.clone()}</bdi>
                </li>
            }
        })
        .collect_view();
    let requests = profile
        .requests
        .iter()
        .map(|r| {
            view! {
                <li>
                    <bdi>{r.name.clone()}</bdi>
                    " · "
                    <bdi>{r.email.clone()}</bdi>
                    <form
                        method="post"
                        action=format!("/organization/requests/{}", r.id)
                        class="actions"
                    >
                        <button
                            type="submit"
                            name="answer"
                            value="approve"
                            class="button-secondary"
                        >
                            {t_args("org-approve", &[("name", r.name.clone())])}
                        </button>
                        <button
                            type="submit"
                            name="answer"
                            value="decline"
                            class="button-secondary"
                        >
                            {t_args("org-decline", &[("name", r.name.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let has_requests = !profile.requests.is_empty();
    let labels = vec![
        ("name", t("field-organization")),
        ("stakeholder_type", t("field-stakeholder-type")),
        ("country", t("field-country")),
        ("website", t("org-website")),
    ];
    view! {
        <h1>
            <bdi>{profile.name.clone()}</bdi>
        </h1>
        <p class="lead">{t_args("org-lead", &[("region", region)])}</p>
        <section aria-labelledby="org-edit">
            <h2 id="org-edit">{t("org-profile")}</h2>
            <ErrorSummary form=state.clone() labels=labels />
            <form method="post" action="/organization" novalidate=true class="form">
                <input type="hidden" name="version" value=profile.version.to_string() />
                <TextField
                    form=state.clone()
                    name="name"
                    label=t("field-organization")
                    autocomplete="organization"
                />
                <SelectField
                    form=state.clone()
                    name="stakeholder_type"
                    label=t("field-stakeholder-type")
                    options=stakeholder_options()
                    placeholder=t("select-placeholder")
                />
                <SelectField
                    form=state.clone()
                    name="country"
                    label=t("field-country")
                    options=country_options(lang)
                    placeholder=t("select-placeholder")
                />
                <TextField
                    form=state.clone()
                    name="website"
                    label=t("org-website")
                    input_type="url"
                    required=false
                    hint=t("org-website-hint")
                />
                <button type="submit" class="button">
                    {t("org-save")}
                </button>
            </form>
        </section>
        <section aria-labelledby="org-members">
            <h2 id="org-members">{t("org-members")}</h2>
            <ul class="plain-list">{members}</ul>
        </section>
        <section aria-labelledby="org-requests">
            <h2 id="org-requests">{t("org-requests")}</h2>
            {if has_requests {
                view! { <ul class="plain-list">{requests}</ul> }.into_any()
            } else {
                view! { <p>{t("org-no-requests")}</p> }.into_any()
            }}
        </section>
        <p>
            <a href="/organizations/join">{t("org-join-other")}</a>
        </p>
    }
}

/// Search for an organization to join.
#[component]
pub fn JoinOrganizationPage(
    q: String,
    hits: Vec<OrganizationHit>,
    searched: bool,
) -> impl IntoView {
    let lang = page_context().locale.tag();
    let results = hits
        .into_iter()
        .map(|h| {
            let place = country(&h.country_code)
                .map(|c| c.name(lang).to_owned())
                .unwrap_or_default();
            view! {
                <li>
                    <strong>
                        <bdi>{h.name.clone()}</bdi>
                    </strong>
                    " · "
                    {place}
                    " · "
                    {t(&format!("stakeholder-{}", h.stakeholder_type))}
                    <form
                        method="post"
                        action=format!("/organizations/{}/join", h.id)
                        class="inline-form"
                    >
                        " "
                        <button type="submit" class="link-button">
                            {t_args("org-ask-to-join", &[("name", h.name.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t("org-join-title")}</h1>
        <p class="lead">{t("org-join-lead")}</p>
        <form method="get" action="/organizations/join" class="form form-narrow" role="search">
            <div class="field">
                <label for="f-q">{t("org-search")}</label>
                <input id="f-q" name="q" type="search" value=q />
            </div>
            <button type="submit" class="button">
                {t("org-search-submit")}
            </button>
        </form>
        {searched
            .then(|| {
                view! {
                    <h2>{t("org-results")}</h2>
                    <ul class="plain-list">{results}</ul>
                }
            })}
    }
}
