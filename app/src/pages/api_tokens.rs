//! `/account/tokens`: personal access tokens for the automation API. A new
//! token's secret is shown once, on the page that answers its creation.

use crate::format::datetime;
use crate::forms::{ErrorSummary, FormState, input};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{ApiScope, ApiToken};

/// The tokens page; `created` is a token just made, with its secret.
#[component]
pub fn ApiTokensPage(
    tokens: Vec<ApiToken>,
    form: FormState,
    created: Option<(String, String)>,
) -> impl IntoView {
    let rows = tokens
        .iter()
        .map(|k| {
            let scopes = k
                .scopes
                .iter()
                .map(|s| t(&format!("token-scope-{}", s.code())))
                .collect::<Vec<_>>()
                .join(", ");
            let when = |v: Option<time::OffsetDateTime>, none: &str| {
                v.map(|d| datetime(d, "Europe/Zurich"))
                    .unwrap_or_else(|| t(none))
            };
            let state = if k.revoked_at.is_some() {
                t("token-revoked")
            } else {
                when(k.expires_at, "token-no-expiry")
            };
            let revoke = k.revoked_at.is_none().then(|| {
                let action = format!("/account/tokens/{}/revoke", k.id);
                let label = t_args("token-revoke", &[("name", k.name.clone())]);
                view! {
                    <form method="post" action=action class="inline-form">
                        <button type="submit" class="link-button">
                            {label}
                        </button>
                    </form>
                }
            });
            view! {
                <tr>
                    <th scope="row">
                        <bdi>{k.name.clone()}</bdi>
                    </th>
                    <td>
                        <code>{format!("{}…", k.prefix)}</code>
                    </td>
                    <td>{scopes}</td>
                    <td>{datetime(k.created_at, "Europe/Zurich")}</td>
                    <td>{when(k.last_used_at, "token-never-used")}</td>
                    <td>{state}</td>
                    <td>{revoke}</td>
                </tr>
            }
        })
        .collect_view();
    let ticked = |s: ApiScope| {
        let typed = form.value("scopes");
        if form.values.is_empty() {
            s == ApiScope::Read
        } else {
            typed.split(',').any(|v| v == s.code())
        }
    };
    let scope_boxes = ApiScope::ALL
        .into_iter()
        .map(|s| {
            let id = format!("tk-scope-{}", s.code());
            let checked = ticked(s);
            view! {
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name="scopes"
                        value=s.code()
                        checked=checked
                    />
                    <label for=id>{t(&format!("token-scope-{}", s.code()))}</label>
                </div>
            }
        })
        .collect_view();
    let scope_error = form.error("scopes");
    let scope_invalid = scope_error.is_some();
    let labels = vec![
        ("name", t("token-name")),
        ("scopes", t("token-scopes")),
        ("days", t("token-days")),
    ];
    let empty = tokens.is_empty();
    view! {
        <h1>{t("tokens-title")}</h1>
        <p>{t("tokens-intro")}" "<a href="/api/v1/openapi.json">{t("tokens-openapi")}</a></p>
        {created
            .map(|(name, secret)| {
                view! {
                    <div class="notice" role="status">
                        <p>
                            <strong>{t_args("token-created", &[("name", name)])}</strong>
                        </p>
                        <p>
                            <code class="secret" id="new-token">
                                {secret}
                            </code>
                        </p>
                        <p>{t("token-created-once")}</p>
                    </div>
                }
            })}
        <section aria-labelledby="tokens-list-title">
            <h2 id="tokens-list-title">{t("tokens-yours")}</h2>
            {empty.then(|| view! { <p>{t("tokens-none")}</p> })}
            {(!empty)
                .then(|| {
                    view! {
                        <div
                            class="table-scroll"
                            tabindex="0"
                            role="region"
                            aria-labelledby="tokens-list-title"
                        >
                            <table>
                                <thead>
                                    <tr>
                                        <th scope="col">{t("token-name")}</th>
                                        <th scope="col">{t("token-prefix")}</th>
                                        <th scope="col">{t("token-scopes")}</th>
                                        <th scope="col">{t("token-created-at")}</th>
                                        <th scope="col">{t("token-last-used")}</th>
                                        <th scope="col">{t("token-expires")}</th>
                                        <th scope="col">
                                            <span class="visually-hidden">{t("token-actions")}</span>
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                })}
        </section>
        <section aria-labelledby="token-new-title">
            <h2 id="token-new-title">{t("token-new")}</h2>
            <form method="post" action="/account/tokens" class="form" novalidate=true>
                <ErrorSummary form=form.clone() labels=labels prefix="tk-".to_owned() />
                {input(
                    &form,
                    "tk-",
                    "name",
                    t("token-name"),
                    "text",
                    form.value("name"),
                    Some(t("token-name-hint")),
                )}
                <fieldset id="tk-scopes" class="field" class:field-invalid=scope_invalid>
                    <legend>{t("token-scopes")}</legend>
                    {scope_error
                        .map(|m| {
                            view! {
                                <p class="field-error" id="tk-scopes-error">
                                    {m}
                                </p>
                            }
                        })}
                    {scope_boxes}
                </fieldset>
                {input(
                    &form,
                    "tk-",
                    "days",
                    t("token-days"),
                    "text",
                    form.value("days"),
                    Some(t("token-days-hint")),
                )}
                <button type="submit" class="button">
                    {t("token-create")}
                </button>
            </form>
        </section>
    }
}
