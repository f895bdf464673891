//! The consultation's outcomes report: `/consultation/outcomes` for the
//! public once published, and `/organize/outcomes` where organizers write
//! its words, preview it and publish it. Charts are SVG with their data
//! tables (as on the dashboard); a print stylesheet makes a clean PDF.

use crate::format::country_name;
use crate::forms::{ErrorSummary, FormState, or_typed, textarea};
use crate::pages::balance::dimension_titled;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::OutcomesReport;

/// The report's body, shared by the public page and the preview.
fn report_body(r: &OutcomesReport) -> impl IntoView {
    let summary = portal::markdown::render_under(&r.summary, 2);
    let answer = portal::markdown::render_under(&r.programme_answer, 2);
    let dims = r
        .dimensions
        .iter()
        .map(|d| dimension_titled("outcomes-dim", d, None))
        .collect_view();
    let listed = r
        .listed
        .iter()
        .map(|s| {
            let k = s.kind.code();
            let text = (!s.kind.names_a_person() && !s.body.is_empty()).then(|| s.body.clone());
            let country = if s.country_code.is_empty() {
                String::new()
            } else {
                country_name(&s.country_code)
            };
            let themes = [
                s.action_lines.join(", "),
                s.sdgs
                    .iter()
                    .map(|n| format!("{} {n}", t("sdg")))
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
            view! {
                <li class="listed-submission">
                    <h3>
                        <bdi>{s.title.clone()}</bdi>
                    </h3>
                    <p class="hint">
                        <span class="code">{s.code.clone()}</span>
                        " · "
                        {t(&format!("submission-kind-{k}"))}
                        " · "
                        <bdi>{s.from.clone()}</bdi>
                        " · "
                        {t(&format!("stakeholder-{}", s.stakeholder_type))}
                        " · "
                        {country}
                    </p>
                    {(!themes.is_empty()).then(|| view! { <p>{themes}</p> })}
                    {text
                        .map(|b| {
                            view! {
                                <p class="pre-line">
                                    <bdi>{b}</bdi>
                                </p>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    let none_listed = r.listed.is_empty();
    view! {
        <ul class="stats">
            <li>
                <strong>{r.total}</strong>
                " "
                {t("outcomes-total")}
            </li>
            <li>
                <strong>{r.from_meetings}</strong>
                " "
                {t("outcomes-from-meetings")}
            </li>
            <li>
                <strong>{r.listed.len()}</strong>
                " "
                {t("outcomes-listed")}
            </li>
        </ul>
        {(!r.summary.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="outcomes-summary">
                        <h2 id="outcomes-summary">{t("outcomes-summary")}</h2>
                        <div class="prose" inner_html=summary></div>
                    </section>
                }
            })}
        {dims}
        {dimension_titled("outcomes-dim", &r.lines, Some(&r.sessions_per_line))}
        <p class="hint">{t("outcomes-lines-hint")}</p>
        {dimension_titled("outcomes-dim", &r.sdgs, None)}
        {(!r.tags.counts.is_empty()).then(|| dimension_titled("outcomes-dim", &r.tags, None))}
        {(!r.programme_answer.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="outcomes-answer">
                        <h2 id="outcomes-answer">{t("outcomes-programme-answer")}</h2>
                        <div class="prose" inner_html=answer></div>
                    </section>
                }
            })}
        <section aria-labelledby="outcomes-listed">
            <h2 id="outcomes-listed">{t("outcomes-listed-title")}</h2>
            <p>{t("outcomes-listed-lead")}</p>
            {if none_listed {
                view! { <p>{t("outcomes-listed-none")}</p> }.into_any()
            } else {
                view! { <ul class="plain-list">{listed}</ul> }.into_any()
            }}
        </section>
    }
}

fn downloads() -> impl IntoView {
    view! {
        <ul class="inline-list tools no-print">
            <li>
                <a href="/consultation/outcomes.csv" download="outcomes-counts.csv">
                    {t("outcomes-csv-counts")}
                </a>
            </li>
            <li>
                <a
                    href="/consultation/outcomes-submissions.csv"
                    download="outcomes-submissions.csv"
                >
                    {t("outcomes-csv-list")}
                </a>
            </li>
        </ul>
        <p class="hint no-print">{t("outcomes-print-hint")}</p>
    }
}

/// `/consultation/outcomes`.
#[component]
pub fn OutcomesPage(report: OutcomesReport, time_zone: String) -> impl IntoView {
    let published_on = report
        .published_at
        .map(|at| crate::format::datetime(at, &time_zone))
        .unwrap_or_default();
    view! {
        <h1>{t_args("outcomes-title", &[("edition", report.edition.clone())])}</h1>
        <p class="lead">{t_args("outcomes-published-on", &[("date", published_on)])}</p>
        {downloads()}
        {report_body(&report)}
    }
}

/// `/organize/outcomes`: the form, then a preview.
#[component]
pub fn OutcomesEditPage(report: OutcomesReport, state: FormState) -> impl IntoView {
    let s = &state;
    let published = report.published_at.is_some();
    let labels = vec![
        ("summary", t("outcomes-summary")),
        ("programme_answer", t("outcomes-programme-answer")),
    ];
    view! {
        <p>
            <a href="/organize/submissions">{t("organize-submissions-title")}</a>
        </p>
        <h1>{t("outcomes-edit-title")}</h1>
        <p class="lead">
            {if published { t("outcomes-is-public") } else { t("outcomes-not-public") }}
        </p>
        {published
            .then(|| {
                view! {
                    <p>
                        <a href="/consultation/outcomes">{t("outcomes-view-public")}</a>
                    </p>
                }
            })}
        <form method="post" action="/organize/outcomes" novalidate=true class="form">
            <ErrorSummary form=state.clone() labels=labels />
            <input type="hidden" name="version" value=report.version.to_string() />
            {textarea(
                s,
                "f-",
                "summary",
                t("outcomes-summary"),
                or_typed(s, "summary", report.summary.clone()),
                Some(t("outcomes-summary-hint")),
            )}
            {textarea(
                s,
                "f-",
                "programme_answer",
                t("outcomes-programme-answer"),
                or_typed(s, "programme_answer", report.programme_answer.clone()),
                Some(t("outcomes-answer-hint")),
            )}
            <div class="actions">
                <button type="submit" name="action" value="save" class="button-secondary">
                    {t("outcomes-save")}
                </button>
                " "
                {if published {
                    view! {
                        <button
                            type="submit"
                            name="action"
                            value="unpublish"
                            class="button-secondary"
                        >
                            {t("outcomes-unpublish")}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="submit" name="action" value="publish" class="button">
                            {t("outcomes-publish")}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </form>
        <h2>{t("outcomes-preview")}</h2>
        <div class="preview">{report_body(&report)}</div>
    }
}
