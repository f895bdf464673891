//! `/admin/audit`: who changed what, when, from where, with the state
//! before and after (administrators).

use crate::format::datetime;
use crate::forms::{FormState, input};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::AuditEvent;

fn query(action: &str, target: &str, page: i64) -> String {
    let enc = |v: &str| -> String {
        v.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "/admin/audit?action={}&target={}&page={page}",
        enc(action),
        enc(target)
    )
}

/// The audit log page.
#[component]
pub fn AuditPage(
    entries: Vec<(AuditEvent, String)>,
    action: String,
    target: String,
    page: i64,
    more: bool,
) -> impl IntoView {
    let st = FormState::default();
    let empty = entries.is_empty();
    let rows = entries
        .into_iter()
        .map(|(e, name)| {
            let who = if name.is_empty() {
                t("audit-system")
            } else {
                name
            };
            let changed = e.before_json.is_some() || e.after_json.is_some();
            view! {
                <tr>
                    <td>{datetime(e.at, "Europe/Zurich")}</td>
                    <td>
                        <bdi>{who}</bdi>
                    </td>
                    <td>
                        <code>{e.action.clone()}</code>
                    </td>
                    <td>{e.target_kind.clone()}" "<code>{e.target_id.clone()}</code></td>
                    <td>
                        {changed
                            .then(|| {
                                view! {
                                    <details>
                                        <summary>{t("audit-before-after")}</summary>
                                        <pre>
                                            {e.before_json.clone().unwrap_or_else(|| "–".into())}
                                        </pre>
                                        <pre>
                                            {e.after_json.clone().unwrap_or_else(|| "–".into())}
                                        </pre>
                                    </details>
                                }
                            })}
                    </td>
                    <td>
                        <code>{e.client_addr.clone()}</code>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let csv_href = format!(
        "/admin/audit.csv?action={}&target={}",
        crate::format::urlencoding(&action),
        crate::format::urlencoding(&target)
    );
    let prev = (page > 1).then(|| query(&action, &target, page - 1));
    let next = more.then(|| query(&action, &target, page + 1));
    view! {
        <h1>{t("audit-title")}</h1>
        <p class="lead">{t("audit-lead")}</p>
        <form method="get" action="/admin/audit" class="form filter-form">
            <fieldset>
                <legend>{t("filter-title")}</legend>
                <div class="filter-grid">
                    {input(
                        &st,
                        "au-",
                        "action",
                        t("audit-action"),
                        "text",
                        action.clone(),
                        Some(t("audit-action-hint")),
                    )}
                    {input(
                        &st,
                        "au-",
                        "target",
                        t("audit-target"),
                        "text",
                        target.clone(),
                        Some(t("audit-target-hint")),
                    )}
                </div>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
                " "
                <a href="/admin/audit">{t("filter-clear")}</a>
            </fieldset>
        </form>
        <p>
            <a href=csv_href>{t("audit-csv")}</a>
        </p>
        <p>
            {t_args(
                "moderation-page",
                &[
                    ("page", page.to_string()),
                    ("pages", if more { format!("{}+", page + 1) } else { page.to_string() }),
                ],
            )}
        </p>
        {if empty {
            view! { <p>{t("audit-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t("audit-title")>
                    <table>
                        <caption class="visually-hidden">{t("audit-title")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("audit-when")}</th>
                                <th scope="col">{t("audit-who")}</th>
                                <th scope="col">{t("audit-action")}</th>
                                <th scope="col">{t("audit-target")}</th>
                                <th scope="col">{t("audit-change")}</th>
                                <th scope="col">{t("audit-address")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
        <nav class="pager" aria-label=t("pager-label")>
            {prev
                .map(|q| {
                    view! {
                        <a href=q rel="prev">
                            {t("pager-prev")}
                        </a>
                    }
                })}
            " "
            {next
                .map(|q| {
                    view! {
                        <a href=q rel="next">
                            {t("pager-next")}
                        </a>
                    }
                })}
        </nav>
    }
}
