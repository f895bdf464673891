//! `/agenda/releases` (every release with its changelog) and `/matrix`
//! (the WSIS–SDG matrix of the released programme).

use super::release::changelog_view;
use crate::format::datetime;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::Programme;
use portal::domain::agenda::exports::Matrix;
use portal::services::ReleaseSummary;
use std::sync::Arc;

/// `/agenda/releases`.
#[component]
pub fn ReleasesPage(releases: Vec<ReleaseSummary>, zone: String) -> impl IntoView {
    let items = releases
        .iter()
        .map(|r| {
            let heading = t_args(
                "release-heading",
                &[
                    ("number", r.number.to_string()),
                    ("when", datetime(r.released_at, &zone)),
                ],
            );
            let href = format!("/agenda?release={}", r.number);
            view! {
                <li>
                    <h2>
                        <a href=href>{heading}</a>
                    </h2>
                    {(!r.note.is_empty())
                        .then(|| {
                            view! {
                                <p>
                                    <bdi>{r.note.clone()}</bdi>
                                </p>
                            }
                        })}
                    {changelog_view(&r.changelog)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t("programme-releases")}</h1>
        <p>
            <a href="/agenda">{t("programme-see-latest")}</a>
        </p>
        <ul class="plain-list">{items}</ul>
    }
}

/// `/matrix`: Action Lines × SDGs, each count linking to its sessions.
#[component]
pub fn MatrixPage(matrix: Matrix, programme: Arc<Programme>) -> impl IntoView {
    let release = programme.release;
    let header = matrix
        .sdgs
        .iter()
        .map(|n| {
            let title = t(&format!("sdg-{n}"));
            view! {
                <th scope="col">
                    <abbr title=title>{t_args("matrix-sdg", &[("n", n.to_string())])}</abbr>
                </th>
            }
        })
        .collect_view();
    let rows = matrix
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let cells = line
                .cells
                .iter()
                .zip(&matrix.sdgs)
                .map(|(codes, n)| {
                    if codes.is_empty() {
                        view! { <td>"0"</td> }.into_any()
                    } else {
                        let href = format!("/agenda?view=list&line={}&sdg={n}", line.code);
                        let label = t_args(
                            "matrix-cell",
                            &[
                                ("n", codes.len().to_string()),
                                ("line", line.code.clone()),
                                ("sdg", n.to_string()),
                            ],
                        );
                        view! {
                            <td>
                                <a href=href aria-label=label>
                                    {codes.len()}
                                </a>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            let name = t(&format!("al-{}", line.code));
            view! {
                <tr>
                    <th scope="row">
                        <abbr title=name>{line.code.clone()}</abbr>
                    </th>
                    {cells}
                    <td>{matrix.row_total(i)}</td>
                </tr>
            }
        })
        .collect_view();
    let totals = (0..matrix.sdgs.len())
        .map(|j| view! { <td>{matrix.column_total(j)}</td> })
        .collect_view();
    view! {
        {super::release_marks(&programme)}
        <h1>{t("matrix-title")}</h1>
        <p>{t_args("matrix-intro", &[("release", release.to_string())])}</p>
        <p>
            <a href="/agenda/matrix.csv">{t("matrix-csv")}</a>
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("matrix-title")>
            <table class="matrix">
                <thead>
                    <tr>
                        <th scope="col">{t("matrix-line")}</th>
                        {header}
                        <th scope="col">{t("matrix-total")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows}<tr>
                        <th scope="row">{t("matrix-total")}</th>
                        {totals}
                        <td>{matrix.total()}</td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}
