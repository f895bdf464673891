//! The proposer's dashboard: the organization's proposals and the deadline.

use crate::format::{datetime, status_badge};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{Edition, ProposalSummary};

/// Own and organization proposals, with status and deadline.
#[component]
pub fn ProposalsPage(
    edition: Edition,
    proposals: Vec<ProposalSummary>,
    call_open: bool,
) -> impl IntoView {
    let deadline = datetime(edition.submissions_close_at, &edition.time_zone);
    let rows = proposals
        .into_iter()
        .map(|p| {
            let href = format!("/proposals/{}", p.code);
            let title = if p.title.trim().is_empty() { t("proposal-untitled") } else { p.title.clone() };
            let format = if p.format_code.is_empty() { String::new() } else { t(&format!("format-{}", p.format_code)) };
            view! {
                <tr>
                    <td><a href=href><bdi>{title}</bdi></a><br/><span class="code">{p.code.clone()}</span></td>
                    <td>{format}</td>
                    <td>{status_badge(p.status)}</td>
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
                t_args("proposals-deadline", &[("deadline", deadline.clone())])
            } else {
                t_args("proposals-call-closed", &[("deadline", deadline.clone())])
            }}
        </p>
        {call_open.then(|| view! { <p><a class="button" href="/proposals/new">{t("proposals-new")}</a></p> })}
        {if empty {
            view! { <p>{t("proposals-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
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
