//! Co-organizers of a proposal, the co-organizer's own page, and where a
//! proposal came from.

use super::*;

/// The co-organizing organizations, and (for the owners, before the
/// deadline) the invitation form and remove buttons.
#[component]
pub(super) fn Coorganizers(p: ProposalView, invite: crate::forms::FormState) -> impl IntoView {
    use crate::forms::{ErrorSummary, SelectField, TextField};
    let lang = crate::render::page_context().locale.tag();
    let code = p.code.clone();
    let rows = p
        .coorganizers
        .iter()
        .map(|c| {
            let class = format!("badge badge-{}", c.status);
            let remove = p.can_edit.then(|| {
                view! {
                    <form
                        method="post"
                        action=format!("/proposals/{}/coorganizers/{}/remove", code, c.id)
                        class="inline-form"
                    >
                        <button type="submit" class="link-button">
                            {t_args(
                                "coorganizer-remove",
                                &[("organization", c.organization.clone())],
                            )}
                        </button>
                    </form>
                }
            });
            let country = portal::domain::country(&c.country_code)
                .map(|x| x.name(lang).to_owned())
                .unwrap_or_default();
            view! {
                <li>
                    <strong>
                        <bdi>{c.organization.clone()}</bdi>
                    </strong>
                    " · "
                    {t(&format!("stakeholder-{}", c.stakeholder_type))}
                    " · "
                    {country}
                    " "
                    <span class=class>{t(&format!("coorganizer-status-{}", c.status))}</span>
                    <br />
                    <bdi>{c.email.clone()}</bdi>
                    " "
                    {remove}
                </li>
            }
        })
        .collect_view();
    let none = p
        .coorganizers
        .is_empty()
        .then(|| view! { <p>{t("coorganizers-none")}</p> });
    let form = p.can_edit.then(|| {
        let mut countries: Vec<(String, String)> = portal::domain::countries()
            .iter()
            .map(|c| (c.code.clone(), c.name(lang).to_owned()))
            .collect();
        countries.sort_by(|a, b| a.1.cmp(&b.1));
        let kinds: Vec<(String, String)> = portal::domain::StakeholderType::ALL
            .iter()
            .map(|s| (s.code().to_owned(), t(&format!("stakeholder-{}", s.code()))))
            .collect();
        let labels = vec![
            ("co_email", t("coorganizer-email")),
            ("co_organization", t("field-organization")),
            ("co_stakeholder_type", t("field-stakeholder-type")),
            ("co_country", t("field-country")),
        ];
        view! {
            <ErrorSummary form=invite.clone() labels=labels />
            <form
                method="post"
                action=format!("/proposals/{}/coorganizers", p.code)
                novalidate=true
                class="form"
            >
                <fieldset>
                    <legend>{t("coorganizer-invite")}</legend>
                    <p class="hint">{t("coorganizer-invite-hint")}</p>
                    <TextField
                        form=invite.clone()
                        name="co_email"
                        label=t("coorganizer-email")
                        input_type="email"
                    />
                    <TextField
                        form=invite.clone()
                        name="co_organization"
                        label=t("field-organization")
                    />
                    <SelectField
                        form=invite.clone()
                        name="co_stakeholder_type"
                        label=t("field-stakeholder-type")
                        options=kinds
                        placeholder=t("select-placeholder")
                    />
                    <SelectField
                        form=invite.clone()
                        name="co_country"
                        label=t("field-country")
                        options=countries
                        placeholder=t("select-placeholder")
                    />
                    <button type="submit" class="button-secondary">
                        {t("coorganizer-invite-submit")}
                    </button>
                </fieldset>
            </form>
        }
    });
    view! {
        <section aria-labelledby="coorganizers-title">
            <h2 id="coorganizers-title">{t("coorganizers-title")}</h2>
            {none}
            <ul class="plain-list">{rows}</ul>
            {form}
        </section>
    }
}

/// The page an invited co-organizer reaches from the e-mail (signed in).
#[component]
pub fn CoorganizePage(
    token: String,
    invitation: Option<portal::services::CoorganizerInvitation>,
) -> impl IntoView {
    let Some(inv) = invitation else {
        return view! {
            <h1>{t("coorganize-invalid-title")}</h1>
            <p class="lead">{t("error-token-invalid")}</p>
        }
        .into_any();
    };
    let status = (inv.status != "invited").then(|| {
        view! { <p class="notice">{t(&format!("coorganizer-status-{}", inv.status))}</p> }
    });
    view! {
        <h1>{t("coorganize-page-title")}</h1>
        <p class="lead">
            {t_args(
                "coorganize-lead",
                &[
                    ("lead", inv.lead.clone()),
                    ("organization", inv.organization.clone()),
                    ("title", inv.title.clone()),
                    ("code", inv.code.clone()),
                ],
            )}
        </p>
        {status}
        <form method="post" action="/coorganize" class="form form-narrow">
            <input type="hidden" name="token" value=token />
            <div class="actions">
                <button type="submit" name="answer" value="accept" class="button">
                    {t("coorganize-accept")}
                </button>
                <button type="submit" name="answer" value="decline" class="button-secondary">
                    {t("coorganize-decline")}
                </button>
            </div>
        </form>
    }
    .into_any()
}

/// Where a merged session came from, or where a merged proposal went, with
/// links under `base` (`/proposals` or `/review`).
pub fn provenance(
    from: Vec<(String, String)>,
    into: Option<String>,
    base: &'static str,
) -> impl IntoView {
    let from_items = from
        .iter()
        .map(|(code, title)| {
            view! {
                <li>
                    <a href=format!("{base}/{code}")>{code.clone()}</a>
                    " – "
                    <bdi>{title.clone()}</bdi>
                </li>
            }
        })
        .collect_view();
    view! {
        {(!from.is_empty())
            .then(|| {
                view! {
                    <section class="notice" aria-labelledby="merged-from-title">
                        <h2 id="merged-from-title">{t("merged-from")}</h2>
                        <ul>{from_items}</ul>
                    </section>
                }
            })}
        {into
            .map(|code| {
                view! {
                    <p class="notice">
                        {t("merged-into")}" "<a href=format!("{base}/{code}")>{code.clone()}</a>
                    </p>
                }
            })}
    }
}
