//! `/submissions`: the kinds of submission the call takes beside session
//! proposals, with their deadlines, and the organization's submissions.

use crate::format::datetime;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{KindSettings, MySubmission};
use time::OffsetDateTime;

/// The status's label, as a badge.
pub fn submission_status(status: &str) -> impl IntoView + use<> {
    let label = t(&format!("submission-status-{status}"));
    view! { <span class=format!("badge status-{status}")>{label}</span> }
}

/// The proposer's page.
#[component]
pub fn SubmissionsPage(
    kinds: Vec<KindSettings>,
    mine: Vec<MySubmission>,
    has_organization: bool,
    now: OffsetDateTime,
    time_zone: String,
) -> impl IntoView {
    let cards = kinds
        .iter()
        .map(|s| {
            let k = s.kind.code();
            let open = s.is_open && now < s.closes_at;
            let closes = datetime(s.closes_at, &time_zone);
            let state = if !s.is_open {
                t("submission-kind-not-offered")
            } else if open {
                t_args("submission-closes", &[("deadline", closes)])
            } else {
                t_args("submission-closed-on", &[("deadline", closes)])
            };
            let heading_id = format!("kind-{k}");
            let labelled_by = heading_id.clone();
            view! {
                <li class="kind-card" aria-labelledby=labelled_by>
                    <h3 id=heading_id>{t(&format!("submission-kind-{k}"))}</h3>
                    <p>{t(&format!("submission-{k}-lead"))}</p>
                    <p class="hint">{state}</p>
                    {(open && has_organization)
                        .then(|| {
                            view! {
                                <p>
                                    <a
                                        class="button-secondary"
                                        href=format!("/submissions/new/{k}")
                                    >
                                        {t_args(
                                            "submission-start",
                                            &[("kind", t(&format!("submission-kind-{k}")))],
                                        )}
                                    </a>
                                </p>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    let rows = mine
        .iter()
        .map(|m| {
            let title = if m.title.trim().is_empty() {
                t("proposal-untitled")
            } else {
                m.title.clone()
            };
            view! {
                <tr>
                    <td>
                        <a href=format!("/submissions/{}", m.code)>
                            <bdi>{title}</bdi>
                        </a>
                        <br />
                        <span class="code">{m.code.clone()}</span>
                    </td>
                    <td>{t(&format!("submission-kind-{}", m.kind))}</td>
                    <td>{submission_status(&m.status)}</td>
                    <td>{datetime(m.updated_at, &time_zone)}</td>
                </tr>
            }
        })
        .collect_view();
    let none = mine.is_empty();
    view! {
        <h1>{t("submissions-title")}</h1>
        <p class="lead">{t("submissions-lead")}</p>
        {(!has_organization).then(|| view! { <p class="notice">{t("error-no-organization")}</p> })}
        <h2>{t("submissions-mine")}</h2>
        {if none {
            view! { <p>{t("submissions-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t("submissions-mine")>
                    <table>
                        <caption class="visually-hidden">{t("submissions-mine")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("submission-col-title")}</th>
                                <th scope="col">{t("submission-col-kind")}</th>
                                <th scope="col">{t("proposal-status")}</th>
                                <th scope="col">{t("submission-col-updated")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
        <h2>{t("submissions-kinds")}</h2>
        <ul class="kind-cards">{cards}</ul>
    }
}
