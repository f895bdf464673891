//! The proposer's dashboard: the organization's proposals and the deadline.

use crate::format::{datetime, status_badge};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{Edition, ProposalSummary};

/// "Closes in 3 days, 4 hours and 5 minutes": the same in every time zone.
fn countdown(left: time::Duration) -> String {
    let days = left.whole_days();
    let hours = (left - time::Duration::days(days)).whole_hours();
    let minutes = (left - time::Duration::hours(left.whole_hours())).whole_minutes();
    t_args(
        "countdown",
        &[
            ("days", days.to_string()),
            ("hours", hours.to_string()),
            ("minutes", minutes.to_string()),
        ],
    )
}

/// Own and organization proposals, with status and deadline.
#[component]
pub fn ProposalsPage(
    edition: Edition,
    proposals: Vec<ProposalSummary>,
    call_open: bool,
    now: time::OffsetDateTime,
) -> impl IntoView {
    let deadline = datetime(edition.submissions_close_at, &edition.time_zone);
    let rows = proposals
        .into_iter()
        .map(|p| {
            let href = format!("/proposals/{}", p.code);
            let title = if p.title.trim().is_empty() {
                t("proposal-untitled")
            } else {
                p.title.clone()
            };
            let format = if p.format_code.is_empty() {
                String::new()
            } else {
                t(&format!("format-{}", p.format_code))
            };
            view! {
                <tr>
                    <td>
                        <a href=href>
                            <bdi>{title}</bdi>
                        </a>
                        <br />
                        <span class="code">{p.code.clone()}</span>
                    </td>
                    <td>{format}</td>
                    <td>
                        {status_badge(p.status)}
                        {(p.status.is_editable() && p.deadline > now)
                            .then(|| {
                                view! {
                                    <br />
                                    <small>{countdown(p.deadline - now)}</small>
                                }
                            })}
                    </td>
                    <td>{datetime(p.updated_at, &edition.time_zone)}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = rows.is_empty();
    view! {
        <h1>{t("proposals-title")}</h1>
        <p class="lead">
            {if call_open {
                format!(
                    "{} {}",
                    t_args("proposals-deadline", &[("deadline", deadline.clone())]),
                    countdown(edition.submissions_close_at - now),
                )
            } else {
                t_args("proposals-call-closed", &[("deadline", deadline.clone())])
            }}
        </p>
        {call_open
            .then(|| {
                view! {
                    <p>
                        <a class="button" href="/proposals/new">
                            {t("proposals-new")}
                        </a>
                    </p>
                }
            })}
        // An access code opens a closed call, or a format whose own deadline
        // has passed while the call is still open: offer it in both cases.
        {if call_open {
            view! {
                <details class="access-code-disclosure">
                    <summary>{t("access-code-have")}</summary>
                    {access_code_form(t("access-code-hint-open"))}
                </details>
            }
                .into_any()
        } else {
            access_code_form(t("access-code-hint")).into_any()
        }}
        {if empty {
            view! { <p>{t("proposals-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t("proposals-title")>
                    <table>
                        <caption class="visually-hidden">{t("proposals-title")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("proposal-field-title")}</th>
                                <th scope="col">{t("proposal-field-format")}</th>
                                <th scope="col">{t("proposal-status")}</th>
                                <th scope="col">{t("proposal-updated")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
    }
}

/// The form that starts a proposal with an access code (a plain GET, so it
/// works without JavaScript).
fn access_code_form(hint: String) -> impl IntoView {
    view! {
        <form method="get" action="/proposals/new" class="form form-narrow access-code-form">
            <div class="field">
                <label for="f-code">{t("access-code-label")}</label>
                <p class="hint" id="f-code-hint">
                    {hint}
                </p>
                <input
                    id="f-code"
                    name="code"
                    type="text"
                    autocomplete="off"
                    aria-describedby="f-code-hint"
                />
            </div>
            <button type="submit" class="button">
                {t("access-code-use")}
            </button>
        </form>
    }
}
