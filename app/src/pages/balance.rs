//! `/organize` (the balance dashboard) and `/review/lines/{code}` (a
//! facilitator's Action Line report). Charts are SVG drawn on the server,
//! each followed by the table of its numbers, so they need no script and
//! screen readers get the data.

use crate::pages::review::score;
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::services::{BalanceReport, Dimension, LineReport};

/// The readable name of a category in a dimension.
fn category(key: &str, code: &str) -> String {
    match key {
        "stakeholder" => t(&format!("stakeholder-{code}")),
        "region" => t(&format!("region-{code}")),
        "gender" => t(&format!("gender-{code}")),
        "line" => format!("{code} – {}", t(&format!("al-{code}"))),
        "sdg" => format!("{} {code}", t("sdg")),
        "format" => t(&format!("format-{code}")),
        "kind" => t(&format!("submission-kind-{code}")),
        "country" => {
            let lang = page_context().locale.tag();
            portal::domain::country(code)
                .map(|c| c.name(lang).to_owned())
                .unwrap_or_else(|| code.to_owned())
        }
        _ => code.to_owned(),
    }
}

/// A short label for the chart itself (codes for Action Lines).
fn short(key: &str, code: &str) -> String {
    match key {
        "line" => code.to_owned(),
        "region" => code.to_owned(),
        _ => category(key, code),
    }
}

fn share(n: i64, total: i64) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 * 100.0 / total as f64
    }
}

/// Most categories a chart draws (the table lists all).
const CHART_ROWS: usize = 12;

/// Grouped horizontal bars: each category's share of all submissions and
/// of the accepted set.
fn chart(all: &Dimension, selected: Option<&Dimension>, caption_id: &str) -> impl IntoView {
    let rows: Vec<&(String, i64)> = all.counts.iter().take(CHART_ROWS).collect();
    let row_h = if selected.is_some() { 34 } else { 22 };
    let height = rows.len() * row_h + 8;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (code, n))| {
            let y = i * row_h + 4;
            let a = share(*n, all.total);
            let sel = selected.map(|s| {
                let m = s
                    .counts
                    .iter()
                    .find(|(c, _)| c == code)
                    .map(|(_, m)| *m)
                    .unwrap_or(0);
                share(m, s.total)
            });
            let w = |pct: f64| format!("{:.1}", pct * 3.6);
            view! {
                <g>
                    <text x="0" y=(y + 13).to_string() class="chart-label">
                        {short(all.key, code)}
                    </text>
                    <rect x="200" y=y.to_string() width=w(a) height="14" class="bar-all" />
                    <text
                        x=format!("{:.1}", 204.0 + a * 3.6)
                        y=(y + 12).to_string()
                        class="chart-value"
                    >
                        {format!("{a:.0}%")}
                    </text>
                    {sel
                        .map(|s| {
                            view! {
                                <rect
                                    x="200"
                                    y=(y + 16).to_string()
                                    width=w(s)
                                    height="14"
                                    class="bar-selected"
                                />
                                <text
                                    x=format!("{:.1}", 204.0 + s * 3.6)
                                    y=(y + 28).to_string()
                                    class="chart-value"
                                >
                                    {format!("{s:.0}%")}
                                </text>
                            }
                        })}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 620 {height}")
            role="img"
            aria-labelledby=caption_id.to_owned()
            preserveAspectRatio="xMinYMin meet"
        >
            {bars}
        </svg>
    }
}

fn table(all: &Dimension, selected: Option<&Dimension>, caption: String) -> impl IntoView {
    let rows = all
        .counts
        .iter()
        .map(|(code, n)| {
            let sel = selected.map(|s| {
                let m = s
                    .counts
                    .iter()
                    .find(|(c, _)| c == code)
                    .map(|(_, m)| *m)
                    .unwrap_or(0);
                view! {
                    <td class="num">{m}</td>
                    <td class="num">{format!("{:.1}%", share(m, s.total))}</td>
                }
            });
            view! {
                <tr>
                    <th scope="row">{category(all.key, code)}</th>
                    <td class="num">{*n}</td>
                    <td class="num">{format!("{:.1}%", share(*n, all.total))}</td>
                    {sel}
                </tr>
            }
        })
        .collect_view();
    let label = caption.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class="data">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("balance-category")}</th>
                        <th scope="col" class="num">
                            {t("balance-submitted")}
                        </th>
                        <th scope="col" class="num">
                            {t("balance-share")}
                        </th>
                        {selected
                            .is_some()
                            .then(|| {
                                view! {
                                    <th scope="col" class="num">
                                        {t("balance-accepted")}
                                    </th>
                                    <th scope="col" class="num">
                                        {t("balance-share")}
                                    </th>
                                }
                            })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// One dimension: heading, chart, legend and table.
fn dimension(all: &Dimension, selected: Option<&Dimension>) -> impl IntoView {
    dimension_titled("balance-dim", all, selected)
}

/// [`dimension`] with its heading from `{prefix}-{key}` (another report's
/// wording for the same chart).
pub(crate) fn dimension_titled(
    prefix: &str,
    all: &Dimension,
    selected: Option<&Dimension>,
) -> impl IntoView {
    let title = t(&format!("{prefix}-{}", all.key));
    let caption_id = format!("chart-{}", all.key);
    let summary = t_args(
        "balance-chart-summary",
        &[
            ("dimension", title.clone()),
            ("count", all.counts.len().to_string()),
        ],
    );
    view! {
        <section class="dimension" aria-labelledby=format!("dim-{}", all.key)>
            <h2 id=format!("dim-{}", all.key)>{title.clone()}</h2>
            <figure>
                {chart(all, selected, &caption_id)}
                <figcaption id=caption_id
                    .clone()>
                    {summary}" " <span class="legend">
                        <span class="swatch bar-all-swatch" aria-hidden="true"></span>
                        {t("balance-legend-all")}
                    </span>
                    {selected
                        .is_some()
                        .then(|| {
                            view! {
                                " "
                                <span class="legend">
                                    <span
                                        class="swatch bar-selected-swatch"
                                        aria-hidden="true"
                                    ></span>
                                    {t("balance-legend-accepted")}
                                </span>
                            }
                        })}
                </figcaption>
            </figure>
            {table(all, selected, title)}
        </section>
    }
}

/// `/organize`.
#[component]
pub fn OrganizePage(report: BalanceReport) -> impl IntoView {
    let dims = report
        .all
        .iter()
        .map(|d| dimension(d, report.selected.iter().find(|s| s.key == d.key)))
        .collect_view();
    view! {
        <h1>{t("organize-title")}</h1>
        <ul class="stats">
            <li>
                <strong>{report.submitted}</strong>
                " "
                {t("organize-submitted")}
            </li>
            <li>
                <strong>{report.reviewed}</strong>
                " "
                {t("organize-reviewed")}
            </li>
            <li>
                <strong>{report.accepted}</strong>
                " "
                {t("organize-accepted")}
            </li>
            <li>
                <strong>{report.pending}</strong>
                " "
                {t("organize-pending")}
            </li>
        </ul>
        <nav aria-label=t("organize-tools")>
            <ul class="inline-list tools">
                <li>
                    <a href="/organize/proposals">{t("selection-title")}</a>
                </li>
                <li>
                    <a href="/organize/review">{t("review-setup-title")}</a>
                </li>
                <li>
                    <a href="/organize/decisions">{t("decisions-title")}</a>
                </li>
                <li>
                    <a href="/review/lines">{t("line-reports-title")}</a>
                </li>
                <li>
                    <a href="/organize/agenda">{t("agenda-builder-title")}</a>
                </li>
                <li>
                    <a href="/organize/settings">{t("settings-title")}</a>
                </li>
                <li>
                    <a href="/organize/taxonomy">{t("taxonomy-title")}</a>
                </li>
                <li>
                    <a href="/organize/submissions">{t("organize-submissions-title")}</a>
                </li>
                <li>
                    <a href="/organize/consultation">{t("consultation-settings-title")}</a>
                </li>
                <li>
                    <a href="/organize/outcomes">{t("outcomes-edit-title")}</a>
                </li>
            </ul>
        </nav>
        <p class="lead">{t("balance-lead")}</p>
        {dims}
    }
}

/// `/review/lines`: the Action Lines the reader reports on.
#[component]
pub fn LineIndexPage(lines: Vec<String>) -> impl IntoView {
    let items = lines
        .iter()
        .map(|l| {
            view! {
                <li>
                    <a href=format!(
                        "/review/lines/{l}",
                    )>{format!("{l} – {}", t(&format!("al-{l}")))}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t("line-reports-title")}</h1>
        <p>{t("line-reports-lead")}</p>
        <ul>{items}</ul>
    }
}

/// `/review/lines/{code}`.
#[component]
pub fn LineReportPage(
    report: LineReport,
    /// Notes organizers attached to this line's track from the consultation.
    #[prop(optional)]
    notes: Vec<portal::services::ProgrammeNote>,
) -> impl IntoView {
    let name = format!("{} – {}", report.line, t(&format!("al-{}", report.line)));
    let rows = report
        .rows
        .iter()
        .map(|r| {
            let decision = r
                .decision
                .clone()
                .map(|d| t(&format!("outcome-{d}")))
                .unwrap_or_default();
            let status = portal::domain::proposal::ProposalStatus::from_code(&r.status)
                .unwrap_or(portal::domain::proposal::ProposalStatus::Submitted);
            view! {
                <tr>
                    <td>
                        <a href=format!("/review/{}", r.code)>
                            <bdi>{r.title.clone()}</bdi>
                        </a>
                        <br />
                        <span class="code">{r.code.clone()}</span>
                    </td>
                    <td>{if report.blind { t("blind-hidden") } else { r.organization.clone() }}</td>
                    <td>{t(&format!("format-{}", r.format_code))}</td>
                    <td>{crate::format::status_badge(status)}</td>
                    <td>{decision}</td>
                    {if r.results_hidden {
                        view! { <td colspan="2">{t("results-hidden")}</td> }.into_any()
                    } else {
                        view! {
                            <td class="num">{r.aggregate.count}</td>
                            <td class="num">{score(r.aggregate.mean)}</td>
                        }
                            .into_any()
                    }}
                </tr>
            }
        })
        .collect_view();
    let dims = report
        .balance
        .iter()
        .filter(|d| d.key != "line")
        .map(|d| dimension(d, None))
        .collect_view();
    view! {
        <p>
            <a href="/review/lines">{t("line-reports-title")}</a>
        </p>
        <h1>{name.clone()}</h1>
        <p class="lead">
            {t_args("line-report-count", &[("count", report.rows.len().to_string())])}
        </p>
        <p>
            <a
                class="button-secondary"
                href=format!("/review/lines/{}/report.csv", report.line)
                download=format!("{}-report.csv", report.line)
            >
                {t("line-report-csv")}
            </a>
        </p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=name.clone()>
            <table>
                <caption class="visually-hidden">{name.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("proposal-field-title")}</th>
                        <th scope="col">{t("review-lead-organization")}</th>
                        <th scope="col">{t("proposal-field-format")}</th>
                        <th scope="col">{t("proposal-status")}</th>
                        <th scope="col">{t("decision-title")}</th>
                        <th scope="col">{t("agg-count")}</th>
                        <th scope="col">{t("agg-mean")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {dims}
        <crate::pages::ConsultationNotes notes=notes />
    }
}
