//! `/admin/outbox`: every e-mail with its delivery state; retry a failed or
//! waiting one, or send a delivered one again.

use crate::format::{datetime, urlencoding};
use crate::forms::{FormState, select};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::OutboxEmail;

/// The outbox page.
#[component]
pub fn OutboxPage(
    emails: Vec<OutboxEmail>,
    total: i64,
    status: String,
    to: String,
    page: i64,
) -> impl IntoView {
    let query = format!("status={}&to={}", urlencoding(&status), urlencoding(&to));
    let back = format!("/admin/outbox?{query}&page={page}");
    let rows = emails
        .iter()
        .map(|e| {
            let state = t(&format!("outbox-status-{}", e.status));
            let again = if e.status == "sent" {
                t("outbox-resend")
            } else {
                t("outbox-retry")
            };
            let label = format!("{again}: {}", e.subject);
            let action = format!("/admin/outbox/{}/retry", e.id);
            view! {
                <tr>
                    <td>{datetime(e.created_at, "Europe/Zurich")}</td>
                    <td>
                        <bdi>{e.to_address.clone()}</bdi>
                    </td>
                    <td>
                        <details>
                            <summary>
                                <bdi>{e.subject.clone()}</bdi>
                            </summary>
                            <pre class="email-body">
                                <bdi>{e.body_text.clone()}</bdi>
                            </pre>
                        </details>
                        <span class="agenda-meta">
                            {e.template.clone()}" · "{e.locale.clone()}
                        </span>
                    </td>
                    <td>
                        {state}" ("{e.attempts}")"
                        {e
                            .last_error
                            .clone()
                            .map(|m| view! { <span class="agenda-meta">{m}</span> })}
                    </td>
                    <td>
                        <form method="post" action=action class="inline-form">
                            <input type="hidden" name="back" value=back.clone() />
                            <button type="submit" class="link-button" aria-label=label>
                                {again}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let statuses = ["pending", "sent", "failed"]
        .iter()
        .map(|s| (s.to_string(), t(&format!("outbox-status-{s}"))))
        .collect();
    let blank = FormState::default();
    let pages = (total + 49) / 50;
    let prev = (page > 1).then(|| view! { <a href=format!("/admin/outbox?{query}&page={}", page - 1)>{t("pager-prev")}</a> });
    let next = (page < pages).then(|| view! { <a href=format!("/admin/outbox?{query}&page={}", page + 1)>{t("pager-next")}</a> });
    view! {
        <h1>{t("outbox-title")}</h1>
        <p>{t("outbox-intro")}</p>
        <p>
            <a href="/admin/outbox/templates">{t("mailpreview-title")}</a>
        </p>
        <form method="get" action="/admin/outbox" class="form filter-form" role="search">
            <fieldset>
                <legend>{t("programme-filter")}</legend>
                <div class="filter-grid">
                    {select(
                        &blank,
                        "ob-",
                        "status",
                        t("outbox-status"),
                        statuses,
                        status.clone(),
                        Some(t("filter-any")),
                    )} <div class="field">
                        <label for="ob-to">{t("outbox-to")}</label>
                        <input id="ob-to" name="to" type="search" value=to.clone() />
                    </div>
                </div>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
            </fieldset>
        </form>
        <p>{t_args("outbox-count", &[("n", total.to_string())])}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("outbox-title")>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t("outbox-written")}</th>
                        <th scope="col">{t("outbox-to")}</th>
                        <th scope="col">{t("outbox-subject")}</th>
                        <th scope="col">{t("outbox-status")}</th>
                        <th scope="col">
                            <span class="visually-hidden">{t("token-actions")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <nav aria-label=t("people-pages")>
            <p class="inline-list">{prev}" "{next}</p>
        </nav>
    }
}

/// `/admin/outbox/templates`: every e-mail template written out with
/// example values, in the chosen language.
#[component]
pub fn EmailTemplatesPage(
    previews: Vec<portal::services::EmailPreview>,
    lang: portal::domain::Locale,
) -> impl IntoView {
    let langs = portal::domain::Locale::ALL
        .into_iter()
        .map(|l| {
            let current = (l == lang).then_some("page");
            view! {
                <li>
                    <a
                        href=format!("/admin/outbox/templates?lang={}", l.tag())
                        aria-current=current
                        lang=l.tag()
                    >
                        {l.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let items = previews
        .into_iter()
        .map(|p| {
            let id = format!("tpl-{}", p.template);
            let labelled = id.clone();
            view! {
                <section aria-labelledby=labelled class="email-preview">
                    <h2 id=id>{t(&format!("template-{}", p.template))}</h2>
                    <p class="agenda-meta">
                        <code>{p.template.clone()}</code>
                    </p>
                    <div lang=lang.tag() dir=lang.dir()>
                        <p>
                            <strong>{t("outbox-subject")}": "</strong>
                            <bdi>{p.subject}</bdi>
                        </p>
                        <pre class="email-body">{p.body}</pre>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1>{t("mailpreview-title")}</h1>
        <p>{t("mailpreview-intro")}</p>
        <p>
            <a href="/admin/outbox">{t("outbox-title")}</a>
        </p>
        <nav aria-label=t("mailpreview-languages")>
            <ul class="inline-list">{langs}</ul>
        </nav>
        {items}
    }
}
