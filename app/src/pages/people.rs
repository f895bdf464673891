//! `/admin/users`: find people, invite staff, change roles, deactivate.

use crate::format::{datetime, urlencoding};
use crate::forms::{ErrorSummary, FormState, input, or_typed, select};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{INVITE_ROLES, MANAGED_ROLES, PEOPLE_PAGE, PeopleFilter, PersonRow};

fn role_names(p: &PersonRow) -> String {
    p.roles
        .iter()
        .map(|(r, scope)| {
            let name = t(&format!("role-{}", r.code()));
            if scope.is_empty() {
                name
            } else {
                format!("{name} {scope}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn row(p: &PersonRow, back: &str) -> impl IntoView + use<> {
    let id = p.id.0;
    let boxes = MANAGED_ROLES
        .into_iter()
        .map(|r| {
            let box_id = format!("u{id}-role-{}", r.code());
            let checked = p.roles.iter().any(|(held, _)| *held == r);
            view! {
                <span class="choice choice-inline">
                    <input
                        type="checkbox"
                        id=box_id.clone()
                        name="role"
                        value=r.code()
                        checked=checked
                    />
                    <label for=box_id>{t(&format!("role-{}", r.code()))}</label>
                </span>
            }
        })
        .collect_view();
    let roles_label = t_args("people-roles-of", &[("name", p.name.clone())]);
    let (toggle, value) = if p.is_active {
        (
            t_args("people-deactivate", &[("name", p.name.clone())]),
            "no",
        )
    } else {
        (
            t_args("people-reactivate", &[("name", p.name.clone())]),
            "yes",
        )
    };
    let erased = p.email.ends_with("@erased.invalid");
    let erase_label = t_args("people-erase", &[("name", p.name.clone())]);
    let status = if p.is_active {
        t("people-active")
    } else {
        t("people-inactive")
    };
    view! {
        <tr>
            <th scope="row">
                <bdi>{p.name.clone()}</bdi>
                <span class="agenda-meta">
                    <bdi>{p.email.clone()}</bdi>
                </span>
            </th>
            <td>
                <bdi>{p.organization.clone().unwrap_or_default()}</bdi>
            </td>
            <td>{role_names(p)}</td>
            <td>
                {status}<span class="agenda-meta">{datetime(p.created_at, "Europe/Zurich")}</span>
            </td>
            <td>
                <form method="post" action=format!("/admin/users/{id}/roles")>
                    <fieldset class="inline-fieldset">
                        <legend class="visually-hidden">{roles_label}</legend>
                        <input type="hidden" name="back" value=back.to_owned() />
                        {boxes}
                        <button type="submit" class="button-secondary">
                            {t("people-save-roles")}
                        </button>
                    </fieldset>
                </form>
                <form method="post" action=format!("/admin/users/{id}/active") class="inline-form">
                    <input type="hidden" name="active" value=value />
                    <input type="hidden" name="back" value=back.to_owned() />
                    <button type="submit" class="link-button">
                        {toggle}
                    </button>
                </form>
                {(!erased)
                    .then(|| {
                        let box_id = format!("erase-{id}");
                        view! {
                            <details class="erase">
                                <summary>{erase_label.clone()}</summary>
                                <form method="post" action=format!("/admin/users/{id}/erase")>
                                    <input type="hidden" name="back" value=back.to_owned() />
                                    <p class="choice">
                                        <input
                                            type="checkbox"
                                            id=box_id.clone()
                                            name="confirm"
                                            value="yes"
                                            required=true
                                        />
                                        <label for=box_id>{t("people-erase-confirm")}</label>
                                    </p>
                                    <button type="submit" class="button button-danger">
                                        {t("people-erase-submit")}
                                    </button>
                                </form>
                            </details>
                        }
                    })}
            </td>
        </tr>
    }
}

/// The people page.
#[component]
pub fn PeoplePage(
    people: Vec<PersonRow>,
    total: i64,
    filter: PeopleFilter,
    invite: FormState,
) -> impl IntoView {
    let page = filter.page.unwrap_or(1).max(1);
    let query = format!(
        "q={}&role={}",
        urlencoding(&filter.q),
        urlencoding(&filter.role)
    );
    let back = format!("/admin/users?{query}&page={page}");
    let rows = people.iter().map(|p| row(p, &back)).collect_view();
    let role_options: Vec<(String, String)> = portal::domain::Role::ALL
        .iter()
        .map(|r| (r.code().to_owned(), t(&format!("role-{}", r.code()))))
        .collect();
    let invite_roles: Vec<(String, String)> = INVITE_ROLES
        .iter()
        .map(|r| (r.code().to_owned(), t(&format!("role-{}", r.code()))))
        .collect();
    let pages = (total + PEOPLE_PAGE - 1) / PEOPLE_PAGE;
    let prev = (page > 1).then(|| view! { <a href=format!("/admin/users?{query}&page={}", page - 1)>{t("pager-prev")}</a> });
    let next = (page < pages).then(|| view! { <a href=format!("/admin/users?{query}&page={}", page + 1)>{t("pager-next")}</a> });
    let count = t_args("people-count", &[("n", total.to_string())]);
    let blank = FormState::default();
    let labels = vec![
        ("email", t("field-email")),
        ("name", t("field-name")),
        ("role", t("people-role")),
        ("line", t("people-line")),
    ];
    view! {
        <h1>{t("people-title")}</h1>
        <ul class="inline-list">
            <li>
                <a href="/admin/audit">{t("audit-title")}</a>
            </li>
            <li>
                <a href="/admin/outbox">{t("outbox-title")}</a>
            </li>
        </ul>
        <form method="get" action="/admin/users" class="form filter-form" role="search">
            <fieldset>
                <legend>{t("programme-filter")}</legend>
                <div class="filter-grid">
                    <div class="field">
                        <label for="pf-q">{t("people-search")}</label>
                        <input id="pf-q" name="q" type="search" value=filter.q.clone() />
                    </div>
                    {select(
                        &blank,
                        "pf-",
                        "role",
                        t("people-role"),
                        role_options,
                        filter.role.clone(),
                        Some(t("filter-any")),
                    )}
                </div>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
            </fieldset>
        </form>
        <p role="status">{count}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("people-title")>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t("field-name")}</th>
                        <th scope="col">{t("field-organization")}</th>
                        <th scope="col">{t("account-roles")}</th>
                        <th scope="col">{t("people-status")}</th>
                        <th scope="col">{t("people-change")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <nav aria-label=t("people-pages")>
            <p class="inline-list">{prev}" "{next}</p>
        </nav>
        <section aria-labelledby="invite-title">
            <h2 id="invite-title">{t("people-invite")}</h2>
            <p>{t("people-invite-hint")}</p>
            <form method="post" action="/admin/users/invite" class="form" novalidate=true>
                <ErrorSummary form=invite.clone() labels=labels prefix="in-".to_owned() />
                {input(
                    &invite,
                    "in-",
                    "email",
                    t("field-email"),
                    "email",
                    or_typed(&invite, "email", String::new()),
                    None,
                )}
                {input(
                    &invite,
                    "in-",
                    "name",
                    t("field-name"),
                    "text",
                    or_typed(&invite, "name", String::new()),
                    Some(t("people-name-hint")),
                )}
                {select(
                    &invite,
                    "in-",
                    "role",
                    t("people-role"),
                    invite_roles,
                    invite.value("role"),
                    None,
                )}
                {input(
                    &invite,
                    "in-",
                    "line",
                    t("people-line"),
                    "text",
                    or_typed(&invite, "line", String::new()),
                    Some(t("people-line-hint")),
                )}
                <button type="submit" class="button">
                    {t("people-invite-send")}
                </button>
            </form>
        </section>
    }
}
